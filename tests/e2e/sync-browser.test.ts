import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { enrolThroughOptionsPage, launchWithExtension, type ExtensionBrowser } from './extension-browser';
import { startFaultProxy, type FaultProxy } from './fault-proxy';

/**
 * The sync fault matrix in the real browser: the built extension's alarm-driven sync, through a
 * fault proxy, to the real Worker. Each case ends with every event of the device's chain stored on
 * the server exactly once and the outbox empty.
 */

interface DeviceLog {
  deviceId: string;
  headSeq: number;
  queued: number;
}

describe('sync in the browser under faults', () => {
  const stack = inject('stack');
  let browser: ExtensionBrowser;
  let proxy: FaultProxy;
  let extensionPage: Page;

  beforeAll(async () => {
    proxy = await startFaultProxy(stack.workerUrl);
    browser = await launchWithExtension();
    await enrolThroughOptionsPage(browser, proxy.url);
    extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
  });

  /** The device's id, chain head and outbox size, read from its IndexedDB. */
  function deviceLog(): Promise<DeviceLog> {
    return extensionPage.evaluate(async () => {
      const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
      const db = await request(indexedDB.open('phi-shield-audit'));
      const tx = db.transaction(['meta', 'outbox']);
      const [device, head, queued] = await Promise.all([
        request(tx.objectStore('meta').get('device')),
        request(tx.objectStore('meta').get('chainHead')),
        request(tx.objectStore('outbox').count()),
      ]);
      db.close();
      return { deviceId: device.value.deviceId as string, headSeq: (head?.value.seq as number) ?? 0, queued };
    });
  }

  async function serverSeqs(deviceId: string): Promise<number[]> {
    const res = await fetch(`${stack.workerUrl}/v1/events?device=${deviceId}&limit=500`, { headers: { Authorization: `Bearer ${stack.auditorToken}` } });
    return ((await res.json()) as { events: { seq: number }[] }).events.map((e) => e.seq).sort((a, b) => a - b);
  }

  /** Waits until the server holds the device's whole chain, each event once, and nothing is queued. */
  async function expectEverythingStoredOnce() {
    await expect
      .poll(
        async () => {
          const log = await deviceLog();
          return { queued: log.queued, seqs: await serverSeqs(log.deviceId), expected: Array.from({ length: log.headSeq }, (_, i) => i + 1) };
        },
        { timeout: 30_000, interval: 500 },
      )
      .toSatisfy(({ queued, seqs, expected }) => queued === 0 && expected.length > 0 && JSON.stringify(seqs) === JSON.stringify(expected));
  }

  function lastSyncError(): Promise<string | null> {
    return extensionPage.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<{ value: { lastError: string | null } }> } } };
      return (await chrome.runtime.sendMessage({ kind: 'get-status' })).value.lastError;
    });
  }

  /** A page visit: the content script reports it and the background records an event and syncs soon. */
  async function visitEhrPage() {
    const { headSeq } = await deviceLog();
    const page = await browser.context.newPage();
    await page.goto(`${stack.pagesUrl}/sync-visit.html`);
    // Kept open until recorded: a waking service worker may not take a closed tab's message.
    await expect.poll(async () => (await deviceLog()).headSeq, { timeout: 10_000 }).toBeGreaterThan(headSeq);
    await page.close();
  }

  it('network cut after the server committed: the retry is acknowledged as duplicates', async () => {
    proxy.inject('cut-after-commit');
    await visitEhrPage();
    await expectEverythingStoredOnce();
    expect(proxy.log.map((r) => r.fault)).toContain('cut-after-commit');
  });

  it('server 500: the batch is kept and resent after the backoff', async () => {
    proxy.inject('error-500');
    await visitEhrPage();
    // The failure is visible (the popup shows it) until the retry succeeds.
    await expect.poll(lastSyncError, { timeout: 10_000, interval: 100 }).toMatch(/^internal_error/);
    await expectEverythingStoredOnce();
    expect(await lastSyncError()).toBeNull();
  });

  it('service worker stopped mid-sync: the restarted worker resumes from IndexedDB', async () => {
    proxy.inject('hold-after-commit');
    await visitEhrPage();
    await proxy.held(); // the server has committed the batch; its answer never arrives
    const before = await deviceLog();
    expect(before.queued).toBeGreaterThan(0);

    // Stop the extension's service worker as Chrome does when it idles, from a session in the
    // extension's own storage partition (one on a web page does not see it).
    await browser.serviceWorker.evaluate(() => Object.assign(globalThis, { syncTestMarker: true }));
    const cdp = await browser.context.newCDPSession(extensionPage);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    proxy.releaseHeld();
    await visitEhrPage(); // wakes a new service worker, which records this visit and syncs
    const worker = browser.context.serviceWorkers()[0]!;
    expect(await worker.evaluate(() => 'syncTestMarker' in globalThis)).toBe(false); // a fresh worker, not the stopped one
    await expectEverythingStoredOnce();
    expect((await deviceLog()).headSeq).toBeGreaterThan(before.headSeq);
  });
});
