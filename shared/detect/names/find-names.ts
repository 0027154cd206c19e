import { addSpan, foldedHash, isWhitespaceCode, isWordChar, UPPER, type SpanSink } from '../span';
import { isEponymUse, isStopWord, STOP_WORDS } from '../stoplist';
import { isFirstName, isFirstNameKey, isLastName, isLastNameKey } from './name-dictionary';
import { NAME_WORD_AT, wordKey, type NameWords } from './name-words';

const NAME_GAP_AT = /[ \t\u00a0]{1,3}(?:(?:de la|de|del|van der|van|von|der|den|da|di|du|le|la|bin|ibn|al|el|y)[ \t\u00a0]{1,3})?/y;
const SPACE_ONLY = /^[ \t\u00a0]{1,3}$/;
const SPACE_INITIAL = new RegExp(`^[ \\t\\u00a0]{1,3}[${UPPER}]\\.?[ \\t\\u00a0]{1,3}$`);

// Words that put a person's name after them. Honorifics and titles are name-shaped words
// themselves, so they are recognised among the capitalised words rather than searched for.
const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Master', 'Mstr', 'Sr', 'Sra', 'Srta', 'Don', 'Doña', 'Mme', 'Mlle', 'Herr', 'Frau'];
const PROVIDER_TITLES = ['Dr', 'Doctor', 'Prof', 'Professor', 'Dra'];
/** Each title by its folded hash, with whether it introduces a clinician. */
const TITLES = new Map<number, { title: string; provider: boolean }>();
for (const title of HONORIFICS) TITLES.set(hashOf(title), { title, provider: false });
for (const title of PROVIDER_TITLES) TITLES.set(hashOf(title), { title, provider: true });
const CREDENTIAL_AFTER = /^,?[ \t\u00a0]*(?:M\.?D|D\.?O|R\.?N|N\.?P|PA-C|PA|DDS|DMD|PhD|FNP(?:-BC)?|APRN|CNM|CRNA|LPN|LCSW|MSW|PharmD|DPM|OD)\b/;
// Words before a person: the patient, relatives, contacts (English, Spanish, French, German).
const PERSON_CUE_WORDS =
  'patient|pt\\.?|wife|husband|spouse|partner|mother|father|mom|dad|son|daughter|sister|brother|grandmother|grandfather|grandson|granddaughter|aunt|uncle|niece|nephew|cousin|guardian|caregiver|guarantor|subscriber|insured|emergency contact|next of kin|contact|friend|neighbor|roommate|paciente|esposa|esposo|madre|padre|hijo|hija|hermana|hermano|épouse|époux|mère|père|fils|fille|sœur|frère|ehefrau|ehemann|mutter|vater|sohn|tochter|schwester|bruder';
const PERSON_CUE = new RegExp(`(?:${PERSON_CUE_WORDS})(?:['’]s)?(?:[ \\t\\u00a0]*[:,(-])?[ \\t\\u00a0]+(?:(?:is|named|called|was)[ \\t\\u00a0]+)?`, 'gi');
// The last word of each cue (and the verbs that may follow one): a name word preceded by none of
// these cannot follow a cue, which saves running PERSON_CUE over the whole text.
const CUE_LAST_WORDS = new Set(
  PERSON_CUE_WORDS.replace(/\\\.\?/g, '')
    .split('|')
    .map((cue) => hashOf(cue.split(' ').pop()!))
    .concat(['is', 'named', 'called', 'was'].map(hashOf)),
);
/** How far before a name a cue may start ("next of kin: " plus "is named "). */
const CUE_REACH = 40;
// "<name> is a 72-year-old": tried after each name word followed by a space and an i, w or e.
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
}

/** Reads up to `maxWords` name words from `start`: the words and where the last one ends. */
export function readNameWords(text: string, start: number, maxWords: number): { end: number; words: string[] } {
  const words: string[] = [];
  const ends: number[] = [];
  let position = start;
  while (words.length < maxWords) {
    NAME_WORD_AT.lastIndex = position;
    const word = NAME_WORD_AT.exec(text);
    if (!word) break;
    const bare = word[0].endsWith('.') ? word[0].slice(0, -1) : word[0];
    const lower = bare.toLowerCase();
    if (STOP_WORDS.has(lower) || isEponymUse(lower, text, NAME_WORD_AT.lastIndex)) break;
    words.push(bare);
    ends.push(NAME_WORD_AT.lastIndex);
    NAME_GAP_AT.lastIndex = NAME_WORD_AT.lastIndex;
    if (!NAME_GAP_AT.exec(text)) break;
    position = NAME_GAP_AT.lastIndex;
  }
  // A trailing lone initial belongs to the next sentence more often than to the name.
  while (words.length > 1 && words[words.length - 1]!.length === 1) {
    words.pop();
    ends.pop();
  }
  return { end: ends[ends.length - 1] ?? start, words };
}

/** Names after an honorific ("Mrs. Ann Lee"), a clinician's title ("Dr. Lee") or a person cue ("wife Ann Lee"). */
function findAfterCues(text: string, words: NameWords, sink: SpanSink, findings: NameFindings): void {
  let titleUntil = 0;
  let cueUntil = 0;
  for (let i = 0; i < words.count; i++) {
    const start = words.starts[i]!;
    const end = words.ends[i]!;
    const title = start >= titleUntil && end - start <= 9 ? TITLES.get(foldedHash(text, start, end)) : undefined;
    // Titles are case-sensitive: "MR" is more often magnetic resonance than Mister.
    if (title && end - start === title.title.length && text.startsWith(title.title, start)) {
      const afterTitle = end + (text[end] === '.' ? 1 : 0);
      const spaces = countSpaces(text, afterTitle, text.length);
      const name = spaces > 0 ? nameAt(text, afterTitle + spaces) : undefined;
      if (name) {
        addSpan(title.provider ? findings.providers : sink, start, name.end, 'NAME', 0.9);
        titleUntil = name.end;
      }
      continue;
    }
    if (start < cueUntil || !followsCueWord(text, start) || !cueEndsAt(text, start, cueUntil)) continue;
    cueUntil = start;
    const name = nameAt(text, start, true);
    if (!name) continue;
    addSpan(sink, start, name.end, 'NAME', 0.8);
    cueUntil = name.end;
  }
}

/** The name read at `nameStart` after a cue, if it is one: at least one word of two letters or more. */
function nameAt(text: string, nameStart: number, needsEvidence = false): { end: number } | undefined {
  const { end, words } = readNameWords(text, nameStart, 4);
  if (words.length === 0 || words[0]!.length < 2) return undefined;
  // "patient Smith" is strong only with a second word or a census name: "Patient Portal" is not a person.
  if (needsEvidence && words.length < 2 && !words.some((w) => isFirstName(w) || isLastName(w))) return undefined;
  return { end };
}

/** Cheap test: is the word before `start` (past spaces and one punctuation mark) the last word of a cue? */
function followsCueWord(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === start) return false;
  const mark = text[i - 1];
  if (mark === ':' || mark === ',' || mark === '(' || mark === '-' || mark === '.') {
    i--;
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  }
  let wordStart = i;
  while (wordStart > 0 && (isWordChar(text, wordStart - 1) || text[wordStart - 1] === "'" || text[wordStart - 1] === '’')) wordStart--;
  if (wordStart === i || i - wordStart > 16) return false;
  // A possessive cue: "patient's".
  if (i - wordStart > 2 && (text[i - 1] === 's' || text[i - 1] === 'S') && (text[i - 2] === "'" || text[i - 2] === '’')) i -= 2;
  return CUE_LAST_WORDS.has(foldedHash(text, wordStart, i));
}

function hashOf(word: string): number {
  return foldedHash(word, 0, word.length);
}

/** Whether a person cue starting at or after `from` ends exactly at `nameStart`. */
function cueEndsAt(text: string, nameStart: number, from: number): boolean {
  PERSON_CUE.lastIndex = Math.max(from, nameStart - CUE_REACH);
  for (let m = PERSON_CUE.exec(text); m && m.index < nameStart; m = PERSON_CUE.exec(text)) {
    if (PERSON_CUE.lastIndex === nameStart && !isWordChar(text, m.index - 1)) return true;
  }
  return false;
}

/** "Sumiko Larue is a 34 year-old": up to four name words just before the introduction. */
function findBeforeAgeIntro(text: string, words: NameWords, sink: SpanSink): void {
  for (let last = 0; last < words.count; last++) {
    let intro = words.ends[last]!;
    while (intro < text.length && isWhitespaceCode(text.charCodeAt(intro))) intro++;
    const first = text.charCodeAt(intro) | 0x20;
    if (intro === words.ends[last] || (first !== 0x69 && first !== 0x77 && first !== 0x65)) continue;
    AGE_INTRO_AT.lastIndex = intro;
    if (!AGE_INTRO_AT.test(text)) continue;
    // Walk back over the name words just before "is a NN-year-old".
    let start = words.starts[last]!;
    for (let i = last - 1; i >= 0 && i > last - 4; i--) {
      const gap = text.slice(words.ends[i], start);
      if (!SPACE_ONLY.test(gap) && !SPACE_INITIAL.test(gap)) break;
      if (isStopWord(text.slice(words.starts[i], words.ends[i]))) break;
      start = words.starts[i]!;
    }
    if (!isStopWord(text.slice(words.starts[last], words.ends[last]))) addSpan(sink, start, words.ends[last]!, 'NAME', 0.85);
  }
}

/** Census first name followed (within four words) by a census surname, or "Surname, First". */
function findDictionaryNames(text: string, words: NameWords, sink: SpanSink, findings: NameFindings): void {
  const run: number[] = [];
  let length = 0;
  for (let i = 0; i <= words.count; i++) {
    if (i < words.count) {
      const before = text[words.starts[i]! - 1];
      // A name part after a hyphen or apostrophe is not a new word ("Smith-Jones" is read whole).
      if (before === '-' || before === "'") continue;
      if (length > 0 && joins(text, words.ends[run[length - 1]!]!, words.starts[i]!, length === 1)) {
        run[length++] = i;
        continue;
      }
    }
    if (length >= 2) matchRun(text, words, run, length, sink, findings);
    run[0] = i;
    length = 1;
  }
}

/** Whether the gap [from, to) joins two name words: 1-3 spaces, an initial between spaces, or (first pair only) a comma. */
function joins(text: string, from: number, to: number, allowComma: boolean): boolean {
  const length = to - from;
  if (length < 1 || length > 9) return false;
  let i = from;
  if (allowComma && text[i] === ',') i++;
  const spaces = countSpaces(text, i, to);
  if (spaces === 0 || spaces > 3) return false;
  i += spaces;
  if (i === to) return true;
  if (i > from + spaces) return false; // after a comma only spaces may follow
  const code = text.charCodeAt(i);
  if (!(code >= 65 && code <= 90) && !(code >= 0xc0 && code <= 0xde && code !== 0xd7)) return false;
  i++;
  if (text[i] === '.') i++;
  const trailing = countSpaces(text, i, to);
  return trailing >= 1 && trailing <= 3 && i + trailing === to;
}

function countSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i - from;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** Dictionary names in the first `length` words of `run` (indices into `words`). */
function matchRun(text: string, words: NameWords, run: readonly number[], length: number, sink: SpanSink, findings: NameFindings): void {
  for (let i = 0; i < length - 1; i++) {
    const first = run[i]!;
    if (!isUsable(text, words, first)) continue;
    const firstKey = wordKey(words, text, first);
    if (text[words.ends[first]!] === ',') {
      const given = run[i + 1]!;
      if (isLastNameKey(firstKey) && isFirstNameKey(wordKey(words, text, given)) && isUsable(text, words, given)) {
        emit(text, words.starts[first]!, words.ends[given]!, sink, findings);
        i++;
      }
      continue;
    }
    if (!isFirstNameKey(firstKey)) continue;
    let last = -1;
    for (let j = i + 1; j < Math.min(length, i + 4) && isUsable(text, words, run[j]!); j++) if (isLastNameKey(wordKey(words, text, run[j]!))) last = j;
    if (last < 0) continue;
    emit(text, words.starts[first]!, words.ends[run[last]!]!, sink, findings);
    i = last;
  }
}

/** A word that may be part of a dictionary name: not clinical vocabulary, not an eponym used as a term. */
function isUsable(text: string, words: NameWords, index: number): boolean {
  const key = wordKey(words, text, index);
  const end = words.ends[index]!;
  // Stop words carry no apostrophe: "Patient's" is not the stop word "patients".
  const lower = key.length === end - words.starts[index]! ? key : text.slice(words.starts[index], end).toLowerCase();
  return !STOP_WORDS.has(lower) && !isEponymUse(lower, text, end);
}

function emit(text: string, start: number, end: number, sink: SpanSink, findings: NameFindings): void {
  const provider = CREDENTIAL_AFTER.test(text.slice(end, end + 8));
  addSpan(provider ? findings.providers : sink, start, end, 'NAME', 0.75);
}
