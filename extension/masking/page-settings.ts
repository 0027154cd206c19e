import type { PageSettings } from '../messages';
import { sendMessage } from '../send-message';

/** What the content script obeys, and whether the background vouched for it. */
export interface ResolvedSettings {
  settings: PageSettings;
  /** False when the background could not answer: reveals are then impossible (they could not be logged). */
  fromBackground: boolean;
  /** Why the background could not answer, to tell a person who asks for a reveal. */
  error?: string;
}

/** The most protective settings: used until, or instead of, the background's answer. */
export const PROTECTIVE_DEFAULTS: PageSettings = {
  protectionEnabled: true,
  maskStyle: 'block',
  maskProviderNames: false,
  customSelectors: [],
  customTerms: [],
  reasonRequired: true,
  ticketRequired: false,
  revealTimeoutMs: 30_000,
  digestKey: '',
};

/** How long the first scan waits for the background before masking with the defaults. */
const SETTINGS_WAIT_MS = 1_000;

export async function loadPageSettings(): Promise<ResolvedSettings> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('The extension did not answer in time.')), SETTINGS_WAIT_MS));
  try {
    const settings = await Promise.race([sendMessage<PageSettings>({ kind: 'get-page-settings' }), timeout]);
    return { settings, fromBackground: true };
  } catch (err) {
    return { settings: PROTECTIVE_DEFAULTS, fromBackground: false, error: err instanceof Error ? err.message : String(err) };
  }
}
