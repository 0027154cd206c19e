import { describe, expect, it } from 'vitest';
import { sortSpans } from './resolve-overlaps';
import type { FoundSpan } from './span';

/** A small deterministic generator, so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

describe('sortSpans', () => {
  it('orders as a stable Array.prototype.sort by start, the longest first, on every size', () => {
    const next = random(7);
    for (let size = 0; size <= 200; size += size < 40 ? 1 : 17) {
      // Few distinct starts and ends: many ties, which must keep their order.
      const spans: FoundSpan[] = Array.from({ length: size }, (_, i) => {
        const start = Math.floor(next() * 20);
        return { start, end: start + 1 + Math.floor(next() * 4), type: 'NAME', confidence: i };
      });
      const expected = spans.slice().sort((a, b) => a.start - b.start || b.end - a.end);
      expect(sortSpans(spans)).toEqual(expected);
    }
  });

  it('sorts in place', () => {
    const spans: FoundSpan[] = [5, 3, 9, 1].map((start) => ({ start, end: start + 1, type: 'DATE', confidence: 1 }));
    const sorted = sortSpans(spans);
    expect(sorted).toBe(spans);
    expect(spans.map((s) => s.start)).toEqual([1, 3, 5, 9]);
  });
});
