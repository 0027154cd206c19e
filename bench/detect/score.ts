/**
 * Word-level scoring. A word is a token between blanks or HL7 separators (trimmed of punctuation, at least one
 * letter or digit) inside one segment (text node or block), so "DoB" and "1927-05-21" in adjacent
 * nodes are two words. A word is PHI if any ground-truth span touches it, predicted if any predicted
 * span touches it. Overall figures ignore type (what matters is whether it was masked); per-type
 * recall counts truth words of that type that were masked, per-type precision counts words
 * predicted as that type that are PHI of any type.
 */
import { PHI_TYPES, type PhiType } from '../../shared/phi-types';

export interface Labelled {
  start: number;
  end: number;
  type: PhiType;
}

export interface Tally {
  truth: number;
  found: number;
  predicted: number;
  correct: number;
}

export interface Score {
  overall: Tally;
  byType: Map<PhiType, Tally>;
  /** Truth words missed and predicted words that are not PHI, with their types, for reports. */
  misses: { type: PhiType; word: string }[];
  falseAlarms: { type: PhiType; word: string }[];
}

export function emptyScore(): Score {
  return { overall: tally(), byType: new Map(), misses: [], falseAlarms: [] };
}

function tally(): Tally {
  return { truth: 0, found: 0, predicted: 0, correct: 0 };
}

function tallyFor(score: Score, type: PhiType): Tally {
  let t = score.byType.get(type);
  if (!t) score.byType.set(type, (t = tally()));
  return t;
}

// HL7 v2 field and component separators split words as blanks do: "PID|1||MERTZ^BRIDGET" is five words on screen.
const WORD = /[^\s|^~]+/g;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Type of the first span in `sorted` that overlaps [start, end), advancing `cursor` monotonically. */
function overlapping(sorted: readonly Labelled[], cursor: { i: number }, start: number, end: number): PhiType | undefined {
  while (cursor.i < sorted.length && sorted[cursor.i]!.end <= start) cursor.i++;
  for (let j = cursor.i; j < sorted.length && sorted[j]!.start < end; j++) if (sorted[j]!.end > start) return sorted[j]!.type;
  return undefined;
}

/**
 * Adds one document to `score`. `segments` are [start, end) ranges of `text` to split into words;
 * spans are in `text` coordinates.
 */
export function scoreDocument(score: Score, text: string, segments: readonly [number, number][], truth: Labelled[], predicted: Labelled[]): void {
  const byStart = (a: Labelled, b: Labelled) => a.start - b.start || a.end - b.end;
  const truthSorted = truth.slice().sort(byStart);
  const predictedSorted = predicted.slice().sort(byStart);
  const truthCursor = { i: 0 };
  const predictedCursor = { i: 0 };
  const orderedSegments = segments.slice().sort((a, b) => a[0] - b[0]);
  for (const [segmentStart, segmentEnd] of orderedSegments) {
    const segment = text.slice(segmentStart, segmentEnd);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(segment); m; m = WORD.exec(segment)) {
      const core = m[0].replace(EDGE_PUNCTUATION, '');
      if (core.length === 0) continue;
      const offsetInToken = m[0].indexOf(core);
      const start = segmentStart + m.index + offsetInToken;
      const end = start + core.length;
      const truthType = overlapping(truthSorted, truthCursor, start, end);
      const predictedType = overlapping(predictedSorted, predictedCursor, start, end);
      if (truthType) {
        score.overall.truth++;
        const t = tallyFor(score, truthType);
        t.truth++;
        if (predictedType) {
          score.overall.found++;
          t.found++;
        } else score.misses.push({ type: truthType, word: core });
      }
      if (predictedType) {
        score.overall.predicted++;
        const p = tallyFor(score, predictedType);
        p.predicted++;
        if (truthType) {
          score.overall.correct++;
          p.correct++;
        } else score.falseAlarms.push({ type: predictedType, word: core });
      }
    }
  }
}

export function recall(t: Tally): number {
  return t.truth === 0 ? 1 : t.found / t.truth;
}

export function precision(t: Tally): number {
  return t.predicted === 0 ? 1 : t.correct / t.predicted;
}

/** F-beta with beta = 2: recall weighs four times as much as precision. */
export function f2(t: Tally): number {
  const r = recall(t);
  const p = precision(t);
  return r + p === 0 ? 0 : (5 * p * r) / (4 * p + r);
}

/** A figure as the reports print it. */
export const fmt = (value: number) => value.toFixed(4);

/** The per-type table every report prints: truth words, recall, precision, F2 and predicted words, then the overall row. */
export function printScoreTable(score: Score): void {
  console.log('type              truth  recall  precision  f2      (predicted words)');
  const row = (name: string, t: Tally) =>
    console.log(`${name.padEnd(16)} ${String(t.truth).padStart(6)}  ${fmt(recall(t))}  ${fmt(precision(t))}     ${fmt(f2(t))}  (${t.predicted})`);
  for (const type of PHI_TYPES) {
    const t = score.byType.get(type);
    if (t) row(type, t);
  }
  row('OVERALL', score.overall);
}
