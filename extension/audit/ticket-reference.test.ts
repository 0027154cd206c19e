import { describe, expect, it } from 'vitest';
import { ticketReferenceSchema } from '../../shared/events';
import { assertValidTicket } from './ticket-reference';

describe('ticket references', () => {
  it.each(['INC-12345', 'JIRA-4821', 'CHG0031245', 'SR#77812', 'REQ-2026-0042'])('accepts the ticket number %s', (ticket) => {
    expect(ticketReferenceSchema.safeParse(ticket).success).toBe(true);
    expect(() => assertValidTicket(ticket)).not.toThrow();
  });

  it.each([
    ['an SSN', '512-44-8120', 'SSN'],
    ['a date of birth', '04/17/1958', 'DATE'],
    ['a phone number', '508-555-0143', 'PHONE'],
    ['a labelled record number', 'MRN:4471902', 'MRN'],
  ])('refuses %s, naming only its kind', (_name, ticket, type) => {
    expect(() => assertValidTicket(ticket)).toThrow(new RegExp(`contains ${type} data`));
    try {
      assertValidTicket(ticket);
    } catch (err) {
      expect((err as Error).message).not.toContain(ticket);
    }
  });

  it.each(['Marisol Quintanilla', 'A'.repeat(41), '<script>'])('refuses %s by its charset, saying what a reference may hold', (ticket) => {
    expect(ticketReferenceSchema.safeParse(ticket).success).toBe(false);
    expect(() => assertValidTicket(ticket)).toThrow('A ticket reference is 1 to 40 letters, digits or # . _ / : - with no spaces.');
  });
});
