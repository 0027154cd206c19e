import { describe, expect, it } from 'vitest';
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
