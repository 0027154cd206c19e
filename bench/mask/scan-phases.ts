/**
 * What a corpus page's first scan costs, phase by phase, as every page load pays it: code that
 * runs once per page, in a world of its own, with nothing optimised yet.
 * `npx tsx bench/mask/scan-phases.ts` (RUNS, default 9).
 *
 * For each corpus page and run, the page is loaded without the extension, and the masking code
 * (bundled with esbuild, scan-phases-world.ts) is evaluated in two fresh isolated worlds, as the
 * content script's is: in one the masking walk and the engine's detection are timed apart, in the
 * other the whole first scan. Whole page loads (load-variants.ts) say what a change is worth;
 * this says where the time is, with far less noise than a load. Prints medians over the runs:
 * - init: evaluating the bundle (the engine's module-level tables and the masking code's), what
 *   the masking module's import costs in a page;
 * - walk: the masking walk (blocks, their labels by page-structure's rules, fields, attributes);
 * - detect: the engine's detection of those blocks;
 * - first scan: all of it as the page shield runs it (also highlights, attributes, fields, title).
 * The walk asks no extension API here: `dom.openOrClosedShadowRoot`, which the content script
 * asks for every element that can host a shadow root, is not in a plain isolated world.
 */
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { CDPSession } from 'playwright-core';
import { launchChromium } from './launch';
import type { ScanPhases } from './scan-phases-world';
import { serveInChild } from './server-process';
import { median } from './timed-load';

const CORPUS_DIR = path.resolve(import.meta.dirname, '../../../shared/corpus/ehr-pages');
const RUNS = Number(process.env.RUNS ?? 9);

const bundle = await build({
  entryPoints: [path.join(import.meta.dirname, 'scan-phases-world.ts')],
  bundle: true,
  format: 'iife',
  target: 'chrome120',
  write: false,
  logLevel: 'warning',
});
// Timed inside the page, so the protocol's round trip is not counted.
const evaluateBundle = `(() => { const start = performance.now(); ${bundle.outputFiles[0]!.text}; return performance.now() - start; })()`;

async function inFreshWorld<T>(cdp: CDPSession, frameId: string, name: string, expression: string): Promise<{ init: number; value: T }> {
  const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId, worldName: name });
  const init = await cdp.send('Runtime.evaluate', { expression: evaluateBundle, contextId, returnByValue: true });
  const result = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
  if (init.exceptionDetails || result.exceptionDetails) throw new Error(`In the page: ${JSON.stringify(init.exceptionDetails ?? result.exceptionDetails)}`);
  return { init: init.result.value as number, value: result.result.value as T };
}

const corpus = await serveInChild([CORPUS_DIR]);
const browser = await launchChromium();
try {
  const tab = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(tab);
  const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.html')).sort();
  const rows: Record<'init' | 'walk' | 'detect' | 'first scan', number>[] = [];
  const loadAverages: number[] = [];
  let worlds = 0;
  // Once untimed: the first page of a renderer compiles the code, later pages reuse it.
  await tab.goto(`${corpus.url}/${files[0]}`, { waitUntil: 'load' });
  await inFreshWorld(cdp, (await cdp.send('Page.getFrameTree')).frameTree.frame.id, `phases-${worlds++}`, 'phiFirstScan()');
  console.log(`${'page'.padEnd(50)} ${'blocks'.padStart(6)} ${'init'.padStart(6)} ${'walk'.padStart(6)} ${'detect'.padStart(6)} ${'first scan'.padStart(10)}  (ms, medians of ${RUNS} runs)`);
  for (const file of files) {
    const runs: (typeof rows)[number][] = [];
    let blocks = 0;
    for (let run = 0; run < RUNS; run++) {
      await tab.goto(`${corpus.url}/${file}`, { waitUntil: 'load' });
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const phases = await inFreshWorld<ScanPhases>(cdp, frameTree.frame.id, `phases-${worlds++}`, 'phiScanPhases()');
      const scan = await inFreshWorld<number>(cdp, frameTree.frame.id, `phases-${worlds++}`, 'phiFirstScan()');
      blocks = phases.value.blocks;
      runs.push({ init: median([phases.init, scan.init]), walk: phases.value.walk, detect: phases.value.detect, 'first scan': scan.value });
    }
    loadAverages.push(loadavg()[0]!);
    const row = { init: median(runs.map((r) => r.init)), walk: median(runs.map((r) => r.walk)), detect: median(runs.map((r) => r.detect)), 'first scan': median(runs.map((r) => r['first scan'])) };
    rows.push(row);
    console.log(`${file.replace(/\.html$/, '').padEnd(50)} ${String(blocks).padStart(6)} ${Object.values(row).map((v, i) => v.toFixed(1).padStart(i === 3 ? 10 : 6)).join(' ')}`);
  }
  const over = (key: keyof (typeof rows)[number]) => `${key} ${median(rows.map((r) => r[key])).toFixed(1)} (${Math.min(...rows.map((r) => r[key])).toFixed(1)}-${Math.max(...rows.map((r) => r[key])).toFixed(1)})`;
  console.log(`Over the pages, median (range) ms: ${(['init', 'walk', 'detect', 'first scan'] as const).map(over).join('; ')}; load average ${Math.min(...loadAverages).toFixed(1)}-${Math.max(...loadAverages).toFixed(1)}`);
} finally {
  await browser.close();
  corpus.close();
}
