import { Refusal } from '../refusal';
import { clearStorageFailure, showStorageFailure } from './storage-alert';
import { scheduleSyncSoon } from './sync-alarm';

/**
 * Runs a write that records audit events (and whatever it records, in the same transaction). On
 * success the new events are queued for a sync soon; on a storage failure the failure is shown on
 * the action and the caller gets an error, so the action it records is refused.
 */
export async function auditWrite<T>(write: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await write();
  } catch (err) {
    if (err instanceof Refusal) throw err;
    throw new Error(await showStorageFailure(err));
  }
  await clearStorageFailure();
  scheduleSyncSoon();
  return result;
}
