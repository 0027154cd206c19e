import { describe, expect, it } from 'vitest';
import { appendToChain, AUDIT_EVENT_TYPES, auditEventSchema, GENESIS_HASH, verifyChain, type AuditEvent, type AuditEventType, type EventDraft } from './events';

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

const DIGEST = 'ab'.repeat(32);
const site = { origin: 'https://ehr.example.org', route: '/Patient/:id' };
/** One valid draft of every event type. */
const DRAFTS: { [T in AuditEventType]: Extract<EventDraft, { type: T }> } = {
  page_protected: draft(1) as Extract<EventDraft, { type: 'page_protected' }>,
  value_revealed: { type: 'value_revealed', site, phiType: 'SSN', reason: 'treatment', ticket: 'INC-12345', valueDigest: DIGEST },
  page_revealed: { type: 'page_revealed', site, reason: 'technical_support' },
  reveal_ended: { type: 'reveal_ended', revealSeq: 1, durationMs: 30_000 },
  panic_changed: { type: 'panic_changed', site, active: true },
  site_protection_changed: { type: 'site_protection_changed', origin: site.origin, enabled: false },
  policy_changed: { type: 'policy_changed', source: 'local', changed: ['maskStyle', 'customTerms'], origin: site.origin },
  masking_failed: { type: 'masking_failed', site, failure: 'closed_shadow_root', count: 2 },
  extension_installed: { type: 'extension_installed', reason: 'update', version: '0.2.0', previousVersion: '0.1.0' },
  presenting_started: { type: 'presenting_started', source: 'detected' },
  presenting_stopped: { type: 'presenting_stopped', source: 'manual' },
  reveal_refused: { type: 'reveal_refused', site, scope: 'value', phiType: 'NAME', cause: 'presenting' },
};

describe('auditEventSchema', () => {
  it('accepts a chained event', () => {
    const [event] = chainOf(1);
    expect(auditEventSchema.safeParse(event).success).toBe(true);
  });

  it('has a sample for every event type, each valid once chained, with the enrolled user id', () => {
    expect(Object.keys(DRAFTS).sort()).toEqual([...AUDIT_EVENT_TYPES].sort());
    for (const sample of Object.values(DRAFTS)) {
      const event = appendToChain(sample, DEVICE, null, new Date(), 'tech-7');
      expect(auditEventSchema.safeParse(event).error?.issues ?? []).toEqual([]);
      expect(event.userId).toBe('tech-7');
    }
  });

  it('records a null user before enrolment, and the hash covers the user id', () => {
    const before = appendToChain(DRAFTS.panic_changed, DEVICE, null, new Date(0));
    expect(before.userId).toBeNull();
    expect(auditEventSchema.safeParse(before).success).toBe(true);
    expect(verifyChain([{ ...before, userId: 'someone-else' }], null)).toEqual({ kind: 'bad_hash', seq: 1 });
  });

  it.each([
    ['a ticket with a space (room for a name)', { ...DRAFTS.value_revealed, ticket: 'Marisol Quintanilla' }],
    ['an over-long ticket', { ...DRAFTS.value_revealed, ticket: 'A'.repeat(41) }],
    ['a reason outside the fixed list', { ...DRAFTS.page_revealed, reason: 'curiosity' }],
    ['a raw value instead of a digest', { ...DRAFTS.value_revealed, valueDigest: '512-44-8120' }],
    ['a value next to the digest', { ...DRAFTS.value_revealed, value: '512-44-8120' }],
    ['a negative duration', { ...DRAFTS.reveal_ended, durationMs: -1 }],
    ['a setting value in a policy change', { ...DRAFTS.policy_changed, customTerms: ['Quintanilla'] }],
    ['an unknown setting name', { ...DRAFTS.policy_changed, changed: ['patientName'] }],
    ['an origin with a path', { ...DRAFTS.site_protection_changed, origin: 'https://ehr.example.org/Patient/1' }],
    ['an unknown masking failure', { ...DRAFTS.masking_failed, failure: 'Marisol' }],
    ['a non-numeric version', { ...DRAFTS.extension_installed, version: 'latest' }],
  ])('refuses %s', (_name, bad) => {
    expect(auditEventSchema.safeParse(appendToChain(bad as EventDraft, DEVICE, null, new Date())).success).toBe(false);
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
