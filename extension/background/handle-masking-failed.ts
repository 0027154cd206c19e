import { routeTemplate } from '../../shared/route-template';
import type { AuditDb } from '../audit/audit-db';
import { recordEvent } from '../audit/record-event';
import type { MessageOf } from '../messages';
import { auditWrite } from './audit-write';

/** Masking could not reach part of a page (a closed frame, say): an auditor must know. */
export async function handleMaskingFailed(db: AuditDb, message: MessageOf<'masking-failed'>, pageUrl: string): Promise<{ seq: number }> {
  const event = await auditWrite(() =>
    recordEvent(db, { type: 'masking_failed', site: routeTemplate(pageUrl), failure: message.failure, count: message.count }),
  );
  return { seq: event.seq };
}
