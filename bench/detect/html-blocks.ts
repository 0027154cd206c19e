/**
 * Benchmark-side stand-in for the extension's DOM walker: turns an HTML page into TextBlocks the
 * way a browser shows it (inline elements joined, block elements apart) with the context a page
 * gives each block: <dt> for <dd>, <th> column headers, <label for>, aria-label, and a short
 * preceding sibling in key-value layouts. It also keeps each text node's offset in the page's
 * concatenated text, the coordinate system of the corpus ground truth.
 */
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import type { BlockRole, TextBlock } from '../../shared/detect/index';
import { BANNER_DEPTH, isSpreadsheetLetterRow, marksBanner } from '../../shared/detect/page-structure';

export interface PageBlock extends TextBlock {
  /** Offset of each node's text in the page's concatenated body text. */
  nodeOffsets: number[];
}

export interface Page {
  /** All body text nodes joined, scripts and styles excluded. */
  text: string;
  blocks: PageBlock[];
}

const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span',
  'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head']);
const LABEL_MAX_CHARS = 48;
/** Elements that are labels or values of their own structure, never a sibling's label. */
const LABEL_ELEMENTS_NEVER_LABELLED = new Set(['dd', 'td', 'input', 'select', 'textarea', 'button']);
const OWN_LABEL_ELEMENTS = new Set(['dt', 'th', 'label', 'legend', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function extractPage(html: string): Page {
  const document = parseDocument(html, { decodeEntities: true });
  const body = findElement(document.children, 'body');
  const labelsFor = collectLabelsFor(document.children);
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
          current = { nodes: [], nodeOffsets: [], context: owner ? contextOf(owner, labelsFor) : {} };
          currentOwner = owner;
        }
        current.nodes.push(node.data);
        current.nodeOffsets.push(text.length);
        text += node.data;
      } else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const element = node as Element;
        if (SKIPPED.has(element.name)) continue;
        if (INLINE.has(element.name)) walk(element.children, owner);
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

/** The next <tr> after `row` among its siblings. */
function nextRow(row: Element): Element | undefined {
  for (let node = row.next; node; node = node.next) if (node.type === 'tag' && node.name === 'tr') return node;
  return undefined;
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (node.type !== 'tag') return '';
  if (SKIPPED.has(node.name)) return '';
  return node.children.map(textOf).join('');
}

function collectLabelsFor(nodes: AnyNode[], out = new Map<string, string>()): Map<string, string> {
  for (const node of nodes) {
    if (node.type !== 'tag') continue;
    if (node.name === 'label' && node.attribs['for']) out.set(node.attribs['for'], textOf(node).trim());
    collectLabelsFor(node.children, out);
  }
  return out;
}

function previousElement(element: Element): Element | undefined {
  for (let node = element.prev; node; node = node.prev) if (node.type === 'tag') return node;
  return undefined;
}

/** A label is a leaf: short text with only inline content. A container of label + value is not one. */
function labelText(element: Element | undefined): string | undefined {
  if (!element || LABEL_ELEMENTS_NEVER_LABELLED.has(element.name)) return undefined;
  if (element.children.some((child) => child.type === 'tag' && !INLINE.has(child.name) && !SKIPPED.has(child.name))) return undefined;
  return shortText(element);
}

function shortText(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const text = textOf(element).trim().replace(/\s+/g, ' ');
  return text.length > 0 && text.length <= LABEL_MAX_CHARS ? text : undefined;
}

/** The labels a reader would associate with the block owned by `owner`, nearest first. */
function contextOf(owner: Element, labelsFor: Map<string, string>): TextBlock['context'] {
  const labels: string[] = [];
  let ariaLabel: string | undefined;
  let role: BlockRole | undefined;
  let element: Element | undefined = owner;
  for (let depth = 0; element && depth < 6; depth++, element = element.parent as Element | undefined) {
    if (element.type !== 'tag') break;
    ariaLabel ??= element.attribs['aria-label'];
    const id = element.attribs['id'];
    if (id && labelsFor.has(id)) labels.push(labelsFor.get(id)!);
    if (!role && depth < BANNER_DEPTH && marksBanner(element.name, element.attribs['role'], element.attribs['class'])) role = 'banner';
    if (element.name === 'dd') {
      for (let prev = previousElement(element); prev; prev = previousElement(prev)) {
        if (prev.name === 'dt') {
          labels.push(textOf(prev).trim());
          break;
        }
      }
    } else if (element.name === 'td' || element.name === 'th') {
      const header = columnHeader(element);
      if (header) labels.push(header);
      // As the extension's label-context: the cell before, if it has no digits, labels this one too
      // ("Field | Description | Value" tables: "Family Name" labels the value under "Value"), unless
      // this cell is a column header.
      const before = element.name === 'th' ? undefined : shortText(previousElement(element));
      if (before && before !== header && !/\d/.test(before)) labels.push(before);
    } else if (OWN_LABEL_ELEMENTS.has(element.name)) {
      break;
    } else if (depth === 0 || (depth === 1 && !previousElement(owner))) {
      // Key-value layouts: <div><div>DOB</div><div>1950-01-02</div></div>, value possibly wrapped once.
      const label = labelText(previousElement(element));
      if (label) labels.push(label);
    }
    if (element.name === 'body') break;
  }
  return { labels, ...(ariaLabel ? { ariaLabel } : {}), ...(role ? { role } : {}) };
}

function columnHeader(cell: Element): string | undefined {
  const row = cell.parent as Element | null;
  if (!row || row.type !== 'tag') return undefined;
  const cells = row.children.filter((n): n is Element => n.type === 'tag' && (n.name === 'td' || n.name === 'th'));
  const column = cells.indexOf(cell);
  let table: Element | null = row;
  while (table && table.type === 'tag' && table.name !== 'table') table = table.parent as Element | null;
  if (!table || table.type !== 'tag') return undefined;
  const headerRow = findElement(table.children, 'tr');
  if (!headerRow || headerRow === row) return cell.name === 'td' && column > 0 ? shortText(cells[column - 1]) : undefined;
  let headers = headerRow.children.filter((n): n is Element => n.type === 'tag' && (n.name === 'th' || n.name === 'td'));
  // As the extension's label-context: under a spreadsheet's column letters the next row holds the labels.
  if (isSpreadsheetLetterRow(headers.map(textOf))) {
    const labelRow = nextRow(headerRow);
    if (!labelRow || labelRow === row) return undefined;
    return shortText(labelRow.children.filter((n): n is Element => n.type === 'tag' && (n.name === 'th' || n.name === 'td'))[column]);
  }
  const header = headers[column];
  return header && header.name === 'th' ? shortText(header) : column > 0 ? shortText(cells[column - 1]) : undefined;
}
