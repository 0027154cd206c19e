import { routeTemplate } from '../../shared/route-template';
import type { AuditDb } from '../audit/audit-db';
import type { PageSettings } from '../messages';
import { resolvePageSettings } from '../settings/resolve-page-settings';
import { readSettingsSources } from '../settings/settings-store';
import { rememberTabReport, tabReport } from './tab-reports';

/**
 * A content script asks what its page must obey. Every page asks when it starts, even where
 * protection is off, so this is also where the popup learns a tab's site.
 */
export async function handleGetPageSettings(db: AuditDb, pageUrl: string, tabId: number | undefined, isTopFrame: boolean): Promise<PageSettings> {
  // The tab's bookkeeping and the settings' reads run side by side: the page stays hidden until it has the answer.
  const [sources] = await Promise.all([readSettingsSources(db), tabId !== undefined && isTopFrame ? rememberTabSite(tabId, pageUrl) : undefined]);
  return resolvePageSettings(pageUrl, sources);
}

/** The tab now shows this site: on the same site its report (and masked counts) stays as it is, elsewhere it starts empty. */
async function rememberTabSite(tabId: number, pageUrl: string): Promise<void> {
  const site = routeTemplate(pageUrl);
  const previous = await tabReport(tabId);
  if (previous?.site.origin === site.origin && previous.site.route === site.route) return;
  await rememberTabReport(tabId, { site, counts: {} });
}
