import type { Message } from '../messages';
import { sendMessage } from '../send-message';

/** Masking could not start or the first scan failed: the page stays hidden (fail closed), and the failure is logged. */
export function reportMaskingFailed(err: unknown): void {
  // The error's name only: its message could quote page text.
  console.error('[PHI Shield] masking failed; the page stays hidden', err instanceof Error ? err.name : '');
  const message: Message = { kind: 'masking-failed', failure: 'internal_error', count: 1 };
  sendMessage(message).catch(() => console.warn('[PHI Shield] could not record the failure in the audit log'));
}
