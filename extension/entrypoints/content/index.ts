import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Message } from '../../messages';
import { startPageShield } from '../../masking/page-shield';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  main() {
    startPageShield(document, (mask) => {
      const message: Message = { kind: 'page-protected', counts: mask.counts() };
      // A failure to log must be visible, never silent; the page stays masked either way.
      browser.runtime.sendMessage(message).catch(() => console.warn('[PHI Shield] could not record this page in the audit log'));
    });
  },
});
