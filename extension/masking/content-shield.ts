import { browser } from 'wxt/browser';
import type { Message } from '../messages';
import { sendMessage } from '../send-message';
import { showPresentingIndicator } from '../presenting/presenting-indicator';
import { parseContentMessage } from './content-messages';
import { startElementPicker } from './element-picker';
import { PageShield } from './page-shield';
import { loadPageSettings, PROTECTIVE_DEFAULTS, type ResolvedSettings } from './page-settings';
import { coverPdfDocument, isPdfDocument } from './pdf-cover';
import { RevealController } from './reveal-controller';
import { onRouteChange } from './route-change';
import { ShieldState } from './shield-state';

/** How long the first scan waits for the page to finish parsing before masking what has arrived. */
const PARSE_WAIT_MS = 1_500;
/** After an SPA route change, how long the page gets to render the new route before it is counted. */
const ROUTE_SETTLE_MS = 500;

/**
 * The content script's life in one frame: hidden from document_start (manifest CSS), masked by
 * the first scan once the page is parsed (or after PARSE_WAIT_MS for pages that stream for long:
 * later content is masked as it arrives), then kept masked, with the shortcuts and reveals wired.
 */
export function startContentShield(doc: Document): void {
  const state = new ShieldState(doc);
  state.set('loading', true);
  // Built now, before the page's scripts run, so no shadow root attached during parsing is missed.
  const shield = new PageShield(doc, PROTECTIVE_DEFAULTS);
  let resolved: ResolvedSettings = { settings: PROTECTIVE_DEFAULTS, fromBackground: false };
  const reveals = new RevealController(doc, shield, state, () => resolved);
  if (isPdfDocument(doc)) coverPdfDocument(doc, state, () => void reveals.toggleRevealMode());

  const applySettings = (next: ResolvedSettings) => {
    resolved = next;
    reveals.end();
    if (next.settings.protectionEnabled) {
      shield.applySettings(next.settings);
      shield.start();
    } else shield.stop();
    state.set('off', !next.settings.protectionEnabled);
    showPresentingIndicator(doc, next.settings.presenting !== undefined);
  };

  void Promise.all([loadPageSettings(), pageParsed(doc)]).then(([settings]) => {
    try {
      applySettings(settings);
      if (settings.settings.protectionEnabled) reportProtected(shield);
      state.set('ready', true);
      state.set('loading', false);
    } catch (err) {
      // Fail closed: the page stays hidden rather than shown unmasked.
      // The error's name only: its message could quote page text.
      console.error('[PHI Shield] the first scan failed; the page stays hidden', err instanceof Error ? err.name : '');
      const message: Message = { kind: 'masking-failed', failure: 'internal_error', count: 1 };
      browser.runtime.sendMessage(message).catch(() => undefined);
    }
  });

  browser.runtime.onMessage.addListener((raw) => {
    const message = parseContentMessage(raw);
    if (!message) return;
    if (message.kind === 'settings-changed') void loadPageSettings().then(applySettings);
    else if (message.kind === 'start-picker') startElementPicker(doc, saveSiteSelector);
    else if (message.command === 'panic-mask') reveals.togglePanic();
    else void reveals.toggleRevealMode();
  });

  // SPA route changes: the DOM changes are masked as they happen; the new route is logged once it settled.
  onRouteChange(doc, () => {
    if (resolved.settings.protectionEnabled) setTimeout(() => reportProtected(shield), ROUTE_SETTLE_MS);
  });
}

function pageParsed(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    if (doc.readyState !== 'loading') return resolve();
    doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
    setTimeout(resolve, PARSE_WAIT_MS);
  });
}

/** The picker's rule goes to the background, which stores it for this page's site and tells every tab. */
async function saveSiteSelector(selector: string): Promise<void> {
  await sendMessage({ kind: 'add-site-selector', selector });
}

function reportProtected(shield: PageShield): void {
  const message: Message = { kind: 'page-protected', counts: shield.counts() };
  // A failure to log must be visible, never silent; the page stays masked either way.
  browser.runtime.sendMessage(message).catch(() => console.warn('[PHI Shield] could not record this page in the audit log'));
}
