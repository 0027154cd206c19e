import type { ExtensionStatus } from '../messages';
import type { AuditDb } from './audit-db';
import { deviceIdentity } from './device-identity';

export async function extensionStatus(db: AuditDb): Promise<ExtensionStatus> {
  const [{ deviceId }, enrolment, sync, queuedEvents] = await Promise.all([
    deviceIdentity(db),
    db.getMeta('enrolment'),
    db.getMeta('sync'),
    db.outbox.count(),
  ]);
  return {
    deviceId,
    enrolled: Boolean(enrolment),
    serverUrl: enrolment?.serverUrl ?? null,
    queuedEvents,
    lastSyncAt: sync?.lastSyncAt ?? null,
    lastError: sync?.lastError ?? null,
  };
}
