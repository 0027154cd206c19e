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
