import { browser } from 'wxt/browser';
import type { ContentMessage } from '../masking/content-messages';

/**
 * Tells every tab's content script to fetch its settings again. Tabs without our content script
 * (chrome:// pages, tabs still loading) refuse the message; they read settings when they start.
 */
export async function notifySettingsChanged(): Promise<void> {
  const message: ContentMessage = { kind: 'settings-changed' };
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      try {
        await browser.tabs.sendMessage(id, message);
      } catch {
        // no content script in that tab
      }
    }),
  );
}
