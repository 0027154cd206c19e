import { describe, expect, it } from 'vitest';
import { verifyChain, type EventDraft } from '../../shared/events';
import { AuditDb } from './audit-db';
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
});
