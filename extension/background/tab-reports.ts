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

// Only the background writes these, so while its service worker runs this copy is what storage
// holds: each tab's report is read from storage once per start (null: known to have none).
const known = new Map<number, TabReport | null>();

export async function tabReport(tabId: number): Promise<TabReport | null> {
  if (known.has(tabId)) return known.get(tabId)!;
  const key = keyOf(tabId);
  const stored = ((await browser.storage.session.get(key))[key] as TabReport | undefined) ?? null;
  if (!known.has(tabId)) known.set(tabId, stored); // a write that finished meanwhile is newer
  return known.get(tabId)!;
}

export async function rememberTabReport(tabId: number, report: TabReport): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: report });
  known.set(tabId, report);
}

export async function forgetTab(tabId: number): Promise<void> {
  known.delete(tabId);
  await browser.storage.session.remove(keyOf(tabId));
}
