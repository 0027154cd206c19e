import { addSpan, isWordChar, type SpanSink } from '../span';

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
// Code systems whose codes are long numbers but identify a concept, not a person.
const CODE_SYSTEM_CUE = /(?:snomed|sct|loinc|ndc|cpt|hcpcs|icd|rxnorm|rxcui|cvx|npi|dea|upc|oid|code|gtin|udi-di)[\s:#]*$/i;
const DIGITS = /\d+/g;

/** Luhn-valid 16-digit numbers printed with separators are card or account numbers. */
const CARD_NUMBER = /\b\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?!\d)/g;

export function findIdentifiers(text: string, sink: SpanSink): void {
  CARD_NUMBER.lastIndex = 0;
  for (let m = CARD_NUMBER.exec(text); m; m = CARD_NUMBER.exec(text)) {
    if (!isWordChar(text, m.index - 1) && isLuhnValid(m[0].replace(/\D/g, ''))) addSpan(sink, m.index, m.index + m[0].length, 'ACCOUNT', 0.85);
  }
  // VINs and record numbers both have digits: one pass over the runs of digits finds both.
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    const digitsStart = m.index;
    const digitsEnd = DIGITS.lastIndex;
    if (digitsEnd - digitsStart >= SHORTEST_RECORD_DIGITS) findRecordNumber(text, digitsStart, digitsEnd, sink);
    // A VIN is 17 characters of A-Z (no I, O, Q) and digits between word boundaries, with a valid check digit.
    let start = digitsStart;
    while (start > 0 && isVinCode(text.charCodeAt(start - 1))) start--;
    let end = digitsEnd;
    while (end < text.length && isVinCode(text.charCodeAt(end))) end++;
    DIGITS.lastIndex = end;
    if (end - start === 17 && !isWordChar(text, start - 1) && !isWordChar(text, end) && isValidVin(text.slice(start, end))) {
      addSpan(sink, start, end, 'VEHICLE', 0.9);
    }
  }
}

/** The record number around the digits [digitsStart, digitsEnd): up to three capitals (and a dash) before, up to two after. */
function findRecordNumber(text: string, digitsStart: number, digitsEnd: number, sink: SpanSink): void {
  if (digitsEnd - digitsStart > LONGEST_RECORD_DIGITS) return;
  const dash = text[digitsStart - 1] === '-' ? 1 : 0;
  let start = digitsStart - dash;
  while (start > 0 && digitsStart - dash - start < 4 && isCapital(text.charCodeAt(start - 1))) start--;
  const prefix = digitsStart - dash - start;
  if (prefix === 0) start = digitsStart;
  if (prefix > 3 || isWordChar(text, start - 1) || '.,/:-'.includes(text[start - 1] ?? ' ')) return;
  let end = digitsEnd;
  while (end - digitsEnd < 3 && isCapital(text.charCodeAt(end))) end++;
  if (end - digitsEnd > 2 || isWordChar(text, end) || ('.,/:-'.includes(text[end] ?? ' ') && isDigit(text.charCodeAt(end + 1)))) return;
  if (digitsEnd - digitsStart < 7 && end - start === digitsEnd - digitsStart) return;
  if (CODE_SYSTEM_CUE.test(text.slice(Math.max(0, start - 12), start))) return;
  addSpan(sink, start, end, 'ID', 0.6);
}

function isVinCode(code: number): boolean {
  return isDigit(code) || (isCapital(code) && code !== 73 && code !== 79 && code !== 81);
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
