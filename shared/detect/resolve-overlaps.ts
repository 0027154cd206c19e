import type { PhiSpan } from './types';

/**
 * Sorted, non-overlapping spans. Overlapping spans merge into their union (masking never loses
 * coverage); the merged span takes the type of its most confident member, the longer on a tie.
 */
export function resolveOverlaps(spans: PhiSpan[], text: string): PhiSpan[] {
  if (spans.length === 0) return spans;
  const sorted = spans.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PhiSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (!last || span.start >= last.end) {
      merged.push({ ...span });
      continue;
    }
    const stronger = span.confidence > last.confidence || (span.confidence === last.confidence && span.end - span.start > last.end - last.start);
    if (stronger) {
      last.type = span.type;
      last.confidence = span.confidence;
    }
    if (span.end > last.end) last.end = span.end;
  }
  for (const span of merged) span.text = text.slice(span.start, span.end);
  return merged;
}
