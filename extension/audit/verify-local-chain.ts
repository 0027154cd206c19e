import { verifyChain, type ChainHead, type ChainProblem } from '../../shared/events';
import type { AuditDb } from './audit-db';

export type LocalChainReport =
  | { intact: true; events: number; firstSeq: number | null; lastSeq: number | null }
  | { intact: false; events: number; problem: ChainProblem | { kind: 'truncated'; seq: number } };

/**
 * Checks the device's stored log the way an auditor would: every stored event hashes to its hash
 * and links to the one before, from the last event retention deleted (or the start) up to the
 * chain head kept in meta, so an edited, deleted, reordered or cut-off event is found.
 */
export async function verifyLocalChain(db: AuditDb): Promise<LocalChainReport> {
  return db.transaction('r', db.events, db.meta, async () => {
    const [prunedThrough, head] = await Promise.all([db.getMeta('prunedThrough'), db.getMeta('chainHead')]);
    let previous: ChainHead | null = prunedThrough ?? null;
    let problem: ChainProblem | null = null;
    let count = 0;
    let firstSeq: number | null = null;
    // One event at a time, so a long log is never held in memory at once.
    await db.events.orderBy('seq').until(() => problem !== null).each((event) => {
      problem = verifyChain([event], previous);
      previous = { seq: event.seq, hash: event.hash };
      firstSeq ??= event.seq;
      count++;
    });
    if (problem) return { intact: false, events: count, problem };
    if (head && (previous?.seq !== head.seq || previous.hash !== head.hash)) return { intact: false, events: count, problem: { kind: 'truncated', seq: head.seq } };
    return { intact: true, events: count, firstSeq, lastSeq: previous?.seq ?? null };
  });
}
