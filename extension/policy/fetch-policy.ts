import { tenantPolicySchema } from '../../shared/policy';
import { withAccessToken } from '../audit/access-token';
import type { AuditDb } from '../audit/audit-db';
import { ServerError } from '../audit/server-api';
import { applyPolicy } from './apply-policy';
import { notePolicyResult } from './policy-state';

export type PolicyFetchResult =
  | { status: 'not-enrolled' }
  | { status: 'unchanged'; version: number }
  /** `applied`: what pages obey may have changed, so tabs must fetch their settings again. */
  | { status: 'updated'; version: number; applied: boolean }
  | { status: 'failed'; error: string };

/**
 * Fetches the tenant policy with the version in force as ETag (an unchanged policy is a 304),
 * validates it, and applies it. A policy that fails validation is not applied: the one in force
 * stays, and the failure is kept for the popup to show.
 */
export async function fetchPolicy(db: AuditDb, fetchFn: typeof fetch = fetch): Promise<PolicyFetchResult> {
  const [enrolment, current] = await Promise.all([db.getMeta('enrolment'), db.getMeta('tenantPolicy')]);
  if (!enrolment) return { status: 'not-enrolled' };
  const url = new URL('/v1/device/policy', enrolment.serverUrl).href;
  try {
    const body = await withAccessToken(db, enrolment, fetchFn, (token) => getPolicy(url, token, current?.version, fetchFn));
    const fetchedAt = new Date().toISOString();
    if (body === null) {
      await notePolicyResult(db, { fetchedAt, error: null });
      return { status: 'unchanged', version: current!.version };
    }
    const parsed = tenantPolicySchema.safeParse(body);
    if (!parsed.success) throw new Error(`The server sent a policy this extension cannot apply (${parsed.error.issues[0]?.path.join('.') || 'policy'}); the previous policy stays in force.`);
    const applied = await applyPolicy(db, { central: parsed.data });
    await notePolicyResult(db, { fetchedAt, error: null });
    return { status: 'updated', version: parsed.data.version, applied };
  } catch (err) {
    const error = err instanceof ServerError ? `Policy: ${err.code}: ${err.message}` : err instanceof Error ? err.message : 'Policy fetch failed.';
    await notePolicyResult(db, { error }).catch(() => undefined);
    return { status: 'failed', error };
  }
}

/** GET with If-None-Match; null on 304. Errors carry the server's code, as server-api's do. */
async function getPolicy(url: string, token: string, version: number | undefined, fetchFn: typeof fetch): Promise<unknown> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (version !== undefined) headers['If-None-Match'] = `"${version}"`;
  let res: Response;
  try {
    // no-store: the browser's cache must neither answer for the server nor swallow the 304.
    res = await fetchFn(url, { headers, cache: 'no-store' });
  } catch {
    throw new ServerError(0, 'network_error', `Could not reach ${new URL(url).origin}.`);
  }
  if (res.status === 304) return null;
  const body: unknown = await res.json().catch(() => undefined);
  if (res.ok && body !== undefined) return body;
  const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
  throw new ServerError(res.status, error?.code ?? 'http_error', error?.message ?? `The server answered ${res.status}.`);
}
