import { browser } from 'wxt/browser';
import type { PhiType } from '../../shared/phi-types';

/**
 * What each tab's content script last reported (its site and counts), for the popup. Session
 * storage: it outlives the service worker but not the browser, and the extension needs no "tabs"
 * permission to know a tab's site.
 */
export interface TabReport {
  site: { origin: string; route: string };
  counts: Partial<Record<PhiType, number>>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export async function tabReport(tabId: number): Promise<TabReport | null> {
  const key = keyOf(tabId);
  return ((await browser.storage.session.get(key))[key] as TabReport | undefined) ?? null;
}

export async function rememberTabReport(tabId: number, report: TabReport): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: report });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
