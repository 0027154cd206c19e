import { bytesToHex } from '@noble/hashes/utils.js';
import { appendLeafReportingSubtrees, EMPTY_RANGE, rangeRoot, type Subtree } from '../../shared/merkle';
import { signCheckpoint, type SignedCheckpoint, type SigningKey } from './checkpoint';
import { compactRangeJsonSchema, eventLeafHash, eventMatchesItsHash, rangeFromJson, rangeToJson, STORED_SUBTREE_LEVEL } from './tree-codec';

/** Rows per INSERT: literal rows of ~100 bytes stay well under D1's 100 KB statement limit. */
const ROWS_PER_STATEMENT = 500;

export class TamperedEventError extends Error {}

/**
 * Appends the tenant's oldest unappended day (UTC, strictly before `cutoff`) to its Merkle tree and
 * signs a checkpoint for it, all in one D1 transaction. Returns the checkpoint, or null when no
 * complete day is waiting. Leaves follow ingest order (events.id).
 */
export async function appendNextDay(db: D1Database, tenantId: string, cutoff: Date, key: SigningKey, now: Date): Promise<SignedCheckpoint | null> {
  const pending = `FROM events e WHERE e.tenant_id = ?1 AND e.received_at < ?2
    AND NOT EXISTS (SELECT 1 FROM merkle_leaves m WHERE m.event_id = e.id)`;
  const first = await db.prepare(`SELECT MIN(e.received_at) AS at ${pending}`).bind(tenantId, cutoff.toISOString()).first<{ at: string | null }>();
  if (!first?.at) return null;
  const day = first.at.slice(0, 10);
  const dayEnd = new Date(`${day}T00:00:00.000Z`);
  dayEnd.setUTCDate(dayEnd.getUTCDate() + 1);

  const { results: events } = await db
    .prepare(`SELECT e.id, e.hash, e.body ${pending} ORDER BY e.id`)
    .bind(tenantId, dayEnd.toISOString())
    .all<{ id: number; hash: string; body: string }>();
  for (const row of events) {
    // The leaf commits to the stored hash; it must still be the hash of the stored content.
    const event = JSON.parse(row.body) as { hash: unknown };
    if (event.hash !== row.hash || !eventMatchesItsHash(event)) throw new TamperedEventError(`Stored event ${row.id} no longer matches its hash.`);
  }

  const state = await db.prepare('SELECT compact_range FROM merkle_trees WHERE tenant_id = ?').bind(tenantId).first<{ compact_range: string }>();
  const previous = state ? rangeFromJson(compactRangeJsonSchema.parse(JSON.parse(state.compact_range))) : EMPTY_RANGE;
  let range = previous;
  const nodes: (Subtree & { hash: string })[] = [];
  const leaves = events.map((row) => {
    const leaf = { index: range.size, eventId: row.id, hash: eventLeafHash(row.hash) };
    const step = appendLeafReportingSubtrees(range, leaf.hash);
    for (const s of step.completed) if (s.level >= STORED_SUBTREE_LEVEL) nodes.push({ ...s, hash: bytesToHex(s.hash) });
    range = step.range;
    return { ...leaf, hash: bytesToHex(leaf.hash) };
  });

  const checkpoint = await signCheckpoint({ tenantId, treeSize: range.size, rootHash: bytesToHex(rangeRoot(range)), timestamp: now.toISOString() }, key);
  const inserts = [];
  for (let i = 0; i < leaves.length; i += ROWS_PER_STATEMENT) {
    // Integers and hex we computed, never request text: safe as literals, and they save D1's
    // 100-parameter limit for the tenant id.
    const rows = leaves.slice(i, i + ROWS_PER_STATEMENT).map((l) => `(?1, ${l.index}, ${l.eventId}, '${l.hash}')`);
    inserts.push(db.prepare(`INSERT INTO merkle_leaves (tenant_id, leaf_index, event_id, leaf_hash) VALUES ${rows.join(', ')}`).bind(tenantId));
  }
  for (let i = 0; i < nodes.length; i += ROWS_PER_STATEMENT) {
    const rows = nodes.slice(i, i + ROWS_PER_STATEMENT).map((n) => `(?1, ${n.level}, ${n.index}, '${n.hash}')`);
    inserts.push(db.prepare(`INSERT INTO merkle_nodes (tenant_id, level, node_index, hash) VALUES ${rows.join(', ')}`).bind(tenantId));
  }
  // One transaction: the leaves' primary key (tenant, index) makes a concurrent run fail rather
  // than fork the tree.
  await db.batch([
    ...inserts,
    db
      .prepare(
        `INSERT INTO merkle_trees (tenant_id, tree_size, compact_range, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (tenant_id) DO UPDATE SET tree_size = excluded.tree_size, compact_range = excluded.compact_range, updated_at = excluded.updated_at`,
      )
      .bind(tenantId, range.size, JSON.stringify(rangeToJson(range)), now.toISOString()),
    db
      .prepare('INSERT INTO checkpoints (tenant_id, tree_size, previous_size, previous_range, day, root_hash, signed) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .bind(tenantId, range.size, previous.size, JSON.stringify(rangeToJson(previous)), day, checkpoint.rootHash, JSON.stringify(checkpoint)),
  ]);
  return checkpoint;
}
