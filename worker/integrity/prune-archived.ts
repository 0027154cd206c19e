import type { PublicJwk } from './checkpoint';
import { verifyArchive } from './archive';
import type { CheckpointRow } from './archive-day';

export class ArchiveMismatchError extends Error {}

/**
 * Deletes from D1 the events of archived days older than `keepDays`, but only after re-reading the
 * day's archive from R2 and finding that it verifies and carries exactly the checkpoint D1 holds.
 * Leaves stay, so inclusion and consistency proofs still work for pruned events; the events
 * themselves are then read from the archive. Returns the number of days pruned.
 */
export async function pruneArchivedDays(db: D1Database, bucket: R2Bucket, tenantId: string, keys: readonly PublicJwk[], keepDays: number, now: Date): Promise<number> {
  const cutoff = new Date(now);
  cutoff.setUTCDate(cutoff.getUTCDate() - keepDays);
  const { results } = await db
    .prepare('SELECT * FROM checkpoints WHERE tenant_id = ? AND archived_at IS NOT NULL AND pruned_at IS NULL AND day < ? ORDER BY tree_size')
    .bind(tenantId, cutoff.toISOString().slice(0, 10))
    .all<CheckpointRow>();

  for (const row of results) {
    const stored = await bucket.get(row.archive_key!);
    const verdict = await verifyArchive((await stored?.text()) ?? '', keys);
    if (!verdict.ok) throw new ArchiveMismatchError(`The archive for ${row.day} does not verify (${verdict.problem}); its events stay in D1.`);
    if (JSON.stringify(verdict.checkpoint) !== row.signed) throw new ArchiveMismatchError(`The archive for ${row.day} carries another checkpoint than D1; its events stay in D1.`);
    await db.batch([
      db
        .prepare('DELETE FROM events WHERE tenant_id = ?1 AND id IN (SELECT event_id FROM merkle_leaves WHERE tenant_id = ?1 AND leaf_index >= ?2 AND leaf_index < ?3)')
        .bind(tenantId, row.previous_size, row.tree_size),
      db.prepare('UPDATE checkpoints SET verified_at = ?, pruned_at = ? WHERE tenant_id = ? AND tree_size = ?').bind(now.toISOString(), now.toISOString(), tenantId, row.tree_size),
    ]);
  }
  return results.length;
}
