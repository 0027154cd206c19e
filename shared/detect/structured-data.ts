/**
 * Structured data shown as text: a FHIR resource's JSON tab, an API console, a YAML or config dump,
 * key=value log lines. Its keys are labels ("birthDate", "postal_code", "patient_name") and its values
 * sit in quotes, in arrays, or on the following lines of a pretty-printed document.
 *
 * What counts as a key:
 * - a quoted key before a colon: `"family": ...`, `'family': ...` (JSON, a Python dict, quoted YAML);
 * - the token touching a colon when it is written as a machine key: snake_case, camelCase,
 *   lower-case kebab-case or dotted ("patient_name:", "birthDate:", "date-of-birth:", "patient.name:");
 * - the key of a YAML-shaped line (indentation and "- " markers only before it): `  given: Yvone`;
 * - `key=value` pairs (log lines, INI files), not inside an HTML tag and not in a URL's query;
 * - the header line of delimited text (CSV, TSV) over its rows (findDelimitedTables).
 * A key's words (keyWords: camelCase, snake_case, kebab-case split) are read by the label vocabulary
 * as any label is. FHIR's own element names that carry PHI without saying so ("family", "given",
 * "prefix", "suffix", "text", "line", "district", "value", "display", an extension's "valueString")
 * count only where the data around them shows their datatype: a sibling key of the same datatype or
 * the parent key (HumanName under "name", Address under "address", ContactPoint beside a phone/email
 * "system", Identifier beside an identifier-system URI, Reference "display" beside a "Patient/..."
 * reference, an extension's value beside a "url" whose last step reads as a label). "Family: mother
 * with DM2" in a social history has no such siblings and stays prose.
 *
 * Values: a quoted string (the quotes are not part of it), each quoted string of an array (also over
 * the following lines), a YAML plain scalar up to its line's end, each item of a YAML "- item" list
 * or "[a, b]" flow list, an unquoted token after "=". Objects are not values: their own keys are read.
 * null, true, false and "~" are no values. Each value's bounds are exact, so it is marked as a
 * labelled field's whole value (labelled-value.ts decides what of it is PHI).
 */
import { codeAt, COLON, COMMA, EQUALS, HYPHEN, isBlankCode } from './char-codes';
import type { InlineLabel } from './inline-labels';
import { classifyLabel, isThingLabel, keyWords, NAME_MEANING, type LabelMeaning } from './labels';

/** How far a key may reach back from its colon, and how long a value may be. */
const LONGEST_KEY = 48;
const LONGEST_VALUE = 160;
/** How far the siblings and the parent of a key are looked for: a FHIR resource's top level can be long. */
const OBJECT_REACH = 4000;
const LINE_REACH = 40;
/** How far along a log line a key=value pair's siblings are looked for. */
const PAIR_REACH = 400;
const MOST_ARRAY_ITEMS = 64;

const QUOTE = 34;
const APOSTROPHE = 39;
const NEWLINE = 10;
const RETURN = 13;
const NUL = 0;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const HASH = 35;

/** FHIR elements that carry PHI only inside their datatype. */
const enum Element {
  None,
  /** HumanName.family, .given: one name word is the name. */
  NamePart,
  /** HumanName.prefix, .suffix: an honorific is part of the name. */
  NameAffix,
  /** HumanName.text or Address.text. */
  Text,
  /** Address.line, .district. */
  AddressPart,
  /** ContactPoint.value, Identifier.value. */
  Value,
  /** Reference.display. */
  Display,
  /** An extension's value[x] ("valueString"): what its url's last step names ("patient-mothersMaidenName"). */
  ExtensionValue,
}

const ELEMENTS = new Map<string, Element>([
  ['family', Element.NamePart],
  ['given', Element.NamePart],
  ['prefix', Element.NameAffix],
  ['suffix', Element.NameAffix],
  ['text', Element.Text],
  ['line', Element.AddressPart],
  ['district', Element.AddressPart],
  ['value', Element.Value],
  ['display', Element.Display],
]);
/** The keys whose presence shows a HumanName or an Address (key words). */
const HUMAN_NAME_KEYS = ['family', 'given', 'prefix', 'suffix'];
const ADDRESS_KEYS = ['line', 'city', 'district', 'postal code'];
/** ContactPoint.system codes and what their value is. */
const CONTACT_SYSTEMS = new Map<string, LabelMeaning>([
  ['phone', { type: 'PHONE' }],
  ['sms', { type: 'PHONE' }],
  ['pager', { type: 'PHONE' }],
  ['fax', { type: 'FAX' }],
  ['email', { type: 'EMAIL' }],
  ['url', { type: 'URL' }],
]);
const NAME_PART: LabelMeaning = { type: 'NAME', namePart: true };
const PROVIDER_NAME_PART: LabelMeaning = { type: 'NAME', namePart: true, provider: true };
const PROVIDER_NAME: LabelMeaning = { type: 'NAME', provider: true };
const ADDRESS: LabelMeaning = { type: 'ADDRESS' };
const PHONE: LabelMeaning = { type: 'PHONE' };
const ID: LabelMeaning = { type: 'ID' };
/** Resources whose names are people's; a Practitioner's is a clinician's. */
const PERSON_RESOURCES = new Set(['patient', 'related person', 'person', 'practitioner', 'practitioner role']);
const PROVIDER_RESOURCES = new Set(['practitioner', 'practitioner role']);
const PERSON_REFERENCE = /(?:^|\/)(Patient|RelatedPerson|Person|Practitioner)\/[^/\s]/;

const VERSION_WORD = /(?:^|\s)version(?:\s|$)/;

/** What a key says, read once per key text. */
interface KeyReading {
  /** The label vocabulary's reading of its words. */
  meaning: LabelMeaning | undefined;
  /** A FHIR element that is PHI inside its datatype (only when the vocabulary says nothing). */
  element: Element;
}

const keyReadings = new Map<string, KeyReading>();

/** The label vocabulary on a key's words, as on a label's: the longest reading among its last words (see longestLabelSuffix). */
export type SuffixReader = (words: string) => { meaning: LabelMeaning } | undefined;

function readKey(key: string, readSuffix: SuffixReader): KeyReading {
  let reading = keyReadings.get(key);
  if (reading === undefined) {
    const words = keyWords(key);
    let meaning = words.length > 0 && words.length <= LONGEST_KEY ? readSuffix(words)?.meaning : undefined;
    // A dotted path ("patient.name.family") also says what its last step says.
    if (meaning === undefined && key.includes('.')) meaning = readSuffix(keyWords(key.slice(key.lastIndexOf('.') + 1)))?.meaning;
    // A version ("versionId": "1", "schema_version") identifies a record's revision, not a person.
    if (VERSION_WORD.test(words)) meaning = undefined;
    const element = meaning !== undefined ? Element.None : words.startsWith('value ') ? Element.ExtensionValue : (ELEMENTS.get(words) ?? Element.None);
    reading = { meaning, element };
    if (keyReadings.size > 5000) keyReadings.clear();
    keyReadings.set(key, reading);
  }
  return reading;
}

/** The sibling keys of a key (by their words, with their scalar value or '') and its parent key. */
interface Mapping {
  keys: Map<string, string>;
  /** Where the parent key starts (its opening quote in JSON), -1 for none. */
  parentAt: number;
  parentWords: string;
}

const enum Syntax {
  Json,
  Yaml,
  Pairs,
}

/**
 * One scan's structured reading. Mappings are read once: JSON ones by their opening brace and by
 * each key asked about (offset by the text's length), YAML and key=value ones by -1 - their line's start.
 */
export class StructuredScan {
  private readonly mappings = new Map<number, Mapping | null>();
  /** Value bounds read for the key in hand: start, end, start, end... */
  private readonly bounds: number[] = [];
  /** The JSON objects read so far, by their closing brace: the next object in an array shares their parent. */
  private readonly jsonByClose = new Map<number, Mapping>();
  /** The parent key of each YAML key line read so far, by the line's start: a long list's items share theirs. */
  private readonly yamlParents = new Map<number, number>();
  /** How many more characters the sibling and parent reads may scan. */
  private budget: number;

  constructor(
    private readonly text: string,
    private readonly readSuffix: SuffixReader,
    /** Where a prose label's value ends (inline-labels.ts). */
    private readonly segmentEnd: (text: string, from: number) => number,
  ) {
    this.budget = 4 * text.length + 4 * OBJECT_REACH;
  }

  /**
   * At a colon after a quoted key (`"family": ...`): reads the key and its values. False when
   * no quoted key ends there.
   */
  readQuotedKey(colon: number, found: InlineLabel[]): boolean {
    const text = this.text;
    let close = colon - 1;
    while (close > colon - 4 && isBlankCode(codeAt(text, close))) close--;
    const quote = codeAt(text, close);
    if (quote !== QUOTE && quote !== APOSTROPHE) return false;
    const open = quotedKeyStart(text, close, quote);
    if (open < 0) return false;
    const reading = readKey(text.slice(open + 1, close), this.readSuffix);
    if (reading.meaning === undefined && reading.element === Element.None) return true;
    this.bounds.length = 0;
    this.readJsonValue(colon + 1);
    if (this.bounds.length > 0) this.push(this.meaningOf(reading, Syntax.Json, open), open, found);
    return true;
  }

  /**
   * The token touching a colon, when written as a machine key ("patient_name", "birthDate", or a
   * lower-case YAML line's key: "city: Springfield"; the caller tells, see KeyShape): reads it and
   * its values. `column` is the key's column when it opens a YAML-shaped line, else -1.
   */
  readMachineKey(keyStart: number, colon: number, column: number, found: InlineLabel[]): void {
    const text = this.text;
    const reading = readKey(text.slice(keyStart, colon), this.readSuffix);
    if (reading.meaning === undefined && (reading.element === Element.None || column < 0)) return;
    this.bounds.length = 0;
    if (column >= 0 ? this.readYamlValue(colon + 1, column, false) : this.readQuotedValue(colon + 1)) {
      this.push(this.meaningOf(reading, column >= 0 ? Syntax.Yaml : Syntax.Pairs, keyStart), keyStart, found);
    } else {
      // Mid-line, unquoted: the value runs on as a prose label's does.
      const meaning = reading.meaning;
      if (meaning) found.push({ meaning, labelStart: keyStart, valueStart: colon + 1, valueEnd: this.segmentEnd(text, colon + 1) });
    }
  }

  /** A word the prose labels do not know, as a YAML line's key: a FHIR element in its datatype ("given: Yvone Janina"). */
  readLineKey(keyStart: number, colon: number, found: InlineLabel[]): void {
    const reading = readKey(this.text.slice(keyStart, colon), this.readSuffix);
    if (reading.element === Element.None) return;
    const column = lineKeyColumn(this.text, keyStart);
    if (column < 0) return;
    this.bounds.length = 0;
    if (!this.readYamlValue(colon + 1, column, false)) return;
    // Capitalised, the key may be a prose label ("Family: Noncontributory"): one word must be a census name.
    const meaning = this.meaningOf(reading, Syntax.Yaml, keyStart);
    this.push(meaning?.namePart ? (meaning.provider ? PROVIDER_NAME : NAME_MEANING) : meaning, keyStart, found);
  }

  /**
   * A prose label that is also a YAML line's key ("name:", "DOB:"): its value is read as YAML when
   * it is quoted or a "- item" list on the next lines. False when it is plain text (a prose value).
   */
  readLabelledLine(keyStart: number, colon: number, meaning: LabelMeaning, found: InlineLabel[]): boolean {
    const text = this.text;
    const first = codeAt(text, skipBlanksOnLine(text, colon + 1));
    // Most labels have their value on their own line, unquoted: two reads tell.
    if (first !== QUOTE && first !== APOSTROPHE && first !== NEWLINE && first !== RETURN && first !== -1) return false;
    const column = lineKeyColumn(text, keyStart);
    if (column < 0) return false;
    this.bounds.length = 0;
    // Nothing read (no items on the next lines): left to the prose reading, which finds nothing either.
    if (!this.readYamlValue(colon + 1, column, true) || this.bounds.length === 0) return false;
    this.push(this.meaningOf({ meaning, element: Element.None }, Syntax.Yaml, keyStart), keyStart, found);
    return true;
  }

  /** key=value pairs: `patient_name="John Smith" dob=1951-02-14 mrn=00012345`, `name = Ann Lee` in an INI file. */
  readPairs(found: InlineLabel[]): void {
    const text = this.text;
    for (let equals = text.indexOf('='); equals >= 0; equals = text.indexOf('=', equals + 1)) {
      const after = codeAt(text, equals + 1);
      const before = codeAt(text, equals - 1);
      // "==", "!=", "<=", ">=", "=>".
      if (after === EQUALS || before === EQUALS || before === 33 || before === 60 || before === 62 || after === 62) continue;
      let keyEnd = equals;
      while (keyEnd > equals - 4 && isBlankCode(codeAt(text, keyEnd - 1))) keyEnd--;
      const spaced = keyEnd < equals;
      const keyStart = keyTokenStart(text, keyEnd);
      if (keyStart < 0) continue;
      const boundary = codeAt(text, keyStart - 1);
      // Not in a URL's query ("?view=chart&id=1": the URL finder's) nor an HTML attribute.
      if (!isPairBoundary(boundary) || (spaced && lineKeyColumn(text, keyStart) < 0) || isInsideTag(text, keyStart)) continue;
      const reading = readKey(text.slice(keyStart, keyEnd), this.readSuffix);
      if (reading.meaning === undefined && reading.element === Element.None) continue;
      this.bounds.length = 0;
      this.readPairValue(equals + 1, spaced);
      if (this.bounds.length > 0) this.push(this.meaningOf(reading, Syntax.Pairs, keyStart), keyStart, found);
    }
  }

  /**
   * The table under `header` (delimitedHeader's fields of the line ending at `end`), if two of its
   * fields are PHI labels: reads its rows, returns where they end (`end` if none).
   */
  readDelimitedTable(header: readonly number[], end: number, delimiter: number, found: InlineLabel[]): number {
    const text = this.text;
    const meanings: (LabelMeaning | undefined)[] = [];
    let phiColumns = 0;
    for (let i = 0; i < header.length; i += 2) {
      const meaning = readKey(unquoted(text, header[i]!, header[i + 1]!), this.readSuffix).meaning;
      if (meaning !== undefined) phiColumns++;
      meanings.push(meaning);
    }
    if (phiColumns < 2) return end;
    let rowEnd = end;
    while (rowEnd < text.length) {
      const rowStart = rowEnd + 1;
      let next = text.indexOf('\n', rowStart);
      if (next < 0) next = text.length;
      const row = delimitedFields(text, rowStart, next, delimiter);
      if (row === undefined || row.length !== header.length) break;
      for (let i = 0; i < row.length; i += 2) {
        const meaning = meanings[i >> 1];
        if (meaning === undefined) continue;
        this.bounds.length = 0;
        const quoted = codeAt(text, row[i]!) === QUOTE;
        this.addValue(row[i]! + (quoted ? 1 : 0), row[i + 1]! - (quoted ? 1 : 0));
        this.push(meaning, header[i]!, found);
      }
      rowEnd = next;
    }
    return rowEnd;
  }

  private push(meaning: LabelMeaning | undefined, labelStart: number, found: InlineLabel[]): void {
    if (meaning === undefined) return;
    const bounds = this.bounds;
    for (let i = 0; i < bounds.length; i += 2) found.push({ meaning, labelStart, valueStart: bounds[i]!, valueEnd: bounds[i + 1]!, exact: true });
  }

  private addValue(start: number, end: number): void {
    while (start < end && isBlankCode(this.text.charCodeAt(start))) start++;
    while (end > start && isBlankCode(this.text.charCodeAt(end - 1))) end--;
    if (end > start && end - start <= LONGEST_VALUE && !isNoValue(this.text, start, end)) this.bounds.push(start, end);
  }

  /** The string whose opening quote is at `at`, its contents a value: where its closing quote is, or -1 if it has none. */
  private addString(at: number): number {
    const end = stringEnd(this.text, at + 1, codeAt(this.text, at));
    if (end >= 0) this.addValue(at + 1, end);
    return end;
  }

  /** A JSON value: a string, an array's strings (over lines too), or a bare scalar. Not an object. */
  private readJsonValue(from: number): void {
    const text = this.text;
    const at = skipSpace(text, from, from + LONGEST_VALUE);
    const first = codeAt(text, at);
    if (first === QUOTE || first === APOSTROPHE) {
      this.addString(at);
    } else if (first === OPEN_BRACKET) {
      this.readArray(at + 1, true);
    } else if (first !== OPEN_BRACE && first !== -1) {
      let end = at;
      while (end < at + LONGEST_VALUE && !isScalarEnd(codeAt(text, end))) end++;
      this.addValue(at, end);
    }
  }

  /** The strings of an array (JSON) or the items of a flow list (YAML, plain items allowed) up to "]". */
  private readArray(from: number, json: boolean): void {
    const text = this.text;
    let at = from;
    for (let item = 0; item < MOST_ARRAY_ITEMS; item++) {
      at = skipSpace(text, at, at + LONGEST_VALUE);
      const first = codeAt(text, at);
      if (first === QUOTE || first === APOSTROPHE) {
        const end = this.addString(at);
        if (end < 0) return;
        at = skipSpace(text, end + 1, end + 1 + LONGEST_VALUE);
      } else if (!json && first !== OPEN_BRACE && first !== OPEN_BRACKET && first !== CLOSE_BRACKET && first !== -1) {
        let end = at;
        while (end < at + LONGEST_VALUE && !isFlowItemEnd(codeAt(text, end))) end++;
        this.addValue(at, end);
        at = end;
      } else {
        return;
      }
      if (codeAt(text, at) !== COMMA) return;
      at++;
    }
  }

  /** A quoted string straight after the colon (mid-line machine keys). */
  private readQuotedValue(from: number): boolean {
    const at = skipBlanksOnLine(this.text, from);
    const first = codeAt(this.text, at);
    if (first !== QUOTE && first !== APOSTROPHE) return false;
    this.addString(at);
    return true;
  }

  /**
   * A YAML line key's value: quoted, a flow list, a "- item" list on the next lines, or a plain scalar
   * to the line's end. With `plainIsProse`, a plain scalar is left to the prose reading (false).
   */
  private readYamlValue(from: number, column: number, plainIsProse: boolean): boolean {
    const text = this.text;
    const at = skipBlanksOnLine(text, from);
    const first = codeAt(text, at);
    if (first === QUOTE || first === APOSTROPHE) {
      this.addString(at);
      return true;
    }
    if (first === NEWLINE || first === RETURN || first === -1 || first === HASH) {
      this.readYamlItems(lineEnd(text, at), column);
      return true;
    }
    if (plainIsProse) return false;
    if (first === OPEN_BRACKET) this.readArray(at + 1, false);
    // Objects, block scalars ("|", ">"), anchors, aliases and tags are no values here.
    else if (first !== OPEN_BRACE && first !== 124 && first !== 62 && first !== 38 && first !== 42 && first !== 33) this.addValue(at, plainScalarEnd(text, at));
    return true;
  }

  /** "- item" lines after a key whose value is on the next lines (the items of one list, no deeper mappings). */
  private readYamlItems(from: number, column: number): void {
    const text = this.text;
    let at = from;
    for (let line = 0; line < MOST_ARRAY_ITEMS && at < text.length; line++) {
      const start = at + 1;
      const shape = lineShape(text, start);
      at = shape.end;
      if (shape.blank) continue;
      if (shape.dashColumn < column || shape.keyEnd >= 0) return;
      const itemStart = start + shape.content;
      const first = codeAt(text, itemStart);
      if (first === QUOTE || first === APOSTROPHE) {
        this.addString(itemStart);
      } else if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
        this.addValue(itemStart, plainScalarEnd(text, itemStart));
      }
    }
  }

  /** After "=": a quoted string, or a token (an INI file's "key = value": the rest of the line). */
  private readPairValue(from: number, spaced: boolean): void {
    const text = this.text;
    const at = skipBlanksOnLine(text, from);
    const first = codeAt(text, at);
    if (first === QUOTE || first === APOSTROPHE) {
      this.addString(at);
      return;
    }
    if (spaced) {
      this.addValue(at, plainScalarEnd(text, at));
      return;
    }
    let end = at;
    while (end < at + LONGEST_VALUE && !isPairValueEnd(codeAt(text, end))) end++;
    this.addValue(at, end);
  }

  /** The key's meaning where it stands: FHIR elements by their datatype, names not a non-person resource's. */
  private meaningOf(reading: KeyReading, syntax: Syntax, keyAt: number): LabelMeaning | undefined {
    const { meaning, element } = reading;
    if (meaning !== undefined) {
      if (meaning.type !== 'NAME' || meaning.provider || syntax === Syntax.Pairs) return meaning;
      // "name" of an Organization, a Location, a device ("deviceName": {"name": ...}) is no person's.
      const mapping = this.mappingAt(syntax, keyAt);
      if (mapping === null) return meaning;
      if (mapping.parentWords && isThingLabel(mapping.parentWords)) return undefined;
      const resource = mapping.keys.get('resource type');
      if (resource === undefined) return meaning;
      const type = keyWords(resource);
      if (!PERSON_RESOURCES.has(type)) return undefined;
      return PROVIDER_RESOURCES.has(type) ? (meaning.namePart ? PROVIDER_NAME_PART : PROVIDER_NAME) : meaning;
    }
    const mapping = this.mappingAt(syntax, keyAt);
    if (mapping === null) return undefined;
    switch (element) {
      case Element.NamePart:
      case Element.NameAffix:
        return isHumanName(mapping) ? this.personName(syntax, mapping) : undefined;
      case Element.Text:
        if (isHumanName(mapping)) return this.personName(syntax, mapping);
        return isAddress(mapping) ? ADDRESS : undefined;
      case Element.AddressPart:
        return isAddress(mapping) ? ADDRESS : undefined;
      case Element.Value: {
        const system = mapping.keys.get('system');
        if (system !== undefined) {
          const contact = CONTACT_SYSTEMS.get(system.toLowerCase());
          if (contact) return contact;
          // An identifier's system is a URI; a Quantity's value sits beside a unit or a code.
          if (/^(?:https?:\/\/|urn:)/i.test(system) && !mapping.keys.has('unit') && !mapping.keys.has('code')) return classifyLabel(system) ?? ID;
          return undefined;
        }
        const parent = lastWord(mapping.parentWords);
        return parent === 'telecom' ? PHONE : parent === 'identifier' ? ID : undefined;
      }
      case Element.Display: {
        const reference = PERSON_REFERENCE.exec(mapping.keys.get('reference') ?? '');
        if (!reference) return undefined;
        return reference[1] === 'Practitioner' ? PROVIDER_NAME_PART : NAME_PART;
      }
      case Element.ExtensionValue: {
        const url = mapping.keys.get('url');
        return url ? readKey(url.slice(url.lastIndexOf('/') + 1), this.readSuffix).meaning : undefined;
      }
      default:
        return undefined;
    }
  }

  /** A HumanName's part: a clinician's when the resource holding it is a Practitioner. */
  private personName(syntax: Syntax, mapping: Mapping): LabelMeaning {
    let current: Mapping | null = mapping;
    for (let level = 0; level < 4 && current !== null; level++) {
      const resource = current.keys.get('resource type');
      if (resource !== undefined) return PROVIDER_RESOURCES.has(keyWords(resource)) ? PROVIDER_NAME_PART : NAME_PART;
      current = current.parentAt >= 0 ? this.mappingAt(syntax, current.parentAt) : null;
    }
    return NAME_PART;
  }

  /** The mapping holding the key at `keyAt` (a JSON key's opening quote, a YAML key's first character). */
  private mappingAt(syntax: Syntax, keyAt: number): Mapping | null {
    const text = this.text;
    // Bounded work whatever the text: each read below scans at most OBJECT_REACH characters, and
    // once they add up to a few times the text, keys are read without their siblings.
    if (this.budget <= 0) return null;
    if (syntax === Syntax.Json) {
      // By the key (a parent key is asked for by each of its children), then by the object.
      let mapping = this.mappings.get(keyAt + text.length);
      if (mapping !== undefined) return mapping;
      const quote = text.charCodeAt(keyAt);
      const open = enclosingOpen(text, keyAt, quote);
      this.budget -= keyAt - Math.max(open, keyAt - OBJECT_REACH);
      if (open < 0 || text.charCodeAt(open) !== OPEN_BRACE) {
        mapping = null;
      } else {
        mapping = this.mappings.get(open);
        if (mapping === undefined) {
          mapping = jsonMapping(text, open, quote, this.jsonByClose);
          this.budget -= mappingCost;
          this.mappings.set(open, mapping);
        }
      }
      this.mappings.set(keyAt + text.length, mapping);
      return mapping;
    }
    if (syntax === Syntax.Pairs) {
      let mapping = this.mappings.get(keyAt + text.length);
      if (mapping === undefined) {
        mapping = pairsMapping(text, keyAt);
        this.budget -= mappingCost;
        this.mappings.set(keyAt + text.length, mapping);
      }
      return mapping;
    }
    // A YAML key opens its line (lineKeyColumn): its line's start is at most a few columns back.
    const lineStart = text.lastIndexOf('\n', keyAt - 1) + 1;
    let mapping = this.mappings.get(-1 - lineStart);
    if (mapping === undefined) {
      mapping = yamlMapping(text, lineStart, keyAt - lineStart, this.yamlParents);
      this.budget -= mappingCost;
      this.mappings.set(-1 - lineStart, mapping);
    }
    return mapping;
  }
}

/** Whether text[start, end) may be a FHIR element word (its length and first letter): most prose labels are none. */
export function mayBeElementKey(text: string, start: number, end: number): boolean {
  const initial = (text.charCodeAt(start) | 0x20) - 97;
  return ELEMENT_LENGTHS[end - start] === true && initial >= 0 && initial <= 25 && ((ELEMENT_INITIALS >> initial) & 1) === 1;
}

/** Lengths and first letters of the FHIR element words. */
const ELEMENT_LENGTHS: readonly (boolean | undefined)[] = (() => {
  const lengths: boolean[] = [];
  for (const word of ELEMENTS.keys()) lengths[word.length] = true;
  return lengths;
})();
/** Bit (letter - 'a') of each element word's first letter. */
const ELEMENT_INITIALS = [...ELEMENTS.keys()].reduce((bits, word) => bits | (1 << (word.charCodeAt(0) - 97)), 0);

function isHumanName(mapping: Mapping): boolean {
  let parts = 0;
  for (const key of HUMAN_NAME_KEYS) if (mapping.keys.has(key)) parts++;
  // The key itself is one of the mapping's keys: another part, or the parent "name", shows the datatype.
  return parts >= 2 || lastWord(mapping.parentWords) === 'name' || lastWord(mapping.parentWords) === 'names';
}

function isAddress(mapping: Mapping): boolean {
  let parts = 0;
  for (const key of ADDRESS_KEYS) if (mapping.keys.has(key)) parts++;
  const parent = lastWord(mapping.parentWords);
  return parts >= 2 || parent === 'address' || parent === 'addresses';
}

function lastWord(words: string): string {
  return words.slice(words.lastIndexOf(' ') + 1);
}

/** The opening quote of a quoted key whose closing quote is at `close`, or -1. */
function quotedKeyStart(text: string, close: number, quote: number): number {
  for (let i = close - 1; i >= close - LONGEST_KEY && i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === quote) return i < close - 1 && codeAt(text, i - 1) !== BACKSLASH ? i : -1;
    if (code === NEWLINE || code === COLON || code === OPEN_BRACE || code === CLOSE_BRACE || code === BACKSLASH || code === NUL) return -1;
  }
  return -1;
}

/**
 * Delimited text, a CSV or TSV export shown on screen: a header line of three or more labels
 * ("MRN,LastName,FirstName,DOB,...", at least two of them PHI labels, none a number) over the rows
 * after it that have as many fields. Each field is its column's value, quotes off. Only lines that
 * hold the delimiter are visited; a scan is made (`makeScan`) only where a line has two.
 */
export function findDelimitedTables(text: string, found: InlineLabel[], scanSoFar: StructuredScan | undefined, makeScan: (text: string) => StructuredScan): void {
  let scan = scanSoFar;
  for (const delimiter of DELIMITERS) {
    let lineStart = 0;
    let lineEnd = -1;
    let count = 0;
    for (let at = text.indexOf(delimiter); ; at = text.indexOf(delimiter, at + 1)) {
      if (at < 0 || at >= lineEnd) {
        // A header has a row under it holding the delimiter too, and fields that read as labels.
        const header = count >= 2 && at >= 0 && at < nextLineEnd(text, lineEnd) ? delimitedHeader(text, lineStart, lineEnd, delimiter.charCodeAt(0)) : undefined;
        if (header !== undefined) {
          const tableEnd = (scan ??= makeScan(text)).readDelimitedTable(header, lineEnd, delimiter.charCodeAt(0), found);
          if (at < tableEnd) at = text.indexOf(delimiter, tableEnd);
        }
        if (at < 0) break;
        lineStart = text.lastIndexOf('\n', at) + 1;
        lineEnd = text.indexOf('\n', at);
        if (lineEnd < 0) lineEnd = text.length;
        count = 0;
      }
      count++;
    }
  }
}

const DELIMITERS = [',', '\t'];
const LONGEST_HEADER_LINE = 2000;
/** A column header: words, not a value ("MRN", "Last Name", "zip_code", "Address 2"; not "2023-04-28" or "12.5"). */
const HEADER_FIELD = /^[A-Za-z][A-Za-z0-9 _./#()-]*$/;

/**
 * The fields of the line [start, end) split at `delimiter`, as start, end pairs (a quoted field with
 * its quotes; "" inside it is a quote), or undefined when a quote is left open.
 */
function delimitedFields(text: string, start: number, end: number, delimiter: number): number[] | undefined {
  if (codeAt(text, end - 1) === RETURN) end--;
  const fields: number[] = [];
  let fieldStart = start;
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : delimiter;
    if (code === QUOTE && i === fieldStart) {
      i++;
      while (i < end && !(text.charCodeAt(i) === QUOTE && text.charCodeAt(i + 1) !== QUOTE)) i += text.charCodeAt(i) === QUOTE ? 2 : 1;
      if (i >= end) return undefined;
    } else if (code === delimiter) {
      fields.push(fieldStart, i);
      fieldStart = i + 1;
    }
  }
  return fields;
}

/** The fields of the line [start, end) if it may be a header: three or more, each a short label, not a value. */
function delimitedHeader(text: string, start: number, end: number, delimiter: number): number[] | undefined {
  if (end - start > LONGEST_HEADER_LINE) return undefined;
  const fields = delimitedFields(text, start, end, delimiter);
  if (fields === undefined || fields.length < 6) return undefined;
  for (let i = 0; i < fields.length; i += 2) {
    const field = unquoted(text, fields[i]!, fields[i + 1]!);
    if (field.length === 0 || field.length > LONGEST_KEY || !HEADER_FIELD.test(field)) return undefined;
  }
  return fields;
}

/** Where the line after the one ending at `lineEnd` ends. */
function nextLineEnd(text: string, lineEnd: number): number {
  const end = text.indexOf('\n', lineEnd + 1);
  return end < 0 ? text.length : end;
}

/** text[start, end) trimmed, without its quotes. */
function unquoted(text: string, start: number, end: number): string {
  const field = text.slice(start, end).trim();
  return field.length >= 2 && field.charCodeAt(0) === QUOTE && field.charCodeAt(field.length - 1) === QUOTE ? field.slice(1, -1).trim() : field;
}

/** Where the string starting after its opening quote ends (its closing quote), or -1: strings stay on their line. */
function stringEnd(text: string, from: number, quote: number): number {
  for (let i = from; i < from + LONGEST_VALUE * 4 && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === quote) return i;
    if (code === BACKSLASH) i++;
    else if (code === NEWLINE || code === NUL) return -1;
  }
  return -1;
}

/** Whether the quote at `i` is escaped (an odd number of backslashes before it). */
function isEscaped(text: string, i: number): boolean {
  let backslashes = 0;
  while (codeAt(text, i - 1 - backslashes) === BACKSLASH) backslashes++;
  return (backslashes & 1) === 1;
}

/** The nearest "{" or "[" before `from` that is not closed before it (outside strings), or -1. */
function enclosingOpen(text: string, from: number, quote: number): number {
  let depth = 0;
  let inString = false;
  for (let i = from - 1; i >= 0 && i >= from - OBJECT_REACH; i--) {
    const code = text.charCodeAt(i);
    if (code === quote && !isEscaped(text, i)) inString = !inString;
    else if (inString) continue;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) depth++;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** How many characters the last jsonMapping, yamlMapping or pairsMapping read (the budget counts them). */
let mappingCost = 0;

/** The keys of the JSON object opening at `open` (with their string values) and its parent key. */
function jsonMapping(text: string, open: number, quote: number, byClose: Map<number, Mapping>): Mapping {
  const keys = new Map<string, string>();
  let depth = 0;
  let i = open + 1;
  for (; i < text.length && i < open + OBJECT_REACH; i++) {
    const code = text.charCodeAt(i);
    if (code === quote) {
      const end = stringEnd(text, i + 1, quote);
      if (end < 0) break;
      const colon = skipSpace(text, end + 1, end + 8);
      if (depth === 0 && codeAt(text, colon) === COLON) {
        const valueAt = skipSpace(text, colon + 1, colon + 8);
        const valueEnd = codeAt(text, valueAt) === quote ? stringEnd(text, valueAt + 1, quote) : -1;
        keys.set(keyWords(text.slice(i + 1, end)), valueEnd >= 0 ? text.slice(valueAt + 1, valueEnd) : '');
      }
      i = end;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth++;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      if (depth === 0) break;
      depth--;
    }
  }
  mappingCost = i - open;
  // The parent key: before the object, or before the array holding it; an object after another in
  // an array has the same parent as that one (read once for a long array).
  let before = skipSpaceBack(text, open);
  const previous = codeAt(text, before - 1) === COMMA ? byClose.get(skipSpaceBack(text, before - 1) - 1) : undefined;
  if (previous !== undefined) {
    const mapping = { keys, parentAt: previous.parentAt, parentWords: previous.parentWords };
    if (codeAt(text, i) === CLOSE_BRACE) byClose.set(i, mapping);
    return mapping;
  }
  if (codeAt(text, before - 1) === COMMA || codeAt(text, before - 1) === OPEN_BRACKET) {
    const array = codeAt(text, before - 1) === OPEN_BRACKET ? before - 1 : enclosingOpen(text, before - 1, quote);
    mappingCost += before - Math.max(array, before - OBJECT_REACH);
    before = array >= 0 && text.charCodeAt(array) === OPEN_BRACKET ? skipSpaceBack(text, array) : -1;
  }
  let parentAt = -1;
  if (before > 0 && text.charCodeAt(before - 1) === COLON) {
    const close = skipSpaceBack(text, before - 1) - 1;
    if (codeAt(text, close) === quote) parentAt = quotedKeyStart(text, close, quote);
  }
  const parentWords = parentAt >= 0 ? keyWords(text.slice(parentAt + 1, skipSpaceBack(text, before - 1) - 1)) : '';
  const mapping = { keys, parentAt, parentWords };
  if (codeAt(text, i) === CLOSE_BRACE) byClose.set(i, mapping);
  return mapping;
}

/**
 * A YAML line's shape: where it ends, whether it is blank, the column of its content after the
 * indentation and "- " markers, the column of its last "- " (-1 for none), and where its key ends
 * (the colon; -1 when the content is no "key:"). One result object, reused: read it at once.
 */
const shape = { end: 0, blank: true, content: 0, dashColumn: -1, keyEnd: -1 };

function lineShape(text: string, start: number): typeof shape {
  const end = lineEnd(text, start);
  let at = start;
  shape.dashColumn = -1;
  for (;;) {
    while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === NUL || text.charCodeAt(at) === RETURN)) at++;
    if (text.charCodeAt(at) === HYPHEN && (at + 1 === end || text.charCodeAt(at + 1) === 32)) {
      shape.dashColumn = at - start;
      at++;
      continue;
    }
    break;
  }
  shape.end = end;
  shape.blank = at >= end;
  shape.content = at - start;
  let keyEnd = at;
  while (keyEnd < end && isKeyCode(text.charCodeAt(keyEnd))) keyEnd++;
  const after = codeAt(text, keyEnd + 1);
  shape.keyEnd = keyEnd > at && text.charCodeAt(keyEnd) === COLON && (keyEnd + 1 === end || after === 32 || after === 9) ? keyEnd : -1;
  return shape;
}

/** The sibling keys of the YAML key at `column` of the line at `lineStart`, and its parent key. */
function yamlMapping(text: string, lineStart: number, column: number, parents: Map<number, number>): Mapping {
  const keys = new Map<string, string>();
  const own = lineShape(text, lineStart);
  if (own.keyEnd >= 0) keys.set(keyWords(text.slice(lineStart + own.content, own.keyEnd)), scalarAfter(text, own.keyEnd + 1, own.end));
  // Upward: siblings until the first line of this list item, then the parent (a shallower key).
  let inItem = own.dashColumn < 0;
  let parentAt = -1;
  let at = lineStart;
  for (let line = 0; line < LINE_REACH && at > 0; line++) {
    const start = at >= 2 ? text.lastIndexOf('\n', at - 2) + 1 : 0;
    const { blank, content, dashColumn, keyEnd, end } = lineShape(text, start);
    at = start;
    if (blank || content > column) continue;
    if (keyEnd < 0) break;
    if (content === column) {
      if (inItem) keys.set(keyWords(text.slice(start + content, keyEnd)), scalarAfter(text, keyEnd + 1, end));
      else if (parents.has(start)) {
        // A previous item of the same list: its parent is ours.
        parentAt = parents.get(start)!;
        break;
      }
      if (dashColumn >= 0) inItem = false;
      continue;
    }
    if (skipBlanksOnLine(text, keyEnd + 1) >= end) parentAt = start + content;
    break;
  }
  const top = at;
  // Downward: siblings until a shallower line or the next list item.
  at = own.end;
  for (let line = 0; line < LINE_REACH && at < text.length; line++) {
    const { blank, content, dashColumn, keyEnd, end } = lineShape(text, at + 1);
    const start = at + 1;
    at = end;
    if (blank || content > column) continue;
    if (content < column || keyEnd < 0 || dashColumn >= 0) break;
    keys.set(keyWords(text.slice(start + content, keyEnd)), scalarAfter(text, keyEnd + 1, end));
  }
  const parentWords = parentAt >= 0 ? keyWords(text.slice(parentAt, text.indexOf(':', parentAt))) : '';
  parents.set(lineStart, parentAt);
  mappingCost = at - top;
  return { keys, parentAt, parentWords };
}

/** The keys of the key=value pairs on the line of the key at `keyAt`, within PAIR_REACH of it. */
function pairsMapping(text: string, keyAt: number): Mapping {
  const keys = new Map<string, string>();
  let lineStart = keyAt;
  while (lineStart > keyAt - PAIR_REACH && lineStart > 0 && text.charCodeAt(lineStart - 1) !== NEWLINE) lineStart--;
  let end = keyAt;
  while (end < keyAt + PAIR_REACH && end < text.length && text.charCodeAt(end) !== NEWLINE) end++;
  for (let equals = text.indexOf('=', lineStart); equals >= 0 && equals < end; equals = text.indexOf('=', equals + 1)) {
    const keyStart = keyTokenStart(text, equals);
    if (keyStart < 0) continue;
    let valueEnd = equals + 1;
    while (valueEnd < end && !isPairValueEnd(text.charCodeAt(valueEnd))) valueEnd++;
    keys.set(keyWords(text.slice(keyStart, equals)), unquote(text.slice(equals + 1, valueEnd)));
  }
  mappingCost = end - lineStart;
  return { keys, parentAt: -1, parentWords: '' };
}

/** A YAML scalar's text (quotes off) from `from` to the line's end `end`. */
function scalarAfter(text: string, from: number, end: number): string {
  return unquote(text.slice(from, Math.min(end, from + LONGEST_VALUE)).trim());
}

function unquote(value: string): string {
  const first = value.charCodeAt(0);
  return value.length >= 2 && (first === QUOTE || first === APOSTROPHE) && value.charCodeAt(value.length - 1) === first ? value.slice(1, -1) : value;
}

/**
 * The column of the key starting at `keyStart` when its line is YAML-shaped (only indentation and
 * "- " markers before the key), else -1.
 */
export function lineKeyColumn(text: string, keyStart: number): number {
  let at = keyStart;
  while (at > keyStart - 80) {
    const code = codeAt(text, at - 1);
    if (code === -1 || code === NEWLINE || code === NUL) return keyStart - at;
    if (code === 32 || (code === HYPHEN && codeAt(text, at) === 32)) at--;
    else return -1;
  }
  return -1;
}

/**
 * How the token touching a colon is written (inline-labels.ts reads it): capitalised or mixed, read as a prose
 * label; a machine key (snake_case, camelCase, lower-case kebab-case or dotted: "patient_name",
 * "birthDate", "date-of-birth", "patient.name"); lower-case letters and digits, a machine key when
 * it opens a YAML-shaped line ("city: Springfield").
 */
export const KeyShape = { Prose: 0, Machine: 1, LowerCase: 2 } as const;
export type KeyShape = (typeof KeyShape)[keyof typeof KeyShape];

/** Where the key token ending at `end` starts ([A-Za-z0-9_.-], starting with a letter), or -1. */
export function keyTokenStart(text: string, end: number): number {
  let start = end;
  while (start > end - LONGEST_KEY && isKeyCode(codeAt(text, start - 1))) start--;
  if (start === end || isKeyCode(codeAt(text, start - 1))) return -1;
  const first = text.charCodeAt(start) | 0x20;
  return first >= 97 && first <= 122 ? start : -1;
}

function isLowerCode(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** [A-Za-z0-9_.-]: a machine key's characters. */
function isKeyCode(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122) || code === 95 || code === HYPHEN || code === 46;
}

/** What may stand before a key=value pair's key: a line's start, a blank, or a list's punctuation. */
function isPairBoundary(code: number): boolean {
  return code === -1 || code === 32 || code === 9 || code === NEWLINE || code === RETURN || code === NUL || code === 0xa0 ||
    code === COMMA || code === 59 || code === OPEN_BRACE || code === 40 || code === OPEN_BRACKET || code === 124;
}

/** Whether `at` is inside an HTML tag on its line ("<img src=x>"): the last "<" or ">" before it is "<". */
function isInsideTag(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 200; i--) {
    const code = text.charCodeAt(i);
    if (code === 60) return true;
    if (code === 62 || code === NEWLINE) return false;
  }
  return false;
}

/** null, true, false, "~": no value. */
function isNoValue(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length === 1) return text.charCodeAt(start) === 126;
  if (length !== 4 && length !== 5) return false;
  const value = text.slice(start, end);
  return value === 'null' || value === 'true' || value === 'false' || value === 'Null' || value === 'True' || value === 'False' || value === 'NULL';
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** Where a YAML plain scalar from `from` ends: the line's end or a " #" comment. */
function plainScalarEnd(text: string, from: number): number {
  const end = lineEnd(text, from);
  for (let i = from; i < end && i < from + LONGEST_VALUE * 2; i++) {
    if (text.charCodeAt(i) === HASH && isBlankCode(codeAt(text, i - 1))) return i;
    if (text.charCodeAt(i) === RETURN) return i;
  }
  return Math.min(end, from + LONGEST_VALUE * 2);
}

/** Where an unquoted value after a quoted key ends: a number, or text up to the next comma, bracket or line break. */
function isScalarEnd(code: number): boolean {
  return code === -1 || code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || code === NEWLINE || code === RETURN || code === NUL;
}

function isFlowItemEnd(code: number): boolean {
  return code === -1 || code === COMMA || code === CLOSE_BRACKET || code === NEWLINE || code === RETURN || code === NUL;
}

function isPairValueEnd(code: number): boolean {
  return code === -1 || code === 32 || code === 9 || code === NEWLINE || code === RETURN || code === NUL || code === 0xa0 || code === COMMA || code === 59 ||
    code === 38 || code === 124 || code === 41 || code === CLOSE_BRACKET || code === CLOSE_BRACE;
}

/** The index after the blanks, line breaks and NULs (between joined blocks) from `from`, going no further than `limit`. */
function skipSpace(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && isSpaceCode(codeAt(text, at))) at++;
  return at;
}

/** The index after the last non-space character before `at`. */
function skipSpaceBack(text: string, at: number): number {
  let i = at;
  while (i > 0 && i > at - 200 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === NEWLINE || code === RETURN || code === NUL || code === 0xa0;
}

function skipBlanksOnLine(text: string, from: number): number {
  let at = from;
  while (isBlankCode(codeAt(text, at))) at++;
  return at;
}
