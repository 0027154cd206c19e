import type { FoundSpan } from './span';

/**
 * Sorted, non-overlapping spans. Overlapping spans merge into their union (masking never loses
 * coverage); the merged span takes the type of its most confident member, the longer on a tie.
 * Sorts `spans` in place and reuses its objects: they are the finders' own, made for this call.
 */
export function resolveOverlaps(spans: FoundSpan[]): FoundSpan[] {
  return mergeSorted(spans.sort(byStartThenLongest));
}

/**
 * resolveOverlaps over resolved spans and recurrences found afterwards, without sorting the whole
 * list again: the recurrences are sorted and merged in, a resolved span first on a tie (as a
 * stable sort of the two lists one after the other would order them).
 */
export function mergeRecurrences(resolved: readonly FoundSpan[], recurrences: FoundSpan[]): FoundSpan[] {
  recurrences.sort(byStartThenLongest);
  const all: FoundSpan[] = new Array(resolved.length + recurrences.length);
  let r = 0;
  let n = 0;
  for (let i = 0; i < all.length; i++) {
    all[i] = n >= recurrences.length || (r < resolved.length && byStartThenLongest(resolved[r]!, recurrences[n]!) <= 0) ? resolved[r++]! : recurrences[n++]!;
  }
  return mergeSorted(all);
}

function byStartThenLongest(a: FoundSpan, b: FoundSpan): number {
  return a.start - b.start || b.end - a.end;
}

function mergeSorted(sorted: readonly FoundSpan[]): FoundSpan[] {
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
