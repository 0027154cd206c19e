import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ContentMessage } from '../../extension/masking/content-messages';
import { launchWithExtension, maskedTexts, openMaskedPage, type ExtensionBrowser } from './extension-browser';
import { dumpExtensionIndexedDb, plantedIn } from './leak-scan';
import { ocr, readableIn } from './masking-ocr';

// The extension API the test calls inside the service worker.
declare const chrome: {
  tabs: { query(filter: { active: boolean }): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
};

// PHI planted in the declarative closed roots of tests/e2e/pages/masking/declarative-shadow.html.
const SPOUSE_SSN = '734-22-5566';
const NESTED_SSN = '623-11-4455';
const PLANTED = [SPOUSE_SSN, NESTED_SSN, '09/30/1961', '(508) 555-0143'];

describe('declarative closed shadow roots (<template shadowrootmode="closed">)', () => {
  const stack = inject('stack');
  let browser: ExtensionBrowser;
  let page: Page;
  let tabId: number;

  const events = async (type: string) =>
    (JSON.parse(await dumpExtensionIndexedDb(browser.serviceWorker)) as Record<string, { type?: string }[]>)['phi-shield-audit/events']!.filter((e) => e.type === type);
  /** Chooses the first reason in the reveal dialog with the keyboard alone. */
  const answerDialog = async () => {
    await page.locator('phi-shield-ui').waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
  };

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await openMaskedPage(browser, `${stack.pagesUrl}/masking/declarative-shadow.html`);
    tabId = await browser.serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
  });
  afterAll(() => browser?.close());

  it('masks text in a closed root made by the parser, and in one nested inside an open root, from the first scan; the roots stay closed', async () => {
    // At "ready" the first scan is done: no poll, so a root found only later would fail here.
    expect(await maskedTexts(page)).toEqual(expect.arrayContaining([SPOUSE_SSN, NESTED_SSN]));
    const closedForPage = await page.evaluate(() => ({
      top: document.getElementById('closed-host')!.shadowRoot,
      nested: document.getElementById('open-host')!.shadowRoot!.getElementById('nested-closed-host')!.shadowRoot,
    }));
    expect(closedForPage).toEqual({ top: null, nested: null });
  });

  it('leaves no planted PHI readable by OCR (text, a labelled field, a placeholder), while ordinary text stays readable', async () => {
    const text = ocr(await page.screenshot());
    expect(text).toMatch(/Blood pressure/);
    expect(readableIn(text, PLANTED)).toEqual([]);
  });

  it('reveals a value inside a declarative closed root on Alt+click, after a reason, and logs its type and digest only', async () => {
    // Playwright cannot see into a closed root: the SSN ends the host's first line, which sets its width.
    const box = (await page.locator('#closed-host').boundingBox())!;
    await page.keyboard.down('Alt');
    await page.mouse.click(box.x + box.width - 12, box.y + 16);
    await page.keyboard.up('Alt');
    await answerDialog();
    await expect.poll(() => maskedTexts(page)).not.toContain(SPOUSE_SSN);
    expect(await maskedTexts(page)).toContain(NESTED_SSN); // only that value
    const [revealed] = await events('value_revealed');
    expect(revealed).toMatchObject({ phiType: 'SSN', reason: 'treatment', valueDigest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(plantedIn(await dumpExtensionIndexedDb(browser.serviceWorker), PLANTED)).toEqual([]);
  });

  it('the OCR check can fail: in reveal mode the same screenshot reads every planted value', async () => {
    const revealMode: ContentMessage = { kind: 'shield-command', command: 'toggle-reveal-mode' };
    await browser.serviceWorker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, revealMode] as const);
    await answerDialog();
    await page.locator('html[data-phi-shield~="reveal"]').waitFor({ state: 'attached' });
    expect(readableIn(ocr(await page.screenshot()), PLANTED)).toEqual(PLANTED);
  });
});
