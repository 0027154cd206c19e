import { findPageSpans, forEachBlockSpan } from './detect';
import type { PageMemory } from './page-memory';
import type { NodeSpan, TextBlock } from './types';

/**
 * Detects over a page's blocks in one call (so a name anchored in the banner is masked in every
 * block) and maps each span back onto the nodes it covers: one NodeSpan per node touched.
 * With `memory` (createPageMemory(), one per page), names and identifiers anchored by earlier calls
 * are masked in these blocks too, and this call's anchors are kept for the next.
 */
export function detectBlocks(blocks: TextBlock[], memory?: PageMemory): NodeSpan[][] {
  const page = findPageSpans(blocks, memory);
  const results: NodeSpan[][] = blocks.map(() => []);
  // Spans arrive sorted, block by block: the node cursor only moves forward within a block.
  let block = -1;
  let nodeIndex = 0;
  let nodeStart = 0;
  forEachBlockSpan(page, (blockIndex, spanStart, spanEnd, span) => {
    if (blockIndex !== block) {
      block = blockIndex;
      nodeIndex = 0;
      nodeStart = 0;
    }
    const nodes = blocks[blockIndex]!.nodes;
    // Advance to the node holding the span's start, then walk the nodes it covers.
    while (nodeIndex < nodes.length && nodeStart + nodes[nodeIndex]!.length <= spanStart) nodeStart += nodes[nodeIndex++]!.length;
    let index = nodeIndex;
    let offset = nodeStart;
    while (index < nodes.length && offset < spanEnd) {
      const length = nodes[index]!.length;
      const start = Math.max(spanStart, offset) - offset;
      const end = Math.min(spanEnd, offset + length) - offset;
      if (end > start) results[blockIndex]!.push({ nodeIndex: index, start, end, type: span.type, confidence: span.confidence });
      offset += length;
      index++;
    }
  });
  return results;
}
