import { describe, expect, it } from 'vitest';
import type { SpanSink } from '../span';
import { findLicenceBarcodeFields } from './licence-barcode';

/** Each span found as "text TYPE". */
function fields(text: string): string[] {
  const sink: SpanSink = [];
  findLicenceBarcodeFields(text, sink);
  return sink.map((span) => `${text.slice(span.start, span.end)} ${span.type}`);
}

describe('findLicenceBarcodeFields', () => {
  it.each<[string, string[]]>([
    // One element per line, as a scanner decodes it; "NONE" and elements that are no PHI stay.
    [
      '@\nANSI 636002100002DL00410288ZM03290034DLDCAD\nDCBNONE\nDCSABEYSEKERA\nDACSANDUNI\nDBB10281966\nDAG2084 PARK STREET\nDAIRALEIGH\nDAJNC\nDAK276328772\nDAQS31389025\nDCGUSA',
      ['ABEYSEKERA NAME', 'SANDUNI NAME', '10281966 DATE', '2084 PARK STREET ADDRESS', 'RALEIGH ADDRESS', '276328772 ZIP', 'S31389025 DRIVERS_LICENSE'],
    ],
    // Flattened to one line by an OCR screen: an element ends where the next one starts.
    ['ANSI 636002 DCSABEYSEKERA DAG2084 PARK STREET DAIRALEIGH DAQS31389025', ['ABEYSEKERA NAME', '2084 PARK STREET ADDRESS', 'RALEIGH ADDRESS', 'S31389025 DRIVERS_LICENSE']],
    // No header, no barcode: "DACTYLITIS", "DAGGER" are words.
    ['DCSABEYSEKERA DAQS31389025', []],
  ])('%j -> %j', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });
});
