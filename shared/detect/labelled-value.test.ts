import { describe, expect, it } from 'vitest';
import type { PhiType } from '../phi-types';
import { markLabelledValue } from './labelled-value';
import type { SpanSink } from './span';

/** The spans markLabelledValue marks when the whole text is the value of a label of `type`, as "text TYPE". */
function marked(value: string, type: PhiType, wholeField: boolean): string[] {
  const sink: SpanSink = [];
  markLabelledValue(value, 0, value.length, { type }, sink, { providers: [] }, [], wholeField);
  return sink.map((span) => `${value.slice(span.start, span.end)} ${span.type}`);
}

describe('markLabelledValue', () => {
  // Empty values, honorifics, "SURNAME, Given", suffixes, what may follow a name, digits in identifiers.
  it.each<[string, PhiType, boolean, string[]]>([
    ['N/A', 'NAME', true, []],
    [' (none) ', 'MRN', true, []],
    ['—', 'DATE', true, []],
    ['--', 'PHONE', true, []],
    ['Nonesuch 123', 'MRN', true, ['Nonesuch 123 MRN']],
    ['unknown', 'SSN', false, []],
    ['Mrs. Sumiko L. Medhurst', 'NAME', true, ['Mrs. Sumiko L. Medhurst NAME']],
    ['Ann Lee Jr.', 'NAME', true, ['Ann Lee Jr NAME']],
    ['Ann Lee, Jr', 'NAME', true, ['Ann Lee, Jr NAME']],
    ['Ann Lee IIIx', 'NAME', false, ['Ann Lee NAME']],
    ['Ann Lee (son)', 'NAME', true, ['Ann Lee NAME']],
    ['Ann Lee (son) 555-201-1234', 'NAME', true, []],
    ['Ann Lee (son) 555-201-1234', 'NAME', false, ['Ann Lee NAME']],
    ['Manual wheelchair', 'NAME', true, []],
    ['Crutches (physical object)', 'NAME', true, []],
    // "SURNAME, GIVEN" keeps a middle initial after the given name, and a suffix's period before the comma.
    ['MEDHURST, SUMIKO L', 'NAME', true, ['MEDHURST, SUMIKO L NAME']],
    ['Medhurst, Sumiko L', 'NAME', true, ['Medhurst, Sumiko L NAME']],
    ['Medhurst, Sumiko L.', 'NAME', true, ['Medhurst, Sumiko L. NAME']],
    ['Medhurst, Sumiko L (preferred: Sue)', 'NAME', true, ['Medhurst, Sumiko L NAME']],
    ['Medhurst, Sumiko L  DOB: 03/04/1950', 'NAME', false, ['Medhurst, Sumiko L NAME']],
    ['MEDHURST, SUMIKO LAREE', 'NAME', true, ['MEDHURST, SUMIKO LAREE NAME']],
    ['Smith Jr., John', 'NAME', true, ['Smith Jr., John NAME']],
    ['Smith Jr., John A', 'NAME', true, ['Smith Jr., John A NAME']],
    ['Smith, John A Jr.', 'NAME', true, ['Smith, John A Jr NAME']],
    ['Smith', 'NAME', true, ['Smith NAME']],
    ['12345 foo', 'MRN', false, ['12345 MRN']],
    ['AB-12/3 77', 'MRN', false, ['AB-12/3 77 MRN']],
    ['abc def', 'MRN', false, []],
    ['no digits', 'MRN', true, []],
    ['x 1', 'ACCOUNT', true, ['x 1 ACCOUNT']],
    ['yesterday', 'DATE', true, []],
    ['03/04/2021', 'DATE', true, ['03/04/2021 DATE']],
    ['92 years', 'AGE_OVER_89', true, ['92 years AGE_OVER_89']],
    ['45', 'AGE_OVER_89', true, []],
  ])('%j under a %s label (whole field: %s) -> %j', (value, type, wholeField, expected) => {
    expect(marked(value, type, wholeField)).toEqual(expected);
  });
});
