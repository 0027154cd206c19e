import { FIRST_NAMES_PACKED, LAST_NAMES_PACKED } from './name-dictionary.generated';

/**
 * Lookups searched in the packed string before it is unpacked into a Set. Unpacking costs about
 * 10 ms (measured in a corpus page's first scan, every frame), a search about a microsecond, so a
 * page that asks a few thousand times never pays for the Set, and a large page pays for it once.
 */
const LOOKUPS_BEFORE_SET = 3_000;

/** A front-coded word list (build-name-dictionary.ts): binary-searched in place, then a Set. */
class PackedWords {
  private words: Set<string> | undefined;
  private restarts: number[] | undefined;
  private lookups = 0;

  constructor(private readonly packed: string) {}

  has(key: string): boolean {
    if (this.words) return this.words.has(key);
    if (++this.lookups > LOOKUPS_BEFORE_SET) {
      this.words = unpack(this.packed);
      return this.words.has(key);
    }
    return this.search(key);
  }

  /** The last entry written whole at or before `key`, then the entries after it up to the next one. */
  private search(key: string): boolean {
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
    const entryEnded = code >= 48 && code <= 57;
    if (i === key.length) return entryEnded ? 0 : 1;
    if (entryEnded) return -1;
    const difference = code - key.charCodeAt(i);
    if (difference !== 0) return difference;
  }
}

/** Where the entry starting at `offset` ends: at the next digit, or the end. */
function entryEnd(packed: string, offset: number): number {
  let j = offset + 1;
  while (j < packed.length) {
    const code = packed.charCodeAt(j);
    if (code >= 48 && code <= 57) break;
    j++;
  }
  return j;
}

/** Reverses build-name-dictionary.ts' front coding: digit = characters shared with the previous word. */
function unpack(packed: string): Set<string> {
  const words = new Set<string>();
  let previous = '';
  for (let i = 0; i < packed.length; ) {
    const next = entryEnd(packed, i);
    previous = previous.slice(0, packed.charCodeAt(i) - 48) + packed.slice(i + 1, next);
    words.add(previous);
    i = next;
  }
  return words;
}

const firstNames = new PackedWords(FIRST_NAMES_PACKED);
const lastNames = new PackedWords(LAST_NAMES_PACKED);

/** Lower case without apostrophes, the census spelling ("O'Brien" -> "obrien"). */
const NAME_PUNCTUATION = /['’.]/;
const NAME_PUNCTUATION_GLOBAL = /['’.]/g;

export function nameKey(token: string): string {
  const lower = token.toLowerCase();
  return NAME_PUNCTUATION.test(lower) ? lower.replace(NAME_PUNCTUATION_GLOBAL, '') : lower;
}

export function isFirstName(token: string): boolean {
  return isFirstNameKey(nameKey(token));
}

export function isLastName(token: string): boolean {
  return isLastNameKey(nameKey(token));
}

export function isFirstNameKey(key: string): boolean {
  return firstNames.has(key);
}

export function isLastNameKey(key: string): boolean {
  if (lastNames.has(key)) return true;
  // Double-barrelled surnames: every part must be a surname ("Garcia-Lopez").
  const dash = key.indexOf('-');
  return dash > 0 && key.split('-').every((part) => lastNames.has(part));
}
