import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ContentMessage } from '../../extension/masking/content-messages';
import { PDF_COVER_ATTRIBUTE } from '../../extension/masking/pdf-cover';
import { launchWithExtension, shieldReady, type ExtensionBrowser } from './extension-browser';
import { dumpExtensionIndexedDb, plantedIn } from './leak-scan';
import { minimalPdf } from './minimal-pdf';
import { ocr, readableIn } from './masking-ocr';
import { framesLeaking, recordScreencast } from './screencast';

// The extension APIs the test calls inside the service worker and the popup page.
declare const chrome: {
  tabs: { query(filter: { active: boolean }): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const PLANTED = ['Marisol Quintanilla', '512-44-8120', '04/17/1958'];
const PDF = minimalPdf(['Patient: Marisol Quintanilla', 'SSN 512-44-8120', 'DOB 04/17/1958']);

/** A PDF at /chart.pdf and at /records/42 (no .pdf in the URL), and a page framing the latter. */
function startPdfServer(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.url === '/chart.pdf' || req.url === '/records/42') {
      res.writeHead(200, { 'content-type': 'application/pdf' }).end(PDF);
    } else if (req.url === '/records.html') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Records</title><p>Scanned records</p><iframe src="/records/42" width="900" height="700"></iframe>');
    } else res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server })));
}

/** What the test reads of a DevTools protocol DOM node. */
interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The centre of the cover's button, in the shield's closed shadow root: Playwright cannot see into it, the DevTools protocol can. */
async function coverButtonCentre(browser: ExtensionBrowser, page: Page): Promise<{ x: number; y: number }> {
  const cdp = await browser.context.newCDPSession(page);
  const find = (node: DomNode, found: (n: DomNode) => boolean): DomNode | undefined =>
    found(node) ? node : [...(node.children ?? []), ...(node.shadowRoots ?? [])].map((child) => find(child, found)).find(Boolean);
  const { root }: { root: DomNode } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const cover = find(root, (n) => n.attributes?.includes(PDF_COVER_ATTRIBUTE) ?? false);
  const button = cover && find(cover, (n) => n.nodeName === 'BUTTON');
  if (!button) throw new Error('No PDF cover button on the page.');
  const { model } = await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId });
  await cdp.detach();
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
}

describe('a tab or frame navigated straight to a PDF (the browser viewer, where no content script runs)', () => {
  let browser: ExtensionBrowser;
  let pdfServer: { url: string; server: Server };
  let page: Page;
  let tabId: number;

  const events = async (type: string) =>
    (JSON.parse(await dumpExtensionIndexedDb(browser.serviceWorker)) as Record<string, { type?: string }[]>)['phi-shield-audit/events']!.filter((e) => e.type === type);
  const sendToTab = (message: ContentMessage) => browser.serviceWorker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, message] as const);
  const screenText = async () => ocr(await page.screenshot());
  /**
   * Planted values OCR reads on any screenshot taken over `ms`: the viewer draws a while after its
   * frames appear, so one early screenshot could miss PHI it later shows (without the shield, the
   * framed PDF below read in full after about 2 s).
   */
  const readableDuring = async (ms: number) => {
    const seen = new Set<string>();
    const end = Date.now() + ms;
    do for (const value of readableIn(await screenText(), PLANTED)) seen.add(value);
    while (Date.now() < end);
    return [...seen];
  };
  const framedPdf = () => page.frames().find((f) => f.url().endsWith('/records/42'))!;
  const openPdf = async (path: string) => {
    await page.goto(`${pdfServer.url}${path}`);
    await shieldReady(page);
    await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/'))).toBe(true);
  };

  beforeAll(async () => {
    pdfServer = await startPdfServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    tabId = await browser.serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
  });
  afterAll(async () => {
    await browser?.close();
    pdfServer?.server.close();
  });

  it('shows none of a PDF tab while protection is on, from the first paint: the viewer is hidden and a cover says why', async () => {
    const frames = await recordScreencast(browser.context, page, async () => {
      await openPdf('/chart.pdf');
      await page.waitForTimeout(3_000); // the viewer draws a while after its frames appear
    });
    expect(framesLeaking(frames, PLANTED)).toEqual([]);
    expect(ocr(frames.at(-1)!)).toMatch(/PDF hidden/);
    expect(await page.evaluate(() => getComputedStyle(document.body).opacity)).toBe('0');
  });

  it('opens the PDF through the cover only after a reason, logged as a page reveal, and hides it again when the reveal ends', async () => {
    const { x, y } = await coverButtonCentre(browser, page);
    await page.mouse.click(x, y);
    await page.locator(`phi-shield-ui:not([${PDF_COVER_ATTRIBUTE}])`).waitFor({ state: 'attached' }); // the reason dialog
    expect(readableIn(await screenText(), PLANTED)).toEqual([]); // nothing shown while asking
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.locator('html[data-phi-shield~="reveal"]').waitFor({ state: 'attached' });
    // The viewer really draws the PDF, and OCR reads it: the checks above can fail.
    await expect.poll(async () => readableIn(await screenText(), PLANTED)).toEqual(PLANTED);
    const [revealed] = await events('page_revealed');
    expect(revealed).toMatchObject({ reason: 'treatment' });
    expect(plantedIn(await dumpExtensionIndexedDb(browser.serviceWorker), PLANTED)).toEqual([]);
    await sendToTab({ kind: 'shield-command', command: 'toggle-reveal-mode' }); // the reveal-mode shortcut ends it
    await expect.poll(async () => readableIn(await screenText(), PLANTED)).toEqual([]);
    await expect.poll(() => events('reveal_ended')).toHaveLength(1);
  });

  it('hides a PDF inside a frame whose URL does not end in .pdf', async () => {
    await page.goto(`${pdfServer.url}/records.html`);
    await shieldReady(framedPdf());
    await expect.poll(() => framedPdf().childFrames().some((f) => f.url().startsWith('chrome-extension://'))).toBe(true); // the viewer
    expect(await readableDuring(3_000)).toEqual([]);
    const text = await screenText();
    expect(text).toMatch(/Scanned records/);
    expect(text).toMatch(/PDF hidden/);
  });

  it("shows the PDF, in a tab and in a frame, when the site's protection is off (the checks above can fail)", async () => {
    await openPdf('/chart.pdf');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const setProtection = (enabled: boolean) => popup.evaluate(([id, on]) => chrome.runtime.sendMessage({ kind: 'set-site-protection', tabId: id, enabled: on }), [tabId, enabled] as const);
    expect(await setProtection(false)).toMatchObject({ ok: true });
    await popup.close();
    await page.reload();
    await page.locator('html[data-phi-shield~="off"]').waitFor({ state: 'attached' });
    await expect.poll(async () => readableIn(await screenText(), PLANTED)).toEqual(PLANTED);
    expect(await screenText()).not.toMatch(/PDF hidden/);
    await page.goto(`${pdfServer.url}/records.html`);
    await framedPdf().locator('html[data-phi-shield~="off"]').waitFor({ state: 'attached' });
    await expect.poll(async () => readableIn(await screenText(), PLANTED)).toEqual(PLANTED);
  });
});
