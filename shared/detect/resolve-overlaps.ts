import type { FoundSpan } from './span';

/**
 * Sorts spans in place by start, the longest first on a tie; stable, so equal spans keep their order.
 * A merge sort in script, not Array.prototype.sort: the built-in calls the comparator through the
 * runtime for every comparison, and was 2.5 times slower on the few dozen spans a page has.
 */
export function sortSpans(spans: FoundSpan[]): FoundSpan[] {
  if (spans.length > 1) mergeSort(spans, spans.slice(), 0, spans.length);
  return spans;
}

/** Below this many spans a stretch is sorted by insertion. */
const INSERTION_SORT_MOST = 12;

/** Sorts spans[from, to), with `scratch` holding the same spans there (the two swap roles at each level). */
function mergeSort(spans: FoundSpan[], scratch: FoundSpan[], from: number, to: number): void {
  if (to - from <= INSERTION_SORT_MOST) {
    for (let i = from + 1; i < to; i++) {
      const span = spans[i]!;
      let j = i - 1;
      for (; j >= from && byStartThenLongest(spans[j]!, span) > 0; j--) spans[j + 1] = spans[j]!;
      spans[j + 1] = span;
    }
    return;
  }
  const middle = (from + to) >> 1;
  mergeSort(scratch, spans, from, middle);
  mergeSort(scratch, spans, middle, to);
  // The left half first on a tie: that keeps the sort stable.
  let left = from;
  let right = middle;
  for (let i = from; i < to; i++) {
    spans[i] = right >= to || (left < middle && byStartThenLongest(scratch[left]!, scratch[right]!) <= 0) ? scratch[left++]! : scratch[right++]!;
  }
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
