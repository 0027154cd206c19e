import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AuditEventOf } from '../../shared/events';
import { DEFAULT_POLICY_SETTINGS, type PolicySettings } from '../../shared/policy';
import { enrolThroughOptionsPage, launchWithExtension, maskedTexts, openMaskedPage, type ExtensionBrowser } from './extension-browser';
import { dumpExtensionIndexedDb } from './leak-scan';

// The extension APIs the test calls inside extension pages and the service worker.
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(filter: { active: boolean }): Promise<{ id?: number }[]> };
};

const PROVIDER = 'Dr. Hannah Okafor';
const PATIENT = 'Marisol Quintanilla';

/**
 * The tenant policy end to end: an admin changes it through the real API, the extension fetches it
 * on its next sync, and masking on an open page changes without a reload; locked settings cannot be
 * changed from the popup, the options page or raw messages. The e2e stack's tenant is shared with
 * other test files, so the default policy is restored at the end.
 */
describe('tenant policy: admin change to masking in Chromium', () => {
  const stack = inject('stack');
  let browser: ExtensionBrowser;
  let ehr: Page;
  let extensionPage: Page;

  const putPolicy = async (settings: PolicySettings) => {
    const res = await fetch(`${stack.workerUrl}/v1/policy`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${stack.adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(settings),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { version: number }).version;
  };
  const send = (message: unknown) => extensionPage.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; value?: unknown; error?: string }>;
  /** What the sync alarm does, now: events out, policy in. */
  const syncNow = async () => expect(await send({ kind: 'sync-now' })).toMatchObject({ ok: true });
  const managedState = async () => ((await send({ kind: 'get-managed-state' })) as { value: { version: number | null; locked: string[]; lastFetchAt: string | null } }).value;
  const policyEvents = async () => (JSON.parse(await dumpExtensionIndexedDb(browser.serviceWorker)) as Record<string, { type: string }[]>)['phi-shield-audit/events']!.filter((e) => e.type === 'policy_changed').length;

  beforeAll(async () => {
    browser = await launchWithExtension();
    await enrolThroughOptionsPage(browser, stack.serverUrl);
    extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
    ehr = await openMaskedPage(browser, `${stack.pagesUrl}/index.html`);
  });
  afterAll(async () => {
    await putPolicy(DEFAULT_POLICY_SETTINGS);
    await browser?.close();
  });

  it('masks provider names on the open page once the admin turns them on, without a reload', async () => {
    await expect.poll(() => maskedTexts(ehr)).toContain(PATIENT);
    expect(await maskedTexts(ehr)).not.toContain(PROVIDER);
    const version = await putPolicy({ ...DEFAULT_POLICY_SETTINGS, maskProviderNames: true });
    await syncNow();
    expect(await managedState()).toMatchObject({ version, locked: [] });
    await expect.poll(() => maskedTexts(ehr)).toContain(PROVIDER);
    expect(await maskedTexts(ehr)).toContain(PATIENT);
  });

  it('records the change as a managed policy_changed event the auditor reads', async () => {
    await syncNow();
    let events: AuditEventOf<'policy_changed'>[] = [];
    await expect
      .poll(async () => {
        const res = await fetch(`${stack.workerUrl}/v1/events?type=policy_changed&order=desc&limit=50`, { headers: { Authorization: `Bearer ${stack.auditorToken}` } });
        events = ((await res.json()) as { events: typeof events }).events.filter((e) => e.source === 'managed');
        return events.length;
      }, { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(events.some((e) => e.changed.includes('maskProviderNames'))).toBe(true);
  });

  it('stops masking a site the admin denies; fetching an unchanged policy changes nothing', async () => {
    const origin = new URL(stack.pagesUrl);
    await putPolicy({ ...DEFAULT_POLICY_SETTINGS, maskProviderNames: true, protectedSites: { mode: 'all', allow: [], deny: [origin.host] } });
    await syncNow();
    await expect.poll(() => maskedTexts(ehr)).toEqual([]);
    await ehr.reload();
    await ehr.locator('html[data-phi-shield~="off"]').waitFor({ state: 'attached' });
    expect(await maskedTexts(ehr)).toEqual([]);

    // The device asks with the version it has (If-None-Match): the fetch succeeds and changes nothing.
    const before = await managedState();
    const eventsBefore = await policyEvents();
    await syncNow();
    const after = await managedState();
    expect({ ...after, lastFetchAt: null }).toEqual({ ...before, lastFetchAt: null });
    expect(after.lastFetchAt! > before.lastFetchAt!).toBe(true);
    expect(await policyEvents()).toBe(eventsBefore);
  });

  it('enforces locked settings against the popup, the options page and raw messages', async () => {
    const version = await putPolicy({ ...DEFAULT_POLICY_SETTINGS, maskStyle: 'placeholder', locked: ['maskStyle'], usersMayDisableProtection: false });
    await syncNow();
    await expect.poll(async () => (await managedState()).version).toBe(version);

    // The popup over the EHR tab: the site switch is on, disabled, and says why.
    await ehr.reload();
    await expect.poll(() => maskedTexts(ehr)).toContain(PATIENT);
    const popup = await browser.context.newPage();
    await ehr.bringToFront();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const protect = popup.getByRole('switch', { name: 'Protect this site' });
    await expect.poll(() => protect.isDisabled()).toBe(true);
    expect(await protect.isChecked()).toBe(true);
    expect(await popup.getByText('Managed by your organisation').isVisible()).toBe(true);

    // Raw messages from an extension page: refused with a clear error, nothing changed.
    const tabId = await browser.serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
    const offReply = await send({ kind: 'set-site-protection', tabId, enabled: false });
    expect(offReply).toMatchObject({ ok: false, error: expect.stringMatching(/policy keeps protection on/) });
    const settings = ((await send({ kind: 'get-settings' })) as { value: PolicySettings }).value;
    const styleReply = await send({ kind: 'save-settings', settings: { ...settings, maskStyle: 'blur' } });
    expect(styleReply).toMatchObject({ ok: false, error: expect.stringMatching(/masking style is managed by your organisation/i) });
    expect((await send({ kind: 'get-settings' })) as unknown).toMatchObject({ ok: true, value: settings });
    expect(await maskedTexts(ehr)).toContain(PATIENT);

    // The options page: the locked style shows the organisation's value and ignores clicks.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const placeholder = options.getByRole('radio', { name: /Placeholder label/ });
    await expect.poll(() => placeholder.isChecked()).toBe(true);
    expect(await placeholder.getAttribute('aria-disabled')).toBe('true');
    await options.getByRole('radio', { name: 'Blur' }).click({ force: true }); // aria-disabled: Playwright would wait for it to be enabled
    expect(await options.getByRole('radio', { name: 'Blur' }).isChecked()).toBe(false);
    expect(await options.getByText('Managed by your organisation').first().isVisible()).toBe(true);
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => options.locator('#settings-result').textContent()).toMatch(/Nothing changed|Saved/);
    expect((await send({ kind: 'get-settings' })) as unknown).toMatchObject({ ok: true, value: settings });
    await Promise.all([popup.close(), options.close()]);
  });
});
