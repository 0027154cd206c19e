/**
 * What a page's first scan costs: a content script starts fresh in every page, so its first
 * detectBlocks runs with every regex still to compile and every function still unoptimised.
 * `npx tsx bench/detect/cold-start.ts [--runs N] [--parts]`
 *
 * Bundles the engine with esbuild (as the extension is bundled) and, for each corpus page, starts
 * N fresh Node processes (cold-start-child.ts) that each time loading the bundle, the first
 * detectBlocks on the page (cold; also in CPU time, steadier when other work shares the machine)
 * and the median of the next 15 calls (warm). Prints per page the medians over the runs (ms), then
 * the median and range of those over the pages.
 * --parts also times the first call of each part alone (cold-start-parts.ts: the label rules, each
 * finder) in fresh processes of its own: where the cold cost is. Parts share helpers, so their
 * cold costs do not add up to the engine's. Runs one process at a time; a busy machine shows.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { ColdRun } from './cold-start-child';
import { ENGINE, PARTS } from './cold-start-parts';
import { loadEhrPages } from './ehr-pages';

const args = process.argv.slice(2);
const runsArgument = args.indexOf('--runs');
const RUNS = runsArgument >= 0 ? Number(args[runsArgument + 1]) : 11;
const WITH_PARTS = args.includes('--parts');

const here = path.dirname(fileURLToPath(import.meta.url));
const workDir = mkdtempSync(path.join(tmpdir(), 'cold-start-'));
await build({
  entryPoints: { engine: path.join(here, 'cold-start-parts.ts'), child: path.join(here, 'cold-start-child.ts') },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: workDir,
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
});
const enginePath = path.join(workDir, 'engine.mjs');
const childPath = path.join(workDir, 'child.mjs');

const pages = loadEhrPages().map(({ name, page }, i) => {
  const file = path.join(workDir, `page-${i}.json`);
  // Only what the engine is given: the nodes and their context.
  writeFileSync(file, JSON.stringify(page.blocks.map(({ nodes, context }) => ({ nodes, context }))));
  return { name, file, chars: page.blocks.reduce((sum, b) => sum + b.nodes.join('').length, 0) };
});

function runChild(pageFile: string, part: string): ColdRun {
  // Without the parent's NODE_OPTIONS: the child is plain Node running plain JavaScript.
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const child = spawnSync(process.execPath, [childPath, enginePath, pageFile, part], { encoding: 'utf8', env });
  if (child.status !== 0) throw new Error(`child failed on ${pageFile} ${part}: ${child.stderr}`);
  return JSON.parse(child.stdout) as ColdRun;
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** runs[page][run] for one part; the runs go round the pages so a busy spell touches them all. */
function measure(part: string): ColdRun[][] {
  const runs: ColdRun[][] = pages.map(() => []);
  for (let run = 0; run < RUNS; run++) pages.forEach((page, i) => runs[i]!.push(runChild(page.file, part)));
  return runs;
}

const ms = (value: number) => value.toFixed(2).padStart(7);
const summary = (values: number[]) => `${median(values).toFixed(2)} (${Math.min(...values).toFixed(2)}-${Math.max(...values).toFixed(2)})`;

try {
  const engineRuns = measure(ENGINE);
  console.log(`First detectBlocks per corpus page, ${RUNS} fresh processes each; ms, medians over the runs:`);
  console.log(`${'page'.padEnd(50)} ${'chars'.padStart(6)}  import    cold cold cpu    warm`);
  const pageMedians = engineRuns.map((runs) => ({
    importMs: median(runs.map((r) => r.importMs)),
    coldMs: median(runs.map((r) => r.coldMs)),
    coldCpuMs: median(runs.map((r) => r.coldCpuMs)),
    warmMs: median(runs.map((r) => r.warmMs)),
  }));
  pages.forEach((page, i) => {
    const { importMs, coldMs, coldCpuMs, warmMs } = pageMedians[i]!;
    console.log(`${page.name.padEnd(50)} ${String(page.chars).padStart(6)} ${ms(importMs)} ${ms(coldMs)} ${ms(coldCpuMs)} ${ms(warmMs)}`);
  });
  console.log('over the pages, median (range of page medians):');
  console.log(`  cold ${summary(pageMedians.map((p) => p.coldMs))} ms, in CPU time ${summary(pageMedians.map((p) => p.coldCpuMs))} ms`);
  console.log(`  warm ${summary(pageMedians.map((p) => p.warmMs))} ms, loading the bundle ${summary(pageMedians.map((p) => p.importMs))} ms`);

  if (WITH_PARTS) {
    console.log(`\nEach part's first call alone, ${RUNS} fresh processes per page; ms, median (range) of the page medians:`);
    let coldSum = 0;
    for (const part of Object.keys(PARTS)) {
      if (part === ENGINE) continue;
      const runs = measure(part);
      const cold = runs.map((r) => median(r.map((run) => run.coldMs)));
      const warm = runs.map((r) => median(r.map((run) => run.warmMs)));
      coldSum += median(cold);
      console.log(`${part.padEnd(14)} cold ${summary(cold).padEnd(20)} warm ${summary(warm)}`);
    }
    console.log(`parts' cold medians summed: ${coldSum.toFixed(2)} ms (they share helpers: each alone pays for them)`);
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
