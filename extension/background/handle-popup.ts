import type { AuditDb } from '../audit/audit-db';
import type { MessageOf, TabState } from '../messages';
import { Refusal } from '../refusal';
import { resolvePageSettings } from '../settings/resolve-page-settings';
import { readSettingsSources, setSiteProtection } from '../settings/settings-store';
import { auditWrite } from './audit-write';
import { notifySettingsChanged } from './notify-tabs';
import { tabReport } from './tab-reports';

/** The popup's view of a tab: its site as its content script reported it, counts, switches. */
export async function handleGetTabState(db: AuditDb, { tabId }: MessageOf<'get-tab-state'>): Promise<TabState> {
  const [report, sources] = await Promise.all([tabReport(tabId), readSettingsSources(db)]);
  const protectionLocked = sources.managed?.protectionLocked ?? false;
  if (!report) return { site: null, counts: {}, protectionEnabled: false, protectionLocked };
  const { protectionEnabled } = resolvePageSettings(report.site.origin, sources);
  return { site: report.site, counts: report.counts, protectionEnabled, protectionLocked };
}

/** The popup's "Protect this site" switch: stored, recorded, and pushed to the site's tabs. */
export async function handleSetSiteProtection(db: AuditDb, { tabId, enabled }: MessageOf<'set-site-protection'>): Promise<TabState> {
  const report = await tabReport(tabId);
  if (!report) throw new Refusal('This tab has no page the extension protects.');
  await auditWrite(() => setSiteProtection(db, report.site.origin, enabled));
  await notifySettingsChanged();
  return handleGetTabState(db, { kind: 'get-tab-state', tabId });
}
