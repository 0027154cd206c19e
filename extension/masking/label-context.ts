/**
 * The labels a value sits under on an EHR screen: its table column header, its <dt>, its <label>,
 * its aria-label, or the short element just before it in a key-value layout. The detection engine
 * uses them to type values that look like nothing on their own ("A12345" under "MRN").
 */
import { BANNER_DEPTH, isSpreadsheetLetterRow, marksBanner } from '../../shared/detect/page-structure';

const MAX_LABEL_LENGTH = 48;

export function labelsFor(element: Element): string[] {
  const labels: string[] = [];
  const add = (text: string | null | undefined) => {
    const trimmed = text?.replace(/\s+/g, ' ').trim();
    if (trimmed && trimmed.length <= MAX_LABEL_LENGTH && !labels.includes(trimmed)) labels.push(trimmed);
  };

  const cell = element.closest('td, th');
  if (cell) add(columnHeader(cell as HTMLTableCellElement));
  else {
    const gridCell = element.closest('[role="gridcell"], [role="cell"]');
    if (gridCell) add(ariaColumnHeader(gridCell));
  }
  const dd = element.closest('dd');
  if (dd) add(previousElement(dd, 'DT')?.textContent);
  add(element.getAttribute('aria-label'));
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) for (const id of labelledBy.split(/\s+/)) add(element.ownerDocument.getElementById(id)?.textContent);
  if (element.id) add(element.ownerDocument.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent);
  // Key-value layouts: the element before the value is its label, unless it is itself a value
  // (a previous "MRN: 123" field is not the label of the field after it) or this is a column
  // header, a label itself ("Address | Last Visit": "Last Visit" is no address).
  const previous = cell?.localName === 'th' ? undefined : element.previousElementSibling?.textContent;
  if (previous && !/\d/.test(previous)) add(previous);
  return labels;
}

/** Whether the element is in a patient banner or page header (shared/detect/page-structure.ts). */
export function isInBanner(element: Element): boolean {
  let e: Element | null = element;
  for (let depth = 0; e && depth < BANNER_DEPTH; depth++, e = e.parentElement) {
    if (marksBanner(e.localName, e.getAttribute('role'), e.getAttribute('class'))) return true;
  }
  return false;
}

function columnHeader(cell: HTMLTableCellElement): string | null {
  const table = cell.closest('table');
  const row = cell.parentElement as HTMLTableRowElement | null;
  if (!table || !row || row.parentElement?.tagName === 'THEAD') return null;
  let headerRow = table.tHead?.rows[0] ?? (table.rows[0] !== row ? table.rows[0] : undefined);
  if (!headerRow) return null;
  if (isSpreadsheetLetterRow(Array.from(headerRow.cells, (c) => c.textContent ?? ''))) {
    headerRow = table.rows[headerRow.rowIndex + 1];
    if (!headerRow || headerRow === row) return null;
  }
  const header = headerRow.cells[columnIndex(cell)];
  return header && header !== cell ? header.textContent : null;
}

/**
 * An ARIA grid's column header (the data grids of single-page EHRs are divs with roles, not
 * tables): the header with the cell's aria-colindex, else the one at the cell's position in the
 * grid's first row. Both are found near the top of the grid, so a long grid costs no more per cell.
 */
function ariaColumnHeader(cell: Element): string | null {
  const grid = cell.closest('[role="grid"], [role="table"], [role="treegrid"]');
  if (!grid) return null;
  const columnIndex = cell.getAttribute('aria-colindex');
  const header = columnIndex
    ? grid.querySelector(`[role="columnheader"][aria-colindex="${CSS.escape(columnIndex)}"]`)
    : grid.querySelector('[role="row"]')?.children[Array.prototype.indexOf.call(cell.parentElement?.children ?? [], cell)];
  return header && header !== cell && header.getAttribute('role') === 'columnheader' ? header.textContent : null;
}

/** The cell's visual column, counting colspans before it. */
function columnIndex(cell: HTMLTableCellElement): number {
  let index = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) index += (c as HTMLTableCellElement).colSpan || 1;
  return index;
}

function previousElement(element: Element, tagName: string): Element | null {
  for (let e = element.previousElementSibling; e; e = e.previousElementSibling) if (e.tagName === tagName) return e;
  return null;
}
