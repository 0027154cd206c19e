import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { EXTENSION_DIR } from './paths';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with the built extension loaded into a fresh profile; `extraArgs` are added to its flags. */
export async function launchWithExtension(extraArgs: string[] = []): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'phi-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 1000 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Claims an enrolment code no other test file has used (mkdir is atomic across processes). */
export function takeEnrolmentCode(): string {
  const { enrolmentCodes, claimDir } = inject('stack');
  for (const [i, code] of enrolmentCodes.entries()) {
    try {
      mkdirSync(path.join(claimDir, String(i)));
      return code;
    } catch {
      // claimed already
    }
  }
  throw new Error('The e2e stack ran out of enrolment codes: raise enrolmentCodes in global-setup.ts.');
}

/** Enrols the extension through its real options page. */
export async function enrolThroughOptionsPage(browser: ExtensionBrowser, serverUrl: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByLabel('Audit server URL').fill(serverUrl);
  await page.getByLabel('Enrolment code').fill(takeEnrolmentCode());
  await page.getByRole('button', { name: 'Enrol' }).click();
  const result = page.locator('#enrol-result').filter({ hasText: /^Enrolled\.$|failed/ });
  await result.waitFor({ timeout: 10_000 });
  const text = await result.textContent();
  if (text !== 'Enrolled.') throw new Error(`The options page says: ${text}`);
  await page.close();
}

/** Resolves once the shield has marked the page (or frame) ready: its first scan is masked. */
export function shieldReady(target: Page | Frame): Promise<void> {
  return target.locator('html[data-phi-shield~="ready"]').waitFor({ state: 'attached' });
}

/** A new tab of the extension's browser on `url`, once the shield has masked it. */
export async function openMaskedPage(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await shieldReady(page);
  return page;
}

/** The text under the extension's mask highlight, read from the page's own highlight registry. */
export function maskedTexts(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('phi-shield-mask');
    // The extension masks with StaticRanges (no toString): read each through a live Range.
    const text = (range: AbstractRange) => {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return live.toString();
    };
    return highlight ? [...highlight].map(text) : [];
  });
}

/** The id the extension chains its events under, read from its own IndexedDB. */
export function extensionDeviceId(browser: ExtensionBrowser): Promise<string> {
  return browser.serviceWorker.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const db = await request(indexedDB.open('phi-shield-audit'));
    const row = await request(db.transaction('meta').objectStore('meta').get('device'));
    db.close();
    return (row as { value: { deviceId: string } }).value.deviceId;
  });
}
