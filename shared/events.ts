import { z } from 'zod';
import { canonicalJson } from './canonical-json';
import { PHI_TYPES } from './phi-types';
import { sha256Hex } from './sha256';

/**
 * Audit events: what the device records and the Worker stores. They never carry PHI: categories,
 * counts, origin plus route template. Each device's events form a hash chain (seq, prevHash, hash)
 * so a gap, an edit or a reorder is detectable on the device, at ingest and by auditors.
 */

export const GENESIS_HASH = '0'.repeat(64);
export const MAX_EVENTS_PER_BATCH = 100;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex characters');

export const siteSchema = z.strictObject({
  origin: z.string().max(256).regex(/^https?:\/\/[^/?#\s]+$/, 'must be a scheme://host[:port] origin'),
  route: z.string().max(512).regex(/^\/[^?#\s]*$/, 'must be a path without query or fragment'),
});

export const phiCountsSchema = z.partialRecord(z.enum(PHI_TYPES), z.number().int().min(0).max(1_000_000));

const chainFields = {
  v: z.literal(1),
  deviceId: z.uuid(),
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  prevHash: hex64,
  occurredAt: z.iso.datetime({ offset: false }),
};

const pageProtectedSchema = z.strictObject({
  ...chainFields,
  type: z.literal('page_protected'),
  site: siteSchema,
  counts: phiCountsSchema,
  detectorVersion: z.string().min(1).max(32),
});

export const unsignedEventSchema = z.discriminatedUnion('type', [pageProtectedSchema]);
export const auditEventSchema = z.discriminatedUnion('type', [pageProtectedSchema.extend({ hash: hex64 })]);

export type UnsignedEvent = z.infer<typeof unsignedEventSchema>;
export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditEventType = AuditEvent['type'];

/** What a producer supplies; the chain fields are filled in by `appendToChain`. */
export type EventDraft = DistributiveOmit<UnsignedEvent, keyof typeof chainFields>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The hash covers every field but itself, prevHash included: that is what links the chain. */
export function eventHash(event: UnsignedEvent): string {
  return sha256Hex(canonicalJson(event));
}

export interface ChainHead {
  seq: number;
  hash: string;
}

export function appendToChain(draft: EventDraft, deviceId: string, head: ChainHead | null, occurredAt: Date): AuditEvent {
  const unsigned = {
    ...draft,
    v: 1,
    deviceId,
    seq: (head?.seq ?? 0) + 1,
    prevHash: head?.hash ?? GENESIS_HASH,
    occurredAt: occurredAt.toISOString(),
  } as UnsignedEvent;
  return { ...unsigned, hash: eventHash(unsigned) } as AuditEvent;
}

export type ChainProblem =
  | { kind: 'gap'; seq: number; expectedSeq: number }
  | { kind: 'broken_link'; seq: number }
  | { kind: 'bad_hash'; seq: number };

/**
 * Checks that `events` (in order) continue the chain from `head` (null: from the start). Returns the
 * first problem, or null when the chain is whole.
 */
export function verifyChain(events: readonly AuditEvent[], head: ChainHead | null): ChainProblem | null {
  let expected = { seq: (head?.seq ?? 0) + 1, prevHash: head?.hash ?? GENESIS_HASH };
  for (const event of events) {
    if (event.seq !== expected.seq) return { kind: 'gap', seq: event.seq, expectedSeq: expected.seq };
    if (event.prevHash !== expected.prevHash) return { kind: 'broken_link', seq: event.seq };
    const { hash, ...unsigned } = event;
    if (eventHash(unsigned as UnsignedEvent) !== hash) return { kind: 'bad_hash', seq: event.seq };
    expected = { seq: event.seq + 1, prevHash: hash };
  }
  return null;
}
