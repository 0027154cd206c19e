import { describe, expect, it } from 'vitest';
import { DEVICE_SIGNATURE_ALGORITHM, fromBase64url, tokenChallengeMessage } from '../../shared/device-auth';
import { appendToChain, type AuditEvent, type EventDraft } from '../../shared/events';
import { AuditDb } from './audit-db';
import { deviceIdentity } from './device-identity';
import { deviceKeys } from './device-keys';
import { recordEvent } from './record-event';
import { ServerError } from './server-api';
import { retryDelay, syncOutbox } from './sync-outbox';
import { simulateFullQuota } from './simulated-quota';

const draft: EventDraft = { type: 'page_protected', site: { origin: 'https://a.example', route: '/' }, counts: {}, detectorVersion: '1' };

async function dbWithEvents(count: number, enrolled = true) {
  const db = new AuditDb(`test-${crypto.randomUUID()}`);
  for (let i = 0; i < count; i++) await recordEvent(db, draft);
  if (enrolled) {
    await db.setMeta('enrolment', { serverUrl: 'https://audit.example', userId: 'u' });
    await db.setMeta('accessToken', { token: 'pss_first', expiresAt: Date.now() + 15 * 60_000 });
  }
  return db;
}

/** A long backlog written in bulk (recordEvent one at a time is what other tests exercise). */
async function queueChain(db: AuditDb, count: number) {
  const { deviceId } = await deviceIdentity(db);
  const events: AuditEvent[] = [];
  for (let i = 0; i < count; i++) events.push(appendToChain(draft, deviceId, events.at(-1) ?? null, new Date()));
  await db.transaction('rw', db.events, db.outbox, async () => {
    await db.events.bulkAdd(events);
    await db.outbox.bulkAdd(events.map((e) => ({ seq: e.seq })));
  });
}

interface StandIn {
  fetch: typeof fetch;
  /** Every batch of events it acknowledged, in order. */
  batches: AuditEvent[][];
  sentAts: string[];
  /** Tokens it issued by verifying a challenge signed with the device's key. */
  issued: string[];
}

/**
 * A stand-in for the Worker's contract (the real one is exercised end to end in
 * tests/e2e/sync-faults.test.ts): acknowledges events up to the last seq it receives, accepts only
 * tokens it knows, and issues tokens for challenges signed by `publicKey`.
 */
function standInServer(options: { publicKey?: CryptoKey; tokens?: string[]; serverClockAheadMs?: number } = {}): StandIn {
  const valid = new Set(options.tokens ?? ['pss_first']);
  const challenges = new Set<string>();
  const standIn: StandIn = { batches: [], sentAts: [], issued: [], fetch: undefined! };
  standIn.fetch = async (url, init) => {
    const path = new URL(String(url)).pathname;
    const body = JSON.parse(String(init!.body));
    const token = new Headers(init!.headers).get('Authorization')?.replace('Bearer ', '');
    if (path === '/v1/token/challenge') {
      const challenge = 'c'.repeat(42) + String(challenges.size % 10);
      challenges.add(challenge);
      return Response.json({ challenge, expiresInSeconds: 60 });
    }
    if (path === '/v1/token') {
      const signed = await crypto.subtle.verify(DEVICE_SIGNATURE_ALGORITHM, options.publicKey!, fromBase64url(body.signature), tokenChallengeMessage(body.deviceId, body.challenge));
      if (!signed || !challenges.delete(body.challenge)) return Response.json({ error: { code: 'unauthorized', message: 'no' } }, { status: 401 });
      const accessToken = `pss_renewed_${standIn.issued.length}`;
      standIn.issued.push(accessToken);
      valid.add(accessToken);
      return Response.json({ accessToken, expiresInSeconds: 900, serverTime: new Date().toISOString() });
    }
    if (!token || !valid.has(token)) return Response.json({ error: { code: 'token_expired', message: 'renew' } }, { status: 401 });
    standIn.batches.push(body.events);
    standIn.sentAts.push(body.sentAt);
    return Response.json({ accepted: body.events.length, duplicates: 0, lastSeq: body.events.at(-1).seq, serverTime: new Date(Date.now() + (options.serverClockAheadMs ?? 0)).toISOString() });
  };
  return standIn;
}

const failing = (status: number, code: string, headers: Record<string, string> = {}): typeof fetch => async () =>
  Response.json({ error: { code, message: `${code} happened` } }, { status, headers });

describe('syncOutbox', () => {
  it('does nothing before enrolment and keeps the events queued', async () => {
    const db = await dbWithEvents(2, false);
    expect(await syncOutbox(db, standInServer().fetch)).toEqual({ status: 'not-enrolled' });
    expect(await db.outbox.count()).toBe(2);
  });

  it('sends in seq order, in batches of at most 100, and empties the outbox', async () => {
    const db = await dbWithEvents(230);
    const server = standInServer();
    expect(await syncOutbox(db, server.fetch)).toEqual({ status: 'synced', sent: 230, remaining: 0 });
    expect(server.batches.map((b) => b.length)).toEqual([100, 100, 30]);
    expect(server.batches.flat().map((e) => e.seq)).toEqual(Array.from({ length: 230 }, (_, i) => i + 1));
    expect(await db.outbox.count()).toBe(0);
    expect(await db.events.count()).toBe(230); // the local log is kept
  });

  it('stops at its batch budget and reports what remains, for the next run', async () => {
    const db = await dbWithEvents(0);
    await queueChain(db, 2_050);
    const server = standInServer();
    expect(await syncOutbox(db, server.fetch)).toEqual({ status: 'synced', sent: 2_000, remaining: 50 });
    expect(await syncOutbox(db, server.fetch)).toEqual({ status: 'synced', sent: 50, remaining: 0 });
    expect(server.batches.flat().map((e) => e.seq)).toEqual(Array.from({ length: 2_050 }, (_, i) => i + 1));
  });

  it("sends its clock with each batch and records the server's clock against it", async () => {
    const db = await dbWithEvents(1);
    const server = standInServer({ serverClockAheadMs: 3 * 3600_000 });
    await syncOutbox(db, server.fetch);
    expect(Math.abs(Date.parse(server.sentAts[0]!) - Date.now())).toBeLessThan(5_000);
    const skew = await db.getMeta('clockSkew');
    expect(Math.abs(skew!.skewMs - 3 * 3600_000)).toBeLessThan(5_000);
  });

  it('keeps unacknowledged events, records a visible error and waits out the backoff', async () => {
    const db = await dbWithEvents(3);
    const result = await syncOutbox(db, failing(500, 'internal_error'), () => 0.5);
    expect(result).toMatchObject({ status: 'failed', error: 'internal_error: internal_error happened', retryInMs: 2_500 });
    expect(await db.outbox.count()).toBe(3);
    expect(await db.getMeta('sync')).toMatchObject({ failures: 1, lastError: 'internal_error: internal_error happened' });

    // Woken again (an alarm, a new event) before the retry time: nothing is sent.
    const server = standInServer();
    expect(await syncOutbox(db, server.fetch)).toMatchObject({ status: 'waiting' });
    expect(server.batches).toEqual([]);

    await db.setMeta('sync', { ...(await db.getMeta('sync'))!, retryAt: new Date(Date.now() - 1).toISOString() });
    expect(await syncOutbox(db, server.fetch)).toEqual({ status: 'synced', sent: 3, remaining: 0 });
    expect(await db.getMeta('sync')).toMatchObject({ failures: 0, lastError: null, retryAt: null });
  });

  it("honours the server's Retry-After on 429", async () => {
    const db = await dbWithEvents(1);
    const result = await syncOutbox(db, failing(429, 'rate_limited', { 'Retry-After': '42' }), () => 0);
    expect(result).toMatchObject({ status: 'failed', retryInMs: 42_000 });
    const { retryAt } = (await db.getMeta('sync'))!;
    expect(Date.parse(retryAt!) - Date.now()).toBeGreaterThan(40_000);
  });

  it('treats a network failure like a server failure', async () => {
    const db = await dbWithEvents(1);
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await syncOutbox(db, offline)).toMatchObject({ status: 'failed', error: 'network_error: Could not reach https://audit.example.' });
  });

  describe('access tokens', () => {
    it('renews an expired token by signing a challenge with the device key, then sends', async () => {
      const db = await dbWithEvents(2);
      await db.setMeta('accessToken', { token: 'pss_first', expiresAt: Date.now() - 1 });
      const server = standInServer({ publicKey: (await deviceKeys(db)).publicKey });
      expect(await syncOutbox(db, server.fetch)).toMatchObject({ status: 'synced', sent: 2 });
      expect(server.issued).toEqual(['pss_renewed_0']);
      expect((await db.getMeta('accessToken'))?.token).toBe('pss_renewed_0');
    });

    it('renews once and resends when the server says the token expired, storing each event once', async () => {
      const db = await dbWithEvents(2);
      const server = standInServer({ publicKey: (await deviceKeys(db)).publicKey, tokens: [] });
      expect(await syncOutbox(db, server.fetch)).toMatchObject({ status: 'synced', sent: 2 });
      expect(server.batches.flat().map((e) => e.seq)).toEqual([1, 2]);
      expect(server.issued).toHaveLength(1);
    });

    it('keeps events queued when renewal is refused (a revoked device)', async () => {
      const db = await dbWithEvents(2);
      const revoked = failing(401, 'device_revoked');
      expect(await syncOutbox(db, async (url, init) => (String(url).endsWith('/v1/events') ? failing(401, 'token_expired')(url, init) : revoked(url, init))))
        .toMatchObject({ status: 'failed', error: 'device_revoked: device_revoked happened' });
      expect(await db.outbox.count()).toBe(2);
    });

    it('keeps a non-extractable private key', async () => {
      const db = await dbWithEvents(0);
      const keys = await deviceKeys(db);
      expect(keys.privateKey.extractable).toBe(false);
      await expect(crypto.subtle.exportKey('jwk', keys.privateKey)).rejects.toThrow();
      // The same pair survives a restart (a new service worker opens the same database).
      const reopened = new AuditDb(db.name);
      expect((await reopened.getMeta('deviceKeys'))?.publicKey.type).toBe('public');
    });
  });

  it('loses nothing when storage fails (quota) after the server acknowledged a batch', async () => {
    const db = new AuditDb((await dbWithEvents(150)).name);
    // A second handle on the database: the middleware applies from opening.
    const quota = simulateFullQuota(db);
    const server = standInServer();
    const result = await syncOutbox(db, server.fetch);
    expect(result).toMatchObject({ status: 'failed', error: 'Sync failed: QuotaExceededError.' });
    expect(await db.outbox.count()).toBe(150); // nothing marked synced
    expect(await db.events.count()).toBe(150);

    quota.full = false;
    await db.setMeta('sync', { lastSyncAt: null, lastError: null, failures: 0, retryAt: null });
    expect(await syncOutbox(db, server.fetch)).toMatchObject({ status: 'synced', sent: 150 });
    expect(await db.outbox.count()).toBe(0);
    // The first batch went twice (the server's idempotency makes that a no-op); every event arrived.
    expect(new Set(server.batches.flat().map((e) => e.seq)).size).toBe(150);
  });
});

describe('retryDelay', () => {
  it.each([
    [1, 1, 5_000],
    [2, 1, 10_000],
    [5, 1, 80_000],
    [30, 1, 30 * 60_000],
  ])('after %i failures with jitter %f waits %i ms at most', (failures, jitter, expected) => {
    expect(retryDelay(failures, new Error(), () => jitter)).toBe(expected);
  });

  it('never waits less than the server asked for', () => {
    expect(retryDelay(1, new ServerError(429, 'rate_limited', 'slow down', 120), () => 0)).toBe(120_000);
  });
});
