import { appendToChain, auditEventSchema, type AuditEvent, type EventDraft } from '../../shared/events';
import { eventBytes, type AuditDb } from './audit-db';
import { deviceIdentity } from './device-identity';

/**
 * Appends an event to the device's chain and queues it for sync, in one transaction: an event is
 * either stored and queued, or neither. Throws (and stores nothing) when the event is invalid or
 * storage fails, so a caller can refuse the action the event would have recorded. Called inside a
 * caller's transaction (one that also writes a setting, say), it joins it: both commit or neither.
 */
export async function recordEvent(db: AuditDb, draft: EventDraft, now = new Date()): Promise<AuditEvent> {
  return db.transaction('rw', db.events, db.outbox, db.meta, async () => {
    const [{ deviceId }, head, enrolment, storage] = await Promise.all([deviceIdentity(db), db.getMeta('chainHead'), db.getMeta('enrolment'), db.getMeta('storage')]);
    const event = auditEventSchema.parse(appendToChain(draft, deviceId, head ?? null, now, enrolment?.userId ?? null));
    await db.events.add(event);
    await db.outbox.add({ seq: event.seq });
    await db.setMeta('chainHead', { seq: event.seq, hash: event.hash });
    await db.setMeta('storage', { eventBytes: (storage?.eventBytes ?? 0) + eventBytes(event) });
    return event;
  });
}
