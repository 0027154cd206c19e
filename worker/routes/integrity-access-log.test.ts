import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { api, auditorToken } from '../../tests/worker/fixtures';
import { readAccessLog } from '../audit/access-log';
import { issueCredential } from '../credentials';
import { twoCheckpointTenant } from '../integrity/integrity-fixtures';

/** A tenant with two signed checkpoints (sizes 3 and 5) and the id of its first event. */
async function checkpointedTenant() {
  const log = await twoCheckpointTenant();
  return { tenantId: log.tenantId, eventId: log.eventIds[0]! };
}

describe('integrity and admin-log reads in the access log', () => {
  it.each([
    ['/v1/checkpoints/latest', () => 'checkpoints', () => ({ latest: true })],
    ['/v1/checkpoints?limit=5', () => 'checkpoints', () => ({ after: 0, limit: 5 })],
    ['/v1/proofs/inclusion?event=EVENT', () => 'proof', (eventId: number) => ({ kind: 'inclusion', event: eventId })],
    ['/v1/proofs/consistency?from=3&to=5', () => 'proof', () => ({ kind: 'consistency', from: 3, to: 5 })],
    ['/v1/admin-audit?limit=7', () => 'admin_log', () => ({ limit: 7 })],
  ])('records an auditor reading %s', async (path, action, query) => {
    const t = await checkpointedTenant();
    const token = await auditorToken(t.tenantId, 'auditor-7');
    const res = await api(path.replace('EVENT', String(t.eventId)), { token });
    expect(res.status).toBe(200);
    const [latest] = (await readAccessLog(env.DB, t.tenantId, 1)).entries;
    expect(latest).toMatchObject({ subject: 'auditor-7', action: action(), query: query(t.eventId) });
  });

  it('records nothing for a refused query, nor for an admin reading its own changes', async () => {
    const t = await checkpointedTenant();
    const admin = await issueCredential(env.DB, { tenantId: t.tenantId, role: 'admin', subject: 'admin-1' });
    expect((await api('/v1/admin-audit', { token: admin })).status).toBe(200);
    expect((await api('/v1/proofs/consistency?from=x&to=5', { token: await auditorToken(t.tenantId) })).status).toBe(400);
    expect((await readAccessLog(env.DB, t.tenantId, 10)).entries).toEqual([]);
  });
});
