import { filterCondition, type EventFilter } from './event-filter';

/** How many events of each type match `filter`: the dashboard's security overview. */
export async function eventTypeCounts(db: D1Database, tenantId: string, filter: EventFilter): Promise<Record<string, number>> {
  const where = filterCondition(tenantId, filter);
  const { results } = await db
    .prepare(`SELECT type, count(*) AS n FROM events WHERE ${where.sql} GROUP BY type`)
    .bind(...where.params)
    .all<{ type: string; n: number }>();
  return Object.fromEntries(results.map((r) => [r.type, r.n]));
}
