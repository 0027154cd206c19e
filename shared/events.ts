import { z } from 'zod';
import { canonicalJson } from './canonical-json';
import { PHI_TYPES } from './phi-types';
import { REVEAL_REASON_CODES } from './reveal-reasons';
import { sha256Hex } from './sha256';

/**
 * Audit events: what the device records and the Worker stores. They never carry PHI: types,
 * counts, reason codes, keyed digests, durations, origin plus route template. Each device's events
 * form a hash chain (seq, prevHash, hash) so a gap, an edit or a reorder is detectable on the
 * device, at ingest and by auditors.
 */

export const GENESIS_HASH = '0'.repeat(64);
export const MAX_EVENTS_PER_BATCH = 100;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex characters');

export const originSchema = z.string().max(256).regex(/^https?:\/\/[^/?#\s]+$/, 'must be a scheme://host[:port] origin');

export const siteSchema = z.strictObject({
  origin: originSchema,
  route: z.string().max(512).regex(/^\/[^?#\s]*$/, 'must be a path without query or fragment'),
});

export const phiCountsSchema = z.partialRecord(z.enum(PHI_TYPES), z.number().int().min(0).max(1_000_000));

/**
 * A ticket or case reference a person may add to a reveal ("INC-12345"). It is free text typed by a
 * person, so it must never hold PHI: the charset excludes spaces (no "First Last"), and the
 * extension refuses a reference in which the PHI engine finds anything (see ticket-reference.ts).
 */
export const ticketReferenceSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9#._/:-]{0,39}$/, 'must be 1-40 letters, digits or # . _ / : - with no spaces');

const seqSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
/** 24 h: a reveal longer than that was ended by the browser closing, not by a person. */
const durationMsSchema = z.number().int().min(0).max(86_400_000);

const chainFields = {
  v: z.literal(1),
  deviceId: z.uuid(),
  /**
   * Who was enrolled on this device when the event happened (the user id the enrolment code was
   * issued to); null before enrolment. Absent only in events recorded before this field existed.
   */
  userId: z.string().min(1).max(128).nullable().optional(),
  seq: seqSchema,
  prevHash: hex64,
  /** Device time; the server adds its own receive time. */
  occurredAt: z.iso.datetime({ offset: false }),
};

/** The content script masked a page (or an SPA route): counts per PHI type. */
const pageProtectedSchema = z.strictObject({
  ...chainFields,
  type: z.literal('page_protected'),
  site: siteSchema,
  counts: phiCountsSchema,
  detectorVersion: z.string().min(1).max(32),
});

const revealFields = {
  site: siteSchema,
  /** Absent only where the tenant's policy does not require a reason. */
  reason: z.enum(REVEAL_REASON_CODES).optional(),
  ticket: ticketReferenceSchema.optional(),
  /** Revealed while the screen was being shared, after the presentation policy's second confirmation. */
  whilePresenting: z.literal(true).optional(),
};

/**
 * A person revealed one masked value. Recorded before the value is shown, so its duration is not
 * known yet: `reveal_ended` carries it. `valueDigest` is a keyed HMAC (shared/value-digest) so an
 * auditor can tell the same value was revealed again without seeing it.
 */
const valueRevealedSchema = z.strictObject({
  ...chainFields,
  type: z.literal('value_revealed'),
  ...revealFields,
  phiType: z.enum(PHI_TYPES),
  valueDigest: hex64,
});

/** A person revealed every masked value on the page at once. */
const pageRevealedSchema = z.strictObject({
  ...chainFields,
  type: z.literal('page_revealed'),
  ...revealFields,
});

/** A reveal (value or page) was masked again: by its timeout, by the person, or by navigation. */
const revealEndedSchema = z.strictObject({
  ...chainFields,
  type: z.literal('reveal_ended'),
  revealSeq: seqSchema,
  durationMs: durationMsSchema,
});

/** Panic: everything on the page masked at once (e.g. an unexpected screen share), or released. */
const panicChangedSchema = z.strictObject({
  ...chainFields,
  type: z.literal('panic_changed'),
  site: siteSchema,
  active: z.boolean(),
});

/** What turned presentation mode on or off: a detected screen capture, the person's switch, their schedule, or policy. */
export const PRESENTING_SOURCES = ['detected', 'manual', 'schedule', 'policy'] as const;
export type PresentingSource = (typeof PRESENTING_SOURCES)[number];

/** Presentation mode (stricter masking in every tab while the screen is shared) started or stopped. */
const presentingStartedSchema = z.strictObject({ ...chainFields, type: z.literal('presenting_started'), source: z.enum(PRESENTING_SOURCES) });
const presentingStoppedSchema = z.strictObject({ ...chainFields, type: z.literal('presenting_stopped'), source: z.enum(PRESENTING_SOURCES) });

/** A reveal asked for while presenting and refused by the presentation policy (off, or not confirmed a second time). */
const revealRefusedSchema = z.strictObject({
  ...chainFields,
  type: z.literal('reveal_refused'),
  site: siteSchema,
  scope: z.enum(['value', 'page']),
  phiType: z.enum(PHI_TYPES).optional(),
  cause: z.enum(['presenting']),
});

/** Protection turned off or on for one site (origin). */
const siteProtectionChangedSchema = z.strictObject({
  ...chainFields,
  type: z.literal('site_protection_changed'),
  origin: originSchema,
  enabled: z.boolean(),
});

/** Settings whose change is audited. Only their names are recorded: custom terms may be PHI-like. */
export const POLICY_SETTINGS = ['maskStyle', 'maskProviderNames', 'customSelectors', 'customTerms', 'reasonRequired', 'ticketRequired', 'revealTimeoutMs', 'sites', 'phiTypes'] as const;

/** A local setting or a managed policy changed; which settings, never their values. */
const policyChangedSchema = z.strictObject({
  ...chainFields,
  type: z.literal('policy_changed'),
  source: z.enum(['local', 'managed']),
  changed: z.array(z.enum(POLICY_SETTINGS)).min(1).max(POLICY_SETTINGS.length),
  /** The site the change applies to; absent for a change to every site. */
  origin: originSchema.optional(),
});

/** Where masking could not reach, so what was on screen may have been unmasked. */
export const MASKING_FAILURES = ['closed_frame', 'cross_origin_frame', 'closed_shadow_root', 'canvas', 'image', 'embedded_pdf', 'internal_error'] as const;

const maskingFailedSchema = z.strictObject({
  ...chainFields,
  type: z.literal('masking_failed'),
  site: siteSchema,
  failure: z.enum(MASKING_FAILURES),
  count: z.number().int().min(1).max(1_000_000),
});

/** The extension was installed or updated: the start of a device's chain, or a new version of the code. */
const extensionInstalledSchema = z.strictObject({
  ...chainFields,
  type: z.literal('extension_installed'),
  reason: z.enum(['install', 'update']),
  version: z.string().regex(/^\d+(?:\.\d+){0,3}$/),
  previousVersion: z.string().regex(/^\d+(?:\.\d+){0,3}$/).optional(),
});

const eventSchemas = [
  pageProtectedSchema,
  valueRevealedSchema,
  pageRevealedSchema,
  revealEndedSchema,
  panicChangedSchema,
  siteProtectionChangedSchema,
  policyChangedSchema,
  maskingFailedSchema,
  extensionInstalledSchema,
  presentingStartedSchema,
  presentingStoppedSchema,
  revealRefusedSchema,
] as const;

export const unsignedEventSchema = z.discriminatedUnion('type', eventSchemas);
export const auditEventSchema = z.discriminatedUnion('type', eventSchemas.map((schema) => schema.extend({ hash: hex64 })) as unknown as WithHash<typeof eventSchemas>);
type WithHash<T extends readonly z.ZodObject[]> = { -readonly [K in keyof T]: T[K] extends z.ZodObject<infer S> ? z.ZodObject<S & { hash: typeof hex64 }, z.core.$strict> : never };

export type UnsignedEvent = z.infer<typeof unsignedEventSchema>;
export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditEventType = AuditEvent['type'];
export type AuditEventOf<T extends AuditEventType> = Extract<AuditEvent, { type: T }>;
export const AUDIT_EVENT_TYPES = eventSchemas.map((schema) => schema.shape.type.value) as AuditEventType[];

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

export function appendToChain(draft: EventDraft, deviceId: string, head: ChainHead | null, occurredAt: Date, userId: string | null = null): AuditEvent {
  const unsigned = {
    ...draft,
    v: 1,
    deviceId,
    userId,
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
