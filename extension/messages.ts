import { z } from 'zod';
import { phiCountsSchema } from '../shared/events';

/**
 * Every message the background accepts, validated on arrival: content scripts run in pages we do
 * not control, so nothing they send is trusted for shape or size.
 */
export const messageSchema = z.discriminatedUnion('kind', [
  // From a content script after its first full scan of a page (or SPA route): counts only, no text.
  z.strictObject({ kind: z.literal('page-protected'), counts: phiCountsSchema }),
  // From the options page.
  z.strictObject({ kind: z.literal('enrol'), serverUrl: z.url().max(2048), code: z.string().min(8).max(64) }),
  // From the popup.
  z.strictObject({ kind: z.literal('get-status') }),
  z.strictObject({ kind: z.literal('sync-now') }),
]);

export type Message = z.infer<typeof messageSchema>;

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
