import { Hono } from 'hono';
import { z } from 'zod';
import { recordAccess } from '../audit/access-log';
import { parseQuery } from '../audit/query-params';
import { requireRole } from '../auth';
import type { AppEnv } from '../env';
import { buildConsistencyProof, buildInclusionProof } from '../integrity/build-proofs';

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
    const query = parseQuery(c, inclusionQuerySchema);
    await recordAccess(c, 'proof', { kind: 'inclusion', ...query });
    return c.json(await buildInclusionProof(c.env.DB, c.get('credential').tenantId, query.event, query.treeSize));
  })
  .get('/v1/proofs/consistency', requireRole('auditor'), async (c) => {
    const query = parseQuery(c, consistencyQuerySchema);
    await recordAccess(c, 'proof', { kind: 'consistency', ...query });
    return c.json(await buildConsistencyProof(c.env.DB, c.get('credential').tenantId, query.from, query.to));
  });
