import { describe, expect, it } from 'vitest';
import type { AuditEvent, EventDraft } from '../../shared/events';
import { AuditDb } from './audit-db';
import { recordEvent } from './record-event';
import { retryDelay, syncOutbox } from './sync-outbox';
import { ServerError } from './server-api';

const draft: EventDraft = { type: 'page_protected', site: { origin: 'https://a.example', route: '/' }, counts: {}, detectorVersion: '1' };

async function dbWithEvents(count: number, enrolled = true) {
  const db = new AuditDb(`test-${crypto.randomUUID()}`);
  for (let i = 0; i < count; i++) await recordEvent(db, draft);
  if (enrolled) await db.setMeta('enrolment', { serverUrl: 'https://audit.example', token: 'pss_t', userId: 'u' });
  return db;
}

/** A stand-in for the ingest API's contract: acknowledges up to the last seq it receives. */
function serverAcking(received: AuditEvent[][]): typeof fetch {
  return async (_url, init) => {
    const { events } = JSON.parse(String(init!.body)) as { events: AuditEvent[] };
    received.push(events);
    return Response.json({ accepted: events.length, duplicates: 0, lastSeq: events.at(-1)!.seq });
  };
}

describe('syncOutbox', () => {
  it('does nothing before enrolment and keeps the events queued', async () => {
    const db = await dbWithEvents(2, false);
    expect(await syncOutbox(db, serverAcking([]))).toEqual({ status: 'not-enrolled' });
    expect(await db.outbox.count()).toBe(2);
  });

  it('sends in seq order, in batches of at most 100, and empties the outbox', async () => {
    const db = await dbWithEvents(230);
    const received: AuditEvent[][] = [];
    expect(await syncOutbox(db, serverAcking(received))).toEqual({ status: 'synced', sent: 230 });
    expect(received.map((b) => b.length)).toEqual([100, 100, 30]);
    expect(received.flat().map((e) => e.seq)).toEqual(Array.from({ length: 230 }, (_, i) => i + 1));
    expect(await db.outbox.count()).toBe(0);
    expect(await db.events.count()).toBe(230); // the local log is kept
  });

  it('keeps unacknowledged events and records a visible error when the server fails', async () => {
    const db = await dbWithEvents(3);
    const failing: typeof fetch = async () => Response.json({ error: { code: 'internal_error', message: 'Something went wrong on our side.' } }, { status: 500 });
    const result = await syncOutbox(db, failing, () => 0.5);
    expect(result).toMatchObject({ status: 'failed', error: 'internal_error: Something went wrong on our side.' });
    expect(await db.outbox.count()).toBe(3);
    expect(await db.getMeta('sync')).toMatchObject({ failures: 1, lastError: 'internal_error: Something went wrong on our side.' });

    expect(await syncOutbox(db, serverAcking([]))).toEqual({ status: 'synced', sent: 3 });
    expect(await db.getMeta('sync')).toMatchObject({ failures: 0, lastError: null });
  });

  it('treats a network failure like a server failure', async () => {
    const db = await dbWithEvents(1);
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await syncOutbox(db, offline)).toMatchObject({ status: 'failed', error: 'network_error: Could not reach https://audit.example.' });
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
