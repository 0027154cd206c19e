import type { NodeSpan } from '../../shared/detect';
import type { PhiType } from '../../shared/phi-types';

export const HIGHLIGHT_NAME = 'phi-shield-mask';

/**
 * Masks text ranges through the CSS Custom Highlight API: the page's nodes are never changed, so
 * frameworks that own the DOM (React, Angular) keep working. The look comes from the content
 * script's stylesheet (`::highlight(phi-shield-mask)`).
 */
export class HighlightMask {
  private readonly highlight = new Highlight();
  private readonly byNode = new Map<Text, { ranges: Range[]; types: PhiType[] }>();

  constructor(doc: Document) {
    // Registered on the document's own registry so the page's ::highlight rule applies.
    doc.defaultView!.CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
  }

  /** Replaces the masks on `node` with `spans` (offsets within the node's text). */
  setNodeSpans(node: Text, spans: readonly NodeSpan[]): void {
    this.clearNode(node);
    if (spans.length === 0) return;
    const ranges = spans.map((span) => {
      const range = node.ownerDocument.createRange();
      range.setStart(node, Math.min(span.start, node.length));
      range.setEnd(node, Math.min(span.end, node.length));
      this.highlight.add(range);
      return range;
    });
    this.byNode.set(node, { ranges, types: spans.map((s) => s.type) });
  }

  clearNode(node: Text): void {
    const entry = this.byNode.get(node);
    if (!entry) return;
    for (const range of entry.ranges) this.highlight.delete(range);
    this.byNode.delete(node);
  }

  /** Drops masks of nodes that left the document. */
  forgetDetached(): void {
    for (const node of this.byNode.keys()) if (!node.isConnected) this.clearNode(node);
  }

  /** How many masked spans of each type are on the page now. A value split over nodes counts per node. */
  counts(): Partial<Record<PhiType, number>> {
    const counts: Partial<Record<PhiType, number>> = {};
    for (const { types } of this.byNode.values()) for (const type of types) counts[type] = (counts[type] ?? 0) + 1;
    return counts;
  }
}
