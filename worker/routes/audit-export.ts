import { Hono } from 'hono';
import { requireRole } from '../auth';
import type { AppEnv } from '../env';
import { recordAccess } from '../audit/access-log';
import { eventFilterSchema } from '../audit/event-filter';
import { exportFormatSchema, exportResponse } from '../audit/export-response';
import { parseQuery } from '../audit/query-params';

const exportParamsSchema = eventFilterSchema.extend({ format: exportFormatSchema });

/** GET /v1/audit/export?format=csv|ndjson|fhir plus the search filters: every matching event. */
export const auditExportRoute = new Hono<AppEnv>().get('/v1/audit/export', requireRole('auditor'), async (c) => {
  const { format, ...filter } = parseQuery(c, exportParamsSchema);
  await recordAccess(c, 'export', { format, ...filter });
  return exportResponse(c.env.DB, c.get('credential').tenantId, filter, format);
});
