import type { NodeSpan } from '../../shared/detect';
import type { PhiType } from '../../shared/phi-types';

export const HIGHLIGHT_NAME = 'phi-shield-mask';

/** One masked stretch of text: a range inside one text node and the PHI type it holds. */
export interface MaskedRange {
  range: StaticRange;
  type: PhiType;
}

/**
 * Masks text ranges through the CSS Custom Highlight API: the page's nodes are never changed, so
 * frameworks that own the DOM (React, Angular) keep working. The look comes from the stylesheets
 * (`::highlight(phi-shield-mask)`). Ranges are StaticRanges: the browser updates every live Range
 * of a document on every DOM mutation, which tens of thousands of masks would make the page pay
 * for; a node whose text changes is scanned again anyway.
 */
export class HighlightMask {
  private readonly highlight = new Highlight();
  private readonly byNode = new Map<Text, MaskedRange[]>();
  /** Ranges a person revealed, by node and offsets, so a rescan during the reveal keeps them shown. */
  private readonly revealed = new Map<Text, Set<string>>();
  private readonly registry: HighlightRegistry;

  constructor(doc: Document) {
    // The document's own registry, so the page's ::highlight rules apply.
    this.registry = doc.defaultView!.CSS.highlights;
    this.registry.set(HIGHLIGHT_NAME, this.highlight);
  }

  /** Replaces the masks on `node` with `spans` (offsets within the node's text). */
  setNodeSpans(node: Text, spans: readonly Pick<NodeSpan, 'start' | 'end' | 'type'>[]): void {
    this.clearNode(node);
    if (spans.length === 0) return;
    const revealed = this.revealed.get(node);
    const masked = spans.map((span) => {
      const range = new StaticRange({
        startContainer: node,
        startOffset: Math.min(span.start, node.length),
        endContainer: node,
        endOffset: Math.min(span.end, node.length),
      });
      if (!revealed?.has(key(range))) this.highlight.add(range);
      return { range, type: span.type };
    });
    this.byNode.set(node, masked);
  }

  clearNode(node: Text): void {
    const masked = this.byNode.get(node);
    if (!masked) return;
    for (const { range } of masked) this.highlight.delete(range);
    this.byNode.delete(node);
  }

  /** Drops masks of nodes that left the document. */
  forgetDetached(): void {
    for (const node of this.byNode.keys()) if (!node.isConnected) this.clearNode(node);
  }

  clearAll(): void {
    this.highlight.clear();
    this.byNode.clear();
  }

  /** The masked range under a caret position, if any. */
  maskedAt(node: Node, offset: number): MaskedRange | null {
    if (node.nodeType !== Node.TEXT_NODE) return null;
    return this.byNode.get(node as Text)?.find(({ range }) => range.startOffset <= offset && offset <= range.endOffset) ?? null;
  }

  /** Shows one range until `remask` is called with the same range. */
  reveal(range: StaticRange): void {
    const node = range.startContainer as Text;
    const set = this.revealed.get(node) ?? new Set<string>();
    set.add(key(range));
    this.revealed.set(node, set);
    for (const masked of this.byNode.get(node) ?? []) if (key(masked.range) === key(range)) this.highlight.delete(masked.range);
  }

  remask(range: StaticRange): void {
    const node = range.startContainer as Text;
    this.revealed.get(node)?.delete(key(range));
    for (const masked of this.byNode.get(node) ?? []) if (key(masked.range) === key(range)) this.highlight.add(masked.range);
  }

  /** Page reveal mode: the highlight leaves the registry (nothing painted) and comes back intact. */
  setPageRevealed(revealed: boolean): void {
    if (revealed) this.registry.delete(HIGHLIGHT_NAME);
    else this.registry.set(HIGHLIGHT_NAME, this.highlight);
  }

  /** How many masked spans of each type are on the page now. A value split over nodes counts per node. */
  counts(): Partial<Record<PhiType, number>> {
    const counts: Partial<Record<PhiType, number>> = {};
    for (const masked of this.byNode.values()) for (const { type } of masked) counts[type] = (counts[type] ?? 0) + 1;
    return counts;
  }
}

function key(range: StaticRange): string {
  return `${range.startOffset}:${range.endOffset}`;
}
