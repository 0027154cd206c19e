import { BLOCK_SEPARATOR, endsWithWord, isBlankCode, isDigitCode, isUpperLetterCode, skipBlanks, skipBlanksBack } from '../char-codes';
import { addSpan, foldedHash, isWhitespaceCode, isWordCode, type SpanSink } from '../span';
import { isEponymUseAt, isStopWordAt, isSurnameStopWordAt } from '../stoplist';
import { FoldedWordTable } from './folded-word-table';
import { KIN_WORDS } from './kin-words';
import { isFirstNameAt, isLastNameAt } from './name-dictionary';
import { BESIDE_RECORD_FIELDS, nameShapeScore, spelledLikeName } from './name-shape';
import { middleInitialEnd, NAME_WORD_AT, wordHash, type NameWords } from './name-words';

// Between two words of a name: 1-3 spaces, or a particle between spaces ("Maria de la Cruz").
// In order: the first that is followed by a space wins, as in a regex alternation.
const NAME_PARTICLES = [
  'de la', 'de las', 'de los', 'de', 'del', 'della', 'van der', 'van den', 'van de', 'van het', "van 't", 'van', 'von der', 'von dem', 'von',
  'der', 'den', 'da', 'das', 'dos', 'di', 'du', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ter', 'y',
];
/** Bit (letter - 'a') of each particle's first letter: most gaps end at a capital or another word. */
const PARTICLE_INITIALS = NAME_PARTICLES.reduce((bits, particle) => bits | (1 << (particle.charCodeAt(0) - 97)), 0);
/** Most spaces a gap takes on either side of a particle. */
const GAP_SPACES = 3;

// Words that put a person's name after them. Honorifics and titles are name-shaped words
// themselves, so they are recognised among the capitalised words rather than searched for.
const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Master', 'Mstr', 'Sr', 'Sra', 'Srta', 'Don', 'Doña', 'Mme', 'Mlle', 'Herr', 'Frau'];
const PROVIDER_TITLES = ['Dr', 'Doctor', 'Prof', 'Professor', 'Dra'];
interface Title {
  title: string;
  /** Whether it introduces a clinician. */
  provider: boolean;
}
const TITLES: readonly Title[] = [...HONORIFICS.map((title) => ({ title, provider: false })), ...PROVIDER_TITLES.map((title) => ({ title, provider: true }))];
/**
 * Index + 1 in TITLES of the title with these first two letters and this length (titleKey), 0 for
 * none: no two titles share them, so a word is compared with one title at most, and most with none.
 */
const TITLE_BY_KEY = new Uint8Array(26 * 26 * 16);
TITLES.forEach(({ title }, index) => {
  const key = titleKey(title.charCodeAt(0), title.charCodeAt(1), title.length);
  if (key < 0 || TITLE_BY_KEY[key] !== 0) throw new Error(`title "${title}" needs a key of its own`);
  TITLE_BY_KEY[key] = index + 1;
});
// After a clinician's name: "Ann Lee, MD", "Ann Lee RN", "Ann Lee , DO" (a space before the comma).
const CREDENTIALS = [
  'M\\.?D', 'D\\.?O', 'R\\.?N', 'N\\.?P', 'PA-C', 'PA', 'DDS', 'DMD', 'PhD', 'FNP(?:-BC)?', 'APRN', 'CNM', 'CRNA', 'LPN', 'LCSW', 'MSW', 'PharmD', 'DPM', 'OD',
  'DNP', 'CNP', 'CRNP', 'ANP', 'ACNP', 'AGNP', 'PMHNP', 'CNS', 'MBBS', 'PsyD', 'RPh', 'LMFT', 'LPC', 'DPT', 'OTR',
];
const CREDENTIAL_AFTER = new RegExp(`[ \\t\\u00a0]*,?[ \\t\\u00a0]*(?:${CREDENTIALS.join('|')})\\b`, 'y');
/** Bit (letter - 'A') of each credential's first letter: the regex runs only after one of them. */
const CREDENTIAL_INITIALS = CREDENTIALS.reduce((bits, credential) => bits | (1 << (credential.charCodeAt(0) - 65)), 0);
/** How many blanks and commas after a name credentialFollows skips before the credential. */
const CREDENTIAL_REACH = 4;
// Words before a person: relatives (kin-words.ts), then the patient and other contacts (English, Spanish, French, German).
const KIN_CUE_WORDS = KIN_WORDS.join('|');
// A greeting names the person greeted: "Welcome, Lucinda!", "Hi Ann,", "Dear Ann".
const OTHER_CUE_WORDS = 'patient|pt\\.?|guardian|caregiver|guarantor|subscriber|insured|emergency contact|next of kin|contact|friend|neighbor|roommate|paciente|welcome|hello|hi|dear';
const PERSON_CUE_WORDS = `${KIN_CUE_WORDS}|${OTHER_CUE_WORDS}`;
// After the cue: spaces, a mark and spaces, or an opening parenthesis ("granddaughter (Ximena)").
// Group 1 is set when the cue is a relative.
const PERSON_CUE = new RegExp(
  `(?:(${KIN_CUE_WORDS})|${OTHER_CUE_WORDS})(?:['’]s)?(?:[ \\t\\u00a0]*\\([ \\t\\u00a0]*|(?:[ \\t\\u00a0]*[:,\\-–—])?[ \\t\\u00a0]+)(?:(?:is|named|called|was)[ \\t\\u00a0]+){0,2}`,
  'gi',
);
/** What cueAt finds before a name. */
const NO_CUE = 0;
const OTHER_CUE = 1;
const KIN_CUE = 2;
// The last word of each cue (and the verbs that may follow one): a name word preceded by none of
// these cannot follow a cue, which saves running PERSON_CUE over the whole text.
const CUE_LAST_WORD_LIST = PERSON_CUE_WORDS.replace(/\\\.\?/g, '')
  .split('|')
  .map((cue) => cue.split(/[ -]/).pop()!)
  .concat(['is', 'named', 'called', 'was']);
const CUE_LAST_WORDS = FoldedWordTable.of(CUE_LAST_WORD_LIST);
/**
 * The last three letters of each of those words (endingKey: "ife" of "wife"; a letter beyond ASCII,
 * "è" of "père", and the missing third letter of "is" count as "other"): a word ending otherwise is
 * no cue, which three character reads tell before the word is read back.
 */
const CUE_ENDINGS = new Uint8Array(27 * 27 * 27);
for (const word of CUE_LAST_WORD_LIST) {
  const key = endingKey(word.charCodeAt(word.length - 3), word.charCodeAt(word.length - 2), word.charCodeAt(word.length - 1));
  if (key < 0) throw new Error(`cue word "${word}" must end in two letters`);
  CUE_ENDINGS[key] = 1;
}
/** How far before a name a cue may start ("next of kin: " plus "is named "). */
const CUE_REACH = 40;
/** A longer word before a name is no cue's last word (the longest, possessive included: "granddaughter's"). */
const LONGEST_CUE_WORD = 16;
// "<name> is a 72-year-old": tried after each name word followed by a space and "is", "wa" or "es".
const AGE_INTRO_AT = /(?:is|was|es|est|ist)[ \t\u00a0]+(?:an?|un|une|ein|eine)[ \t\u00a0]+\d{1,3}[ \t\u00a0-]*(?:years?|yrs?|yo\b|y\/o|y\.o|months?|weeks?|days?|año|ans|jahre)/iy;

export interface NameFindings {
  /** Clinicians' names, kept apart so policy can mask or spare them. */
  providers: SpanSink;
}

/**
 * Finds person names from, in order of strength: honorifics, words that introduce a person
 * ("wife", "Pt", "Emergency contact"), "X is a 72-year-old", and census first + last name pairs.
 * `words` are the text's capitalised words (findNameWords).
 */
export function findNames(text: string, words: NameWords, sink: SpanSink, findings: NameFindings): void {
  findAfterCues(text, words, sink, findings);
  findBeforeAgeIntro(text, words, sink);
  findDictionaryNames(text, words, sink, findings);
  findNewbornNames(text, sink);
}

/** "Baby Girl Guidry", "BABY BOY A PAGE", "Baby Boy Twin B Sisavath": how hospitals name a newborn until the birth certificate. */
const NEWBORN_NAME_AT = /(?:Baby|BABY|Infant|INFANT)[ \t\u00a0]+(?:Boy|Girl|BOY|GIRL)(?:[ \t\u00a0]+(?:Twin[ \t\u00a0]+|TWIN[ \t\u00a0]+)?[A-D](?![\w.]))?[ \t\u00a0]+/y;

function findNewbornNames(text: string, sink: SpanSink): void {
  for (const word of ['aby ', 'ABY ', 'nfant ', 'NFANT ']) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const start = at - 1;
      if (isWordCode(text.charCodeAt(start - 1))) continue;
      NEWBORN_NAME_AT.lastIndex = start;
      if (!NEWBORN_NAME_AT.test(text)) continue;
      // The family name follows, whatever word it is ("Baby Boy A Page"): one word, hyphens included.
      NAME_WORD_AT.lastIndex = NEWBORN_NAME_AT.lastIndex;
      if (NAME_WORD_AT.test(text)) addSpan(sink, start, NAME_WORD_AT.lastIndex, 'NAME', 0.9);
    }
  }
}

/** Reads up to `maxWords` name words from `start`: the words and where the last one ends. */
export function readNameWords(text: string, start: number, maxWords: number): { end: number; words: string[] } {
  const count = readNames(text, start, maxWords, false, true);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(text.slice(readStarts[i], bareEnd(text, readEnds[i]!)));
  return { end: count > 0 ? readEnds[count - 1]! : start, words };
}

/**
 * Where each word the last readNames read starts and ends (an initial's period included). Reused
 * by every read, which its caller consumes at once: no allocation per read.
 */
let readStarts = new Int32Array(8);
let readEnds = new Int32Array(8);

/**
 * readNameWords without a string per word: the words go to readStarts and readEnds; returns how many.
 * A stop word that is also a common surname ("Ward", "White") is read after another name word, first
 * when "Surname, Given" follows, and first after a title when `surnameFirst` ("Mrs. White").
 */
function readNames(text: string, start: number, maxWords: number, surnameFirst: boolean, inField = false): number {
  if (maxWords > readStarts.length) {
    readStarts = new Int32Array(maxWords);
    readEnds = new Int32Array(maxWords);
  }
  let count = 0;
  let position = start;
  while (count < maxWords) {
    NAME_WORD_AT.lastIndex = position;
    if (!NAME_WORD_AT.test(text)) break;
    const end = NAME_WORD_AT.lastIndex;
    const bare = bareEnd(text, end);
    const hash = foldedHash(text, position, bare, true);
    if (isEponymUseAt(text, position, bare, hash)) break;
    if (
      isStopWordAt(text, position, bare, hash) &&
      !((count > 0 || surnameFirst || givenFollows(text, end)) && isSurnameStopWordAt(text, position, bare, hash)) &&
      // In a name field a census name between two name words is a name's ("Wai Man Chen", "Mary Will Ortiz").
      !(inField && count > 0 && (isFirstNameAt(text, position, bare, hash) || isLastNameAt(text, position, bare, hash)) && nameWordFollows(text, end))
    ) {
      break;
    }
    readStarts[count] = position;
    readEnds[count++] = end;
    position = nameGapEnd(text, end);
    if (position < 0) break;
  }
  // A trailing lone initial belongs to the next sentence more often than to the name.
  while (count > 1 && bareEnd(text, readEnds[count - 1]!) - readStarts[count - 1]! === 1) count--;
  return count;
}

/** Whether a name word that is neither a stop word nor an eponym used as a term follows the word ending at `end`. */
function nameWordFollows(text: string, end: number): boolean {
  return nextNameWordEnd(text, end, true) >= 0;
}

/** Where the name word after the word ending at `end` ends, if one follows and is no stop word (nor, if asked, an eponym used as a term); else -1. */
function nextNameWordEnd(text: string, end: number, noEponym: boolean): number {
  const next = nameGapEnd(text, end);
  if (next < 0) return -1;
  NAME_WORD_AT.lastIndex = next;
  if (!NAME_WORD_AT.test(text)) return -1;
  const nextEnd = NAME_WORD_AT.lastIndex;
  const bare = bareEnd(text, nextEnd);
  const hash = foldedHash(text, next, bare, true);
  return isStopWordAt(text, next, bare, hash) || (noEponym && isEponymUseAt(text, next, bare, hash)) ? -1 : nextEnd;
}

/** Whether ", Given" follows a word ending at `end`: a comma, 1-3 blanks and a name word that is no stop word ("Ward, Room 4" is a place). */
function givenFollows(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  const start = end + 1 + countSpaces(text, end + 1, end + 1 + GAP_SPACES);
  if (start === end + 1 || !isUpperLetterCode(text.charCodeAt(start))) return false;
  NAME_WORD_AT.lastIndex = start;
  if (!NAME_WORD_AT.test(text)) return false;
  const given = bareEnd(text, NAME_WORD_AT.lastIndex);
  return given - start > 1 && !isStopWordAt(text, start, given, foldedHash(text, start, given, true));
}

/** Where a word read by readNames ends without an initial's period. */
function bareEnd(text: string, end: number): number {
  return text.charCodeAt(end - 1) === 46 ? end - 1 : end;
}

/** Where the gap after a name word ends (1-3 spaces, or a particle between spaces), or -1 if none follows. */
function nameGapEnd(text: string, from: number): number {
  const at = from + countSpaces(text, from, from + GAP_SPACES);
  if (at === from) return -1;
  const end = particleEnd(text, at);
  return end >= 0 ? end : at;
}

/** Where a name's leading particle and the spaces after it end ("de la Cruz"), or `start` when it has none. */
export function leadingParticleEnd(text: string, start: number): number {
  const end = particleEnd(text, start);
  return end >= 0 && isUpperLetterCode(text.charCodeAt(end)) ? end : start;
}

/** Where a particle written in any case ends a word before `start` ("DE SOUZA, ISABEL"), or `start` when none does. */
function particleStartBefore(text: string, start: number): number {
  const at = skipBlanksBack(text, start, start - GAP_SPACES);
  if (at === start) return start;
  for (const particle of NAME_PARTICLES) {
    const particleStart = at - particle.length;
    if (particleStart >= 0 && !isWordCode(text.charCodeAt(particleStart - 1)) && text.slice(particleStart, at).toLowerCase() === particle) return particleStart;
  }
  return start;
}

/** Where a particle at `at` and the 1-3 spaces after it end, or -1 if none is there. */
function particleEnd(text: string, at: number): number {
  const code = text.charCodeAt(at) - 97;
  if (code >= 0 && code <= 25 && (PARTICLE_INITIALS >> code) & 1) {
    for (const particle of NAME_PARTICLES) {
      const end = text.startsWith(particle, at) ? spacesAfterEnd(text, at + particle.length) : -1;
      if (end >= 0) return end;
    }
  }
  return caselessParticleEnd(text, at);
}

/** Where the 1-3 spaces after a particle ending at `at` end, or -1 when none follows. */
function spacesAfterEnd(text: string, at: number): number {
  const spaces = countSpaces(text, at, at + GAP_SPACES);
  return spaces > 0 ? at + spaces : -1;
}

/**
 * Malay "binti" (daughter of) and the Malaysian Indian "a/l", "a/p" (son, daughter of): particles
 * in any case, as identity cards print names in capitals ("NORAINI BINTI YUSOF", "MUNIANDY A/L
 * KRISHNAN"). The others above only in lower case: "DE", "LA", "Y" are also words, and "S/O" is a
 * relationship field's value ("Relation: S/O Vasant Bhosale").
 */
const CASELESS_PARTICLES = ['binti', 'bte', 'a/l', 'a/p'];

function caselessParticleEnd(text: string, at: number): number {
  // Each has a "/" second or starts with "b": one test rules most words out.
  if (text.charCodeAt(at + 1) !== 47 && (text.charCodeAt(at) | 0x20) !== 98) return -1;
  for (const particle of CASELESS_PARTICLES) {
    const end = endsWithWord(text, at + particle.length, particle, at) ? spacesAfterEnd(text, at + particle.length) : -1;
    if (end >= 0) return end;
  }
  return -1;
}

/** Names after an honorific ("Mrs. Ann Lee"), a clinician's title ("Dr. Lee") or a person cue ("wife Ann Lee"). */
function findAfterCues(text: string, words: NameWords, sink: SpanSink, findings: NameFindings): void {
  const { starts, ends } = words;
  let titleUntil = 0;
  let cueUntil = 0;
  for (let i = 0; i < words.count; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    const title = start >= titleUntil ? titleAt(text, words, i) : undefined;
    if (title) {
      const afterTitle = end + (text.charCodeAt(end) === 46 ? 1 : 0);
      const spaces = countSpaces(text, afterTitle, text.length);
      const nameEnd = spaces > 0 ? nameAt(text, afterTitle + spaces, false) : -1;
      if (nameEnd >= 0) {
        addSpan(title.provider ? findings.providers : sink, start, nameEnd, 'NAME', 0.9);
        titleUntil = nameEnd;
      }
      continue;
    }
    if (start < cueUntil || !followsCueWord(text, start)) continue;
    const cue = cueEndingAt(text, start, cueUntil);
    if (cue === NO_CUE) continue;
    cueUntil = start;
    const nameEnd = nameAt(text, start, true, cue === KIN_CUE);
    if (nameEnd < 0) continue;
    cueUntil = nameEnd;
    // "Established Patient Ann Lee, PA-C" is the clinician seen.
    if (credentialFollows(text, nameEnd)) {
      addSpan(findings.providers, start, nameEnd, 'NAME', 0.8);
      continue;
    }
    // A relative named by a census first name alone ("his daughter Kiley") is a name the page may
    // repeat alone ("Kiley can be reached at ..."): confident enough to be an anchor for propagation.
    const kinFirstName = cue === KIN_CUE && nameEnd === end && isFirstNameWord(text, words, i);
    addSpan(sink, start, nameEnd, 'NAME', kinFirstName ? KIN_NAME_CONFIDENCE : 0.8);
  }
}

/**
 * The title that word `index` is, if any. Titles are case-sensitive: "MR" is more often magnetic
 * resonance than Mister, "DR" diabetic retinopathy; in capitals only with their period and a name
 * in capitals after it ("DR. JUNE MASON").
 */
function titleAt(text: string, words: NameWords, index: number): Title | undefined {
  const start = words.starts[index]!;
  const end = words.ends[index]!;
  const capitals = isUpperLetterCode(text.charCodeAt(start + 1));
  if (capitals && (text.charCodeAt(end) !== 46 || !isUpperLetterCode(text.charCodeAt(skipBlanks(text, end + 1) + 1)))) return undefined;
  const key = titleKey(text.charCodeAt(start), text.charCodeAt(start + 1) | (capitals ? 0x20 : 0), end - start);
  const titleIndex = key < 0 ? 0 : TITLE_BY_KEY[key]!;
  if (titleIndex === 0) return undefined;
  const title = TITLES[titleIndex - 1]!;
  return (capitals ? text.slice(start, end) === title.title.toUpperCase() : text.startsWith(title.title, start)) ? title : undefined;
}

/** Where a word of this capital (A-Z), second letter (a-z) and length is in TITLES, or -1 if no title can be there. */
function titleKey(capital: number, second: number, length: number): number {
  const row = capital - 65;
  const column = second - 97;
  return row >= 0 && row < 26 && column >= 0 && column < 26 && length < 16 ? (row * 26 + column) * 16 + length : -1;
}

/** A relative's name after a kin cue: the anchor confidence (propagate.ts). */
const KIN_NAME_CONFIDENCE = 0.85;

/** Most words of a name after a title or cue. */
const CUE_NAME_WORDS = 4;

/**
 * Where the name read at `nameStart` after a cue ends, if it is one (at least one word of two letters
 * or more), else -1. After a relative's cue one word need not be a census name ("his son João").
 */
function nameAt(text: string, nameStart: number, needsEvidence: boolean, afterKin = false): number {
  const count = readNames(text, nameStart, CUE_NAME_WORDS, !needsEvidence);
  if (count === 0) return -1;
  const firstEnd = bareEnd(text, readEnds[0]!);
  if (firstEnd - nameStart < 2) return -1;
  // A word a colon follows is a label, not a name: "may contact Branch: 800-...".
  if (needsEvidence && text.charCodeAt(readEnds[count - 1]!) === 58) return -1;
  // "patient Smith" is strong only with a second word or a census name: "Patient Portal" is not a
  // person. So is a word the cue puts in parentheses alone: "granddaughter (Ximena)".
  if (needsEvidence && count < 2 && !afterKin && !(text.charCodeAt(nameStart - 1) === 40 && text.charCodeAt(firstEnd) === 41)) {
    const hash = foldedHash(text, nameStart, firstEnd, true);
    if (!isFirstNameAt(text, nameStart, firstEnd, hash) && !isLastNameAt(text, nameStart, firstEnd, hash)) return -1;
  }
  const end = readEnds[count - 1]!;
  return count === 1 && text.charCodeAt(end) === 44 ? givenAfterComma(text, end) : end;
}

/**
 * "Patient Smith, John": after a cue's one word and a comma, a census first name (with its middle
 * initial) is the given name; where the name ends, `comma` when none follows ("Pt Smith, Room 4").
 */
function givenAfterComma(text: string, comma: number): number {
  const start = skipBlanks(text, comma + 1);
  if (start - comma > GAP_SPACES + 1) return comma;
  NAME_WORD_AT.lastIndex = start;
  if (!NAME_WORD_AT.test(text)) return comma;
  const end = bareEnd(text, NAME_WORD_AT.lastIndex);
  return isFirstNameAt(text, start, end, foldedHash(text, start, end, true)) ? middleInitialEnd(text, end) : comma;
}

/** Cheap test: is the word before `start` (past spaces and one punctuation mark) the last word of a cue? */
function followsCueWord(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && isBlankCode(text.charCodeAt(i - 1))) i--;
  const mark = text.charCodeAt(i - 1);
  // A name comes after a space, or straight after an opening parenthesis.
  if (i === start && mark !== 40) return false;
  // : , ( - . – —
  if (mark === 58 || mark === 44 || mark === 40 || mark === 45 || mark === 46 || mark === 0x2013 || mark === 0x2014) {
    i--;
    while (i > 0 && isBlankCode(text.charCodeAt(i - 1))) i--;
  }
  if (!mayEndCueWord(text, i)) return false;
  let wordStart = i;
  while (wordStart > 0 && i - wordStart <= LONGEST_CUE_WORD && isCueWordCode(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === i || i - wordStart > LONGEST_CUE_WORD) return false;
  // A possessive cue: "patient's".
  if (i - wordStart > 2 && (text.charCodeAt(i - 1) | 0x20) === 0x73 && isApostropheCode(text.charCodeAt(i - 2))) i -= 2;
  return CUE_LAST_WORDS.mayHave(foldedHash(text, wordStart, i));
}

/** Whether the word ending at `end` ends as a cue's last word does (CUE_ENDINGS), or in a possessive "'s". */
function mayEndCueWord(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  const before = text.charCodeAt(end - 2);
  if ((last | 0x20) === 0x73 && isApostropheCode(before)) return true;
  const key = endingKey(text.charCodeAt(end - 3), before, last);
  return key >= 0 && CUE_ENDINGS[key] === 1;
}

/** The index in CUE_ENDINGS of a word's last three characters, or -1 unless the last two are letters. */
function endingKey(third: number, second: number, last: number): number {
  const a = endingLetterIndex(third);
  const b = endingLetterIndex(second);
  const c = endingLetterIndex(last);
  return b < 0 || c < 0 ? -1 : ((a < 0 ? 26 : a) * 27 + b) * 27 + c;
}

/** 0-25 for an ASCII letter in either case, 26 for a letter beyond ASCII, else -1 (NaN, before the text, included). */
function endingLetterIndex(code: number): number {
  const lower = code | 0x20;
  if (code < 128) return lower >= 97 && lower <= 122 ? lower - 97 : -1;
  return code >= 0xc0 && isWordCode(code) ? 26 : -1;
}

/** A character of the word followsCueWord reads back: a word character or an apostrophe. */
function isCueWordCode(code: number): boolean {
  return isWordCode(code) || isApostropheCode(code);
}

function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** The person cue starting at or after `from` that ends exactly at `nameStart`: KIN_CUE, OTHER_CUE or NO_CUE. */
function cueEndingAt(text: string, nameStart: number, from: number): number {
  PERSON_CUE.lastIndex = Math.max(from, nameStart - CUE_REACH);
  for (let m = PERSON_CUE.exec(text); m && m.index < nameStart; m = PERSON_CUE.exec(text)) {
    // "DTR" in capitals is an exam's deep tendon reflexes ("DTR Symmetric"); "dtr" a daughter.
    if (m[1] === 'DTR') continue;
    if (PERSON_CUE.lastIndex === nameStart && !isWordCode(text.charCodeAt(m.index - 1))) return m[1] !== undefined ? KIN_CUE : OTHER_CUE;
  }
  return NO_CUE;
}

/** "Sumiko Larue is a 34 year-old": up to four name words just before the introduction. */
function findBeforeAgeIntro(text: string, words: NameWords, sink: SpanSink): void {
  const { starts, ends } = words;
  for (let last = 0; last < words.count; last++) {
    const end = ends[last]!;
    let intro = end;
    while (intro < text.length && isWhitespaceCode(text.charCodeAt(intro))) intro++;
    if (intro === end) continue;
    // The regex only where "is", "wa" or "es" starts (is, was, es, est, ist), in either case.
    const first = text.charCodeAt(intro) | 0x20;
    const second = text.charCodeAt(intro + 1) | 0x20;
    if (first === 0x77 ? second !== 0x61 : (first !== 0x69 && first !== 0x65) || second !== 0x73) continue;
    AGE_INTRO_AT.lastIndex = intro;
    if (!AGE_INTRO_AT.test(text)) continue;
    // Walk back over the name words just before "is a NN-year-old", apart by spaces or an initial.
    let start = starts[last]!;
    for (let i = last - 1; i >= 0 && i > last - 4; i--) {
      if (!joins(text, ends[i]!, start, false)) break;
      if (isStopWordAt(text, starts[i]!, ends[i]!, wordHash(words, text, i))) break;
      start = starts[i]!;
    }
    if (!isStopWordAt(text, starts[last]!, end, wordHash(words, text, last))) addSpan(sink, start, end, 'NAME', 0.85);
  }
}

/** Census first name followed (within four words) by a census surname, "Surname, First", or "the Surname family". */
function findDictionaryNames(text: string, words: NameWords, sink: SpanSink, findings: NameFindings): void {
  const run: number[] = [];
  let length = 0;
  for (let i = 0; i <= words.count; i++) {
    if (i < words.count) {
      if (isFamilyAfter(text, words.ends[i]!) && isLastNameWord(text, words, i) && isUsable(text, words, i)) emit(text, words.starts[i]!, words.ends[i]!, sink, findings);
      const before = text.charCodeAt(words.starts[i]! - 1);
      // A name part after a hyphen or apostrophe is not a new word ("Smith-Jones" is read whole).
      if (before === 45 || before === 39) continue;
      const previousEnd = length > 0 ? words.ends[run[length - 1]!]! : -1;
      // A record field's label ends the run before it: "Reza Moradi DOB ..." (matchRunEnd reads it there).
      if (length > 0 && joins(text, previousEnd, words.starts[i]!, length === 1) && !recordFieldsAt(text, words.starts[i]!)) {
        run[length++] = i;
        continue;
      }
      // "Patient SMITH, JOHN": a comma after a later word of the run starts a "SURNAME, FIRST" run
      // there, in capitals ("Calle Sol, Santa Fe" is a place) or before a patient row's fields
      // ("Routine Ghorbani, Maryam DOB ...").
      const surname = run[length - 1]!;
      if (
        length > 1 &&
        text.charCodeAt(previousEnd) === 44 &&
        joins(text, previousEnd, words.starts[i]!, true) &&
        ((isUpperCaseWord(text, words, surname) && isUpperCaseWord(text, words, i)) || recordFieldsAfterGiven(text, words.ends[i]!) >= 0)
      ) {
        matchRun(text, words, run, length, sink, findings);
        matchRunEnd(text, words, run, length, sink, findings);
        run[0] = surname;
        run[1] = i;
        length = 2;
        continue;
      }
    }
    if (length >= 2) {
      matchRun(text, words, run, length, sink, findings);
      matchRunEnd(text, words, run, length, sink, findings);
    }
    run[0] = i;
    length = 1;
  }
}

/** Whether " family" follows `end` ("the Kowalczyk family"), in lower case as prose writes it. */
function isFamilyAfter(text: string, end: number): boolean {
  return text.charCodeAt(end + 1) === 102 && text.charCodeAt(end) === 32 && text.startsWith('family', end + 1) && !isWordCode(text.charCodeAt(end + 7));
}

/** Whether the gap [from, to) joins two name words: 1-3 spaces, an initial or a particle between spaces, or (first pair only) a comma. */
function joins(text: string, from: number, to: number, allowComma: boolean): boolean {
  const length = to - from;
  if (length < 1 || length > 9) return false;
  let i = from;
  if (allowComma && text.charCodeAt(i) === 44) i++;
  const spaces = countSpaces(text, i, to);
  // "CHEN,JIAN" (VistA): no blank is needed after the comma.
  if ((spaces === 0 && i === from) || spaces > 3) return false;
  i += spaces;
  if (i === to) return true;
  if (i > from + spaces) return false; // after a comma only spaces may follow
  // "Pérez de León", "Rigoberto de la Cruz": a particle between spaces.
  if (particleEnd(text, i) === to) return true;
  const code = text.charCodeAt(i);
  if (!(code >= 65 && code <= 90) && !(code >= 0xc0 && code <= 0xde && code !== 0xd7)) return false;
  i++;
  if (text.charCodeAt(i) === 46) i++;
  const trailing = countSpaces(text, i, to);
  return trailing >= 1 && trailing <= 3 && i + trailing === to;
}

function countSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isBlankCode(text.charCodeAt(i))) i++;
  return i - from;
}

/** Dictionary names in the first `length` words of `run` (indices into `words`). */
function matchRun(text: string, words: NameWords, run: readonly number[], length: number, sink: SpanSink, findings: NameFindings): void {
  for (let i = 0; i < length - 1; i++) {
    const first = run[i]!;
    if (text.charCodeAt(words.ends[first]!) === 44) {
      const end = surnameGivenEnd(text, words, first, run[i + 1]!);
      if (end >= 0) {
        emit(text, particleStartBefore(text, words.starts[first]!), end, sink, findings);
        i++;
      }
      continue;
    }
    // Fewer words are first names than are usable: that is asked first.
    if (!isFirstNameWord(text, words, first) || !isUsable(text, words, first)) continue;
    let last = -1;
    for (let j = i + 1; j < Math.min(length, i + 4) && isSurnamePart(text, words, run[j]!); j++) if (isLastNameWord(text, words, run[j]!)) last = j;
    // "Otis E Bartoletti": a first name and a middle initial say the next word is a surname, census or not.
    const next = run[i + 1]!;
    if (last < 0 && initialBetween(text, words.ends[first]!, words.starts[next]!) && isUsable(text, words, next) && isNameShaped(text, words, next)) last = i + 1;
    if (last < 0) continue;
    emit(text, words.starts[first]!, words.ends[run[last]!]!, sink, findings);
    i = last;
  }
}

/**
 * Where "Surname, Given" (with its middle initial) ends, or -1 if these two words are not one. The
 * given name is a census one, and the surname is one too or the form says name: both words in
 * capitals ("ZZTEST, BERNADETTE") or an initial after. A given name the census does not know needs
 * the initial and a census surname or capitals ("RATKE, JAZMYN B", "Ward, Kaden A"). Either way a
 * date of birth or an age after it says name when one of the words is a census name ("Mante, Cole
 * (08/11/1992)", "Spinka, Cole G M, 86 Y"; not "Metoprolol, Tartrate (03/08/1990)").
 */
function surnameGivenEnd(text: string, words: NameWords, surname: number, given: number): number {
  if (!isSurnamePart(text, words, surname)) return -1;
  const givenKnown = isFirstNameWord(text, words, given);
  // A given name that is a stop word must be a census first name and a common surname: "KOSS, WARD".
  if (!isUsable(text, words, given) && !(givenKnown && isSurnamePart(text, words, given))) return -1;
  const end = middleInitialEnd(text, words.ends[given]!);
  const initial = end > words.ends[given]!;
  const capitals = isUpperCaseWord(text, words, surname) && isUpperCaseWord(text, words, given);
  if (givenKnown && (initial || capitals || isLastNameWord(text, words, surname))) return end;
  if (!isNameShaped(text, words, surname) || !isNameShaped(text, words, given)) return -1;
  const surnameKnown = isLastNameWord(text, words, surname);
  if (!givenKnown && initial && (capitals || surnameKnown)) return end;
  // Neither word in the census at all is more often a drug or a test than a person, unless a
  // patient row's own fields follow: "Yarlagadda, Lakshmi Prasanna · DOB ...", "Krawczyk, Grzegorz · M · 69".
  // In capitals both words need only be spelled like names: "IONESCU, MIHAELA 10/17/1932".
  const known = givenKnown || surnameKnown || isLastNameWord(text, words, given);
  if ((known || (capitals && spelledLikeName(2, (k) => wordShape(text, words, k === 0 ? surname : given), BESIDE_RECORD_FIELDS))) && demographicFollows(text, end, true)) return end;
  return isUsable(text, words, surname) ? recordFieldsAfterGiven(text, end) : -1;
}

/** Most separators between a name and the record fields after it on one line. */
const MOST_FIELD_SEPARATORS = 5;
/** Most blanks on either side of a block break between a name line and its fields. */
const MOST_BREAK_BLANKS = 3;

/**
 * Where the record fields after a name ending at `end` would start, or -1: past 1-5 blanks and the
 * separators rows use (· • | , -), or past the end of the name's block (BLOCK_SEPARATOR): a card's
 * or a band's name line above its "DOB ..." line. A loop, not a regex: it runs at the end of every
 * run of name words.
 */
function fieldsStart(text: string, end: number): number {
  let i = end;
  while (i < end + MOST_FIELD_SEPARATORS && isFieldSeparatorCode(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 10) return i > end ? i : -1;
  i = end;
  while (i < end + MOST_BREAK_BLANKS && isBlankCode(text.charCodeAt(i))) i++;
  if (!text.startsWith(BLOCK_SEPARATOR, i)) return -1;
  return skipBlanks(text, i + BLOCK_SEPARATOR.length);
}

function isFieldSeparatorCode(code: number): boolean {
  return isBlankCode(code) || code === 0xb7 || code === 0x2022 || code === 124 || code === 44 || code === 45;
}

/**
 * A patient row's own fields: a date of birth's or record number's label, the sex and then an age
 * or such a label ("M · 85y", "Male · DOB"), or an age and then the sex ("52y M", "95F").
 */
const RECORD_FIELDS_AT =
  /(?:DOB|D\.O\.B\.?|MRN|MR#|Born)(?![A-Za-z])|(?:[MF]|Male|Female)[ \t\u00a0·•|,-]{1,5}(?:\d{1,3}(?![\d/.:])|(?:DOB|D\.O\.B|MRN)(?![a-z]))|\d{1,3}[ \u00a0]?(?:y|yo|yrs?)?[ \u00a0]?[MF](?![A-Za-z])/y;

/** Where a given name ending at `end`, or one more name word after it, ends when RECORD_FIELDS_AT follows; else -1. */
function recordFieldsAfterGiven(text: string, end: number): number {
  if (recordFieldsFollow(text, end)) return end;
  const nextEnd = nextNameWordEnd(text, end, false);
  return nextEnd >= 0 && recordFieldsFollow(text, nextEnd) ? nextEnd : -1;
}

function recordFieldsFollow(text: string, end: number): boolean {
  const at = fieldsStart(text, end);
  return at >= 0 && recordFieldsAt(text, at);
}

/** Whether RECORD_FIELDS_AT matches at `at`: tried only at the characters its forms start with (B, D, F, M, a digit). */
function recordFieldsAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code !== 66 && code !== 68 && code !== 70 && code !== 77 && !isDigitCode(code)) return false;
  RECORD_FIELDS_AT.lastIndex = at;
  return RECORD_FIELDS_AT.test(text);
}

/**
 * What only the end of a run of name words tells: a clinician's credential after it ("Talon
 * Turcotte, PA-C", census names or not), or a date of birth or an age after "Given Surname"
 * ("London Spencer, 93Y M") when one of its words is a census name.
 */
function matchRunEnd(text: string, words: NameWords, run: readonly number[], length: number, sink: SpanSink, findings: NameFindings): void {
  const last = run[length - 1]!;
  const lastStart = words.starts[last]!;
  const lastEnd = words.ends[last]!;
  // One look past the run's blanks and commas decides which of the forms below can follow.
  let after = lastEnd;
  while (after < lastEnd + CREDENTIAL_REACH && (isBlankCode(text.charCodeAt(after)) || text.charCodeAt(after) === 44)) after++;
  const next = text.charCodeAt(after);
  const folded = next | 0x20;
  // A credential ends the run after a comma ("Ann Lee, MD") or is its last word ("Ann Lee RN").
  if (next >= 65 && next <= 90 && credentialFollows(text, lastEnd)) providerBefore(text, words, run, length - 1, lastEnd, findings);
  else if (length > 2 && lastEnd - lastStart <= LONGEST_CREDENTIAL && credentialFollows(text, words.ends[run[length - 2]!]!)) providerBefore(text, words, run, length - 2, words.ends[run[length - 2]!]!, findings);
  // "Surname, Given" is matchRun's.
  if (text.charCodeAt(words.ends[run[length - 2]!]!) === 44) return;
  const end = middleInitialEnd(text, lastEnd);
  // A patient row's or card's own fields say name without a census word: "Reza Moradi · M · 85y",
  // "Joost van den Bosch" above "DOB 9/9/1989" ("Surname, Given Middle" is matchRun's).
  if (text.charCodeAt(words.ends[run[0]!]!) !== 44 && recordFieldsFollow(text, end)) {
    nameBefore(text, words, run, length, end, sink, findings, false);
    return;
  }
  const mayFollow = isDigitCode(next) || next === 40 || folded === 0x6d || folded === 0x66 || isUpperLetterCode(next);
  if (!mayFollow && length < 3) return;
  // A relationship after the name says person as a record field does: "Andreea Ionescu (daughter)".
  const relationship = relationshipAfter(text, words, run, length);
  if (relationship >= 2) {
    nameBefore(text, words, run, relationship, words.ends[run[relationship - 1]!]!, sink, findings, false);
    return;
  }
  if (mayFollow && demographicFollows(text, end, false)) nameBefore(text, words, run, length, end, sink, findings);
}

/** Longest credential word ("PharmD", "PMHNP"). */
const LONGEST_CREDENTIAL = 6;

/** A clinician's name: the last 2-3 usable, name-shaped words of run[0, k] (k its last word's index), ending at `end`. */
function providerBefore(text: string, words: NameWords, run: readonly number[], k: number, end: number, findings: NameFindings): void {
  if (k < 1 || !isUsable(text, words, run[k]!)) return;
  let first = k;
  while (first > 0 && k - first < 2 && isUsable(text, words, run[first - 1]!) && isNameShaped(text, words, run[first - 1]!)) first--;
  if (first < k) addSpan(findings.providers, words.starts[run[first]!]!, end, 'NAME', 0.75);
}

/**
 * Emits the last 2-3 words of run[0, length) as a name ending at `end` if they are usable,
 * name-shaped, apart by no comma, and one is a census name; or, when `needsCensusWord` is false
 * (a patient row's own fields follow), if they are spelled like a name (name-shape.ts).
 */
function nameBefore(text: string, words: NameWords, run: readonly number[], length: number, end: number, sink: SpanSink, findings: NameFindings, needsCensusWord = true): void {
  let first = length;
  let known = false;
  while (first > 0 && length - first < 3) {
    const index = run[first - 1]!;
    if (!isUsable(text, words, index) || !isNameShaped(text, words, index) || (first < length && text.charCodeAt(words.ends[index]!) === 44)) break;
    known ||= isFirstNameWord(text, words, index) || isLastNameWord(text, words, index);
    first--;
  }
  if (length - first < 2) return;
  // "Reza Moradi", "Joost van den Bosch"; not "Isolation Precautions | DOB".
  const shapeOf = (k: number) => wordShape(text, words, run[first + k]!);
  if (known || (!needsCensusWord && spelledLikeName(length - first, shapeOf, BESIDE_RECORD_FIELDS))) emit(text, words.starts[run[first]!]!, end, sink, findings);
}

/** How much word `index` is spelled like a name (name-shape.ts). */
function wordShape(text: string, words: NameWords, index: number): number {
  return nameShapeScore(text, words.starts[index]!, words.ends[index]!);
}

// A relationship column or note after a relative's name: "Arno Maggio  Parent", "Bob West (brother)".
const RELATIONSHIP_WORDS = [...KIN_WORDS, 'child', 'guardian'];
const RELATIONSHIPS = FoldedWordTable.of(RELATIONSHIP_WORDS);
/** Longest word in RELATIONSHIPS. */
const LONGEST_RELATIONSHIP = Math.max(...RELATIONSHIP_WORDS.map((word) => word.length));

/**
 * Where the name words of a run end when a relationship follows them: the index in `run` of the
 * relationship word if it is the run's last (capitalised, "Arno Maggio Parent"), `length` if one
 * follows in parentheses ("Bob West (brother)"), else -1.
 */
function relationshipAfter(text: string, words: NameWords, run: readonly number[], length: number): number {
  const last = run[length - 1]!;
  const lastEnd = words.ends[last]!;
  const lastLength = lastEnd - words.starts[last]!;
  if (length >= 3 && lastLength >= 3 && lastLength <= LONGEST_RELATIONSHIP && isRelationshipAt(text, words.starts[last]!, lastEnd, wordHash(words, text, last))) return length - 1;
  const open = lastEnd + countSpaces(text, lastEnd, lastEnd + GAP_SPACES);
  if (open === lastEnd || text.charCodeAt(open) !== 40) return -1;
  // The relationship starts the brackets and may go on: "(daughter)", "(grandson, lives with pt)", "(daughter-in-law)".
  let close = open + 1;
  while (close - open <= LONGEST_RELATIONSHIP && endingLetterIndex(text.charCodeAt(close)) >= 0) close++;
  if (!RELATIONSHIP_CLOSERS.includes(text[close] ?? '\n')) return -1;
  return isRelationshipAt(text, open + 1, close, foldedHash(text, open + 1, close, true)) ? length : -1;
}

/** What may follow the relationship word in brackets after a name. */
const RELATIONSHIP_CLOSERS = '),;/-';

function isRelationshipAt(text: string, start: number, end: number, hash: number): boolean {
  return RELATIONSHIPS.mayHave(hash) && RELATIONSHIPS.hasWordAt(text, start, end, hash);
}

// After a name, what a patient row or banner shows next: a date of birth (in parentheses unless
// after "Surname, Given") or an age, either perhaps after the sex ("(03/08/1990)", ", 93Y M",
// " M, 86 Y", "Male · 38 yrs", "(96 y/o)", ", 42F"), or a record number in brackets ("(MRN 1210671)").
const DEMOGRAPHIC = String.raw`[ \t\u00a0]{0,3},?[ \t\u00a0]{0,3}(?:(?:m|f|male|female)[ \t\u00a0]{0,3}[,|/·]?[ \t\u00a0]{0,3})?(?:\(\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\)|\(?\d{1,3}[ \u00a0]?y(?:rs?|ears?|o|\/o|\.o\.?)?(?![a-z])|\d{1,3}[ \u00a0]?[mf](?![a-z])|\((?:mrn|mr#|id)[ \t\u00a0:#]*[a-z]?\d`;
const DEMOGRAPHIC_AT = new RegExp(`${DEMOGRAPHIC})`, 'iy');
const DEMOGRAPHIC_OR_DATE_AT = new RegExp(`${DEMOGRAPHIC}|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}(?!\\d))`, 'iy');

/** Whether a date of birth or an age follows a name ending at `end` (DEMOGRAPHIC_AT); a bare date too if `bareDate`. */
function demographicFollows(text: string, end: number, bareDate: boolean): boolean {
  let i = end;
  while (i < end + 4 && (isBlankCode(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i++;
  const code = text.charCodeAt(i);
  const lower = code | 0x20;
  // The sex is a letter alone or the whole word: "M, 86 Y", "Male · 38 yrs" (not "for", "mg").
  if (lower === 0x6d || lower === 0x66) {
    if (isWordCode(text.charCodeAt(i + 1)) && (text.charCodeAt(i + 1) | 0x20) !== 0x61 && (text.charCodeAt(i + 1) | 0x20) !== 0x65) return false;
  } else if (!isDigitCode(code) && code !== 40) return false;
  const pattern = bareDate ? DEMOGRAPHIC_OR_DATE_AT : DEMOGRAPHIC_AT;
  pattern.lastIndex = end;
  return pattern.test(text);
}

/** Whether the gap [from, to) between two name words holds an initial ("Otis E Bartoletti"). */
function initialBetween(text: string, from: number, to: number): boolean {
  const at = from + countSpaces(text, from, to);
  return at < to && isUpperLetterCode(text.charCodeAt(at));
}

/** Whether word `index` has a vowel (or a letter beyond ASCII), as a name does and "CBC" does not. */
function isNameShaped(text: string, words: NameWords, index: number): boolean {
  for (let i = words.starts[index]!; i < words.ends[index]!; i++) {
    const code = text.charCodeAt(i);
    const letter = (code | 0x20) - 97;
    if (code >= 0xc0 || (letter >= 0 && letter < 26 && (VOWELS >> letter) & 1)) return true;
  }
  return false;
}

/** Bits (letter - 'a') of a, e, i, o, u, y. */
const VOWELS = (1 << 0) | (1 << 4) | (1 << 8) | (1 << 14) | (1 << 20) | (1 << 24);

/** A word that may be a surname: usable, or a stop word that is also a common surname ("Ward", "White"). */
function isSurnamePart(text: string, words: NameWords, index: number): boolean {
  const start = words.starts[index]!;
  const end = words.ends[index]!;
  const hash = wordHash(words, text, index);
  if (isEponymUseAt(text, start, end, hash)) return false;
  return !isStopWordAt(text, start, end, hash) || isSurnameStopWordAt(text, start, end, hash);
}

/** Whether word `index` is written in capitals: a name word in capitals ends with one, a capitalised one never does. */
function isUpperCaseWord(text: string, words: NameWords, index: number): boolean {
  return isUpperLetterCode(text.charCodeAt(words.ends[index]! - 1));
}

function isFirstNameWord(text: string, words: NameWords, index: number): boolean {
  return isFirstNameAt(text, words.starts[index]!, words.ends[index]!, wordHash(words, text, index));
}

function isLastNameWord(text: string, words: NameWords, index: number): boolean {
  return isLastNameAt(text, words.starts[index]!, words.ends[index]!, wordHash(words, text, index));
}

/** A word that may be part of a dictionary name: not clinical vocabulary, not an eponym used as a term. */
function isUsable(text: string, words: NameWords, index: number): boolean {
  const start = words.starts[index]!;
  const end = words.ends[index]!;
  const hash = wordHash(words, text, index);
  return !isStopWordAt(text, start, end, hash) && !isEponymUseAt(text, start, end, hash);
}

function emit(text: string, start: number, end: number, sink: SpanSink, findings: NameFindings): void {
  addSpan(credentialFollows(text, end) ? findings.providers : sink, start, end, 'NAME', 0.75);
}

/** Whether a credential (", MD", " , DO") follows a name ending at `end`: CREDENTIAL_AFTER, tried only after a credential's first letter. */
function credentialFollows(text: string, end: number): boolean {
  let i = end;
  while (i < end + CREDENTIAL_REACH && (isBlankCode(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i++;
  const letter = text.charCodeAt(i) - 65;
  if (letter < 0 || letter > 25 || ((CREDENTIAL_INITIALS >> letter) & 1) === 0) return false;
  // Every credential's second character is a capital, a period, "h" (PhD, PharmD) or "s" (PsyD):
  // the next word of a name ("Ann Lee") is ruled out without the regex.
  const second = text.charCodeAt(i + 1);
  if (!isUpperLetterCode(second) && second !== 46 && second !== 104 && second !== 115) return false;
  CREDENTIAL_AFTER.lastIndex = end;
  return CREDENTIAL_AFTER.test(text);
}
