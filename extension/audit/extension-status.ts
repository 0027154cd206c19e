import type { ExtensionStatus } from '../messages';
import type { AuditDb } from './audit-db';
import { deviceIdentity } from './device-identity';

/** What the popup and options page show about the device, its log and sync. */
export async function extensionStatus(db: AuditDb, storageError: string | null): Promise<ExtensionStatus> {
  const [{ deviceId }, enrolment, sync, queuedEvents, storedEvents, storage] = await Promise.all([
    deviceIdentity(db),
    db.getMeta('enrolment'),
    db.getMeta('sync'),
    db.outbox.count(),
    db.events.count(),
    db.getMeta('storage'),
  ]);
  return {
    deviceId,
    enrolled: Boolean(enrolment),
    serverUrl: enrolment?.serverUrl ?? null,
    userId: enrolment?.userId ?? null,
    queuedEvents,
    storedEvents,
    storedBytes: storage?.eventBytes ?? 0,
    lastSyncAt: sync?.lastSyncAt ?? null,
    lastError: sync?.lastError ?? null,
    storageError,
  };
}
