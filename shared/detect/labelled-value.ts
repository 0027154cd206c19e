import type { PhiType } from '../phi-types';
import { CARET, CLOSE_PARENTHESIS, codeAt, isDigitCode, OPEN_PARENTHESIS, skipBlanks } from './char-codes';
import type { LabelMeaning } from './labels';
import { countStartingBefore } from './resolve-overlaps';
import { leadingParticleEnd, readNameWords, type NameFindings } from './names/find-names';
import { middleInitialEnd, NAME_WORD_AT } from './names/name-words';
import { isFirstName, isLastName } from './names/name-dictionary';
import { isKinWord, isUnspacedKinWord } from './names/kin-words';
import { nameShapeScore, ONE_WORD_UNDER_PERSON_LABEL, spelledLikeName, UNDER_GENERIC_NAME_LABEL } from './names/name-shape';
import { asciiLowerWordEnd } from './patterns/address';
import { isAgeOver89 } from './patterns/age';
import { addSpan, isUnspacedScriptCode, isWhitespaceCode, isWordCode, type SpanSink } from './span';

/** A word alone shorter than this says too little of its spelling: "DG", "LT", "DNR". */
const SHORTEST_SHAPED_NAME = 4;
const HONORIFIC_AT = /(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sr|Sra|Mme|Mlle|Herr|Frau|Prof)\.?[ \t\u00a0]+/y;
const HONORIFIC_FIRST_LETTERS = 'MDSHFP';
const HONORIFIC_ONLY_AT = /(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sr|Sra|Mme|Mlle|Herr|Frau|Prof)\.?(?![A-Za-z])/y;
const NAME_SUFFIX_AT = /,?[ \t\u00a0]+(?:Jr|Sr|II|III|IV)\.?(?![\p{L}])/uy;
// What may follow a name in its field: punctuation, notes in brackets or a relative's word in an
// unspaced script, then perhaps a phone number and its short label ("Ann Lee (daughter) (251)
// 548-8599", "Kasper Østergaard (søn), tlf. 57 14 33 89", "Pranee (ปราณี) ลูกสาว (daughter) 090-559-0001"),
// or the rest of a "^"-joined name ("^^^MRS").
const NAME_REMAINDER =
  /^(?:[\s,.;·|-]*(?:(?:[([][^)\]]{0,40}[)\]]|[\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff]{1,12})[\s,.;·|-]*){0,3}(?:(?:[A-Za-z\u00c0-\u024f]{1,8}\.?:?[ \t\u00a0]*)?\+?[\d(][\d ().-]{6,20}\d)?[\s,.;]*|\^\S{0,40})$/;
// Ends with a letter or digit: a sentence's period after "VIN 1HGCM82633A004352." is not the value's.
const IDENTIFIER_VALUE_AT = /[ \t\u00a0]*([A-Za-z0-9](?:[A-Za-z0-9./-]*[A-Za-z0-9])?(?:[ -][0-9]+)*)/y;
const ID_TYPES: ReadonlySet<PhiType> = new Set(['SSN', 'MRN', 'HEALTH_PLAN', 'ACCOUNT', 'DRIVERS_LICENSE', 'PASSPORT', 'VEHICLE', 'DEVICE', 'ID', 'ZIP']);
/** Types whose own finders recognise the value better than "the whole field". */
const PATTERN_TYPES: ReadonlySet<PhiType> = new Set(['DATE', 'PHONE', 'FAX', 'EMAIL', 'URL', 'IP', 'ADDRESS']);
const LONGEST_FIELD_VALUE = 160;
/** A phone number as any country writes it: digits in groups, "+", parentheses, spaces, dots and hyphens. */
const PHONE_VALUE_AT = /\+?\(?\d[\d ().-]{4,22}\d/y;
const SHORTEST_PHONE_DIGITS = 7;
const LONGEST_PHONE_DIGITS = 15;
const EMPTY_VALUE = /^(?:\(?none\)?|n\/?a|unknown|not (?:on file|available|provided|recorded)|declined|-{1,20}|—|null|undefined)$/i;
const LONGEST_EMPTY_VALUE = 20;
/** The first characters of EMPTY_VALUE's words, either case: most values are rejected on this alone. */
const EMPTY_VALUE_FIRST_CHARACTERS = '(nNuUdD-—';
const AGE_NUMBER = /^\s*\d+\s*(?:y(?:ears?|rs?|\.?o\.?)?|Y)?/;

/**
 * Marks the value of a labelled field, [start, end) in `text`. A value next to a PHI label is PHI
 * whatever it looks like; the label's type decides how much of the text the value is.
 */
export function markLabelledValue(
  text: string,
  start: number,
  end: number,
  meaning: LabelMeaning,
  sink: SpanSink,
  findings: NameFindings,
  /** What the generic finders found, sorted by start: their finer spans are kept where they cover the value. */
  patternSpans: readonly { start: number; end: number }[],
  wholeField: boolean,
): void {
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  if (start >= end || isEmptyValue(text, start, end)) return;
  const { type } = meaning;

  if (type === 'NAME') {
    const nameSink = meaning.provider ? findings.providers : sink;
    const nameEnd = isUnspacedScriptCode(text.charCodeAt(start)) ? markScriptName(text, start, end, meaning.needsNameWord === true, nameSink) : markLatinName(text, start, end, meaning, wholeField, nameSink);
    if (nameEnd > start && !meaning.provider) {
      markBracketedRecordNumber(text, nameEnd, end, sink);
      // A contact's number after their name, in a format the phone finder may not know ("tlf. 57 14 33 89").
      markPhoneValue(text, afterBracketedNotes(text, nameEnd, end), end, 'PHONE', patternSpans, sink, true);
    }
    return;
  }
  if (type === 'AGE_OVER_89') {
    const value = text.slice(start, end);
    if (isAgeOver89(value)) {
      const number = AGE_NUMBER.exec(value)!;
      addSpan(sink, start, start + number[0].trimEnd().length, 'AGE_OVER_89', 0.95);
    }
    return;
  }
  if (meaning.locality) {
    markLocality(text, start, end, sink);
    return;
  }
  const covered = overlapsAny(patternSpans, start, end);
  if (PATTERN_TYPES.has(type)) {
    if (type === 'PHONE' || type === 'FAX') markPhoneValue(text, start, end, type, patternSpans, sink, wholeField);
    // The finders found it: only retype phones under a fax label, and give an address field's
    // other parts to the address ("Unit 10/2" before the street the finder read).
    if (covered) {
      if (type === 'FAX') for (const s of sink) if (s.type === 'PHONE' && s.start >= start && s.end <= end) s.type = 'FAX';
      if (type === 'ADDRESS' && wholeField && end - start <= LONGEST_FIELD_VALUE && hasShapeOf(type, text.slice(start, end))) markUncoveredParts(text, start, end, patternSpans, sink);
      return;
    }
    // A field in a format no finder knows, if it has the shape of its type: a block's label may be a
    // heading over prose or the cell before another value ("Discharge Medications" over a dose).
    if (wholeField && type !== 'PHONE' && type !== 'FAX' && end - start <= LONGEST_FIELD_VALUE && hasShapeOf(type, text.slice(start, end))) {
      addSpan(sink, start, end, type, 0.7);
    }
    return;
  }
  if (ID_TYPES.has(type)) {
    if (wholeField) {
      const valueEnd = subLabelStart(text, start, end);
      if (isIdentifierField(text, start, valueEnd)) addSpan(sink, start, valueEnd, type, 0.95);
      return;
    }
    IDENTIFIER_VALUE_AT.lastIndex = start;
    const value = IDENTIFIER_VALUE_AT.exec(text);
    const valueEnd = IDENTIFIER_VALUE_AT.lastIndex;
    if (value && valueEnd <= end && hasDigit(text, valueEnd - value[1]!.length, valueEnd)) addSpan(sink, valueEnd - value[1]!.length, valueEnd, type, 0.9);
  }
}

/**
 * A name in Latin letters as the value of a person's label: where it ends, or `start` when the
 * value is no name.
 */
function markLatinName(text: string, start: number, end: number, meaning: LabelMeaning, wholeField: boolean, sink: SpanSink): number {
  const name = readFullName(text, start, end);
  // A structured key naming a part of a name ("prefix": ["Mrs."]): an honorific alone is that part.
  if (meaning.namePart && name.words.length === 0 && wholeField && isHonorificOnly(text, start, end)) {
    addSpan(sink, start, end, 'NAME', HONORIFIC_CONFIDENCE);
    return start;
  }
  // The whole value must be the name (a note in brackets may follow): "Manual wheelchair" is not one.
  // One word alone must at least be a census name: "Crutches (physical object)" is not one; under a
  // key that names a part of a name ("family", "given", "first_name") any name-shaped word is, and
  // so is a romanisation with the name in its own script after it ("Pranee (ปราณี)").
  // Two words or more spelled like a name will do too ("Losa Fa'amausili", not "Body Part").
  // One word not in the census must be spelled much like a name and be no relationship ("Caregiver:
  // Lyudmila", "Nome: GIULIA"; not "Angehörige: Ehemann", "DNR").
  // Asked last: the shape is scored only when nothing cheaper has decided.
  const shapeOf = (k: number) => nameShapeScore(name.words[k]!, 0, name.words[k]!.length);
  const oneNameShapedWord = () =>
    name.words[0]!.length >= SHORTEST_SHAPED_NAME && !isKinWord(name.words[0]!) && spelledLikeName(1, shapeOf, ONE_WORD_UNDER_PERSON_LABEL);
  // "Pranee (ปราณี)": the same name in its own script in brackets after the romanisation.
  const bracketStart = skipBlanks(text, name.end) + 1;
  const scriptNameEnd = isUnspacedScriptCode(codeAt(text, bracketStart)) ? bracketedNameEnd(text, bracketStart, end) : -1;
  const scriptNameAfter = scriptNameEnd > bracketStart;
  const plausible = meaning.needsNameWord
    ? name.words.some((word) => isFirstName(word) || isLastName(word)) ||
      name.titled ||
      name.surnameFirst ||
      (name.words.length >= 2 ? spelledLikeName(name.words.length, shapeOf, UNDER_GENERIC_NAME_LABEL) : name.words.length === 1 && oneNameShapedWord())
    : name.words.length >= 2 ||
      (name.words.length === 1 && (meaning.namePart === true || isFirstName(name.words[0]!) || isLastName(name.words[0]!) || scriptNameAfter || oneNameShapedWord()));
  if (!plausible) return start;
  // An alias after the name is the same person's: "BESNIK HYSEN SHEHU AKA Al SHEHU".
  const alias = aliasAfter(text, name.end, end);
  const nameEnd = alias > name.end ? alias : name.end;
  // Inline ("Contact: Ann Lee (son) 555-...") the segment may go on after the name.
  if (wholeField && nameEnd !== end && !NAME_REMAINDER.test(text.slice(nameEnd, end))) return start;
  addSpan(sink, start, nameEnd, 'NAME', 0.95);
  if (scriptNameAfter) addSpan(sink, bracketStart, scriptNameEnd, 'NAME', 0.9);
  return nameEnd;
}

const ALIAS_AT = /[ \t\u00a0,;]*(?:AKA|aka|a\.k\.a\.?|A\.K\.A\.?|alias|Alias)[ \t\u00a0:]+/y;

/** Where an alias after a name ending at `nameEnd` ends ("AKA Al SHEHU"), or `nameEnd` when none follows. */
function aliasAfter(text: string, nameEnd: number, end: number): number {
  ALIAS_AT.lastIndex = nameEnd;
  if (!ALIAS_AT.test(text) || ALIAS_AT.lastIndex >= end) return nameEnd;
  const alias = readFullName(text, ALIAS_AT.lastIndex, end);
  return alias.words.length > 0 ? alias.end : nameEnd;
}

/** Where the notes in brackets after a name end ("(daughter)", "(MRN 00482211)"), or `start`: a record number in them is no phone. */
function afterBracketedNotes(text: string, start: number, end: number): number {
  let at = start;
  for (;;) {
    const open = skipBlanks(text, at);
    const code = codeAt(text, open);
    if (open >= end || (code !== OPEN_PARENTHESIS && code !== 91) || isDigitCode(codeAt(text, open + 1))) return at;
    const close = text.indexOf(code === OPEN_PARENTHESIS ? ')' : ']', open);
    if (close < 0 || close >= end) return at;
    at = close + 1;
  }
}

/** Most parts (blank-separated) of a name in an unspaced script, and most letters in all. */
const MOST_SCRIPT_NAME_PARTS = 4;
const LONGEST_SCRIPT_NAME = 24;
/** Under a generic "Name" key a longer run is more likely a drug's or a test's name than a person's. */
const LONGEST_GENERIC_SCRIPT_NAME = 8;

/**
 * "宮城 節子 (Miyagi Setsuko)", "長女 宮城 節子", "นายประเสริฐ ใจดี", "謝志明 (Hsieh Chih-ming)": a name
 * in a script without capitals or spaces between words, under a person's label. Its letters up to
 * anything else (blanks between parts), after a relative's word that opens the value; a
 * romanisation in brackets after it is the name too.
 */
function markScriptName(text: string, start: number, end: number, generic: boolean, sink: SpanSink): number {
  const kinEnd = unspacedKinWordEnd(text, start, end);
  let nameStart = kinEnd > start ? skipBlanks(text, kinEnd) : start;
  if (!isUnspacedScriptCode(codeAt(text, nameStart))) nameStart = start;
  const nameEnd = scriptRunEnd(text, nameStart, end);
  if (nameEnd === nameStart || (generic && nameEnd - nameStart > LONGEST_GENERIC_SCRIPT_NAME)) return start;
  addSpan(sink, nameStart, nameEnd, 'NAME', 0.9);
  const innerStart = skipBlanks(text, nameEnd) + 1;
  const innerEnd = bracketedNameEnd(text, innerStart, end);
  if (innerEnd < 0) return nameEnd;
  addSpan(sink, innerStart, innerEnd, 'NAME', 0.9);
  return innerEnd + 1;
}

/** The end of a run of unspaced-script letters from `start`, single blanks between parts, within the name limits. */
function scriptRunEnd(text: string, start: number, end: number): number {
  let runEnd = start;
  let at = start;
  for (let parts = 0; parts < MOST_SCRIPT_NAME_PARTS && at < end; parts++) {
    let partEnd = at;
    while (partEnd < end && isUnspacedScriptCode(text.charCodeAt(partEnd))) partEnd++;
    if (partEnd === at || partEnd - start > LONGEST_SCRIPT_NAME) break;
    runEnd = partEnd;
    if (!isWhitespaceCode(codeAt(text, partEnd))) break;
    at = partEnd + 1;
  }
  return runEnd;
}

/** Where a relative's word in an unspaced script that opens the value ends ("長女 ", "ลูกสาว "), or `start`. */
function unspacedKinWordEnd(text: string, start: number, end: number): number {
  let wordEnd = start;
  while (wordEnd < end && isUnspacedScriptCode(text.charCodeAt(wordEnd))) wordEnd++;
  return wordEnd < end && isWhitespaceCode(text.charCodeAt(wordEnd)) && isUnspacedKinWord(text.slice(start, wordEnd)) ? wordEnd : start;
}

/**
 * The same person's name again in brackets after a name, a romanisation ("謝志明 (Hsieh
 * Chih-ming)") or the name in its own script ("Pranee (ปราณี)"): where it ends when it fills the
 * bracket opening at `innerStart - 1`, or -1.
 */
function bracketedNameEnd(text: string, innerStart: number, end: number): number {
  const bracket = codeAt(text, innerStart - 1);
  if (innerStart >= end || (bracket !== OPEN_PARENTHESIS && bracket !== FULLWIDTH_OPEN_PARENTHESIS)) return -1;
  const innerEnd = isUnspacedScriptCode(codeAt(text, innerStart)) ? scriptRunEnd(text, innerStart, end) : romanisedNameEnd(text, innerStart);
  const close = codeAt(text, innerEnd);
  return innerEnd > innerStart && innerEnd < end && (close === CLOSE_PARENTHESIS || close === FULLWIDTH_CLOSE_PARENTHESIS) ? innerEnd : -1;
}

/** The end of a romanised name's words at `start` ("Hsieh Chih-ming"), or `start` if a word is a relative's or a role's ("(Mother)"). */
function romanisedNameEnd(text: string, start: number): number {
  const name = readNameWords(text, start, MOST_SCRIPT_NAME_PARTS);
  return name.words.some(isKinWord) ? start : name.end;
}

const FULLWIDTH_OPEN_PARENTHESIS = 0xff08;
const FULLWIDTH_CLOSE_PARENTHESIS = 0xff09;

/**
 * The stretches of [start, end) before and between the spans of `sorted` that none covers and that
 * hold a letter or digit, as ADDRESS: "Unit 10/2" before the street the finder read. Not after the
 * last (a note may follow the address), and not a state's or province's code the finders leave out.
 */
function markUncoveredParts(text: string, start: number, end: number, sorted: readonly { start: number; end: number }[], sink: SpanSink): void {
  let at = start;
  for (let i = Math.max(0, countStartingBefore(sorted, start + 1) - 1); i < sorted.length && sorted[i]!.start < end; i++) {
    const span = sorted[i]!;
    if (span.end <= at) continue;
    markWordsBetween(text, at, Math.max(span.start, at), sink);
    at = span.end;
  }
}

/**
 * An ADDRESS span from the first to the last letter or digit in [start, end), if that is a short
 * part of an address ("Unit 10/2"): not a code of capitals alone ("NSW", "IA") and not a note ("(until ...").
 */
function markWordsBetween(text: string, start: number, end: number, sink: SpanSink): void {
  while (start < end && !isWordCode(text.charCodeAt(start))) start++;
  while (end > start && !isWordCode(text.charCodeAt(end - 1))) end--;
  const part = ADDRESS_PART.exec(text.slice(start, end));
  if (part && part[1]!.length <= LONGEST_ADDRESS_PART) addSpan(sink, start, start + part[1]!.length, 'ADDRESS', 0.7);
}
const LONGEST_ADDRESS_PART = 24;
/** A capital or a digit, no note's brackets or colon; a state's code at its end is left out ("SPRINGFIELD MA"). */
const ADDRESS_PART = /^(?![A-Z]{2,3}$)(?=[^:()]*[A-Z0-9])([^:()]*?)(?:[ \t\u00a0]+[A-Z]{2,3})?$/;

/**
 * "Tel: 01423 555 019 / Mob: ...": a number in a format the phone finder does not know (most
 * countries' national ones) after a phone label, up to where it stops looking like one. Inline, the
 * number starts the value; a whole field under a phone label (a "Phone" column's cell: "H: (918)
 * 911-4440 Ready") may hold it anywhere, and may hold several.
 */
function markPhoneValue(text: string, start: number, end: number, type: PhiType, patternSpans: readonly { start: number; end: number }[], sink: SpanSink, wholeField: boolean): void {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    // A number starts with a digit, "(" or "+", not inside a word or another number.
    if (!(isDigitCode(code) || code === 40 || code === 43) || (at > start && isWordCode(text.charCodeAt(at - 1)))) {
      if (!wholeField) return;
      continue;
    }
    PHONE_VALUE_AT.lastIndex = at;
    const found = PHONE_VALUE_AT.test(text) && PHONE_VALUE_AT.lastIndex <= end;
    const numberEnd = found ? PHONE_VALUE_AT.lastIndex : at + 1;
    if (found && !overlapsAny(patternSpans, at, numberEnd)) {
      let digits = 0;
      for (let i = at; i < numberEnd; i++) if (isDigitCode(text.charCodeAt(i))) digits++;
      if (digits >= SHORTEST_PHONE_DIGITS && digits <= LONGEST_PHONE_DIGITS) addSpan(sink, at, numberEnd, type, 0.7);
    }
    if (!wholeField) return;
    at = numberEnd - 1;
  }
}

/** Lower-case words inside a place's name: "Fond du Lac", "Isle of Palms". */
const PLACE_PARTICLES: ReadonlySet<string> = new Set(['de', 'du', 'des', 'del', 'la', 'le', 'of', 'upon', 'sur', 'am', 'an', 'der']);
const MOST_PLACE_WORDS = 4;

/**
 * "City: HOLYOKE   ST: MA", "County | Berkshire": a place's name starts the value; its capitalised
 * words (a particle between them) are the place, up to a comma, a label's colon or a wider gap.
 */
function markLocality(text: string, start: number, end: number, sink: SpanSink): void {
  let placeEnd = -1;
  let at = start;
  for (let words = 0; words < MOST_PLACE_WORDS && at < end; words++) {
    NAME_WORD_AT.lastIndex = at;
    if (!NAME_WORD_AT.test(text) || NAME_WORD_AT.lastIndex > end) {
      // A particle only between two words of the name.
      const particleEnd = asciiLowerWordEnd(text, at);
      if (placeEnd < 0 || !PLACE_PARTICLES.has(text.slice(at, particleEnd)) || text.charCodeAt(particleEnd) !== 32) break;
      at = particleEnd + 1;
      words--;
      continue;
    }
    const wordEnd = NAME_WORD_AT.lastIndex;
    // "ST:" after the city is the next field's label.
    if (codeAt(text, wordEnd) === 58) break;
    placeEnd = wordEnd;
    if (text.charCodeAt(wordEnd) !== 32 || !isWordCode(codeAt(text, wordEnd + 1))) break;
    at = wordEnd + 1;
  }
  if (placeEnd > start) addSpan(sink, start, placeEnd, 'ADDRESS', 0.9);
}

/**
 * "Patient: Juana Cremin (6517)", "DOE, JANE (MRN 00482211)": a number in brackets right after a
 * patient's name is their number in that system. Four digits at least: "(72)" is an age.
 */
const BRACKETED_RECORD_NUMBER_AT = /[ \t\u00a0]*[([](?:(?:MRN|MR|ID|PID|Pt ID|Patient ID|Chart)[ \t\u00a0]*[:#]?[ \t\u00a0]*|#[ \t\u00a0]*)?([A-Z]{0,3}-?\d{4,}[A-Z]{0,2})[)\]]/y;

function markBracketedRecordNumber(text: string, nameEnd: number, end: number, sink: SpanSink): void {
  BRACKETED_RECORD_NUMBER_AT.lastIndex = nameEnd;
  const number = BRACKETED_RECORD_NUMBER_AT.exec(text);
  if (number === null || BRACKETED_RECORD_NUMBER_AT.lastIndex > end) return;
  const numberEnd = BRACKETED_RECORD_NUMBER_AT.lastIndex - 1;
  addSpan(sink, numberEnd - number[1]!.length, numberEnd, 'ID', 0.9);
}

/** "Mrs. Sumiko L. Medhurst", "MEDHURST, SUMIKO L", "Smith Jr.", "de la Cruz, Maria": where the name at `start` ends, and its words. */
function readFullName(text: string, start: number, limit: number): { end: number; words: string[]; titled: boolean; surnameFirst: boolean } {
  let position = start;
  // Each sticky regex only where its first character is: most names have no honorific, comma or suffix.
  if (HONORIFIC_FIRST_LETTERS.includes(text[start]!)) {
    HONORIFIC_AT.lastIndex = position;
    if (HONORIFIC_AT.exec(text)) position = HONORIFIC_AT.lastIndex;
  }
  const family = readNameWords(text, leadingParticleEnd(text, position), 5);
  if (family.words.length === 0) return { end: start, words: [], titled: false, surnameFirst: false };
  const titled = position > start;
  const words = family.words.slice();
  let end = family.end;
  // A suffix's period comes before the comma: "Smith Jr., John".
  const comma = codeAt(text, end) === 46 && codeAt(text, end + 1) === 44 ? end + 1 : end;
  let surnameFirst = false;
  if (codeAt(text, comma) === 44) {
    const given = readNameWords(text, skipBlanks(text, comma + 1), 3);
    if (given.words.length > 0) {
      surnameFirst = true;
      end = given.end;
      words.push(...given.words);
      // readNameWords leaves out a trailing lone initial, but after "SURNAME, GIVEN" it is the middle one.
      end = middleInitialEnd(text, end);
    }
  }
  // A nickname in quotes is part of the name, and more of the name may follow it: 'Prys, Gwenllian
  // "Gwen" Eleri', 'Robert "Bobby" Lee', 'Ó Briain, Aoife ("Nan")'.
  const nickname = nicknameEnd(text, end);
  if (nickname > end) {
    end = nickname;
    const rest = readNameWords(text, skipBlanks(text, end), 3);
    if (rest.words.length > 0 && rest.end > end) {
      words.push(...rest.words);
      end = rest.end;
    }
  }
  // DICOM and HL7 write "FAMILY^GIVEN^MIDDLE^SUFFIX^PREFIX", any part perhaps empty.
  while (codeAt(text, end) === CARET) {
    let partStart = end + 1;
    while (codeAt(text, partStart) === CARET) partStart++;
    const part = readNameWords(text, partStart, 3);
    if (part.words.length === 0) break;
    surnameFirst = true;
    words.push(...part.words);
    end = part.end;
  }
  // A suffix (Jr, Sr, II...) starts with J, S or I after an optional comma and spaces.
  const suffixStart = skipBlanks(text, codeAt(text, end) === 44 ? end + 1 : end);
  const suffixLetter = codeAt(text, suffixStart);
  if (suffixStart > end && (suffixLetter === 74 || suffixLetter === 83 || suffixLetter === 73)) {
    NAME_SUFFIX_AT.lastIndex = end;
    if (NAME_SUFFIX_AT.exec(text)) end = NAME_SUFFIX_AT.lastIndex;
  }
  return { end: Math.min(end, limit), words, titled, surnameFirst };
}

const OPENING_QUOTES = '"\'\u201c\u2018';
const CLOSING_QUOTES = '"\'\u201d\u2019';
/** Most name words inside a nickname's quotes. */
const MOST_NICKNAME_WORDS = 2;

/** Where a quoted nickname after the name word ending at `end` ends (its quote, or bracket, included), or `end` when none follows. */
function nicknameEnd(text: string, end: number): number {
  let open = skipBlanks(text, end);
  if (open === end) return end;
  const bracketed = codeAt(text, open) === 40;
  if (bracketed) open++;
  if (!OPENING_QUOTES.includes(text[open] ?? '\n')) return end;
  const inner = readNameWords(text, open + 1, MOST_NICKNAME_WORDS);
  if (inner.words.length === 0 || !CLOSING_QUOTES.includes(text[inner.end] ?? '\n')) return end;
  const close = inner.end + 1;
  if (!bracketed) return close;
  return codeAt(text, close) === 41 ? close + 1 : end;
}

/**
 * Digits and separators only, in two or more groups ("03 04 2021", "2021.3.4", "03/2021"): a date
 * the date finder does not know. Words ("BP 145/79", "200 mg daily") make a value something else.
 */
const DATE_FIELD = /^\d+(?:[ \t\u00a0]*[/.,:-][ \t\u00a0]*\d+|[ \t\u00a0]+\d+)+$/;
/** A URL or a host name: no blanks, a dot or a slash. */
const URL_FIELD = /^[^\s]*[./][^\s]*$/;
const IP_FIELD = /^[\d.:a-fA-F]+$/;
/**
 * An address field is a few words at most ("1048 Kuhn Trailer Apt 12, Springfield, MA 01101"), not a
 * paragraph; one with a number and its parts between commas may run longer, as Indonesian and Thai
 * addresses do ("Jl. Dago No. 166, RT 007/RW 001, Kel. Cipaganti, Kec. Cicendo, Kota Bandung").
 */
const MOST_ADDRESS_FIELD_WORDS = 12;
const MOST_LISTED_ADDRESS_FIELD_WORDS = 24;
const FEWEST_LISTED_ADDRESS_PARTS = 3;

/** Whether a labelled field in a format no finder knows looks like a value of `type` at all. */
function hasShapeOf(type: PhiType, value: string): boolean {
  switch (type) {
    case 'DATE':
      return DATE_FIELD.test(value);
    case 'EMAIL':
      return value.includes('@');
    case 'URL':
      return URL_FIELD.test(value);
    case 'IP':
      return IP_FIELD.test(value) && hasDigit(value, 0, value.length);
    case 'ADDRESS': {
      const words = value.split(/\s+/).length;
      return words <= MOST_ADDRESS_FIELD_WORDS || (words <= MOST_LISTED_ADDRESS_FIELD_WORDS && /\d/.test(value) && value.split(',').length >= FEWEST_LISTED_ADDRESS_PARTS);
    }
    default:
      return true;
  }
}

/**
 * An identifier field: a value with a digit, one token (a UDI runs to 70 characters), a few short
 * parts ("1EG4 TE5 MK72") or digit groups only, as national numbers are printed ("2 34 09 25 360
 * 662 15", a French NIR), not itself a "Label: value" pair ("Bed: 8W 475-B" after a "CSN" row).
 */
const LONGEST_SPACED_IDENTIFIER = 40;
const MOST_IDENTIFIER_PARTS = 4;
function isIdentifierField(text: string, start: number, end: number): boolean {
  if (end - start > LONGEST_FIELD_VALUE || !hasDigit(text, start, end)) return false;
  let parts = 1;
  let digitsOnly = true;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 58 && isWhitespaceCode(codeAt(text, i + 1))) return false;
    if (isWhitespaceCode(code) && !isWhitespaceCode(text.charCodeAt(i + 1))) parts++;
    else if (!isDigitCode(code) && !isWhitespaceCode(code)) digitsOnly = false;
  }
  return parts === 1 || ((parts <= MOST_IDENTIFIER_PARTS || digitsOnly) && end - start <= LONGEST_SPACED_IDENTIFIER);
}

/**
 * Where a field's own "Label: value" after its value starts ("5868 975 946 Ver: EF", a health
 * number and its version code), back over blanks, or `end` when there is none. A field that opens
 * with one ("Bed: 8W 475-B") is left whole: it is not a value.
 */
function subLabelStart(text: string, start: number, end: number): number {
  const colon = text.indexOf(': ', start);
  if (colon < 0 || colon >= end) return end;
  let wordStart = colon;
  while (wordStart > start && isWordCode(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === start || !isWhitespaceCode(text.charCodeAt(wordStart - 1))) return end;
  while (wordStart > start && isWhitespaceCode(text.charCodeAt(wordStart - 1))) wordStart--;
  return wordStart;
}

/** Below the propagation anchors' threshold: an honorific is no name word to look for elsewhere. */
const HONORIFIC_CONFIDENCE = 0.8;

/** "Mrs.", "Dr": the whole of text[start, end) is one honorific. */
function isHonorificOnly(text: string, start: number, end: number): boolean {
  if (end - start > 5 || !HONORIFIC_FIRST_LETTERS.includes(text[start]!)) return false;
  HONORIFIC_ONLY_AT.lastIndex = start;
  return HONORIFIC_ONLY_AT.test(text) && HONORIFIC_ONLY_AT.lastIndex === end;
}

/** "N/A", "none", "--": a field that shows no value. */
function isEmptyValue(text: string, start: number, end: number): boolean {
  return end - start <= LONGEST_EMPTY_VALUE && EMPTY_VALUE_FIRST_CHARACTERS.includes(text[start]!) && EMPTY_VALUE.test(text.slice(start, end));
}

/** /\d/ on text[start, end) without cutting it out. */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isDigitCode(text.charCodeAt(i))) return true;
  return false;
}

/** Whether any of `sorted` (by start; spans are short) overlaps [start, end). */
function overlapsAny(sorted: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (let i = countStartingBefore(sorted, end) - 1; i >= 0 && sorted[i]!.start > start - LONGEST_FIELD_VALUE * 2; i--) if (sorted[i]!.end > start) return true;
  return false;
}
