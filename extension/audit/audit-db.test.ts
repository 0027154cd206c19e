import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { eventHash, GENESIS_HASH, verifyChain, type AuditEvent, type UnsignedEvent } from '../../shared/events';
import { AuditDb, eventBytes } from './audit-db';
import { recordEvent } from './record-event';

const DEVICE = '6f1c2f0e-9a51-4a53-9e2b-3f0d8f0c1a11';

/** Events as version 1 of the extension wrote them: no userId field. */
function v1Events(count: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let seq = 1; seq <= count; seq++) {
    const unsigned = {
      v: 1,
      deviceId: DEVICE,
      seq,
      prevHash: events.at(-1)?.hash ?? GENESIS_HASH,
      occurredAt: new Date(Date.UTC(2026, 0, seq)).toISOString(),
      type: 'page_protected',
      site: { origin: 'https://ehr.example.org', route: '/Patient/:id' },
      counts: { NAME: seq },
      detectorVersion: '0.9.0',
    } as UnsignedEvent;
    events.push({ ...unsigned, hash: eventHash(unsigned) } as AuditEvent);
  }
  return events;
}

/** Creates a database exactly as schema version 1 declared it, with a log in it. */
async function createV1Database(name: string, events: AuditEvent[], unsynced: number[]) {
  const v1 = new Dexie(name);
  v1.version(1).stores({ events: 'seq, type, occurredAt', outbox: 'seq', meta: 'key' });
  await v1.table('events').bulkAdd(events);
  await v1.table('outbox').bulkAdd(unsynced.map((seq) => ({ seq })));
  await v1.table('meta').bulkAdd([
    { key: 'device', value: { deviceId: DEVICE, createdAt: '2026-01-01T00:00:00.000Z' } },
    { key: 'chainHead', value: { seq: events.at(-1)!.seq, hash: events.at(-1)!.hash } },
  ]);
  v1.close();
}

describe('AuditDb migrations', () => {
  it('upgrades a version 1 log: events and outbox kept, storage counted, the chain continues', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    const old = v1Events(3);
    await createV1Database(name, old, [3]);

    const db = new AuditDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.events.orderBy('seq').toArray()).toEqual(old);
    expect(await db.outbox.toCollection().primaryKeys()).toEqual([3]);
    expect(await db.getMeta('storage')).toEqual({ eventBytes: old.reduce((sum, e) => sum + eventBytes(e), 0) });

    const next = await recordEvent(db, { type: 'panic_changed', site: { origin: 'https://ehr.example.org', route: '/' }, active: true });
    expect(next.seq).toBe(4);
    expect(next.deviceId).toBe(DEVICE);
    expect(verifyChain(await db.events.orderBy('seq').toArray(), null)).toBeNull();
  });
});
