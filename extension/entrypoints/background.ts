import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { DETECTOR_VERSION } from '../../shared/detect';
import { routeTemplate } from '../../shared/route-template';
import { AuditDb } from '../audit/audit-db';
import { enrolDevice } from '../audit/enrol-device';
import { extensionStatus } from '../audit/extension-status';
import { recordEvent } from '../audit/record-event';
import { syncOutbox } from '../audit/sync-outbox';
import { messageSchema, type Message, type Reply } from '../messages';

const SYNC_ALARM = 'sync';
const SYNC_PERIOD_MINUTES = 1;
/** How soon after a new event a sync is attempted (Chrome rounds this up to 30 s when packed). */
const SYNC_SOON_MS = 1_000;

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
      handle(db, parsed.data, sender).then(
        (value) => sendResponse({ ok: true, value } satisfies Reply),
        (err: unknown) => sendResponse({ ok: false, error: err instanceof Error ? err.message : 'Failed.' } satisfies Reply),
      );
      return true; // the reply is sent asynchronously
    });

    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === SYNC_ALARM) void runSync(db);
    });
    void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
  },
});

async function handle(db: AuditDb, message: Message, sender: Browser.runtime.MessageSender): Promise<unknown> {
  switch (message.kind) {
    case 'page-protected': {
      // The location comes from the browser, not from the page's message.
      if (!sender.url) throw new Error('No sender URL.');
      const event = await recordEvent(db, {
        type: 'page_protected',
        site: routeTemplate(sender.url),
        counts: message.counts,
        detectorVersion: DETECTOR_VERSION,
      });
      scheduleSyncSoon();
      return { seq: event.seq };
    }
    case 'enrol': {
      const enrolment = await enrolDevice(db, message.serverUrl, message.code);
      scheduleSyncSoon();
      return { serverUrl: enrolment.serverUrl, userId: enrolment.userId };
    }
    case 'get-status':
      return extensionStatus(db);
    case 'sync-now':
      return runSync(db);
    default:
      // Fail closed: a reveal or setting the background cannot handle must not look approved.
      throw new Error(`Not handled: ${message.kind}`);
  }
}

async function runSync(db: AuditDb) {
  const result = await syncOutbox(db);
  if (result.status === 'failed') {
    // Back off: replace the periodic alarm with one at the retry time, then resume the period.
    await browser.alarms.create(SYNC_ALARM, { when: Date.now() + result.retryInMs, periodInMinutes: SYNC_PERIOD_MINUTES });
  }
  return result;
}

function scheduleSyncSoon() {
  void browser.alarms.create(SYNC_ALARM, { when: Date.now() + SYNC_SOON_MS, periodInMinutes: SYNC_PERIOD_MINUTES });
}
