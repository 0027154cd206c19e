import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../auth';
import type { AppEnv } from '../env';
import { recordAccess } from '../audit/access-log';
import { parseQuery } from '../audit/query-params';
import { readAdminActions } from '../policy/admin-actions';

const pageSchema = z.strictObject({
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/**
 * GET /v1/admin-audit: every admin change in the tenant (policy, devices, users, auditor
 * credentials), newest first, for auditors (recorded in the access log) and admins. Pass `nextCursor` as `before` for older ones.
 */
export const adminAuditRoute = new Hono<AppEnv>().get('/v1/admin-audit', requireRole('auditor', 'admin'), async (c) => {
  const { before, limit } = parseQuery(c, pageSchema);
  // Auditors' reads are use of the audit log; admins read their own changes.
  if (c.get('credential').role === 'auditor') await recordAccess(c, 'admin_log', { before, limit });
  return c.json(await readAdminActions(c.env.DB, c.get('credential').tenantId, limit, before));
});
