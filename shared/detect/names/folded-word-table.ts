import { lowerCode } from '../span';

/**
 * A vocabulary (stop words, eponyms, cue words, census names) looked up where a word stands in the
 * text, by the hash its scanner already computed (foldedHash(text, start, end, true)), and
 * confirmed letter by letter in place: no substring, no lower-casing, no Set of strings. An
 * open-addressing table in typed arrays; the entries' lower-case letters lie one after the other.
 */
export class FoldedWordTable {
  private readonly slotHashes: Int32Array;
  /** Entry index + 1 in each slot, 0 when empty. */
  private readonly slotEntries: Int32Array;
  private readonly shift: number;

  /**
   * Entry i is letters[entryStarts[i], entryStarts[i + 1]), lower case, without apostrophes, and
   * entryHashes[i] is its foldedHash. `dropsNamePunctuation`: a word matches an entry once its
   * apostrophes and periods are dropped, as nameKey does ("O'Brien" is "obrien"); otherwise it
   * must match letter for letter.
   */
  constructor(
    private readonly letters: Uint16Array,
    private readonly entryStarts: Int32Array,
    entryHashes: Int32Array,
    private readonly dropsNamePunctuation: boolean,
  ) {
    const entryCount = entryStarts.length - 1;
    // At most half full, so a miss reads one or two slots.
    let bits = 4;
    while (1 << bits < entryCount * 2) bits++;
    this.slotHashes = new Int32Array(1 << bits);
    this.slotEntries = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    for (let entry = 0; entry < entryCount; entry++) {
      const hash = entryHashes[entry]!;
      let slot = this.firstSlot(hash);
      while (this.slotEntries[slot] !== 0) slot = this.nextSlot(slot);
      this.slotHashes[slot] = hash;
      this.slotEntries[slot] = entry + 1;
    }
  }

  /** A table of `words` (lower case, no apostrophes) that must match letter for letter. */
  static of(words: Iterable<string>): FoldedWordTable {
    const list = [...new Set(words)];
    const letters = new Uint16Array(list.join('').length);
    const entryStarts = new Int32Array(list.length + 1);
    const entryHashes = new Int32Array(list.length);
    // One plain loop: this code runs cold.
    let end = 0;
    for (let i = 0; i < list.length; i++) {
      const word = list[i]!;
      entryStarts[i] = end;
      let hash = 0;
      for (let k = 0; k < word.length; k++) {
        const code = word.charCodeAt(k);
        letters[end++] = code;
        hash = hashStep(hash, code);
      }
      entryHashes[i] = hash;
    }
    entryStarts[list.length] = end;
    return new FoldedWordTable(letters, entryStarts, entryHashes, false);
  }

  /** Whether some entry has this hash: a first test that costs a slot or two, and may say yes wrongly. */
  mayHave(hash: number): boolean {
    for (let slot = this.firstSlot(hash); this.slotEntries[slot] !== 0; slot = this.nextSlot(slot)) if (this.slotHashes[slot] === hash) return true;
    return false;
  }

  /** Whether the word text[start, end), lower-cased (see dropsNamePunctuation), is an entry; `hash` is foldedHash(text, start, end, true). */
  hasWordAt(text: string, start: number, end: number, hash: number): boolean {
    for (let slot = this.firstSlot(hash); this.slotEntries[slot] !== 0; slot = this.nextSlot(slot)) {
      if (this.slotHashes[slot] !== hash) continue;
      const entry = this.slotEntries[slot]! - 1;
      if (this.spells(text, start, end, this.entryStarts[entry]!, this.entryStarts[entry + 1]!)) return true;
    }
    return false;
  }

  /** Whether text[start, end), lower-cased one character at a time, is letters[from, to). */
  private spells(text: string, start: number, end: number, from: number, to: number): boolean {
    let k = from;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      // Most letters of a word are lower case already.
      if (k < to && code === this.letters[k]) {
        k++;
        continue;
      }
      if (this.dropsNamePunctuation && (code === 39 || code === 0x2019 || code === 46)) continue;
      // "İ" lower-cases to two characters, "i" and a combining dot: no entry has that.
      if (k === to || code === 0x130 || lowerCode(code) !== this.letters[k]) return false;
      k++;
    }
    return k === to;
  }

  /** Fibonacci hashing: the top bits of the product, because the low bits of a base-31 hash are poorly mixed. */
  private firstSlot(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }

  private nextSlot(slot: number): number {
    return (slot + 1) & (this.slotEntries.length - 1);
  }
}

/**
 * One step of span.ts foldedHash for a letter already in lower case: entries are hashed as they
 * are copied, without foldedHash's case folding (this runs cold, when a content script loads).
 */
export function hashStep(hash: number, lowerCaseCode: number): number {
  return (Math.imul(hash, 31) + lowerCaseCode) & 0x3fffffff;
}

/**
 * Questions asked the slow way (`askSlowly`: a substring per question) before the table is built.
 * Building costs milliseconds of cold code (the census surnames 15-25 ms in a fresh process on a
 * shared machine, as unpacking them into a Set of strings did; the stop words 1-2 ms), a slow
 * question about a microsecond: a content script, which loads in every frame, spends nothing on a
 * page that asks a few thousand times, and a large page pays for the table once.
 */
const QUESTIONS_BEFORE_TABLE = 3_000;

/** A vocabulary asked the slow way until it has been asked QUESTIONS_BEFORE_TABLE times, then by the FoldedWordTable `build` makes. */
export class WarmingWordTable {
  private table: FoldedWordTable | undefined;
  private questions = 0;

  constructor(
    private readonly build: () => FoldedWordTable,
    /** The same answer as the table's, from text[start, end) cut out. */
    private readonly askSlowly: (text: string, start: number, end: number) => boolean,
  ) {}

  /** A table of `words` (lower case, no apostrophes) that must match letter for letter, asked of a Set at first. */
  static of(words: ReadonlySet<string>): WarmingWordTable {
    return new WarmingWordTable(
      () => FoldedWordTable.of(words),
      (text, start, end) => words.has(text.slice(start, end).toLowerCase()),
    );
  }

  /** FoldedWordTable.hasWordAt. */
  hasWordAt(text: string, start: number, end: number, hash: number): boolean {
    if (this.table) return this.table.hasWordAt(text, start, end, hash);
    if (++this.questions > QUESTIONS_BEFORE_TABLE) {
      this.table = this.build();
      return this.table.hasWordAt(text, start, end, hash);
    }
    return this.askSlowly(text, start, end);
  }
}
