import { describe, expect, it } from 'vitest';
import { appendToChain, auditEventSchema, GENESIS_HASH, verifyChain, type AuditEvent, type EventDraft } from './events';

const DEVICE = '6f1c2f0e-9a51-4a53-9e2b-3f0d8f0c1a11';
const draft = (n: number): EventDraft => ({
  type: 'page_protected',
  site: { origin: 'https://ehr.example.org', route: '/Patient/:id/chart' },
  counts: { NAME: n, DATE: 1 },
  detectorVersion: '1.0.0',
});

function chainOf(length: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 0; i < length; i++) {
    const head = events.at(-1) ?? null;
    events.push(appendToChain(draft(i), DEVICE, head, new Date(Date.UTC(2026, 0, 1, 0, 0, i))));
  }
  return events;
}

describe('hash chain', () => {
  it('starts at seq 1 from the genesis hash and links each event to the one before', () => {
    const [first, second] = chainOf(2);
    expect(first!.seq).toBe(1);
    expect(first!.prevHash).toBe(GENESIS_HASH);
    expect(second!.prevHash).toBe(first!.hash);
    expect(verifyChain([first!, second!], null)).toBeNull();
  });

  it('verifies a continuation from a known head', () => {
    const events = chainOf(4);
    expect(verifyChain(events.slice(2), events[1]!)).toBeNull();
  });

  it.each([
    ['an edited event', (e: AuditEvent[]) => { (e[1] as { counts: object }).counts = { NAME: 99 }; }, { kind: 'bad_hash', seq: 2 }],
    ['a deleted event', (e: AuditEvent[]) => { e.splice(1, 1); }, { kind: 'gap', seq: 3, expectedSeq: 2 }],
    ['a reordered pair', (e: AuditEvent[]) => { [e[1], e[2]] = [e[2]!, e[1]!]; }, { kind: 'gap', seq: 3, expectedSeq: 2 }],
    ['a re-hashed edit', (e: AuditEvent[]) => { e[1] = { ...e[1]!, prevHash: GENESIS_HASH }; }, { kind: 'broken_link', seq: 2 }],
  ])('detects %s', (_name, tamper, problem) => {
    const events = chainOf(4);
    tamper(events);
    expect(verifyChain(events, null)).toEqual(problem);
  });

  it('hashes independently of field order', () => {
    const [event] = chainOf(1);
    const reordered = Object.fromEntries(Object.entries(event!).reverse()) as AuditEvent;
    expect(verifyChain([reordered], null)).toBeNull();
  });
});

describe('auditEventSchema', () => {
  it('accepts a chained event', () => {
    const [event] = chainOf(1);
    expect(auditEventSchema.safeParse(event).success).toBe(true);
  });

  it.each([
    ['an unknown field', { patientName: 'x' }],
    ['a query string in the route', { site: { origin: 'https://a.example', route: '/p?mrn=1' } }],
    ['an unknown PHI type', { counts: { FAVOURITE_COLOUR: 1 } }],
    ['a negative count', { counts: { NAME: -1 } }],
    ['a non-uuid device', { deviceId: 'dev-1' }],
  ])('refuses %s', (_name, patch) => {
    const [event] = chainOf(1);
    expect(auditEventSchema.safeParse({ ...event, ...patch }).success).toBe(false);
  });
});
