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
 * Both browsers get the same init script (timed-load.ts), loads interleave between them (each run in a random order)
 * and the pages are served from a child process (mask/server-process.ts).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { encounterRow, encounterTableHtml } from './mask/encounter-table';
import { EXTENSION_DIR, launchChromium } from './mask/launch';
import { serveInChild } from './mask/server-process';
import { interleavedLoads, instrumentLoads, median, timedLoad } from './mask/timed-load';

const LARGE_ROWS = 5_000;
const LOAD_RUNS = 5;
const APPEND_RUNS = 21;
const CORPUS_RUNS = 7;
const CORPUS_DIR = path.resolve(import.meta.dirname, '../../shared/corpus/ehr-pages');

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2)}x`;

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
  const largeDir = mkdtempSync(path.join(tmpdir(), 'phi-bench-pages-'));
  writeFileSync(path.join(largeDir, 'encounters.html'), large);
  const hasCorpus = existsSync(CORPUS_DIR);
  const pages = await serveInChild(hasCorpus ? [largeDir, CORPUS_DIR] : [largeDir]);
  const largeUrl = `${pages.url}/encounters.html`;
  const plain = await launchChromium();
  const shielded = await launchChromium(EXTENSION_DIR);
  // The same init script in both, so only the extension differs.
  await Promise.all([instrumentLoads(plain.context), instrumentLoads(shielded.context)]);
  const [plainPage, shieldedPage] = await Promise.all([plain.context.newPage(), shielded.context.newPage()]);
  const summary: Record<string, number> = {};

  try {
    console.log(`Large page: ${LARGE_ROWS} encounter rows, ${(Buffer.byteLength(large) / 1e6).toFixed(2)} MB of HTML, ${LOAD_RUNS} loads each`);
    const [plainLoads, shieldedLoads] = await interleavedLoads([plainPage, shieldedPage], largeUrl, LOAD_RUNS);
    const [baseLoad, withLoad, withReady] = [median(plainLoads!.map((l) => l.load)), median(shieldedLoads!.map((l) => l.load)), median(shieldedLoads!.map((l) => l.ready))];
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

    await Promise.all([timedLoad(plainPage, largeUrl), timedLoad(shieldedPage, largeUrl)]);
    const [baseHeap, withHeap] = [await heapAfterGc(plainPage), await heapAfterGc(shieldedPage)];
    console.log(`JS heap of the large page after GC`);
    console.log(`  without extension             ${(baseHeap / 1e6).toFixed(1)} MB`);
    console.log(`  with extension                ${(withHeap / 1e6).toFixed(1)} MB  (content script: +${((withHeap - baseHeap) / 1e6).toFixed(1)} MB)`);
    Object.assign(summary, { contentScriptHeapMb: (withHeap - baseHeap) / 1e6 });

    if (hasCorpus) {
      const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.html')).sort();
      const loadRatios: number[] = [];
      const readyRatios: number[] = [];
      const loadAverages: number[] = [];
      for (const file of files) {
        const [base, shieldedLoads] = await interleavedLoads([plainPage, shieldedPage], `${pages.url}/${file}`, CORPUS_RUNS);
        const baseLoad = median(base!.map((l) => l.load));
        loadRatios.push(median(shieldedLoads!.map((l) => l.load)) / baseLoad);
        readyRatios.push(median(shieldedLoads!.map((l) => l.ready)) / baseLoad);
        loadAverages.push(loadavg()[0]!);
      }
      console.log(`Corpus (${files.length} EHR pages, ${CORPUS_RUNS} loads each, interleaved; load average ${Math.min(...loadAverages).toFixed(1)}-${Math.max(...loadAverages).toFixed(1)}), median over pages of the per-page ratio`);
      console.log(`  load event, with / without    ${median(loadRatios).toFixed(2)}x  (overhead ${((median(loadRatios) - 1) * 100).toFixed(0)}%, target <= 10%)`);
      console.log(`  masked, with / load without   ${median(readyRatios).toFixed(2)}x  (worst page ${Math.max(...readyRatios).toFixed(2)}x)`);
      Object.assign(summary, { corpusLoadOverhead: median(loadRatios) - 1, corpusMaskedRatio: median(readyRatios) });
    } else console.log(`Corpus: ${CORPUS_DIR} not found, skipped`);
  } finally {
    await Promise.all([plain.close(), shielded.close()]);
    pages.close();
    rmSync(largeDir, { recursive: true, force: true });
  }
  console.log(JSON.stringify({ bench: 'mask', ...summary }));
}

await main();
