import type { AuditDb } from '../audit/audit-db';
import { enrolDevice } from '../audit/enrol-device';
import { applyPolicy } from '../policy/apply-policy';
import { readManagedStorage } from '../policy/managed-storage';
import { notePolicyResult } from '../policy/policy-state';
import { refreshPresenting } from '../presenting/update-presenting';
import { notifySettingsChanged } from './notify-tabs';
import { scheduleSyncSoon } from './sync-alarm';

/**
 * Applies IT's browser policy: at start-up and whenever it changes. Its settings are locked on the
 * device; a server URL with an enrolment code enrols a device not enrolled yet. Failures (invalid
 * policy, a refused code) are kept for the popup and options page rather than retried in a loop:
 * the next change of the policy, or the next start, tries again.
 */
export async function applyManagedStorage(db: AuditDb): Promise<void> {
  const read = await readManagedStorage();
  if (!read.ok) return notePolicyResult(db, { error: read.error });
  let changed: boolean;
  try {
    changed = await applyPolicy(db, { it: read.settings });
  } catch {
    return notePolicyResult(db, { error: 'The browser policy could not be applied: the audit log could not be saved.' });
  }
  if (changed) {
    scheduleSyncSoon(); // its policy_changed event
    await Promise.all([refreshPresenting(db), notifySettingsChanged()]);
  }
  if (!read.enrol || (await db.getMeta('enrolment'))) return;
  try {
    await enrolDevice(db, read.enrol.serverUrl, read.enrol.code);
    scheduleSyncSoon();
    await notifySettingsChanged(); // the tenant's digest key replaces the device's
  } catch (err) {
    await notePolicyResult(db, { error: `Enrolment from the browser policy failed: ${err instanceof Error ? err.message : 'unknown error'}` });
  }
}
