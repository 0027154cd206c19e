import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LOCAL_SETTINGS, type LocalSettings } from '../settings/local-settings';
import { AuditDb } from './audit-db';
import { cacheMetaRead } from './cache-meta-read';
import { recordEvent } from './record-event';

const freshDb = () => new AuditDb(`test-${crypto.randomUUID()}`);
const OLD: LocalSettings = DEFAULT_LOCAL_SETTINGS;
const NEW: LocalSettings = { ...DEFAULT_LOCAL_SETTINGS, maskStyle: 'blur' };
const draft = { type: 'page_protected', site: { origin: 'https://ehr.example.org', route: '/' }, counts: { SSN: 1 }, detectorVersion: '1' } as const;

/** A cached read of the 'settings' row, and how often it reached the database. */
async function cachedSettings(db: AuditDb) {
  await db.setMeta('settings', OLD);
  await recordEvent(db, draft); // as on a device in use: its identity was created with its first event
  const read = vi.fn((from: AuditDb) => from.getMeta('settings'));
  const cached = cacheMetaRead(read);
  expect(await cached(db)).toEqual(OLD);
  return { read, cached };
}

describe('cacheMetaRead', () => {
  it('reads once, however many ask at the same time, and then answers from memory', async () => {
    const db = freshDb();
    await db.open(); // creating the database counts as a write to every row
    const read = vi.fn((from: AuditDb) => from.getMeta('settings'));
    const cached = cacheMetaRead(read);
    await Promise.all([cached(db), cached(db), cached(db)]);
    await cached(db);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a write to the row it read', (db: AuditDb) => db.setMeta('settings', NEW)],
    ['that write in a transaction that also records an event', (db: AuditDb) => db.transaction('rw', db.events, db.outbox, db.meta, () => Promise.all([db.setMeta('settings', NEW), recordEvent(db, draft)]))],
    ['that write through another connection to the database', (db: AuditDb) => new AuditDb(db.name).setMeta('settings', NEW)],
    ['a write to any other row (no list of the rows a read uses to forget)', (db: AuditDb) => db.setMeta('managedPolicy', { protectionLocked: true })],
    ['the row’s deletion', (db: AuditDb) => db.meta.delete('settings')],
    ['clearing every row', (db: AuditDb) => db.meta.clear()],
  ])('reads again once %s commits', async (_name, write) => {
    const db = freshDb();
    const { read, cached } = await cachedSettings(db);
    await write(db);
    expect(await cached(db)).toEqual(await db.getMeta('settings'));
    expect(read).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['an audit event’s writes (chain head and storage total)', (db: AuditDb) => recordEvent(db, draft)],
    ['a write to another table only', (db: AuditDb) => db.outbox.add({ seq: 99 })],
    ['a write to another database', () => freshDb().setMeta('settings', NEW)],
    [
      'a transaction that aborts',
      (db: AuditDb) =>
        db
          .transaction('rw', db.meta, async () => {
            await db.setMeta('settings', NEW);
            throw new Error('abort');
          })
          .catch(() => undefined),
    ],
  ])('keeps its answer through %s', async (_name, write) => {
    const db = freshDb();
    const { read, cached } = await cachedSettings(db);
    await write(db);
    expect(await cached(db)).toEqual(OLD);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('does not keep a read that a write committed during: the next call reads the new row', async () => {
    const db = freshDb();
    await db.setMeta('settings', OLD);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The read gets its row, then is held until the write has committed.
    const cached = cacheMetaRead(async (from) => {
      const row = await from.getMeta('settings');
      await held;
      return row;
    });
    const during = cached(db);
    await db.setMeta('settings', NEW);
    release();
    expect(await during).toEqual(OLD); // what was there when it asked
    expect(await cached(db)).toEqual(NEW);
  });

  it('inside a transaction reads that transaction’s rows and keeps nothing', async () => {
    const db = freshDb();
    const { read, cached } = await cachedSettings(db);
    await db
      .transaction('rw', db.meta, async () => {
        await db.setMeta('settings', NEW);
        expect(await cached(db)).toEqual(NEW);
        throw new Error('abort');
      })
      .catch(() => undefined);
    expect(await cached(db)).toEqual(OLD);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('tries a failed read again', async () => {
    const db = freshDb();
    const read = vi.fn<(from: AuditDb) => Promise<string>>().mockRejectedValueOnce(new Error('storage error')).mockResolvedValue('read');
    const cached = cacheMetaRead(read);
    await expect(cached(db)).rejects.toThrow('storage error');
    expect(await cached(db)).toBe('read');
  });
});
