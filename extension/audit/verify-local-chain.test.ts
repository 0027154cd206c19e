import { describe, expect, it } from 'vitest';
import type { AuditEvent, EventDraft } from '../../shared/events';
import { AuditDb } from './audit-db';
import { pruneSyncedEvents } from './prune-events';
import { recordEvent } from './record-event';
import { verifyLocalChain } from './verify-local-chain';

const draft: EventDraft = { type: 'page_protected', site: { origin: 'https://a.example', route: '/' }, counts: { NAME: 1 }, detectorVersion: '1' };

async function logOf(count: number) {
  const db = new AuditDb(`test-${crypto.randomUUID()}`);
  for (let i = 0; i < count; i++) await recordEvent(db, draft, new Date(Date.UTC(2026, 0, i + 1)));
  return db;
}

describe('verifyLocalChain', () => {
  it('reports a whole log as intact, also after retention deleted its oldest events', async () => {
    const db = await logOf(5);
    expect(await verifyLocalChain(db)).toEqual({ intact: true, events: 5, firstSeq: 1, lastSeq: 5 });
    await db.outbox.clear();
    await pruneSyncedEvents(db, { maxAgeDays: 1, maxBytes: Infinity }, new Date(Date.UTC(2026, 0, 5, 12)));
    expect(await verifyLocalChain(db)).toEqual({ intact: true, events: 1, firstSeq: 5, lastSeq: 5 });
  });

  it.each([
    ['an edited event', async (db: AuditDb) => void (await db.events.update(3, { counts: { NAME: 0 } } as Partial<AuditEvent>)), { kind: 'bad_hash', seq: 3 }],
    ['a deleted event', async (db: AuditDb) => db.events.delete(3), { kind: 'gap', seq: 4, expectedSeq: 3 }],
    [
      'two events swapped (contents moved to each other’s seq)',
      async (db: AuditDb) => {
        const [two, three] = [(await db.events.get(2))!, (await db.events.get(3))!];
        await db.events.bulkPut([{ ...three, seq: 2 }, { ...two, seq: 3 }]);
      },
      { kind: 'broken_link', seq: 2 },
    ],
    ['the newest event deleted', async (db: AuditDb) => db.events.delete(5), { kind: 'truncated', seq: 5 }],
  ])('finds %s', async (_name, tamper, problem) => {
    const db = await logOf(5);
    await tamper(db);
    expect(await verifyLocalChain(db)).toMatchObject({ intact: false, problem });
  });
});
