import { isBlankCode, isDigitCode, isUpperLetterCode } from '../char-codes';
import { isMonthWord } from '../patterns/date';
import { foldedHash, isWordChar, LOWER, UPPER } from '../span';
import { nameKey } from './name-dictionary';

// A capitalised name word: "Smith", "McDonald", "O'Brien", "Jean-Luc", or upper case "SMITH", "O'KON".
// Each repetition starts with a character the previous part cannot match, so matching is linear.
const TITLE_WORD = `[${UPPER}][${LOWER}'’]+(?:(?:-[${UPPER}]?|[${UPPER}]|['’][${UPPER}])[${LOWER}'’]+)*`;
const UPPER_WORD = `[${UPPER}](?:[${UPPER}]+|['’][${UPPER}]+)(?:['’-][${UPPER}]+)*`;
const NOT_WORD_AFTER = `(?![${UPPER}${LOWER}\\d])`;
const NAME_WORD = new RegExp(`(?:${TITLE_WORD}|${UPPER_WORD})${NOT_WORD_AFTER}`, 'g');
/** A lone initial after a name word: one space, a capital, an optional period (more spaces are a table's next column: "SMITH, ANN   F"). */
const MIDDLE_INITIAL_AT = new RegExp(`[ \\t\\u00a0][${UPPER}]\\.?${NOT_WORD_AFTER}`, 'y');

/**
 * Where the name ending at `end` ends with the lone initial after it, if one follows: after
 * "SURNAME, GIVEN" it is the middle initial ("MEDHURST, SUMIKO L"). Elsewhere in running text a
 * lone capital more often starts the next sentence, so callers ask only after that form.
 */
export function middleInitialEnd(text: string, end: number): number {
  // Most names end before a blank and a lower-case letter, a digit or a longer word: no regex for them.
  if (!isBlankCode(text.charCodeAt(end)) || !isUpperLetterCode(text.charCodeAt(end + 1)) || isNameWordCode(text.charCodeAt(end + 2))) return end;
  MIDDLE_INITIAL_AT.lastIndex = end;
  return MIDDLE_INITIAL_AT.test(text) ? MIDDLE_INITIAL_AT.lastIndex : end;
}

/** What NOT_WORD_AFTER refuses: a character of UPPER or LOWER, or a digit. */
function isNameWordCode(code: number): boolean {
  const folded = code | 0x20;
  return (folded >= 0x61 && folded <= 0x7a) || (code >= 48 && code <= 57) || (code >= 0xc0 && code <= 0x17e && code !== 0xd7 && code !== 0xf7);
}

/** A name word or an initial ("J." or "J") at one position. */
export const NAME_WORD_AT = new RegExp(`(?:${TITLE_WORD}|${UPPER_WORD}|[${UPPER}]\\.?)${NOT_WORD_AFTER}`, 'y');

/**
 * The capitalised words of a text that start at a word boundary, found in one pass and shared by
 * every name finder and by propagation, so the text is not re-scanned for each.
 */
export interface NameWords {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /**
   * foldedHash(text, start, end, true) of each word, to look it up in a vocabulary without a
   * substring: filled on first use by wordHash (-1 until then), as keys by wordKey.
   */
  hashes: Int32Array;
  /** nameKey of each word, filled on first use (most words are never looked up). */
  keys: (string | undefined)[];
}

export function findNameWords(text: string): NameWords {
  let count = 0;
  NAME_WORD.lastIndex = 0;
  for (let m = NAME_WORD.exec(text); m; m = NAME_WORD.exec(text)) {
    if (isWordChar(text, m.index - 1) || isMonthBeforeDay(text, m.index, NAME_WORD.lastIndex)) continue;
    if (2 * count + 2 > found.length) found = grow(found);
    found[2 * count] = m.index;
    found[2 * count + 1] = NAME_WORD.lastIndex;
    count++;
  }
  // One allocation for the three arrays: each typed array costs about a microsecond to allocate.
  const arrays = new Int32Array(3 * count);
  for (let i = 0; i < count; i++) {
    arrays[i] = found[2 * i]!;
    arrays[count + i] = found[2 * i + 1]!;
  }
  arrays.fill(NO_HASH_YET, 2 * count);
  // A huge page must not keep its scratch space once scanned.
  if (found.length > MOST_FOUND_KEPT) found = new Int32Array(FOUND_AT_FIRST);
  return { count, starts: arrays.subarray(0, count), ends: arrays.subarray(count, 2 * count), hashes: arrays.subarray(2 * count), keys: new Array<string | undefined>(count) };
}

/**
 * "March 12": a month word before a day is a date's, never a name's, though "March" and "April" are
 * census names. Read as a name word it made "Ann Smith March" one name, merged with the date into
 * one DATE span, and the name was never remembered for the rest of the page.
 */
function isMonthBeforeDay(text: string, start: number, end: number): boolean {
  return isBlankCode(text.charCodeAt(end)) && isDigitCode(text.charCodeAt(end + 1)) && isMonthWord(text, start, end);
}

/** Where each word findNameWords finds starts and ends, in turn: reused by every call, then copied out. */
const FOUND_AT_FIRST = 4096;
const MOST_FOUND_KEPT = 1 << 16;
let found = new Int32Array(FOUND_AT_FIRST);

/** foldedHash(text, start, end, true) of word `index`, computed on first use. */
export function wordHash(words: NameWords, text: string, index: number): number {
  const hash = words.hashes[index]!;
  return hash !== NO_HASH_YET ? hash : (words.hashes[index] = foldedHash(text, words.starts[index]!, words.ends[index]!, true));
}

/** Hashes are 30-bit and non-negative. */
const NO_HASH_YET = -1;

export function wordKey(words: NameWords, text: string, index: number): string {
  return (words.keys[index] ??= nameKey(text.slice(words.starts[index], words.ends[index])));
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
