import type { AuditEvent } from '../../shared/events';
import type { LogPage, MessageOf } from '../messages';
import type { AuditDb } from './audit-db';

export type LogQuery = Omit<MessageOf<'query-log'>, 'kind'>;

/** The stored events matching a filter, newest first, a page at a time. */
export async function queryLog(db: AuditDb, query: LogQuery): Promise<LogPage> {
  const range = query.beforeSeq ? db.events.where('seq').below(query.beforeSeq) : db.events.toCollection();
  const [events, firstQueued] = await Promise.all([
    range
      .reverse()
      .filter((event) => matches(event, query))
      .limit(query.limit + 1)
      .toArray(),
    db.outbox.orderBy('seq').first(),
  ]);
  const page = events.slice(0, query.limit);
  return { events: page, nextBeforeSeq: events.length > query.limit ? page.at(-1)!.seq : null, firstQueuedSeq: firstQueued?.seq ?? null };
}

function matches(event: AuditEvent, { type, origin, since, until }: LogQuery): boolean {
  if (type && event.type !== type) return false;
  if (origin && eventOrigin(event) !== origin) return false;
  if (since && event.occurredAt < since) return false;
  if (until && event.occurredAt >= until) return false;
  return true;
}

/** The site an event is about, when it is about one. */
export function eventOrigin(event: AuditEvent): string | undefined {
  if ('site' in event) return event.site.origin;
  if ('origin' in event) return event.origin;
  return undefined;
}
