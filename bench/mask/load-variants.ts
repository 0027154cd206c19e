/**
 * Corpus page-load cost of several extension builds side by side:
 * `npx tsx bench/mask/load-variants.ts label=dir [label=dir...]` (each dir holds a manifest.json,
 * e.g. /tmp/out-mask/chrome-mv3 or a copy with a part of the manifest removed). Every corpus page
 * is loaded RUNS times in a browser without the extension and in one per build, interleaved (each
 * run in a random order, timed-load.ts), from a child-process server; prints, per build, the
 * median over pages of the per-page ratio against no extension.
 */
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { launchChromium } from './launch';
import { serveInChild } from './server-process';
import { interleavedLoads, instrumentLoads, median, type LoadTiming } from './timed-load';

const CORPUS_DIR = path.resolve(import.meta.dirname, '../../../shared/corpus/ehr-pages');
const RUNS = Number(process.env.RUNS ?? 7);

const builds = process.argv.slice(2).map((arg) => {
  const [label, dir] = arg.split('=');
  if (!label || !dir) throw new Error(`Expected label=dir, got "${arg}"`);
  return { label, dir: path.resolve(dir) };
});
if (builds.length === 0) throw new Error('Usage: load-variants.ts label=dir [label=dir...]');

const corpus = await serveInChild([CORPUS_DIR]);
const browsers = [await launchChromium(), ...(await Promise.all(builds.map((build) => launchChromium(build.dir))))];
try {
  for (const browser of browsers) await instrumentLoads(browser.context);
  const tabs = await Promise.all(browsers.map((browser) => browser.context.newPage()));
  const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.html')).sort();
  const perPage: LoadTiming[][][] = []; // page -> tab -> loads
  const loadAverages: number[] = [];
  for (const file of files) {
    perPage.push(await interleavedLoads(tabs, `${corpus.url}/${file}`, RUNS));
    loadAverages.push(loadavg()[0]!);
  }
  const figure = (tab: number, key: keyof LoadTiming) => perPage.map((loads) => median(loads[tab]!.map((l) => l[key])));
  const baseLoad = figure(0, 'load');
  console.log(`Corpus: ${files.length} pages x ${RUNS} loads per build, interleaved; load average ${Math.min(...loadAverages).toFixed(1)}-${Math.max(...loadAverages).toFixed(1)}`);
  console.log(`  ${'build'.padEnd(16)} ${'load ms'.padStart(8)} ${'load ratio'.padStart(11)} ${'domInteractive'.padStart(15)} ${'masked ratio'.padStart(13)}`);
  tabs.forEach((_, tab) => {
    const load = figure(tab, 'load');
    const ratios = load.map((value, i) => value / baseLoad[i]!);
    const readyRatios = figure(tab, 'ready').map((value, i) => value / baseLoad[i]!);
    const label = tab === 0 ? 'no extension' : builds[tab - 1]!.label;
    console.log(
      `  ${label.padEnd(16)} ${median(load).toFixed(0).padStart(8)} ${`${median(ratios).toFixed(2)}x`.padStart(11)} ${`${median(figure(tab, 'domInteractive')).toFixed(0)} ms`.padStart(15)} ${`${median(readyRatios).toFixed(2)}x`.padStart(13)}`,
    );
  });
} finally {
  await Promise.all(browsers.map((browser) => browser.close()));
  corpus.close();
}
