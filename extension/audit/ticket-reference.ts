import { detect } from '../../shared/detect';
import { Refusal } from '../refusal';

/**
 * Refuses a ticket reference in which the PHI engine finds anything. A reference is typed by a
 * person and must not hold PHI (its charset, in shared/events, already rules out spaces). The one
 * exception is a low-confidence generic identifier: a ticket number ("CHG0031245") looks like one.
 */
export function assertTicketHasNoPhi(ticket: string): void {
  const found = detect(ticket).filter((span) => span.type !== 'ID' || span.confidence >= 0.7);
  if (found.length > 0) {
    // The message names the kind of data only, never the text.
    throw new Refusal(`The ticket reference looks like it contains ${found[0]!.type} data; enter only the ticket number.`);
  }
}
