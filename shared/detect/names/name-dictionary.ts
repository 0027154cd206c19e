import { isDigitCode } from '../char-codes';
import { foldedHash } from '../span';
import { FoldedWordTable, hashStep, WarmingWordTable } from './folded-word-table';
import { FIRST_NAMES_PACKED, LAST_NAMES_PACKED } from './name-dictionary.generated';

/** A front-coded word list (build-name-dictionary.ts), binary-searched in place. */
class PackedWords {
  private restarts: number[] | undefined;

  constructor(private readonly packed: string) {}

  /** The last entry written whole at or before `key`, then the entries after it up to the next one. */
  has(key: string): boolean {
    const packed = this.packed;
    const restarts = (this.restarts ??= restartOffsets(packed));
    let low = 0;
    let high = restarts.length - 1;
    if (compareEntry(packed, restarts[0]!, key) > 0) return false;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (compareEntry(packed, restarts[middle]!, key) <= 0) low = middle;
      else high = middle - 1;
    }
    const end = restarts[low + 1] ?? packed.length;
    let word = '';
    for (let i = restarts[low]!; i < end; ) {
      const next = entryEnd(packed, i);
      word = word.slice(0, packed.charCodeAt(i) - 48) + packed.slice(i + 1, next);
      if (word === key) return true;
      if (word > key) return false;
      i = next;
    }
    return false;
  }
}

/** Offsets of the entries written whole: digits mark entries, and only those share 0 characters. */
function restartOffsets(packed: string): number[] {
  const offsets: number[] = [];
  for (let i = packed.indexOf('0'); i !== -1; i = packed.indexOf('0', i + 1)) offsets.push(i);
  return offsets;
}

/** The whole entry at `offset` compared with `key` in code-unit order (the builder's sort), without a copy. */
function compareEntry(packed: string, offset: number, key: string): number {
  for (let i = 0; ; i++) {
    const code = offset + 1 + i < packed.length ? packed.charCodeAt(offset + 1 + i) : 48;
    const entryEnded = isDigitCode(code);
    if (i === key.length) return entryEnded ? 0 : 1;
    if (entryEnded) return -1;
    const difference = code - key.charCodeAt(i);
    if (difference !== 0) return difference;
  }
}

/** Where the entry starting at `offset` ends: at the next digit, or the end. */
function entryEnd(packed: string, offset: number): number {
  let j = offset + 1;
  while (j < packed.length && !isDigitCode(packed.charCodeAt(j))) j++;
  return j;
}

/**
 * The front-coded list as a FoldedWordTable: letters decoded into typed arrays and hashed in one
 * pass, no string per word (this runs cold, once per frame at most: every pass over the list counts).
 */
function tableOf(packed: string): FoldedWordTable {
  // Sized for the lists as built (1.7 letters per packed character, an entry per 4), grown if need be.
  let letters = new Uint16Array(packed.length * 2);
  let entryStarts = new Int32Array((packed.length >> 2) + 2);
  let entryHashes = new Int32Array(entryStarts.length);
  // foldedHash of the previous entry's first n letters, n <= 9: the most an entry shares.
  const prefixHashes = new Int32Array(10);
  let entries = 0;
  let end = 0;
  for (let i = 0; i < packed.length; entries++) {
    if (entries + 2 > entryStarts.length) {
      entryStarts = grown(entryStarts);
      entryHashes = grown(entryHashes);
    }
    const shared = packed.charCodeAt(i++) - 48;
    const start = end;
    if (end + shared > letters.length) letters = grown(letters);
    for (let k = 0; k < shared; k++) letters[end++] = letters[entryStarts[entries - 1]! + k]!;
    let hash = prefixHashes[shared]!;
    for (let code = packed.charCodeAt(i); i < packed.length && !isDigitCode(code); code = packed.charCodeAt(++i)) {
      if (end === letters.length) letters = grown(letters);
      letters[end++] = code;
      hash = hashStep(hash, code);
      if (end - start < prefixHashes.length) prefixHashes[end - start] = hash;
    }
    entryStarts[entries] = start;
    entryHashes[entries] = hash;
  }
  entryStarts[entries] = end;
  return new FoldedWordTable(letters, entryStarts.subarray(0, entries + 1), entryHashes.subarray(0, entries), true);
}

function grown<T extends Uint16Array | Int32Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Characters nameKey drops: apostrophes and periods. */
function isDroppedCode(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46;
}

const firstNames = censusList(FIRST_NAMES_PACKED);
const lastNames = censusList(LAST_NAMES_PACKED);

/** A census list: searched in its packed string at first, then built into a table. */
function censusList(packed: string): WarmingWordTable {
  const words = new PackedWords(packed);
  return new WarmingWordTable(
    () => tableOf(packed),
    (text, start, end) => words.has(nameKey(text.slice(start, end))),
  );
}

/** Lower case without apostrophes, the census spelling ("O'Brien" -> "obrien"). */
const NAME_PUNCTUATION = /['’.]/;
const NAME_PUNCTUATION_GLOBAL = /['’.]/g;

export function nameKey(token: string): string {
  const lower = token.toLowerCase();
  return NAME_PUNCTUATION.test(lower) ? lower.replace(NAME_PUNCTUATION_GLOBAL, '') : lower;
}

export function isFirstName(token: string): boolean {
  return isFirstNameAt(token, 0, token.length, foldedHash(token, 0, token.length, true));
}

export function isLastName(token: string): boolean {
  return isLastNameAt(token, 0, token.length, foldedHash(token, 0, token.length, true));
}

/**
 * text[start, end) without accents ("José" -> "Jose", "Pérez" -> "Perez": the census lists are
 * written without them), or undefined when it has none to take off. Asked only after a miss.
 */
function withoutAccents(text: string, start: number, end: number): string | undefined {
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    const word = text.slice(start, end);
    const folded = word.normalize('NFD').replace(COMBINING_MARKS, '');
    return folded === word ? undefined : folded;
  }
  return undefined;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Whether the word text[start, end) is a census first name; `hash` is foldedHash(text, start, end, true). */
export function isFirstNameAt(text: string, start: number, end: number, hash: number): boolean {
  if (firstNames.hasWordAt(text, start, end, hash)) return true;
  const folded = withoutAccents(text, start, end);
  return folded !== undefined && firstNames.hasWordAt(folded, 0, folded.length, foldedHash(folded, 0, folded.length, true));
}

/** Whether the word text[start, end) is a census surname; `hash` is foldedHash(text, start, end, true). */
export function isLastNameAt(text: string, start: number, end: number, hash: number): boolean {
  if (isListedSurnameAt(text, start, end, hash)) return true;
  const folded = withoutAccents(text, start, end);
  return folded !== undefined && isListedSurnameAt(folded, 0, folded.length, foldedHash(folded, 0, folded.length, true));
}

function isListedSurnameAt(text: string, start: number, end: number, hash: number): boolean {
  if (lastNames.hasWordAt(text, start, end, hash)) return true;
  // Double-barrelled surnames: every part must be a surname ("Garcia-Lopez"); as in
  // nameKey(word).indexOf('-') > 0, a letter must come before the first hyphen.
  let dash = start;
  let lettersBefore = 0;
  for (; dash < end && text.charCodeAt(dash) !== 45; dash++) if (!isDroppedCode(text.charCodeAt(dash))) lettersBefore++;
  if (dash === end || lettersBefore === 0) return false;
  for (let partStart = start; partStart <= end; ) {
    let partEnd = partStart;
    while (partEnd < end && text.charCodeAt(partEnd) !== 45) partEnd++;
    if (!lastNames.hasWordAt(text, partStart, partEnd, foldedHash(text, partStart, partEnd, true))) return false;
    partStart = partEnd + 1;
  }
  return true;
}
