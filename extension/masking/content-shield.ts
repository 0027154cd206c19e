import { browser } from 'wxt/browser';
import { parseContentMessage, type ContentMessage } from './content-messages';
import { loadPageSettings, type ResolvedSettings } from './page-settings';
import { isPdfDocument } from './pdf-cover';
import { reportMaskingFailed } from './report-masking-failed';
import { ShadowRoots } from './shadow-roots';
import { ShieldState } from './shield-state';

/** How long the first scan waits for the page to finish parsing before masking what has arrived. */
const PARSE_WAIT_MS = 1_500;

/** What the masking module is handed: everything started at document_start. */
export interface ShieldStart {
  doc: Document;
  state: ShieldState;
  /** Listening since document_start, so no shadow root attached while the page was parsed is missed. */
  shadowRoots: ShadowRoots;
  /** The page's settings, asked for at document_start. */
  settings: Promise<ResolvedSettings>;
  /** Background messages, in order, those that came before the module started first. */
  onMessage(handler: (message: ContentMessage) => void): void;
}

/**
 * The content script's start in one frame, at document_start, kept small because the page's
 * parser waits for it: the page is held hidden (manifest CSS, state `loading`), shadow roots and
 * background messages are listened for and the settings asked for. The masking module (detection
 * engine, name dictionary, page shield) is in the same bundle, but the bundler initialises a
 * dynamically imported module only when it is imported: that happens once the page is parsed (or
 * has streamed for PARSE_WAIT_MS) and has something to mask, so its start-up work never delays
 * the parser, and an empty frame does not pay for it (measured:
 * content.js's evaluation at document_start went from about 3.2 ms to 1.4 ms per frame).
 * If the module cannot start, the page stays hidden and the failure is logged.
 */
export function startContentShield(doc: Document): void {
  const state = new ShieldState(doc);
  state.set('loading', true);
  const shadowRoots = new ShadowRoots();
  shadowRoots.listen(doc);
  const start: ShieldStart = { doc, state, shadowRoots, settings: loadPageSettings(), onMessage: keepContentMessages() };
  void pageParsed(doc)
    .then(() => untilContent(doc))
    .then(() => import('./masking-module'))
    .then((masking) => masking.startMasking(start))
    .catch(reportMaskingFailed);
}

/** Resolves once the page is parsed, or has streamed for PARSE_WAIT_MS (later content is masked as it arrives). */
function pageParsed(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    if (doc.readyState !== 'loading') return resolve();
    doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
    setTimeout(resolve, PARSE_WAIT_MS);
  });
}

/**
 * Resolves at once if the page has anything to mask, else with the first node added to it: an
 * empty frame (an about:blank frame kept for later, an empty ad slot) does not initialise the
 * masking module until then. The observer's callback runs before the next paint, and so does the
 * first scan, started from it in the same microtask checkpoint. A PDF in the browser's viewer
 * always has something to hide, whatever its body holds (in Chromium 156, one whitespace text
 * node: the viewer sits in a shadow root, where this observer would not see it arrive), so the
 * masking module starts at once and covers it.
 */
function untilContent(doc: Document): Promise<void> {
  if (!doc.body || doc.body.hasChildNodes() || doc.title !== '' || isPdfDocument(doc)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
  });
}

/** Listens from document_start; messages that arrive before a handler is given are kept for it. */
function keepContentMessages(): ShieldStart['onMessage'] {
  const early: ContentMessage[] = [];
  let handler: ((message: ContentMessage) => void) | null = null;
  browser.runtime.onMessage.addListener((raw) => {
    const message = parseContentMessage(raw);
    if (!message) return;
    if (handler) handler(message);
    else early.push(message);
  });
  return (next) => {
    handler = next;
    for (const message of early.splice(0)) next(message);
  };
}
