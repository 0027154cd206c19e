import { describe, expect, it } from 'vitest';
import type { SpanSink } from '../span';
import { findPhones } from './phone';

/** Each span found as "text TYPE confidence". */
function phonesIn(text: string): string[] {
  const sink: SpanSink = [];
  findPhones(text, sink);
  return sink.map((span) => `${text.slice(span.start, span.end)} ${span.type} ${span.confidence}`);
}

describe('findPhones', () => {
  it.each<[string, string[]]>([
    // Fax words in any case (the regex's [ée] included) within 16 characters before the number.
    ['Fax: 555-201-1234', ['555-201-1234 FAX 0.9']],
    ['FACSIMILE 555-201-1234', ['555-201-1234 FAX 0.9']],
    ['Télécopie : 555-201-1234', ['555-201-1234 FAX 0.9']],
    ['TELECOPIE 555-201-1234', ['555-201-1234 FAX 0.9']],
    // "F:" / "F #" right before the number, after a word boundary...
    ['F: 555-201-1234', ['555-201-1234 FAX 0.9']],
    ['F # 555-201-1234', ['555-201-1234 FAX 0.9']],
    ['xF: 555-201-1234', ['555-201-1234 PHONE 0.9']],
    ['abcdefghijklmnoF: 555-201-1234', ['555-201-1234 PHONE 0.9']],
    // ...where the 16-character window starts at "F", a letter just outside it does not count.
    ['xF:' + ' '.repeat(14) + '555-201-1234', ['555-201-1234 FAX 0.9']],
    ['xF:' + ' '.repeat(13) + '555-201-1234', ['555-201-1234 PHONE 0.9']],
    ['Fax number on file:  555-201-1234', ['555-201-1234 PHONE 0.9']],
    // An opened parenthesis must close; N11 exchanges are service codes; bare digits are less sure.
    ['Phone: (555) 201-1234', ['(555) 201-1234 PHONE 0.9']],
    ['(555 201-1234', []],
    ['+1 555.201.1234 ext. 12', ['+1 555.201.1234 ext. 12 PHONE 0.9']],
    ['555-211-1234', []],
    ['5552011234', ['5552011234 PHONE 0.6']],
    ['+44 20 7946 0958', ['+44 20 7946 0958 PHONE 0.85']],
  ])('%j -> %j', (text, expected) => {
    expect(phonesIn(text)).toEqual(expected);
  });
});
