import { eventBytes, type AuditDb } from './audit-db';

export interface RetentionLimits {
  /** Synced events older than this are deleted from the device. */
  maxAgeDays: number;
  /** Above this many bytes of events, the oldest synced ones are deleted. */
  maxBytes: number;
}

export const DEFAULT_RETENTION: RetentionLimits = { maxAgeDays: 90, maxBytes: 50 * 1024 * 1024 };
/** Keeps one run's transaction short; the next alarm continues. */
const MAX_DELETIONS_PER_RUN = 5_000;

/**
 * Deletes the oldest events the server has acknowledged while they are older than the age limit or
 * the log is above the size limit. Unsynced events (still in the outbox) are never deleted: the
 * device's copy is the only one. The chain head lives in meta, so new events still chain; the last
 * deleted event is kept as 'prunedThrough' so what remains still verifies from it.
 */
export async function pruneSyncedEvents(db: AuditDb, limits: RetentionLimits = DEFAULT_RETENTION, now = new Date()): Promise<{ deleted: number; bytesFreed: number }> {
  const cutoff = new Date(now.getTime() - limits.maxAgeDays * 86_400_000).toISOString();
  return db.transaction('rw', db.events, db.outbox, db.meta, async () => {
    const firstUnsynced = (await db.outbox.orderBy('seq').first())?.seq ?? Number.POSITIVE_INFINITY;
    let bytes = (await db.getMeta('storage'))?.eventBytes ?? 0;
    const doomed: { seq: number; hash: string }[] = [];
    let freed = 0;
    // Oldest first; stop at the first event young enough while the log is within its size.
    for (const event of await db.events.where('seq').below(firstUnsynced).limit(MAX_DELETIONS_PER_RUN).toArray()) {
      if (event.occurredAt >= cutoff && bytes <= limits.maxBytes) break;
      const size = eventBytes(event);
      bytes -= size;
      freed += size;
      doomed.push({ seq: event.seq, hash: event.hash });
    }
    if (doomed.length === 0) return { deleted: 0, bytesFreed: 0 };
    await db.events.bulkDelete(doomed.map((d) => d.seq));
    await db.setMeta('storage', { eventBytes: bytes });
    await db.setMeta('prunedThrough', doomed.at(-1)!);
    return { deleted: doomed.length, bytesFreed: freed };
  });
}
