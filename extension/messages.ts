import { z } from 'zod';
import { AUDIT_EVENT_TYPES, MASKING_FAILURES, originSchema, phiCountsSchema, type AuditEvent, type AuditEventType } from '../shared/events';
import { PHI_TYPES, type PhiType } from '../shared/phi-types';
import { cssSelectorSchema } from '../shared/policy';
import { REVEAL_REASON_CODES } from '../shared/reveal-reasons';
import { localSettingsSchema, type MaskStyle } from './settings/local-settings';

/**
 * Every message the background accepts, validated on arrival: content scripts run in pages we do
 * not control, so nothing they send is trusted for shape or size. Content scripts send counts,
 * types and keyed digests, never PHI text.
 */
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const revealRequestFields = {
  /** Required unless policy says otherwise (PageSettings.reasonRequired); the background enforces it. */
  reason: z.enum(REVEAL_REASON_CODES).optional(),
  // Checked by the background (audit/ticket-reference.ts), so a bad one gets a message that says why.
  ticket: z.string().max(200).optional(),
};

/** Sent by content scripts; accepted only from an http(s) page (the location comes from sender.url). */
const pageMessages = [
  // After the first full scan of a page (or an SPA route), and again when counts change.
  z.strictObject({ kind: z.literal('page-protected'), counts: phiCountsSchema }),
  // What this page must obey (see PageSettings).
  z.strictObject({ kind: z.literal('get-page-settings') }),
  // A person asks to reveal one value (scope 'value', with its type and digest) or the whole page.
  // The background records the event first and the content script reveals only on an ok reply
  // ({ seq }): a reveal that cannot be logged does not happen.
  z.strictObject({
    kind: z.literal('reveal'),
    scope: z.enum(['value', 'page']),
    phiType: z.enum(PHI_TYPES).optional(),
    valueDigest: hex64.optional(),
    ...revealRequestFields,
    // While presenting under a "confirm" presentation policy: the person confirmed a second time.
    confirmedWhilePresenting: z.literal(true).optional(),
  }),
  // A revealed value or page was masked again; `revealSeq` is the reveal's event.
  z.strictObject({ kind: z.literal('reveal-ended'), revealSeq: z.number().int().min(1), durationMs: z.number().int().min(0) }),
  // The person turned panic (everything on the page masked) on or off, e.g. with its shortcut.
  z.strictObject({ kind: z.literal('panic-changed'), active: z.boolean() }),
  // Something on the page masking could not reach (e.g. a closed shadow root), so it may be unmasked.
  z.strictObject({ kind: z.literal('masking-failed'), failure: z.enum(MASKING_FAILURES), count: z.number().int().min(1).max(1_000_000) }),
  // The element picker's rule for this page's site (origin from sender.url): its whole content always masked.
  z.strictObject({ kind: z.literal('add-site-selector'), selector: cssSelectorSchema }),
  // The page started or stopped capturing the screen, a window or a tab (presenting/capture-watch.ts); the id is the content script's own.
  z.strictObject({ kind: z.literal('capture-started'), captureId: z.uuid() }),
  z.strictObject({ kind: z.literal('capture-ended'), captureId: z.uuid() }),
] as const;

/** Sent by the extension's own pages (popup, options); refused from content scripts. */
const extensionPageMessages = [
  z.strictObject({ kind: z.literal('enrol'), serverUrl: z.url().max(2048), code: z.string().min(8).max(64) }),
  z.strictObject({ kind: z.literal('get-status') }),
  z.strictObject({ kind: z.literal('sync-now') }),
  // Popup: what the extension knows about a tab, and its switches.
  z.strictObject({ kind: z.literal('get-tab-state'), tabId: z.number().int().min(0) }),
  z.strictObject({ kind: z.literal('set-site-protection'), tabId: z.number().int().min(0), enabled: z.boolean() }),
  // Options page.
  z.strictObject({ kind: z.literal('get-settings') }),
  z.strictObject({ kind: z.literal('save-settings'), settings: localSettingsSchema }),
  // Options: check the stored log's hash chain (audit/verify-local-chain.ts).
  z.strictObject({ kind: z.literal('verify-log') }),
  // Popup and options: which settings the organisation manages (policy/policy-state.ts ManagedState).
  z.strictObject({ kind: z.literal('get-managed-state') }),
  // Popup: presentation mode (presenting/presenting-state.ts PresentingStatus) and its switch.
  z.strictObject({ kind: z.literal('get-presenting') }),
  z.strictObject({ kind: z.literal('set-presenting'), on: z.boolean() }),
  // Options: the person's weekly presenting windows, checked by the background (presenting/presenting-schedule.ts) so a bad one gets a message that says why.
  z.strictObject({ kind: z.literal('set-presenting-schedule'), schedule: z.array(z.unknown()).max(20) }),
  z.strictObject({
    kind: z.literal('query-log'),
    type: z.enum(AUDIT_EVENT_TYPES as [AuditEventType, ...AuditEventType[]]).optional(),
    origin: originSchema.optional(),
    since: z.iso.datetime().optional(),
    until: z.iso.datetime().optional(),
    /** Paging: events with a lower seq than this (newest first). */
    beforeSeq: z.number().int().min(1).optional(),
    limit: z.number().int().min(1).max(500),
  }),
] as const;

export const messageSchema = z.discriminatedUnion('kind', [...pageMessages, ...extensionPageMessages]);
export type Message = z.infer<typeof messageSchema>;
export type MessageOf<K extends Message['kind']> = Extract<Message, { kind: K }>;
export const PAGE_MESSAGE_KINDS: ReadonlySet<Message['kind']> = new Set(pageMessages.map((schema) => schema.shape.kind.value));

// Messages to content scripts (settings-changed, the panic and reveal-mode commands) are in
// masking/content-messages.ts.

/** What a content script obeys on its page; the background resolves it from local and central policy. */
export interface PageSettings {
  /** False when the user (if policy allows) or policy turned protection off for this site. */
  protectionEnabled: boolean;
  maskStyle: MaskStyle;
  /** Provider names ("Dr. ...") are masked too. */
  maskProviderNames: boolean;
  /** CSS selectors whose whole content is always masked on this site. */
  customSelectors: string[];
  /** Terms always masked on this site (e.g. a clinic's own patient-list labels). */
  customTerms: string[];
  /** The PHI types policy has masked; absent: every type. */
  phiTypes?: PhiType[];
  reasonRequired: boolean;
  ticketRequired: boolean;
  /** Milliseconds until a revealed value is masked again. */
  revealTimeoutMs: number;
  /** Hex HMAC key for shared/value-digest (the tenant's once enrolled, a device key before). */
  digestKey: string;
  /** Set while the screen is shared (presentation mode): the page shows its indicator and treats reveals as this says. */
  presenting?: { reveal: 'refuse' | 'confirm' };
}

export interface ExtensionStatus {
  deviceId: string;
  enrolled: boolean;
  serverUrl: string | null;
  userId: string | null;
  queuedEvents: number;
  storedEvents: number;
  storedBytes: number;
  lastSyncAt: string | null;
  lastError: string | null;
  /** The last failure to write the audit log, until a write succeeds again. */
  storageError: string | null;
}

/** What the popup shows about one tab. `site` is null until the tab's content script reports. */
export interface TabState {
  site: { origin: string; route: string } | null;
  counts: Partial<Record<(typeof PHI_TYPES)[number], number>>;
  protectionEnabled: boolean;
  /** Policy keeps protection on: the popup's switch is disabled. */
  protectionLocked: boolean;
}

export interface LogPage {
  events: AuditEvent[];
  /** Pass as beforeSeq for the next page; null at the oldest stored event. */
  nextBeforeSeq: number | null;
  /** The oldest event not yet acknowledged by the server: it and every later event are queued. */
  firstQueuedSeq: number | null;
}

/** What the background answers: a result, or an error message fit to show a person. */
export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };
