import { routeTemplate } from '../../shared/route-template';
import type { AuditDb } from '../audit/audit-db';
import { recordEvent } from '../audit/record-event';
import type { MessageOf } from '../messages';
import { auditWrite } from './audit-write';

/** A page's panic mask went on or off. Masking more needs no permission, so this only records it. */
export async function handlePanicChanged(db: AuditDb, { active }: MessageOf<'panic-changed'>, pageUrl: string): Promise<{ seq: number }> {
  const event = await auditWrite(() => recordEvent(db, { type: 'panic_changed', site: routeTemplate(pageUrl), active }));
  return { seq: event.seq };
}
