import { codeAt, isDigitCode, isRegexWordCode } from '../char-codes';
import { addSpan, isWhitespaceCode, isWordChar, type SpanSink } from '../span';

// NANP: optional +1, area code and exchange both start 2-9 (validated below), separators or
// parentheses optional, optional extension. The second alternative is a national number with a
// trunk "0" and eleven digits in the groups UK numbers are written in ("0113 418 4331", "020 7946
// 0958", "07700 900123", "01423 555 019", "(0113) 418 4331"), separators required (eleven bare
// digits are more often a record number): one scan finds both (a scan of its own for the zeros
// cost a quarter of the finder's time).
const NANP =
  /(?:\+?1[ .-]?)?\(?[2-9]\d\d\)?[ .-]?[2-9]\d\d[ .-]?\d{4}(?: ?(?:x|ext\.?|#) ?\d{1,5})?|\(?0[1-9](?:\d\)?[ -]\d{4}[ -]\d{4}|\d\d\)?[ -]\d{3}[ -]\d{4}|\d{3}\)?[ -]\d{3}(?:\d{3}|[ -]\d{3}))(?!\d)/g;
// International: + country code then 6-14 more digits in groups. Tried at each "+" (indexOf is far
// faster than a regex scan for it).
const INTERNATIONAL_AT = /\+(?!1[ .-]?\(?[2-9])\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}/y;
/** How far before a number "Fax", "F:" and the like are looked for. */
const FAX_CUE_REACH = 16;

/** Finds phone numbers; typed FAX when the words just before say so ("Fax: 555-...", "F: "). */
export function findPhones(text: string, sink: SpanSink): void {
  NANP.lastIndex = 0;
  for (let m = NANP.exec(text); m; m = NANP.exec(text)) {
    const start = m.index;
    const end = NANP.lastIndex;
    if (isNationalAt(text, start)) {
      addNationalNumber(text, start, end, sink);
      continue;
    }
    if (isWordChar(text, start - 1) || isWordChar(text, end) || codeAt(text, end) === 45 || codeAt(text, start - 1) === 45) continue;
    // The optional parts are read as the regex took them: "+", "1" and a separator must be taken when present.
    let areaCode = start;
    if (text.charCodeAt(areaCode) === 43) areaCode++;
    if (text.charCodeAt(areaCode) === 49) {
      areaCode++;
      if (isPhoneSeparator(text.charCodeAt(areaCode))) areaCode++;
    }
    const openParen = text.charCodeAt(areaCode) === 40;
    let exchange = areaCode + (openParen ? 4 : 3);
    if (text.charCodeAt(exchange) === 41) exchange++;
    if (isPhoneSeparator(text.charCodeAt(exchange))) exchange++;
    if (openParen && !hasCode(text, start, end, 41)) {
      // "(859-331-8924)": the parenthesis encloses the whole number, not the area code. The global
      // regex would go on after the match; the number is tried again after the parenthesis.
      if (areaCode === start) NANP.lastIndex = start + 1;
      continue;
    }
    // "555 5555" exchanges such as 555-01xx are fictional but still shown; N11 exchanges are service codes.
    if (text.charCodeAt(exchange + 1) === 49 && text.charCodeAt(exchange + 2) === 49) continue;
    // Ten bare digits are more often a record number: leave them to the identifier finders.
    addSpan(sink, start, end, phoneType(text, start), hasPunctuation(text, start, end) ? 0.9 : 0.6);
  }
  for (let plus = text.indexOf('+'); plus >= 0; plus = text.indexOf('+', plus + 1)) {
    INTERNATIONAL_AT.lastIndex = plus;
    const m = INTERNATIONAL_AT.exec(text);
    if (!m) continue;
    const end = INTERNATIONAL_AT.lastIndex;
    plus = end - 1;
    const digits = m[0].replace(/\D/g, '').length;
    if (digits < 8 || digits > 15 || isWordChar(text, end)) continue;
    addSpan(sink, m.index, end, phoneType(text, m.index), 0.85);
  }
}

/** Whether NANP's match at `start` is its national alternative: "0..." or "(0...". */
function isNationalAt(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  return first === 48 || (first === 40 && text.charCodeAt(start + 1) === 48);
}

/**
 * "0113 418 4331", "(0113) 418 4331", "(0113 418 4331)": NANP's national alternative at [start, end),
 * a whole number not inside a longer run of digits, letters, dashes, dots or slashes; its "(" is
 * kept only when it encloses the area code.
 */
function addNationalNumber(text: string, start: number, end: number, sink: SpanSink): void {
  if (text.charCodeAt(start) === 40 && !hasCode(text, start, end, 41)) start++;
  else if (hasCode(text, start, end, 41) && text.charCodeAt(start) !== 40) return;
  const before = codeAt(text, start - 1);
  if (isWordChar(text, start - 1) || before === 43 || before === 45 || before === 46 || before === 47) return;
  const after = codeAt(text, end);
  if (isWordChar(text, end) || after === 45 || (after === 46 && isDigitCode(codeAt(text, end + 1))) || after === 47) return;
  addSpan(sink, start, end, phoneType(text, start), 0.8);
}

function isPhoneSeparator(code: number): boolean {
  return code === 32 || code === 46 || code === 45;
}

/** Whether text[start, end) has any of " .()+-". */
function hasPunctuation(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isPhoneSeparator(code) || code === 40 || code === 41 || code === 43) return true;
  }
  return false;
}

function hasCode(text: string, start: number, end: number, code: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/** FAX when "fax", "facsimile" or "télécopie" (any case), or "F:" / "F#", is within FAX_CUE_REACH before the number. */
function phoneType(text: string, start: number): 'PHONE' | 'FAX' {
  const reach = Math.max(0, start - FAX_CUE_REACH);
  return hasFaxWord(text, reach, start) || endsWithFaxLetter(text, reach, start) ? 'FAX' : 'PHONE';
}

/** /fax|facsimile|t[ée]l[ée]copie/i within text[from, to), read in code: two tests on a slice per phone number cost more than the rest. */
function hasFaxWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const letter = text.charCodeAt(i) | 0x20;
    if (letter === 102 && (matchesFolded(text, i, to, 'fax') || matchesFolded(text, i, to, 'facsimile'))) return true;
    if (letter === 116 && matchesFolded(text, i, to, 'télécopie')) return true;
  }
  return false;
}

/**
 * Whether text[at, ..) within `to` reads `word` ignoring case as a non-unicode /i regex does: ASCII
 * letters either case, and here "é" also for "e" (the regex's [ée]) in either case.
 */
function matchesFolded(text: string, at: number, to: number, word: string): boolean {
  if (at + word.length > to) return false;
  for (let i = 0; i < word.length; i++) {
    const code = text.charCodeAt(at + i);
    const expected = word.charCodeAt(i);
    if (expected === 0xe9) {
      if (code !== 0xe9 && code !== 0xc9 && (code | 0x20) !== 101) return false;
    } else if ((code | 0x20) !== expected) return false;
  }
  return true;
}

/** /\bF\s*[:#]\s*$/ on text[from, to): "F:" or "F #" right before the number, with \b counted from `from`. */
function endsWithFaxLetter(text: string, from: number, to: number): boolean {
  let i = to;
  while (i > from && isWhitespaceCode(text.charCodeAt(i - 1))) i--;
  if (i === from || (text.charCodeAt(i - 1) !== 58 && text.charCodeAt(i - 1) !== 35)) return false;
  i--;
  while (i > from && isWhitespaceCode(text.charCodeAt(i - 1))) i--;
  if (i === from || text.charCodeAt(i - 1) !== 70) return false;
  const letter = i - 1;
  return letter === from || !isRegexWordCode(codeAt(text, letter - 1));
}
