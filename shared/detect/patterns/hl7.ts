import type { PhiType } from '../../phi-types';
import { addSpan, type FoundSpan, type SpanSink } from '../span';

/**
 * HL7 v2 messages as interface-engine viewers and message logs show them: one segment per line,
 * "PID|1||31250489^^^RRMC^MR||MERTZ^BRIDGET^T^^MS||19660203|F|||1876 SUNSET BLVD^^...". What a
 * value is depends on its position, not its shape (a family name is a bare word between carets),
 * so the PHI-bearing fields of the standard's segments are masked by position, component by
 * component: the separators and the segment structure stay visible.
 */

/** How a field's repetitions and components are read. */
const enum Kind {
  /** CX, EI, DLN, ST: the first component is the identifier; a CX's type code (CX.5) may say which. */
  Id,
  /** XPN: family, given, middle, suffix, prefix (not the degree or the name type). */
  Name,
  /** XCN: a provider's family..prefix name, masked only when the policy asks for provider names. */
  Provider,
  /** XAD: street, other designation, city, ZIP, other geographic designation, county (not state or country). */
  Address,
  /** XTN: the free-form number, the e-mail, area code, local number, extension, unformatted number. */
  Phone,
  /** TS, DT, DR: every component that starts with a year and a month. */
  Date,
  /** A control ID: whatever the pattern finders found in it is dropped (it is the message's, not the patient's). */
  NotPhi,
}

interface FieldRule {
  kind: Kind;
  type: PhiType;
}

const CONFIDENCE = 0.95;
const PROVIDER_CONFIDENCE = 0.9;

const id = (type: PhiType): FieldRule => ({ kind: Kind.Id, type });
const NAME: FieldRule = { kind: Kind.Name, type: 'NAME' };
const PROVIDER: FieldRule = { kind: Kind.Provider, type: 'NAME' };
const ADDRESS: FieldRule = { kind: Kind.Address, type: 'ADDRESS' };
const PHONE: FieldRule = { kind: Kind.Phone, type: 'PHONE' };
const DATE: FieldRule = { kind: Kind.Date, type: 'DATE' };
const NOT_PHI: FieldRule = { kind: Kind.NotPhi, type: 'ID' };
const BIRTH_PLACE = id('ADDRESS');

/** Field number -> rule, per segment (HL7 v2.5.1 positions; later versions only append fields). */
const RULES: Record<string, Record<number, FieldRule>> = {
  // MSH-1 is the field separator itself: the text after "MSH|" is MSH-2.
  MSH: { 7: DATE, 10: NOT_PHI },
  MSA: { 2: NOT_PHI },
  EVN: { 2: DATE, 3: DATE, 5: PROVIDER, 6: DATE },
  PID: {
    2: id('MRN'), 3: id('MRN'), 4: id('MRN'), 5: NAME, 6: NAME, 7: DATE, 9: NAME, 11: ADDRESS, 13: PHONE, 14: PHONE,
    18: id('ACCOUNT'), 19: id('SSN'), 20: id('DRIVERS_LICENSE'), 21: id('MRN'), 23: BIRTH_PLACE, 29: DATE, 33: DATE, 40: PHONE,
  },
  PD1: { 4: PROVIDER },
  NK1: {
    2: NAME, 4: ADDRESS, 5: PHONE, 6: PHONE, 8: DATE, 9: DATE, 12: id('ID'), 16: DATE, 26: NAME, 30: NAME, 31: PHONE,
    32: ADDRESS, 33: id('ID'), 37: id('SSN'), 38: BIRTH_PLACE, 40: PHONE,
  },
  PV1: { 7: PROVIDER, 8: PROVIDER, 9: PROVIDER, 17: PROVIDER, 19: id('ACCOUNT'), 44: DATE, 45: DATE, 50: id('ACCOUNT'), 52: PROVIDER },
  PV2: { 8: DATE, 9: DATE },
  MRG: { 1: id('MRN'), 2: id('MRN'), 3: id('ACCOUNT'), 4: id('MRN'), 5: id('ACCOUNT'), 6: id('ACCOUNT'), 7: NAME },
  GT1: {
    2: id('ACCOUNT'), 3: NAME, 4: NAME, 5: ADDRESS, 6: PHONE, 7: PHONE, 8: DATE, 12: id('SSN'), 13: DATE, 14: DATE, 16: NAME,
    17: ADDRESS, 18: PHONE, 19: id('ID'),
  },
  IN1: {
    8: id('HEALTH_PLAN'), 10: id('ID'), 12: DATE, 13: DATE, 16: NAME, 18: DATE, 19: ADDRESS, 24: DATE, 26: DATE, 29: DATE,
    36: id('HEALTH_PLAN'), 44: ADDRESS, 49: id('HEALTH_PLAN'), 51: DATE, 52: BIRTH_PLACE,
  },
  IN2: {
    1: id('ID'), 2: id('SSN'), 6: id('HEALTH_PLAN'), 7: NAME, 8: id('HEALTH_PLAN'), 9: NAME, 10: id('ID'), 26: id('HEALTH_PLAN'),
    40: NAME, 49: NAME, 50: PHONE, 52: NAME, 53: PHONE, 61: id('HEALTH_PLAN'), 63: PHONE, 64: PHONE,
  },
  // The filler order number is the accession number; the observation's value and units (OBX-5, -6) are left alone.
  ORC: { 3: id('ID'), 9: DATE, 10: PROVIDER, 11: PROVIDER, 12: PROVIDER, 15: DATE },
  OBR: { 3: id('ID'), 6: DATE, 7: DATE, 8: DATE, 14: DATE, 16: PROVIDER, 22: DATE, 28: PROVIDER, 36: DATE },
  OBX: { 14: DATE, 16: PROVIDER, 19: DATE },
  SPM: { 17: DATE, 18: DATE },
  AL1: { 6: DATE },
  DG1: { 5: DATE, 16: PROVIDER },
  PR1: { 5: DATE },
  RXA: { 3: DATE, 4: DATE, 10: PROVIDER },
  TXA: { 4: DATE, 5: PROVIDER, 6: DATE, 7: DATE },
  FT1: { 4: DATE, 20: PROVIDER, 21: PROVIDER },
  ACC: { 1: DATE },
};

/** Segment ids that start a segment anywhere after a blank (a message flattened onto one line), beside those in RULES. */
const OTHER_SEGMENTS = [
  'BHS', 'BTS', 'FHS', 'FTS', 'SFT', 'UAC', 'ERR', 'NTE', 'PD2', 'ROL', 'PRT', 'ARV', 'IN3', 'DRG', 'IAM', 'CON', 'CTD', 'TQ1',
  'TQ2', 'RXO', 'RXE', 'RXR', 'RXC', 'RXD', 'RXG', 'SCH', 'RGS', 'AIS', 'AIG', 'AIL', 'AIP', 'UB1', 'UB2', 'QRD', 'QRF', 'QAK',
  'QPD', 'RCP', 'DSC', 'MFI', 'MFE', 'STF', 'PRA', 'ORG', 'LOC', 'EQU', 'SAC', 'CTI', 'DB1', 'PRB', 'GOL', 'PTH', 'VAR', 'OM1',
];

/** A segment id as a number (three character codes), so the look-ups allocate nothing. */
function segmentKey(a: number, b: number, c: number): number {
  return (a << 16) | (b << 8) | c;
}
const keyOf = (segment: string) => segmentKey(segment.charCodeAt(0), segment.charCodeAt(1), segment.charCodeAt(2));

const RULES_BY_KEY = new Map<number, (FieldRule | undefined)[]>();
for (const [segment, fields] of Object.entries(RULES)) {
  const byField: (FieldRule | undefined)[] = [];
  for (const [field, rule] of Object.entries(fields)) byField[Number(field)] = rule;
  RULES_BY_KEY.set(keyOf(segment), byField);
}
const KNOWN_SEGMENTS = new Set<number>([...RULES_BY_KEY.keys(), ...OTHER_SEGMENTS.map(keyOf)]);
const MSH = keyOf('MSH');
const PIPE = 124;

/** HL7 table 0203 identifier type codes (CX.5) that say more than the field does. */
const IDENTIFIER_TYPES = new Map<string, PhiType>([
  ['MR', 'MRN'], ['MRN', 'MRN'], ['MRT', 'MRN'], ['PI', 'MRN'], ['PT', 'MRN'], ['PN', 'MRN'], ['PE', 'MRN'],
  ['SS', 'SSN'], ['SSN', 'SSN'],
  ['DL', 'DRIVERS_LICENSE'],
  ['PPN', 'PASSPORT'],
  ['AN', 'ACCOUNT'], ['AAN', 'ACCOUNT'], ['VN', 'ACCOUNT'], ['BA', 'ACCOUNT'],
  ['MA', 'HEALTH_PLAN'], ['MB', 'HEALTH_PLAN'], ['MC', 'HEALTH_PLAN'], ['MCD', 'HEALTH_PLAN'], ['MCR', 'HEALTH_PLAN'],
  ['SN', 'HEALTH_PLAN'], ['HC', 'HEALTH_PLAN'], ['JHN', 'HEALTH_PLAN'], ['NH', 'HEALTH_PLAN'], ['NI', 'HEALTH_PLAN'], ['NIIP', 'HEALTH_PLAN'],
]);

/** The four encoding characters of MSH-2 (component, repetition, escape, subcomponent). */
interface Encoding {
  component: number;
  repetition: number;
}
const DEFAULT_ENCODING: Encoding = { component: 94, repetition: 126 };

/** Components read per repetition; later ones are never PHI in the rules above. */
const MOST_COMPONENTS = 12;
const componentStarts = new Int32Array(MOST_COMPONENTS);
const componentEnds = new Int32Array(MOST_COMPONENTS);
/** XAD street, other designation, city, other geographic designation, county (ZIP apart; not state, country or type). */
const ADDRESS_COMPONENTS = [0, 1, 2, 7, 8];
/** XTN free-form number, area code, local number, extension, unformatted number. */
const PHONE_COMPONENTS = [0, 5, 6, 7, 11];

/**
 * Masks the PHI-bearing fields of HL7 v2 segments by position (see RULES). A text counts as HL7
 * when it has an MSH segment or two segment lines of known ids. Provider names go to `providers`
 * (masked only by policy, as find-names' providers are); values the pattern finders found in a
 * control ID (MSH-10, MSA-2) are taken out of `sink`, so this runs after them.
 */
export function findHl7Fields(text: string, sink: SpanSink, providers?: SpanSink): void {
  findSegments(text, sink, providers);
  // A message tree names each value's field ("PID.5.1" | "Family Name" | "JASKOLSKI"); every message has a PID.
  if (text.indexOf('PID') >= 0) findTreeFields(text, sink, providers);
}

function findSegments(text: string, sink: SpanSink, providers: SpanSink | undefined): void {
  // One test gates everything: text without the field separator has no segments to read.
  let separator = PIPE;
  if (text.indexOf('|') < 0) {
    // A message may declare another separator ("MSH#^~\&#..."): looked for only where there is no "|".
    const msh = text.indexOf('MSH');
    if (msh < 0) return;
    separator = declaredSeparator(text, msh);
    if (separator < 0) return;
  }
  const starts = segmentStarts(text, separator);
  if (starts.length === 0) return;

  const foundBefore = sink.length;
  const notPhi: number[] = [];
  let encoding = DEFAULT_ENCODING;
  for (let s = 0; s < starts.length; s++) {
    const start = starts[s]!;
    const key = segmentKey(text.charCodeAt(start), text.charCodeAt(start + 1), text.charCodeAt(start + 2));
    if (key === MSH) encoding = readEncoding(text, start + 4, separator);
    const rules = RULES_BY_KEY.get(key);
    if (!rules) continue;
    const limit = s + 1 < starts.length ? starts[s + 1]! - markBefore(text, starts[s + 1]!) : text.length;
    readSegment(text, start + 4, limit, key === MSH ? 2 : 1, rules, separator, encoding, sink, providers, notPhi);
  }
  if (notPhi.length > 0) dropInside(sink, foundBefore, notPhi);
}

// A field path alone in its cell (its line of the scanned text): "PID.5.1", "PID-11", "OBR.3".
const TREE_PATH = /^[ \t]*([A-Z][A-Z0-9]{2})[.-](\d{1,3})(?:[.-](\d{1,3}))?(?:[.-]\d{1,3})?[ \t]*$/gm;
/** A tree has at least these many paths: one "PID-5" in a sentence or a lone cell is not one. */
const FEWEST_TREE_PATHS = 3;
/** A row has at most these many cells after its path (description, value, data type...). */
const MOST_ROW_CELLS = 4;

/**
 * A parsed-message tree, one cell per line: "PID.5.1", "Family Name", "JASKOLSKI". The value is
 * the row's cell at the position most rows have it (rows without a value have fewer cells, and
 * are skipped), typed by the path as the segment reader types the field: "PID.11.4" (state) and
 * "MSH.10" stay, "PID.13" ("^PRN^PH^^1^816^5550142") is read as a phone field.
 */
function findTreeFields(text: string, sink: SpanSink, providers: SpanSink | undefined): void {
  // Per path: its line's start, its end, segment key (0: a segment without rules), field, component (0: the whole field).
  const paths: number[] = [];
  TREE_PATH.lastIndex = 0;
  for (let m = TREE_PATH.exec(text); m; m = TREE_PATH.exec(text)) {
    const key = keyOf(m[1]!);
    if (!KNOWN_SEGMENTS.has(key)) continue;
    paths.push(m.index, m.index + m[0].length, RULES_BY_KEY.has(key) ? key : 0, Number(m[2]), m[3] ? Number(m[3]) : 0);
  }
  const count = paths.length / 5;
  if (count < FEWEST_TREE_PATHS) return;
  // Where each row's cells are, and how many cells most rows have.
  const cellCounts = new Int32Array(MOST_ROW_CELLS + 2);
  const rowCells: number[][] = [];
  for (let p = 0; p < count; p++) {
    const cells = cellsBetween(text, paths[5 * p + 1]!, p + 1 < count ? paths[5 * (p + 1)]! : text.length);
    rowCells.push(cells);
    cellCounts[cells.length / 2]!++;
  }
  let usual = 1;
  for (let c = 2; c <= MOST_ROW_CELLS; c++) if (cellCounts[c]! > cellCounts[usual]!) usual = c;
  for (let p = 0; p < count; p++) {
    const cells = rowCells[p]!;
    const rule = RULES_BY_KEY.get(paths[5 * p + 2]!)?.[paths[5 * p + 3]!];
    // The last row runs on into whatever follows the tree: its value is still at the usual place.
    const shaped = p + 1 < count ? cells.length === 2 * usual : cells.length >= 2 * usual;
    if (!rule || rule.kind === Kind.NotPhi || !shaped) continue;
    const start = cells[2 * usual - 2]!;
    const end = cells[2 * usual - 1]!;
    const component = paths[5 * p + 4]!;
    if (component === 0) {
      readField(text, start, end, rule, DEFAULT_ENCODING, sink, providers);
    } else if (component <= MOST_COMPONENTS) {
      // One component: where the field's reader would find it, the others empty.
      componentStarts.fill(start);
      componentEnds.fill(start);
      componentStarts[component - 1] = start;
      componentEnds[component - 1] = end;
      readRepetition(text, component, rule, sink, providers);
    }
  }
}

/** [start, end) of each non-blank line between `from` and `to`, trimmed. */
function cellsBetween(text: string, from: number, to: number): number[] {
  const cells: number[] = [];
  let lineStart = from;
  for (let i = from; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    let start = lineStart;
    let end = i;
    while (start < end && text.charCodeAt(start) <= 32) start++;
    while (end > start && text.charCodeAt(end - 1) <= 32) end--;
    if (end > start) {
      cells.push(start, end);
      // More cells than a row has: not a tree row (counted as such by its length).
      if (cells.length > 2 * MOST_ROW_CELLS) return cells;
    }
    lineStart = i + 1;
  }
  return cells;
}

/** The field separator an "MSH" at `msh` declares, or -1 when it is not a message header. */
function declaredSeparator(text: string, msh: number): number {
  for (let at = msh; at >= 0; at = text.indexOf('MSH', at + 1)) {
    const code = text.charCodeAt(at + 3);
    if (startsLine(text, at) && code > 32 && !isAlphanumeric(code) && isEncodingCode(text.charCodeAt(at + 4), code)) return code;
  }
  return -1;
}

/**
 * Where each segment id starts: "XXX|" at a line's start (or after a blank, for the known ids of a
 * message flattened onto one line). Empty unless the text has an MSH or two known segments.
 */
function segmentStarts(text: string, separator: number): number[] {
  const starts: number[] = [];
  const sep = String.fromCharCode(separator);
  let known = 0;
  let sawHeader = false;
  for (let at = text.indexOf(sep, 3); at >= 0; at = text.indexOf(sep, at + 1)) {
    const start = at - 3;
    const a = text.charCodeAt(start);
    if (a < 65 || a > 90) continue;
    const b = text.charCodeAt(start + 1);
    const c = text.charCodeAt(start + 2);
    if (!isUpperOrDigit(b) || !isUpperOrDigit(c)) continue;
    const key = segmentKey(a, b, c);
    const isKnown = KNOWN_SEGMENTS.has(key);
    // Z-segments are site-defined: only at a line's start.
    if (isKnown ? markBefore(text, start) < 0 : a !== 90 || !startsLine(text, start)) continue;
    if (key === MSH) {
      if (!isEncodingCode(text.charCodeAt(at + 1), separator)) continue;
      sawHeader = true;
    }
    if (isKnown) known++;
    starts.push(start);
  }
  return sawHeader || known >= 2 ? starts : [];
}

/** MSH-2's characters, each checked; the standard ones where a character is missing or not one. */
function readEncoding(text: string, at: number, separator: number): Encoding {
  const component = text.charCodeAt(at);
  const repetition = text.charCodeAt(at + 1);
  if (!isEncodingCode(component, separator)) return DEFAULT_ENCODING;
  if (component === DEFAULT_ENCODING.component && repetition === DEFAULT_ENCODING.repetition) return DEFAULT_ENCODING;
  return { component, repetition: isEncodingCode(repetition, separator) && repetition !== component ? repetition : -1 };
}

/**
 * Reads one segment's fields from `at` (just after "XXX|") until a line break or `limit`, and
 * applies each field's rule. Stops after the last field that has one.
 */
function readSegment(
  text: string, at: number, limit: number, firstField: number, rules: readonly (FieldRule | undefined)[], separator: number,
  encoding: Encoding, sink: SpanSink, providers: SpanSink | undefined, notPhi: number[],
): void {
  const lastField = rules.length - 1;
  let field = firstField;
  let fieldStart = at;
  for (let i = at; field <= lastField; i++) {
    const code = i < limit ? text.charCodeAt(i) : 10;
    const endsSegment = code === 10 || code === 13 || code === 0;
    if (code !== separator && !endsSegment) continue;
    const rule = rules[field];
    if (rule && i > fieldStart) {
      if (rule.kind === Kind.NotPhi) notPhi.push(fieldStart, i);
      else readField(text, fieldStart, i, rule, encoding, sink, providers);
    }
    if (endsSegment) return;
    field++;
    fieldStart = i + 1;
  }
}

/** Splits a field into repetitions and components and masks what its rule says in each repetition. */
function readField(text: string, start: number, end: number, rule: FieldRule, encoding: Encoding, sink: SpanSink, providers: SpanSink | undefined): void {
  let count = 0;
  let componentStart = start;
  for (let i = start; i <= end; i++) {
    const atEnd = i === end;
    const code = atEnd ? -1 : text.charCodeAt(i);
    if (!atEnd && code !== encoding.component && code !== encoding.repetition) continue;
    if (count < MOST_COMPONENTS) {
      componentStarts[count] = componentStart;
      componentEnds[count] = i;
      count++;
    }
    componentStart = i + 1;
    if (atEnd || code === encoding.repetition) {
      readRepetition(text, count, rule, sink, providers);
      count = 0;
    }
  }
}

function readRepetition(text: string, count: number, rule: FieldRule, sink: SpanSink, providers: SpanSink | undefined): void {
  switch (rule.kind) {
    case Kind.Id:
      mark(text, 0, count, identifierType(text, count) ?? rule.type, sink, CONFIDENCE);
      return;
    case Kind.Name:
      for (let c = 0; c < 5; c++) mark(text, c, count, 'NAME', sink, CONFIDENCE);
      return;
    case Kind.Provider:
      // XCN.1 is the provider's number (an NPI, not the patient's); XCN.2-6 are the name.
      if (providers) for (let c = 1; c < 6; c++) mark(text, c, count, 'NAME', providers, PROVIDER_CONFIDENCE);
      return;
    case Kind.Address:
      for (const c of ADDRESS_COMPONENTS) mark(text, c, count, 'ADDRESS', sink, CONFIDENCE);
      mark(text, 4, count, 'ZIP', sink, CONFIDENCE);
      return;
    case Kind.Phone: {
      // XTN.3 "FX" is a fax machine; XTN.4 is an e-mail address (XTN.2 "NET").
      const type: PhiType = count > 2 && componentIs(text, 2, 'FX') ? 'FAX' : 'PHONE';
      for (const c of PHONE_COMPONENTS) if (has(text, c, count, isDigitCode)) mark(text, c, count, type, sink, CONFIDENCE);
      if (has(text, 3, count, isAt)) mark(text, 3, count, 'EMAIL', sink, CONFIDENCE);
      return;
    }
    case Kind.Date:
      for (let c = 0; c < count; c++) if (startsWithYearMonth(text, componentStarts[c]!, componentEnds[c]!)) mark(text, c, count, 'DATE', sink, CONFIDENCE);
      return;
  }
}

/** Adds component `c` of the current repetition, trimmed of blanks, unless it is empty or HL7's null (""). */
function mark(text: string, c: number, count: number, type: PhiType, sink: SpanSink, confidence: number): void {
  if (c >= count) return;
  let start = componentStarts[c]!;
  let end = componentEnds[c]!;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  if (end - start === 2 && text.charCodeAt(start) === 34 && text.charCodeAt(start + 1) === 34) return;
  for (let i = start; i < end; i++) {
    if (isAlphanumeric(text.charCodeAt(i)) || text.charCodeAt(i) >= 0xc0) {
      addSpan(sink, start, end, type, confidence);
      return;
    }
  }
}

/** The PHI type a CX's identifier type code (CX.5) names, if it names one. */
function identifierType(text: string, count: number): PhiType | undefined {
  if (count < 5) return undefined;
  const start = componentStarts[4]!;
  const end = componentEnds[4]!;
  if (end - start < 2 || end - start > 4) return undefined;
  return IDENTIFIER_TYPES.get(text.slice(start, end).toUpperCase());
}

function componentIs(text: string, c: number, value: string): boolean {
  return componentEnds[c]! - componentStarts[c]! === value.length && text.startsWith(value, componentStarts[c]!);
}

/** Whether component `c` of the current repetition has a character `test` accepts. */
function has(text: string, c: number, count: number, test: (code: number) => boolean): boolean {
  if (c >= count) return false;
  for (let i = componentStarts[c]!; i < componentEnds[c]!; i++) if (test(text.charCodeAt(i))) return true;
  return false;
}

const isDigitCode = (code: number) => code >= 48 && code <= 57;
const isAt = (code: number) => code === 64;

/** YYYYMM with a month 01-12: the start of an HL7 date (a year alone is not PHI). */
function startsWithYearMonth(text: string, start: number, end: number): boolean {
  if (end - start < 6) return false;
  for (let i = start; i < start + 6; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  const month = (text.charCodeAt(start + 4) - 48) * 10 + text.charCodeAt(start + 5) - 48;
  return month >= 1 && month <= 12;
}

/** Removes the spans found before this finder ran (sink[0, before)) that lie inside a not-PHI field; `ranges` are sorted [start, end) pairs. */
function dropInside(sink: SpanSink, before: number, ranges: readonly number[]): void {
  let kept = 0;
  for (let i = 0; i < sink.length; i++) {
    const span = sink[i]!;
    if (i < before && inside(ranges, span)) continue;
    sink[kept++] = span;
  }
  sink.length = kept;
}

/** Whether `span` lies within one of the sorted [start, end) pairs (binary search). */
function inside(ranges: readonly number[], span: FoundSpan): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (ranges[2 * middle]! > span.start) high = middle - 1;
    else low = middle + 1;
  }
  return high >= 0 && span.end <= ranges[2 * high + 1]!;
}

function isUpperOrDigit(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

function isAlphanumeric(code: number): boolean {
  return isUpperOrDigit(code) || (code >= 97 && code <= 122);
}

/** A component separator candidate: printable, not a letter, digit, blank or the field separator. */
function isEncodingCode(code: number, separator: number): boolean {
  return code > 32 && code < 127 && code !== separator && !isAlphanumeric(code);
}

/** At the text's start or just after a line break (blanks before it allowed: an indented line). */
function startsLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  const code = text.charCodeAt(i);
  return code === 10 || code === 13 || code === 0;
}

/**
 * How many characters before a known segment id at `at` separate it from the segment before:
 * whitespace (a line break, or a blank where a viewer flattened the message onto one line) and a
 * log's written segment terminators ("<CR>", "[CR]", "<CR><LF>", a literal "\\r", "␍", "¶"). 0 at
 * the text's start, -1 when the id does not start a segment ("XPID|", "^PID|").
 */
function markBefore(text: string, at: number): number {
  if (at === 0) return 0;
  let from = at;
  for (let length = oneMarkBefore(text, from); length > 0; length = oneMarkBefore(text, from)) from -= length;
  return from === at ? -1 : at - from;
}

function oneMarkBefore(text: string, at: number): number {
  if (at === 0) return 0;
  const code = text.charCodeAt(at - 1);
  if (code <= 32 || code === 0xa0 || code === 0x240d || code === 0xb6) return 1;
  // "\r" or "\n" written out, as a JSON or escaped log shows the terminator.
  if ((code === 114 || code === 110) && text.charCodeAt(at - 2) === 92) return 2;
  // "<CR>", "[CR]", "<0x0D>": a bracketed word of up to five characters.
  const open = code === 62 ? 60 : code === 93 ? 91 : -1;
  if (open < 0) return 0;
  for (let i = at - 2; i >= 0 && i >= at - 7; i--) {
    const c = text.charCodeAt(i);
    if (c === open) return i < at - 2 ? at - i : 0;
    if (!isAlphanumeric(c)) return 0;
  }
  return 0;
}
