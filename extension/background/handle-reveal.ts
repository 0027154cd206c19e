import type { EventDraft } from '../../shared/events';
import { routeTemplate } from '../../shared/route-template';
import type { AuditDb } from '../audit/audit-db';
import { recordEvent } from '../audit/record-event';
import { assertValidTicket } from '../audit/ticket-reference';
import type { MessageOf } from '../messages';
import { refusalWhilePresenting } from '../presenting/reveal-while-presenting';
import { Refusal } from '../refusal';
import { resolvePageSettings } from '../settings/resolve-page-settings';
import { readSettingsSources } from '../settings/settings-store';
import { auditWrite } from './audit-write';

/**
 * A person asks to reveal a value or the whole page. The background is the authority: it checks
 * policy (reason, ticket) and records the reveal before answering; the content script
 * reveals only on this ok reply, so a reveal that cannot be logged does not happen.
 */
export async function handleReveal(db: AuditDb, message: MessageOf<'reveal'>, pageUrl: string): Promise<{ seq: number }> {
  const settings = resolvePageSettings(pageUrl, await readSettingsSources(db));
  const refusal = refusalWhilePresenting(settings, message, routeTemplate(pageUrl));
  if (refusal) {
    await auditWrite(() => recordEvent(db, refusal.draft));
    throw new Refusal(refusal.explanation);
  }
  if (settings.reasonRequired && !message.reason) throw new Refusal('Choose a reason to reveal.');
  if (settings.ticketRequired && !message.ticket) throw new Refusal('Enter a ticket reference to reveal.');
  if (message.ticket) assertValidTicket(message.ticket);

  const site = routeTemplate(pageUrl);
  const why = { reason: message.reason, ticket: message.ticket, ...(settings.presenting ? { whilePresenting: true as const } : {}) };
  let draft: EventDraft;
  if (message.scope === 'page') {
    draft = { type: 'page_revealed', site, ...why };
  } else {
    if (!message.phiType || !message.valueDigest) throw new Refusal('A value reveal needs the value’s type and digest.');
    draft = { type: 'value_revealed', site, phiType: message.phiType, valueDigest: message.valueDigest, ...why };
  }
  const event = await auditWrite(() => recordEvent(db, draft));
  return { seq: event.seq };
}

/** A revealed value or page was masked again: record how long it was visible. */
export async function handleRevealEnded(db: AuditDb, message: MessageOf<'reveal-ended'>, pageUrl: string): Promise<{ seq: number }> {
  const reveal = await db.events.get(message.revealSeq);
  const isRevealFromThisSite =
    (reveal?.type === 'value_revealed' || reveal?.type === 'page_revealed') && reveal.site.origin === new URL(pageUrl).origin;
  if (!isRevealFromThisSite) throw new Refusal(`Event ${message.revealSeq} is not a reveal on this site.`);
  const event = await auditWrite(() =>
    recordEvent(db, { type: 'reveal_ended', revealSeq: message.revealSeq, durationMs: Math.min(message.durationMs, 86_400_000) }),
  );
  return { seq: event.seq };
}
