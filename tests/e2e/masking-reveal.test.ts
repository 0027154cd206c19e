import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ContentMessage } from '../../extension/masking/content-messages';
import { launchWithExtension, maskedTexts, openMaskedPage, type ExtensionBrowser } from './extension-browser';
import { dumpExtensionIndexedDb, plantedIn } from './leak-scan';
import { ocr, readableIn } from './masking-ocr';
import { storeTenantPolicy } from './stored-policy';

// The extension APIs the test calls inside the service worker and the popup page.
declare const chrome: {
  tabs: { query(filter: { active: boolean }): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

// PHI planted on demo/index.html.
const PLANTED = ['Marisol', 'Quintanilla', '512-44-8120', '04/17/1958', '2231 Larkspur'];
const SSN = '512-44-8120';
const REVEAL_TIMEOUT_MS = 5_000;

describe('reveals, panic, reveal mode and the per-site switch', () => {
  const stack = inject('stack');
  let browser: ExtensionBrowser;
  let page: Page;
  let tabId: number;

  /** What the background would forward for a keyboard shortcut, sent to the page's tab. */
  const sendToTab = (message: ContentMessage) =>
    browser.serviceWorker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, message] as const);
  const events = async (type: string) => (JSON.parse(await dumpExtensionIndexedDb(browser.serviceWorker)) as Record<string, { type?: string }[]>)['phi-shield-audit/events']!.filter((e) => e.type === type);
  /** Chooses the first reason in the reveal dialog with the keyboard alone. */
  const answerDialog = async () => {
    await page.locator('phi-shield-ui').waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
  };
  const altClick = (text: string) => page.getByText(text, { exact: true }).click({ modifiers: ['Alt'] });

  beforeAll(async () => {
    browser = await launchWithExtension();
    // The shortest reveal timeout a tenant's policy may set.
    await storeTenantPolicy(browser.serviceWorker, { revealTimeoutMs: REVEAL_TIMEOUT_MS });
    page = await openMaskedPage(browser, `${stack.pagesUrl}/index.html`);
    tabId = await browser.serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
  });
  afterAll(() => browser?.close());

  it('asks for a reason on Alt+click of a masked value; Esc cancels and the value stays masked', async () => {
    await altClick(SSN);
    await page.locator('phi-shield-ui').waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await expect(page.locator('phi-shield-ui').count()).resolves.toBe(0);
    expect(await maskedTexts(page)).toContain(SSN);
    expect(await events('value_revealed')).toEqual([]);
  });

  it('reveals one value once the reveal is logged (type and keyed digest, never the value), and masks it again after the timeout', async () => {
    await altClick(SSN);
    await answerDialog();
    // Within the reveal timeout (the value is masked again after it), however slow the machine.
    await expect.poll(() => maskedTexts(page), { timeout: REVEAL_TIMEOUT_MS }).not.toContain(SSN);
    expect(await maskedTexts(page)).toContain('04/17/1958'); // only that value
    const [revealed] = await events('value_revealed');
    expect(revealed).toMatchObject({ phiType: 'SSN', reason: 'treatment', valueDigest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    await expect.poll(() => maskedTexts(page), { timeout: REVEAL_TIMEOUT_MS + 5_000 }).toContain(SSN);
    await expect.poll(() => events('reveal_ended')).toHaveLength(1);
    expect(plantedIn(await dumpExtensionIndexedDb(browser.serviceWorker), PLANTED)).toEqual([]);
  });

  it('reveal mode (shortcut) lifts every mask after a reason, and the shortcut again masks at once', async () => {
    await sendToTab({ kind: 'shield-command', command: 'toggle-reveal-mode' });
    await answerDialog();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('phi-shield-mask')), { timeout: REVEAL_TIMEOUT_MS }).toBe(false);
    expect(await events('page_revealed')).toHaveLength(1);
    await sendToTab({ kind: 'shield-command', command: 'toggle-reveal-mode' });
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('phi-shield-mask'))).toBe(true);
    await expect.poll(() => events('reveal_ended')).toHaveLength(2);
  });

  it('panic (shortcut) makes the whole page unreadable at once, and again restores it', async () => {
    await sendToTab({ kind: 'shield-command', command: 'panic-mask' });
    await page.locator('html[data-phi-shield~="panic"]').waitFor({ state: 'attached' });
    const text = ocr(await page.screenshot());
    expect(text).not.toMatch(/Blood pressure/);
    expect(readableIn(text, PLANTED)).toEqual([]);
    await sendToTab({ kind: 'shield-command', command: 'panic-mask' });
    await expect.poll(async () => ocr(await page.screenshot())).toMatch(/Blood pressure/);
  });

  it('honours the per-site off switch, and masks again when it is switched back on', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const setProtection = (enabled: boolean) => popup.evaluate(([id, on]) => chrome.runtime.sendMessage({ kind: 'set-site-protection', tabId: id, enabled: on }), [tabId, enabled] as const);
    expect(await setProtection(false)).toMatchObject({ ok: true });
    await expect.poll(() => maskedTexts(page)).toEqual([]);
    await page.locator('html[data-phi-shield~="off"]').waitFor({ state: 'attached' });
    expect(await setProtection(true)).toMatchObject({ ok: true });
    await expect.poll(() => maskedTexts(page)).toContain(SSN);
    await popup.close();
  });
});
