import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { issueCredential } from '../credentials';
import { api, auditorToken, createTenant, enrolDevice } from '../../tests/worker/fixtures';

const adminToken = (tenantId: string) => issueCredential(env.DB, { tenantId, role: 'admin', subject: 'admin-1' });
const post = (path: string, token: string, json?: unknown) => api(path, { method: 'POST', token, json });

describe('users and auditor credentials', () => {
  it('adds a user once and lists them', async () => {
    const tenantId = await createTenant();
    const token = await adminToken(tenantId);
    expect((await post('/v1/users', token, { userId: 'jdoe' })).status).toBe(201);
    const again = await post('/v1/users', token, { userId: 'jdoe' });
    expect(again.status).toBe(409);
    const { users } = await (await api('/v1/users', { token })).json<{ users: unknown[] }>();
    expect(users).toEqual([{ userId: 'jdoe', createdAt: expect.any(String), activeDevices: 0, auditor: false }]);
  });

  it.each([['a full name', 'Jane Doe'], ['an empty id', ''], ['a long id', 'a'.repeat(200)]])('refuses %s as a user id', async (_name, userId) => {
    const token = await adminToken(await createTenant());
    const res = await post('/v1/users', token, { userId });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'validation_failed', message: expect.stringMatching(/^userId: /) } });
  });

  it('issues an auditor token once that reads the audit log, and revokes it', async () => {
    const tenantId = await createTenant();
    const token = await adminToken(tenantId);
    await post('/v1/users', token, { userId: 'auditor-ann' });
    const issued = await post('/v1/auditors', token, { userId: 'auditor-ann' });
    expect(issued.status).toBe(201);
    expect(issued.headers.get('Cache-Control')).toBe('no-store');
    const { token: auditor } = await issued.json<{ token: string }>();
    expect((await api('/v1/events', { token: auditor })).status).toBe(200);
    expect(await (await api('/v1/users', { token })).json()).toMatchObject({ users: [{ userId: 'auditor-ann', auditor: true }] });

    expect((await post('/v1/auditors/auditor-ann/revoke', token)).status).toBe(200);
    expect((await api('/v1/events', { token: auditor })).status).toBe(401);
    expect((await post('/v1/auditors/auditor-ann/revoke', token)).status).toBe(404);
  });

  it('issues auditor credentials only to users of the admin’s own tenant', async () => {
    const other = await createTenant('Other');
    await post('/v1/users', await adminToken(other), { userId: 'bob' });
    const res = await post('/v1/auditors', await adminToken(await createTenant()), { userId: 'bob' });
    expect(res.status).toBe(404);
  });

  it("cannot revoke another tenant's auditor", async () => {
    const other = await createTenant('Other');
    const victim = await auditorToken(other, 'carol');
    expect((await post('/v1/auditors/carol/revoke', await adminToken(await createTenant()))).status).toBe(404);
    expect((await api('/v1/events', { token: victim })).status).toBe(200);
  });

  it('records each change in the admin audit log', async () => {
    const tenantId = await createTenant();
    const token = await adminToken(tenantId);
    await post('/v1/users', token, { userId: 'dan' });
    await post('/v1/auditors', token, { userId: 'dan' });
    await post('/v1/auditors/dan/revoke', token);
    const { results } = await env.DB.prepare('SELECT action, target FROM admin_audit WHERE tenant_id = ? ORDER BY id').bind(tenantId).all();
    expect(results).toEqual([
      { action: 'user_created', target: 'dan' },
      { action: 'auditor_credential_issued', target: 'dan' },
      { action: 'auditor_credential_revoked', target: 'dan' },
    ]);
  });

  it.each([
    ['a device token', async (tenantId: string) => (await enrolDevice(tenantId)).token],
    ['an auditor token', (tenantId: string) => auditorToken(tenantId)],
  ])('refuses %s on user routes', async (_name, tokenFor) => {
    const tenantId = await createTenant();
    const token = await tokenFor(tenantId);
    expect((await post('/v1/users', token, { userId: 'eve' })).status).toBe(403);
    expect((await api('/v1/users', { token })).status).toBe(403);
    expect((await post('/v1/auditors', token, { userId: 'auditor-1' })).status).toBe(403);
    expect((await post('/v1/auditors/auditor-1/revoke', token)).status).toBe(403);
  });
});
