import { detectAll } from './detect';
import type { PageMemory } from './page-memory';
import type { NodeSpan, TextBlock } from './types';

/**
 * Detects over a page's blocks in one call (so a name anchored in the banner is masked in every
 * block) and maps each span back onto the nodes it covers: one NodeSpan per node touched.
 * With `memory` (createPageMemory(), one per page), names and identifiers anchored by earlier calls
 * are masked in these blocks too, and this call's anchors are kept for the next.
 */
export function detectBlocks(blocks: TextBlock[], memory?: PageMemory): NodeSpan[][] {
  const results = detectAll(
    blocks.map((block) => ({ text: block.nodes.join(''), context: block.context })),
    memory,
  );
  return results.map((spans, blockIndex) => {
    const nodes = blocks[blockIndex]!.nodes;
    const nodeSpans: NodeSpan[] = [];
    let nodeIndex = 0;
    let nodeStart = 0;
    for (const span of spans) {
      // Spans are sorted: advance to the node holding the span's start, then walk its nodes.
      while (nodeIndex < nodes.length && nodeStart + nodes[nodeIndex]!.length <= span.start) nodeStart += nodes[nodeIndex++]!.length;
      let index = nodeIndex;
      let offset = nodeStart;
      while (index < nodes.length && offset < span.end) {
        const length = nodes[index]!.length;
        const start = Math.max(span.start, offset) - offset;
        const end = Math.min(span.end, offset + length) - offset;
        if (end > start) nodeSpans.push({ nodeIndex: index, start, end, type: span.type, confidence: span.confidence });
        offset += length;
        index++;
      }
    }
    return nodeSpans;
  });
}
