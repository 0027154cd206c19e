import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/canonical-json';
import { appendToChain, MAX_EVENTS_PER_BATCH } from '../../shared/events';
import { api, chainFor, createTenant, enrolDevice, auditorToken, pageProtectedDraft } from '../../tests/worker/fixtures';

const post = (token: string, json: unknown) => api('/v1/events', { method: 'POST', token, json });

async function storedSeqs(deviceId: string): Promise<number[]> {
  const { results } = await env.DB.prepare('SELECT seq FROM events WHERE device_id = ? ORDER BY seq').bind(deviceId).all<{ seq: number }>();
  return results.map((r) => r.seq);
}

describe('POST /v1/events', () => {
  it('stores a batch and reports the new head', async () => {
    const device = await enrolDevice(await createTenant());
    const events = await chainFor(device.deviceId, 3);
    const res = await post(device.token, { events });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ accepted: 3, duplicates: 0, lastSeq: 3 });
    expect(await storedSeqs(device.deviceId)).toEqual([1, 2, 3]);
  });

  it('stores a full batch in seq order, each body exactly the canonical JSON that was hashed', async () => {
    const device = await enrolDevice(await createTenant());
    const events = chainFor(device.deviceId, MAX_EVENTS_PER_BATCH);
    expect((await post(device.token, { events })).status).toBe(200);
    const { results } = await env.DB.prepare('SELECT id, seq, type, occurred_at, hash, body FROM events WHERE device_id = ? ORDER BY id')
      .bind(device.deviceId)
      .all<{ id: number; seq: number; type: string; occurred_at: string; hash: string; body: string }>();
    expect(results.map((r) => r.seq)).toEqual(events.map((e) => e.seq));
    expect(results.map((r) => [r.type, r.occurred_at, r.hash, r.body])).toEqual(events.map((e) => [e.type, e.occurredAt, e.hash, canonicalJson(e)]));
  });

  it('treats a resend as a no-op and accepts the continuation after it', async () => {
    const device = await enrolDevice(await createTenant());
    const first = await chainFor(device.deviceId, 2);
    const next = await chainFor(device.deviceId, 2, first);
    await post(device.token, { events: first });
    const resend = await post(device.token, { events: [...first, ...next] });
    expect(await resend.json()).toMatchObject({ accepted: 2, duplicates: 2, lastSeq: 4 });
    expect(await storedSeqs(device.deviceId)).toEqual([1, 2, 3, 4]);
  });

  it('refuses a gap, stores nothing, and records a security event', async () => {
    const device = await enrolDevice(await createTenant());
    const events = await chainFor(device.deviceId, 3);
    const res = await post(device.token, { events: [events[0], events[2]] });
    expect(res.status).toBe(409);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe('chain_gap');
    expect(await storedSeqs(device.deviceId)).toEqual([]);
    const security = await env.DB.prepare('SELECT kind FROM security_events WHERE device_id = ?').bind(device.deviceId).all();
    expect(security.results).toEqual([{ kind: 'chain_gap' }]);
  });

  it('refuses an edited event whose hash no longer matches', async () => {
    const device = await enrolDevice(await createTenant());
    const [event] = await chainFor(device.deviceId, 1);
    const res = await post(device.token, { events: [{ ...event, counts: { NAME: 0 } }] });
    expect(res.status).toBe(409);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe('chain_broken');
  });

  it('refuses a resend whose content differs from what was stored', async () => {
    const device = await enrolDevice(await createTenant());
    const events = await chainFor(device.deviceId, 1);
    await post(device.token, { events });
    const forged = await chainFor(device.deviceId, 1); // same seq 1, different timestamp, so a different hash
    const res = await post(device.token, { events: forged });
    expect(res.status).toBe(409);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe('chain_broken');
  });

  it('accepts events stamped hours off by the device clock and records the skew for auditors', async () => {
    const device = await enrolDevice(await createTenant());
    const deviceNow = new Date(Date.now() - 5 * 3600_000); // the device's clock is five hours slow
    const [event] = [appendToChain(pageProtectedDraft(), device.deviceId, null, deviceNow)];
    const res = await post(device.token, { events: [event], sentAt: deviceNow.toISOString() });
    expect(res.status).toBe(200);
    const { serverTime } = await res.json<{ serverTime: string }>();
    const row = await env.DB.prepare('SELECT d.clock_skew_ms, e.occurred_at, e.received_at FROM devices d JOIN events e ON e.device_id = d.id WHERE d.id = ?')
      .bind(device.deviceId)
      .first<{ clock_skew_ms: number; occurred_at: string; received_at: string }>();
    expect(row!.clock_skew_ms).toBeGreaterThan(5 * 3600_000 - 60_000);
    expect(row!.clock_skew_ms).toBeLessThan(5 * 3600_000 + 60_000);
    expect(row!.occurred_at).toBe(deviceNow.toISOString());
    expect(row!.received_at).toBe(serverTime);
  });

  describe('security', () => {
    it.each([
      ['no token', undefined, 401],
      ['an unknown token', 'pss_not-a-real-token', 401],
      ['an over-long token', `pss_${'x'.repeat(300)}`, 401],
      ["a token's hash instead of the token", '0'.repeat(64), 401],
    ])('refuses %s', async (_name, token, status) => {
      const res = await api('/v1/events', { method: 'POST', json: { events: [] }, ...(token ? { token } : {}) });
      expect(res.status).toBe(status);
      expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    });

    it('refuses an auditor token', async () => {
      const tenantId = await createTenant();
      const device = await enrolDevice(tenantId);
      const res = await post(await auditorToken(tenantId), { events: await chainFor(device.deviceId, 1) });
      expect(res.status).toBe(403);
    });

    it("refuses another tenant's device's events and stores nothing", async () => {
      const [mine, theirs] = [await enrolDevice(await createTenant('A')), await enrolDevice(await createTenant('B'))];
      const res = await post(mine.token, { events: chainFor(theirs.deviceId, 1) });
      expect(res.status).toBe(403);
      expect(await storedSeqs(theirs.deviceId)).toEqual([]);
    });

    it("refuses another device's events, even in the same tenant", async () => {
      const tenantId = await createTenant();
      const [mine, theirs] = [await enrolDevice(tenantId), await enrolDevice(tenantId)];
      const res = await post(mine.token, { events: await chainFor(theirs.deviceId, 1) });
      expect(res.status).toBe(403);
      expect(await storedSeqs(theirs.deviceId)).toEqual([]);
    });

    it('refuses a revoked device at once', async () => {
      const device = await enrolDevice(await createTenant());
      await env.DB.prepare('UPDATE devices SET revoked_at = ? WHERE id = ?').bind(new Date().toISOString(), device.deviceId).run();
      expect((await post(device.token, { events: await chainFor(device.deviceId, 1) })).status).toBe(401);
    });

    it.each([
      ['unknown top-level fields (mass assignment)', async (d: string) => ({ events: await chainFor(d, 1), tenantId: 'other' })],
      ['an unknown field in an event', async (d: string) => ({ events: [{ ...(await chainFor(d, 1))[0], tenantId: 'other' }] })],
      ['an empty batch', async () => ({ events: [] })],
      ['more than 100 events (a huge batch)', async (d: string) => ({ events: await chainFor(d, 101) })],
      ['a sentAt that is not a UTC timestamp', async (d: string) => ({ events: await chainFor(d, 1), sentAt: 'yesterday' })],
    ])('refuses %s with validation_failed', async (_name, makeBody) => {
      const device = await enrolDevice(await createTenant());
      const res = await post(device.token, await makeBody(device.deviceId));
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'validation_failed' } });
    });

    it('refuses malformed JSON with one error shape', async () => {
      const device = await enrolDevice(await createTenant());
      const res = await api('/v1/events', { method: 'POST', token: device.token, body: '{"events": [', headers: { 'Content-Type': 'application/json' } });
      expect(res.status).toBe(400);
      const body = await res.json<{ error: { code: string; message: string; requestId: string } }>();
      expect(body.error.code).toBe('bad_request');
      expect(body.error.requestId).toBeTruthy();
    });

    it('refuses an oversized body before parsing it', async () => {
      const device = await enrolDevice(await createTenant());
      const res = await api('/v1/events', { method: 'POST', token: device.token, json: { events: [], pad: 'x'.repeat(600 * 1024) } });
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    });

    it('never echoes submitted values in errors', async () => {
      const device = await enrolDevice(await createTenant());
      const [event] = await chainFor(device.deviceId, 1);
      const planted = 'Jonathan Q. Plantedname 078-05-1120';
      const res = await post(device.token, { events: [{ ...event, site: { origin: planted, route: planted } }], [planted]: planted });
      expect(res.status).toBe(400);
      expect(await res.text()).not.toContain('Plantedname');
    });

    it('limits requests per device with 429, Retry-After and the one error shape', async () => {
      const device = await enrolDevice(await createTenant());
      const limit = Number(env.RATE_LIMIT_EVENTS_PER_MINUTE);
      // Refused requests count too: a device hammering with junk is limited all the same.
      const statuses = await Promise.all(Array.from({ length: limit }, () => post(device.token, { events: [] }).then((r) => r.status)));
      expect(new Set(statuses)).toEqual(new Set([400]));
      const limited = await post(device.token, { events: chainFor(device.deviceId, 1) });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
      expect(await limited.json()).toMatchObject({ error: { code: 'rate_limited', message: expect.any(String), requestId: expect.any(String) } });
      expect(await storedSeqs(device.deviceId)).toEqual([]);
    });

    it("stores SQL-looking strings verbatim", async () => {
      const device = await enrolDevice(await createTenant());
      const [event] = await chainFor(device.deviceId, 1);
      const sneaky = { ...event!, detectorVersion: "1'); DROP TABLE events;--" };
      const { hash: _h, seq: _s, prevHash: _p, deviceId: _d, occurredAt: _o, v: _v, ...draft } = sneaky;
      const signed = appendToChain(draft, device.deviceId, null, new Date());
      expect((await post(device.token, { events: [signed] })).status).toBe(200);
      const row = await env.DB.prepare('SELECT body FROM events WHERE device_id = ?').bind(device.deviceId).first<{ body: string }>();
      expect(JSON.parse(row!.body).detectorVersion).toBe("1'); DROP TABLE events;--");
    });
  });
});
