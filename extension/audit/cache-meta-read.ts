import Dexie, { RangeSet, type IntervalTree } from 'dexie';
import type { AuditDb, MetaKey } from './audit-db';

/**
 * Meta rows every audit event rewrites (record-event.ts). Nothing cached here may derive from
 * them: a page load records an event, and would otherwise empty the cache it just used.
 */
const EVENT_BOOKKEEPING: ReadonlySet<MetaKey> = new Set(['chainHead', 'storage']);

/**
 * Wraps a read of meta rows so that, per database, it runs once and is then answered from memory
 * until a write to any meta row but the event bookkeeping commits. Dexie reports every committed
 * write ('storagemutated', with the keys it touched), in this context at once and from other
 * extension contexts a moment later; a key it cannot name (a range, a large batch) counts as any
 * row. A read still running when a write commits is dropped, not kept: it may have seen the rows
 * from before. Memory only: a restarted service worker starts empty.
 */
export function cacheMetaRead<T>(read: (db: AuditDb) => Promise<T>): (db: AuditDb) => Promise<T> {
  const cached = new Map<string, Promise<T>>(); // by database name: every connection to it shares the rows
  Dexie.on('storagemutated', (parts) => {
    for (const name of cached.keys()) if (touchesMoreThanEventBookkeeping(parts[`idb://${name}/meta/`])) cached.delete(name);
  });
  return (db) => {
    // Inside a transaction the rows may be its own uncommitted writes: read them, keep nothing.
    if (Dexie.currentTransaction) return read(db);
    const known = cached.get(db.name);
    if (known) return known;
    const reading = read(db);
    cached.set(db.name, reading);
    reading.catch(() => {
      if (cached.get(db.name) === reading) cached.delete(db.name); // a failed read is tried again next time
    });
    return reading;
  };
}

function touchesMoreThanEventBookkeeping(mutatedKeys: IntervalTree | undefined): boolean {
  if (!mutatedKeys) return false;
  for (const range of RangeSet(mutatedKeys)) {
    if (range.from !== range.to || !EVENT_BOOKKEEPING.has(range.from as MetaKey)) return true;
  }
  return false;
}
