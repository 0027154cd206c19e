import { describe, expect, it } from 'vitest';
import type { SpanSink } from '../span';
import { findIdentifiers } from './identifiers';

/** Each span found as "text TYPE". */
function identifiersIn(text: string): string[] {
  const sink: SpanSink = [];
  findIdentifiers(text, sink);
  return sink.map((span) => `${text.slice(span.start, span.end)} ${span.type}`);
}

describe('findIdentifiers', () => {
  // Edge cases of the one-scan candidate search: each must read as the former per-digit-run loop did.
  it.each<[string, string[]]>([
    // Digits only after twelve capitals: found from the X check character.
    ['VIN PXGUSGTHXTTNXFVM0 on file', ['PXGUSGTHXTTNXFVM0 VEHICLE']],
    ['VIN 1HGCM82633A004352.', ['1HGCM82633A004352 VEHICLE']],
    // A VIN needs word boundaries.
    ['x1HGCM82633A004352', []],
    ['card 4111 1111 1111 1111 ok', ['4111 1111 1111 1111 ACCOUNT']],
    ['card 4111-1111-1111-1111', ['4111-1111-1111-1111 ACCOUNT']],
    // A card keeps one separator throughout.
    ['mixed 4111 1111-1111 1111', []],
    // No card at "_1234" (\b), so one may start at the next group.
    ['_1234 4111 1111 1111 1111', ['4111 1111 1111 1111 ACCOUNT']],
    // Found by the regex, then refused for the letter before it.
    ['é4111 1111 1111 1111', []],
    // The last group with the capitals after it is a 17-character cluster, not a valid VIN.
    ['4111 1111 1111 1111ABCDEFGHJKLMN', ['4111 1111 1111 1111 ACCOUNT']],
    ['MRN0012345 and S99940903', ['MRN0012345 ID', 'S99940903 ID']],
    // Only the first run of digits in a cluster can be a record number.
    ['ABC123X4567890', []],
    ['AB-1234567', ['AB-1234567 ID']],
    // Code-system words, any case, within 12 characters before the number.
    ['LOINC: 1234567', []],
    // A code in structured data: quotes between the cue and the number.
    ['"code": "185349003"', []],
    ["{'snomed': '1234567'}", []],
    ['Loinc 1234567', []],
    ['SNOMED:      1234567', ['1234567 ID']],
    ['barcode 12345678', []],
    ['udi-di: 12345678', []],
    ['dated 12/1234567', []],
    ['ref 1234567.5', []],
  ])('%j -> %j', (text, expected) => {
    expect(identifiersIn(text)).toEqual(expected);
  });
});
