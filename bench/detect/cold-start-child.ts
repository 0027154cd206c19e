/**
 * One fresh process of cold-start.ts (which bundles and runs it): `node child.mjs <engine.mjs>
 * <page.json> <part>`. Times loading the engine bundle, the part's first call on the page (wall
 * clock and CPU time), and its next calls; prints them as one JSON line.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { TextBlock } from '../../shared/detect/index';
import type { ColdPart } from './cold-start-parts';

const NEXT_CALLS = 15;

export interface ColdRun {
  importMs: number;
  coldMs: number;
  /** The first call in this process's CPU time: less disturbed than wall clock when the machine is busy. */
  coldCpuMs: number;
  /** Median of the calls after the first. */
  warmMs: number;
}

const [enginePath, pagePath, partName] = process.argv.slice(2) as [string, string, string];
const blocks = JSON.parse(readFileSync(pagePath, 'utf8')) as TextBlock[];

const importStarted = performance.now();
const { PARTS } = (await import(pathToFileURL(enginePath).href)) as { PARTS: Record<string, ColdPart> };
const importMs = performance.now() - importStarted;

const call = PARTS[partName]!(blocks);
const started = performance.now();
const cpuStarted = process.cpuUsage();
call();
const cpu = process.cpuUsage(cpuStarted);
const coldMs = performance.now() - started;
const next: number[] = [];
for (let i = 0; i < NEXT_CALLS; i++) {
  const callStarted = performance.now();
  call();
  next.push(performance.now() - callStarted);
}
next.sort((a, b) => a - b);
const run: ColdRun = { importMs, coldMs, coldCpuMs: (cpu.user + cpu.system) / 1000, warmMs: next[NEXT_CALLS >> 1]! };
console.log(JSON.stringify(run));
