import { Hono } from 'hono';
import { z } from 'zod';
import { recordAccess } from '../audit/access-log';
import { parseQuery } from '../audit/query-params';
import { requireRole } from '../auth';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { importSigningKey, signedCheckpointSchema, type PublicJwk } from '../integrity/checkpoint';
import { latestCheckpoint } from '../integrity/tree-store';
import { loadPublicKeys } from '../integrity/signing-key';

const listQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/**
 * Signed checkpoints of the tenant's Merkle tree (worker/integrity). GET /v1/checkpoints/key is
 * public: verifiers fetch the public keys once and then check everything offline.
 */
export const checkpointsRoute = new Hono<AppEnv>()
  .get('/v1/checkpoints/key', async (c) => {
    const keys: { keyId: string; publicJwk: PublicJwk; firstUsedAt: string | null }[] = await loadPublicKeys(c.env.DB);
    // The current key before it has signed anything, so verifiers can pin it from day one.
    const current = c.env.CHECKPOINT_SIGNING_KEY ? await importSigningKey(c.env.CHECKPOINT_SIGNING_KEY) : null;
    if (current && !keys.some((k) => k.keyId === current.keyId)) keys.push({ keyId: current.keyId, publicJwk: current.publicJwk, firstUsedAt: null });
    return c.json({ currentKeyId: current?.keyId ?? null, keys });
  })
  .get('/v1/checkpoints/latest', requireRole('auditor'), async (c) => {
    parseQuery(c, z.strictObject({}));
    await recordAccess(c, 'checkpoints', { latest: true });
    const checkpoint = await latestCheckpoint(c.env.DB, c.get('credential').tenantId);
    if (!checkpoint) throw new ApiError('not_found', 'No checkpoint has been signed for this tenant yet.');
    return c.json({ checkpoint });
  })
  .get('/v1/checkpoints', requireRole('auditor'), async (c) => {
    const { after, limit } = parseQuery(c, listQuerySchema);
    await recordAccess(c, 'checkpoints', { after, limit });
    const { results } = await c.env.DB.prepare(
      `SELECT tree_size, day, signed, archive_key, archived_at, verified_at, pruned_at FROM checkpoints
       WHERE tenant_id = ? AND tree_size > ? ORDER BY tree_size LIMIT ?`,
    )
      .bind(c.get('credential').tenantId, after, limit)
      .all<{ tree_size: number; day: string; signed: string; archive_key: string | null; archived_at: string | null; verified_at: string | null; pruned_at: string | null }>();
    const checkpoints = results.map((r) => ({
      day: r.day,
      checkpoint: signedCheckpointSchema.parse(JSON.parse(r.signed)),
      archiveKey: r.archive_key,
      archivedAt: r.archived_at,
      verifiedAt: r.verified_at,
      prunedAt: r.pruned_at,
    }));
    return c.json({ checkpoints, nextCursor: results.length === limit ? results.at(-1)!.tree_size : null });
  });
