import { browser } from 'wxt/browser';
import { renderPresenting } from './presenting-section';
import { renderStatus } from './status-section';
import { renderTab } from './tab-section';

// The tab the popup was opened over. Its id comes without the "tabs" permission; its site comes
// from what that tab's content script reported to the background.
const [tab] = await browser.tabs.query({ active: true, currentWindow: true });

document.querySelector('#open-options')!.addEventListener('click', (event) => {
  event.preventDefault();
  void browser.runtime.openOptionsPage();
});

// While presenting, the popup may be on the shared screen too: it shows no counts of what is masked.
const presenting = await renderPresenting();
await Promise.all([renderTab(tab?.id, presenting), renderStatus()]);
