import type { PhiType } from '../phi-types';
import type { PhiSpan } from './types';
import { isExtendedAUpperCode } from './char-codes';

/** A finder's match before overlaps are resolved: its text is cut only for the spans that survive. */
export type FoundSpan = Omit<PhiSpan, 'text'>;

/** Finders append to a shared list instead of returning arrays: one allocation per match, no concatenation. */
export type SpanSink = FoundSpan[];

export function addSpan(sink: SpanSink, start: number, end: number, type: PhiType, confidence: number): void {
  if (end > start) sink.push({ start, end, type, confidence });
}

/** True when the character at `index` is a letter or digit (used for hand-made word boundaries). */
export function isWordChar(text: string, index: number): boolean {
  return index >= 0 && index < text.length && isWordCode(text.charCodeAt(index));
}

/** isWordChar on a character code: ASCII letters and digits, and letters from Latin-1 up to U+2000. */
export function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000);
}

/**
 * A letter of a script written without spaces between words: Thai, Lao, Myanmar, Khmer, Japanese
 * kana, CJK ideographs, and Hangul syllables (Korean spaces its phrases, not its compounds).
 */
export function isUnspacedScriptCode(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0eff) || (code >= 0x1000 && code <= 0x109f) || (code >= 0x1780 && code <= 0x17ff) || (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff66 && code <= 0xff9f)
  );
}

/** What \s matches in a regex, on a character code. */
export function isWhitespaceCode(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Lower case of an upper-case letter code (ASCII and Latin-1), as toLowerCase gives it. */
export function lowerCode(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  if (code <= 0xff) return code >= 0xc0 && code <= 0xde && code !== 0xd7 ? code + 32 : code;
  // Beyond Latin-1 (rare on screen): ask the runtime, one character at a time.
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/** A hash of text[start, end) lower-cased: looks a word up in a small vocabulary without a substring. */
export function foldedHash(text: string, start: number, end: number, skipApostrophes = false): number {
  let hash = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // nameKey drops apostrophes and periods ("O'Brien" -> "obrien"): so does the hash when asked.
    if (skipApostrophes && (code === 39 || code === 0x2019 || code === 46)) continue;
    // 30 bits: small integers stay unboxed in V8, so hashing and Set/Map look-ups allocate nothing.
    hash = (Math.imul(hash, 31) + lowerCode(code)) & 0x3fffffff;
  }
  return hash;
}

/** \p{Lu} for one character. */
export function isUpperCaseLetter(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
}

/** \p{L} for one character, as near as case tells (caseless scripts count as non-letters). */
export function isCasedLetter(char: string | undefined): boolean {
  return char !== undefined && char.toLowerCase() !== char.toUpperCase();
}

/**
 * Letter classes for regexes without the `u` flag (several times faster in V8 than \p{L}):
 * ASCII, Latin-1 and Latin Extended-A, each letter in its case ("Č", "Ł" upper; "ř", "ł" lower), so
 * a name in capitals reads as one ("KOVAČEVIĆ"). The two classes never overlap, so name patterns
 * built from them cannot backtrack ambiguously.
 */
export const UPPER = `A-ZÀ-ÖØ-Þ${extendedALetters(true)}`;
export const LOWER = `a-zß-öø-ÿ${extendedALetters(false)}`;

/** The capitals (or the small letters) of Latin Extended-A, U+0100-U+017F, as a class's characters. */
function extendedALetters(upper: boolean): string {
  let letters = '';
  for (let code = 0x100; code <= 0x17f; code++) if (isExtendedAUpperCode(code) === upper) letters += String.fromCharCode(code);
  return letters;
}
