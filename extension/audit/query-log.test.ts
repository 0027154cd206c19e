import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../../shared/events';
import { AuditDb } from './audit-db';
import { queryLog } from './query-log';
import { recordEvent } from './record-event';

const site = (origin: string) => ({ origin, route: '/' });
const drafts: EventDraft[] = [
  { type: 'page_protected', site: site('https://a.example'), counts: {}, detectorVersion: '1' },
  { type: 'page_revealed', site: site('https://a.example'), reason: 'treatment' },
  { type: 'page_protected', site: site('https://b.example'), counts: {}, detectorVersion: '1' },
  { type: 'site_protection_changed', origin: 'https://b.example', enabled: false },
  { type: 'extension_installed', reason: 'install', version: '0.1.0' },
];

async function log() {
  const db = new AuditDb(`test-${crypto.randomUUID()}`);
  for (const [i, draft] of drafts.entries()) await recordEvent(db, draft, new Date(Date.UTC(2026, 0, i + 1)));
  return db;
}

describe('queryLog', () => {
  it.each([
    ['everything, newest first', {}, [5, 4, 3, 2, 1]],
    ['one type', { type: 'page_protected' as const }, [3, 1]],
    ['one site, by page events and settings alike', { origin: 'https://b.example' }, [4, 3]],
    ['a time window', { since: '2026-01-02T00:00:00.000Z', until: '2026-01-04T00:00:00.000Z' }, [3, 2]],
  ])('filters %s', async (_name, filter, expected) => {
    const { events } = await queryLog(await log(), { limit: 50, ...filter });
    expect(events.map((e) => e.seq)).toEqual(expected);
  });

  it('pages through the log without skipping or repeating', async () => {
    const db = await log();
    const first = await queryLog(db, { limit: 2 });
    const second = await queryLog(db, { limit: 2, beforeSeq: first.nextBeforeSeq! });
    const third = await queryLog(db, { limit: 2, beforeSeq: second.nextBeforeSeq! });
    expect([first, second, third].flatMap((p) => p.events.map((e) => e.seq))).toEqual([5, 4, 3, 2, 1]);
    expect(third.nextBeforeSeq).toBeNull();
  });

  it('tells which events are still queued for sync', async () => {
    const db = await log();
    await db.outbox.where('seq').belowOrEqual(3).delete();
    expect((await queryLog(db, { limit: 1 })).firstQueuedSeq).toBe(4);
    await db.outbox.clear();
    expect((await queryLog(db, { limit: 1 })).firstQueuedSeq).toBeNull();
  });
});
