import { describe, expect, it } from 'vitest';
import { ticketReferenceSchema } from '../../shared/events';
import { assertTicketHasNoPhi } from './ticket-reference';

describe('ticket references', () => {
  it.each(['INC-12345', 'JIRA-4821', 'CHG0031245', 'SR#77812', 'REQ-2026-0042'])('accepts the ticket number %s', (ticket) => {
    expect(ticketReferenceSchema.safeParse(ticket).success).toBe(true);
    expect(() => assertTicketHasNoPhi(ticket)).not.toThrow();
  });

  it.each([
    ['an SSN', '512-44-8120', 'SSN'],
    ['a date of birth', '04/17/1958', 'DATE'],
    ['an email address', 'marisol.q@example.org', 'EMAIL'],
  ])('refuses %s, naming only its kind', (_name, ticket, type) => {
    expect(() => assertTicketHasNoPhi(ticket)).toThrow(new RegExp(`contains ${type} data`));
    try {
      assertTicketHasNoPhi(ticket);
    } catch (err) {
      expect((err as Error).message).not.toContain(ticket);
    }
  });

  it('cannot hold a full name: spaces are outside its charset', () => {
    expect(ticketReferenceSchema.safeParse('Marisol Quintanilla').success).toBe(false);
  });
});
