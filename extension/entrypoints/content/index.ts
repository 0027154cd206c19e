import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentShield } from '../../masking/content-shield';
import { watchDisplayCaptures } from '../../presenting/capture-watch';
import './style.css';

// Every frame of every http(s) page, about:blank and srcdoc frames included (they inherit the
// parent's origin), from document_start so nothing is painted before it is masked.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  // WXT's "script started" notice as a document event only: no window.postMessage into every
  // frame, where the page's own message listeners would see it (and learn the extension is there).
  noScriptStartedPostMessage: true,
  main() {
    startContentShield(document);
    watchDisplayCaptures(document);
  },
});
