import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { enrolThroughOptionsPage, extensionDeviceId, maskedTexts, type ExtensionBrowser } from './extension-browser';
import { dumpExtensionIndexedDb, plantedIn } from './leak-scan';
import { badgeText, openPresentingTabs, setPresentationPolicy, startSharing, storedEvents } from './presenting-browser';

// PHI planted on demo/index.html; the provider is masked only while presenting.
const PLANTED = ['Marisol', 'Quintanilla', '512-44-8120', '04/17/1958', '2231 Larkspur'];
const SSN = '512-44-8120';
const PROVIDER = 'Okafor';
/** The promise: another tab is in presentation mode within a second of the capture starting. */
const WITHIN_MS = 1_000;

describe('presentation mode follows a screen share in another tab', () => {
  const stack = inject('stack');
  let browser: ExtensionBrowser;
  let call: Page;
  let ehr: Page;

  const badge = () => badgeText(browser.serviceWorker);
  const events = (type: string) => storedEvents(browser.serviceWorker, type);
  const providerMasked = () => maskedTexts(ehr).then((texts) => texts.some((text) => text.includes(PROVIDER)));
  const indicatorShown = () => ehr.locator('phi-shield-ui[data-presenting]').count().then((n) => n === 1);
  /** Polls the EHR tab until presentation mode is fully on or off there, and says how long it took. */
  const ehrFollows = async (on: boolean) => {
    const started = performance.now();
    await expect.poll(async () => [await providerMasked(), await indicatorShown(), (await badge()) === 'LIVE'], { timeout: WITHIN_MS, interval: 25 }).toEqual([on, on, on]);
    return Math.round(performance.now() - started);
  };
  const share = () => startSharing(call);
  const altClickSsn = () => ehr.getByText(SSN, { exact: true }).click({ modifiers: ['Alt'] });

  beforeAll(async () => {
    ({ browser, ehr, call } = await openPresentingTabs(stack.pagesUrl));
  });
  afterAll(() => browser?.close());

  it('is off before anything is shared: provider names unmasked, no indicator, no badge', async () => {
    expect(await maskedTexts(ehr)).toContain(SSN);
    expect(await providerMasked()).toBe(false);
    expect(await indicatorShown()).toBe(false);
    expect(await badge()).toBe('');
  });

  it('turns on in the other tab within a second of getDisplayMedia, and off within a second of the track stopping', async () => {
    await share();
    const onMs = await ehrFollows(true);
    expect(await maskedTexts(ehr)).toContain(SSN);
    await call.click('#stop');
    const offMs = await ehrFollows(false);
    console.log(`presentation mode in the other tab: on after ${onMs} ms, off after ${offMs} ms`);
    expect((await events('presenting_started')).map((e) => e.source)).toEqual(['detected']);
    expect((await events('presenting_stopped')).map((e) => e.source)).toEqual(['detected']);
  });

  it('refuses a reveal while presenting (default policy) and logs the attempt without the value', async () => {
    await share();
    await ehrFollows(true);
    await altClickSsn();
    await expect.poll(async () => (await events('reveal_refused')).length).toBe(1);
    expect(await maskedTexts(ehr)).toContain(SSN);
    expect(await events('value_revealed')).toEqual([]);
    expect((await events('reveal_refused'))[0]).toMatchObject({ scope: 'value', phiType: 'SSN', cause: 'presenting', site: { origin: stack.pagesUrl } });
    await call.click('#stop');
    await ehrFollows(false);
  });

  it('under a "confirm" policy asks a second time: cancelled is refused, confirmed reveals and is logged as while presenting', async () => {
    await setPresentationPolicy(browser.serviceWorker, { reveal: 'confirm' });
    await share();
    await ehrFollows(true);
    // The shield's dialogs live in closed shadow roots: the focused element is their host.
    const focusedDialog = (selector: string) => expect.poll(() => ehr.evaluate((s) => document.activeElement?.matches(`phi-shield-ui${s}`), selector)).toBe(true);
    const answerReason = async () => {
      await focusedDialog(':not([data-confirm-presenting])');
      await ehr.keyboard.press('Space');
      await ehr.keyboard.press('Enter');
      await focusedDialog('[data-confirm-presenting]'); // the second step
    };
    const refusedBefore = (await events('reveal_refused')).length;
    await altClickSsn();
    await answerReason();
    await ehr.keyboard.press('Enter'); // Cancel has the focus
    await expect.poll(async () => (await events('reveal_refused')).length).toBe(refusedBefore + 1);
    expect(await maskedTexts(ehr)).toContain(SSN);

    await altClickSsn();
    await answerReason();
    await ehr.keyboard.press('Tab');
    await ehr.keyboard.press('Enter');
    await expect.poll(() => maskedTexts(ehr)).not.toContain(SSN);
    expect(await events('value_revealed')).toMatchObject([{ phiType: 'SSN', whilePresenting: true }]);
    await call.click('#stop');
    await ehrFollows(false);
  });

  it('logs every presenting event and refusal with no PHI in the audit log', async () => {
    expect(await events('presenting_started')).toHaveLength(3);
    expect(plantedIn(await dumpExtensionIndexedDb(browser.serviceWorker), [...PLANTED, PROVIDER])).toEqual([]);
  });

  it('syncs them to the Worker, which accepts them: the auditor reads the events, with no PHI', async () => {
    await enrolThroughOptionsPage(browser, stack.serverUrl);
    const deviceId = await extensionDeviceId(browser);
    const serverEvents = async (type: string) => {
      const res = await fetch(`${stack.workerUrl}/v1/events?type=${type}&device=${deviceId}`, { headers: { Authorization: `Bearer ${stack.auditorToken}` } });
      return ((await res.json()) as { events: Record<string, unknown>[] }).events;
    };
    await expect.poll(async () => (await serverEvents('presenting_stopped')).length, { timeout: 20_000, interval: 500 }).toBe(3);
    const refused = await serverEvents('reveal_refused');
    expect(refused.map((e) => e.phiType)).toEqual(['SSN', 'SSN']);
    const revealed = await serverEvents('value_revealed');
    expect(revealed).toMatchObject([{ whilePresenting: true }]);
    expect(plantedIn(JSON.stringify([...(await serverEvents('presenting_started')), ...refused, ...revealed]), [...PLANTED, PROVIDER])).toEqual([]);
  });
});
