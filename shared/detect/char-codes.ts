/**
 * Characters as codes, for the hand-written scans that replace regexes: a regex call costs ~50 ns
 * and a slice allocates, so these read the text in place. Each class says which regex piece it
 * mirrors exactly, so a scan built from them matches what the regex matched. (span.ts's
 * isWordCode is wider than \w: it also counts Latin-1 letters.)
 */

/** Between a page's blocks in the text the finders scan (detect.ts): a line break for the finders that stop at lines, NUL so no pattern bridges it. */
export const BLOCK_SEPARATOR = '\n\u0000\n';
export const DIGIT_ZERO = 48;
export const TAB = 9;
export const SPACE = 32;
export const NO_BREAK_SPACE = 0xa0;
export const COMMA = 44;
export const HYPHEN = 45;
export const DOT = 46;
export const SLASH = 47;
export const OPEN_PARENTHESIS = 40;
export const CLOSE_PARENTHESIS = 41;
export const COLON = 58;
export const EQUALS = 61;
export const CARET = 94;
export const UNDERSCORE = 95;

/**
 * codeAt(text, index), or -1 outside the text. Scans read one past a match's ends all the time,
 * and charCodeAt's NaN there deoptimises the optimised scan (V8 then gives up on it: 5x slower).
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : -1;
}

/** \d (ASCII digits only). */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** [A-Z]. */
export function isAsciiUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** The UPPER class of span.ts: ASCII, Latin-1 and Latin Extended-A capitals. */
export function isUpperLetterCode(code: number): boolean {
  return isAsciiUpperCode(code) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) || isExtendedAUpperCode(code);
}

/**
 * A capital of Latin Extended-A: the block pairs each capital with its small letter right after it,
 * from U+0100 and again from U+0139 and U+014A (ĸ and ŉ have no capital), and ends with Ÿ Ź Ż Ž.
 */
export function isExtendedAUpperCode(code: number): boolean {
  if (code < 0x100 || code > 0x17e) return false;
  if (code <= 0x137) return code % 2 === 0;
  if (code >= 0x139 && code <= 0x148) return code % 2 === 1;
  if (code >= 0x14a && code <= 0x177) return code % 2 === 0;
  return code === 0x178 || code === 0x179 || code === 0x17b || code === 0x17d;
}

/** [A-Za-z]. */
export function isAsciiLetterCode(code: number): boolean {
  const folded = code | 0x20;
  return folded >= 0x61 && folded <= 0x7a;
}

/** [ \t\u00a0]: the blanks between words within a line (a date's parts, label words, a name's parts). */
export function isBlankCode(code: number): boolean {
  return code === SPACE || code === TAB || code === NO_BREAK_SPACE;
}

/** The index after the blanks starting at `index`. */
export function skipBlanks(text: string, index: number): number {
  while (isBlankCode(codeAt(text, index))) index++;
  return index;
}

/** The index before the blanks ending at `index`, going no further back than `limit`. */
export function skipBlanksBack(text: string, index: number, limit: number): number {
  while (index > limit && isBlankCode(codeAt(text, index - 1))) index--;
  return index;
}

/** The index after the digits starting at `index`. */
export function digitRunEnd(text: string, index: number): number {
  while (isDigitCode(codeAt(text, index))) index++;
  return index;
}

/** The index of the first of the digits ending at `index`, going no further back than `limit`. */
export function digitRunStart(text: string, index: number, limit: number): number {
  while (index > limit && isDigitCode(codeAt(text, index - 1))) index--;
  return index;
}

/** The number written by the digits text[start, end). */
export function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + codeAt(text, i) - DIGIT_ZERO;
  return value;
}

/**
 * True when text[end - word.length, end) is `word` (lower case, ASCII or Latin-1) compared as a
 * case-insensitive regex without the `u` flag compares it, and starts at or after `limit`. Such a
 * regex folds upper to lower case within ASCII and within Latin-1, never into ASCII from beyond
 * ("K", the Kelvin sign, is not "k"), so only those two ranges are folded here.
 */
export function endsWithWord(text: string, end: number, word: string, limit: number): boolean {
  const start = end - word.length;
  if (start < limit) return false;
  // From the last character: most candidates differ there.
  for (let i = word.length - 1; i >= 0; i--) {
    const code = codeAt(text, start + i);
    const folded = (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 32 : code;
    if (folded !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** \w in a regex without the u flag (what \b tests): ASCII letters, digits and _. */
export function isRegexWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}
