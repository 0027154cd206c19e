import type { PhiType } from '../phi-types';
import { isStopWord } from './stoplist';
import { nameKey } from './names/name-dictionary';
import { NAME_WORD, wordKey, type NameWords } from './names/name-words';
import { addSpan, isWordChar, lowerCode } from './span';
import type { PhiSpan } from './types';
import type { SpanSink } from './span';

/** What a page has said with confidence about its patient: name words and identifier strings. */
export interface Anchors {
  nameWords: Set<string>;
  identifiers: Map<string, PhiType>;
}

const ANCHOR_CONFIDENCE = 0.85;
const PROPAGATED_CONFIDENCE = 0.85;
const IDENTIFIER_TYPES: ReadonlySet<PhiType> = new Set(['SSN', 'MRN', 'HEALTH_PLAN', 'ACCOUNT', 'DRIVERS_LICENSE', 'PASSPORT', 'ID', 'PHONE', 'EMAIL', 'VEHICLE', 'DEVICE']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sr', 'sra', 'srta', 'mme', 'mlle', 'herr', 'frau', 'jr', 'ii', 'iii', 'iv']);
// An initial or honorific just before a recurring surname is part of it: "J. Smith", "Mrs. Smith".
const PREFIX_BEFORE = /(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?|\p{Lu}\.)[ \t\u00a0]{1,2}$/u;
// A comma and a given name or initial after it: "Smith, J." / "Smith, John".
const INITIAL_AFTER = /^,[ \t\u00a0]{1,2}\p{Lu}\.(?![\p{L}])/u;

/**
 * A page shows one patient at a time, but a long-lived page (an EHR single-page app) may show
 * many: the oldest anchors make way once these many are held.
 */
const MOST_NAME_WORDS = 256;
const MOST_IDENTIFIERS = 512;

export function emptyAnchors(): Anchors {
  return { nameWords: new Set(), identifiers: new Map() };
}

/** Adds to `anchors` every name word and identifier that `spans` found with confidence. */
export function collectAnchors(spans: readonly PhiSpan[], anchors: Anchors): void {
  for (const span of spans) {
    if (span.confidence < ANCHOR_CONFIDENCE) continue;
    if (span.type === 'NAME') {
      for (const word of span.text.match(NAME_WORD) ?? []) {
        const key = nameKey(word);
        if (key.length < 2 || HONORIFICS.has(key) || isStopWord(key)) continue;
        // Re-inserted, so the page's current patient is the last to be evicted.
        anchors.nameWords.delete(key);
        anchors.nameWords.add(key);
        if (anchors.nameWords.size > MOST_NAME_WORDS) anchors.nameWords.delete(anchors.nameWords.values().next().value!);
      }
    } else if (IDENTIFIER_TYPES.has(span.type) && span.text.length >= 5) {
      anchors.identifiers.delete(span.text);
      anchors.identifiers.set(span.text, span.type);
      if (anchors.identifiers.size > MOST_IDENTIFIERS) anchors.identifiers.delete(anchors.identifiers.keys().next().value!);
    }
  }
}

/** Adds a span wherever an anchor recurs in `text` (whose capitalised words are `words`): name words, exact identifier strings. */
export function findAnchorRecurrences(text: string, words: NameWords, anchors: Anchors, sink: SpanSink): void {
  if (anchors.nameWords.size > 0) findNameRecurrences(text, words, anchors.nameWords, sink);
  if (anchors.identifiers.size > 0) findIdentifierRecurrences(text, anchors.identifiers, sink);
}

function findNameRecurrences(text: string, words: NameWords, nameWords: ReadonlySet<string>, sink: SpanSink): void {
  // Most capitalised words cannot be an anchor: their first letter already says so.
  const initials = new Set<number>();
  for (const word of nameWords) initials.add(word.charCodeAt(0));
  for (let i = 0; i < words.count; i++) {
    const start = words.starts[i]!;
    if (!initials.has(lowerCode(text.charCodeAt(start))) || !nameWords.has(wordKey(words, text, i))) continue;
    const end = words.ends[i]!;
    const prefix = PREFIX_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
    const initial = INITIAL_AFTER.exec(text.slice(end, end + 6));
    addSpan(sink, prefix ? start - prefix[0].length : start, initial ? end + initial[0].length : end, 'NAME', PROPAGATED_CONFIDENCE);
  }
}

/** Every whole-word occurrence of each identifier (indexOf skips through the text far faster than a loop in script). */
function findIdentifierRecurrences(text: string, identifiers: ReadonlyMap<string, PhiType>, sink: SpanSink): void {
  for (const [identifier, type] of identifiers) {
    for (let at = text.indexOf(identifier); at >= 0; at = text.indexOf(identifier, at + identifier.length)) {
      const end = at + identifier.length;
      if (!isWordChar(text, at - 1) && !isWordChar(text, end)) addSpan(sink, at, end, type, PROPAGATED_CONFIDENCE);
    }
  }
}
