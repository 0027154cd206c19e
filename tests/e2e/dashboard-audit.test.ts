import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEVICE_KEY_ALGORITHM, exportPublicKeyJwk } from '../../shared/device-auth';
import { appendToChain, type AuditEvent, type EventDraft } from '../../shared/events';
import type { PhiType } from '../../shared/phi-types';
import type { RevealReason } from '../../shared/reveal-reasons';
import { CHROMIUM, takeEnrolmentCode } from './extension-browser';
import { ROOT } from './paths';

const SCREENSHOTS = path.join(ROOT, 'test-results', 'dashboard');
const site = { origin: 'https://ehr.example.org', route: '/Patient/:id/chart' };
const HOUR = 3600_000;

interface Device {
  deviceId: string;
  userId: string;
  token: string;
  head: AuditEvent | null;
}

describe('auditor dashboard in Chromium', () => {
  const stack = inject('stack');
  let browser: Browser;
  let page: Page;
  const consoleProblems: string[] = [];
  const devices: Device[] = [];

  async function enrol(): Promise<Device> {
    const keys = (await crypto.subtle.generateKey(DEVICE_KEY_ALGORITHM, false, ['sign', 'verify'])) as CryptoKeyPair;
    const deviceId = crypto.randomUUID();
    const res = await fetch(`${stack.workerUrl}/v1/enrol`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: takeEnrolmentCode(), deviceId, publicKey: await exportPublicKeyJwk(keys.publicKey) }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { accessToken: string; userId: string };
    return { deviceId, userId: body.userId, token: body.accessToken, head: null };
  }

  /** Chains and sends drafts for a device, `stepMs` apart, starting `startAgoMs` ago. */
  async function send(device: Device, drafts: EventDraft[], startAgoMs: number, stepMs: number): Promise<Response> {
    const events: AuditEvent[] = [];
    for (const [i, draft] of drafts.entries()) {
      const event = appendToChain(draft, device.deviceId, device.head, new Date(Date.now() - startAgoMs + i * stepMs), device.userId);
      events.push(event);
      device.head = event;
    }
    return fetch(`${stack.workerUrl}/v1/events`, { method: 'POST', headers: { Authorization: `Bearer ${device.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ events }) });
  }

  const reveal = (phiType: PhiType, reason: RevealReason, ticket?: string): EventDraft => ({ type: 'value_revealed', site, reason, phiType, valueDigest: 'ab'.repeat(32), ...(ticket ? { ticket } : {}) });

  async function screenshot(name: string) {
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // Five technicians: the first reveals far more than the four others, over three days.
    for (let i = 0; i < 5; i++) devices.push(await enrol());
    const [heavy, light, other] = devices as [Device, Device, Device];
    const types: PhiType[] = ['SSN', 'NAME', 'DATE', 'MRN'];
    const reasons: RevealReason[] = ['treatment', 'payment', 'technical_support'];
    expect((await send(heavy, Array.from({ length: 90 }, (_, i) => reveal(types[i % 4]!, reasons[i % 3]!, i % 4 ? undefined : 'INC-2201')), 60 * HOUR, 40 * 60_000)).status).toBe(200);
    expect((await send(light, [{ type: 'masking_failed', site, failure: 'canvas', count: 2 }, { type: 'site_protection_changed', origin: site.origin, enabled: false }], 30 * HOUR, HOUR)).status).toBe(200);
    expect((await send(other, [reveal('DATE', 'emergency'), reveal('SSN', 'legal', 'CASE-9')], 26 * HOUR, HOUR)).status).toBe(200);
    for (const d of devices.slice(1)) {
      const drafts = Array.from({ length: d === other ? 8 : 10 }, (_, i) => reveal(i % 2 ? 'NAME' : 'DATE', 'treatment', i % 3 ? undefined : 'INC-7'));
      expect((await send(d, drafts, 20 * HOUR, HOUR)).status).toBe(200);
    }
    // A batch that skips ahead is refused and recorded against the device's chain.
    const gap = await fetch(`${stack.workerUrl}/v1/events`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${other.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ events: [appendToChain(reveal('SSN', 'treatment'), other.deviceId, { seq: other.head!.seq + 5, hash: other.head!.hash }, new Date(), other.userId)] }),
    });
    expect(gap.status).toBe(409);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(message.text());
    });
  });
  afterAll(() => browser?.close());

  it('signs in with the keyboard and keeps the session in an HttpOnly, SameSite=Strict cookie', async () => {
    await page.goto(`${stack.workerUrl}/audit`);
    expect(new URL(page.url()).pathname).toBe('/audit/sign-in');
    await screenshot('sign-in');
    // The token field has focus on arrival: type and press Enter.
    await page.keyboard.type(stack.auditorToken);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Reveals per day' }).waitFor();
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: 'audit_session', httpOnly: true, sameSite: 'Strict', secure: false });
    expect(cookie!.value).not.toBe(stack.auditorToken);
  });

  it('shows the timeline, tables, flagged anomalies and chain status', async () => {
    const heavy = devices[0]!;
    await expect.poll(() => page.locator('svg[role="img"] rect.bar').count()).toBeGreaterThan(2);
    const anomalies = page.locator('ul.anomalies');
    await expect.poll(() => anomalies.innerText()).toMatch(new RegExp(`far above peers\\s+${heavy.userId} revealed 90 values`));
    expect(await anomalies.innerText()).toContain('1 batch(es) refused at ingest');
    // Other test files sync protection changes to the same demo tenant: count this file's own, one user's view.
    const light = devices[1]!;
    const lightView = await page.context().newPage();
    await lightView.goto(`${stack.workerUrl}/audit?user=${encodeURIComponent(light.userId)}`);
    expect(await lightView.locator('ul.anomalies').innerText()).toMatch(/1 masking failures, 1 protection changes, 0 panic switches/);
    await lightView.close();
    const perUser = page.getByRole('table', { name: 'Reveals per user' });
    expect(await perUser.getByRole('row').filter({ hasText: heavy.userId }).innerText()).toMatch(/90\s+67\s+\d+\s+1/);
    expect(await page.getByRole('table', { name: 'Chain status per device' }).innerText()).toContain('refused batches');
    await screenshot('overview');
  });

  it('filters by keyboard through a linkable GET form and exports exactly the filtered view', async () => {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.getByRole('combobox', { name: 'PHI type' }).focus();
    await page.keyboard.press('S'); // SSN is the first option starting with S
    const user = page.getByRole('textbox', { name: 'User', exact: true });
    await user.fill(devices[0]!.userId);
    await user.press('Enter');
    await page.waitForURL(/phiType=SSN/);
    const url = new URL(page.url());
    expect(url.searchParams.get('user')).toBe(devices[0]!.userId);
    const revealsCard = Number((await page.locator('.card').filter({ hasText: /^[\d,]+Reveals$/ }).locator('.n').innerText()).replace(/,/g, ''));
    expect(revealsCard).toBe(23); // every fourth of 90 reveals, from the first

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8').trimEnd().split('\r\n');
    expect(csv[0]).toMatch(/^receivedAt,occurredAt,deviceId,seq,userId,type,origin,route,phiType,reason,ticket,prevHash,hash,details$/);
    expect(csv.slice(1)).toHaveLength(revealsCard);
    expect(csv.slice(1).every((row) => row.includes(',SSN,') && row.includes(devices[0]!.userId))).toBe(true);

    const [fhirDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'FHIR R4 Bundle' }).click()]);
    const bundle = JSON.parse(readFileSync((await fhirDownload.path())!, 'utf8')) as { resourceType: string; entry: { resource: { type: { code: string } } }[] };
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.entry).toHaveLength(revealsCard);
    expect(new Set(bundle.entry.map((e) => e.resource.type.code))).toEqual(new Set(['110110']));
    await screenshot('overview-filtered');
  });

  it('lists events newest first and verifies a device chain page by page', async () => {
    await page.getByRole('link', { name: 'Events', exact: true }).click();
    await page.getByRole('heading', { name: 'Events, newest first' }).waitFor();
    // Newest first means latest received (ingest order); device times within a batch may differ.
    const received = await page.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(received).toHaveLength(100);
    expect(received).toEqual(received.toSorted().reverse());
    await page.getByRole('link', { name: 'Older events' }).click();
    await page.waitForURL(/after=\d+/);
    await page.getByRole('link', { name: 'Newest events' }).waitFor();
    const older = await page.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(older.length).toBeGreaterThan(0);
    expect(older[0]! <= received.at(-1)!).toBe(true);
    await screenshot('events');

    await page.getByRole('link', { name: 'Chain integrity' }).click();
    await page.getByRole('link', { name: `Verify hashes of device ${devices[0]!.deviceId}` }).click();
    await page.getByText('no problems on this page').waitFor();
    expect(await page.locator('main').innerText()).toContain('The stored chain ends at the head the server accepted.');
    await screenshot('chain-verified');
  });

  it('checks an event on the integrity page with a plain form, and links the admin changes', async () => {
    await page.getByRole('link', { name: 'Log integrity' }).click();
    await page.getByRole('heading', { name: 'Signed checkpoints' }).waitFor();
    // Today's events are not in the tree yet: the integrity job appends each day once it is over.
    expect(await page.locator('main').innerText()).toContain('No checkpoint signed yet');
    await page.getByRole('spinbutton', { name: 'Event id' }).fill('1');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/audit\/integrity\?event=1$/);
    expect(await page.getByRole('alert').innerText()).toContain('not in this tenant’s tree yet');
    await screenshot('integrity');
    await page.getByRole('link', { name: 'Admin changes' }).click();
    await page.getByRole('heading', { name: "Changes by the tenant's admins, newest first" }).waitFor();
  });

  it('shows every view in the access log, then signs out', async () => {
    await page.getByRole('link', { name: 'Access log' }).click();
    const log = await page.getByRole('table', { name: 'Access log' }).innerText();
    expect(log).toMatch(/demo-auditor\s+export\s+format=fhir/);
    expect(log).toMatch(/demo-auditor\s+dashboard\s+view=overview/);
    expect(log).toMatch(/demo-auditor\s+sign in/);
    await screenshot('access-log');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/audit\/sign-in$/);
    await page.goto(`${stack.workerUrl}/audit`);
    expect(new URL(page.url()).pathname).toBe('/audit/sign-in');
    // No script runs and nothing was blocked: the CSP never had to refuse anything.
    expect(consoleProblems).toEqual([]);
  });
});
