import { browser } from 'wxt/browser';
import type { PresentingSource } from '../../shared/events';
import type { PresentationPolicy } from '../../shared/policy';

/** Where a detected capture runs: the frame whose content script reported it. */
export interface CaptureRecord {
  tabId: number;
  frameId: number;
  /** The reporting document (Chrome 106+), so a navigated frame's captures can be told apart. */
  documentId?: string;
}

/**
 * Presentation mode's inputs, in session storage: the service worker may stop at any time and
 * must wake up knowing which captures still run; the browser closing ends every capture anyway.
 */
export interface PresentingState {
  /** Captures reported started and not yet ended, by the content script's capture id. */
  captures: Record<string, CaptureRecord>;
  /** The person's switch. */
  manual: boolean;
  /** Captures the person chose not to treat as presenting (switched off while they ran, where policy allows). */
  dismissed: string[];
  /** Whether presentation mode was on when last announced (badge, tabs, event). */
  active: boolean;
  /** What kept it on when last evaluated: what ended it, when a re-evaluation finds it off. */
  reason: PresentingSource | null;
}

/** At most this many captures are tracked; more would only come from a page trying to fill storage. */
export const MAX_CAPTURES = 64;

const KEY = 'presenting';
const EMPTY: PresentingState = { captures: {}, manual: false, dismissed: [], active: false, reason: null };

// The background is the only writer, so while its service worker runs this copy is the state:
// session storage is read once per start, not on every page's question. Not to be changed in place
// (updatePresenting changes a copy).
let known: PresentingState | undefined;

export async function readPresentingState(): Promise<PresentingState> {
  if (known) return known;
  const stored = ((await browser.storage.session.get(KEY))[KEY] as PresentingState | undefined) ?? EMPTY;
  known ??= stored; // a write that finished meanwhile is newer
  return known;
}

export async function writePresentingState(state: PresentingState): Promise<void> {
  await browser.storage.session.set({ [KEY]: state });
  known = state;
}

/** Why presentation mode is on (policy first, as it cannot be switched off), or null when it is off. */
export function presentingReason(state: PresentingState, policy: Pick<PresentationPolicy, 'alwaysOn'>, scheduled: boolean): PresentingSource | null {
  if (policy.alwaysOn) return 'policy';
  if (liveCaptures(state).length > 0) return 'detected';
  if (state.manual) return 'manual';
  if (scheduled) return 'schedule';
  return null;
}

/** Capture ids that make presentation mode on: reported and not dismissed by the person. */
export function liveCaptures(state: PresentingState): string[] {
  return Object.keys(state.captures).filter((id) => !state.dismissed.includes(id));
}
