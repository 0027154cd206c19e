import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_SETTINGS, type PolicySettings, type TenantPolicy } from '../../shared/policy';
import { issueCredential } from '../credentials';
import { api, auditorToken, createTenant, enrolDevice } from '../../tests/worker/fixtures';

const adminToken = (tenantId: string, subject = 'admin-1') => issueCredential(env.DB, { tenantId, role: 'admin', subject });
const putPolicy = (token: string, json: unknown, headers: HeadersInit = {}) => api('/v1/policy', { method: 'PUT', token, json, headers });
const blurLocked: PolicySettings = { ...DEFAULT_POLICY_SETTINGS, maskStyle: 'blur', locked: ['maskStyle'] };

describe('tenant policy', () => {
  it('serves the defaults as version 0 before an admin sets anything', async () => {
    const tenantId = await createTenant();
    const res = await api('/v1/policy', { token: await adminToken(tenantId) });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe('"0"');
    expect(await res.json()).toEqual({ version: 0, updatedAt: null, settings: DEFAULT_POLICY_SETTINGS });
  });

  it('stores a change as the next version, which the tenant’s devices fetch', async () => {
    const tenantId = await createTenant();
    const token = await adminToken(tenantId);
    const first = await putPolicy(token, blurLocked);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ version: 1, settings: blurLocked });
    expect((await (await putPolicy(token, { ...blurLocked, reasonRequired: false })).json<TenantPolicy>()).version).toBe(2);

    const device = await enrolDevice(tenantId);
    const fetched = await api('/v1/device/policy', { token: device.token });
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('ETag')).toBe('"2"');
    expect(await fetched.json()).toMatchObject({ version: 2, settings: { maskStyle: 'blur', reasonRequired: false, locked: ['maskStyle'] } });
    const row = await env.DB.prepare('SELECT policy_version FROM devices WHERE id = ?').bind(device.deviceId).first();
    expect(row).toEqual({ policy_version: 2 });
  });

  it('answers a device that has the current version with 304 and no body', async () => {
    const tenantId = await createTenant();
    await putPolicy(await adminToken(tenantId), blurLocked);
    const device = await enrolDevice(tenantId);
    const unchanged = await api('/v1/device/policy', { token: device.token, headers: { 'If-None-Match': '"1"' } });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    const stale = await api('/v1/device/policy', { token: device.token, headers: { 'If-None-Match': '"0"' } });
    expect(stale.status).toBe(200);
  });

  it('keeps each tenant’s policy to itself', async () => {
    const [a, b] = [await createTenant('A'), await createTenant('B')];
    await putPolicy(await adminToken(a), blurLocked);
    const deviceOfB = await enrolDevice(b);
    expect(await (await api('/v1/device/policy', { token: deviceOfB.token })).json()).toMatchObject({ version: 0, settings: { maskStyle: 'block' } });
    expect(await (await api('/v1/policy', { token: await adminToken(b) })).json()).toMatchObject({ version: 0 });
  });

  it.each([
    ['an unknown field', { ...DEFAULT_POLICY_SETTINGS, tenantId: 'other' }, /1 unknown field/],
    ['a bad site pattern', { ...DEFAULT_POLICY_SETTINGS, protectedSites: { mode: 'all', allow: [], deny: ['https://x.org/path'] } }, /protectedSites\.deny\.0: must be a site pattern/],
    ['a bad selector', { ...DEFAULT_POLICY_SETTINGS, siteRules: [{ pattern: '*', selectors: ['div { x }'] }] }, /siteRules\.0\.selectors\.0/],
    ['a reveal timeout of a day', { ...DEFAULT_POLICY_SETTINGS, revealTimeoutMs: 86_400_000 }, /revealTimeoutMs/],
    ['a missing setting', { maskStyle: 'blur' }, /protectedSites/],
  ])('refuses %s with a clear error and keeps the policy in force', async (_name, body, message) => {
    const tenantId = await createTenant();
    const token = await adminToken(tenantId);
    await putPolicy(token, blurLocked);
    const res = await putPolicy(token, body);
    expect(res.status).toBe(400);
    const { error } = await res.json<{ error: { code: string; message: string } }>();
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(message);
    expect(await (await api('/v1/policy', { token })).json()).toMatchObject({ version: 1, settings: blurLocked });
  });

  it('refuses a change made to an older version (If-Match) and keeps the newer one', async () => {
    const tenantId = await createTenant();
    const token = await adminToken(tenantId);
    await putPolicy(token, blurLocked, { 'If-Match': '"0"' });
    const stale = await putPolicy(token, DEFAULT_POLICY_SETTINGS, { 'If-Match': '"0"' });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: 'conflict', message: expect.stringMatching(/version 1, not 0/) } });
    expect(await (await api('/v1/policy', { token })).json()).toMatchObject({ version: 1, settings: blurLocked });
  });

  it('records every change in the admin audit log with the setting names, never their values', async () => {
    const tenantId = await createTenant();
    await putPolicy(await adminToken(tenantId, 'alice'), { ...blurLocked, siteRules: [{ pattern: '*', selectors: [], terms: ['Quintanilla'] }] });
    const { results } = await env.DB.prepare('SELECT subject, action, target, detail FROM admin_audit WHERE tenant_id = ?').bind(tenantId).all();
    expect(results).toEqual([{ subject: 'alice', action: 'policy_updated', target: 'policy', detail: JSON.stringify({ version: 1, changed: ['maskStyle', 'siteRules', 'locked'] }) }]);
    expect(JSON.stringify(results)).not.toContain('Quintanilla');
  });

  it.each([
    ['a device token', async (tenantId: string) => (await enrolDevice(tenantId)).token],
    ['an auditor token', (tenantId: string) => auditorToken(tenantId)],
  ])('refuses %s on the admin policy routes', async (_name, tokenFor) => {
    const tenantId = await createTenant();
    const token = await tokenFor(tenantId);
    expect((await api('/v1/policy', { token })).status).toBe(403);
    expect((await putPolicy(token, blurLocked)).status).toBe(403);
    const row = await env.DB.prepare('SELECT count(*) AS n FROM tenant_policies WHERE tenant_id = ?').bind(tenantId).first();
    expect(row).toEqual({ n: 0 });
  });

  it('serves the device route to devices only', async () => {
    const tenantId = await createTenant();
    expect((await api('/v1/device/policy', { token: await adminToken(tenantId) })).status).toBe(403);
    expect((await api('/v1/device/policy', { token: await auditorToken(tenantId) })).status).toBe(403);
    expect((await api('/v1/device/policy')).status).toBe(401);
  });
});
