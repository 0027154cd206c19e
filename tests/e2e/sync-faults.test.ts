import 'fake-indexeddb/auto';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { OFFLINE_ENV } from '../../scripts/local-stack';
import type { EventDraft } from '../../shared/events';
import { hashEnrolmentCode, newEnrolmentCode, newToken } from '../../shared/secrets';
import { sha256Hex } from '../../shared/sha256';
import { AuditDb } from '../../extension/audit/audit-db';
import { enrolDevice } from '../../extension/audit/enrol-device';
import { recordEvent } from '../../extension/audit/record-event';
import { syncOutbox, type SyncResult } from '../../extension/audit/sync-outbox';
import { startFaultProxy, type FaultProxy } from './fault-proxy';
import { ROOT } from './paths';
import { simulateFullQuota } from '../../extension/audit/simulated-quota';

/**
 * The sync fault matrix at the protocol level: the extension's real sync code (Dexie over
 * fake-indexeddb) against the real Worker and local D1 under `wrangler dev`, through a proxy that
 * injects faults. Every case ends with each event stored on the server exactly once and none lost.
 * The browser-level cases (a stopped service worker, a cut connection) are in sync-browser.test.ts.
 */

const stack = inject('stack');
const draft: EventDraft = { type: 'page_protected', site: { origin: 'https://ehr.example.org', route: '/Patient/:id' }, counts: { NAME: 1 }, detectorVersion: '1' };
const HOUR = 3600_000;

let proxy: FaultProxy;
/** This file's own tenant: its thousands of events stay out of other files' auditor queries. */
let tenant: { enrolmentCodes: string[]; auditorToken: string };
beforeAll(async () => {
  proxy = await startFaultProxy(stack.workerUrl);
  tenant = await createTenant(10);
});
afterAll(() => proxy?.close());
afterEach(() => {
  vi.useRealTimers();
  proxy.releaseHeld();
  proxy.log.length = 0;
});

/** A freshly installed and enrolled device (through the proxy) with `count` events queued. */
async function enrolledDevice(count: number, occurredAt = () => new Date()): Promise<{ db: AuditDb; deviceId: string }> {
  const db = new AuditDb(`sync-faults-${crypto.randomUUID()}`);
  await enrolDevice(db, proxy.url, tenant.enrolmentCodes.pop()!);
  await recordEvents(db, count, occurredAt);
  return { db, deviceId: (await db.getMeta('device'))!.deviceId };
}

async function recordEvents(db: AuditDb, count: number, occurredAt = () => new Date()) {
  for (let i = 0; i < count; i++) await recordEvent(db, draft, occurredAt());
}

/** Retries as the alarm would, skipping the backoff wait (its timing is unit-tested). */
async function syncUntilDone(db: AuditDb, attempts = 5): Promise<SyncResult[]> {
  const results: SyncResult[] = [];
  for (let i = 0; i < attempts; i++) {
    const sync = await db.getMeta('sync');
    if (sync?.retryAt) await db.setMeta('sync', { ...sync, retryAt: null });
    const result = await syncOutbox(db, fetch);
    results.push(result);
    if (result.status === 'synced' && result.remaining === 0) return results;
  }
  throw new Error(`sync did not finish: ${JSON.stringify(results)}`);
}

/** Every seq the server holds for a device, read as the auditor through the real API. */
async function serverSeqs(deviceId: string): Promise<number[]> {
  const seqs: number[] = [];
  let after = 0;
  for (;;) {
    const res = await fetch(`${stack.workerUrl}/v1/events?device=${deviceId}&limit=500&after=${after}`, { headers: { Authorization: `Bearer ${tenant.auditorToken}` } });
    expect(res.status).toBe(200);
    const page = (await res.json()) as { events: { seq: number }[]; nextCursor: number | null };
    seqs.push(...page.events.map((e) => e.seq));
    if (page.nextCursor === null) return seqs.sort((a, b) => a - b);
    after = page.nextCursor;
  }
}

async function expectExactlyOnce(db: AuditDb, deviceId: string, count: number) {
  expect(await serverSeqs(deviceId)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  expect(await db.outbox.count()).toBe(0);
  expect(await db.events.count()).toBe(count);
}

/** Runs SQL on the Worker's local D1 (the test's stand-in for an operator or for time passing). */
async function d1<T>(sql: string): Promise<T[]> {
  const { stdout } = await promisify(execFile)(
    path.join(ROOT, 'node_modules/.bin/wrangler'),
    ['d1', 'execute', 'DB', '--local', '--persist-to', stack.persistDir, '--json', '--command', sql],
    { cwd: ROOT, env: OFFLINE_ENV },
  );
  return (JSON.parse(stdout) as { results: T[] }[])[0]!.results;
}

async function createTenant(codeCount: number) {
  const tenantId = crypto.randomUUID();
  const auditorToken = newToken();
  const enrolmentCodes = Array.from({ length: codeCount }, newEnrolmentCode);
  const now = new Date().toISOString();
  const later = new Date(Date.now() + HOUR).toISOString();
  await d1(
    [
      `INSERT INTO tenants (id, name, created_at) VALUES ('${tenantId}', 'Sync faults', '${now}')`,
      `INSERT INTO credentials (token_hash, tenant_id, role, subject, created_at) VALUES ('${sha256Hex(auditorToken)}', '${tenantId}', 'auditor', 'sync-auditor', '${now}')`,
      ...enrolmentCodes.map(
        (code) => `INSERT INTO enrolment_codes (code_hash, tenant_id, user_id, created_at, expires_at) VALUES ('${hashEnrolmentCode(code)}', '${tenantId}', 'sync-tech', '${now}', '${later}')`,
      ),
    ].join(';\n'),
  );
  return { enrolmentCodes, auditorToken };
}

describe('sync fault matrix against the real Worker', () => {
  it('server 500 in the middle of a run: batches before it stay acknowledged, the rest is resent', async () => {
    const { db, deviceId } = await enrolledDevice(250);
    proxy.inject(null, 'error-500');
    expect(await syncOutbox(db, fetch)).toMatchObject({ status: 'failed', error: 'internal_error: Injected fault.' });
    expect(await serverSeqs(deviceId)).toHaveLength(100);
    expect(await db.outbox.count()).toBe(150);
    await syncUntilDone(db);
    await expectExactlyOnce(db, deviceId, 250);
  });

  it('network cut after the server committed: the resend is acknowledged as duplicates', async () => {
    const { db, deviceId } = await enrolledDevice(120);
    proxy.inject('cut-after-commit');
    const results = await syncUntilDone(db);
    expect(results[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/^network_error/) });
    await expectExactlyOnce(db, deviceId, 120);
  });

  it('duplicate sends, concurrent and repeated, store each event once', async () => {
    const { db, deviceId } = await enrolledDevice(150);
    proxy.inject('duplicate', 'duplicate');
    // Two alarms firing together: two sync runs over the same outbox.
    await Promise.all([syncOutbox(db, fetch), syncOutbox(db, fetch)]);
    await syncUntilDone(db);
    expect(proxy.log.filter((r) => r.fault === 'duplicate')).toHaveLength(2);
    await expectExactlyOnce(db, deviceId, 150);
  });

  it('sender stopped mid-sync after the server committed: a new instance resumes from storage', async () => {
    const { db, deviceId } = await enrolledDevice(130);
    proxy.inject('hold-after-commit');
    void syncOutbox(db, fetch); // never finishes: the service worker is stopped while it waits
    await proxy.held();
    db.close();
    const restarted = new AuditDb(db.name);
    await syncUntilDone(restarted);
    await expectExactlyOnce(restarted, deviceId, 130);
  });

  it('token expired on the server with events queued: renewed by a signed challenge, nothing lost', async () => {
    const { db, deviceId } = await enrolledDevice(40);
    const { token } = (await db.getMeta('accessToken'))!;
    await d1(`UPDATE credentials SET expires_at = '2000-01-01T00:00:00.000Z' WHERE token_hash = '${sha256Hex(token)}'`);
    await syncUntilDone(db);
    expect((await db.getMeta('accessToken'))!.token).not.toBe(token);
    await expectExactlyOnce(db, deviceId, 40);
  });

  it('device clock six hours fast: events are accepted, and both sides see the skew', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 6 * HOUR);
    const { db, deviceId } = await enrolledDevice(30);
    await syncUntilDone(db);
    const skew = (await db.getMeta('clockSkew'))!.skewMs;
    expect(skew).toBeGreaterThan(-6 * HOUR - 60_000);
    expect(skew).toBeLessThan(-6 * HOUR + 60_000);
    const [device] = await d1<{ clock_skew_ms: number }>(`SELECT clock_skew_ms FROM devices WHERE id = '${deviceId}'`);
    expect(Math.abs(device!.clock_skew_ms - skew)).toBeLessThan(60_000);
    await expectExactlyOnce(db, deviceId, 30);
  });

  it('storage quota error after the server acknowledged: nothing marked synced, nothing lost', async () => {
    const { db: setup, deviceId } = await enrolledDevice(110);
    setup.close();
    const db = new AuditDb(setup.name);
    // A second handle on the database: the middleware applies from opening.
    const quota = simulateFullQuota(db);
    expect(await syncOutbox(db, fetch)).toMatchObject({ status: 'failed', error: 'Sync failed: QuotaExceededError.' });
    expect(await serverSeqs(deviceId)).toHaveLength(100); // the server has the first batch
    expect(await db.outbox.count()).toBe(110);
    quota.full = false;
    await syncUntilDone(db);
    await expectExactlyOnce(db, deviceId, 110);
  });

  it('after hours offline, a backlog larger than one run drains over several runs in order', async () => {
    const { db, deviceId } = await enrolledDevice(0);
    await recordEvents(db, 2_150, () => new Date(Date.now() - 5 * HOUR));
    const results = await syncUntilDone(db);
    expect(results.map((r) => r.status === 'synced' && r.remaining)).toEqual([150, 0]);
    await expectExactlyOnce(db, deviceId, 2_150);
  });
});
