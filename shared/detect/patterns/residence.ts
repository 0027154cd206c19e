import { isBlankCode } from '../char-codes';
import type { NameWords } from '../names/name-words';
import { wordHash } from '../names/name-words';
import { addSpan, isWordCode, type SpanSink } from '../span';
import { isStopWordAt } from '../stoplist';
import { isUsStateName } from './address';

/**
 * The town a person lives in, named in prose: "lives in North Tamiaton", "a single-level home in
 * West Margaret", "moved to Springfield". A city is PHI (Safe Harbor: any place smaller than a
 * state); with no street line or state beside it only the words before it say it is a place.
 * "born in", "from" are left out: they name countries more often than towns.
 */
const RESIDENCE_CUE_BEFORE =
  /\b(?:(?:lives?|living|lived|resides?|residing|resident|home|house|apartment|apt|condo|trailer|farm)[ \t\u00a0]+(?:in|of|near)|(?:moved|moving|relocated|relocating)[ \t\u00a0]+(?:back[ \t\u00a0]+)?to)[ \t\u00a0]+$/i;
/** How far before the town its cue may start ("relocating back to "). */
const CUE_REACH = 24;
/** Stop words that start a place's name ("North Tamiaton", "New Boston", "Saint Cloud"), never a place alone. */
const PLACE_PREFIXES: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'new', 'san', 'saint', 'st', 'mount', 'upper', 'lower', 'los']);
/** Words that start a kind of home, not a town's name: "lives in Assisted Living", "Memory Care", "Section 8 housing". */
const CARE_SETTING_WORDS: ReadonlySet<string> = new Set(['assisted', 'memory', 'skilled', 'senior', 'independent', 'supportive', 'residential', 'transitional', 'sober', 'foster', 'subsidized', 'section', 'public', 'shelter', 'hospice']);
const MOST_TOWN_WORDS = 3;

export function findResidenceTowns(text: string, words: NameWords, sink: SpanSink): void {
  for (let i = 0; i < words.count; i++) {
    const start = words.starts[i]!;
    if (!followsPreposition(text, start) || !RESIDENCE_CUE_BEFORE.test(text.slice(Math.max(0, start - CUE_REACH), start))) continue;
    // The town's words: one blank apart, none a stop word unless it starts the name and more follow.
    let last = i - 1;
    while (last + 1 < words.count && last + 1 - i < MOST_TOWN_WORDS) {
      const next = last + 1;
      if (next > i && !(words.starts[next]! - words.ends[last]! === 1 && isBlankCode(text.charCodeAt(words.ends[last]!)))) break;
      if (isStopWordAt(text, words.starts[next]!, words.ends[next]!, wordHash(words, text, next)) && !(next === i && isPlacePrefix(text, words, next))) break;
      last = next;
    }
    if (last < i || (last === i && isPlacePrefix(text, words, i)) || CARE_SETTING_WORDS.has(wordAt(text, words, i))) continue;
    const end = words.ends[last]!;
    if (!isUsStateName(text.slice(start, end))) addSpan(sink, start, end, 'ADDRESS', 0.8);
    i = last;
  }
}

/** Whether "in", "of", "near" or "to" and one blank come just before `start`: the only way a cue ends. */
function followsPreposition(text: string, start: number): boolean {
  if (!isBlankCode(text.charCodeAt(start - 1))) return false;
  const end = start - 1;
  let wordStart = end;
  while (wordStart > 0 && end - wordStart < 5 && isWordCode(text.charCodeAt(wordStart - 1))) wordStart--;
  const word = text.slice(wordStart, end);
  return word === 'in' || word === 'to' || word === 'of' || word === 'near';
}

function isPlacePrefix(text: string, words: NameWords, index: number): boolean {
  return PLACE_PREFIXES.has(wordAt(text, words, index));
}

/** Word `index`, lower-cased. */
function wordAt(text: string, words: NameWords, index: number): string {
  return text.slice(words.starts[index], words.ends[index]).toLowerCase();
}
