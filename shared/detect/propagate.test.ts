import { describe, expect, it } from 'vitest';
import type { PhiType } from '../phi-types';
import { findNameWords } from './names/name-words';
import { emptyAnchors, findAnchorRecurrences } from './propagate';
import { isWordChar, type FoundSpan } from './span';

/** Every whole-word occurrence of each identifier, found by trying every position. */
function everyOccurrence(text: string, identifiers: ReadonlyMap<string, PhiType>): FoundSpan[] {
  const found: FoundSpan[] = [];
  for (let at = 0; at < text.length; at++) {
    for (const [identifier, type] of identifiers) {
      const end = at + identifier.length;
      if (text.startsWith(identifier, at) && !isWordChar(text, at - 1) && !isWordChar(text, end)) found.push({ start: at, end, type, confidence: 0.85 });
    }
  }
  return found;
}

function recurrences(text: string, identifiers: Map<string, PhiType>): FoundSpan[] {
  const anchors = emptyAnchors();
  for (const [identifier, type] of identifiers) anchors.identifiers.set(identifier, type);
  const found: FoundSpan[] = [];
  findAnchorRecurrences(text, findNameWords(text), anchors, found);
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

describe('identifier recurrences', () => {
  // Many identifiers: the one pass over the text, not a search per identifier.
  const identifiers = new Map<string, PhiType>();
  for (let i = 0; i < 60; i++) identifiers.set(`${40_000 + i * 7}`, 'MRN');
  identifiers.set('12345', 'MRN');
  identifiers.set('12345-6789', 'ACCOUNT');
  identifiers.set('(854) 859-5430', 'PHONE');
  identifiers.set('Éva.Kovács@example.org', 'EMAIL');
  identifiers.set('ŁX-55-01', 'ID');

  it('finds every whole-word occurrence in one pass, as a search at every position does', () => {
    const text = [
      'MRN 40007, again 40007; not A40007 nor 400070 nor 40007x.',
      'Account 12345-6789 and 12345 (12345)',
      'Call (854) 859-5430 or(854) 859-5430; mail Éva.Kovács@example.org',
      'ID ŁX-55-01 and xŁX-55-01',
      '\n\u0000\n40413',
    ].join('\n');
    const found = recurrences(text, identifiers);
    expect(found).toEqual(everyOccurrence(text, identifiers));
    expect(found.map((s) => text.slice(s.start, s.end))).toEqual([
      '40007',
      '40007',
      // Both: the shorter one ends before a hyphen.
      '12345',
      '12345-6789',
      '12345',
      '12345',
      // Not "or(854) 859-5430": a letter touches it.
      '(854) 859-5430',
      'Éva.Kovács@example.org',
      'ŁX-55-01',
      '40413',
    ]);
  });

  it('finds an identifier that ends the text, and none in a text shorter than any', () => {
    expect(recurrences('x 40014', identifiers).map((s) => s.start)).toEqual([2]);
    expect(recurrences('4001', identifiers)).toEqual([]);
  });
});
