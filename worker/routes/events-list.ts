import { Hono } from 'hono';
import { requireRole } from '../auth';
import type { AppEnv } from '../env';
import { recordAccess } from '../audit/access-log';
import { parseQuery, searchParamsSchema } from '../audit/query-params';
import { searchEvents } from '../audit/search-events';

/**
 * GET /v1/events: an auditor searches the tenant's events (user, device, type, phiType, site,
 * reason, from, to), a page at a time in ingest order (or newest first with order=desc). Pass the
 * previous page's `nextCursor` as `after`.
 */
export const eventsListRoute = new Hono<AppEnv>().get('/v1/events', requireRole('auditor'), async (c) => {
  const { after, limit, order, ...filter } = parseQuery(c, searchParamsSchema);
  await recordAccess(c, 'search', { ...filter, after, limit, order });
  return c.json(await searchEvents(c.env.DB, c.get('credential').tenantId, filter, { after, limit, order }));
});
