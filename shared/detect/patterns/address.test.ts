import { describe, expect, it } from 'vitest';
import type { SpanSink } from '../span';
import { findAddresses } from './address';

/** Each span as "TYPE text@start", sorted: what findAddresses reports for one input. */
function addresses(text: string): string[] {
  const sink: SpanSink = [];
  findAddresses(text, sink);
  return sink.map((s) => `${s.type} ${text.slice(s.start, s.end)}@${s.start}`).sort();
}

// The edge cases of the candidate scan, the sticky forms and the backward reads (city, street line,
// house number, ZIP label, German street name, PO box start). Expected spans are those of the
// implementation before the optimisation (one global regex per form, `$`-anchored regexes over slices).
describe('findAddresses', () => {
  it.each([
    // Street: the house number starts at its digit run, or at the first number of a range.
    ['Lives at 12-14 Main St with his wife', ['ADDRESS 12-14 Main St@9']],
    ['12A Main St Apt 4B', ['ADDRESS 12A Main St Apt 4B@0']],
    ['1234567 Main St', []],
    ['12 Main 3rd St', ['ADDRESS 12 Main 3rd St@0']],
    ['12\tMain\u00a0St', ['ADDRESS 12\tMain\u00a0St@0']],
    // \b after the suffix is ASCII: "St" before "ä" is a whole word.
    ['Stä 12 Main Stä', ['ADDRESS 12 Main St@4']],
    // City before a state: capitalised words separated by single spaces, leftmost capital.
    ['Seen by John Smith, MD today', []],
    ['x-Ray, CA', ['ADDRESS Ray@2']],
    ['Winston-Salem, NC 27101', ['ADDRESS Winston-Salem@0', 'ZIP 27101@18']],
    ['in New  York, NY 10001', ['ADDRESS York@8', 'ZIP 10001@17']],
    ['aNew York, NY 10001', []],
    ['Kansas City, Kansas, 66101', ['ADDRESS Kansas City@0', 'ZIP 66101@21']],
    // Street line before "City, ST 12345": a house number and one to five words, whatever the suffix.
    ['921 N Broadway, Springfield, IL 62704', ['ADDRESS 921 N Broadway@0', 'ADDRESS Springfield@16', 'ZIP 62704@32']],
    // (Forms found twice, from the street line forwards and from the state backwards, merge later.)
    ['1 Elm St #5, Austin, TX 78701', ['ADDRESS 1 Elm St #5@0', 'ADDRESS 1 Elm St #5@0', 'ADDRESS Austin@13', 'ADDRESS Austin@13', 'ZIP 78701@24', 'ZIP 78701@24']],
    // The line's number would start inside "1234567" (six digits at most): no line, the street stands.
    ['1234567-12 Oak Ave, Dallas, TX 75201', ['ADDRESS 12 Oak Ave@8', 'ADDRESS Dallas@20', 'ADDRESS Dallas@20', 'ZIP 75201@31', 'ZIP 75201@31']],
    // PO boxes, any case, start before the digits they were found from.
    ['P.O. Box 4417, Reno, NV 89501', ['ADDRESS P.O. Box 4417@0', 'ADDRESS Reno@15', 'ZIP 89501@24']],
    ['PO Box 12345', ['ADDRESS PO Box 12345@0']],
    ['po box12', ['ADDRESS po box12@0']],
    ['Apartado Postal 123', ['ADDRESS Apartado Postal 123@0']],
    ['Postfach 1234', ['ADDRESS Postfach 1234@0']],
    // A number after a PO box word or a German suffix can also start a street.
    ['Postfach 5 Main St', ['ADDRESS Postfach 5@0', 'ADDRESS 5 Main St@9']],
    ['Gartenweg 5 rue de la Paix', ['ADDRESS Gartenweg 5@0', 'ADDRESS 5 rue de la Paix@10']],
    ['po box 1 Oak Ave, Reno, NV 89501', ['ADDRESS po box 1@0', 'ADDRESS 1 Oak Ave@7', 'ADDRESS 1 Oak Ave@7', 'ADDRESS Reno@18', 'ADDRESS Reno@18', 'ZIP 89501@27', 'ZIP 89501@27']],
    ['Apartado Postal 28013', ['ADDRESS Apartado Postal 28013@0']],
    ['Box 12345', []],
    // ZIP labels, read backwards from the digits.
    ['Zip: 12345', ['ZIP 12345@5']],
    ['ZIP CODE 12345-6789', ['ZIP 12345-6789@9']],
    ['código postal 28013', ['ZIP 28013@14']],
    ['xzip 12345', []],
    // German streets: the suffix before the digits, the name before the suffix.
    ['Hauptstraße 5, Am Lindenweg 12a', ['ADDRESS Hauptstraße 5@0', 'ADDRESS Lindenweg 12a@18']],
    ['during 2020 the patient', []],
    // French and Spanish forms share one pattern: a match of one hides a later start inside it.
    ['12 rue de la Paix', ['ADDRESS 12 rue de la Paix@0']],
    ['Calle Mayor 5', ['ADDRESS Calle Mayor 5@0']],
    ['Calle Rue 5 rue Mayor', ['ADDRESS Calle Rue 5@0']],
    ['12 rue Plaza Mayor 5', ['ADDRESS 12 rue Plaza Mayor@0']],
  ])('%j', (text, expected) => {
    expect(addresses(text)).toEqual([...expected].sort());
  });

  // After a street line and its comma, the next segment's capitalised words are the city, whatever
  // follows; a state or province code after the city brings its ZIP or postal code.
  it.each([
    ['1310 Main Way, Springfield MA 01101', ['ADDRESS 1310 Main Way@0', 'ADDRESS Springfield@15', 'ZIP 01101@30']],
    ['129 Mill Lane, Huddersfield LS16 7HN', ['ADDRESS 129 Mill Lane@0', 'ADDRESS Huddersfield@15', 'ZIP LS16 7HN@28']],
    ['my new address is 224 Franklin Avenue, Peoria and my cell', ['ADDRESS 224 Franklin Avenue@18', 'ADDRESS Peoria@39']],
    ['at 336 Gleason Orchard Apt 11B, North Tamiaton within 48 hours', ['ADDRESS 336 Gleason Orchard Apt 11B@3', 'ADDRESS North Tamiaton@32']],
    ['12 Main St, Thunder Bay ON P9R 4Z0', ['ADDRESS 12 Main St@0', 'ADDRESS 12 Main St@0', 'ADDRESS Thunder Bay@12', 'ADDRESS Thunder Bay@12', 'ZIP P9R 4Z0@27', 'ZIP P9R 4Z0@27']],
    // (Read backwards from the state, the city is only its last capitalised words.)
    ['12 Main St, St. Louis MO 63101', ['ADDRESS 12 Main St@0', 'ADDRESS St. Louis@12', 'ADDRESS Louis@16', 'ZIP 63101@25', 'ZIP 63101@25']],
    ['12 Main St, Fond du Lac WI 54935', ['ADDRESS 12 Main St@0', 'ADDRESS Fond du Lac@12', 'ADDRESS Lac@20', 'ZIP 54935@27', 'ZIP 54935@27']],
    ['12 MAIN ST, NORTH TAMIATON', ['ADDRESS 12 MAIN ST@0', 'ADDRESS NORTH TAMIATON@12']],
    // Hard negatives: no comma, a lower-case or function word, a title, a state code, a number, no ZIP.
    ['12 Main St Springfield', ['ADDRESS 12 Main St@0']],
    ['12 Main St, then home', ['ADDRESS 12 Main St@0']],
    ['12 Main St, The patient', ['ADDRESS 12 Main St@0']],
    ['12 Main St, Dr Smith', ['ADDRESS 12 Main St@0']],
    ['12 Main St, MA', ['ADDRESS 12 Main St@0']],
    ['12 Main St, Apt 4, Boston', ['ADDRESS 12 Main St, Apt 4@0', 'ADDRESS Boston@19']],
    ['12 Main St, 2nd floor', ['ADDRESS 12 Main St@0']],
    ['12 Main St, Springfield MA 1234', ['ADDRESS 12 Main St@0', 'ADDRESS Springfield@12']],
    ['Springfield MA 01101', []],
  ])('city after a street line: %j', (text, expected) => {
    expect(addresses(text)).toEqual([...expected].sort());
  });

  // Canadian postal codes after a province code (city and street line before it), or after a ZIP label.
  it.each([
    ['3275 Goldner Causeway Apt 3A, Saskatoon SK S6Z 4J3', ['ADDRESS 3275 Goldner Causeway Apt 3A@0', 'ADDRESS 3275 Goldner Causeway Apt 3A@0', 'ADDRESS Saskatoon@30', 'ADDRESS Saskatoon@30', 'ZIP S6Z 4J3@43', 'ZIP S6Z 4J3@43']],
    ['Kingston ON K9M 3C8', ['ADDRESS Kingston@0', 'ZIP K9M 3C8@12']],
    ['Halifax, NS B3H4R2', ['ADDRESS Halifax@0', 'ZIP B3H4R2@12']],
    ['Postal code: K1A 0B1', ['ZIP K1A 0B1@13']],
    // Hard negatives: no province or label, letters Canada Post does not use, inside a longer code.
    ['Lot K9M 3C8', []],
    ['Kingston ON D9M 3C8', []],
    ['Kingston ON K9M 3C8X', []],
    ['Kingston ON XK9M 3C8', []],
    ['Kingston XX K9M 3C8', []],
  ])('Canadian postal code: %j', (text, expected) => {
    expect(addresses(text)).toEqual([...expected].sort());
  });

  // An HL7 v2 address (XAD): street ^ other designation ^ city ^ state ^ ZIP.
  it.each([
    ['PID|2298 MAPLE ROAD^^WEST ABRAHAMSHIRE^ME^16962^USA^H||', ['ADDRESS 2298 MAPLE ROAD@4', 'ADDRESS WEST ABRAHAMSHIRE@21', 'ZIP 16962@42']],
    ['NK1|12 Oak St^Apt 4^Reno^NV^89501|', ['ADDRESS 12 Oak St@4', 'ADDRESS Apt 4@14', 'ADDRESS Reno@20', 'ZIP 89501@28']],
    // Hard negatives: a component that is no place, a field delimiter in the way, no city.
    ['12 Oak St^^reno^NV^89501', ['ADDRESS 12 Oak St@0']],
    ['12 Oak St^|Reno^NV^89501', ['ADDRESS 12 Oak St@0']],
    ['12 Oak St^^^NV^89501', ['ADDRESS 12 Oak St@0']],
  ])('HL7 address: %j', (text, expected) => {
    expect(addresses(text)).toEqual([...expected].sort());
  });

  // ZIP labels as JSON keys.
  it.each([
    ['"postalCode": "01064"', ['ZIP 01064@15']],
    ['"zip":"01064"', ['ZIP 01064@7']],
    ['"code": "01064"', []],
  ])('JSON ZIP key: %j', (text, expected) => {
    expect(addresses(text)).toEqual([...expected].sort());
  });

  // The candidate scan reads spaces before digits once (a regex with two adjacent loops over them
  // would try every split: minutes for this input).
  it('reads a long run of spaces before five digits in linear time', () => {
    expect(addresses(`zip${' '.repeat(100_000)}:${' '.repeat(100_000)}12345`)).toEqual([]);
  });

  it('reads a long run of spaces after a unit word in linear time', () => {
    expect(addresses(`1 Main St Apt${' '.repeat(100_000)}!`)).toEqual(['ADDRESS 1 Main St@0']);
  });
});
