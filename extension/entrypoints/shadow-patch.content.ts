import { defineContentScript } from 'wxt/utils/define-content-script';
import { SHADOW_ATTACHED_EVENT } from '../masking/shadow-roots';

/**
 * Runs in the page's own world before its scripts, to announce every attachShadow (closed roots
 * included) to the isolated content script, which cannot see the page's calls. The root keeps the
 * mode the page asked for; only an event is added.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  world: 'MAIN',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  main() {
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
      const root = attachShadow.call(this, init);
      this.dispatchEvent(new Event(SHADOW_ATTACHED_EVENT, { bubbles: true, composed: true }));
      return root;
    };
  },
});
