/**
 * Masking benchmark: `npm run bench:mask` (builds nothing: run `npm run build` first, or set
 * PHI_OUT_DIR to your build). Real Chromium, the same pages with and without the extension in the
 * same run, figures as medians with the ratio against the page without the extension:
 * 1. a large EHR page (5,000-row encounter table, about 1 MB of text): load without the extension
 *    vs. time until the first full mask is painted-ready with it;
 * 2. 100 rows appended by the page's script: time until the next task (masking runs in the
 *    mutation callback before it), with and without the extension;
 * 3. page-load overhead on ../shared/corpus/ehr-pages (until load, and until masked);
 * 4. JavaScript heap of the large page after GC, with and without the content script.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startStaticServer } from '../scripts/static-server';
import { encounterRow, encounterTableHtml } from './mask/encounter-table';
import { EXTENSION_DIR, launchChromium } from './mask/launch';

const LARGE_ROWS = 5_000;
const LOAD_RUNS = 5;
const APPEND_RUNS = 21;
const CORPUS_RUNS = 3;
const CORPUS_DIR = path.resolve(import.meta.dirname, '../../shared/corpus/ehr-pages');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2)}x`;

/** Records, in the page's own clock, when the shield marks the page ready (masked). */
function recordReadyTime(context: BrowserContext) {
  return context.addInitScript(() => {
    const w = window as Window & { phiShieldReadyAt?: number };
    new MutationObserver(() => {
      if (w.phiShieldReadyAt === undefined && document.documentElement?.getAttribute('data-phi-shield')?.split(' ').includes('ready')) {
        w.phiShieldReadyAt = performance.now();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-phi-shield'] });
  });
}

/** Navigates and returns [load event end, masked-ready time] in ms since navigation start. */
async function timedLoad(page: Page, url: string, shielded: boolean): Promise<{ load: number; ready: number }> {
  await page.goto(url, { waitUntil: 'load' });
  if (shielded) await page.waitForFunction(() => (window as Window & { phiShieldReadyAt?: number }).phiShieldReadyAt !== undefined);
  return page.evaluate(() => {
    const load = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    return { load, ready: Math.max(load, (window as Window & { phiShieldReadyAt?: number }).phiShieldReadyAt ?? 0) };
  });
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

async function main() {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  const large = encounterTableHtml(LARGE_ROWS);
  const largeServer = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(large));
  await new Promise<void>((resolve) => largeServer.listen(0, '127.0.0.1', resolve));
  const largeUrl = `http://127.0.0.1:${(largeServer.address() as { port: number }).port}/encounters`;
  const corpus = existsSync(CORPUS_DIR) ? await startStaticServer([CORPUS_DIR]) : null;
  const plain = await launchChromium(false);
  const shielded = await launchChromium(true);
  await recordReadyTime(shielded.context);
  const [plainPage, shieldedPage] = await Promise.all([plain.context.newPage(), shielded.context.newPage()]);
  const summary: Record<string, number> = {};

  try {
    console.log(`Large page: ${LARGE_ROWS} encounter rows, ${(Buffer.byteLength(large) / 1e6).toFixed(2)} MB of HTML, ${LOAD_RUNS} loads each`);
    const plainLoads: number[] = [];
    const shieldedLoads: number[] = [];
    const shieldedReady: number[] = [];
    for (let run = 0; run < LOAD_RUNS; run++) {
      plainLoads.push((await timedLoad(plainPage, largeUrl, false)).load);
      const timing = await timedLoad(shieldedPage, largeUrl, true);
      shieldedLoads.push(timing.load);
      shieldedReady.push(timing.ready);
    }
    const [baseLoad, withLoad, withReady] = [median(plainLoads), median(shieldedLoads), median(shieldedReady)];
    console.log(`  load without extension        ${ms(baseLoad)}`);
    console.log(`  load with extension           ${ms(withLoad)}  (${ratio(withLoad, baseLoad)})`);
    console.log(`  first full mask done          ${ms(withReady)}  (${ratio(withReady, baseLoad)} of the load without)`);
    Object.assign(summary, { largeLoadMs: baseLoad, largeMaskedMs: withReady, largeMaskedRatio: withReady / baseLoad });

    const masked = () => shieldedPage.evaluate(() => CSS.highlights.get('phi-shield-mask')?.size ?? 0);
    const before = await masked();
    const rows = Array.from({ length: 100 }, (_, i) => encounterRow(LARGE_ROWS + i)).join('');
    const appendTimes = async (page: Page) => {
      const times: number[] = [];
      for (let run = 0; run < APPEND_RUNS; run++) {
        times.push(
          await page.evaluate(async (html) => {
            const t0 = performance.now();
            document.querySelector('#encounters tbody')!.insertAdjacentHTML('beforeend', html);
            await new Promise((resolve) => setTimeout(resolve, 0));
            return performance.now() - t0;
          }, rows),
        );
      }
      return median(times);
    };
    const [baseAppend, withAppend] = [await appendTimes(plainPage), await appendTimes(shieldedPage)];
    const maskedPerAppend = ((await masked()) - before) / APPEND_RUNS;
    console.log(`100 rows appended by script (median of ${APPEND_RUNS}, ${maskedPerAppend.toFixed(0)} ranges masked per append)`);
    console.log(`  until next task without       ${ms(baseAppend)}`);
    console.log(`  until next task, masked       ${ms(withAppend)}  (${ratio(withAppend, baseAppend)}; masking ${ms(withAppend - baseAppend)}, target one 16 ms frame)`);
    Object.assign(summary, { append100Ms: withAppend, append100MaskingMs: withAppend - baseAppend });

    await Promise.all([plainPage.goto(largeUrl), timedLoad(shieldedPage, largeUrl, true)]);
    const [baseHeap, withHeap] = [await heapAfterGc(plainPage), await heapAfterGc(shieldedPage)];
    console.log(`JS heap of the large page after GC`);
    console.log(`  without extension             ${(baseHeap / 1e6).toFixed(1)} MB`);
    console.log(`  with extension                ${(withHeap / 1e6).toFixed(1)} MB  (content script: +${((withHeap - baseHeap) / 1e6).toFixed(1)} MB)`);
    Object.assign(summary, { contentScriptHeapMb: (withHeap - baseHeap) / 1e6 });

    if (corpus) {
      const files = (await import('node:fs')).readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.html')).sort();
      const loadRatios: number[] = [];
      const readyRatios: number[] = [];
      for (const file of files) {
        const base: number[] = [];
        const withLoads: number[] = [];
        const withReadies: number[] = [];
        for (let run = 0; run < CORPUS_RUNS; run++) {
          base.push((await timedLoad(plainPage, `${corpus.url}/${file}`, false)).load);
          const timing = await timedLoad(shieldedPage, `${corpus.url}/${file}`, true);
          withLoads.push(timing.load);
          withReadies.push(timing.ready);
        }
        loadRatios.push(median(withLoads) / median(base));
        readyRatios.push(median(withReadies) / median(base));
      }
      console.log(`Corpus (${files.length} EHR pages, ${CORPUS_RUNS} loads each), median over pages of the per-page ratio`);
      console.log(`  load event, with / without    ${median(loadRatios).toFixed(2)}x  (overhead ${((median(loadRatios) - 1) * 100).toFixed(0)}%, target <= 10%)`);
      console.log(`  masked, with / load without   ${median(readyRatios).toFixed(2)}x  (worst page ${Math.max(...readyRatios).toFixed(2)}x)`);
      Object.assign(summary, { corpusLoadOverhead: median(loadRatios) - 1, corpusMaskedRatio: median(readyRatios) });
    } else console.log(`Corpus: ${CORPUS_DIR} not found, skipped`);
  } finally {
    await Promise.all([plain.close(), shielded.close()]);
    largeServer.close();
    corpus?.server.close();
  }
  console.log(JSON.stringify({ bench: 'mask', ...summary }));
}

await main();
