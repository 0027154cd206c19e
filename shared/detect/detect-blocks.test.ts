import { describe, expect, it } from 'vitest';
import { detectBlocks, type TextBlock } from './index';

function maskedTexts(blocks: TextBlock[]): string[][] {
  return detectBlocks(blocks).map((spans, b) => spans.map((s) => blocks[b]!.nodes[s.nodeIndex]!.slice(s.start, s.end)));
}

describe('detectBlocks', () => {
  it('returns one span list per block, mapped onto the nodes a split value covers', () => {
    const blocks: TextBlock[] = [{ nodes: ['DOB: 03/', '04/1950', ' (age 74)'] }, { nodes: ['nothing here'] }];
    const result = detectBlocks(blocks);
    expect(result).toHaveLength(2);
    expect(result[0]).toEqual([
      { nodeIndex: 0, start: 5, end: 8, type: 'DATE', confidence: 0.95 },
      { nodeIndex: 1, start: 0, end: 7, type: 'DATE', confidence: 0.95 },
    ]);
    expect(result[1]).toEqual([]);
  });

  it('joins a name split over inline elements into one match', () => {
    expect(maskedTexts([{ nodes: ['Mrs. ', 'Sumiko', ' ', 'Medhurst'] }])).toEqual([['Mrs. ', 'Sumiko', ' ', 'Medhurst']]);
  });

  it('propagates a labelled patient name to every block, including initial and surname-first forms', () => {
    const blocks: TextBlock[] = [
      { nodes: ['Wendolyn Kulas'], context: { labels: ['Patient'], role: 'banner' } },
      { nodes: ['Kulas reports less pain. Plan discussed with Wendolyn.'] },
      { nodes: ['cc: W. Kulas; Kulas, Wendolyn'] },
      { nodes: ['Parkinson disease follow-up'] },
    ];
    expect(maskedTexts(blocks)).toEqual([['Wendolyn Kulas'], ['Kulas', 'Wendolyn'], ['W. Kulas', 'Kulas, Wendolyn'], []]);
  });

  it('propagates a labelled identifier to unlabelled occurrences', () => {
    const blocks: TextBlock[] = [{ nodes: ['QX-4471'], context: { labels: ['MRN'] } }, { nodes: ['Result filed under QX-4471 yesterday'] }];
    expect(detectBlocks(blocks)[1]).toMatchObject([{ type: 'MRN', start: 19, end: 26 }]);
  });

  it('does not propagate low-confidence guesses or provider names', () => {
    const blocks: TextBlock[] = [{ nodes: ['Seen by Dr. Liane Kunze'] }, { nodes: ['Kunze and Liane were on call'] }];
    expect(maskedTexts(blocks)).toEqual([[], []]);
  });

  it('handles no blocks and empty nodes', () => {
    expect(detectBlocks([])).toEqual([]);
    expect(detectBlocks([{ nodes: [] }, { nodes: ['', ''] }])).toEqual([[], []]);
  });
});
