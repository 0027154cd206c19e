import { appendToChain, auditEventSchema, type AuditEvent, type EventDraft } from '../../shared/events';
import type { AuditDb } from './audit-db';
import { deviceIdentity } from './device-identity';

/**
 * Appends an event to the device's chain and queues it for sync, in one transaction: an event is
 * either stored and queued, or neither. Throws (and stores nothing) when the event is invalid or
 * storage fails, so a caller can refuse the action the event would have recorded.
 */
export async function recordEvent(db: AuditDb, draft: EventDraft, now = new Date()): Promise<AuditEvent> {
  const { deviceId } = await deviceIdentity(db);
  return db.transaction('rw', db.events, db.outbox, db.meta, async () => {
    const head = (await db.getMeta('chainHead')) ?? null;
    const event = auditEventSchema.parse(appendToChain(draft, deviceId, head, now));
    await db.events.add(event);
    await db.outbox.add({ seq: event.seq });
    await db.setMeta('chainHead', { seq: event.seq, hash: event.hash });
    return event;
  });
}
