import type { FoundSpan } from './span';

/** Sorts spans in place by start, the longest first on a tie; stable, so equal spans keep their order. */
export function sortSpans(spans: FoundSpan[]): FoundSpan[] {
  return spans.sort(byStartThenLongest);
}

/** Two sorted lists as one, `first`'s span before `second`'s on a tie (as a stable sort of `first` then `second` orders them). */
export function mergeSortedSpans(first: readonly FoundSpan[], second: readonly FoundSpan[]): FoundSpan[] {
  const all: FoundSpan[] = new Array(first.length + second.length);
  let a = 0;
  let b = 0;
  for (let i = 0; i < all.length; i++) {
    all[i] = b >= second.length || (a < first.length && byStartThenLongest(first[a]!, second[b]!) <= 0) ? first[a++]! : second[b++]!;
  }
  return all;
}

/**
 * Sorted (sortSpans order) spans made non-overlapping. Overlapping spans merge into their union
 * (masking never loses coverage); the merged span takes the type of its most confident member,
 * the longer on a tie. Reuses the span objects: they are the finders' own, made for this call.
 */
export function resolveSorted(sorted: readonly FoundSpan[]): FoundSpan[] {
  const merged: FoundSpan[] = [];
  let last: FoundSpan | undefined;
  for (const span of sorted) {
    if (!last || span.start >= last.end) {
      merged.push(span);
      last = span;
      continue;
    }
    const stronger = span.confidence > last.confidence || (span.confidence === last.confidence && span.end - span.start > last.end - last.start);
    if (stronger) {
      last.type = span.type;
      last.confidence = span.confidence;
    }
    if (span.end > last.end) last.end = span.end;
  }
  return merged;
}

function byStartThenLongest(a: FoundSpan, b: FoundSpan): number {
  return a.start - b.start || b.end - a.end;
}

/** How many of `sorted` (by start) start before `position`. */
export function countStartingBefore(sorted: readonly { start: number }[], position: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}
