import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AuditEventOf } from '../../shared/events';
import { enrolThroughOptionsPage, extensionDeviceId, launchWithExtension, maskedTexts, type ExtensionBrowser } from './extension-browser';
import { dumpExtensionIndexedDb, plantedIn, readTree } from './leak-scan';

// PHI planted on demo/index.html.
const PLANTED = ['Marisol', 'Quintanilla', '512-44-8120', '04/17/1958', '2231 Larkspur'];

describe('thin slice: mask on the page, log in IndexedDB, sync to the Worker, read as an auditor', () => {
  const stack = inject('stack');
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension();
    await enrolThroughOptionsPage(browser, stack.serverUrl);
  });
  afterAll(() => browser?.close());

  it('masks SSN, dates and the labelled patient name without touching the page text', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${stack.pagesUrl}/index.html?patient=Quintanilla`);
    await expect.poll(() => maskedTexts(page)).toEqual(expect.arrayContaining(['512-44-8120', '04/17/1958', 'Marisol Quintanilla']));
    // The DOM still holds the text: masking is paint-only, so the EHR's own scripts keep working.
    expect(await page.locator('.banner').innerText()).toContain('512-44-8120');
    await page.close();
  });

  it('syncs a page_protected event the auditor can read, carrying counts and no PHI', async () => {
    let events: (AuditEventOf<'page_protected'> & { receivedAt: string })[] = [];
    // This device's events only: other test files share the tenant.
    const deviceId = await extensionDeviceId(browser);
    await expect
      .poll(
        async () => {
          const res = await fetch(`${stack.workerUrl}/v1/events?type=page_protected&device=${deviceId}`, { headers: { Authorization: `Bearer ${stack.auditorToken}` } });
          events = ((await res.json()) as { events: typeof events }).events;
          return events.some((e) => e.site.route === '/index.html');
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(true);
    const event = events.find((e) => e.site.route === '/index.html')!;
    expect(event.site.origin).toBe(stack.pagesUrl);
    expect(event.counts.SSN).toBeGreaterThanOrEqual(1);
    expect(event.counts.DATE).toBeGreaterThanOrEqual(1);
    expect(event.counts.NAME).toBeGreaterThanOrEqual(1);
    expect(plantedIn(JSON.stringify(events), PLANTED)).toEqual([]);
  });

  it('leaves no planted PHI in IndexedDB, the request bodies or D1', async () => {
    const indexedDb = await dumpExtensionIndexedDb(browser.serviceWorker);
    expect(indexedDb).toContain('page_protected'); // the dump is real, not empty
    expect(plantedIn(indexedDb, PLANTED)).toEqual([]);

    const requests = readFileSync(stack.requestLog, 'utf8');
    expect(requests).toContain('/v1/events');
    expect(plantedIn(requests, PLANTED)).toEqual([]);

    const d1 = readTree(stack.persistDir);
    expect(d1).toContain('page_protected');
    expect(plantedIn(d1, PLANTED)).toEqual([]);
  });
});
