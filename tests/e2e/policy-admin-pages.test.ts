import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEFAULT_POLICY_SETTINGS, type TenantPolicy } from '../../shared/policy';
import { CHROMIUM } from './extension-browser';

/**
 * The admin pages in Chromium, driven by keyboard alone: sign in with the admin token, get a bad
 * policy refused with its problems shown and the policy in force unchanged, then save a good one.
 * The e2e stack's tenant is shared with other test files, so the default policy is restored at the end.
 */
describe('admin pages by keyboard', () => {
  const stack = inject('stack');
  let browser: Browser;
  let page: Page;

  const policyInForce = async () =>
    (await (await fetch(`${stack.workerUrl}/v1/policy`, { headers: { Authorization: `Bearer ${stack.adminToken}` } })).json()) as TenantPolicy;
  /** Moves focus to a control and acts on it with a key, as a keyboard user would after tabbing there. */
  const press = async (target: ReturnType<Page['getByRole']>, key: string) => {
    await target.focus();
    await page.keyboard.press(key);
  };

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    page = await browser.newPage();
  });
  afterAll(async () => {
    await fetch(`${stack.workerUrl}/v1/policy`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${stack.adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(DEFAULT_POLICY_SETTINGS),
    });
    await browser?.close();
  });

  it('signs in by typing the token and pressing Enter', async () => {
    await page.goto(`${stack.workerUrl}/admin`);
    expect(new URL(page.url()).pathname).toBe('/admin/sign-in');
    await page.getByLabel('Admin token').focus(); // autofocus does not apply in a background headless window
    await page.keyboard.type(stack.adminToken);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/admin\/devices$/);
    expect(await page.getByRole('heading', { name: 'Devices', level: 2 }).isVisible()).toBe(true);
  });

  it('refuses a bad policy, shows why, keeps what was typed and the policy in force', async () => {
    const before = await policyInForce();
    await press(page.getByRole('link', { name: 'Policy' }), 'Enter');
    await page.waitForURL(/\/admin\/policy$/);
    await page.getByLabel('Sites never protected').focus();
    await page.keyboard.type('https://intranet.test/chart');
    await press(page.getByRole('button', { name: 'Save policy' }), 'Enter');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(new RegExp(`Not saved: the policy in force is unchanged \\(version ${before.version}\\)`));
    expect(await alert.innerText()).toMatch(/Sites never protected \(line 1\): must be a site pattern/);
    expect(await page.getByLabel('Sites never protected').inputValue()).toBe('https://intranet.test/chart');
    expect(await policyInForce()).toEqual(before);
  });

  it('saves a corrected policy as the next version', async () => {
    const before = await policyInForce();
    await page.getByLabel('Sites never protected').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('intranet.test');
    await press(page.getByRole('checkbox', { name: 'Mask clinicians’ names', exact: true }), 'Space');
    await press(page.getByRole('button', { name: 'Save policy' }), 'Enter');
    await page.getByRole('status').filter({ hasText: `Saved as version ${before.version + 1}.` }).waitFor();
    expect(await policyInForce()).toMatchObject({
      version: before.version + 1,
      settings: { maskProviderNames: true, protectedSites: { mode: 'all', allow: [], deny: ['intranet.test'] } },
    });
  });
});
