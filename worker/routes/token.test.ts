import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { signTokenChallenge } from '../../shared/device-auth';
import { sha256Hex } from '../../shared/sha256';
import { api, auditorToken, chainFor, createTenant, enrolDevice, newDeviceKeys, type EnrolledDevice } from '../../tests/worker/fixtures';

/** The caller's address as Cloudflare's edge reports it; each test calls from its own. */
let address: string;
beforeEach(() => {
  address = `198.51.100.${Math.floor(Math.random() * 250)}`;
});

async function challengeFor(deviceId: string, from = address): Promise<Response> {
  return api('/v1/token/challenge', { method: 'POST', json: { deviceId }, headers: { 'CF-Connecting-IP': from } });
}

async function signedRequest(device: EnrolledDevice, privateKey = device.keys.privateKey) {
  const res = await challengeFor(device.deviceId);
  expect(res.status).toBe(200);
  const { challenge } = await res.json<{ challenge: string }>();
  return { deviceId: device.deviceId, challenge, signature: await signTokenChallenge(privateKey, device.deviceId, challenge) };
}

const exchange = (json: unknown) => api('/v1/token', { method: 'POST', json, headers: { 'CF-Connecting-IP': address } });
const ingest = (token: string, json: unknown) => api('/v1/events', { method: 'POST', token, json });

async function expireToken(token: string) {
  await env.DB.prepare('UPDATE credentials SET expires_at = ? WHERE token_hash = ?').bind(new Date(Date.now() - 1000).toISOString(), sha256Hex(token)).run();
}

async function errorCode(res: Response): Promise<string> {
  return (await res.json<{ error: { code: string } }>()).error.code;
}

describe('POST /v1/token/challenge + POST /v1/token', () => {
  it('renews an access token for a signed challenge, and the new token writes events', async () => {
    const device = await enrolDevice(await createTenant());
    const res = await exchange(await signedRequest(device));
    expect(res.status).toBe(200);
    const body = await res.json<{ accessToken: string; expiresInSeconds: number }>();
    expect(body.expiresInSeconds).toBe(900);
    expect(body.accessToken).not.toBe(device.token);
    expect((await ingest(body.accessToken, { events: chainFor(device.deviceId, 1) })).status).toBe(200);
  });

  it('tells an expired token apart, so the device renews and carries on', async () => {
    const device = await enrolDevice(await createTenant());
    await expireToken(device.token);
    const refused = await ingest(device.token, { events: chainFor(device.deviceId, 1) });
    expect(refused.status).toBe(401);
    expect(await errorCode(refused)).toBe('token_expired');
    const { accessToken } = await (await exchange(await signedRequest(device))).json<{ accessToken: string }>();
    expect((await ingest(accessToken, { events: chainFor(device.deviceId, 1) })).status).toBe(200);
  });

  it('drops expired tokens of the device when it issues a new one', async () => {
    const device = await enrolDevice(await createTenant());
    await expireToken(device.token);
    await exchange(await signedRequest(device));
    const rows = await env.DB.prepare('SELECT token_hash FROM credentials WHERE subject = ?').bind(device.deviceId).all();
    expect(rows.results).toHaveLength(1);
  });

  it('refuses a replayed signed challenge', async () => {
    const device = await enrolDevice(await createTenant());
    const request = await signedRequest(device);
    expect((await exchange(request)).status).toBe(200);
    const replay = await exchange(request);
    expect(replay.status).toBe(401);
    expect(await errorCode(replay)).toBe('unauthorized');
  });

  it('refuses a challenge signed with another key', async () => {
    const device = await enrolDevice(await createTenant());
    const res = await exchange(await signedRequest(device, (await newDeviceKeys()).privateKey));
    expect(res.status).toBe(401);
  });

  it("refuses another device's challenge, even signed by the right key", async () => {
    const tenantId = await createTenant();
    const [mine, theirs] = [await enrolDevice(tenantId), await enrolDevice(tenantId)];
    const { challenge } = await (await challengeFor(theirs.deviceId)).json<{ challenge: string }>();
    const res = await exchange({ deviceId: mine.deviceId, challenge, signature: await signTokenChallenge(mine.keys.privateKey, mine.deviceId, challenge) });
    expect(res.status).toBe(401);
  });

  it('refuses unknown devices', async () => {
    const res = await challengeFor(crypto.randomUUID());
    expect(res.status).toBe(401);
    expect(await errorCode(res)).toBe('unauthorized');
  });

  it('refuses a revoked device at once: its live token, a new challenge and a signed one', async () => {
    const device = await enrolDevice(await createTenant());
    const pending = await signedRequest(device);
    await env.DB.prepare('UPDATE devices SET revoked_at = ? WHERE id = ?').bind(new Date().toISOString(), device.deviceId).run();
    for (const res of [await ingest(device.token, { events: chainFor(device.deviceId, 1) }), await challengeFor(device.deviceId), await exchange(pending)]) {
      expect(res.status).toBe(401);
      expect(await errorCode(res)).toMatch(/^(device_revoked|unauthorized)$/);
    }
    expect(await errorCode(await challengeFor(device.deviceId))).toBe('device_revoked');
  });

  it.each([
    ['a tenant id (mass assignment)', { tenantId: 'other' }],
    ['a role (mass assignment)', { role: 'auditor' }],
    ['a malformed signature', { signature: 'x'.repeat(10) }],
  ])('refuses %s', async (_name, extra) => {
    const device = await enrolDevice(await createTenant());
    const res = await exchange({ ...(await signedRequest(device)), ...extra });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('validation_failed');
  });

  it('limits token requests per calling address, so a flood in a device name cannot lock it out', async () => {
    const device = await enrolDevice(await createTenant());
    const limit = Number(env.RATE_LIMIT_TOKEN_PER_MINUTE);
    const flooder = '203.0.113.9';
    const statuses = await Promise.all(Array.from({ length: limit }, () => challengeFor(device.deviceId, flooder).then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([200]));
    const limited = await challengeFor(device.deviceId, flooder);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect(await errorCode(limited)).toBe('rate_limited');
    // The device, calling from its own address, still renews.
    expect((await exchange(await signedRequest(device))).status).toBe(200);
  });

  it('gives auditor tokens no way in to device routes, nor device tokens to auditor routes', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    expect((await ingest(await auditorToken(tenantId), { events: chainFor(device.deviceId, 1) })).status).toBe(403);
    expect((await api('/v1/events', { token: device.token })).status).toBe(403);
  });
});
