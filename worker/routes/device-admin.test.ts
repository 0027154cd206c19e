import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { exportPublicKeyJwk } from '../../shared/device-auth';
import { issueCredential } from '../credentials';
import { api, auditorToken, chainFor, createTenant, enrolDevice, newDeviceKeys } from '../../tests/worker/fixtures';

const adminToken = (tenantId: string) => issueCredential(env.DB, { tenantId, role: 'admin', subject: 'admin-1' });
const revoke = (token: string, deviceId: string) => api(`/v1/devices/${deviceId}/revoke`, { method: 'POST', token });

describe('device administration', () => {
  it('creates a one-time enrolment code that enrols a device into the admin tenant', async () => {
    const tenantId = await createTenant();
    const res = await api('/v1/enrolment-codes', { method: 'POST', token: await adminToken(tenantId), json: { userId: 'tech-9' } });
    expect(res.status).toBe(201);
    const { code } = await res.json<{ code: string }>();
    const deviceId = crypto.randomUUID();
    const enrolled = await api('/v1/enrol', { method: 'POST', json: { code, deviceId, publicKey: await exportPublicKeyJwk((await newDeviceKeys()).publicKey) } });
    expect(enrolled.status).toBe(201);
    const device = await env.DB.prepare('SELECT tenant_id, user_id FROM devices WHERE id = ?').bind(deviceId).first();
    expect(device).toEqual({ tenant_id: tenantId, user_id: 'tech-9' });
  });

  it('takes the tenant from the credential, never from the body', async () => {
    const tenantId = await createTenant();
    const res = await api('/v1/enrolment-codes', { method: 'POST', token: await adminToken(tenantId), json: { userId: 'u', tenantId: await createTenant('Other') } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'validation_failed' } });
  });

  it('revokes a device: its live token is refused at once', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    const res = await revoke(await adminToken(tenantId), device.deviceId);
    expect(res.status).toBe(200);
    const refused = await api('/v1/events', { method: 'POST', token: device.token, json: { events: chainFor(device.deviceId, 1) } });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: 'device_revoked' } });
  });

  it("cannot revoke another tenant's device", async () => {
    const device = await enrolDevice(await createTenant('A'));
    const res = await revoke(await adminToken(await createTenant('B')), device.deviceId);
    expect(res.status).toBe(404);
    const row = await env.DB.prepare('SELECT revoked_at FROM devices WHERE id = ?').bind(device.deviceId).first();
    expect(row).toEqual({ revoked_at: null });
  });

  it('lists the tenant’s devices with last sync, policy version and chain status', async () => {
    const tenantId = await createTenant();
    const synced = await enrolDevice(tenantId, 'tech-1');
    const idle = await enrolDevice(tenantId, 'tech-2');
    await enrolDevice(await createTenant('Other'));
    expect((await api('/v1/events', { method: 'POST', token: synced.token, json: { events: chainFor(synced.deviceId, 3) } })).status).toBe(200);
    await api('/v1/device/policy', { token: synced.token });
    const admin = await adminToken(tenantId);
    await revoke(admin, idle.deviceId);

    const res = await api('/v1/devices', { token: admin });
    expect(res.status).toBe(200);
    const { devices } = await res.json<{ devices: { deviceId: string }[] }>();
    expect(devices).toHaveLength(2);
    expect(devices.find((d) => d.deviceId === synced.deviceId)).toMatchObject({
      userId: 'tech-1',
      revokedAt: null,
      lastSyncAt: expect.any(String),
      policyVersion: 0,
      chain: { acceptedSeq: 3, storedEvents: 3, contiguous: true, refusedBatches: 0 },
    });
    expect(devices.find((d) => d.deviceId === idle.deviceId)).toMatchObject({ userId: 'tech-2', revokedAt: expect.any(String), lastSyncAt: null, policyVersion: null, chain: { acceptedSeq: 0 } });
  });

  it('records codes and revocations in the admin audit log, and nothing for a refused revoke', async () => {
    const tenantId = await createTenant();
    const admin = await adminToken(tenantId);
    const device = await enrolDevice(tenantId);
    await api('/v1/enrolment-codes', { method: 'POST', token: admin, json: { userId: 'tech-9' } });
    await revoke(admin, device.deviceId);
    await revoke(admin, crypto.randomUUID());
    const { results } = await env.DB.prepare('SELECT subject, action, target FROM admin_audit WHERE tenant_id = ? ORDER BY id').bind(tenantId).all();
    expect(results).toEqual([
      { subject: 'admin-1', action: 'enrolment_code_created', target: 'tech-9' },
      { subject: 'admin-1', action: 'device_revoked', target: device.deviceId },
    ]);
  });

  it.each([
    ['a device token', async (tenantId: string) => (await enrolDevice(tenantId)).token],
    ['an auditor token', (tenantId: string) => auditorToken(tenantId)],
  ])('refuses %s on admin routes', async (_name, tokenFor) => {
    const tenantId = await createTenant();
    const token = await tokenFor(tenantId);
    const victim = await enrolDevice(tenantId);
    expect((await api('/v1/enrolment-codes', { method: 'POST', token, json: { userId: 'u' } })).status).toBe(403);
    expect((await revoke(token, victim.deviceId)).status).toBe(403);
    expect((await api('/v1/devices', { token })).status).toBe(403);
  });
});
