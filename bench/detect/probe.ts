/**
 * Probe of the detection engine on EHR screens in other products' styles (bench/detect/probe-pages.ts).
 *
 *   npx tsx bench/detect/probe.ts [--set probe|holdout|unseen|blind|fifth|sixth | --dir DIR] [--write DIR]
 *
 * Runs extractPage + detectBlocks on every probe page, scores it with score.ts (word level, overall
 * and per type, and per layout), and lists every missed truth word and every false alarm with its
 * page and ~40 characters of context either side, then the truth spans left visible in whole or in
 * part that the word scoring counts as found (a word counts as found when any part of it is masked,
 * which hides misses inside long tokens such as HL7 segments). `--write DIR` writes each page as DIR/<layout>.<n>.html with
 * DIR/<layout>.<n>.gt.json in the reference corpus' format (type, text, flatStart, flatEnd), which
 * bench/detect/ehr-pages.ts's loadEhrPages(DIR) reads back. `--dir DIR` lists the same for the pages of
 * any corpus in that format instead (`--dir ../shared/corpus/ehr-pages`).
 *
 * `--set holdout` scores the held-out pages (bench/detect/holdout-pages.ts) instead of the first probe's,
 * `--set unseen` the unseen pages (bench/detect/unseen-pages.ts), `--set blind`, `fifth` and `sixth`
 * the blind sets (bench/detect/blind-pages.ts, fifth-pages.ts, sixth-pages.ts).
 *
 * All values are synthetic (faker), so printing them exposes no PHI.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { detectBlocks } from '../../shared/detect/index';
import { loadEhrPages } from './ehr-pages';
import { generateHoldoutPages } from './holdout-pages';
import { generateBlindPages } from './blind-pages';
import { generateFifthPages } from './fifth-pages';
import { generateProbePages, type ProbePage } from './probe-pages';
import { generateSixthPages } from './sixth-pages';
import { generateUnseenPages } from './unseen-pages';
import { emptyScore, fmt, precision, printScoreTable, recall, scoreDocument, type Labelled, type Score } from './score';

const CONTEXT = 40;
const WORD = /\S+/g;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

interface Evaluated {
  page: ProbePage;
  predicted: Labelled[];
  segments: [number, number][];
}

function evaluatePage(page: ProbePage): Evaluated {
  const { blocks } = page.page;
  const predicted: Labelled[] = [];
  detectBlocks(blocks).forEach((spans, b) => {
    for (const span of spans) {
      const offset = blocks[b]!.nodeOffsets[span.nodeIndex]!;
      predicted.push({ start: offset + span.start, end: offset + span.end, type: span.type });
    }
  });
  const segments: [number, number][] = [];
  for (const block of blocks) block.nodes.forEach((node, n) => segments.push([block.nodeOffsets[n]!, block.nodeOffsets[n]! + node.length]));
  return { page, predicted, segments };
}

function firstOverlap(spans: readonly Labelled[], start: number, end: number): Labelled | undefined {
  return spans.find((s) => s.start < end && s.end > start);
}

function context(text: string, start: number, end: number): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return `${flat(text.slice(Math.max(0, start - CONTEXT), start))}[[${flat(text.slice(start, end))}]]${flat(text.slice(end, end + CONTEXT))}`;
}

interface Finding {
  page: string;
  type: string;
  word: string;
  context: string;
  start: number;
  end: number;
}

/** The same words score.ts counts, with where they are. */
function findings({ page, predicted, segments }: Evaluated): { misses: Finding[]; falseAlarms: Finding[] } {
  const text = page.page.text;
  const misses: Finding[] = [];
  const falseAlarms: Finding[] = [];
  for (const [segmentStart, segmentEnd] of segments.slice().sort((a, b) => a[0] - b[0])) {
    const segment = text.slice(segmentStart, segmentEnd);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(segment); m; m = WORD.exec(segment)) {
      const core = m[0].replace(EDGE_PUNCTUATION, '');
      if (core.length === 0) continue;
      const start = segmentStart + m.index + m[0].indexOf(core);
      const end = start + core.length;
      const truth = firstOverlap(page.truth, start, end);
      const hit = firstOverlap(predicted, start, end);
      if (truth && !hit) misses.push({ page: page.name, type: truth.type, word: core, context: context(text, start, end), start, end });
      if (hit && !truth) falseAlarms.push({ page: page.name, type: hit.type, word: core, context: context(text, start, end), start, end });
    }
  }
  return { misses, falseAlarms };
}

/**
 * Truth spans left visible in whole or in part although no word of theirs is a missed word: the
 * word scoring counts a word as found when any part of it is masked, so a name inside an HL7 field
 * run ("|DOE^JANE^Q||19510214|") or a city glued to a street line can stay visible unreported.
 */
function hiddenByWords({ page, predicted }: Evaluated, missedWords: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const span of page.truth) {
    if (missedWords.some((w) => w.start < span.end && w.end > span.start)) continue;
    let visible = '';
    let masked = 0;
    for (let i = span.start; i < span.end; i++) {
      if (predicted.some((p) => p.start <= i && p.end > i)) masked++;
      else visible += page.page.text[i]!;
    }
    if (/[\p{L}\p{N}]/u.test(visible)) {
      const how = masked === 0 ? 'not masked' : `visible: ${visible.trim()}`;
      out.push({ page: page.name, type: span.type, word: span.text, context: `${how} | ${context(page.page.text, span.start, span.end)}`, start: span.start, end: span.end });
    }
  }
  return out;
}

function writePages(dir: string, pages: ProbePage[], sourceFile: string): void {
  mkdirSync(dir, { recursive: true });
  for (const page of pages) {
    writeFileSync(path.join(dir, `${page.name}.html`), page.html);
    const gt = {
      layout: page.layout,
      source: `${sourceFile} (generated; synthetic values)`,
      spans: page.truth.map(({ type, text, start, end }) => ({ type, text, flatStart: start, flatEnd: end })),
      notOnPage: [],
    };
    writeFileSync(path.join(dir, `${page.name}.gt.json`), JSON.stringify(gt, null, 1) + '\n');
  }
  // Read back with the reference corpus' loader: same text, same truth.
  const loaded = new Map(loadEhrPages(dir).map((p) => [p.name, p]));
  for (const page of pages) {
    const back = loaded.get(page.name);
    if (!back || back.page.text !== page.page.text || back.truth.length !== page.truth.length) throw new Error(`${page.name}: written page does not read back the same`);
  }
  console.log(`wrote ${pages.length} pages (+ .gt.json) to ${dir}`);
}

/** A corpus in the reference format read as probe pages; the layout is the name's last part ("chart"). */
function corpusPages(dir: string | undefined): ProbePage[] {
  if (!dir) throw new Error('--dir needs a directory');
  return loadEhrPages(path.resolve(dir)).map(({ name, page, truth }) => ({
    layout: name.slice(name.lastIndexOf('.') + 1),
    name,
    html: '',
    page,
    truth: truth.map((t) => ({ ...t, text: page.text.slice(t.start, t.end) })),
  }));
}

/** The generated page sets `--set` names: where each is written and its generator. */
const PAGE_SETS: Record<string, { source: string; generate: () => ProbePage[] }> = {
  probe: { source: 'bench/detect/probe-pages.ts', generate: generateProbePages },
  holdout: { source: 'bench/detect/holdout-pages.ts', generate: generateHoldoutPages },
  unseen: { source: 'bench/detect/unseen-pages.ts', generate: generateUnseenPages },
  blind: { source: 'bench/detect/blind-pages.ts', generate: generateBlindPages },
  fifth: { source: 'bench/detect/fifth-pages.ts', generate: generateFifthPages },
  sixth: { source: 'bench/detect/sixth-pages.ts', generate: generateSixthPages },
};

function main(): void {
  const args = process.argv.slice(2);
  const writeAt = args.indexOf('--write');
  const dirAt = args.indexOf('--dir');
  const setAt = args.indexOf('--set');
  const setName = setAt >= 0 ? args[setAt + 1]! : 'probe';
  const set = PAGE_SETS[setName];
  if (!set) throw new Error(`--set is ${Object.keys(PAGE_SETS).join(', ')}`);
  const sourceFile = dirAt >= 0 ? args[dirAt + 1]! : set.source;
  const pages = dirAt >= 0 ? corpusPages(args[dirAt + 1]) : set.generate();
  if (writeAt >= 0) {
    const dir = args[writeAt + 1];
    if (!dir) throw new Error('--write needs a directory');
    writePages(path.resolve(dir), pages, sourceFile);
  }

  const evaluated = pages.map(evaluatePage);
  const total = emptyScore();
  const byLayout = new Map<string, Score>();
  for (const e of evaluated) {
    let layoutScore = byLayout.get(e.page.layout);
    if (!layoutScore) byLayout.set(e.page.layout, (layoutScore = emptyScore()));
    for (const score of [total, layoutScore]) scoreDocument(score, e.page.page.text, e.segments, e.page.truth, e.predicted);
  }

  const spans = pages.reduce((n, p) => n + p.truth.length, 0);
  console.log(`# Probe: ${pages.length} pages in ${byLayout.size} layouts, ${spans} PHI spans (${sourceFile})`);
  console.log('\n## Per type (word level)');
  printScoreTable(total);
  console.log('\n## Per layout');
  console.log('layout                       truth  recall  precision  missed  false alarms');
  for (const [layout, score] of byLayout) {
    const t = score.overall;
    console.log(
      `${layout.padEnd(28)} ${String(t.truth).padStart(5)}  ${fmt(recall(t))}  ${fmt(precision(t))}  ${String(t.truth - t.found).padStart(6)}  ${String(t.predicted - t.correct).padStart(12)}`,
    );
  }

  const all = evaluated.map(findings);
  const line = (f: Finding) => `  ${f.page.padEnd(28)} ${f.type.padEnd(15)} ${JSON.stringify(f.word).padEnd(24)} ${f.context}`;
  const misses = all.flatMap((a) => a.misses);
  const falseAlarms = all.flatMap((a) => a.falseAlarms);
  console.log(`\n## Missed truth words (${misses.length})`);
  for (const f of misses) console.log(line(f));
  console.log(`\n## False alarms (${falseAlarms.length})`);
  for (const f of falseAlarms) console.log(line(f));
  const partial = evaluated.flatMap((e, i) => hiddenByWords(e, all[i]!.misses));
  console.log(`\n## Truth spans left visible in whole or part that the word scoring counts as found (${partial.length})`);
  for (const f of partial) console.log(line(f));
}

main();
