import { Hono } from 'hono';
import { z } from 'zod';
import { recordAccess } from '../audit/access-log';
import { parseQuery } from '../audit/query-params';
import { requireRole } from '../auth';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { listCheckpoints, latestCheckpoint } from '../integrity/tree-store';
import { verifierKeys } from '../integrity/signing-key';

const listQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/**
 * Signed checkpoints of the tenant's Merkle tree (worker/integrity). GET /v1/checkpoints/key is
 * public: verifiers fetch the public keys once and then check everything offline.
 */
export const checkpointsRoute = new Hono<AppEnv>()
  .get('/v1/checkpoints/key', async (c) => c.json(await verifierKeys(c.env.DB, c.env.CHECKPOINT_SIGNING_KEY)))
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
    const checkpoints = await listCheckpoints(c.env.DB, c.get('credential').tenantId, after, limit);
    return c.json({ checkpoints, nextCursor: checkpoints.length === limit ? checkpoints.at(-1)!.checkpoint.treeSize : null });
  });
