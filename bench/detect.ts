/**
 * Detection benchmark: `npm run bench:detect`.
 *
 * 1. A synthetic corpus generated deterministically (bench/detect/generate.ts, fixed seed).
 * 2. The reference EHR pages in ../shared/corpus/ehr-pages, turned into blocks the way the
 *    extension's DOM walker sees them (bench/detect/html-blocks.ts).
 * 3. Generated HTML pages in other EHR products' styles (bench/detect/probe-pages.ts), through the
 *    same walker; `npx tsx bench/detect/probe.ts` lists every miss and false alarm on them.
 * 4. More of them, written as a held-out set by someone who had not read the engine
 *    (bench/detect/holdout-pages.ts; `probe.ts --set holdout`), a third, a fourth, a fifth and a
 *    sixth set written the same way (bench/detect/unseen-pages.ts, blind-pages.ts, fifth-pages.ts
 *    and sixth-pages.ts; `probe.ts --set unseen|blind|fifth|sixth`).
 * For each: word-level recall, precision and F2, overall and per type (bench/detect/score.ts),
 * and the `redact-pii` baseline on the same text. Throughput is single-threaded over the
 * synthetic corpus. The last line is the machine-readable summary for the synthetic corpus.
 */
import { existsSync } from 'node:fs';
import { detectBlocks } from '../shared/detect/index';
import type { NodeSpan, TextBlock } from '../shared/detect/index';
import { alignRedactions, redact } from './detect/baseline';
import { EHR_PAGES_DIR, loadEhrPages } from './detect/ehr-pages';
import { generateCorpus } from './detect/generate';
import { generateHoldoutPages } from './detect/holdout-pages';
import { generateUnseenPages } from './detect/unseen-pages';
import { generateBlindPages } from './detect/blind-pages';
import { generateFifthPages } from './detect/fifth-pages';
import { generateSixthPages } from './detect/sixth-pages';
import { generateProbePages, type ProbePage } from './detect/probe-pages';
import { emptyScore, f2, fmt, precision, printScoreTable, recall, scoreDocument, type Labelled, type Score } from './detect/score';

const SEED = 20_240_601;
const DOCUMENTS = 600;
const TIMED_PASSES = 5;
// The finders' character loops reach V8's optimised code only after a few passes on a busy machine (3-7 seen).
const WARM_UP_PASSES = 5;
const PAGE_DOCUMENTS = 30;

/** One scored document: its blocks, where each node sits in a flat text, and the truth in flat coordinates. */
interface Sample {
  blocks: TextBlock[];
  text: string;
  nodeOffsets: number[][];
  truth: Labelled[];
}

function samplesFromGenerated(): Sample[] {
  return generateCorpus(SEED, DOCUMENTS).map(({ blocks }) => {
    let text = '';
    const nodeOffsets: number[][] = [];
    const truth: Labelled[] = [];
    for (const block of blocks) {
      const blockStart = text.length;
      const offsets: number[] = [];
      for (const node of block.nodes) {
        offsets.push(text.length);
        text += node;
      }
      text += '\n';
      nodeOffsets.push(offsets);
      for (const span of block.truth) truth.push({ start: blockStart + span.start, end: blockStart + span.end, type: span.type });
    }
    return { blocks, text, nodeOffsets, truth };
  });
}

function samplesFromEhrPages(): Sample[] {
  return loadEhrPages().map(({ page, truth }) => ({
    blocks: page.blocks,
    text: page.text,
    nodeOffsets: page.blocks.map((block) => block.nodeOffsets),
    truth,
  }));
}

function samplesFromProbePages(pages: ProbePage[]): Sample[] {
  return pages.map(({ page, truth }) => ({
    blocks: page.blocks,
    text: page.text,
    nodeOffsets: page.blocks.map((block) => block.nodeOffsets),
    truth,
  }));
}

function segmentsOf(sample: Sample): [number, number][] {
  const segments: [number, number][] = [];
  sample.blocks.forEach((block, b) => block.nodes.forEach((node, n) => {
    const start = sample.nodeOffsets[b]![n]!;
    segments.push([start, start + node.length]);
  }));
  return segments;
}

function toFlat(sample: Sample, results: NodeSpan[][]): Labelled[] {
  const spans: Labelled[] = [];
  results.forEach((nodeSpans, b) => {
    for (const span of nodeSpans) {
      const offset = sample.nodeOffsets[b]![span.nodeIndex]!;
      spans.push({ start: offset + span.start, end: offset + span.end, type: span.type });
    }
  });
  return spans;
}

/** The baseline sees each block's text (nodes joined), as the engine does. */
function baselineSpans(sample: Sample): Labelled[] {
  const spans: Labelled[] = [];
  sample.blocks.forEach((block, b) => {
    const text = block.nodes.join('');
    const blockStart = sample.nodeOffsets[b]![0] ?? 0;
    for (const [start, end] of alignRedactions(text, redact(text))) spans.push({ start: blockStart + start, end: blockStart + end, type: 'ID' });
  });
  return spans;
}

function megabytes(samples: Sample[]): number {
  let bytes = 0;
  for (const sample of samples) for (const block of sample.blocks) for (const node of block.nodes) bytes += Buffer.byteLength(node, 'utf8');
  return bytes / 1e6;
}

/**
 * Median of several timed passes (after WARM_UP_PASSES untimed ones) of `run` over every sample, in MB/s: wall-clock
 * time (the figure of record) and this process's CPU time (less disturbed by other processes on a
 * shared machine, but it also counts the garbage collector's helper threads).
 */
function throughput(samples: Sample[], run: (sample: Sample) => void): { wall: number; cpu: number } {
  for (let warmUp = 0; warmUp < WARM_UP_PASSES; warmUp++) for (const sample of samples) run(sample);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    for (const sample of samples) run(sample);
    const cpuUsed = process.cpuUsage(cpuStarted);
    wall.push(performance.now() - started);
    cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
  }
  const median = (times: number[]) => times.sort((a, b) => a - b)[TIMED_PASSES >> 1]!;
  return { wall: megabytes(samples) / (median(wall) / 1000), cpu: megabytes(samples) / (median(cpu) / 1000) };
}

function report(title: string, engine: Score, baseline: Score): void {
  console.log(`\n## ${title}`);
  printScoreTable(engine);
  console.log(`baseline redact-pii: recall=${fmt(recall(baseline.overall))} precision=${fmt(precision(baseline.overall))} f2=${fmt(f2(baseline.overall))}`);
  const top = (items: { type: string; word: string }[]) => {
    const counts = new Map<string, number>();
    for (const { type, word } of items) counts.set(`${type}:${word.length > 40 ? word.slice(0, 40) + '…' : word}`, (counts.get(`${type}:${word}`) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, n]) => `${k}×${n}`).join(', ');
  };
  // Synthetic values only (generated corpus and Synthea pages), so printing them exposes no PHI.
  console.log(`missed words (top): ${top(engine.misses) || 'none'}`);
  console.log(`false alarms (top): ${top(engine.falseAlarms) || 'none'}`);
}

function evaluate(samples: Sample[]): { engine: Score; baseline: Score } {
  const engine = emptyScore();
  const baseline = emptyScore();
  for (const sample of samples) {
    const segments = segmentsOf(sample);
    scoreDocument(engine, sample.text, segments, sample.truth, toFlat(sample, detectBlocks(sample.blocks)));
    scoreDocument(baseline, sample.text, segments, sample.truth, baselineSpans(sample));
  }
  return { engine, baseline };
}

const generated = samplesFromGenerated();
const generatedScores = evaluate(generated);
console.log(`# PHI detection benchmark (seed ${SEED}, ${generated.length} generated documents, ${megabytes(generated).toFixed(2)} MB)`);
report('Generated corpus', generatedScores.engine, generatedScores.baseline);

if (existsSync(EHR_PAGES_DIR)) {
  const pages = samplesFromEhrPages();
  const pageScores = evaluate(pages);
  report(`EHR pages (${pages.length} pages, ${EHR_PAGES_DIR})`, pageScores.engine, pageScores.baseline);
} else {
  console.log(`\n## EHR pages: not found at ${EHR_PAGES_DIR}, skipped`);
}

const probeScores = evaluate(samplesFromProbePages(generateProbePages()));
report('Other EHR layouts (generated HTML, bench/detect/probe-pages.ts)', probeScores.engine, probeScores.baseline);
const holdoutScores = evaluate(samplesFromProbePages(generateHoldoutPages()));
report('More EHR layouts, written as a held-out set (generated HTML, bench/detect/holdout-pages.ts)', holdoutScores.engine, holdoutScores.baseline);
const unseenScores = evaluate(samplesFromProbePages(generateUnseenPages()));
report('Still more EHR layouts, a third set written unseen (generated HTML, bench/detect/unseen-pages.ts)', unseenScores.engine, unseenScores.baseline);
const blindScores = evaluate(samplesFromProbePages(generateBlindPages()));
report('Yet more EHR layouts, a fourth set written blind (generated HTML, bench/detect/blind-pages.ts)', blindScores.engine, blindScores.baseline);
const fifthScores = evaluate(samplesFromProbePages(generateFifthPages()));
report('A fifth set written blind (generated HTML, bench/detect/fifth-pages.ts)', fifthScores.engine, fifthScores.baseline);
const sixthScores = evaluate(samplesFromProbePages(generateSixthPages()));
report('A sixth set written blind (generated HTML, bench/detect/sixth-pages.ts)', sixthScores.engine, sixthScores.baseline);

const engineMbps = throughput(generated, (sample) => detectBlocks(sample.blocks));
const baselineMbps = throughput(generated, (sample) => {
  for (const block of sample.blocks) redact(block.nodes.join(''));
});
// Large pages: the same text, PAGE_DOCUMENTS documents per call (a long chart or a big table), so
// anything that grows faster than the page shows here.
const pages: Sample[] = [];
for (let i = 0; i < generated.length; i += PAGE_DOCUMENTS) {
  const group = generated.slice(i, i + PAGE_DOCUMENTS);
  pages.push({ blocks: group.flatMap((sample) => sample.blocks), text: '', nodeOffsets: [], truth: [] });
}
const largePageMbps = throughput(pages, (page) => detectBlocks(page.blocks));
console.log(`\n## Throughput (single thread, generated corpus, median of ${TIMED_PASSES} passes)`);
console.log(`wall clock: engine ${engineMbps.wall.toFixed(1)} MB/s, redact-pii ${baselineMbps.wall.toFixed(1)} MB/s, ratio ${(engineMbps.wall / baselineMbps.wall).toFixed(1)}x`);
console.log(`CPU time:   engine ${engineMbps.cpu.toFixed(1)} MB/s, redact-pii ${baselineMbps.cpu.toFixed(1)} MB/s, ratio ${(engineMbps.cpu / baselineMbps.cpu).toFixed(1)}x`);
console.log(
  `large pages (${PAGE_DOCUMENTS} documents per call): engine ${largePageMbps.wall.toFixed(1)} MB/s wall, ${largePageMbps.cpu.toFixed(1)} MB/s CPU, ` +
    `ratio to one document per call ${(largePageMbps.wall / engineMbps.wall).toFixed(2)}x`,
);

const overall = generatedScores.engine.overall;
console.log(
  `recall=${fmt(recall(overall))} precision=${fmt(precision(overall))} f2=${fmt(f2(overall))} mbps=${engineMbps.wall.toFixed(1)} ` +
    `baseline_recall=${fmt(recall(generatedScores.baseline.overall))} baseline_mbps=${baselineMbps.wall.toFixed(1)}`,
);
