import { isBlankCode } from './char-codes';
import type { PhiType } from '../phi-types';
import { isStopWord } from './stoplist';
import { wordHash, wordKey, type NameWords } from './names/name-words';
import { addSpan, foldedHash, isCasedLetter, isUpperCaseLetter, isWordChar } from './span';
import type { FoundSpan, SpanSink } from './span';

/** What a page has said with confidence about its patient: name words and identifier strings. */
export interface Anchors {
  nameWords: Set<string>;
  identifiers: Map<string, PhiType>;
}

const ANCHOR_CONFIDENCE = 0.85;
/** Shorter ones recur by chance. */
const SHORTEST_IDENTIFIER = 5;
const PROPAGATED_CONFIDENCE = 0.85;
const IDENTIFIER_TYPES: ReadonlySet<PhiType> = new Set(['SSN', 'MRN', 'HEALTH_PLAN', 'ACCOUNT', 'DRIVERS_LICENSE', 'PASSPORT', 'ID', 'PHONE', 'EMAIL', 'VEHICLE', 'DEVICE']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sr', 'sra', 'srta', 'mme', 'mlle', 'herr', 'frau', 'jr', 'ii', 'iii', 'iv']);
// An initial or honorific just before a recurring surname is part of it: "J. Smith", "Mrs. Smith";
// so is an initial after a comma: "Smith, J.".
const PREFIX_TITLES = ['Mrs', 'Miss', 'Mr', 'Ms', 'Mx', 'Dr'];
const PREFIX_REACH = 6;

/**
 * A page shows one patient at a time, but a long-lived page (an EHR single-page app) may show
 * many: the oldest anchors make way once these many are held.
 */
const MOST_NAME_WORDS = 256;
const MOST_IDENTIFIERS = 512;

export function emptyAnchors(): Anchors {
  return { nameWords: new Set(), identifiers: new Map() };
}

/**
 * Adds to `anchors` every name word and identifier that `spans` (sorted, offsets into `text`,
 * whose capitalised words are `words`) found with confidence.
 */
export function collectAnchors(spans: readonly FoundSpan[], text: string, words: NameWords, anchors: Anchors): void {
  // Spans and words are both sorted: one cursor walks the words once for all the names.
  let w = 0;
  for (const span of spans) {
    if (span.confidence < ANCHOR_CONFIDENCE) continue;
    if (span.type === 'NAME') {
      while (w < words.count && words.starts[w]! < span.start) w++;
      for (; w < words.count && words.ends[w]! <= span.end; w++) {
        const key = wordKey(words, text, w);
        if (key.length < 2 || HONORIFICS.has(key) || isStopWord(key)) continue;
        // Re-inserted, so the page's current patient is the last to be evicted.
        anchors.nameWords.delete(key);
        anchors.nameWords.add(key);
        if (anchors.nameWords.size > MOST_NAME_WORDS) anchors.nameWords.delete(anchors.nameWords.values().next().value!);
      }
    } else if (IDENTIFIER_TYPES.has(span.type) && span.end - span.start >= SHORTEST_IDENTIFIER) {
      const identifier = text.slice(span.start, span.end);
      anchors.identifiers.delete(identifier);
      anchors.identifiers.set(identifier, span.type);
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
  // Words are compared by hash first: no substring for the many words that are no anchor. The
  // hashes are bits of a small bitmap, not a Set (half the time: most words are tested and fail).
  const hashBits = new Int32Array(HASH_BITMAP_WORDS);
  for (const word of nameWords) {
    const hash = foldedHash(word, 0, word.length);
    hashBits[(hash >>> 5) & (HASH_BITMAP_WORDS - 1)]! |= 1 << (hash & 31);
  }
  for (let i = 0; i < words.count; i++) {
    const hash = wordHash(words, text, i);
    if ((hashBits[(hash >>> 5) & (HASH_BITMAP_WORDS - 1)]! & (1 << (hash & 31))) === 0 || !nameWords.has(wordKey(words, text, i))) continue;
    addSpan(sink, prefixStart(text, words.starts[i]!), initialEnd(text, words.ends[i]!), 'NAME', PROPAGATED_CONFIDENCE);
  }
}

/**
 * 16 x 32 bits: the hash bitmap of the anchored name words. A typed array of at most 64 bytes is
 * made on the heap (16 ns); a larger one outside it (0.2-0.7 µs, measured on Node 20). A page's
 * dozen or so anchors set 2-3% of the bits.
 */
const HASH_BITMAP_WORDS = 16;

/** Where "J. " or "Mrs. " just before `start` begins (within PREFIX_REACH), else `start`. */
function prefixStart(text: string, start: number): number {
  const limit = Math.max(0, start - PREFIX_REACH);
  let gap = start;
  while (gap > limit && start - gap < 2 && isBlankCode(text.charCodeAt(gap - 1))) gap--;
  if (gap === start) return start;
  const dot = text[gap - 1] === '.' ? gap - 1 : gap;
  if (dot < gap && dot - 1 >= limit && isUpperCaseLetter(text[dot - 1])) return dot - 1;
  for (const title of PREFIX_TITLES) if (dot - title.length >= limit && text.startsWith(title, dot - title.length)) return dot - title.length;
  return start;
}

/** Where ", J." just after `end` ends, else `end`. */
function initialEnd(text: string, end: number): number {
  if (text[end] !== ',') return end;
  let at = end + 1;
  while (at - end - 1 < 2 && isBlankCode(text.charCodeAt(at))) at++;
  if (at === end + 1 || !isUpperCaseLetter(text[at]) || text[at + 1] !== '.' || isCasedLetter(text[at + 2])) return end;
  return at + 2;
}

/**
 * Every whole-word occurrence of each identifier. A search per identifier is the fastest for the
 * dozen or so a document holds, but costs identifiers x text: past SEARCHED_IDENTIFIERS (a large
 * page, or a long-lived one whose memory holds hundreds) one pass over the text tries at each word
 * start only the identifiers beginning with its first characters.
 */
function findIdentifierRecurrences(text: string, identifiers: ReadonlyMap<string, PhiType>, sink: SpanSink): void {
  if (identifiers.size > SEARCHED_IDENTIFIERS) {
    findIdentifiersByPrefix(text, identifiers, sink);
    return;
  }
  for (const [identifier, type] of identifiers) {
    for (let at = text.indexOf(identifier); at >= 0; at = text.indexOf(identifier, at + identifier.length)) {
      const end = at + identifier.length;
      if (!isWordChar(text, at - 1) && !isWordChar(text, end)) addSpan(sink, at, end, type, PROPAGATED_CONFIDENCE);
    }
  }
}

/**
 * Measured on the generated corpus (its documents with 25-32 identifiers): one pass costs about
 * what 34 searches do; a search for an identifier starting with a digit (most do) costs the most.
 */
const SEARCHED_IDENTIFIERS = 32;

function findIdentifiersByPrefix(text: string, identifiers: ReadonlyMap<string, PhiType>, sink: SpanSink): void {
  // Which characters start an identifier (a cheap first test at every position); then, at a word
  // start, a bitmap of the hashes of the identifiers' first PREFIX_LENGTH characters, which most
  // word starts fail (on the first two characters, a Map look-up and a bucket of candidates at
  // every number: the pass took a third longer on pages of 512 identifiers); then the identifiers
  // by that hash.
  const startsLatin = new Uint8Array(256);
  const startsOther = new Set<number>();
  const prefixBits = new Int32Array(PREFIX_HASHES / 32);
  const byPrefix = new Map<number, string[]>();
  for (const identifier of identifiers.keys()) {
    const code = identifier.charCodeAt(0);
    if (code < 256) startsLatin[code] = 1;
    else startsOther.add(code);
    const key = prefixHash(identifier, 0);
    prefixBits[key >>> 5]! |= 1 << (key & 31);
    const bucket = byPrefix.get(key);
    if (bucket) bucket.push(identifier);
    else byPrefix.set(key, [identifier]);
  }
  const checkOthers = startsOther.size > 0;
  // No identifier starts later (and the prefix read stays within the text).
  const lastStart = text.length - SHORTEST_IDENTIFIER;
  for (let at = 0; at <= lastStart; at++) {
    const code = text.charCodeAt(at);
    if (!(code < 256 ? startsLatin[code] === 1 : checkOthers && startsOther.has(code)) || isWordChar(text, at - 1)) continue;
    const key = prefixHash(text, at);
    if ((prefixBits[key >>> 5]! & (1 << (key & 31))) === 0) continue;
    for (const identifier of byPrefix.get(key) ?? NO_IDENTIFIERS) {
      const end = at + identifier.length;
      if (text.startsWith(identifier, at) && !isWordChar(text, end)) addSpan(sink, at, end, identifiers.get(identifier)!, PROPAGATED_CONFIDENCE);
    }
  }
}

const NO_IDENTIFIERS: readonly string[] = [];
const PREFIX_LENGTH = 4;
const PREFIX_HASHES = 1 << 16;

/** A hash of text[at, at + PREFIX_LENGTH) below PREFIX_HASHES (distinct prefixes may share one: startsWith decides). */
function prefixHash(text: string, at: number): number {
  let hash = 0;
  for (let i = at; i < at + PREFIX_LENGTH; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash ^ (hash >>> 16)) & (PREFIX_HASHES - 1);
}
