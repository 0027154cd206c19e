import { MAX_EVENTS_PER_BATCH } from '../../shared/events';
import { withAccessToken } from './access-token';
import type { AuditDb, SyncState } from './audit-db';
import { postJson, ServerError } from './server-api';

export type SyncResult =
  | { status: 'not-enrolled' }
  /** Backing off after a failure: nothing was sent. */
  | { status: 'waiting'; retryInMs: number }
  /** `remaining` events are still queued when a run stops at its batch budget. */
  | { status: 'synced'; sent: number; remaining: number }
  | { status: 'failed'; error: string; retryInMs: number };

interface IngestReply {
  lastSeq: number;
  serverTime: string;
}

const MAX_BATCHES_PER_RUN = 20;
const BASE_DELAY_MS = 5_000;
const MAX_DELAY_MS = 30 * 60_000;

/**
 * Sends queued events in order, a batch at a time, and drops each from the outbox once the server
 * has acknowledged it. Everything it needs is read from the database, so a run that the browser
 * cuts short (service worker stopped) simply resumes on the next alarm; resends are no-ops on the
 * server. After a failure it waits out the backoff however often it is woken.
 */
export async function syncOutbox(db: AuditDb, fetchFn: typeof fetch = fetch, random = Math.random): Promise<SyncResult> {
  const [enrolment, previous] = await Promise.all([db.getMeta('enrolment'), db.getMeta('sync')]);
  if (!enrolment) return { status: 'not-enrolled' };
  const waitMs = previous?.retryAt ? Date.parse(previous.retryAt) - Date.now() : 0;
  if (waitMs > 0) return { status: 'waiting', retryInMs: waitMs };

  const url = new URL('/v1/events', enrolment.serverUrl).href;
  let sent = 0;
  try {
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      const seqs = (await db.outbox.orderBy('seq').limit(MAX_EVENTS_PER_BATCH).primaryKeys()) as number[];
      if (seqs.length === 0) break;
      const events = await db.events.bulkGet(seqs);
      const sentAtMs = Date.now();
      const reply = await withAccessToken(db, enrolment, fetchFn, (token) =>
        postJson<IngestReply>(url, { events, sentAt: new Date(sentAtMs).toISOString() }, token, fetchFn),
      );
      // The server's clock against ours at the request's midpoint: auditors see the same skew.
      await db.setMeta('clockSkew', { skewMs: Math.round(Date.parse(reply.serverTime) - (sentAtMs + Date.now()) / 2), measuredAt: new Date().toISOString() });
      await db.outbox.where('seq').belowOrEqual(reply.lastSeq).delete();
      sent += seqs.length;
    }
    await setSyncState(db, { lastSyncAt: new Date().toISOString(), lastError: null, failures: 0, retryAt: null });
    return { status: 'synced', sent, remaining: await db.outbox.count() };
  } catch (err) {
    const failures = (previous?.failures ?? 0) + 1;
    const message = err instanceof ServerError ? `${err.code}: ${err.message}` : `Sync failed: ${err instanceof Error ? err.name : 'unknown error'}.`;
    const retryInMs = retryDelay(failures, err, random);
    // Storage itself may be what failed (quota): the result still reports the failure.
    await setSyncState(db, { lastSyncAt: previous?.lastSyncAt ?? null, lastError: message, failures, retryAt: new Date(Date.now() + retryInMs).toISOString() }).catch(
      () => undefined,
    );
    return { status: 'failed', error: message, retryInMs };
  }
}

/** Exponential backoff with full jitter; a server's Retry-After is a floor. */
export function retryDelay(failures: number, err: unknown, random: () => number): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(failures - 1, 20));
  const jittered = Math.round(random() * ceiling);
  const retryAfterMs = err instanceof ServerError && err.retryAfter ? err.retryAfter * 1000 : 0;
  return Math.max(jittered, retryAfterMs, 1_000);
}

function setSyncState(db: AuditDb, state: SyncState) {
  return db.setMeta('sync', state);
}
