import type { TextBlock } from '../../shared/detect';
import { labelsFor } from './label-context';

/** A block of text as the engine sees it, with the live text nodes its offsets refer to. */
export interface DomTextBlock {
  block: TextBlock;
  nodes: Text[];
  element: Element;
}

// Text joins across these (a name split over <b>/<span> is one match); any other element ends a block.
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK',
  'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION', 'SVG']);

export function blockElementOf(node: Node): Element | null {
  let e = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (e && INLINE.has(e.tagName) && e.parentElement) e = e.parentElement;
  return e;
}

/** Groups the text under `root` into blocks: consecutive text nodes sharing a block element. */
export function collectTextBlocks(root: Node): DomTextBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (skipped(node.parentElement) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const blocks: DomTextBlock[] = [];
  let current: DomTextBlock | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const element = blockElementOf(node);
    if (!element) continue;
    if (!current || current.element !== element) {
      current = { element, nodes: [], block: { nodes: [], context: { labels: labelsFor(element) } } };
      blocks.push(current);
    }
    current.nodes.push(node);
    current.block.nodes.push(node.data);
  }
  return blocks.filter((b) => b.block.nodes.some((t) => t.trim() !== ''));
}

function skipped(element: Element | null): boolean {
  for (let e = element; e; e = e.parentElement) if (SKIP.has(e.tagName.toUpperCase())) return true;
  return false;
}
