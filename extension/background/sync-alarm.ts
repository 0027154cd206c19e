import { browser } from 'wxt/browser';
import type { AuditDb } from '../audit/audit-db';
import { syncOutbox } from '../audit/sync-outbox';

export const SYNC_ALARM = 'sync';
const SYNC_PERIOD_MINUTES = 1;
/** How soon after a new event a sync is attempted (Chrome rounds this up to 30 s when packed). */
const SYNC_SOON_MS = 1_000;

export async function runSync(db: AuditDb) {
  const result = await syncOutbox(db);
  if (result.status === 'failed' || result.status === 'waiting') {
    // Back off: replace the periodic alarm with one at the retry time, then resume the period.
    await browser.alarms.create(SYNC_ALARM, { when: Date.now() + result.retryInMs, periodInMinutes: SYNC_PERIOD_MINUTES });
  } else if (result.status === 'synced' && result.remaining > 0) {
    scheduleSyncSoon(); // a long offline spell leaves more than one run's worth queued
  }
  return result;
}

export function scheduleSyncSoon() {
  void browser.alarms.create(SYNC_ALARM, { when: Date.now() + SYNC_SOON_MS, periodInMinutes: SYNC_PERIOD_MINUTES });
}

export function scheduleSyncPeriodically() {
  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
}
