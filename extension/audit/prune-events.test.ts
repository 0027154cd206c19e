import { describe, expect, it } from 'vitest';
import { verifyChain, type EventDraft } from '../../shared/events';
import { AuditDb, eventBytes } from './audit-db';
import { pruneSyncedEvents } from './prune-events';
import { recordEvent } from './record-event';

const draft: EventDraft = { type: 'page_protected', site: { origin: 'https://a.example', route: '/' }, counts: { NAME: 1 }, detectorVersion: '1' };
const DAY = 86_400_000;
const NOW = new Date(Date.UTC(2026, 5, 1));

/** Ten events, one a day ending today; the first `synced` acknowledged by the server. */
async function logOf(synced: number) {
  const db = new AuditDb(`test-${crypto.randomUUID()}`);
  for (let i = 9; i >= 0; i--) await recordEvent(db, draft, new Date(NOW.getTime() - i * DAY));
  await db.outbox.where('seq').belowOrEqual(synced).delete();
  return db;
}

const seqs = async (db: AuditDb) => (await db.events.toCollection().primaryKeys()) as number[];

describe('pruneSyncedEvents', () => {
  it('deletes synced events older than the age limit, keeping the rest', async () => {
    const db = await logOf(10);
    expect(await pruneSyncedEvents(db, { maxAgeDays: 3, maxBytes: Infinity }, NOW)).toMatchObject({ deleted: 6 });
    expect(await seqs(db)).toEqual([7, 8, 9, 10]);
  });

  it('never deletes an unsynced event, however old', async () => {
    const db = await logOf(2);
    await pruneSyncedEvents(db, { maxAgeDays: 0, maxBytes: 0 }, NOW);
    expect(await seqs(db)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('deletes the oldest synced events until the log fits its size limit, and updates the total', async () => {
    const db = await logOf(10);
    const newestFour = (await db.events.where('seq').above(6).toArray()).reduce((sum, e) => sum + eventBytes(e), 0);
    await pruneSyncedEvents(db, { maxAgeDays: 365, maxBytes: newestFour }, NOW);
    const left = await db.events.toArray();
    expect(left.map((e) => e.seq)).toEqual([7, 8, 9, 10]);
    expect(await db.getMeta('storage')).toEqual({ eventBytes: left.reduce((sum, e) => sum + eventBytes(e), 0) });
  });

  it('keeps the chain verifiable: what remains continues from the last pruned event, and new events chain on', async () => {
    const db = await logOf(10);
    await pruneSyncedEvents(db, { maxAgeDays: 3, maxBytes: Infinity }, NOW);
    await recordEvent(db, draft, NOW);
    const events = await db.events.orderBy('seq').toArray();
    expect(events.at(-1)!.seq).toBe(11);
    expect(verifyChain(events, (await db.getMeta('prunedThrough'))!)).toBeNull();
  });
});
