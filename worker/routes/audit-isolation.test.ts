import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { ONE_OF_EACH_TYPE, sendChain } from '../../tests/worker/audit-fixtures';
import { api, auditorToken, createTenant, enrolDevice, type EnrolledDevice } from '../../tests/worker/fixtures';
import { issueCredential } from '../credentials';

/** Every auditor route, with a query that would return tenant A's data to tenant A's auditor. */
const routes = (device: EnrolledDevice) => [
  `/v1/events?device=${device.deviceId}`,
  '/v1/audit/aggregates?user=tech-a',
  '/v1/audit/chain',
  `/v1/audit/chain/${device.deviceId}`,
  '/v1/audit/export?format=csv',
  '/v1/audit/export?format=ndjson',
  '/v1/audit/export?format=fhir',
  '/v1/audit/access-log',
];

describe('auditor routes: role and tenant isolation', () => {
  let device: EnrolledDevice;
  let tenantA: string;
  let tokens: { auditorA: string; auditorB: string; adminA: string };

  beforeAll(async () => {
    tenantA = await createTenant('A');
    const tenantB = await createTenant('B');
    device = await enrolDevice(tenantA, 'tech-a');
    await sendChain(device, ONE_OF_EACH_TYPE, { userId: 'tech-a' });
    tokens = {
      auditorA: await auditorToken(tenantA, 'auditor-a'),
      auditorB: await auditorToken(tenantB, 'auditor-b'),
      adminA: await issueCredential(env.DB, { tenantId: tenantA, role: 'admin', subject: 'admin-a' }),
    };
  });

  it('refuses callers without a token, with a device token, or with an admin token', async () => {
    for (const path of routes(device)) {
      expect((await api(path)).status, path).toBe(401);
      expect((await api(path, { token: device.token })).status, path).toBe(403);
      expect((await api(path, { token: tokens.adminA })).status, path).toBe(403);
    }
  });

  it("gives tenant A's data to tenant A's auditor and none of it to tenant B's", async () => {
    for (const path of routes(device)) {
      const own = await api(path, { token: tokens.auditorA });
      expect(own.status, path).toBe(200);
      expect(await own.text(), path).toMatch(path.includes('access-log') ? /auditor-a/ : new RegExp(`${device.deviceId}|tech-a`));
      const other = await api(path, { token: tokens.auditorB });
      // Another tenant's device is not found; everything else answers with nothing of tenant A.
      expect([200, 404], path).toContain(other.status);
      const text = await other.text();
      if (path.includes('access-log')) {
        // B's log holds B's own searches (which named A's device): only B's, never A's auditor's.
        const { entries } = JSON.parse(text) as { entries: { subject: string }[] };
        expect(new Set(entries.map((e) => e.subject))).toEqual(new Set(['auditor-b']));
        continue;
      }
      expect(text, path).not.toContain(device.deviceId);
      expect(text, path).not.toContain('tech-a');
      expect(text, path).not.toContain('auditor-a');
    }
  });

  it('records every use of the audit log, refused or not, only under the caller’s tenant', async () => {
    const before = await env.DB.prepare('SELECT count(*) AS n FROM audit_access_log WHERE tenant_id = ?').bind(tenantA).first<{ n: number }>();
    for (const path of routes(device)) await api(path, { token: tokens.auditorA });
    const { results } = await env.DB.prepare('SELECT subject, action FROM audit_access_log WHERE tenant_id = ? ORDER BY id DESC LIMIT ?').bind(tenantA, routes(device).length).all();
    expect(results.map((r) => r.action).reverse()).toEqual(['search', 'aggregates', 'chain', 'chain', 'export', 'export', 'export', 'access_log']);
    expect(new Set(results.map((r) => r.subject))).toEqual(new Set(['auditor-a']));
    const after = await env.DB.prepare('SELECT count(*) AS n FROM audit_access_log WHERE tenant_id = ?').bind(tenantA).first<{ n: number }>();
    expect(after!.n - before!.n).toBe(routes(device).length);
  });
});
