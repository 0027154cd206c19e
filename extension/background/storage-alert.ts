import { browser } from 'wxt/browser';
import { showPresentingBadge } from '../presenting/presenting-badge';
import { readPresentingState } from '../presenting/presenting-state';

/**
 * A failure to write the audit log is never silent: the action's badge turns red with "!", its
 * tooltip and the popup say why, until a later write succeeds. Kept in session storage so a
 * restarted service worker still knows.
 */
const KEY = 'storageError';
let known: string | null | undefined;

export async function currentStorageFailure(): Promise<string | null> {
  known ??= ((await browser.storage.session.get(KEY))[KEY] as string | undefined) ?? null;
  return known;
}

/** Shows the failure and returns a message fit for a person (names the error kind, never data). */
export async function showStorageFailure(err: unknown): Promise<string> {
  const message = `The audit log could not be saved (${describeStorageError(err)}), so this was not done.`;
  known = message;
  await Promise.all([
    browser.storage.session.set({ [KEY]: message }),
    browser.action.setBadgeText({ text: '!' }),
    browser.action.setBadgeBackgroundColor({ color: '#b91c1c' }),
    browser.action.setTitle({ title: `PHI Screen Shield: ${message}` }),
  ]).catch(() => undefined); // showing must not hide the original failure
  return message;
}

/** Clears the failure; the badge goes back to what it showed before (presentation mode or nothing). */
export async function clearStorageFailure(): Promise<void> {
  if ((await currentStorageFailure()) === null) return;
  known = null;
  await browser.storage.session.remove(KEY);
  await showPresentingBadge((await readPresentingState()).active);
}

function describeStorageError(err: unknown): string {
  const names = [err, (err as { inner?: unknown } | null)?.inner].map((e) => (e instanceof Error || (e && typeof e === 'object' && 'name' in e) ? String((e as Error).name) : ''));
  if (names.includes('QuotaExceededError')) return 'the browser’s storage for the extension is full';
  return names.find((name) => name && name !== 'Error') ?? 'storage error';
}
