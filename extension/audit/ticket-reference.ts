import { detect } from '../../shared/detect';
import { ticketReferenceSchema } from '../../shared/events';
import { Refusal } from '../refusal';

/**
 * Refuses a ticket reference outside its charset (shared/events: no spaces, so no "First Last") or
 * in which the PHI engine finds anything: it is typed by a person and must not hold PHI. The one
 * exception is a low-confidence generic identifier: a ticket number ("CHG0031245") looks like one.
 */
export function assertValidTicket(ticket: string): void {
  if (!ticketReferenceSchema.safeParse(ticket).success) {
    throw new Refusal('A ticket reference is 1 to 40 letters, digits or # . _ / : - with no spaces.');
  }
  const found = detect(ticket).filter((span) => span.type !== 'ID' || span.confidence >= 0.7);
  if (found.length > 0) {
    // The message names the kind of data only, never the text.
    throw new Refusal(`The ticket reference looks like it contains ${found[0]!.type} data; enter only the ticket number.`);
  }
}
