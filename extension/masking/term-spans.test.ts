import { describe, expect, it } from 'vitest';
import { termSpans } from './term-spans';

describe('termSpans', () => {
  it.each([
    { nodes: ['Bed 12 West'], terms: ['12 west'], spans: [[0, 4, 11]] },
    { nodes: ['a', 'west wing, WEST door'], terms: ['west'], spans: [[1, 0, 4], [1, 11, 15]] },
    { nodes: ['nothing here'], terms: ['west'], spans: [] },
    { nodes: ['empty terms match nothing'], terms: [''], spans: [] },
  ])('finds $terms in $nodes', ({ nodes, terms, spans }) => {
    expect(termSpans(nodes, terms).map((s) => [s.nodeIndex, s.start, s.end])).toEqual(spans);
  });
});
