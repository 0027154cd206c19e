import { browser, type Browser } from 'wxt/browser';
import type { AuditDb } from '../audit/audit-db';
import { recordEvent } from '../audit/record-event';
import { auditWrite } from './audit-write';

/** Records an install (the start of this device's chain) or an update to a new version. */
export async function recordInstall(db: AuditDb, details: Browser.runtime.InstalledDetails): Promise<void> {
  if (details.reason !== 'install' && details.reason !== 'update') return;
  const { version } = browser.runtime.getManifest();
  if (details.reason === 'update' && details.previousVersion === version) return; // a reload in development
  await auditWrite(() =>
    recordEvent(db, {
      type: 'extension_installed',
      reason: details.reason as 'install' | 'update',
      version,
      ...(details.previousVersion ? { previousVersion: details.previousVersion } : {}),
    }),
  );
}
