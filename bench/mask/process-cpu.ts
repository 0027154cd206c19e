/**
 * CPU time per corpus page load in each of Chromium's processes that the extension's background
 * work lands in, for several builds side by side:
 * `ROUNDS=8 npx tsx bench/mask/process-cpu.ts label=dir [label=dir...]` (dirs as for
 * load-variants.ts; list one twice to see the noise). Every corpus page is loaded ROUNDS times
 * per build, each round in a random order (timed-load.ts `shuffled`); each load is counted until
 * the page is masked and 300 ms more (the shield reports `page-protected` when the page is idle).
 * Reads /proc: Linux only, 10 ms clock ticks, so it takes many loads to say anything.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { launchChromium } from './launch';
import { serveInChild } from './server-process';
import { shuffled } from './timed-load';

const CORPUS_DIR = path.resolve(import.meta.dirname, '../../../shared/corpus/ehr-pages');
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const MS_PER_TICK = 10;
const IDLE_MS = 300;

/** Process kinds by a flag on their command line (the browser process has no --type). */
const KINDS = { 'service worker': '--extension-process', 'storage service': '--utility-sub-type=storage.mojom.StorageService' } as const;
type Figures = Record<'browser process' | keyof typeof KINDS | 'whole browser', number>;

const builds = process.argv.slice(2).map((arg) => {
  const [label, dir] = arg.split('=');
  if (!label || !dir) throw new Error(`Expected label=dir, got "${arg}"`);
  return { label, dir: path.resolve(dir) };
});
if (builds.length === 0) throw new Error('Usage: process-cpu.ts label=dir [label=dir...]');

const pids = () => readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
const statFields = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
// Chromium rewrites its command line into one space-separated string.
const commandLine = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
const isBenchBrowser = (pid: number) => {
  const args = commandLine(pid);
  return args.some((arg) => arg.includes('phi-bench-')) && !args.some((arg) => arg.startsWith('--type='));
};
/** utime + stime; 0 for a process that is gone. */
const ticks = (pid: number) => {
  try {
    const fields = statFields(pid);
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
};

function descendantsOf(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const pid of pids()) {
    try {
      parentOf.set(pid, Number(statFields(pid)[1]));
    } catch {
      // gone
    }
  }
  return [...parentOf.keys()].filter((pid) => {
    for (let up = parentOf.get(pid); up !== undefined && up > 1; up = parentOf.get(up)) if (up === root) return true;
    return false;
  });
}

function cpuTicks(root: number): Figures {
  const children = descendantsOf(root).map((pid) => ({ pid, args: commandLine(pid) }));
  const ofKind = (flag: string) => children.filter((child) => child.args.includes(flag)).reduce((sum, child) => sum + ticks(child.pid), 0);
  return {
    'browser process': ticks(root),
    'service worker': ofKind(KINDS['service worker']),
    'storage service': ofKind(KINDS['storage service']),
    'whole browser': children.reduce((sum, child) => sum + ticks(child.pid), ticks(root)),
  };
}

const corpus = await serveInChild([CORPUS_DIR]);
const runs: { label: string; root: number; tab: import('playwright-core').Page; total: Figures; loads: number; close(): Promise<void> }[] = [];
try {
  for (const build of builds) {
    const before = new Set(pids().filter(isBenchBrowser));
    const browser = await launchChromium(build.dir);
    const root = pids().find((pid) => !before.has(pid) && isBenchBrowser(pid))!;
    runs.push({ label: build.label, root, tab: await browser.context.newPage(), total: { 'browser process': 0, 'service worker': 0, 'storage service': 0, 'whole browser': 0 }, loads: 0, close: browser.close });
  }
  const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.html')).sort();
  const loadAverages: number[] = [];
  for (const file of files) {
    for (let round = 0; round < ROUNDS; round++) {
      for (const run of shuffled([...runs])) {
        const before = cpuTicks(run.root);
        await run.tab.goto(`${corpus.url}/${file}`, { waitUntil: 'load' });
        await run.tab.waitForFunction(() => document.documentElement.getAttribute('data-phi-shield')?.split(' ').includes('ready'));
        await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
        const after = cpuTicks(run.root);
        for (const kind of Object.keys(after) as (keyof Figures)[]) run.total[kind] += after[kind] - before[kind];
        run.loads++;
      }
    }
    loadAverages.push(loadavg()[0]!);
  }
  console.log(`Corpus: ${files.length} pages x ${ROUNDS} loads per build, interleaved; load average ${Math.min(...loadAverages).toFixed(1)}-${Math.max(...loadAverages).toFixed(1)}; CPU ms per load:`);
  const kinds = Object.keys(runs[0]!.total) as (keyof Figures)[];
  console.log(`  ${'build'.padEnd(16)} ${kinds.map((kind) => kind.padStart(16)).join(' ')}`);
  for (const run of runs) console.log(`  ${run.label.padEnd(16)} ${kinds.map((kind) => ((run.total[kind] * MS_PER_TICK) / run.loads).toFixed(1).padStart(16)).join(' ')}`);
} finally {
  await Promise.all(runs.map((run) => run.close()));
  corpus.close();
}
