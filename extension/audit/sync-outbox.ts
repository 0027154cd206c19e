import { MAX_EVENTS_PER_BATCH } from '../../shared/events';
import type { AuditDb, SyncState } from './audit-db';
import { postJson, ServerError } from './server-api';

export type SyncResult =
  | { status: 'not-enrolled' }
  | { status: 'synced'; sent: number }
  | { status: 'failed'; error: string; retryInMs: number };

const MAX_BATCHES_PER_RUN = 20;
const BASE_DELAY_MS = 5_000;
const MAX_DELAY_MS = 30 * 60_000;

/**
 * Sends queued events in order, a batch at a time, and drops each from the outbox once the server
 * has acknowledged it. Everything it needs is read from the database, so a run that the browser
 * cuts short (service worker stopped) simply resumes on the next alarm; resends are no-ops on the
 * server.
 */
export async function syncOutbox(db: AuditDb, fetchFn: typeof fetch = fetch, random = Math.random): Promise<SyncResult> {
  const enrolment = await db.getMeta('enrolment');
  if (!enrolment) return { status: 'not-enrolled' };
  let sent = 0;
  try {
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      const seqs = (await db.outbox.orderBy('seq').limit(MAX_EVENTS_PER_BATCH).primaryKeys()) as number[];
      if (seqs.length === 0) break;
      const events = await db.events.bulkGet(seqs);
      const { lastSeq } = await postJson<{ lastSeq: number }>(
        new URL('/v1/events', enrolment.serverUrl).href,
        { events },
        enrolment.token,
        fetchFn,
      );
      await db.outbox.where('seq').belowOrEqual(lastSeq).delete();
      sent += seqs.length;
    }
    await setSyncState(db, { lastSyncAt: new Date().toISOString(), lastError: null, failures: 0 });
    return { status: 'synced', sent };
  } catch (err) {
    const previous = await db.getMeta('sync');
    const failures = (previous?.failures ?? 0) + 1;
    const message = err instanceof ServerError ? `${err.code}: ${err.message}` : 'Sync failed unexpectedly.';
    await setSyncState(db, { lastSyncAt: previous?.lastSyncAt ?? null, lastError: message, failures });
    return { status: 'failed', error: message, retryInMs: retryDelay(failures, err, random) };
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
