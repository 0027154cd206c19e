import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { exportPublicKeyJwk } from '../../shared/device-auth';
import { createEnrolmentCode } from '../enrolment-codes';
import { api, createTenant, enrolDevice, newDeviceKeys } from '../../tests/worker/fixtures';

async function enrol(code: string, deviceId: string = crypto.randomUUID(), publicKey?: unknown) {
  return api('/v1/enrol', { method: 'POST', json: { code, deviceId, publicKey: publicKey ?? (await exportPublicKeyJwk((await newDeviceKeys()).publicKey)) } });
}

interface EnrolReply {
  deviceId: string;
  userId: string;
  accessToken: string;
  expiresInSeconds: number;
  digestKey: string;
  serverTime: string;
}

describe('POST /v1/enrol', () => {
  it('exchanges a code typed loosely and a public key for a short-lived token and the tenant digest key', async () => {
    const code = await createEnrolmentCode(env.DB, await createTenant(), 'tech-7');
    const deviceId = crypto.randomUUID();
    const publicKey = await exportPublicKeyJwk((await newDeviceKeys()).publicKey);
    const res = await enrol(code.toLowerCase().replace(/-/g, ' '), deviceId, publicKey);
    expect(res.status).toBe(201);
    const body = await res.json<EnrolReply>();
    expect(body).toMatchObject({ deviceId, userId: 'tech-7', expiresInSeconds: 900 });
    expect(body.accessToken).toMatch(/^pss_[A-Za-z0-9_-]{43}$/);
    expect(body.digestKey).toMatch(/^[0-9a-f]{64}$/);
    expect(Math.abs(Date.parse(body.serverTime) - Date.now())).toBeLessThan(60_000);
    const device = await env.DB.prepare('SELECT user_id, public_key FROM devices WHERE id = ?').bind(deviceId).first<{ user_id: string; public_key: string }>();
    expect(device!.user_id).toBe('tech-7');
    expect(JSON.parse(device!.public_key)).toEqual(publicKey);
    // The token works, for 15 minutes.
    expect((await api('/v1/events', { method: 'POST', token: body.accessToken, json: { events: [] } })).status).toBe(400);
    const credential = await env.DB.prepare("SELECT expires_at FROM credentials WHERE subject = ? AND role = 'device'").bind(deviceId).first<{ expires_at: string }>();
    expect(Date.parse(credential!.expires_at) - Date.now()).toBeGreaterThan(14 * 60_000);
  });

  it("gives every device of a tenant the tenant's digest key, and other tenants another", async () => {
    const [tenantA, tenantB] = [await createTenant('A'), await createTenant('B')];
    const keyOf = async (tenantId: string) => (await (await enrol(await createEnrolmentCode(env.DB, tenantId, 'u'))).json<EnrolReply>()).digestKey;
    const [a1, a2, b1] = [await keyOf(tenantA), await keyOf(tenantA), await keyOf(tenantB)];
    expect(a1).toBe(a2);
    expect(b1).not.toBe(a1);
  });

  it('accepts a code only once', async () => {
    const code = await createEnrolmentCode(env.DB, await createTenant(), 'tech-1');
    expect((await enrol(code)).status).toBe(201);
    const again = await enrol(code);
    expect(again.status).toBe(401);
    expect(await again.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('refuses to enrol a device id twice', async () => {
    const tenantId = await createTenant();
    const { deviceId } = await enrolDevice(tenantId);
    const again = await enrol(await createEnrolmentCode(env.DB, tenantId, 'b'), deviceId);
    expect(again.status).toBe(409);
  });

  it('refuses an expired code', async () => {
    const code = await createEnrolmentCode(env.DB, await createTenant(), 'tech-1', new Date(Date.now() - 8 * 24 * 3600 * 1000));
    expect((await enrol(code)).status).toBe(401);
  });

  it('refuses a guessed code and extra fields', async () => {
    expect((await enrol('AAAA-BBBB-CCCC-DDDD')).status).toBe(401);
    const publicKey = await exportPublicKeyJwk((await newDeviceKeys()).publicKey);
    const res = await api('/v1/enrol', { method: 'POST', json: { code: 'AAAA-BBBB-CCCC-DDDD', deviceId: crypto.randomUUID(), publicKey, tenantId: 'x' } });
    expect(res.status).toBe(400);
  });

  it.each([
    ['no public key', null],
    ['a private key', 'private'],
    ['a point off the curve', 'off-curve'],
  ])('refuses %s without spending the code', async (_name, kind) => {
    const code = await createEnrolmentCode(env.DB, await createTenant(), 'tech-1');
    const keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const good = await exportPublicKeyJwk(keys.publicKey);
    const body: Record<string, unknown> = { code, deviceId: crypto.randomUUID() };
    if (kind === 'private') body.publicKey = await crypto.subtle.exportKey('jwk', keys.privateKey);
    if (kind === 'off-curve') body.publicKey = { ...good, y: good.x };
    const res = await api('/v1/enrol', { method: 'POST', json: body });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'validation_failed' } });
    expect((await enrol(code)).status).toBe(201);
  });
});
