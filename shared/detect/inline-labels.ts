import { codeAt, isAsciiLetterCode, isBlankCode, isDigitCode, skipBlanksBack } from './char-codes';
import { classifyLabel, isThingLabel, NAME_MEANING, type LabelMeaning } from './labels';
import { isWhitespaceCode, isWordChar } from './span';
import { isStateOrProvinceCode } from './patterns/address';
import { findDelimitedTables, KeyShape, lineKeyColumn, mayBeElementKey, StructuredScan } from './structured-data';

export interface InlineLabel {
  meaning: LabelMeaning;
  /** Where the label starts. */
  labelStart: number;
  /** Where the value starts (after the colon) and where its line or segment ends. */
  valueStart: number;
  valueEnd: number;
  /**
   * A structured data value (structured-data.ts): [valueStart, valueEnd) is exactly the value (a
   * quoted string, a list item, a YAML scalar), not a segment of text that may go on after it.
   */
  exact?: boolean;
}

// Keywords that announce an identifier even without a colon: "MRN 123456", "Acct# 88812", "SSN 123456789".
const BARE_ID_LABEL =
  /\b(MRN|MR#|Med(?:ical)? Rec(?:ord)?(?: No\.?| Number| #)?|Acct\.?|Account|Member ID|Subscriber ID|Policy(?: No\.?| Number| #)?|SSN|DL|VIN|MBI|HICN|Medicare(?: ID| No\.?| Number)?|Medicaid(?: ID| No\.?| Number)?|Licen[cs]e plate|Passport(?: No\.?)?|Serial(?: No\.?| Number)?|S\/N|IMEI|UDI|Claim|Accession(?: No\.?| #)?|FIN|CSN|Encounter|NHC|IPP|Patient ID|Pt ID|Person ID|National ID|Health (?:Card )?(?:#|No\.?|Number))[ \t\u00a0]*(?:#|No\.?|Number|Nr\.?|n[º°])?[ \t\u00a0]*[:#=]?[ \t\u00a0]*(?=[A-Z0-9]*\d)/gi;
// FHIR-style "system: value" displays: "http://hl7.org/fhir/sid/us-ssn: 999-..." or "urn:oid:...: S999...".
const IDENTIFIER_SYSTEM_BEFORE = /(?:https?:\/\/|urn:)[^\s:]*(?::[^\s:]+)*$/;
/** How far back from a colon an identifier-system URI or label words may start. */
const SYSTEM_REACH = 120;
const LABEL_REACH = 48;
/** The longest key token read before a colon. */
const LONGEST_KEY = 48;
const LONGEST_LABEL_WORDS = 5;

/** A value runs to the end of its line or segment, and never further than this. */
const LONGEST_INLINE_VALUE = 160;

/**
 * Where the segment from `from` ends: at a line break, "|", ";", a tab or three spaces in a row.
 * A character loop: a regex ran over a slice for every label (8k per MB).
 */
function segmentEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + LONGEST_INLINE_VALUE);
  for (let i = from; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 124 || code === 59 || code === 9) return i;
    if (code === 32 || code === 0xa0) {
      let spacesEnd = i + 1;
      while (spacesEnd < limit && isSpaceOrNbsp(text.charCodeAt(spacesEnd))) spacesEnd++;
      if (spacesEnd - i >= 3) return i;
      i = spacesEnd - 1;
    }
  }
  return limit;
}

/**
 * "Label: value" pairs inside running text, identifier keywords with a value after them, and the
 * keys and values of structured data shown as text (JSON, YAML, key=value: structured-data.ts).
 */
export function findInlineLabels(text: string): InlineLabel[] {
  const found: InlineLabel[] = [];
  // Made on the first key that needs it: most texts have none. (Not behind a closure: one capturing
  // `text` moves it out of a register for the whole loop, which cost this finder 7%.)
  let scan: StructuredScan | undefined;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    // A quoted key: JSON's "family": "Cummings" (also minified, with no blank after the colon).
    let before = codeAt(text, colon - 1);
    if (before === 32) before = codeAt(text, skipBlanksBack(text, colon, colon - 3) - 1);
    if ((before === 34 || before === 39) && (scan ??= structuredScan(text)).readQuotedKey(colon, found)) continue;
    // "10:30", "http://": a colon between two non-spaces is not a label's.
    const next = text[colon + 1];
    if (next !== undefined && next !== ' ' && next !== '\t' && next !== '\u00a0' && next !== '\n') continue;
    // The text just before the colon, back to a space: an identifier-system URI if it has a scheme;
    // and the key token touching the colon, with how it is written. One backward pass for both.
    scanBeforeColon(text, colon);
    if (beforeColon.scheme) {
      const systemWindow = Math.max(0, colon - SYSTEM_REACH);
      const system = IDENTIFIER_SYSTEM_BEFORE.exec(text.slice(systemWindow, colon));
      if (system) {
        const meaning = classifyLabel(system[0]);
        if (meaning) found.push({ meaning, labelStart: systemWindow + system.index, valueStart: colon + 1, valueEnd: segmentEnd(text, colon + 1) });
        continue;
      }
    }
    // The token touching the colon, if written as a machine key ("patient_name", "birthDate", "city" opening a YAML line).
    const key = beforeColon.key;
    const shape = beforeColon.shape;
    // A lower-case word is a key where it opens a YAML-shaped line ("city: ..."), prose elsewhere ("reports: ...").
    const column = key >= 0 && shape !== KeyShape.Prose ? lineKeyColumn(text, key) : -1;
    if (key >= 0 && (shape === KeyShape.Machine || column >= 0)) {
      (scan ??= structuredScan(text)).readMachineKey(key, colon, column, found);
      continue;
    }
    const labelWordsStart = labelWordsBefore(text, colon);
    if (labelWordsStart < 0) continue;
    let wordsEnd = colon;
    while (wordsEnd > labelWordsStart && isWhitespaceCode(text.charCodeAt(wordsEnd - 1))) wordsEnd--;
    const label = longestLabelSuffix(text.slice(labelWordsStart, wordsEnd));
    if (!label) {
      // "Given: Yvone Janina" beside "Family: Cummings": a FHIR element among its siblings.
      if (key >= 0 && mayBeElementKey(text, key, colon) && lineKeyColumn(text, key) >= 0) (scan ??= structuredScan(text)).readLineKey(key, colon, found);
      continue;
    }
    const labelStart = labelWordsStart + label.offset;
    // A label opening a YAML-shaped line with a quoted value or a "- item" list on the next lines.
    if (labelStart === key && isStructuredValueStart(text, colon + 1) && (scan ??= structuredScan(text)).readLabelledLine(key, colon, label.meaning, found)) continue;
    // "Name: Helin Schönebeck" written out is said of that value; a "Name" column may head a list of tests.
    const meaning = label.meaning.needsNameWord ? NAME_MEANING : label.meaning;
    found.push({ meaning, labelStart, valueStart: colon + 1, valueEnd: segmentEnd(text, colon + 1) });
  }
  if (text.includes('=')) (scan ??= structuredScan(text)).readPairs(found);
  findDelimitedTables(text, found, scan, structuredScan);
  const bareValueStarts = new Set<number>();
  BARE_ID_LABEL.lastIndex = 0;
  for (let m = BARE_ID_LABEL.exec(text); m; m = BARE_ID_LABEL.exec(text)) {
    if (isWordChar(text, m.index - 1)) continue;
    const meaning = classifyLabel(m[1]!);
    if (!meaning) continue;
    const valueStart = m.index + m[0].length;
    bareValueStarts.add(valueStart);
    found.push({ meaning, labelStart: m.index, valueStart, valueEnd: segmentEnd(text, valueStart) });
  }
  findWordIdLabels(text, bareValueStarts, found);
  findPlateLabels(text, bareValueStarts, found);
  return found;
}

/** Longest word read before " ID " as its label ("OpenMRS", "Medicaid", "Employee"). */
const LONGEST_ID_WORD = 20;

/**
 * "OpenMRS ID 924X3H", "Epic ID 4471902": any one word and a capital "ID", then a value, without a
 * colon. The label says what the value is (classifyLabel: "Order ID" and "Control ID" name no
 * person's). " ID " is a rare literal: looked for with indexOf, no regex scan.
 */
function findWordIdLabels(text: string, bareValueStarts: ReadonlySet<number>, found: InlineLabel[]): void {
  for (let at = text.indexOf(' ID ', 1); at >= 0; at = text.indexOf(' ID ', at + 3)) {
    let valueStart = at + 4;
    while (isBlankCode(codeAt(text, valueStart))) valueStart++;
    if (bareValueStarts.has(valueStart) || !tokenHasDigit(text, valueStart)) continue;
    let wordStart = at;
    while (wordStart > 0 && at - wordStart < LONGEST_ID_WORD && isAlphanumericCode(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === at || isWordChar(text, wordStart - 1)) continue;
    const meaning = classifyLabel(text.slice(wordStart, at + 3));
    if (meaning) found.push({ meaning, labelStart: wordStart, valueStart, valueEnd: segmentEnd(text, valueStart) });
  }
}

const PLATE_MEANING = classifyLabel('license plate')!;
const VEHICLE_WORDS: ReadonlySet<string> = new Set(['car', 'vehicle', 'auto', 'truck', 'van']);

/**
 * "NY plate 8WK9-862", "car plate 9ALQ24", "MA plate 5BT 329": a licence plate named by its state
 * or province or a vehicle word, without "license" before it ("Licen[cs]e plate" is a bare label
 * above). A "plate" alone is more often a bone plate ("locking plate 3.5"): after it only a plate of
 * five to eight capitals and digits, both among them ("plate 1PEW40 (NE)"; not "locking plate LCP 3").
 * "plate" is a rare literal: indexOf.
 */
function findPlateLabels(text: string, bareValueStarts: ReadonlySet<number>, found: InlineLabel[]): void {
  for (const plateWord of PLATE_WORDS) {
    for (let at = text.indexOf(plateWord); at >= 0; at = text.indexOf(plateWord, at + plateWord.length)) {
      if (isWordChar(text, at - 1) || isWordChar(text, at + plateWord.length)) continue;
      PLATE_VALUE_START.lastIndex = at + plateWord.length;
      PLATE_VALUE_START.test(text);
      const valueStart = PLATE_VALUE_START.lastIndex;
      if (bareValueStarts.has(valueStart)) continue;
      const plate = plateAt(text, valueStart);
      const named = namingWordStart(text, at);
      const labelStart = named >= 0 && plate.length >= SHORTEST_PLATE && /\d/.test(plate) ? named : STRICT_PLATE.test(plate) ? at : -1;
      if (labelStart >= 0) found.push({ meaning: PLATE_MEANING, labelStart, valueStart, valueEnd: segmentEnd(text, valueStart) });
    }
  }
}

const PLATE_WORDS = ['plate', 'Plate', 'PLATE'];
/** Between "plate" and the plate: blanks, "#", ":", "no.", "number". */
const PLATE_VALUE_START = /(?:[ \t\u00a0#:]+|(?:no|nr)\.?(?![A-Za-z])|number(?![A-Za-z]))*/y;
const LONGEST_VEHICLE_WORD = 7;
/** A plate has five characters or more ("9ALQ24"); "DC plate 2" is a bone plate's holes. */
const SHORTEST_PLATE = 5;
/**
 * A plate as written: letters, digits and hyphens ("8WK9-862"), and up to two more groups in
 * capitals and digits after a space ("5BT 329", "FFE 599").
 */
const PLATE_AT = /[A-Za-z0-9-]+(?: [A-Z0-9]{1,4}(?![A-Za-z0-9])){0,2}/y;
/** Five to eight capitals and digits, both among them. */
const STRICT_PLATE = /^(?=[A-Z0-9]{5,8}$)(?=.*\d)(?=.*[A-Z])/;

/** The letters and digits of the plate written at `start` (PLATE_AT, without its blanks and hyphens). */
function plateAt(text: string, start: number): string {
  PLATE_AT.lastIndex = start;
  return PLATE_AT.exec(text)?.[0].replace(/[ -]/g, '') ?? '';
}

/** Where the state's code or vehicle word just before "plate" at `at` starts ("MA plate", "car plate"), or -1. */
function namingWordStart(text: string, at: number): number {
  const wordEnd = at - 1;
  if (codeAt(text, wordEnd) !== 32) return -1;
  let wordStart = wordEnd;
  while (wordStart > 0 && wordEnd - wordStart <= LONGEST_VEHICLE_WORD && isAsciiLetterCode(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === wordEnd || isWordChar(text, wordStart - 1)) return -1;
  const word = text.slice(wordStart, wordEnd);
  return isStateOrProvinceCode(word) || VEHICLE_WORDS.has(word.toLowerCase()) ? wordStart : -1;
}

function tokenHasDigit(text: string, start: number): boolean {
  for (let i = start; isAlphanumericCode(codeAt(text, i)); i++) if (isDigitCode(text.charCodeAt(i))) return true;
  return false;
}

function isAlphanumericCode(code: number): boolean {
  return isDigitCode(code) || isAsciiLetterCode(code);
}

/** Whether the value after a label's colon at `from - 1` is quoted or on the next lines (its line ends there). */
function isStructuredValueStart(text: string, from: number): boolean {
  let at = from;
  while (isBlankCode(codeAt(text, at))) at++;
  const code = codeAt(text, at);
  return code === 34 || code === 39 || code === 10 || code === 13 || code === -1;
}

function structuredScan(text: string): StructuredScan {
  return new StructuredScan(text, longestLabelSuffix, segmentEnd);
}

/** What scanBeforeColon found before the colon in hand: read at once. */
const beforeColon: { scheme: boolean; key: number; shape: KeyShape } = { scheme: false, key: -1, shape: KeyShape.Prose };

/**
 * Reads back from a colon to the blank before it: whether that text holds "://" or "urn:" (an
 * identifier-system URI), and where the key token touching the colon starts ([A-Za-z0-9_.-] from a
 * letter, -1 for none) with how it is written (KeyShape).
 */
function scanBeforeColon(text: string, colon: number): void {
  let scheme = false;
  let key = -1;
  let underscore = false;
  let camel = false;
  let joined = false;
  let upper = false;
  let lower = true;
  let i = colon - 1;
  for (; i >= 0 && i >= colon - SYSTEM_REACH; i--) {
    const code = text.charCodeAt(i);
    if (isWhitespaceCode(code)) break;
    if ((code === 58 && i + 3 <= colon && text.startsWith('://', i)) || (code === 117 && i + 4 <= colon && text.startsWith('urn:', i))) scheme = true;
    if (key !== -1) continue;
    // Still in the key token: what its characters say about how it is written.
    if (code >= 97 && code <= 122) continue;
    if (code >= 48 && code <= 57) continue;
    if (code >= 65 && code <= 90) {
      upper = true;
      lower = false;
      const before = codeAt(text, i - 1);
      if (before >= 97 && before <= 122) camel = true;
    } else if (code === 95) {
      lower = false;
      if (i < colon - 1) underscore = true;
    } else if (code === 45 || code === 46) {
      lower = false;
      if (i < colon - 1 && isLowerAscii(codeAt(text, i + 1)) && isLowerAscii(codeAt(text, i - 1)) && isLowerAscii(codeAt(text, i - 2))) joined = true;
    } else {
      key = i + 1;
    }
  }
  if (key === -1) key = i + 1;
  // Too long, empty, or not starting with a letter: no key.
  const first = codeAt(text, key) | 0x20;
  if (colon - key > LONGEST_KEY || key === colon || first < 97 || first > 122 || (key === i + 1 && i >= 0 && !isWhitespaceCode(text.charCodeAt(i)))) key = -1;
  beforeColon.scheme = scheme && colon - (i + 1) > 3;
  beforeColon.key = key;
  beforeColon.shape = underscore || camel || (joined && !upper) ? KeyShape.Machine : lower ? KeyShape.LowerCase : KeyShape.Prose;
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * Where the label words before a colon start, or -1: up to five words of letters and ./#()-'
 * joined by single spaces, starting with a letter, within LABEL_REACH of the colon. Label words
 * carry no digits: "VIN 1HGCM82633A004352 S/N:" is labelled "S/N", not "VIN".
 */
function labelWordsBefore(text: string, colon: number): number {
  const limit = Math.max(0, colon - LABEL_REACH);
  let end = colon;
  while (end > limit && isBlankCode(text.charCodeAt(end - 1))) end--;
  let start = -1;
  let wordEnd = end;
  for (let words = 0; words < LONGEST_LABEL_WORDS; words++) {
    let wordStart = wordEnd;
    while (wordStart > limit && isLabelChar(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === wordEnd) break;
    // The match may begin at the word's first letter ("(Home) Phone" -> "Home) Phone").
    let letter = wordStart;
    while (letter < wordEnd && !isLetter(text.charCodeAt(letter))) letter++;
    if (letter < wordEnd) start = letter;
    const separator = text.charCodeAt(wordStart - 1);
    if (wordStart - 1 <= limit || (separator !== 32 && separator !== 0xa0)) break;
    wordEnd = wordStart - 1;
  }
  return start;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x17e && code !== 0xd7 && code !== 0xf7);
}

function isLabelChar(code: number): boolean {
  // ' ( ) - . / and #
  return isLetter(code) || code === 39 || code === 40 || code === 41 || code === 45 || code === 46 || code === 47 || code === 35;
}

function isSpaceOrNbsp(code: number): boolean {
  return code === 32 || code === 0xa0;
}


/**
 * Tries the last four, three, two and one words of the clause before a colon:
 * "Seen today. Patient Name:" -> "Patient Name". A thing's label ("Device Name:") ends the search.
 */
function longestLabelSuffix(words: string): LabelSuffix | undefined {
  let suffix = labelSuffixes.get(words);
  if (suffix === undefined) {
    suffix = readLabelSuffix(words) ?? null;
    if (labelSuffixes.size > 5000) labelSuffixes.clear();
    labelSuffixes.set(words, suffix);
  }
  return suffix ?? undefined;
}

interface LabelSuffix {
  meaning: LabelMeaning;
  /** Where the label starts in the words. */
  offset: number;
}

// Pages repeat their labels ("Phone:", "DOB:") on every row and every scan.
const labelSuffixes = new Map<string, LabelSuffix | null>();

function readLabelSuffix(words: string): LabelSuffix | undefined {
  const clause = words.split(/[.,;!?)][ \u00a0]+/).pop()!;
  const parts = clause.split(/[ \u00a0]+/);
  for (let take = Math.min(4, parts.length); take >= 1; take--) {
    const label = parts.slice(parts.length - take).join(' ');
    const meaning = classifyLabel(label);
    // The words end with the label; counting back from their end holds whether a space or an nbsp joins them.
    if (meaning) return { meaning, offset: words.length - label.length };
    if (isThingLabel(label)) return undefined;
  }
  return undefined;
}
