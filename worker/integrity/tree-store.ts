import { hexToBytes } from '@noble/hashes/utils.js';
import { signedCheckpointSchema, type SignedCheckpoint } from './checkpoint';
import type { Hash } from '../../shared/merkle';

/** Leaves per D1 read: 32-byte hashes as hex, a few hundred KB per page. */
const LEAF_PAGE = 5_000;

/**
 * The first `size` leaf hashes of a tenant's tree, in order. A proof over a tree of n leaves reads
 * all n (O(n) rows and hashing; see docs/deployment.md for the measured cost and the limit).
 */
export async function readLeafHashes(db: D1Database, tenantId: string, size: number): Promise<Hash[]> {
  const leaves: Hash[] = [];
  while (leaves.length < size) {
    const { results } = await db
      .prepare('SELECT leaf_hash FROM merkle_leaves WHERE tenant_id = ? AND leaf_index >= ? AND leaf_index < ? ORDER BY leaf_index')
      .bind(tenantId, leaves.length, Math.min(size, leaves.length + LEAF_PAGE))
      .all<{ leaf_hash: string }>();
    if (results.length === 0) throw new Error(`The tree has fewer than ${size} leaves in D1.`);
    for (const row of results) leaves.push(hexToBytes(row.leaf_hash));
  }
  return leaves;
}

/** The tenant's signed checkpoint at exactly `treeSize`, or null if none was signed at that size. */
export async function findCheckpoint(db: D1Database, tenantId: string, treeSize: number): Promise<SignedCheckpoint | null> {
  const row = await db.prepare('SELECT signed FROM checkpoints WHERE tenant_id = ? AND tree_size = ?').bind(tenantId, treeSize).first<{ signed: string }>();
  return row ? signedCheckpointSchema.parse(JSON.parse(row.signed)) : null;
}

/** The tenant's newest signed checkpoint, or null before the first one. */
export async function latestCheckpoint(db: D1Database, tenantId: string): Promise<SignedCheckpoint | null> {
  const row = await db.prepare('SELECT signed FROM checkpoints WHERE tenant_id = ? ORDER BY tree_size DESC LIMIT 1').bind(tenantId).first<{ signed: string }>();
  return row ? signedCheckpointSchema.parse(JSON.parse(row.signed)) : null;
}
