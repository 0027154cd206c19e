import { browser } from 'wxt/browser';
import { currentStorageFailure } from '../background/storage-alert';

/**
 * Presentation mode on the toolbar icon: "LIVE" on purple, and a tooltip that says why masking is
 * stricter. A failure to write the audit log ("!") is the more urgent news and keeps the badge.
 */
export async function showPresentingBadge(on: boolean): Promise<void> {
  if ((await currentStorageFailure()) !== null) return;
  await Promise.all([
    browser.action.setBadgeText({ text: on ? 'LIVE' : '' }),
    browser.action.setBadgeBackgroundColor({ color: '#6d28d9' }),
    browser.action.setTitle({ title: on ? 'PHI Screen Shield: presenting, stricter masking in every tab' : 'PHI Screen Shield' }),
  ]);
}
