import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { AuditDb } from '../audit/audit-db';
import { pruneSyncedEvents } from '../audit/prune-events';
import { dispatchMessage } from '../background/dispatch-message';
import { applyManagedStorage } from '../background/handle-policy-managed';
import { recordInstall } from '../background/record-install';
import { runSync, scheduleSyncPeriodically, SYNC_ALARM } from '../background/sync-alarm';
import { checkTabCaptures, forgetTabCaptures, togglePresenting, TOGGLE_PRESENTING_COMMAND } from '../background/handle-presenting';
import { forgetTab } from '../background/tab-reports';
import { forwardShortcutToActiveTab } from '../masking/forward-shortcut';
import { PRESENTING_ALARM, refreshPresenting } from '../presenting/update-presenting';
import { messageSchema, type Reply } from '../messages';

const RETENTION_ALARM = 'retention';
const RETENTION_PERIOD_MINUTES = 6 * 60;

export default defineBackground({
  type: 'module',
  main() {
    const db = new AuditDb();

    // Listeners are registered synchronously at start-up so a woken service worker receives the
    // event that woke it.
    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      const parsed = messageSchema.safeParse(raw);
      if (!parsed.success) {
        sendResponse({ ok: false, error: 'Unrecognised message.' } satisfies Reply);
        return false;
      }
      dispatchMessage(db, parsed.data, sender).then(
        (value) => sendResponse({ ok: true, value } satisfies Reply),
        (err: unknown) => sendResponse({ ok: false, error: err instanceof Error ? err.message : 'Failed.' } satisfies Reply),
      );
      return true; // the reply is sent asynchronously
    });

    browser.runtime.onInstalled.addListener((details) => {
      void recordInstall(db, details);
    });
    browser.tabs.onRemoved.addListener((tabId) => {
      void forgetTab(tabId);
      void forgetTabCaptures(db, tabId);
    });
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') void checkTabCaptures(db, tabId);
    });
    // IT's browser policy: read at every start, and again whenever IT changes it.
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'managed') void applyManagedStorage(db);
    });
    void applyManagedStorage(db);
    browser.commands.onCommand.addListener((command) => void (command === TOGGLE_PRESENTING_COMMAND ? togglePresenting(db) : forwardShortcutToActiveTab(command)));

    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === SYNC_ALARM) void runSync(db);
      if (alarm.name === RETENTION_ALARM) void pruneSyncedEvents(db);
      if (alarm.name === PRESENTING_ALARM) void refreshPresenting(db);
    });
    void refreshPresenting(db);
    void browser.alarms.create(PRESENTING_ALARM, { periodInMinutes: 1 });
    scheduleSyncPeriodically();
    void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: RETENTION_PERIOD_MINUTES });
  },
});
