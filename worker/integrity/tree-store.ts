import { hexToBytes } from '@noble/hashes/utils.js';
import { foldSubtrees, perfectSubtrees, rootHash, type Hash, type LeafRange, type Subtree } from '../../shared/merkle';
import { signedCheckpointSchema, type SignedCheckpoint } from './checkpoint';
import { STORED_SUBTREE_LEVEL } from './tree-codec';

/**
 * The MTH of each proof range, from D1: each range is a few perfect subtrees; those of 256 leaves
 * or more are read from merkle_nodes, the smaller ones hashed from their leaves. Two queries per
 * proof whatever the tree size: O(log n) node rows and at most a few hundred leaf rows.
 */
export async function rangeHashes(db: D1Database, tenantId: string, ranges: readonly LeafRange[]): Promise<Hash[]> {
  const perRange = ranges.map((range) => perfectSubtrees(range));
  const all = perRange.flat();
  const stored = await storedSubtreeRoots(db, tenantId, all.filter((s) => s.level >= STORED_SUBTREE_LEVEL));
  const hashed = await subtreeRootsFromLeaves(db, tenantId, all.filter((s) => s.level < STORED_SUBTREE_LEVEL));
  return perRange.map((subtrees) =>
    foldSubtrees(
      subtrees.map((s) => {
        const root = (s.level >= STORED_SUBTREE_LEVEL ? stored : hashed).get(key(s));
        if (!root) throw new Error(`The tree's subtree ${key(s)} is missing from D1.`);
        return root;
      }),
    ),
  );
}

const key = (s: Subtree) => `${s.level}/${s.index}`;

// Levels and indices are integers computed here, never request text: safe as SQL literals, and
// they keep the query within D1's 100 bound parameters however many subtrees a proof needs.
async function storedSubtreeRoots(db: D1Database, tenantId: string, subtrees: Subtree[]): Promise<Map<string, Hash>> {
  if (subtrees.length === 0) return new Map();
  const wanted = subtrees.map((s) => `(level = ${s.level} AND node_index = ${s.index})`).join(' OR ');
  const { results } = await db
    .prepare(`SELECT level, node_index, hash FROM merkle_nodes WHERE tenant_id = ? AND (${wanted})`)
    .bind(tenantId)
    .all<{ level: number; node_index: number; hash: string }>();
  return new Map(results.map((r) => [key({ level: r.level, index: r.node_index }), hexToBytes(r.hash)]));
}

async function subtreeRootsFromLeaves(db: D1Database, tenantId: string, subtrees: Subtree[]): Promise<Map<string, Hash>> {
  if (subtrees.length === 0) return new Map();
  const spans = subtrees.map((s) => [s.index * 2 ** s.level, (s.index + 1) * 2 ** s.level] as const);
  const wanted = spans.map(([start, end]) => `(leaf_index >= ${start} AND leaf_index < ${end})`).join(' OR ');
  const { results } = await db
    .prepare(`SELECT leaf_index, leaf_hash FROM merkle_leaves WHERE tenant_id = ? AND (${wanted}) ORDER BY leaf_index`)
    .bind(tenantId)
    .all<{ leaf_index: number; leaf_hash: string }>();
  const leaves = new Map(results.map((r) => [r.leaf_index, hexToBytes(r.leaf_hash)]));
  return new Map(
    subtrees.map((s, i) => {
      const [start, end] = spans[i]!;
      const hashes = Array.from({ length: end - start }, (_, j) => leaves.get(start + j));
      if (hashes.some((h) => !h)) throw new Error(`The tree's leaves ${start}..${end - 1} are incomplete in D1.`);
      return [key(s), rootHash(hashes as Hash[])];
    }),
  );
}

/** The tenant's signed checkpoint at exactly `treeSize`, or null if none was signed at that size. */
export async function findCheckpoint(db: D1Database, tenantId: string, treeSize: number): Promise<SignedCheckpoint | null> {
  const row = await db.prepare('SELECT signed FROM checkpoints WHERE tenant_id = ? AND tree_size = ?').bind(tenantId, treeSize).first<{ signed: string }>();
  return row ? signedCheckpointSchema.parse(JSON.parse(row.signed)) : null;
}

export interface ListedCheckpoint {
  day: string;
  checkpoint: SignedCheckpoint;
  archiveKey: string | null;
  archivedAt: string | null;
  verifiedAt: string | null;
  prunedAt: string | null;
}

/** The tenant's checkpoints above `after` (a tree size) in order, with their archive state. */
export async function listCheckpoints(db: D1Database, tenantId: string, after: number, limit: number): Promise<ListedCheckpoint[]> {
  const { results } = await db
    .prepare(
      `SELECT day, signed, archive_key, archived_at, verified_at, pruned_at FROM checkpoints
       WHERE tenant_id = ? AND tree_size > ? ORDER BY tree_size LIMIT ?`,
    )
    .bind(tenantId, after, limit)
    .all<{ day: string; signed: string; archive_key: string | null; archived_at: string | null; verified_at: string | null; pruned_at: string | null }>();
  return results.map((r) => ({
    day: r.day,
    checkpoint: signedCheckpointSchema.parse(JSON.parse(r.signed)),
    archiveKey: r.archive_key,
    archivedAt: r.archived_at,
    verifiedAt: r.verified_at,
    prunedAt: r.pruned_at,
  }));
}

/** The tenant's newest signed checkpoint, or null before the first one. */
export async function latestCheckpoint(db: D1Database, tenantId: string): Promise<SignedCheckpoint | null> {
  const row = await db.prepare('SELECT signed FROM checkpoints WHERE tenant_id = ? ORDER BY tree_size DESC LIMIT 1').bind(tenantId).first<{ signed: string }>();
  return row ? signedCheckpointSchema.parse(JSON.parse(row.signed)) : null;
}
