import { codeAt, isAsciiUpperCode, isDigitCode, isRegexWordCode } from '../char-codes';
import { addSpan, isWhitespaceCode, isWordChar, type SpanSink } from '../span';

// Vehicle identification numbers: 17 characters without I, O, Q; the 9th is a check digit.
const VIN_VALUES: Record<string, number> = {};
'0123456789'.split('').forEach((c, i) => (VIN_VALUES[c] = i));
'ABCDEFGH'.split('').forEach((c, i) => (VIN_VALUES[c] = i + 1));
'JKLMN'.split('').forEach((c, i) => (VIN_VALUES[c] = i + 1));
VIN_VALUES['P'] = 7;
VIN_VALUES['R'] = 9;
'STUVWXYZ'.split('').forEach((c, i) => (VIN_VALUES[c] = i + 2));
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

export function isValidVin(vin: string): boolean {
  if (vin.length !== 17 || !/\d/.test(vin) || !/[A-Z]/.test(vin)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (VIN_VALUES[vin[i]!] ?? 0) * VIN_WEIGHTS[i]!;
  const check = sum % 11;
  return vin[8] === (check === 10 ? 'X' : String(check));
}

export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

// Record numbers with no label: seven or more digits, or a short letter prefix/suffix around six or
// more digits ("S99940903", "X53631011X", "MRN0012345"). Typed ID: the label, if any, decides the rest.
const SHORTEST_RECORD_DIGITS = 6;
const LONGEST_RECORD_DIGITS = 20;
// Code systems whose codes are long numbers but identify a concept, not a person: a record number
// right after one of these words (and spaces, colons or #) within CODE_CUE_REACH is a code.
const CODE_SYSTEM_WORDS = ['snomed', 'sct', 'loinc', 'ndc', 'cpt', 'hcpcs', 'icd', 'rxnorm', 'rxcui', 'cvx', 'npi', 'dea', 'upc', 'oid', 'code', 'gtin', 'udi-di'];
const CODE_CUE_REACH = 12;
// The words by their last letter: most record numbers follow no letter that ends one.
const CODE_SYSTEM_WORDS_BY_LAST_LETTER = new Map<number, string[]>();
for (const word of CODE_SYSTEM_WORDS) {
  const last = word.charCodeAt(word.length - 1);
  CODE_SYSTEM_WORDS_BY_LAST_LETTER.set(last, [...(CODE_SYSTEM_WORDS_BY_LAST_LETTER.get(last) ?? []), word]);
}

/**
 * Where a record number, VIN or card number can be, found in one scan instead of one exec per run
 * of digits (65k per MB): an X before three capitals (the check character of a VIN whose digits
 * all follow twelve or more capitals); a digit before a capital (any other VIN); six digits in a
 * row; four digits, a separator, four digits and a separator (a card's first groups).
 */
const CANDIDATE = /X[A-HJ-NPR-Z]{3}|\d(?:[A-HJ-NPR-Z]|\d(?:[A-HJ-NPR-Z]|\d(?:[A-HJ-NPR-Z]|\d(?:\d\d|[ -]\d{4}[ -]))))/g;

/** Luhn-valid 16-digit numbers printed with separators are card or account numbers. */
const CARD_NUMBER_AT = /\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?!\d)/y;

/**
 * Card numbers, VINs and record numbers. A VIN or record number lies in a cluster of VIN characters
 * (digits and capitals but I, O, Q) with a digit in it: each such cluster is read once, from the
 * first candidate in it; only its first run of digits can be a record number.
 */
export function findIdentifiers(text: string, sink: SpanSink): void {
  // As a global regex would: a card number starts after a non-word character (\b), so at the start
  // of a cluster, and not inside the previous card number.
  let cardsFrom = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const at = m.index;
    const afterFourDigits = codeAt(text, at + 4);
    if ((afterFourDigits === 32 || afterFourDigits === 45) && at >= cardsFrom && !isRegexWordCode(codeAt(text, at - 1))) {
      CARD_NUMBER_AT.lastIndex = at;
      const card = CARD_NUMBER_AT.exec(text);
      if (card) {
        cardsFrom = CARD_NUMBER_AT.lastIndex;
        if (!isWordChar(text, at - 1) && isLuhnValid(card[0].replace(/\D/g, ''))) addSpan(sink, at, cardsFrom, 'ACCOUNT', 0.85);
      }
    }
    // The cluster around the candidate; the scan resumes after it.
    let start = at;
    while (start > 0 && isVinCode(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && isVinCode(text.charCodeAt(end))) end++;
    CANDIDATE.lastIndex = end;
    let digitsStart = start;
    while (digitsStart < end && !isDigitCode(text.charCodeAt(digitsStart))) digitsStart++;
    if (digitsStart === end) continue;
    let digitsEnd = digitsStart + 1;
    while (digitsEnd < end && isDigitCode(text.charCodeAt(digitsEnd))) digitsEnd++;
    if (digitsEnd - digitsStart >= SHORTEST_RECORD_DIGITS) findRecordNumber(text, digitsStart, digitsEnd, sink);
    // A VIN is 17 characters of A-Z (no I, O, Q) and digits between word boundaries, with a valid check digit.
    if (end - start === 17 && !isWordChar(text, start - 1) && !isWordChar(text, end) && isValidVin(text.slice(start, end))) {
      addSpan(sink, start, end, 'VEHICLE', 0.9);
    }
  }
}

/** The record number around the digits [digitsStart, digitsEnd): up to three capitals (and a dash) before, up to two after. */
function findRecordNumber(text: string, digitsStart: number, digitsEnd: number, sink: SpanSink): void {
  if (digitsEnd - digitsStart > LONGEST_RECORD_DIGITS) return;
  const dash = codeAt(text, digitsStart - 1) === 45 ? 1 : 0;
  let start = digitsStart - dash;
  while (start > 0 && digitsStart - dash - start < 4 && isAsciiUpperCode(text.charCodeAt(start - 1))) start--;
  const prefix = digitsStart - dash - start;
  if (prefix === 0) start = digitsStart;
  if (prefix > 3 || isWordChar(text, start - 1) || isNumberPunctuation(codeAt(text, start - 1))) return;
  let end = digitsEnd;
  while (end - digitsEnd < 3 && isAsciiUpperCode(codeAt(text, end))) end++;
  if (end - digitsEnd > 2 || isWordChar(text, end) || (isNumberPunctuation(codeAt(text, end)) && isDigitCode(codeAt(text, end + 1)))) return;
  if (digitsEnd - digitsStart < 7 && end - start === digitsEnd - digitsStart) return;
  if (followsCodeSystemWord(text, start)) return;
  addSpan(sink, start, end, 'ID', 0.6);
}

/** True when a code-system word, then only spaces, colons or #, ends at `at`, all within CODE_CUE_REACH ("LOINC: 1234567"); any case. */
function followsCodeSystemWord(text: string, at: number): boolean {
  const reach = Math.max(0, at - CODE_CUE_REACH);
  let wordEnd = at;
  while (wordEnd > reach && isCueSeparator(text.charCodeAt(wordEnd - 1))) wordEnd--;
  // | 0x20 lower-cases A-Z and sends no other character onto a-z.
  const words = CODE_SYSTEM_WORDS_BY_LAST_LETTER.get(codeAt(text, wordEnd - 1) | 0x20);
  if (words === undefined) return false;
  for (const word of words) if (wordEnd - word.length >= reach && endsWithIgnoringCase(text, wordEnd, word)) return true;
  return false;
}

/** Whether text[.., end) ends with `word` (lower-case ASCII), ignoring ASCII case. */
function endsWithIgnoringCase(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  for (let i = 0; i < word.length; i++) {
    const code = text.charCodeAt(start + i);
    const expected = word.charCodeAt(i);
    if (code !== expected && !(expected >= 97 && expected <= 122 && (code | 0x20) === expected)) return false;
  }
  return true;
}

/** \s, ":" or "#". */
function isCueSeparator(code: number): boolean {
  // Quotes too: structured data's '"code": "185349003"'.
  return code === 58 || code === 35 || code === 34 || code === 39 || isWhitespaceCode(code);
}

/** . , / : - : around a number they make it part of a longer one (a date, a range, a code). */
function isNumberPunctuation(code: number): boolean {
  return code === 46 || code === 44 || code === 47 || code === 58 || code === 45;
}

function isVinCode(code: number): boolean {
  return isDigitCode(code) || (isAsciiUpperCode(code) && code !== 73 && code !== 79 && code !== 81);
}
