/**
 * Zero-width and bidi control characters are invisible on screen but split identifiers for a regex
 * ("123\u200B-45-6789"). Detection runs on a copy without them; spans are mapped back afterwards.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const INVISIBLE_GLOBAL = new RegExp(INVISIBLE.source, 'g');

export interface VisibleText {
  text: string;
  /** offsets[i] is the index in the original text of visible character i; null when nothing was removed. */
  offsets: Int32Array | null;
}

export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

export function stripInvisible(text: string): VisibleText {
  if (!hasInvisible(text)) return { text, offsets: null };
  const offsets = new Int32Array(text.length + 1);
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isInvisibleCode(code)) continue;
    offsets[visible++] = i;
  }
  offsets[visible] = text.length;
  return { text: text.replace(INVISIBLE_GLOBAL, ''), offsets: offsets.subarray(0, visible + 1) };
}

function isInvisibleCode(code: number): boolean {
  return (
    code === 0xad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/** Where visible character `start` begins in the original text (`offsets` from stripInvisible). */
export function originalStart(offsets: Int32Array, start: number): number {
  return offsets[start] ?? start;
}

/** Where a visible range ending at `end` ends in the original text. */
export function originalEnd(offsets: Int32Array, end: number): number {
  return (offsets[end - 1] ?? end - 1) + 1;
}

/** Where original index `index` falls among the visible characters: how many of them come before it. */
export function visibleIndex(offsets: Int32Array, index: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! < index) low = middle + 1;
    else high = middle;
  }
  return low;
}
