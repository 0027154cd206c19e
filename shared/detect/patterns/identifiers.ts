import { addSpan, isWordChar, LOWER, UPPER, type SpanSink } from '../span';

// Vehicle identification numbers: 17 characters without I, O, Q; the 9th is a check digit.
const VIN = /\b[A-HJ-NPR-Z0-9]{17}\b/g;
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
const RECORD_NUMBER = new RegExp(`\\b(?:[A-Z]{1,3}-?)?\\d{6,20}[A-Z]{0,2}(?![${UPPER}${LOWER}\\d]|[.,/:-]\\d)`, 'g');
// Code systems whose codes are long numbers but identify a concept, not a person.
const CODE_SYSTEM_CUE = /(?:snomed|sct|loinc|ndc|cpt|hcpcs|icd|rxnorm|rxcui|cvx|npi|dea|upc|oid|code|gtin|udi-di)[\s:#]*$/i;

/** Luhn-valid 16-digit numbers printed with separators are card or account numbers. */
const CARD_NUMBER = /\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?!\d)/g;

export function findIdentifiers(text: string, sink: SpanSink): void {
  VIN.lastIndex = 0;
  for (let m = VIN.exec(text); m; m = VIN.exec(text)) {
    const end = m.index + 17;
    if (!isWordChar(text, m.index - 1) && !isWordChar(text, end) && isValidVin(m[0])) addSpan(sink, text, m.index, end, 'VEHICLE', 0.9);
  }
  CARD_NUMBER.lastIndex = 0;
  for (let m = CARD_NUMBER.exec(text); m; m = CARD_NUMBER.exec(text)) {
    if (!isWordChar(text, m.index - 1) && isLuhnValid(m[0].replace(/\D/g, ''))) addSpan(sink, text, m.index, m.index + m[0].length, 'ACCOUNT', 0.85);
  }
  RECORD_NUMBER.lastIndex = 0;
  for (let m = RECORD_NUMBER.exec(text); m; m = RECORD_NUMBER.exec(text)) {
    if (isWordChar(text, m.index - 1) || '.,/:-'.includes(text[m.index - 1] ?? ' ')) continue;
    const digits = m[0].replace(/\D/g, '').length;
    if (digits < 7 && m[0].length === digits) continue;
    if (CODE_SYSTEM_CUE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    addSpan(sink, text, m.index, m.index + m[0].length, 'ID', 0.6);
  }
}
