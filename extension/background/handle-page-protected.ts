import { DETECTOR_VERSION } from '../../shared/detect';
import { routeTemplate } from '../../shared/route-template';
import type { AuditDb } from '../audit/audit-db';
import { recordEvent } from '../audit/record-event';
import type { MessageOf } from '../messages';
import { auditWrite } from './audit-write';
import { rememberTabReport } from './tab-reports';

/** A content script masked its page: record the counts, and remember them for the popup. */
export async function handlePageProtected(db: AuditDb, message: MessageOf<'page-protected'>, pageUrl: string, tabId: number | undefined) {
  // The location comes from the browser (sender.url), reduced to origin + route template.
  const site = routeTemplate(pageUrl);
  const event = await auditWrite(() => recordEvent(db, { type: 'page_protected', site, counts: message.counts, detectorVersion: DETECTOR_VERSION }));
  if (tabId !== undefined) await rememberTabReport(tabId, { site, counts: message.counts });
  return { seq: event.seq };
}
