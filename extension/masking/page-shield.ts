import { detectBlocks, type NodeSpan } from '../../shared/detect';
import { HighlightMask } from './highlight-mask';
import { blockElementOf, collectTextBlocks } from './text-blocks';

export interface PageShield {
  mask: HighlightMask;
  stop(): void;
}

/**
 * Masks PHI in a document and keeps it masked as the page changes. The first scan covers the whole
 * body; after that only the blocks a mutation touched are scanned again. Mutation callbacks run
 * before the next paint, so changed text is masked before it is ever drawn.
 */
export function startPageShield(doc: Document, onFirstScan: (mask: HighlightMask) => void): PageShield {
  const mask = new HighlightMask(doc);

  const scan = (roots: Iterable<Node>) => {
    const blocks = [...roots].flatMap((root) => collectTextBlocks(root));
    const spans = detectBlocks(blocks.map((b) => b.block));
    blocks.forEach((b, i) => {
      const perNode = groupByNode(spans[i] ?? []);
      b.nodes.forEach((node, n) => mask.setNodeSpans(node, perNode.get(n) ?? []));
    });
  };

  const observer = new MutationObserver((records) => {
    if (!doc.body) return;
    const dirty = new Set<Element>();
    for (const record of records) {
      const element = blockElementOf(record.target);
      if (element && doc.body.contains(element)) dirty.add(element);
    }
    // A dirty block inside another dirty block is covered by the outer one's scan.
    const roots = [...dirty].filter((e) => ![...dirty].some((other) => other !== e && other.contains(e)));
    if (roots.length > 0) scan(roots);
    if (records.some((r) => r.removedNodes.length > 0)) mask.forgetDetached();
  });

  const firstScan = () => {
    scan([doc.body]);
    onFirstScan(mask);
  };
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', firstScan, { once: true });
  else firstScan();

  return { mask, stop: () => observer.disconnect() };
}

function groupByNode(spans: readonly NodeSpan[]): Map<number, NodeSpan[]> {
  const byNode = new Map<number, NodeSpan[]>();
  for (const span of spans) {
    const list = byNode.get(span.nodeIndex);
    if (list) list.push(span);
    else byNode.set(span.nodeIndex, [span]);
  }
  return byNode;
}
