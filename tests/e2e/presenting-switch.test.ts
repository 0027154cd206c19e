import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { maskedTexts, shieldReady, type ExtensionBrowser } from './extension-browser';
import { dumpExtensionIndexedDb, plantedIn } from './leak-scan';
import { badgeText, openPresentingTabs, setPresentationPolicy, startSharing, storedEvents } from './presenting-browser';

declare const chrome: {
  storage: { session: { get(key: string): Promise<{ presenting?: { captures: object; active: boolean } }> } };
};

const PLANTED = ['Marisol', 'Quintanilla', '512-44-8120', '04/17/1958', '2231 Larkspur'];
const PROVIDER = 'Okafor';

describe('presentation mode: what a page cannot fake, the service worker stopping, the switch and policy', () => {
  const stack = inject('stack');
  let browser: ExtensionBrowser;
  let call: Page;
  let ehr: Page;

  /** The service worker now (a stopped one is replaced by a new one on the next event). */
  const worker = (): Worker => browser.context.serviceWorkers()[0] ?? browser.serviceWorker;
  const badge = () => badgeText(worker());
  const events = (type: string) => storedEvents(worker(), type);
  const presentingInEhr = async () => (await maskedTexts(ehr)).some((text) => text.includes(PROVIDER)) && (await ehr.locator('phi-shield-ui[data-presenting]').count()) === 1;
  const expectPresenting = async (on: boolean) => {
    await expect.poll(presentingInEhr).toBe(on);
    await expect.poll(badge).toBe(on ? 'LIVE' : '');
  };
  const share = () => startSharing(call);
  const stopSharing = () => call.click('#stop');
  /** Presentation mode's state as the background keeps it in session storage. */
  const stored = () => worker().evaluate(async () => (await chrome.storage.session.get('presenting')).presenting!);
  const storedCaptures = async () => Object.keys((await stored()).captures).length;
  /** The popup's page, drawn over the EHR tab: it reads the active tab when it loads, so the EHR tab is brought to the front first. */
  const openPopup = async () => {
    const popup = await browser.context.newPage();
    await ehr.bringToFront();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('#presenting-status').filter({ hasText: /\S/ }).waitFor();
    return popup;
  };

  beforeAll(async () => {
    ({ browser, ehr, call } = await openPresentingTabs(stack.pagesUrl));
  });
  afterAll(() => browser?.close());

  it('a page can fake a capture starting (masking only tightens) but not a real capture ending', async () => {
    await share();
    await expectPresenting(true);
    expect(await storedCaptures()).toBe(1);
    // The page's world sends what the extension's wrapper sends: a capture of its own (a canvas)...
    await call.evaluate((name) => {
      const fake = document.createElement('video');
      fake.srcObject = document.createElement('canvas').captureStream();
      (window as unknown as { fake: HTMLVideoElement }).fake = fake;
      document.dispatchEvent(new MouseEvent(name, { relatedTarget: fake }));
    }, 'phi-shield:display-capture');
    await expect.poll(storedCaptures).toBe(2);
    // ...which it stops, then asks for re-checks as a track's stop() does: only its own capture ends.
    await call.evaluate((name) => {
      ((window as unknown as { fake: HTMLVideoElement }).fake.srcObject as MediaStream).getTracks().forEach((track) => track.stop());
      document.dispatchEvent(new MouseEvent(name));
      document.dispatchEvent(new MouseEvent(name, { relatedTarget: document.createElement('video') }));
    }, 'phi-shield:display-capture');
    await expect.poll(storedCaptures).toBe(1);
    expect(await presentingInEhr()).toBe(true);
    expect(await events('presenting_stopped')).toEqual([]);
    await stopSharing();
    await expectPresenting(false);
  });

  it('keeps running captures in session storage, which a stopped and restarted service worker reads again', async () => {
    await share();
    await expectPresenting(true);
    expect(await stored()).toMatchObject({ active: true });
    expect(Object.values((await stored()).captures)).toEqual([expect.objectContaining({ tabId: expect.any(Number), frameId: 0 })]);
    await stopSharing();
    await expectPresenting(false);
    expect(await stored()).toMatchObject({ active: false, captures: {} });
  });

  it('the popup switch turns presentation mode on by hand, and off again', async () => {
    const popup = await openPopup();
    await expect.poll(() => popup.locator('#tab-status').textContent()).toMatch(/^Protected: \d+ values masked\.$/);
    await popup.getByRole('switch', { name: /Presenting/ }).check();
    await expectPresenting(true);
    const again = await openPopup();
    await expect(again.locator('#presenting-status').textContent()).resolves.toBe('Switched on by you.');
    await again.getByRole('switch', { name: /Presenting/ }).uncheck();
    await expectPresenting(false);
    expect((await events('presenting_started')).map((e) => e.source)).toEqual(['detected', 'detected', 'manual']);
    expect((await events('presenting_stopped')).at(-1)).toMatchObject({ source: 'manual' });
    await popup.close();
    await again.close();
  });

  it('hides the counts in the popup while presenting', async () => {
    await share();
    await expectPresenting(true);
    const popup = await openPopup();
    await expect.poll(() => popup.locator('#tab-status').textContent()).toBe('Protected. Counts are hidden while presenting.');
    expect(await popup.locator('#masked-counts').isHidden()).toBe(true);
    await popup.close();
    await stopSharing();
    await expectPresenting(false);
  });

  it('the schedule on the options page turns it on in its window, keeps the switch from turning it off, and off when removed', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const today = new Date().getDay();
    const form = options.locator('#schedule-form');
    await form.locator(`input[name=day][value="${today}"]`).check();
    await form.getByLabel('From').fill('00:00');
    await form.getByLabel('To').fill('23:59');
    await options.getByRole('button', { name: 'Add window' }).click();
    await expect.poll(() => options.locator('#schedule-result').textContent()).toBe('Schedule saved.');
    await expectPresenting(true);
    expect((await events('presenting_started')).at(-1)).toMatchObject({ source: 'schedule' });
    const popup = await openPopup();
    await expect(popup.locator('#presenting-status').textContent()).resolves.toBe('On by your schedule.');
    expect(await popup.getByRole('switch', { name: /Presenting/ }).isDisabled()).toBe(true);
    await popup.close();
    await options.getByRole('button', { name: 'Remove' }).click();
    await expectPresenting(false);
    expect((await events('presenting_stopped')).at(-1)).toMatchObject({ source: 'schedule' });
    // A window that ends before it starts is refused with a message that says so.
    await form.locator(`input[name=day][value="${today}"]`).check();
    await form.getByLabel('From').fill('10:00');
    await form.getByLabel('To').fill('09:00');
    await options.getByRole('button', { name: 'Add window' }).click();
    await expect.poll(() => options.locator('#schedule-result').textContent()).toBe('The schedule was not saved: window 1 (end) must end after it starts.');
    await options.close();
  });

  it('policy that forbids turning it off keeps it on while sharing: the switch is disabled and a raw message refused', async () => {
    await setPresentationPolicy(worker(), { usersMayTurnOff: false });
    await share();
    await expectPresenting(true);
    const popup = await openPopup();
    expect(await popup.getByRole('switch', { name: /Presenting/ }).isDisabled()).toBe(true);
    const reply = await popup.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ kind: 'set-presenting', on: false }));
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/policy keeps presentation mode on/) });
    expect(await presentingInEhr()).toBe(true);
    await popup.close();
    await stopSharing();
    await expectPresenting(false);
  });

  it('policy that makes it permanent puts every tab in presentation mode with nothing shared', async () => {
    await setPresentationPolicy(worker(), { alwaysOn: true });
    await ehr.reload();
    await shieldReady(ehr);
    await expect.poll(presentingInEhr).toBe(true);
    const popup = await openPopup();
    await expect(popup.locator('#presenting-status').textContent()).resolves.toBe('Always on: your organisation’s policy.');
    expect(await popup.getByRole('switch', { name: /Presenting/ }).isDisabled()).toBe(true);
    await popup.close();
    expect(plantedIn(await dumpExtensionIndexedDb(worker()), [...PLANTED, PROVIDER])).toEqual([]);
  });
});
