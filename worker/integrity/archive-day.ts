import { signedCheckpointSchema, type PublicJwk, type SigningKey } from './checkpoint';
import { archiveKeys, buildArchive, verifyArchive, type ArchivedEvent } from './archive';
import { compactRangeJsonSchema } from './tree-codec';

export interface CheckpointRow {
  tenant_id: string;
  tree_size: number;
  previous_size: number;
  previous_range: string;
  day: string;
  root_hash: string;
  signed: string;
  archive_key: string | null;
}

export class ArchiveConflictError extends Error {}

/**
 * Writes a checkpointed day to R2 (the sealed events NDJSON and the checkpoint JSON), reads it back and
 * verifies it, then marks the checkpoint archived and verified. R2 objects are write-once: a key
 * that exists is never overwritten (the bucket's retention lock enforces the same on Cloudflare's
 * side); an identical object left by an interrupted run is accepted.
 */
export async function archiveDay(db: D1Database, bucket: R2Bucket, row: CheckpointRow, signingKey: SigningKey, keys: readonly PublicJwk[], now: Date): Promise<string> {
  const { results } = await db
    .prepare(
      `SELECT m.leaf_index, m.event_id, e.received_at, e.body FROM merkle_leaves m JOIN events e ON e.id = m.event_id
       WHERE m.tenant_id = ? AND m.leaf_index >= ? AND m.leaf_index < ? ORDER BY m.leaf_index`,
    )
    .bind(row.tenant_id, row.previous_size, row.tree_size)
    .all<{ leaf_index: number; event_id: number; received_at: string; body: string }>();
  if (results.length !== row.tree_size - row.previous_size) throw new Error(`Checkpoint ${row.tree_size} of a tenant is missing events in D1; it cannot be archived.`);

  const events: ArchivedEvent[] = results.map((r) => ({ leafIndex: r.leaf_index, eventId: r.event_id, receivedAt: r.received_at, event: JSON.parse(r.body) }));
  const checkpoint = signedCheckpointSchema.parse(JSON.parse(row.signed));
  const previous = compactRangeJsonSchema.parse(JSON.parse(row.previous_range));
  const archive = await buildArchive({ tenantId: row.tenant_id, day: row.day, previous, events, checkpoint }, signingKey);

  const keysForDay = archiveKeys(row.tenant_id, row.day);
  await putOnce(bucket, keysForDay.events, archive, 'application/x-ndjson');
  await putOnce(bucket, keysForDay.checkpoint, JSON.stringify(checkpoint), 'application/json');

  const stored = await bucket.get(keysForDay.events);
  const verdict = await verifyArchive((await stored?.text()) ?? '', keys);
  if (!verdict.ok) throw new Error(`The archive just written for ${row.day} does not verify: ${verdict.problem}`);
  await db
    .prepare('UPDATE checkpoints SET archive_key = ?, archived_at = ?, verified_at = ? WHERE tenant_id = ? AND tree_size = ?')
    .bind(keysForDay.events, now.toISOString(), now.toISOString(), row.tenant_id, row.tree_size)
    .run();
  return keysForDay.events;
}

async function putOnce(bucket: R2Bucket, key: string, body: string, contentType: string): Promise<void> {
  const written = await bucket.put(key, body, { onlyIf: new Headers({ 'If-None-Match': '*' }), httpMetadata: { contentType } });
  if (written) return;
  const existing = await bucket.get(key);
  if ((await existing?.text()) !== body) throw new ArchiveConflictError(`${key} already exists with different content; it is never overwritten.`);
}
