import { expect } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, openMaskedPage, type ExtensionBrowser } from './extension-browser';
import { dumpExtensionIndexedDb } from './leak-scan';
import { DEFAULT_PRESENTATION_POLICY, type PresentationPolicy } from '../../shared/policy';
import { storeTenantPolicy } from './stored-policy';

/**
 * Real screen capture, headless: Chromium's fake capture UI picks the screen without asking and a
 * fake device supplies the frames; getDisplayMedia then resolves with a live "screen:" track.
 * (`--auto-accept-this-tab-capture` alone fails here with NotReadableError.)
 */
export const SCREEN_CAPTURE_FLAGS = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', '--auto-select-desktop-capture-source=Entire screen'];

/** The extension APIs these tests call inside the service worker. */
declare const chrome: { action: { getBadgeText(details: object): Promise<string> } };

/** What tests/e2e/pages/presenting/share.html leaves on its window. */
declare global {
  interface Window {
    shared?: MediaStream;
    shareError?: string;
  }
}

export interface PresentingTabs {
  browser: ExtensionBrowser;
  /** The demo EHR page, which should follow presentation mode. */
  ehr: Page;
  /** A conference-call page that shares the screen on a click. */
  call: Page;
}

/** The extension with real screen capture, and the two tabs every presentation-mode test uses, both masked and ready. */
export async function openPresentingTabs(pagesUrl: string): Promise<PresentingTabs> {
  const browser = await launchWithExtension(SCREEN_CAPTURE_FLAGS);
  const ehr = await openMaskedPage(browser, `${pagesUrl}/index.html`);
  const call = await openMaskedPage(browser, `${pagesUrl}/presenting/share.html`);
  return { browser, ehr, call };
}

/** Clicks the call page's share button and waits for the capture to start, failing on a capture error. */
export async function startSharing(call: Page): Promise<void> {
  await call.click('#share');
  await call.waitForFunction(() => window.shared ?? window.shareError, null, { polling: 50 });
  expect(await call.evaluate(() => window.shareError)).toBeUndefined();
}

export function badgeText(serviceWorker: Worker): Promise<string> {
  return serviceWorker.evaluate(() => chrome.action.getBadgeText({}));
}

/** The device's stored audit events of one type. */
export async function storedEvents(serviceWorker: Worker, type: string): Promise<Record<string, unknown>[]> {
  const dump = JSON.parse(await dumpExtensionIndexedDb(serviceWorker)) as Record<string, Record<string, unknown>[]>;
  return dump['phi-shield-audit/events']!.filter((e) => e.type === type);
}

/** A tenant policy with these presentation settings, stored as the device stores it after a fetch. */
export function setPresentationPolicy(serviceWorker: Worker, presentation: Partial<PresentationPolicy>): Promise<void> {
  return storeTenantPolicy(serviceWorker, { presentation: { ...DEFAULT_PRESENTATION_POLICY, ...presentation } });
}
