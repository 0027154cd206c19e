/**
 * Where a corpus page's load time goes with the extension: `npx tsx bench/mask/load-profile.ts`
 * (PHI_OUT_DIR selects the build). Loads every corpus page with and without the extension, side
 * by side, and prints, as medians over pages: the load event, CDP Performance metrics (script,
 * style, layout and task durations of the page's renderer) and a CPU profile's time in the
 * content script (compile, top level, first scan), by function.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server';
import { EXTENSION_DIR, launchChromium } from './launch';

const CORPUS_DIR = path.resolve(import.meta.dirname, '../../../shared/corpus/ehr-pages');
const RUNS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Loads `url` with a CPU profile and the renderer's metrics; returns load time, metrics and self time by frame. */
async function profiledLoad(page: Page, url: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const before = metrics((await cdp.send('Performance.getMetrics')).metrics);
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const after = metrics((await cdp.send('Performance.getMetrics')).metrics);
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, dclStart: nav.domContentLoadedEventStart, dclEnd: nav.domContentLoadedEventEnd, loadStart: nav.loadEventStart, loadEnd: nav.loadEventEnd };
  });
  const load = timing.loadEnd;
  await cdp.detach();
  const delta = Object.fromEntries(Object.keys(after).map((key) => [key, (after[key]! - (before[key] ?? 0)) * 1000]));
  return { load, timing, delta, self: selfTimes(profile) };
}

function metrics(list: { name: string; value: number }[]): Record<string, number> {
  return Object.fromEntries(list.filter((m) => m.name.endsWith('Duration')).map((m) => [m.name, m.value]));
}

/** Self time (ms) per "function file:line", and per bucket: content script, page, (program), (garbage collector). */
function selfTimes(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url.includes('chrome-extension://') ? `content ${functionName || '(top level)'} ${path.basename(url)}:${lineNumber}` : url ? 'page scripts' : functionName;
    times.set(where, (times.get(where) ?? 0) + profile.timeDeltas[i]! / 1000);
  });
  return times;
}

const corpus = await startStaticServer([CORPUS_DIR]);
const plain = await launchChromium();
const shielded = await launchChromium(EXTENSION_DIR);
const [plainPage, shieldedPage] = await Promise.all([plain.context.newPage(), shielded.context.newPage()]);
try {
  const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.html')).sort();
  const ratios: number[] = [];
  const metricRows = new Map<string, [number[], number[]]>();
  const selfRows = new Map<string, number[]>();
  for (const file of files) {
    const plainRuns = [];
    const shieldedRuns = [];
    for (let run = 0; run < RUNS; run++) {
      plainRuns.push(await profiledLoad(plainPage, `${corpus.url}/${file}`));
      shieldedRuns.push(await profiledLoad(shieldedPage, `${corpus.url}/${file}`));
    }
    ratios.push(median(shieldedRuns.map((r) => r.load)) / median(plainRuns.map((r) => r.load)));
    for (const key of Object.keys(shieldedRuns[0]!.timing) as (keyof (typeof shieldedRuns)[0]['timing'])[]) {
      const row = metricRows.get(`nav ${key}`) ?? [[], []];
      row[0].push(median(plainRuns.map((r) => r.timing[key])));
      row[1].push(median(shieldedRuns.map((r) => r.timing[key])));
      metricRows.set(`nav ${key}`, row);
    }
    for (const key of Object.keys(shieldedRuns[0]!.delta)) {
      const row = metricRows.get(key) ?? [[], []];
      row[0].push(median(plainRuns.map((r) => r.delta[key]!)));
      row[1].push(median(shieldedRuns.map((r) => r.delta[key]!)));
      metricRows.set(key, row);
    }
    const keys = new Set(shieldedRuns.flatMap((r) => [...r.self.keys()]));
    for (const key of keys) selfRows.set(key, [...(selfRows.get(key) ?? []), median(shieldedRuns.map((r) => r.self.get(key) ?? 0))]);
  }
  console.log(`Corpus: ${files.length} pages, ${RUNS} loads each; load with / without: median ${median(ratios).toFixed(2)}x`);
  console.log('Renderer metrics per load (median over pages), without / with:');
  for (const [key, [without, withExt]] of metricRows) console.log(`  ${key.padEnd(24)} ${median(without).toFixed(1).padStart(7)} ms ${median(withExt).toFixed(1).padStart(7)} ms`);
  console.log('CPU profile with the extension, self time per load (mean over pages), top 25:');
  const rows = [...selfRows].map(([key, values]) => [key, values.reduce((a, b) => a + b, 0) / files.length] as const).sort((a, b) => b[1] - a[1]);
  for (const [key, value] of rows.slice(0, 25)) console.log(`  ${value.toFixed(2).padStart(7)} ms  ${key}`);
  const contentTotal = rows.filter(([key]) => key.startsWith('content ')).reduce((sum, [, v]) => sum + v, 0);
  console.log(`  content script total: ${contentTotal.toFixed(1)} ms per load`);
} finally {
  await Promise.all([plain.close(), shielded.close()]);
  corpus.server.close();
}
