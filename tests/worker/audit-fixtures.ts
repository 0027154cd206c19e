import { appendToChain, type AuditEvent, type EventDraft } from '../../shared/events';
import { api, type EnrolledDevice } from './fixtures';

const site = { origin: 'https://ehr.example.org', route: '/Patient/:id/chart' };

/** One draft of every event type, as the extension would record them. */
export const ONE_OF_EACH_TYPE: EventDraft[] = [
  { type: 'extension_installed', reason: 'install', version: '1.0.0' },
  { type: 'page_protected', site, counts: { NAME: 2, SSN: 1 }, detectorVersion: '1.0.0' },
  { type: 'value_revealed', site, reason: 'treatment', ticket: 'INC-1042', phiType: 'SSN', valueDigest: 'ab'.repeat(32) },
  { type: 'reveal_ended', revealSeq: 3, durationMs: 4200 },
  { type: 'page_revealed', site, reason: 'technical_support' },
  { type: 'panic_changed', site, active: true },
  { type: 'site_protection_changed', origin: site.origin, enabled: false },
  { type: 'policy_changed', source: 'managed', changed: ['maskStyle', 'revealTimeoutMs'], origin: site.origin },
  { type: 'masking_failed', site, failure: 'canvas', count: 1 },
  { type: 'extension_installed', reason: 'update', version: '1.1.0', previousVersion: '1.0.0' },
  // A tenant whose policy requires no reason: the reveal carries none.
  { type: 'value_revealed', site, phiType: 'DATE', valueDigest: 'ef'.repeat(32) },
];

/** A value reveal with the given PHI type and reason (and ticket when given). */
export function revealDraft(phiType: 'SSN' | 'NAME' | 'DATE' | 'MRN', reason: 'treatment' | 'legal' | 'payment', ticket?: string): EventDraft {
  return { type: 'value_revealed', site, reason, phiType, valueDigest: 'cd'.repeat(32), ...(ticket ? { ticket } : {}) };
}

/**
 * Chains `drafts` for a device as `userId`, `stepMs` apart from `start`, and sends them through the
 * real ingest route in batches. Returns the events sent.
 */
export async function sendChain(device: EnrolledDevice, drafts: EventDraft[], options: { userId?: string | null; start?: Date; stepMs?: number; after?: AuditEvent } = {}): Promise<AuditEvent[]> {
  const start = options.start?.getTime() ?? Date.now() - drafts.length * 1000;
  const events: AuditEvent[] = [];
  let head: AuditEvent | null = options.after ?? null;
  for (const [i, draft] of drafts.entries()) {
    head = appendToChain(draft, device.deviceId, head, new Date(start + i * (options.stepMs ?? 1000)), options.userId === undefined ? 'tech-1' : options.userId);
    events.push(head);
  }
  for (let i = 0; i < events.length; i += 100) {
    const res = await api('/v1/events', { method: 'POST', token: device.token, json: { events: events.slice(i, i + 100) } });
    if (res.status !== 200) throw new Error(`ingest failed: ${res.status} ${await res.text()}`);
  }
  return events;
}
