import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ContentMessage } from '../../extension/masking/content-messages';
import type { LocalSettings } from '../../extension/settings/local-settings';
import { launchWithExtension, maskedTexts, openMaskedPage, shieldReady, type ExtensionBrowser } from './extension-browser';
import { dumpExtensionIndexedDb, plantedIn } from './leak-scan';

declare const chrome: {
  tabs: { query(filter: { active: boolean }): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
};

// PHI planted in the attributes of pages/masking/picker.html, around the picked element.
const PLANTED = ['Marisol', 'Quintanilla', '4829173', 'Devon', 'Ashgrove', '5583012'];
const PICKED_TEXT = 'Locker combination is seven seven three one';
const OTHER_TEXT = 'Bring the blue folder to the west desk';

describe('the element picker adds a selector rule for the site', () => {
  const stack = inject('stack');
  let browser: ExtensionBrowser;
  let page: Page;
  let tabId: number;

  const dump = async () => JSON.parse(await dumpExtensionIndexedDb(browser.serviceWorker)) as Record<string, { key?: string; value?: unknown; type?: string }[]>;
  const storedSelectors = async () => {
    const settings = (await dump())['phi-shield-audit/meta']!.find((row) => row.key === 'settings')?.value as LocalSettings | undefined;
    return settings?.sites.find((site) => site.origin === new URL(stack.pagesUrl).origin)?.customSelectors ?? [];
  };
  /** What the popup's "Mask an element…" button sends: the top frame of the tab only. */
  const startPicker = async () => {
    const message: ContentMessage = { kind: 'start-picker' };
    await browser.serviceWorker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m, { frameId: 0 }), [tabId, message] as const);
    await page.locator('phi-shield-ui').last().waitFor({ state: 'attached' });
  };
  const pickerOpen = () => page.evaluate(() => document.querySelectorAll('phi-shield-ui').length);

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await openMaskedPage(browser, `${stack.pagesUrl}/masking/picker.html`);
    tabId = await browser.serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
  });
  afterAll(() => browser?.close());

  it('Esc cancels without a rule, and the page gets its clicks again', async () => {
    const uiBefore = await pickerOpen();
    await startPicker();
    // While picking, a click on a link picks it instead of following it.
    await page.locator('#leave').click();
    expect(new URL(page.url()).hash).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(pickerOpen).toBe(uiBefore);
    await page.locator('#leave').click();
    expect(new URL(page.url()).hash).toBe('#left');
    expect(await storedSelectors()).toEqual([]);
  });

  it('picks an element by mouse, asks for confirmation, and masks it at once with a stored rule free of planted PHI', async () => {
    expect(await maskedTexts(page)).not.toContain(PICKED_TEXT);
    await startPicker();
    const picked = page.getByText(PICKED_TEXT, { exact: true });
    await picked.hover();
    // Arrow up widens to the note, arrow down narrows back; the click picks what is under the pointer.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await picked.click();
    expect(await storedSelectors()).toEqual([]); // nothing is saved before the person confirms
    await page.keyboard.press('Enter'); // focus starts on "Mask it"

    await expect.poll(() => maskedTexts(page)).toContain(PICKED_TEXT);
    expect(await maskedTexts(page)).not.toContain(OTHER_TEXT); // the rule finds that element, not its twin
    const selectors = await storedSelectors();
    expect(selectors).toHaveLength(1);
    expect(plantedIn(selectors[0]!, PLANTED)).toEqual([]);
    expect(selectors[0]!.length).toBeLessThanOrEqual(200);
    const changes = (await dump())['phi-shield-audit/events']!.filter((event) => event.type === 'policy_changed');
    expect(changes).toEqual([expect.objectContaining({ source: 'local', changed: ['customSelectors'], origin: new URL(stack.pagesUrl).origin })]);
    expect(plantedIn(JSON.stringify(changes), PLANTED)).toEqual([]);
  });

  it('picks by keyboard: arrow up widens to the parent, Enter picks it, Enter confirms', async () => {
    await startPicker();
    await page.getByText(OTHER_TEXT, { exact: true }).hover();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter'); // picks the widened element
    await page.keyboard.press('Enter'); // confirms
    await expect.poll(storedSelectors).toHaveLength(2);
    const card = (await storedSelectors())[1]!;
    expect(plantedIn(card, PLANTED)).toEqual([]);
    const found = await page.evaluate((selector) => [...document.querySelectorAll(selector)].map((element) => `${element.className}: ${element.textContent!.trim()}`), card);
    expect(found).toEqual([`ward-note: ${OTHER_TEXT}`]); // the card around the text, and only that card
    await expect.poll(() => maskedTexts(page)).toContain(OTHER_TEXT);
  });

  it('keeps masking the picked elements after a reload', async () => {
    await page.reload();
    await shieldReady(page);
    expect(await maskedTexts(page)).toEqual(expect.arrayContaining([PICKED_TEXT, OTHER_TEXT]));
  });
});
