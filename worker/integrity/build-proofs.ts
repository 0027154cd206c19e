import { bytesToHex } from '@noble/hashes/utils.js';
import { consistencyProofRanges, inclusionProofRanges } from '../../shared/merkle';
import { ApiError } from '../errors';
import type { SignedCheckpoint } from './checkpoint';
import { findCheckpoint, latestCheckpoint, rangeHashes } from './tree-store';

/**
 * Proofs against the tenant's signed checkpoints, from D1 (the proof routes and the dashboard's
 * integrity page). Sizes must be checkpointed ones, so every root in a proof is signed. Problems
 * are ApiErrors with a message fit to show.
 */

/** The event is leaf i of the tree of `treeSize` (default: the latest checkpoint). */
export async function buildInclusionProof(db: D1Database, tenantId: string, eventId: number, treeSize?: number) {
  const leaf = await db
    .prepare(
      `SELECT m.leaf_index, m.leaf_hash, e.body FROM merkle_leaves m LEFT JOIN events e ON e.id = m.event_id
       WHERE m.tenant_id = ? AND m.event_id = ?`,
    )
    .bind(tenantId, eventId)
    .first<{ leaf_index: number; leaf_hash: string; body: string | null }>();
  if (!leaf) throw new ApiError('not_found', 'That event is not in this tenant’s tree yet (events are appended daily).');
  const checkpoint = treeSize ? await findCheckpoint(db, tenantId, treeSize) : await latestCheckpoint(db, tenantId);
  if (!checkpoint) throw new ApiError('not_found', 'No signed checkpoint has that tree size.');
  if (leaf.leaf_index >= checkpoint.treeSize) throw new ApiError('bad_request', `The event is leaf ${leaf.leaf_index}; the tree of ${checkpoint.treeSize} does not contain it yet.`);

  const proof = await rangeHashes(db, tenantId, inclusionProofRanges(leaf.leaf_index, checkpoint.treeSize));
  return {
    eventId,
    leafIndex: leaf.leaf_index,
    leafHash: leaf.leaf_hash,
    // The stored event, so the verifier recomputes its hash and leaf; null once pruned to the archive.
    event: leaf.body ? (JSON.parse(leaf.body) as unknown) : null,
    checkpoint,
    proof: proof.map(bytesToHex),
  };
}

/** The tree of `fromSize` is a prefix of the tree of `toSize`. */
export async function buildConsistencyProof(db: D1Database, tenantId: string, fromSize: number, toSize: number): Promise<{ from: SignedCheckpoint; to: SignedCheckpoint; proof: string[] }> {
  if (fromSize > toSize) throw new ApiError('bad_request', '`from` must not exceed `to`.');
  const [from, to] = [await findCheckpoint(db, tenantId, fromSize), await findCheckpoint(db, tenantId, toSize)];
  if (!from || !to) throw new ApiError('not_found', 'Both tree sizes must be those of signed checkpoints.');
  const proof = await rangeHashes(db, tenantId, consistencyProofRanges(from.treeSize, to.treeSize));
  return { from, to, proof: proof.map(bytesToHex) };
}
