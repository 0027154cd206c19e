/**
 * The alphabet of the name-shape model (name-shape.ts, build-name-shape.ts): 1-26 for a-z in either
 * case and for the Latin letters with accents folded to theirs ("é" -> e, "Ł" -> l), 0 for anything
 * else. Trigrams over it are what the model scores.
 */
export const SHAPE_LETTERS = 27;
/** The generated table holds each log ratio times this, rounded to a byte. */
export const SHAPE_SCALE = 16;

/** Letters U+00C0-U+017F folded once, on first use: what NFD leaves as the base letter. */
let accented: Uint8Array | undefined;

export function shapeLetter(code: number): number {
  const lower = code | 0x20;
  if (lower >= 97 && lower <= 122 && (code <= 90 || code >= 97)) return lower - 96;
  if (code < 0xc0 || code > 0x17f) return 0;
  accented ??= foldAccented();
  return accented[code - 0xc0]!;
}

function foldAccented(): Uint8Array {
  const folded = new Uint8Array(0x180 - 0xc0);
  for (let code = 0xc0; code < 0x180; code++) {
    const base = String.fromCharCode(code).normalize('NFD').charCodeAt(0);
    // Letters with no decomposition that still read as one Latin letter.
    const plain = base < 0x80 ? base : ({ 0xd8: 79, 0xf8: 111, 0x141: 76, 0x142: 108, 0x110: 68, 0x111: 100, 0xdf: 115 } as Record<number, number>)[code] ?? 0;
    const lower = plain | 0x20;
    folded[code - 0xc0] = lower >= 97 && lower <= 122 ? lower - 96 : 0;
  }
  return folded;
}

/**
 * Calls `visit` with the index of each letter trigram of text[start, end), the word's boundaries
 * included (a word of n letters has n); characters that are no letter (apostrophes, hyphens) are
 * skipped, not boundaries ("Fa'amausili"). The index is (a * 27 + b) * 27 + c.
 */
export function forEachTrigram(text: string, start: number, end: number, visit: (trigram: number) => void): void {
  let first = 0;
  let second = 0;
  let seen = 0;
  for (let i = start; i <= end; i++) {
    const letter = i < end ? shapeLetter(text.charCodeAt(i)) : 0;
    if (letter === 0 && i < end) continue;
    if (seen > 0) visit((first * SHAPE_LETTERS + second) * SHAPE_LETTERS + letter);
    first = second;
    second = letter;
    seen++;
  }
}
