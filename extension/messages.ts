import { z } from 'zod';
import { phiCountsSchema } from '../shared/events';
import { PHI_TYPES } from '../shared/phi-types';
import { REVEAL_REASON_CODES } from '../shared/reveal-reasons';

/**
 * Every message the background accepts, validated on arrival: content scripts run in pages we do
 * not control, so nothing they send is trusted for shape or size. Content scripts send counts,
 * types and keyed digests, never PHI text.
 */
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const messageSchema = z.discriminatedUnion('kind', [
  // Content script, after its first full scan of a page (or an SPA route).
  z.strictObject({ kind: z.literal('page-protected'), counts: phiCountsSchema }),
  // Content script: what this page must obey (see PageSettings).
  z.strictObject({ kind: z.literal('get-page-settings') }),
  // Content script: a person asks to reveal one value (scope 'value', with its type and digest) or
  // the whole page. The background records the event first and the content script reveals only on
  // an ok reply: a reveal that cannot be logged does not happen.
  z.strictObject({
    kind: z.literal('reveal'),
    scope: z.enum(['value', 'page']),
    phiType: z.enum(PHI_TYPES).optional(),
    valueDigest: hex64.optional(),
    reason: z.enum(REVEAL_REASON_CODES),
    ticket: z.string().trim().min(1).max(64).optional(),
  }),
  // Content script: a revealed value or page was masked again; `revealSeq` is the reveal's event.
  z.strictObject({ kind: z.literal('reveal-ended'), revealSeq: z.number().int().min(1), durationMs: z.number().int().min(0) }),
  // Options page.
  z.strictObject({ kind: z.literal('enrol'), serverUrl: z.url().max(2048), code: z.string().min(8).max(64) }),
  // Popup.
  z.strictObject({ kind: z.literal('get-status') }),
  z.strictObject({ kind: z.literal('sync-now') }),
]);

export type Message = z.infer<typeof messageSchema>;

/** What a content script obeys on its page; the background resolves it from local and central policy. */
export interface PageSettings {
  /** False when the user (if policy allows) or policy turned protection off for this site. */
  protectionEnabled: boolean;
  maskStyle: 'block' | 'blur' | 'placeholder';
  /** Provider names ("Dr. ...") are masked too. */
  maskProviderNames: boolean;
  /** CSS selectors whose whole content is always masked on this site. */
  customSelectors: string[];
  /** Terms always masked on this site (e.g. a clinic's own patient-list labels). */
  customTerms: string[];
  reasonRequired: boolean;
  ticketRequired: boolean;
  /** Milliseconds until a revealed value is masked again. */
  revealTimeoutMs: number;
  /** Hex HMAC key for shared/value-digest (the tenant's once enrolled, a device key before). */
  digestKey: string;
}

export interface ExtensionStatus {
  deviceId: string;
  enrolled: boolean;
  serverUrl: string | null;
  queuedEvents: number;
  lastSyncAt: string | null;
  lastError: string | null;
}

/** What the background answers: a result, or an error message fit to show a person. */
export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };
