import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifyChain, type AuditEvent, type AuditEventOf, type AuditEventType } from '../../shared/events';
import { enrolThroughOptionsPage, launchWithExtension, maskedTexts, openMaskedPage, type ExtensionBrowser } from './extension-browser';
import { dumpExtensionIndexedDb, plantedIn } from './leak-scan';
import { ROOT } from './paths';

// PHI planted on demo/index.html.
const PLANTED = ['Marisol', 'Quintanilla', '512-44-8120', '04/17/1958', '2231 Larkspur', '(508) 555-0143', 'm.quintanilla58@example.net', 'MRN-4471902'];
const SCREENSHOTS = path.join(ROOT, 'test-results', 'audit-ui');

describe('audit log, popup and options page in Chromium', () => {
  const stack = inject('stack');
  let browser: ExtensionBrowser;
  let ehr: Page;

  /** Every table of the extension's IndexedDB, parsed. */
  const database = async () => JSON.parse(await dumpExtensionIndexedDb(browser.serviceWorker)) as Record<string, unknown[]>;
  const events = async () => ((await database())['phi-shield-audit/events'] ?? []) as AuditEvent[];
  const eventsOf = async <T extends AuditEventType>(type: T) => (await events()).filter((e): e is AuditEventOf<T> => e.type === type);

  /** The popup, opened over the EHR tab (a page of its own, so the test can drive and photograph it). */
  async function openPopup(): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 340, height: 520 });
    await ehr.bringToFront();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('#queued').filter({ hasNotText: '…' }).waitFor();
    return popup;
  }

  /** Answers the page's own reveal dialog by keyboard: Space picks the focused first reason, Enter confirms. */
  async function answerRevealDialog() {
    await ehr.locator('phi-shield-ui').waitFor({ state: 'attached' });
    await ehr.keyboard.press('Space');
    await ehr.keyboard.press('Enter');
    await ehr.locator('phi-shield-ui').waitFor({ state: 'detached' });
  }

  async function screenshot(page: Page, name: string) {
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchWithExtension();
    ehr = await openMaskedPage(browser, `${stack.pagesUrl}/index.html`);
  });
  afterAll(() => browser?.close());

  it('starts the chain with the install, before enrolment (no user yet)', async () => {
    await expect.poll(async () => (await events())[0]?.type).toBe('extension_installed');
    const [install] = await events();
    expect(install).toMatchObject({ seq: 1, reason: 'install', userId: null });
  });

  it('records the page through the real message path: content script -> background -> IndexedDB', async () => {
    await expect.poll(async () => (await eventsOf('page_protected')).length).toBeGreaterThan(0);
    const [event] = await eventsOf('page_protected');
    expect(event!.site).toEqual({ origin: stack.pagesUrl, route: '/index.html' });
    expect(event!.counts.SSN).toBeGreaterThanOrEqual(1);
    const queued = (await database())['phi-shield-audit/outbox'] as { seq: number }[];
    expect(queued.map((q) => q.seq)).toContain(event!.seq);
  });

  it('popup: shows the tab protected, what was masked by type, and the sync state', async () => {
    const popup = await openPopup();
    await expect.poll(() => popup.locator('#tab-status').textContent()).toMatch(/^Protected: \d+ values masked\.$/);
    const rows = await popup.locator('#masked-counts tbody tr').allInnerTexts();
    expect(rows.join('\n')).toMatch(/Social Security numbers\s+1/);
    expect(rows.join('\n')).toMatch(/Dates\s+\d+/);
    expect(await popup.getByRole('switch', { name: 'Protect this site' }).isChecked()).toBe(true);
    expect(await popup.locator('#sync-state').textContent()).toBe('Not enrolled: events stay on this device');
    await screenshot(popup, 'popup-protected');
    await popup.close();
  });

  it('reveals a value only after recording it, with the reason chosen on the page by keyboard and a keyed digest', async () => {
    await ehr.bringToFront();
    await ehr.getByText('512-44-8120').click({ modifiers: ['Alt'] });
    await answerRevealDialog();
    await expect.poll(async () => (await eventsOf('value_revealed')).length).toBe(1);
    const [reveal] = await eventsOf('value_revealed');
    expect(reveal).toMatchObject({ phiType: 'SSN', reason: 'treatment', site: { route: '/index.html' } });
    expect(reveal!.valueDigest).toMatch(/^[0-9a-f]{64}$/);
    await expect.poll(() => maskedTexts(ehr)).not.toContain('512-44-8120');
  });

  it('popup reveal: the whole page, with its reason, then its end with the duration', async () => {
    let popup = await openPopup();
    await popup.getByRole('button', { name: 'Reveal…' }).click();
    await answerRevealDialog();
    await expect.poll(async () => (await eventsOf('page_revealed')).length).toBe(1);
    const [pageReveal] = await eventsOf('page_revealed');

    popup = await openPopup();
    await popup.getByRole('button', { name: 'Reveal…' }).click(); // reveal mode again: mask the page
    await expect.poll(async () => (await eventsOf('reveal_ended')).find((e) => e.revealSeq === pageReveal!.seq)).toBeTruthy();
    const ended = (await eventsOf('reveal_ended')).find((e) => e.revealSeq === pageReveal!.seq)!;
    expect(ended.durationMs).toBeGreaterThan(0);
  });

  it('popup panic: masks the page and records it', async () => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Panic: mask all' }).click();
    await expect.poll(async () => (await eventsOf('panic_changed')).at(-1)?.active).toBe(true);
    await expect.poll(() => ehr.locator('html').getAttribute('data-phi-shield')).toContain('panic');
    await screenshot(ehr, 'ehr-panic');
    const again = await openPopup();
    await again.getByRole('button', { name: 'Panic: mask all' }).click();
    await expect.poll(async () => (await eventsOf('panic_changed')).at(-1)?.active).toBe(false);
  });

  it('popup switch: turns protection off for this site, records it, and the page follows; then on again', async () => {
    const popup = await openPopup();
    await popup.getByRole('switch', { name: 'Protect this site' }).uncheck();
    await expect.poll(() => popup.locator('#tab-status').textContent()).toBe('Protection is off for this site.');
    expect(await popup.getByRole('button', { name: 'Reveal…' }).isVisible()).toBe(false);
    await screenshot(popup, 'popup-protection-off');
    expect((await eventsOf('site_protection_changed')).at(-1)).toMatchObject({ origin: stack.pagesUrl, enabled: false });
    await expect.poll(() => maskedTexts(ehr)).toEqual([]);

    await popup.getByRole('switch', { name: 'Protect this site' }).check();
    await expect.poll(() => popup.locator('#tab-status').textContent()).toMatch(/^Protected/);
    expect((await eventsOf('site_protection_changed')).at(-1)).toMatchObject({ origin: stack.pagesUrl, enabled: true });
    await expect.poll(() => maskedTexts(ehr)).toEqual(expect.arrayContaining(['512-44-8120']));
    await popup.close();
  });

  it('options: enrols, then events carry the enrolled user', async () => {
    await enrolThroughOptionsPage(browser, stack.serverUrl);
    await ehr.reload();
    await expect.poll(async () => (await eventsOf('page_protected')).at(-1)?.userId).toMatch(/.+/);
  });

  it('options: saves masking style and a site’s terms, recording which settings changed but not their values', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Blur').check();
    await options.getByLabel('Add a site').fill('https://ehr.example.org/some/page');
    await options.getByRole('button', { name: 'Add site' }).click();
    const site = options.getByRole('group', { name: 'https://ehr.example.org' });
    await site.getByLabel('Always mask (terms, one a line)').fill('Ward 7\nBed 12');
    await site.getByLabel('Always mask (CSS selectors, one a line)').fill('.banner >>> nonsense');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => options.locator('#settings-result').textContent()).toMatch(/not a valid CSS selector/);
    await site.getByLabel('Always mask (CSS selectors, one a line)').fill('.patient-banner');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => options.locator('#settings-result').textContent()).toBe('Saved. 2 changes recorded in the audit log.');
    const changes = await eventsOf('policy_changed');
    expect(changes.map(({ changed, origin }) => ({ changed, origin }))).toEqual([
      { changed: ['maskStyle'], origin: undefined },
      { changed: ['customSelectors', 'customTerms'], origin: 'https://ehr.example.org' },
    ]);
    expect(JSON.stringify(changes)).not.toContain('Ward 7');

    // The settings survive a reload of the page.
    await options.reload();
    expect(await options.getByLabel('Blur').isChecked()).toBe(true);
    expect(await site.getByLabel('Always mask (terms, one a line)').inputValue()).toBe('Ward 7\nBed 12');
    await screenshot(options, 'options-settings');
    await options.close();
  });

  it('options: the log viewer lists events newest first and filters them', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const rows = options.locator('#log-table tbody tr');
    await expect.poll(() => rows.count()).toBe(Math.min(50, (await events()).length));
    expect(await options.locator('#chain-check').textContent()).toMatch(/^Hash chain intact: events #1 to #\d+/);
    const firstSeq = Number(await rows.first().locator('td').first().textContent());
    expect(firstSeq).toBe(Math.max(...(await events()).map((e) => e.seq)));

    await options.getByLabel('Event').selectOption({ label: 'Value revealed' });
    await options.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toMatch(/Value revealed.*Social Security numbers; Treatment or care coordination/s);
    await options.getByLabel('Event').selectOption({ label: 'All events' });
    await options.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    await screenshot(options, 'options-log');
    await options.close();
  });

  it('keeps a whole chain, and no planted PHI in any table of the extension’s IndexedDB or its storage areas', async () => {
    const all = (await events()).sort((a, b) => a.seq - b.seq);
    expect(verifyChain(all, null)).toBeNull();
    const dump = await dumpExtensionIndexedDb(browser.serviceWorker);
    expect(dump).toContain('value_revealed'); // the dump is real: it holds the reveal
    expect(plantedIn(dump, PLANTED)).toEqual([]);
    // The extension's other storage too: session (per-tab reports) and local.
    const extensionStorage = await browser.serviceWorker.evaluate(`(async () => JSON.stringify([await chrome.storage.session.get(null), await chrome.storage.local.get(null)]))()`);
    expect(extensionStorage).toContain('/index.html');
    expect(plantedIn(extensionStorage as string, PLANTED)).toEqual([]);
  });
});
