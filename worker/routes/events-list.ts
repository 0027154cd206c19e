import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../auth';
import type { AppEnv } from '../env';
import { parseWith } from '../validate';

const listQuerySchema = z.strictObject({
  device: z.uuid().optional(),
  type: z.string().max(64).optional(),
  after: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/**
 * GET /v1/events: an auditor reads the tenant's events in ingest order. `after` is the cursor:
 * pass the previous page's `nextCursor`.
 */
export const eventsListRoute = new Hono<AppEnv>().get('/v1/events', requireRole('auditor'), async (c) => {
  const { tenantId } = c.get('credential');
  const query = parseWith(listQuerySchema, c.req.query());
  const conditions = ['tenant_id = ?', 'id > ?'];
  const params: (string | number)[] = [tenantId, query.after ?? 0];
  if (query.device) {
    conditions.push('device_id = ?');
    params.push(query.device);
  }
  if (query.type) {
    conditions.push('type = ?');
    params.push(query.type);
  }
  const { results } = await c.env.DB.prepare(
    `SELECT id, received_at, body FROM events WHERE ${conditions.join(' AND ')} ORDER BY id LIMIT ?`,
  )
    .bind(...params, query.limit)
    .all<{ id: number; received_at: string; body: string }>();
  const events = results.map((r) => ({ ...JSON.parse(r.body), receivedAt: r.received_at }));
  const nextCursor = results.length === query.limit ? results.at(-1)!.id : null;
  return c.json({ events, nextCursor });
});
