import { describe, expect, it } from 'vitest';
import { extractPage } from '../../bench/detect/html-blocks';
import { isSpreadsheetLetterRow, marksBanner } from './page-structure';

describe('marksBanner', () => {
  it.each<[string, string | null, string | null, boolean]>([
    ['header', null, null, true],
    ['div', 'banner', null, true],
    ['section', null, 'card patient-header', true],
    ['div', null, 'PatientHeader', true],
    ['div', null, 'pt-banner', true],
    ['div', null, 'bannerless-layout', false],
    ['div', 'navigation', 'nav', false],
    ['div', null, null, false],
  ])('<%s role=%s class=%s> -> %s', (tagName, role, className, expected) => {
    expect(marksBanner(tagName, role, className)).toBe(expected);
  });
});

describe('isSpreadsheetLetterRow', () => {
  it.each<[string[], boolean]>([
    [['', 'A', 'B', 'C', 'D'], true],
    [['A', 'B', 'C'], true],
    [['', 'A', 'B'], false],
    [['MRN', 'Name', 'DOB'], false],
    [['B', 'C', 'D'], false],
    [['A', 'B', 'Age'], false],
  ])('%j -> %s', (cells, expected) => {
    expect(isSpreadsheetLetterRow(cells)).toBe(expected);
  });
});

// blockLabels through the benchmark's parsed-HTML tree; the extension reads the live DOM by the
// same rules, and bench/mask/stand-in-parity.ts checks both mask the same text on whole pages.
describe('blockLabels', () => {
  const contextOfText = (html: string, text: string) => {
    const block = extractPage(`<body>${html}</body>`).blocks.find((b) => b.nodes.join('') === text);
    if (!block) throw new Error(`no block "${text}"`);
    return block.context;
  };

  it.each<[string, string, string[]]>([
    ['a <th> column header', '<table><tr><th>MRN</th><th>Name</th></tr><tr><td>A12345</td><td>X</td></tr></table>', ['Name']],
    ['a <td> header in <thead>', '<table><thead><tr><td>MRN</td><td>Name</td></tr></thead><tbody><tr><td>A12345</td><td>X</td></tr></tbody></table>', ['Name']],
    ['a first row of <td> values labels no row below', '<table><tr><td>Plan:</td><td>Medicare Part A</td></tr><tr><td>Copay:</td><td>X</td></tr></table>', ['Copay:']],
    ['the column counts colspans', '<table><tr><th colspan="2">Name</th><th>DOB</th></tr><tr><td>a</td><td>b</td><td>X</td></tr></table>', ['DOB', 'b']],
    ['a header row names no label of its own cells', '<table><tr><th>MRN</th><th>X</th></tr></table>', []],
    ['under spreadsheet letters, the row below labels', '<table><tr><td></td><td>A</td><td>B</td><td>C</td></tr><tr><td>1</td><td>MRN</td><td>LastName</td><td>DOB</td></tr><tr><td>2</td><td>A1</td><td>X</td><td>d</td></tr></table>', ['LastName', 'A1']],
    ['spreadsheet letters are labelled by nothing', '<table><tr><td></td><td>A</td><td>X</td><td>C</td></tr><tr><td>1</td><td>MRN</td><td>LastName</td><td>DOB</td></tr></table>', ['A']],
    ['nested <dd>s: nearest <dt> first', '<dl><dt>UDI Carrier</dt><dd><dl><dt>Carrier HRF</dt><dd><div>X</div></dd></dl></dd></dl>', ['Carrier HRF', 'UDI Carrier']],
    ['key-value divs', '<div><div>DOB</div><div>X</div></div>', ['DOB']],
    ['key-value divs, the value wrapped once', '<div><div>DOB</div><div><div>X</div></div></div>', ['DOB']],
    ['a value before is no label', '<div><div>MRN: 123456</div><div>X</div></div>', []],
    ["an identifier system's URI is a label", '<div><div>urn:oid:2.16.840.1.113883.4.3.25</div><div>X</div></div>', ['urn:oid:2.16.840.1.113883.4.3.25']],
    ['a container of label and value is no label', '<div><div><b>DOB</b><div>1950</div></div><div>X</div></div>', []],
    ['<label for>', '<label for="dob">Date of birth</label><div id="dob">X</div>', ['Date of birth']],
    ['aria-labelledby', '<p id="who">Guarantor</p><div aria-labelledby="who">X</div>', ['Guarantor']],
    ['an ARIA grid column header', '<div role="grid"><div role="row"><div role="columnheader">MRN</div><div role="columnheader">Name</div></div><div role="row"><div role="gridcell">A12345</div><div role="gridcell">X</div></div></div>', ['Name']],
    ['an ARIA grid column header by aria-colindex', '<div role="grid"><div role="row"><div role="columnheader" aria-colindex="1">MRN</div><div role="columnheader" aria-colindex="2">Name</div></div><div role="row"><div role="gridcell" aria-colindex="2">X</div></div></div>', ['Name']],
    ['a heading has no label above it', '<div><div>Patient</div><h2>X</h2></div>', []],
    // The short element just before the text inside its container: a heading in a cell, a bold label before a line break.
    ['a heading before the text in its cell', '<table><tr><td><h4>Resident</h4>X</td></tr></table>', ['Resident']],
    ['a heading before the text, the text in a span', '<div><h4>Resident</h4><span>X</span></div>', ['Resident']],
    ['a bold label and a line break', '<div><b>Address</b><br>X</div>', ['Address']],
    ['a paragraph before is no label', '<div><p>Seen today in clinic for follow-up of her hypertension and diabetes.</p>X</div>', []],
  ])('%s', (_, html, labels) => {
    expect(contextOfText(html, 'X')?.labels).toEqual(labels);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['the nearest aria-label', '<section aria-label="Emergency contact"><div>X</div></section>', { ariaLabel: 'Emergency contact' }],
    ['a heading in a <header> is in the banner', '<header><div><h1>X</h1></div></header>', { role: 'banner' }],
    ['a banner class within six levels', '<div class="patient-header"><div><div><div><div><p>X</p></div></div></div></div></div>', { role: 'banner' }],
    ['no banner seven levels up', '<div class="patient-header"><div><div><div><div><div><p>X</p></div></div></div></div></div></div>', { role: undefined }],
  ])('%s', (_, html, expected) => {
    const context = contextOfText(html, 'X') as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected)) expect(context[key]).toBe(value);
  });
});
