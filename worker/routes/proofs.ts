import { bytesToHex } from '@noble/hashes/utils.js';
import { Hono } from 'hono';
import { z } from 'zod';
import { consistencyProofRanges, inclusionProofRanges } from '../../shared/merkle';
import { recordAccess } from '../audit/access-log';
import { parseQuery } from '../audit/query-params';
import { requireRole } from '../auth';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { findCheckpoint, latestCheckpoint, rangeHashes } from '../integrity/tree-store';

const treeSize = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const inclusionQuerySchema = z.strictObject({ event: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER), treeSize: treeSize.optional() });
const consistencyQuerySchema = z.strictObject({ from: treeSize, to: treeSize });

/**
 * Proofs against signed checkpoints, for offline verification (scripts/verify-log.ts):
 * GET /v1/proofs/inclusion?event=ID[&treeSize=N]: the event is leaf i of the tree of N (default:
 * the latest checkpoint). GET /v1/proofs/consistency?from=N&to=M: the tree of N is a prefix of the
 * tree of M. Sizes must be checkpointed ones, so every root in a proof is signed.
 */
export const proofsRoute = new Hono<AppEnv>()
  .get('/v1/proofs/inclusion', requireRole('auditor'), async (c) => {
    const { tenantId } = c.get('credential');
    const query = parseQuery(c, inclusionQuerySchema);
    await recordAccess(c, 'proof', { kind: 'inclusion', ...query });
    const leaf = await c.env.DB.prepare(
      `SELECT m.leaf_index, m.leaf_hash, e.body FROM merkle_leaves m LEFT JOIN events e ON e.id = m.event_id
       WHERE m.tenant_id = ? AND m.event_id = ?`,
    )
      .bind(tenantId, query.event)
      .first<{ leaf_index: number; leaf_hash: string; body: string | null }>();
    if (!leaf) throw new ApiError('not_found', 'That event is not in this tenant’s tree yet (events are appended daily).');
    const checkpoint = query.treeSize ? await findCheckpoint(c.env.DB, tenantId, query.treeSize) : await latestCheckpoint(c.env.DB, tenantId);
    if (!checkpoint) throw new ApiError('not_found', 'No signed checkpoint has that tree size.');
    if (leaf.leaf_index >= checkpoint.treeSize) throw new ApiError('bad_request', `The event is leaf ${leaf.leaf_index}; the tree of ${checkpoint.treeSize} does not contain it yet.`);

    const proof = await rangeHashes(c.env.DB, tenantId, inclusionProofRanges(leaf.leaf_index, checkpoint.treeSize));
    return c.json({
      eventId: query.event,
      leafIndex: leaf.leaf_index,
      leafHash: leaf.leaf_hash,
      // The stored event, so the verifier recomputes its hash and leaf; null once pruned to the archive.
      event: leaf.body ? (JSON.parse(leaf.body) as unknown) : null,
      checkpoint,
      proof: proof.map(bytesToHex),
    });
  })
  .get('/v1/proofs/consistency', requireRole('auditor'), async (c) => {
    const { tenantId } = c.get('credential');
    const query = parseQuery(c, consistencyQuerySchema);
    await recordAccess(c, 'proof', { kind: 'consistency', ...query });
    if (query.from > query.to) throw new ApiError('bad_request', '`from` must not exceed `to`.');
    const [from, to] = [await findCheckpoint(c.env.DB, tenantId, query.from), await findCheckpoint(c.env.DB, tenantId, query.to)];
    if (!from || !to) throw new ApiError('not_found', 'Both tree sizes must be those of signed checkpoints.');
    const proof = await rangeHashes(c.env.DB, tenantId, consistencyProofRanges(from.treeSize, to.treeSize));
    return c.json({ from, to, proof: proof.map(bytesToHex) });
  });
