import { browser } from 'wxt/browser';
import type { AuditDb } from '../audit/audit-db';
import { syncOutbox } from '../audit/sync-outbox';
import { syncPolicy } from './handle-policy';

export const SYNC_ALARM = 'sync';
const SYNC_PERIOD_MINUTES = 1;
/** How soon after a new event a sync is attempted (Chrome rounds this up to 30 s when packed). */
const SYNC_SOON_MS = 1_000;

export async function runSync(db: AuditDb) {
  const result = await syncOutbox(db);
  // The tenant policy rides on the same alarm (not while backing off); its failures show in the popup.
  const policy = result.status === 'waiting' ? null : await syncPolicy(db);
  if (result.status === 'failed' || result.status === 'waiting') {
    // Back off: replace the periodic alarm with one at the retry time, then resume the period.
    await browser.alarms.create(SYNC_ALARM, { when: Date.now() + result.retryInMs, periodInMinutes: SYNC_PERIOD_MINUTES });
  } else if (result.status === 'synced' && (result.remaining > 0 || policy?.status === 'updated')) {
    scheduleSyncSoon(); // a long offline spell leaves more than one run's worth queued; a new policy, its policy_changed event
  }
  return result;
}

let soonUntil = 0;

/** Asks for a sync shortly; a burst of events sets the alarm once, not once per event. */
export function scheduleSyncSoon() {
  const now = Date.now();
  if (now < soonUntil) return;
  soonUntil = now + SYNC_SOON_MS;
  void browser.alarms.create(SYNC_ALARM, { when: now + SYNC_SOON_MS, periodInMinutes: SYNC_PERIOD_MINUTES });
}

export function scheduleSyncPeriodically() {
  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
}
