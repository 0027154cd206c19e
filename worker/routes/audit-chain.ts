import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../auth';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { recordAccess } from '../audit/access-log';
import { parseQuery } from '../audit/query-params';
import { deviceChainSummaries, verifyDeviceChainPage } from '../audit/verify-device-chain';
import { parseWith } from '../validate';

const chainPageSchema = z.strictObject({ afterSeq: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0) });

/**
 * GET /v1/audit/chain: every device with what D1 holds of its chain (counts, contiguity, refused
 * batches). GET /v1/audit/chain/:device: one page of full verification (hashes, links, seqs, clock);
 * follow `nextSeq` as `afterSeq` to the end.
 */
export const auditChainRoute = new Hono<AppEnv>()
  .get('/v1/audit/chain', requireRole('auditor'), async (c) => {
    parseQuery(c, z.strictObject({}));
    await recordAccess(c, 'chain', {});
    return c.json({ devices: await deviceChainSummaries(c.env.DB, c.get('credential').tenantId) });
  })
  .get('/v1/audit/chain/:device', requireRole('auditor'), async (c) => {
    const deviceId = parseWith(z.uuid(), c.req.param('device'));
    const { afterSeq } = parseQuery(c, chainPageSchema);
    await recordAccess(c, 'chain', { device: deviceId, afterSeq });
    const report = await verifyDeviceChainPage(c.env.DB, c.get('credential').tenantId, deviceId, afterSeq);
    if (!report) throw new ApiError('not_found', 'No such device in this tenant.');
    return c.json(report);
  });
