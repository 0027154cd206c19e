import type { PhiType } from '../../phi-types';
import { addSpan, type SpanSink } from '../span';

/**
 * A driver's licence's PDF417 barcode as a scanner or an OCR screen decodes it (AAMVA DL/ID card
 * design standard): after the "ANSI 636…" header, one element per line or per blank, a
 * three-letter element ID glued to its value ("DCSABEYSEKERA", "DAQS31389025"). The value is PHI;
 * the ID and the issuer's header are not.
 */
const ELEMENT_TYPES: Readonly<Record<string, PhiType>> = {
  // Family, given and middle names, and aliases.
  DCS: 'NAME', DAC: 'NAME', DAD: 'NAME', DCT: 'NAME', DBN: 'NAME', DBG: 'NAME', DBQ: 'NAME', DAB: 'NAME', DAA: 'NAME',
  // Birth, expiry and issue dates.
  DBB: 'DATE', DBA: 'DATE', DBD: 'DATE',
  // Street, second street line, city; postal code.
  DAG: 'ADDRESS', DAH: 'ADDRESS', DAI: 'ADDRESS', DAK: 'ZIP',
  // The licence number, and the document discriminator that identifies this card.
  DAQ: 'DRIVERS_LICENSE', DCF: 'ID',
};
const HEADER = 'ANSI 636';
/** How far after its header a barcode's elements may run. */
const LONGEST_BARCODE = 2000;
/** An element: its ID after a line break or a blank, its value up to the next element or the line's end. */
const ELEMENT = /(?<=\s)(D[A-D][A-Z])(\S[^\n]*?)[ \t\u00a0]*(?=\s+D[A-D][A-Z]|\n|$)/g;

export function findLicenceBarcodeFields(text: string, sink: SpanSink): void {
  for (let header = text.indexOf(HEADER); header >= 0; header = text.indexOf(HEADER, header + 1)) {
    const end = Math.min(text.length, header + LONGEST_BARCODE);
    const barcode = text.slice(header, end);
    ELEMENT.lastIndex = 0;
    for (let m = ELEMENT.exec(barcode); m; m = ELEMENT.exec(barcode)) {
      const type = ELEMENT_TYPES[m[1]!];
      if (type === undefined || /^NONE$/i.test(m[2]!)) continue;
      const start = header + m.index + 3;
      addSpan(sink, start, start + m[2]!.length, type, 0.9);
    }
  }
}
