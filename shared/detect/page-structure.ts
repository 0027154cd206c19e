/**
 * What the DOM layer reads from a page's structure, written once for the extension's walker and the
 * benchmark's HTML stand-in so both read a page alike.
 */

/**
 * What marks an element as a page header or patient banner: `<header>`, role=banner, or a "banner"
 * or "patient-header" class. A name inside one is the chart's patient, which the engine then looks
 * for everywhere on the page.
 */
const BANNER_CLASS = /\b(?:banner|patient-?header)\b/i;

/** How many ancestors up a banner may be: a layout wrapped in one header is not all banner. */
export const BANNER_DEPTH = 6;

export function marksBanner(tagName: string, role: string | null | undefined, className: string | null | undefined): boolean {
  return tagName === 'header' || role === 'banner' || (!!className && BANNER_CLASS.test(className));
}

/**
 * A spreadsheet's column letters ("", "A", "B", "C"...) as a table's first row: the labels of its
 * columns are then the row under them (a CSV export opened in a grid: "MRN | LastName | DOB").
 */
export function isSpreadsheetLetterRow(cellTexts: readonly string[]): boolean {
  const letters = cellTexts.map((text) => text.trim()).filter((text) => text !== '');
  return letters.length >= 3 && letters[0] === 'A' && letters.every((text) => SPREADSHEET_COLUMN.test(text));
}

const SPREADSHEET_COLUMN = /^[A-Z]{1,2}$/;

// ---------------------------------------------------------------------------------------------
// The labels a block of text sits under

/** Text joins across these (a name split over <b>/<span> is one block); any other element ends a block. */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'label', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);

/** What finding the element before a block's first text asks of the nodes around it (precedingElement). */
export interface TextSiblings<N, E extends N> {
  previous(node: N): N | null | undefined;
  parentElement(node: N): E | null | undefined;
  /** The node itself if it is an element. */
  asElement(node: N): E | undefined;
  /** A comment, or text of blanks only. */
  isBlank(node: N): boolean;
}

/**
 * The element just before the text that starts a block inside `container` (blank text and comments
 * skipped, and up out of the inline elements the text opens): the short label element blockLabels
 * reads first ("<td><h4>Resident</h4>Prys, Gwen</td>"). One rule for the live DOM and parsed HTML.
 */
export function precedingElement<N, E extends N>(text: N, container: E, tree: ElementTree<E>, nodes: TextSiblings<N, E>): E | undefined {
  let node: N = text;
  for (let parent = nodes.parentElement(node); !previousNonBlank(node, nodes) && parent && parent !== container && INLINE_ELEMENTS.has(tree.name(parent)); parent = nodes.parentElement(node)) {
    node = parent;
  }
  const previous = previousNonBlank(node, nodes);
  return previous ? nodes.asElement(previous) : undefined;
}

function previousNonBlank<N, E extends N>(node: N, nodes: TextSiblings<N, E>): N | null | undefined {
  let previous = nodes.previous(node);
  while (previous && nodes.isBlank(previous)) previous = nodes.previous(previous);
  return previous;
}

/**
 * What reading a block's labels asks of an element tree, answered by the extension for the live DOM
 * and by the benchmark for parsed HTML, so both give a block the same labels.
 */
export interface ElementTree<E> {
  /** Lower-case tag name. */
  name(element: E): string;
  attribute(element: E, name: string): string | null | undefined;
  parent(element: E): E | null | undefined;
  previousElement(element: E): E | null | undefined;
  nextElement(element: E): E | null | undefined;
  firstElement(element: E): E | null | undefined;
  /** The element's text, scripts and styles left out. */
  text(element: E): string;
  /** The text of the `<label for=id>` in the element's document. */
  labelFor(element: E, id: string): string | null | undefined;
  /** The element with this id in the element's document. */
  byId(element: E, id: string): E | null | undefined;
}

export interface BlockLabels {
  /** Nearest first. */
  labels: string[];
  ariaLabel?: string;
  role?: 'banner';
}

/** The longest text read as a label: longer is a sentence or a value. */
export const LABEL_MAX_CHARS = 48;
/** How far up a block's labels are looked for (a value wrapped in a few layout elements). */
const LABEL_DEPTH = 6;
/** Labels or values of their own structure, never a sibling's label. */
const NEVER_A_SIBLING_LABEL = new Set(['dd', 'td', 'input', 'select', 'textarea', 'button']);
/** Elements that are a label themselves: their text has no label of its own above it. */
const OWN_LABEL_ELEMENTS = new Set(['dt', 'th', 'label', 'legend', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head']);

/**
 * The labels a reader would give the text of `owner` (a block's element, or a field), nearest first:
 * the short element just before the block's text inside `owner` (`precedingElement`: "<td><h4>Resident</h4>
 * Prys, Gwen</td>", "<b>Address</b><br>12 Main St"), its `<label for>`, the `<dt>` of its `<dd>`,
 * its table column header or ARIA grid column header, the cell before it, the short element just
 * before it in a key-value layout (the value possibly wrapped once), aria-labelledby; and the
 * nearest aria-label, and whether it sits in a banner.
 */
export function blockLabels<E>(owner: E, tree: ElementTree<E>, precedingElement?: E): BlockLabels {
  const labels: string[] = [];
  const add = (text: string | null | undefined) => {
    const label = text?.replace(/\s+/g, ' ').trim();
    if (label && label.length <= LABEL_MAX_CHARS && !labels.includes(label)) labels.push(label);
  };
  const result: BlockLabels = { labels };
  const before = precedingElement && tree.name(precedingElement) === 'br' ? tree.previousElement(precedingElement) : precedingElement;
  const label = siblingLabel(before, tree);
  if (label && !isValue(label)) add(label);
  if (isInBanner(owner, tree)) result.role = 'banner';
  const labelledBy = tree.attribute(owner, 'aria-labelledby');
  let element: E | null | undefined = owner;
  for (let depth = 0; element && depth < LABEL_DEPTH; depth++, element = tree.parent(element)) {
    const name = tree.name(element);
    if (name === 'body') break;
    const ariaLabel = tree.attribute(element, 'aria-label');
    if (ariaLabel && result.ariaLabel === undefined) result.ariaLabel = ariaLabel;
    const id = tree.attribute(element, 'id');
    if (id) add(tree.labelFor(element, id));
    if (name === 'dd') {
      let dt = tree.previousElement(element);
      while (dt && tree.name(dt) !== 'dt') dt = tree.previousElement(dt);
      if (dt) add(tree.text(dt));
    } else if (name === 'td' || name === 'th') {
      const header = columnHeader(element, tree);
      add(header);
      // The cell before labels this one too ("Field | Description | Value" tables: "Family Name"
      // labels the value under "Value"), unless this cell is a header or that one a value.
      const before = name === 'td' ? shortText(tree.previousElement(element), tree) : undefined;
      if (before && !isValue(before)) add(before);
    } else if (OWN_LABEL_ELEMENTS.has(name)) {
      break;
    } else {
      const role = tree.attribute(element, 'role');
      if (role === 'gridcell' || role === 'cell') add(ariaColumnHeader(element, tree));
      else if (depth === 0 || (depth === 1 && !tree.previousElement(owner))) {
        // Key-value layouts: <div><div>DOB</div><div>1950-01-02</div></div>, the value possibly
        // wrapped once.
        const label = siblingLabel(tree.previousElement(element), tree);
        if (label && !isValue(label)) add(label);
      }
    }
  }
  for (const id of labelledBy?.split(/\s+/) ?? []) {
    const labelling = id ? tree.byId(owner, id) : undefined;
    if (labelling) add(tree.text(labelling));
  }
  return result;
}

function isInBanner<E>(element: E, tree: ElementTree<E>): boolean {
  let e: E | null | undefined = element;
  for (let depth = 0; e && depth < BANNER_DEPTH; depth++, e = tree.parent(e)) {
    if (marksBanner(tree.name(e), tree.attribute(e, 'role'), tree.attribute(e, 'class'))) return true;
  }
  return false;
}

/**
 * Text with three digits in a row is a value, not the label of what follows it ("MRN: 123" is no
 * label of the field after it); "Address 2" still labels, and so does an identifier system's URI
 * ("urn:oid:2.16.840.1.113883.4.3.25": a driver's licence number follows).
 */
function isValue(text: string): boolean {
  return /\d{3}/.test(text) && !/^(?:https?|urn):/i.test(text);
}

/** A label is a leaf: short text with only inline content. A container of label + value is not one. */
function siblingLabel<E>(element: E | null | undefined, tree: ElementTree<E>): string | undefined {
  if (!element || NEVER_A_SIBLING_LABEL.has(tree.name(element))) return undefined;
  for (let child = tree.firstElement(element); child; child = tree.nextElement(child)) {
    const name = tree.name(child);
    if (!INLINE_ELEMENTS.has(name) && !NOT_TEXT.has(name)) return undefined;
  }
  return shortText(element, tree);
}

function shortText<E>(element: E | null | undefined, tree: ElementTree<E>): string | undefined {
  if (!element) return undefined;
  const text = tree.text(element).replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length <= LABEL_MAX_CHARS ? text : undefined;
}

/**
 * A table cell's column header: the cell at its column in the table's first row when that is a
 * `<th>` or in `<thead>` (a first row of `<td>` values labels nothing below it), or under a
 * spreadsheet's column letters the row below them.
 */
function columnHeader<E>(cell: E, tree: ElementTree<E>): string | undefined {
  const row = tree.parent(cell);
  if (!row || tree.name(row) !== 'tr') return undefined;
  const table = closest(row, 'table', tree);
  let headerRow = table && firstRow(table, tree);
  if (!headerRow || headerRow === row) return undefined;
  const column = columnIndex(cell, tree);
  if (isSpreadsheetLetterRow(cellsOf(headerRow, tree).map((c) => tree.text(c)))) {
    headerRow = nextRow(headerRow, tree);
    if (!headerRow || headerRow === row) return undefined;
    return shortText(cellAtColumn(headerRow, column, tree), tree);
  }
  const header = cellAtColumn(headerRow, column, tree);
  if (header && header !== cell && (tree.name(header) === 'th' || tree.name(tree.parent(headerRow)!) === 'thead')) return shortText(header, tree);
  return undefined;
}

function closest<E>(element: E, name: string, tree: ElementTree<E>): E | undefined {
  for (let e: E | null | undefined = element; e; e = tree.parent(e)) if (tree.name(e) === name) return e;
  return undefined;
}

/** The table's first row: thead's, else the first body's (rows of nested tables not counted). */
function firstRow<E>(table: E, tree: ElementTree<E>): E | undefined {
  for (let child = tree.firstElement(table); child; child = tree.nextElement(child)) {
    const name = tree.name(child);
    if (name === 'tr') return child;
    if (name === 'thead' || name === 'tbody' || name === 'tfoot') {
      for (let row = tree.firstElement(child); row; row = tree.nextElement(row)) if (tree.name(row) === 'tr') return row;
    }
  }
  return undefined;
}

/** The row after `row`, in its section or the next one. */
function nextRow<E>(row: E, tree: ElementTree<E>): E | undefined {
  for (let e = tree.nextElement(row); e; e = tree.nextElement(e)) if (tree.name(e) === 'tr') return e;
  const section = tree.parent(row);
  for (let next = section && tree.nextElement(section); next; next = tree.nextElement(next)) {
    for (let e = tree.firstElement(next); e; e = tree.nextElement(e)) if (tree.name(e) === 'tr') return e;
  }
  return undefined;
}

function cellsOf<E>(row: E, tree: ElementTree<E>): E[] {
  const cells: E[] = [];
  for (let c = tree.firstElement(row); c; c = tree.nextElement(c)) if (isCell(c, tree)) cells.push(c);
  return cells;
}

function isCell<E>(element: E, tree: ElementTree<E>): boolean {
  const name = tree.name(element);
  return name === 'td' || name === 'th';
}

/** The cell's visual column, counting colspans before it. */
function columnIndex<E>(cell: E, tree: ElementTree<E>): number {
  let index = 0;
  for (let c = tree.previousElement(cell); c; c = tree.previousElement(c)) if (isCell(c, tree)) index += colSpan(c, tree);
  return index;
}

function cellAtColumn<E>(row: E, column: number, tree: ElementTree<E>): E | undefined {
  let index = 0;
  for (let c = tree.firstElement(row); c; c = tree.nextElement(c)) {
    if (!isCell(c, tree)) continue;
    if (index === column) return c;
    index += colSpan(c, tree);
    if (index > column) return undefined;
  }
  return undefined;
}

function colSpan<E>(cell: E, tree: ElementTree<E>): number {
  const span = Number(tree.attribute(cell, 'colspan'));
  return Number.isInteger(span) && span > 0 ? span : 1;
}

/**
 * An ARIA grid's column header (the data grids of single-page EHRs are divs with roles, not
 * tables), looked for in the grid's first row only, so a long grid costs no more per cell: the
 * column header with the cell's aria-colindex, else the one at the cell's position.
 */
function ariaColumnHeader<E>(cell: E, tree: ElementTree<E>): string | undefined {
  let grid: E | null | undefined = tree.parent(cell);
  while (grid && !GRID_ROLES.has(tree.attribute(grid, 'role') ?? '')) grid = tree.parent(grid);
  const headerRow = grid && firstWithRole(grid, 'row', tree);
  if (!headerRow) return undefined;
  const columnIndex = tree.attribute(cell, 'aria-colindex');
  let header: E | null | undefined;
  if (columnIndex) {
    for (header = tree.firstElement(headerRow); header; header = tree.nextElement(header)) if (tree.attribute(header, 'aria-colindex') === columnIndex) break;
  } else {
    let position = 0;
    for (let c = tree.previousElement(cell); c; c = tree.previousElement(c)) position++;
    header = tree.firstElement(headerRow);
    for (let i = 0; header && i < position; i++) header = tree.nextElement(header);
  }
  return header && header !== cell && tree.attribute(header, 'role') === 'columnheader' ? tree.text(header) : undefined;
}

const GRID_ROLES = new Set(['grid', 'table', 'treegrid']);

/**
 * The first element under `root`, in document order, with this ARIA role, among the first
 * HEADER_SEARCH_LIMIT elements (a grid without rows would otherwise be searched whole for every cell).
 */
function firstWithRole<E>(root: E, role: string, tree: ElementTree<E>): E | undefined {
  let budget = HEADER_SEARCH_LIMIT;
  const search = (parent: E): E | undefined => {
    for (let child = tree.firstElement(parent); child && budget-- > 0; child = tree.nextElement(child)) {
      if (tree.attribute(child, 'role') === role) return child;
      const found = search(child);
      if (found) return found;
    }
    return undefined;
  };
  return search(root);
}

const HEADER_SEARCH_LIMIT = 200;
