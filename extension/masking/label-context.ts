/**
 * The labels a value sits under on an EHR screen (its table column header, its <dt>, its <label>,
 * its aria-label, the short element just before it in a key-value layout), read from the live DOM
 * by the rules the benchmark's HTML stand-in uses too (shared/detect/page-structure.ts). The
 * detection engine uses them to type values that look like nothing on their own ("A12345" under "MRN").
 */
import type { DetectContext } from '../../shared/detect';
import { blockLabels, precedingElement, type ElementTree, type TextSiblings } from '../../shared/detect/page-structure';

/**
 * The context of the text in `element`: its labels, nearest aria-label, and banner role. For a block
 * of text, `firstText` is its first text node: a short element just before it labels it too.
 */
export function contextOf(element: Element, firstText?: Text): DetectContext & { labels: string[] } {
  const { labels, ariaLabel, role } = blockLabels(element, domTree, firstText && precedingElement<Node, Element>(firstText, element, domTree, domSiblings));
  const context: DetectContext & { labels: string[] } = { labels };
  if (ariaLabel !== undefined) context.ariaLabel = ariaLabel;
  if (role) context.role = role;
  return context;
}

const domSiblings: TextSiblings<Node, Element> = {
  previous: (node) => node.previousSibling,
  parentElement: (node) => node.parentElement,
  asElement: (node) => (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : undefined),
  isBlank: (node) => node.nodeType === Node.COMMENT_NODE || (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === ''),
};

const domTree: ElementTree<Element> = {
  name: (element) => element.localName,
  attribute: (element, name) => element.getAttribute(name),
  parent: (element) => element.parentElement,
  previousElement: (element) => element.previousElementSibling,
  nextElement: (element) => element.nextElementSibling,
  firstElement: (element) => element.firstElementChild,
  text: (element) => element.textContent ?? '',
  labelFor: (element, id) => labelsByTarget(element.ownerDocument).get(id),
  byId: (element, id) => element.ownerDocument.getElementById(id),
};

// A document's <label for> texts by target id, read once per task: looking one up with
// querySelector scans the whole document, for every labelled ancestor of every block of a scan.
let labelTexts: { document: Document; byTarget: Map<string, string> } | undefined;

function labelsByTarget(document: Document): Map<string, string> {
  if (labelTexts?.document !== document) {
    const byTarget = new Map<string, string>();
    for (const label of document.querySelectorAll<HTMLLabelElement>('label[for]')) if (!byTarget.has(label.htmlFor)) byTarget.set(label.htmlFor, label.textContent ?? '');
    labelTexts = { document, byTarget };
    queueMicrotask(() => (labelTexts = undefined));
  }
  return labelTexts.byTarget;
}
