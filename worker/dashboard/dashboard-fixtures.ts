import { expect } from 'vitest';
import { api } from '../../tests/worker/fixtures';

/** Worker-test helpers for the server-rendered pages (dashboard at /audit, admin pages at /admin): sign in as a browser would, then GET pages with the cookie. */

export const ORIGIN = 'http://api.test';

export function signIn(token: string, origin: string | null = ORIGIN, site: '/audit' | '/admin' = '/audit') {
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (origin) headers.Origin = origin;
  return api(`${site}/sign-in`, { method: 'POST', headers, body: new URLSearchParams({ token }).toString(), redirect: 'manual' });
}

/** Signs in and returns the Cookie header value a browser would send back. */
export async function session(token: string, site: '/audit' | '/admin' = '/audit'): Promise<string> {
  const res = await signIn(token, ORIGIN, site);
  expect(res.status).toBe(303);
  return res.headers.get('Set-Cookie')!.split(';')[0]!;
}

export const get = (path: string, cookie?: string) => api(path, { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' });
