import { browser, type Browser } from 'wxt/browser';
import type { AuditDb } from '../audit/audit-db';
import { enrolDevice } from '../audit/enrol-device';
import { extensionStatus } from '../audit/extension-status';
import { verifyLocalChain } from '../audit/verify-local-chain';
import { PAGE_MESSAGE_KINDS, type Message } from '../messages';
import { Refusal } from '../refusal';
import { handleAddSiteSelector } from './handle-add-selector';
import { handleGetSettings, handleQueryLog, handleSaveSettings } from './handle-options';
import { handleMaskingFailed } from './handle-masking-failed';
import { handleGetPageSettings } from './handle-page-settings';
import { handleGetManagedState } from './handle-policy';
import { enforceLockedSettings } from './handle-policy-guard';
import { handlePageProtected } from './handle-page-protected';
import { handlePanicChanged } from './handle-panic-changed';
import { handleCaptureEnded, handleCaptureStarted, handleGetPresenting, handleSetPresenting, handleSetPresentingSchedule } from './handle-presenting';
import { handleGetTabState, handleSetSiteProtection } from './handle-popup';
import { handleReveal, handleRevealEnded } from './handle-reveal';
import { notifySettingsChanged } from './notify-tabs';
import { currentStorageFailure } from './storage-alert';
import { runSync, scheduleSyncSoon } from './sync-alarm';

/**
 * Routes a validated message to its handler after checking who sent it: page messages only from a
 * content script in an http(s) page (whose URL the browser vouches for), everything else only from
 * the extension's own pages, so a hostile page cannot switch protection off or read the log.
 */
export async function dispatchMessage(db: AuditDb, message: Message, sender: Browser.runtime.MessageSender): Promise<unknown> {
  if (sender.id !== browser.runtime.id || !sender.url) throw new Refusal('Unknown sender.');
  const fromPage = /^https?:/.test(sender.url) && sender.tab !== undefined;
  const fromExtensionPage = sender.url.startsWith(browser.runtime.getURL('/'));
  if (PAGE_MESSAGE_KINDS.has(message.kind) ? !fromPage : !fromExtensionPage) throw new Refusal(`"${message.kind}" is not accepted from this sender.`);

  // Locked settings are enforced here, whichever page sent the change.
  message = await enforceLockedSettings(db, message);
  const pageUrl = sender.url;
  const tabId = sender.tab?.id;
  switch (message.kind) {
    case 'page-protected':
      return handlePageProtected(db, message, pageUrl, sender.frameId === 0 ? tabId : undefined);
    case 'get-page-settings':
      return handleGetPageSettings(db, pageUrl, tabId, sender.frameId === 0);
    case 'reveal':
      return handleReveal(db, message, pageUrl);
    case 'reveal-ended':
      return handleRevealEnded(db, message, pageUrl);
    case 'panic-changed':
      return handlePanicChanged(db, message, pageUrl);
    case 'masking-failed':
      return handleMaskingFailed(db, message, pageUrl);
    case 'add-site-selector':
      return handleAddSiteSelector(db, message, pageUrl);
    case 'capture-started':
      return handleCaptureStarted(db, message, { tabId: tabId!, frameId: sender.frameId ?? 0, documentId: sender.documentId });
    case 'capture-ended':
      return handleCaptureEnded(db, message, { tabId: tabId!, frameId: sender.frameId ?? 0, documentId: sender.documentId });
    case 'enrol': {
      const enrolment = await enrolDevice(db, message.serverUrl, message.code);
      scheduleSyncSoon();
      await notifySettingsChanged(); // the tenant's digest key may replace the device's
      return { serverUrl: enrolment.serverUrl, userId: enrolment.userId };
    }
    case 'get-status':
      return extensionStatus(db, await currentStorageFailure());
    case 'sync-now':
      return runSync(db);
    case 'get-tab-state':
      return handleGetTabState(db, message);
    case 'set-site-protection':
      return handleSetSiteProtection(db, message);
    case 'get-settings':
      return handleGetSettings(db);
    case 'save-settings':
      return handleSaveSettings(db, message);
    case 'query-log':
      return handleQueryLog(db, message);
    case 'verify-log':
      return verifyLocalChain(db);
    case 'get-managed-state':
      return handleGetManagedState(db);
    case 'get-presenting':
      return handleGetPresenting(db);
    case 'set-presenting':
      return handleSetPresenting(db, message);
    case 'set-presenting-schedule':
      return handleSetPresentingSchedule(db, message);
  }
}
