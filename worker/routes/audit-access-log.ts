import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../auth';
import type { AppEnv } from '../env';
import { readAccessLog, recordAccess } from '../audit/access-log';
import { parseQuery } from '../audit/query-params';

const accessLogParamsSchema = z.strictObject({
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** GET /v1/audit/access-log: who used the audit log, how and when, newest first (this read included). */
export const auditAccessLogRoute = new Hono<AppEnv>().get('/v1/audit/access-log', requireRole('auditor'), async (c) => {
  const { before, limit } = parseQuery(c, accessLogParamsSchema);
  await recordAccess(c, 'access_log', { before, limit });
  return c.json(await readAccessLog(c.env.DB, c.get('credential').tenantId, limit, before));
});
