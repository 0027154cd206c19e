import { detectBlocks, type NodeSpan, type TextBlock } from '../../shared/detect';

/** A name span this sure is one the engine propagates to the rest of the page. */
const ANCHOR_CONFIDENCE = 0.85;
const MAX_ANCHORS = 16;

/**
 * The blocks where the page named its patient with confidence (the banner, a "Patient:" field),
 * kept as text snapshots and passed along with every later detection call. The engine masks a
 * name found in the banner wherever else it appears, but only among the blocks of one call: a
 * batch of a large page or a mutation's few changed blocks would otherwise lose that context.
 * The snapshots hold page text in this content script's memory only.
 */
export class PatientAnchors {
  private anchors: TextBlock[] = [];

  /** detectBlocks over `blocks` with the anchors in front; returns the spans of `blocks` only. */
  detect(blocks: TextBlock[]): NodeSpan[][] {
    const spans = detectBlocks([...this.anchors, ...blocks]).slice(this.anchors.length);
    blocks.forEach((block, i) => {
      if ((spans[i] ?? []).some((span) => span.type === 'NAME' && span.confidence >= ANCHOR_CONFIDENCE)) this.add(block);
    });
    return spans;
  }

  private add(block: TextBlock): void {
    const text = block.nodes.join('');
    if (this.anchors.some((anchor) => anchor.nodes[0] === text)) return;
    this.anchors = [...this.anchors, { nodes: [text], context: block.context }].slice(-MAX_ANCHORS);
  }
}
