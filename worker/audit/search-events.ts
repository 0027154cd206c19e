import type { AuditEvent } from '../../shared/events';
import { filterCondition, type EventFilter } from './event-filter';

/** An event as stored centrally: the device's event plus when the Worker received it. */
export type StoredEvent = AuditEvent & { receivedAt: string };

export interface PageRequest {
  /** The previous page's `nextCursor`; omitted for the first page. */
  after?: number;
  limit: number;
  /** Ingest order (the default) or newest first. */
  order: 'asc' | 'desc';
}

export interface EventPage {
  events: StoredEvent[];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: number | null;
}

/**
 * One page of a tenant's events matching `filter`. Keyset pagination on `events.id`, which is the
 * monotonic ingest order: rows ingested while an auditor pages land after every cursor already
 * handed out (ascending) or before it (descending), so a walk never skips or repeats a row.
 */
export async function searchEvents(db: D1Database, tenantId: string, filter: EventFilter, page: PageRequest): Promise<EventPage> {
  const where = filterCondition(tenantId, filter);
  const params = [...where.params];
  let keyset = '';
  if (page.after !== undefined) {
    keyset = page.order === 'asc' ? ' AND id > ?' : ' AND id < ?';
    params.push(page.after);
  }
  const { results } = await db
    .prepare(`SELECT id, received_at, body FROM events WHERE ${where.sql}${keyset} ORDER BY id ${page.order.toUpperCase()} LIMIT ?`)
    .bind(...params, page.limit)
    .all<{ id: number; received_at: string; body: string }>();
  return {
    events: results.map((row) => ({ ...(JSON.parse(row.body) as AuditEvent), receivedAt: row.received_at })),
    nextCursor: results.length === page.limit ? results.at(-1)!.id : null,
  };
}

/** Every matching event in ingest order, fetched a page at a time (exports, chain checks). */
export async function* eachEvent(db: D1Database, tenantId: string, filter: EventFilter, pageSize = 500): AsyncGenerator<StoredEvent> {
  let after: number | undefined;
  do {
    const page = await searchEvents(db, tenantId, filter, { after, limit: pageSize, order: 'asc' });
    yield* page.events;
    after = page.nextCursor ?? undefined;
  } while (after !== undefined);
}
