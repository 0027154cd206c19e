import type { TextBlock } from '../../shared/detect';
import { INLINE_ELEMENTS } from '../../shared/detect/page-structure';
import { contextOf } from './label-context';

/** What a block of text is grouped under: an element, or a shadow root for text placed directly in it. */
export type BlockContainer = Element | ShadowRoot;

/** A block of text as the engine sees it, with the live text nodes its offsets refer to. */
export interface DomTextBlock {
  block: TextBlock;
  nodes: Text[];
  container: BlockContainer;
  /** Inside a page-author or user marker (`data-private`, `.fs-mask`, a custom selector): masked whole. */
  private: boolean;
}

/** Everything a scan of one subtree found that may show PHI. */
export interface ScannedContent {
  blocks: DomTextBlock[];
  /** Elements carrying a rendered or tooltip attribute (title, alt, aria-label, placeholder). */
  attributed: Element[];
  fields: (HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement)[];
  images: HTMLImageElement[];
  iframes: HTMLIFrameElement[];
  shadowRoots: ShadowRoot[];
}

export const MASKED_ATTRIBUTES = ['title', 'alt', 'aria-label', 'placeholder'] as const;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION', 'SVG', 'svg']);
const FIELDS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const LINE_BREAKS = new Set(['BR', 'HR']);

export function isInline(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && INLINE_ELEMENTS.has((node as Element).localName));
}

/** The element (or shadow root) whose text a node's text joins: the nearest non-inline ancestor. */
export function blockContainerOf(node: Node): BlockContainer | null {
  let e = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!e) return node.parentNode instanceof ShadowRoot ? node.parentNode : null;
  while (INLINE_ELEMENTS.has(e.localName)) {
    const parent: Element | null = e.parentElement;
    if (!parent) return e.parentNode instanceof ShadowRoot ? e.parentNode : e;
    e = parent;
  }
  return e;
}

export interface ScanOptions {
  /** Selector of subtrees masked whole. */
  privateSelector: string;
  /** The shadow root of a host, open or closed, when the shield can see it. */
  shadowRootOf(host: Element): ShadowRoot | null;
  /** Only the root's own inline text: its block-level children did not change. */
  shallow?: boolean;
}

/**
 * Walks `root` (and the shadow trees under it) once, grouping text into blocks (consecutive text
 * nodes sharing a block container) and collecting the other places PHI can show.
 */
export function scanSubtree(root: Node, options: ScanOptions): ScannedContent {
  const found: ScannedContent = { blocks: [], attributed: [], fields: [], images: [], iframes: [], shadowRoots: [] };
  if (insideSkipped(root)) return found;
  walk(root, options, found);
  found.blocks = found.blocks.filter((b) => b.block.nodes.some((t) => t.trim() !== ''));
  return found;
}

function walk(root: Node, options: ScanOptions, found: ScannedContent): void {
  const doc = root.ownerDocument ?? (root as Document);
  let current: DomTextBlock | null = null;
  const visitElement = (element: Element): boolean => {
    if (FIELDS.has(element.tagName)) found.fields.push(element as ScannedContent['fields'][number]);
    if (SKIP.has(element.tagName)) return false;
    if (element.tagName === 'IMG') found.images.push(element as HTMLImageElement);
    else if (element.tagName === 'IFRAME') found.iframes.push(element as HTMLIFrameElement);
    if (MASKED_ATTRIBUTES.some((name) => element.hasAttribute(name))) found.attributed.push(element);
    const shadow = options.shadowRootOf(element);
    if (shadow) {
      found.shadowRoots.push(shadow);
      walk(shadow, options, found);
    }
    return true;
  };
  if (root.nodeType === Node.ELEMENT_NODE && !visitElement(root as Element)) return;
  const acceptElement = (element: Element): boolean => {
    if (options.shallow && !INLINE_ELEMENTS.has(element.localName)) {
      current = null; // text after a block child is a new block, as in a full scan
      return false;
    }
    // A line break ends the block: "2025-03-26<br>9:15 AM" would read "2025-03-269:15 AM".
    if (LINE_BREAKS.has(element.tagName)) current = null;
    return visitElement(element);
  };
  // No filter callback: the walker calling into script for every node cost more than the rest of
  // the walk (CPU profile of the corpus pages); rejected subtrees are stepped over here instead.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType !== Node.TEXT_NODE) {
      node = acceptElement(node as Element) ? walker.nextNode() : nextAfterSubtree(walker);
      continue;
    }
    const container = blockContainerOf(node);
    if (container) {
      if (!current || current.container !== container) {
        const labelled: Element = container instanceof ShadowRoot ? container.host : container;
        current = {
          container,
          nodes: [],
          block: { nodes: [], context: contextOf(labelled, node as Text) },
          private: labelled.closest(options.privateSelector) !== null,
        };
        found.blocks.push(current);
      }
      current.nodes.push(node as Text);
      current.block.nodes.push((node as Text).data);
    }
    node = walker.nextNode();
  }
}

/** The node after the walker's current node and its whole subtree, or null at the end of the root. */
function nextAfterSubtree(walker: TreeWalker): Node | null {
  do {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  } while (walker.parentNode());
  return null;
}

function insideSkipped(node: Node): boolean {
  for (let e = node.parentElement; e; e = e.parentElement) if (SKIP.has(e.tagName)) return true;
  return false;
}
