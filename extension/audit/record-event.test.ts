import { describe, expect, it } from 'vitest';
import { verifyChain, type EventDraft } from '../../shared/events';
import { AuditDb, eventBytes } from './audit-db';
import { recordEvent } from './record-event';

const draft: EventDraft = {
  type: 'page_protected',
  site: { origin: 'https://ehr.example.org', route: '/Patient/:id' },
  counts: { NAME: 2 },
  detectorVersion: '1',
};

const freshDb = () => new AuditDb(`test-${crypto.randomUUID()}`);

describe('recordEvent', () => {
  it('chains events under one device id and queues each for sync', async () => {
    const db = freshDb();
    for (let i = 0; i < 3; i++) await recordEvent(db, draft);
    const events = await db.events.orderBy('seq').toArray();
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(new Set(events.map((e) => e.deviceId)).size).toBe(1);
    expect(verifyChain(events, null)).toBeNull();
    expect(await db.outbox.toCollection().primaryKeys()).toEqual([1, 2, 3]);
  });

  it('records a null user before enrolment and the enrolled user after', async () => {
    const db = freshDb();
    const before = await recordEvent(db, draft);
    await db.setMeta('enrolment', { serverUrl: 'https://audit.example', userId: 'tech-7' });
    const after = await recordEvent(db, draft);
    expect([before.userId, after.userId]).toEqual([null, 'tech-7']);
  });

  it('keeps a running total of the bytes its events take', async () => {
    const db = freshDb();
    const events = [await recordEvent(db, draft), await recordEvent(db, draft)];
    expect(await db.getMeta('storage')).toEqual({ eventBytes: eventBytes(events[0]!) + eventBytes(events[1]!) });
  });

  it('keeps the chain whole when events are recorded concurrently', async () => {
    const db = freshDb();
    await Promise.all(Array.from({ length: 10 }, () => recordEvent(db, draft)));
    expect(verifyChain(await db.events.orderBy('seq').toArray(), null)).toBeNull();
  });

  it('stores nothing, not even in the outbox, when the event is invalid', async () => {
    const db = freshDb();
    await expect(recordEvent(db, { ...draft, counts: { NAME: -1 } })).rejects.toThrow();
    expect(await db.events.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.getMeta('chainHead')).toBeUndefined();
  });

  it('rolls back the event when the outbox write fails', async () => {
    const db = freshDb();
    await recordEvent(db, draft);
    await db.outbox.add({ seq: 2 }); // a stale entry makes the next outbox add collide
    await expect(recordEvent(db, draft)).rejects.toThrow();
    expect(await db.events.count()).toBe(1);
    expect((await db.getMeta('chainHead'))?.seq).toBe(1);
  });

  it('rolls back a caller’s write made in the same transaction when recording fails', async () => {
    const db = freshDb();
    await db.outbox.add({ seq: 1 });
    const write = db.transaction('rw', db.events, db.outbox, db.meta, async () => {
      await db.setMeta('managedPolicy', { protectionLocked: true });
      await recordEvent(db, draft);
    });
    await expect(write).rejects.toThrow();
    expect(await db.getMeta('managedPolicy')).toBeUndefined();
  });
});
