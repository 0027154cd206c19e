import { addSpan, isWordChar, LOWER, UPPER, type SpanSink } from '../span';
import { isEponymUse, isStopWord } from '../stoplist';
import { isFirstName, isLastName } from './name-dictionary';

// A capitalised name word: "Smith", "McDonald", "O'Brien", "Jean-Luc", or upper case "SMITH".
// Each repetition starts with a character the previous part cannot match, so matching is linear.
// Boundaries before a word are checked in code: a lookbehind would run at every position.
const TITLE_WORD = `[${UPPER}][${LOWER}'’]+(?:(?:-[${UPPER}]?|[${UPPER}]|['’][${UPPER}])[${LOWER}'’]+)*`;
const UPPER_WORD = `[${UPPER}]{2,}(?:['’-][${UPPER}]+)*`;
const NOT_WORD_AFTER = `(?![${UPPER}${LOWER}\\d])`;
export const NAME_WORD = new RegExp(`(?:${TITLE_WORD}|${UPPER_WORD})${NOT_WORD_AFTER}`, 'g');
const NAME_WORD_AT = new RegExp(`(?:${TITLE_WORD}|${UPPER_WORD}|[${UPPER}]\\.?)${NOT_WORD_AFTER}`, 'y');
const NAME_GAP_AT = /[ \t\u00a0]{1,3}(?:(?:de la|de|del|van der|van|von|der|den|da|di|du|le|la|bin|ibn|al|el|y)[ \t\u00a0]{1,3})?/y;
const SPACE_ONLY = /^[ \t\u00a0]{1,3}$/;
const SPACE_INITIAL = new RegExp(`^[ \\t\\u00a0]{1,3}[${UPPER}]\\.?[ \\t\\u00a0]{1,3}$`);
const COMMA_GAP = /^,[ \t\u00a0]{1,3}$/;

const HONORIFIC = /(?:Mr|Mrs|Ms|Miss|Mx|Master|Mstr|Sr|Sra|Srta|Don|Doña|Mme|Mlle|Herr|Frau)\.?[ \t\u00a0]+/g;
const PROVIDER_TITLE = /(?:Dr|Doctor|Prof|Professor|Dra)\.?[ \t\u00a0]+/g;
const CREDENTIAL_AFTER = /^,?[ \t\u00a0]*(?:M\.?D|D\.?O|R\.?N|N\.?P|PA-C|PA|DDS|DMD|PhD|FNP(?:-BC)?|APRN|CNM|CRNA|LPN|LCSW|MSW|PharmD|DPM|OD)\b/;
// Words before a person: the patient, relatives, contacts (English, Spanish, French, German).
const PERSON_CUE =
  /(?:patient|pt\.?|wife|husband|spouse|partner|mother|father|mom|dad|son|daughter|sister|brother|grandmother|grandfather|grandson|granddaughter|aunt|uncle|niece|nephew|cousin|guardian|caregiver|guarantor|subscriber|insured|emergency contact|next of kin|contact|friend|neighbor|roommate|paciente|esposa|esposo|madre|padre|hijo|hija|hermana|hermano|épouse|époux|mère|père|fils|fille|sœur|frère|ehefrau|ehemann|mutter|vater|sohn|tochter|schwester|bruder)(?:['’]s)?(?:[ \t\u00a0]*[:,(-])?[ \t\u00a0]+(?:(?:is|named|called|was)[ \t\u00a0]+)?/gi;
const AGE_INTRO = /\b(?:is|was|es|est|ist)[ \t\u00a0]+(?:an?|un|une|ein|eine)[ \t\u00a0]+\d{1,3}[ \t\u00a0-]*(?:years?|yrs?|yo\b|y\/o|y\.o|months?|weeks?|days?|año|ans|jahre)/gi;

export interface NameFindings {
  /** Clinicians' names, kept apart so policy can mask or spare them. */
  providers: SpanSink;
}

/**
 * Finds person names from, in order of strength: honorifics, words that introduce a person
 * ("wife", "Pt", "Emergency contact"), "X is a 72-year-old", and census first + last name pairs.
 */
export function findNames(text: string, sink: SpanSink, findings: NameFindings): void {
  findAfterCue(HONORIFIC, text, sink, 0.9, 1, false);
  findAfterCue(PROVIDER_TITLE, text, findings.providers, 0.9, 1, false);
  findAfterCue(PERSON_CUE, text, sink, 0.8, 1, true);
  findBeforeAgeIntro(text, sink);
  findDictionaryNames(text, sink, findings);
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
    const bare = word[0].replace(/\.$/, '');
    if (isStopWord(bare) || isEponymUse(bare, text, NAME_WORD_AT.lastIndex)) break;
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

function findAfterCue(cue: RegExp, text: string, sink: SpanSink, confidence: number, minWords: number, needsEvidence: boolean): void {
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    if (isWordChar(text, m.index - 1)) continue;
    const nameStart = m.index + m[0].length;
    const { end, words } = readNameWords(text, nameStart, 4);
    if (words.length < minWords || words[0]!.length < 2) continue;
    // "patient Smith" is strong only with a second word or a census name: "Patient Portal" is not a person.
    if (needsEvidence && words.length < 2 && !words.some((w) => isFirstName(w) || isLastName(w))) continue;
    const start = needsEvidence ? nameStart : m.index;
    addSpan(sink, text, start, end, 'NAME', confidence);
    cue.lastIndex = Math.max(cue.lastIndex, end);
  }
}

function findBeforeAgeIntro(text: string, sink: SpanSink): void {
  AGE_INTRO.lastIndex = 0;
  for (let m = AGE_INTRO.exec(text); m; m = AGE_INTRO.exec(text)) {
    // Walk back over the name words just before "is a NN-year-old".
    const windowStart = Math.max(0, m.index - 80);
    const words = [...text.slice(windowStart, m.index).matchAll(NAME_WORD)].filter((w) => !isWordChar(text, windowStart + w.index - 1));
    let start = m.index;
    let end = -1;
    for (let i = words.length - 1, count = 0; i >= 0 && count < 4; i--, count++) {
      const word = words[i]!;
      const wordStart = windowStart + word.index;
      const wordEnd = wordStart + word[0].length;
      const gap = text.slice(wordEnd, start);
      const joined = count === 0 ? /^\s+$/.test(gap) : SPACE_ONLY.test(gap) || SPACE_INITIAL.test(gap);
      if (!joined || isStopWord(word[0])) break;
      if (end < 0) end = wordEnd;
      start = wordStart;
    }
    if (end > 0) addSpan(sink, text, start, end, 'NAME', 0.85);
  }
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Census first name followed (within four words) by a census surname, or "Surname, First". */
function findDictionaryNames(text: string, sink: SpanSink, findings: NameFindings): void {
  NAME_WORD.lastIndex = 0;
  let run: Word[] = [];
  for (let m = NAME_WORD.exec(text); ; m = NAME_WORD.exec(text)) {
    if (m && (isWordChar(text, m.index - 1) || text[m.index - 1] === '-' || text[m.index - 1] === "'")) continue;
    const word = m ? { text: m[0], start: m.index, end: m.index + m[0].length } : undefined;
    const previous = run[run.length - 1];
    if (word && previous) {
      const gap = text.slice(previous.end, word.start);
      const joined = SPACE_ONLY.test(gap) || SPACE_INITIAL.test(gap) || (run.length === 1 && COMMA_GAP.test(gap));
      if (joined) {
        run.push(word);
        continue;
      }
    }
    if (run.length >= 2) matchRun(text, run, sink, findings);
    if (!word) break;
    run = [word];
  }
}

function matchRun(text: string, run: Word[], sink: SpanSink, findings: NameFindings): void {
  const usable = (w: Word) => !isStopWord(w.text) && !isEponymUse(w.text, text, w.end);
  for (let i = 0; i < run.length - 1; i++) {
    const first = run[i]!;
    if (!usable(first)) continue;
    const commaForm = text[first.end] === ',';
    if (commaForm) {
      const given = run[i + 1]!;
      if (isLastName(first.text) && isFirstName(given.text) && usable(given)) {
        emit(text, first.start, given.end, sink, findings, 0.75);
        i++;
      }
      continue;
    }
    if (!isFirstName(first.text)) continue;
    let last = -1;
    for (let j = i + 1; j < Math.min(run.length, i + 4) && usable(run[j]!); j++) if (isLastName(run[j]!.text)) last = j;
    if (last < 0) continue;
    emit(text, first.start, run[last]!.end, sink, findings, 0.75);
    i = last;
  }
}

function emit(text: string, start: number, end: number, sink: SpanSink, findings: NameFindings, confidence: number): void {
  const provider = CREDENTIAL_AFTER.test(text.slice(end, end + 8));
  addSpan(provider ? findings.providers : sink, text, start, end, 'NAME', confidence);
}
