import type { FoundSpan } from './span';
import type { PhiSpan } from './types';

/**
 * Sorted, non-overlapping spans. Overlapping spans merge into their union (masking never loses
 * coverage); the merged span takes the type of its most confident member, the longer on a tie.
 */
export function resolveOverlaps(spans: readonly FoundSpan[], text: string): PhiSpan[] {
  if (spans.length === 0) return [];
  const sorted = spans.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PhiSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (!last || span.start >= last.end) {
      merged.push({ start: span.start, end: span.end, type: span.type, confidence: span.confidence, text: '' });
      continue;
    }
    const stronger = span.confidence > last.confidence || (span.confidence === last.confidence && span.end - span.start > last.end - last.start);
    if (stronger) {
      last.type = span.type;
      last.confidence = span.confidence;
    }
    if (span.end > last.end) last.end = span.end;
  }
  // Cut once the union is known: the finders' own matches never carry a copy of their text.
  for (const span of merged) span.text = text.slice(span.start, span.end);
  return merged;
}
