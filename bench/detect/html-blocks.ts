/**
 * Benchmark-side stand-in for the extension's DOM walker: turns an HTML page into TextBlocks the
 * way a browser shows it (inline elements joined, block elements apart) with the labels the
 * extension gives each block (shared/detect/page-structure.ts `blockLabels`, read here from parsed
 * HTML instead of the live DOM). It also keeps each text node's offset in the page's concatenated
 * text, the coordinate system of the corpus ground truth.
 */
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import type { TextBlock } from '../../shared/detect/index';
import { INLINE_ELEMENTS, blockLabels, precedingElement, type ElementTree, type TextSiblings } from '../../shared/detect/page-structure';

export interface PageBlock extends TextBlock {
  /** Offset of each node's text in the page's concatenated body text. */
  nodeOffsets: number[];
}

export interface Page {
  /** All body text nodes joined, scripts and styles excluded. */
  text: string;
  blocks: PageBlock[];
}

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head']);

export function extractPage(html: string): Page {
  const document = parseDocument(html, { decodeEntities: true });
  const body = findElement(document.children, 'body');
  const tree = elementTree(document.children);
  const blocks: PageBlock[] = [];
  let text = '';
  let current: PageBlock | undefined;
  let currentOwner: Element | undefined;

  const flush = () => {
    if (current && current.nodes.some((n) => n.trim().length > 0)) blocks.push(current);
    current = undefined;
  };
  const walk = (nodes: AnyNode[], owner: Element | undefined) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        if (!current || currentOwner !== owner) {
          flush();
          current = { nodes: [], nodeOffsets: [], context: owner ? contextOf(owner, tree, precedingElement<AnyNode, Element>(node, owner, tree, parsedSiblings)) : {} };
          currentOwner = owner;
        }
        current.nodes.push(node.data);
        current.nodeOffsets.push(text.length);
        text += node.data;
      } else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const element = node as Element;
        if (SKIPPED.has(element.name)) continue;
        if (INLINE_ELEMENTS.has(element.name)) walk(element.children, owner);
        else {
          flush();
          walk(element.children, element);
          flush();
        }
      }
    }
  };
  if (body) walk(body.children, body);
  flush();
  return { text, blocks };
}

function findElement(nodes: AnyNode[], name: string): Element | undefined {
  for (const node of nodes) {
    if (node.type !== 'tag') continue;
    if (node.name === name) return node;
    const found = findElement(node.children, name);
    if (found) return found;
  }
  return undefined;
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (node.type !== 'tag') return '';
  if (SKIPPED.has(node.name)) return '';
  return node.children.map(textOf).join('');
}

/** In one walk of the page: each `<label for>`'s text by its target id, and each element by its id (the first of each, as the DOM finds them). */
function collectLabelsAndIds(nodes: AnyNode[], labelsFor: Map<string, string>, ids: Map<string, Element>): void {
  for (const node of nodes) {
    if (node.type !== 'tag') continue;
    const target = node.name === 'label' ? node.attribs['for'] : undefined;
    if (target && !labelsFor.has(target)) labelsFor.set(target, textOf(node));
    const id = node.attribs['id'];
    if (id && !ids.has(id)) ids.set(id, node);
    collectLabelsAndIds(node.children, labelsFor, ids);
  }
}

function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && node.type === 'tag';
}

function siblingElement(node: AnyNode | null, step: (node: AnyNode) => AnyNode | null): Element | undefined {
  while (node && !isElement(node)) node = step(node);
  return node ?? undefined;
}

const parsedSiblings: TextSiblings<AnyNode, Element> = {
  previous: (node) => node.prev,
  parentElement: (node) => (isElement(node.parent) ? node.parent : undefined),
  asElement: (node) => (isElement(node) ? node : undefined),
  isBlank: (node) => node.type === 'comment' || (node.type === 'text' && node.data.trim() === ''),
};

/** The parsed page as the element tree page-structure.ts reads labels from. */
function elementTree(document: AnyNode[]): ElementTree<Element> {
  const labelsFor = new Map<string, string>();
  const ids = new Map<string, Element>();
  collectLabelsAndIds(document, labelsFor, ids);
  return {
    name: (element) => element.name,
    attribute: (element, name) => element.attribs[name],
    parent: (element) => (isElement(element.parent) ? element.parent : undefined),
    previousElement: (element) => siblingElement(element.prev, (n) => n.prev),
    nextElement: (element) => siblingElement(element.next, (n) => n.next),
    firstElement: (element) => siblingElement(element.children[0] ?? null, (n) => n.next),
    text: textOf,
    labelFor: (_, id) => labelsFor.get(id),
    byId: (_, id) => ids.get(id),
  };
}

function contextOf(owner: Element, tree: ElementTree<Element>, preceding: Element | undefined): TextBlock['context'] {
  const { labels, ariaLabel, role } = blockLabels(owner, tree, preceding);
  return { labels, ...(ariaLabel !== undefined ? { ariaLabel } : {}), ...(role ? { role } : {}) };
}
