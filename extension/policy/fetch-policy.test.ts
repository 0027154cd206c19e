import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_SETTINGS, type TenantPolicy } from '../../shared/policy';
import { AuditDb } from '../audit/audit-db';
import { fetchPolicy } from './fetch-policy';
import { managedState } from './policy-state';

async function enrolledDb() {
  const db = new AuditDb(`test-${crypto.randomUUID()}`);
  await db.setMeta('enrolment', { serverUrl: 'https://audit.example', userId: 'u' });
  await db.setMeta('accessToken', { token: 'pss_first', expiresAt: Date.now() + 15 * 60_000 });
  return db;
}

/**
 * A stand-in for GET /v1/device/policy (the real route is tested in workerd and end to end): it
 * serves `reply` and records the If-None-Match each request carried.
 */
function standIn(reply: () => Response) {
  const seen: (string | null)[] = [];
  const fetchFn: typeof fetch = async (url, init) => {
    expect(String(url)).toBe('https://audit.example/v1/device/policy');
    const headers = new Headers(init?.headers);
    expect(headers.get('Authorization')).toBe('Bearer pss_first');
    seen.push(headers.get('If-None-Match'));
    return reply();
  };
  return { fetchFn, seen };
}

const policy = (version: number, settings: object = {}): TenantPolicy => ({ version, updatedAt: '2026-01-01T00:00:00.000Z', settings: { ...DEFAULT_POLICY_SETTINGS, ...settings } });

describe('fetching the tenant policy', () => {
  it('applies a new version, then asks with it and takes a 304 as unchanged', async () => {
    const db = await enrolledDb();
    let reply = () => Response.json(policy(3, { maskStyle: 'blur', locked: ['maskStyle'] }));
    const server = standIn(() => reply());
    expect(await fetchPolicy(db, server.fetchFn)).toEqual({ status: 'updated', version: 3, applied: true });
    reply = () => new Response(null, { status: 304 });
    expect(await fetchPolicy(db, server.fetchFn)).toEqual({ status: 'unchanged', version: 3 });
    expect(server.seen).toEqual([null, '"3"']);
    expect(await managedState(db)).toMatchObject({ version: 3, locked: ['maskStyle'], lastError: null });
  });

  it.each([
    ['a policy this extension cannot read', () => Response.json(policy(4, { maskStyle: 'invisible' })), /cannot apply \(settings\.maskStyle\); the previous policy stays in force/],
    ['a server error', () => Response.json({ error: { code: 'internal_error', message: 'Something went wrong on our side.' } }, { status: 500 }), /^Policy: internal_error: /],
    ['an unreadable answer', () => new Response('<html>', { status: 200 }), /^Policy: http_error/],
  ])('keeps the policy in force and shows why on %s', async (_name, bad, error) => {
    const db = await enrolledDb();
    await fetchPolicy(db, standIn(() => Response.json(policy(3, { maskProviderNames: true, locked: ['maskProviderNames'] }))).fetchFn);
    const result = await fetchPolicy(db, standIn(bad).fetchFn);
    expect(result).toMatchObject({ status: 'failed', error: expect.stringMatching(error) });
    expect(await managedState(db)).toMatchObject({ version: 3, locked: ['maskProviderNames'], lastError: expect.stringMatching(error) });
  });

  it('does nothing before enrolment', async () => {
    const db = new AuditDb(`test-${crypto.randomUUID()}`);
    expect(await fetchPolicy(db, standIn(() => Response.json(policy(1))).fetchFn)).toEqual({ status: 'not-enrolled' });
  });
});
