import type { Message } from '../messages';
import { showPresentingIndicator } from '../presenting/presenting-indicator';
import { sendMessage } from '../send-message';
import type { ShieldStart } from './content-shield';
import { startElementPicker } from './element-picker';
import { PageShield } from './page-shield';
import { loadPageSettings, PROTECTIVE_DEFAULTS, type ResolvedSettings } from './page-settings';
import { coverPdfDocument, isPdfDocument } from './pdf-cover';
import { reportMaskingFailed } from './report-masking-failed';
import { RevealController } from './reveal-controller';
import { onRouteChange } from './route-change';

/** After an SPA route change, how long the page gets to render the new route before it is counted. */
const ROUTE_SETTLE_MS = 500;
/** The latest the masked page is logged after it is shown, however busy the page stays. */
const REPORT_WITHIN_MS = 2_000;

/**
 * The masking half of the content script: the detection engine, its name dictionary and the page
 * shield, started by content-shield.ts once the page is parsed. Masks the page, shows it once the
 * settings are in, and keeps it masked, with the shortcuts and reveals wired.
 */
export function startMasking({ doc, state, shadowRoots, settings, onMessage }: ShieldStart): void {
  const shield = new PageShield(doc, PROTECTIVE_DEFAULTS, shadowRoots);
  let resolved: ResolvedSettings = { settings: PROTECTIVE_DEFAULTS, fromBackground: false };
  const reveals = new RevealController(doc, shield, state, () => resolved);
  // Before the settings' answer sets `ready`, which would show the page: a PDF's body stays hidden throughout.
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

  // The first scan does not wait for the settings: it masks with the protective defaults while the
  // background answers (the answer came 10-30 ms after the page was parsed, measured on the corpus),
  // and the answer rescans only if it changes what is masked. The page stays hidden until it is in.
  // Should this scan throw, the answer's scan runs it again, and reports a second failure.
  try {
    shield.start();
  } catch {
    shield.stop();
  }
  void settings.then((first) => {
    try {
      applySettings(first);
      state.set('ready', true);
      state.set('loading', false);
      if (first.settings.protectionEnabled) whenIdle(doc, () => reportProtected(shield, doc));
    } catch (err) {
      reportMaskingFailed(err);
    }
  });

  onMessage((message) => {
    if (message.kind === 'settings-changed') void loadPageSettings().then(applySettings);
    else if (message.kind === 'start-picker') startElementPicker(doc, saveSiteSelector);
    else if (message.command === 'panic-mask') reveals.togglePanic();
    else void reveals.toggleRevealMode();
  });

  // SPA route changes: the DOM changes are masked as they happen; the new route is logged once it settled.
  onRouteChange(doc, () => {
    if (resolved.settings.protectionEnabled) setTimeout(() => reportProtected(shield, doc), ROUTE_SETTLE_MS);
  });
}

/**
 * Runs `report` when the page is idle (at most REPORT_WITHIN_MS later), or at once if the page is
 * left first: the background's work for a log entry (hash chain, IndexedDB) then does not compete
 * with the page's own loading for the machine.
 */
function whenIdle(doc: Document, report: () => void): void {
  const view = doc.defaultView!;
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    view.removeEventListener('pagehide', once);
    report();
  };
  view.requestIdleCallback(once, { timeout: REPORT_WITHIN_MS });
  view.addEventListener('pagehide', once);
}

/** The picker's rule goes to the background, which stores it for this page's site and tells every tab. */
async function saveSiteSelector(selector: string): Promise<void> {
  await sendMessage({ kind: 'add-site-selector', selector });
}

function reportProtected(shield: PageShield, doc: Document): void {
  const counts = shield.counts();
  // A frame inside a page (an ad, a blank helper frame) is logged only when it masked something:
  // the top page's entry already says protection was on, and auditors need no entry per empty frame.
  if (doc.defaultView !== doc.defaultView?.top && Object.values(counts).every((count) => !count)) return;
  const message: Message = { kind: 'page-protected', counts };
  // A failure to log must be visible, never silent; the page stays masked either way.
  sendMessage(message).catch(() => console.warn('[PHI Shield] could not record this page in the audit log'));
}
