/**
 * The labels a value sits under on an EHR screen (its table column header, its <dt>, its <label>,
 * its aria-label, the short element just before it in a key-value layout), read from the live DOM
 * by the rules the benchmark's HTML stand-in uses too (shared/detect/page-structure.ts). The
 * detection engine uses them to type values that look like nothing on their own ("A12345" under "MRN").
 */
import type { DetectContext } from '../../shared/detect';
import { blockLabels, INLINE_ELEMENTS, type ElementTree } from '../../shared/detect/page-structure';

/**
 * The context of the text in `element`: its labels, nearest aria-label, and banner role. For a block
 * of text, `firstText` is its first text node: a short element just before it labels it too.
 */
export function contextOf(element: Element, firstText?: Text): DetectContext & { labels: string[] } {
  const { labels, ariaLabel, role } = blockLabels(element, domTree, firstText && precedingElement(firstText, element));
  const context: DetectContext & { labels: string[] } = { labels };
  if (ariaLabel !== undefined) context.ariaLabel = ariaLabel;
  if (role) context.role = role;
  return context;
}

/**
 * The element just before the text that starts a block inside `container` (blank text and comments
 * skipped, and up out of the inline elements the text opens), as the benchmark's stand-in finds it.
 */
function precedingElement(text: Text, container: Element): Element | undefined {
  let node: Node = text;
  while (!previousNonBlank(node) && node.parentElement && node.parentElement !== container && INLINE_ELEMENTS.has(node.parentElement.localName)) node = node.parentElement;
  const previous = previousNonBlank(node);
  return previous?.nodeType === Node.ELEMENT_NODE ? (previous as Element) : undefined;
}

function previousNonBlank(node: Node): Node | null {
  let previous = node.previousSibling;
  while (previous && (previous.nodeType === Node.COMMENT_NODE || (previous.nodeType === Node.TEXT_NODE && (previous.textContent ?? '').trim() === ''))) previous = previous.previousSibling;
  return previous;
}

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
