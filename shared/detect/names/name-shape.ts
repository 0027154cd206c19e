import { forEachTrigram, SHAPE_SCALE } from './name-shape-letters';
import { NAME_SHAPE_TRIGRAMS } from './name-shape.generated';

/**
 * How much a word is spelled like a person's name rather than an English word: the mean, over its
 * letter trigrams (word boundaries included), of log P(trigram | names) / P(trigram | English
 * words), in nats. A character model learnt at build time (build-name-shape.ts) from census and
 * international given names against an English word list: "Moradi" 0.6, "Szczepaniak" 2.2,
 * "Isolation" -1.0, "Metoprolol" -1.0. Short words tell little ("Fall" 0.6); ask it only where the
 * layout already says a name may stand, as one more piece of evidence.
 */
export function nameShapeScore(text: string, start: number, end: number): number {
  const table = (trigrams ??= decodeTrigrams());
  let sum = 0;
  let count = 0;
  forEachTrigram(text, start, end, (trigram) => {
    sum += table[trigram]!;
    count++;
  });
  return count === 0 ? 0 : sum / count / SHAPE_SCALE;
}

/** How name-like the words of a candidate must be, each (leastWord) and on average (leastMean). */
export interface ShapeBar {
  leastWord: number;
  leastMean: number;
}

/** Beside a patient row's own fields (a DOB or MRN label, the sex and an age). */
export const BESIDE_RECORD_FIELDS: ShapeBar = { leastWord: -0.7, leastMean: -0.2 };
/** Under a generic "Name" key, which tables of drugs, tests and DICOM tags have too: "Losa Fa'amausili", not "Body Part". */
export const UNDER_GENERIC_NAME_LABEL: ShapeBar = { leastWord: 0.3, leastMean: 0.5 };
/** One word alone under a person's label ("Caregiver: Lyudmila", "Nome: GIULIA"): short words tell little, so the bar is high ("Knee" 0.75). */
export const ONE_WORD_UNDER_PERSON_LABEL: ShapeBar = { leastWord: 0.8, leastMean: 0.8 };

/** Whether `count` words, word k scoring scoreOf(k) (nameShapeScore), clear `bar`. */
export function spelledLikeName(count: number, scoreOf: (k: number) => number, bar: ShapeBar): boolean {
  if (count === 0) return false;
  let sum = 0;
  for (let k = 0; k < count; k++) {
    const score = scoreOf(k);
    if (score < bar.leastWord) return false;
    sum += score;
  }
  return sum / count >= bar.leastMean;
}

let trigrams: Int8Array | undefined;

function decodeTrigrams(): Int8Array {
  const binary = atob(NAME_SHAPE_TRIGRAMS);
  const table = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) table[i] = binary.charCodeAt(i);
  return table;
}
