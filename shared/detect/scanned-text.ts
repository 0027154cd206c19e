import { COLON, isAsciiLetterCode, isAsciiUpperCode, isDigitCode } from './char-codes';
import { isCasedLetter, isUpperCaseLetter } from './span';

/**
 * The text the finders scan, made from a page's joined text:
 * - without zero-width and bidi control characters, invisible on screen but splitting identifiers
 *   for a regex ("123\u200B-45-6789");
 * - with a hyphen for the other dashes between two digits ("397–44–4184", "12–14–1932": an en dash, an em
 *   dash, a minus sign or a non-breaking hyphen, as word processors and PDFs write them), one character
 *   for one so no offset moves;
 * - with a space where two text nodes of a block meet between two kinds of text ("DOB" | "02/14/1951",
 *   "Name" | "John Smith", "1951" | "Female", "Insurance ID:" | "GRP73710"): separate elements a page's CSS sets apart (a flex
 *   row of label and value) would otherwise read as one word ("DOB02/14/1951"). A word split over
 *   elements ("Smi" | "th", "J" | "ohn") gets none.
 * Spans found in it are mapped back with originalStart / originalEnd.
 */
export interface ScannedText {
  text: string;
  /** offsets[i] is the index in the joined text of scanned character i (a space put in: of the character after it); null when the text is the joined text. */
  offsets: Int32Array | null;
}

const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const INVISIBLE_GLOBAL = new RegExp(INVISIBLE.source, 'g');
/** U+2010-2014 (hyphen, non-breaking hyphen, figure dash, en dash, em dash) and U+2212 (minus) between digits. */
const DASH_BETWEEN_DIGITS = /(?<=\d)[\u2010-\u2014\u2212](?=\d)/;
const DASH_BETWEEN_DIGITS_GLOBAL = new RegExp(DASH_BETWEEN_DIGITS.source, 'g');

/** Where the scanned text gets a space: the index in the joined text of each node that starts there, in order. */
export type NodeBoundaries = readonly number[];

export function scannedText(joined: string, boundaries: NodeBoundaries): ScannedText {
  const spaced = boundaries.length > 0 ? withSpaces(joined, boundaries) : { text: joined, offsets: null };
  // Invisible characters and other dashes are rare: one test on the whole page each, and a copy only then.
  let scanned: ScannedText = spaced;
  if (INVISIBLE.test(spaced.text)) {
    const stripped = withoutInvisible(spaced.text);
    if (spaced.offsets) for (let i = 0; i < stripped.offsets.length; i++) stripped.offsets[i] = spaced.offsets[stripped.offsets[i]!]!;
    scanned = stripped;
  }
  if (DASH_BETWEEN_DIGITS.test(scanned.text)) scanned.text = scanned.text.replace(DASH_BETWEEN_DIGITS_GLOBAL, '-');
  return scanned;
}

/** Whether two nodes of a block that meet with these characters need a space between them to read as two words. */
export function isNodeBoundary(lastOfPrevious: number, firstOfNext: number): boolean {
  if (isLetterCode(lastOfPrevious)) return isDigitCode(firstOfNext) || (isUpperCode(firstOfNext) && !isUpperCode(lastOfPrevious));
  // "Insurance ID:" | "GRP73710": a label's colon before its value in the next element.
  if (lastOfPrevious === COLON) return isDigitCode(firstOfNext) || isLetterCode(firstOfNext);
  return isDigitCode(lastOfPrevious) && isLetterCode(firstOfNext);
}

function withSpaces(joined: string, boundaries: NodeBoundaries): ScannedText & { offsets: Int32Array } {
  const parts: string[] = [];
  const offsets = new Int32Array(joined.length + boundaries.length + 1);
  let from = 0;
  let scanned = 0;
  for (const boundary of [...boundaries, joined.length]) {
    parts.push(joined.slice(from, boundary));
    for (let i = from; i < boundary; i++) offsets[scanned++] = i;
    if (boundary === joined.length) break;
    parts.push(' ');
    offsets[scanned++] = boundary;
    from = boundary;
  }
  offsets[scanned] = joined.length;
  return { text: parts.join(''), offsets };
}

function withoutInvisible(text: string): ScannedText & { offsets: Int32Array } {
  const offsets = new Int32Array(text.length + 1);
  let visible = 0;
  for (let i = 0; i < text.length; i++) if (!isInvisibleCode(text.charCodeAt(i))) offsets[visible++] = i;
  offsets[visible] = text.length;
  return { text: text.replace(INVISIBLE_GLOBAL, ''), offsets: offsets.subarray(0, visible + 1) };
}

/** A letter (span.ts's isCasedLetter), without a string for ASCII. */
function isLetterCode(code: number): boolean {
  return code < 0x80 ? isAsciiLetterCode(code) : isCasedLetter(String.fromCharCode(code));
}

/** An upper-case letter (span.ts's isUpperCaseLetter), without a string for ASCII. */
function isUpperCode(code: number): boolean {
  return code < 0x80 ? isAsciiUpperCode(code) : isUpperCaseLetter(String.fromCharCode(code));
}

function isInvisibleCode(code: number): boolean {
  return (
    code === 0xad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/** Where scanned character `start` begins in the joined text (`offsets` from scannedText). */
export function originalStart(offsets: Int32Array, start: number): number {
  return offsets[start] ?? start;
}

/** Where a scanned range ending at `end` ends in the joined text. */
export function originalEnd(offsets: Int32Array, end: number): number {
  return (offsets[end - 1] ?? end - 1) + 1;
}

/** Where joined index `index` falls among the scanned characters: how many of them come before it. */
export function scannedIndex(offsets: Int32Array, index: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! < index) low = middle + 1;
    else high = middle;
  }
  return low;
}
