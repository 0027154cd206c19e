import { Hono } from 'hono';
import { requireRole } from '../auth';
import type { AppEnv } from '../env';
import { recordAccess } from '../audit/access-log';
import { eventFilterSchema } from '../audit/event-filter';
import { parseQuery } from '../audit/query-params';
import { revealAggregates, workingHoursSchema } from '../audit/reveal-aggregates';

const aggregateParamsSchema = eventFilterSchema
  .extend(workingHoursSchema.shape)
  .refine((v) => v.workStart < v.workEnd, { message: 'must be after workStart', path: ['workEnd'] });

/** GET /v1/audit/aggregates: reveal counts by user and day, site, PHI type and reason, with anomalies. */
export const auditAggregatesRoute = new Hono<AppEnv>().get('/v1/audit/aggregates', requireRole('auditor'), async (c) => {
  const { tzOffsetMinutes, workStart, workEnd, ...filter } = parseQuery(c, aggregateParamsSchema);
  await recordAccess(c, 'aggregates', { ...filter, tzOffsetMinutes, workStart, workEnd });
  return c.json(await revealAggregates(c.env.DB, c.get('credential').tenantId, filter, { tzOffsetMinutes, workStart, workEnd }));
});
