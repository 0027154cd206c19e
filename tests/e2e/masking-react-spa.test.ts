import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, maskedTexts, shieldReady, type ExtensionBrowser } from './extension-browser';
import { ROOT } from './paths';

const APP_DIR = path.join(ROOT, 'tests/e2e/pages/masking/react');
// Row i's SSN, as app.js makes it.
const ssnOf = (i: number) => `${100 + (i % 500)}-${10 + (i % 89)}-${String(1000 + i).padStart(4, '0')}`;

/** Serves the React app (bundled once with esbuild) at every route, as an SPA host does. */
async function startAppServer(): Promise<{ url: string; server: Server }> {
  const bundle = await build({ entryPoints: [path.join(APP_DIR, 'app.js')], bundle: true, write: false, format: 'iife', minify: true, define: { 'process.env.NODE_ENV': '"production"' } });
  const script = bundle.outputFiles[0]!.text;
  const html = readFileSync(path.join(APP_DIR, 'index.html'), 'utf8');
  const server = createServer((req, res) => {
    const isScript = req.url === '/app.js';
    res.writeHead(200, { 'Content-Type': isScript ? 'text/javascript' : 'text/html; charset=utf-8' }).end(isScript ? script : html);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server })));
}

describe('a React SPA keeps working while masked', () => {
  let browser: ExtensionBrowser;
  let app: { url: string; server: Server };
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startAppServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(`${app.url}/patients`);
    await shieldReady(page);
  });
  afterAll(async () => {
    await browser?.close();
    app?.server.close();
  });

  it('masks the rendered rows of a virtualized list, and the rows recycled into view as it scrolls', async () => {
    await expect.poll(() => maskedTexts(page)).toEqual(expect.arrayContaining([ssnOf(0), ssnOf(5)]));
    await page.locator('#scroller').evaluate((e) => (e.scrollTop = 2500 * 28));
    await page.locator('tr[data-row="2500"]').waitFor();
    await expect.poll(() => maskedTexts(page)).toEqual(expect.arrayContaining([ssnOf(2500), ssnOf(2505)]));
    // Recycled rows hold new text: what left the screen is no longer masked anywhere.
    expect(await maskedTexts(page)).not.toContain(ssnOf(0));
  });

  it('keeps clicks, typing and re-renders working, and masks PHI typed into a live preview', async () => {
    await page.locator('#counter').click();
    await page.locator('#counter').click();
    await expect(page.locator('#counter').textContent()).resolves.toBe('Clicked 2 times');
    await page.locator('#note').pressSequentially('Callback SSN 401-22-7788 ok');
    await expect(page.locator('#preview').textContent()).resolves.toBe('Callback SSN 401-22-7788 ok');
    await expect.poll(() => maskedTexts(page)).toContain('401-22-7788');
    expect(pageErrors).toEqual([]);
  });

  it('masks the new view after an SPA route change, and the list again after going back', async () => {
    await page.locator('tr[data-row="2503"]').click();
    await expect.poll(() => page.url()).toMatch(/\/patients\/2503$/);
    await expect.poll(() => maskedTexts(page)).toContain(ssnOf(2503));
    await page.locator('#back').click();
    await page.locator('#scroller').waitFor();
    await expect.poll(() => maskedTexts(page)).toContain(ssnOf(0));
    expect(pageErrors).toEqual([]);
  });
});
