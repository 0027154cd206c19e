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
    // An opened parenthesis must close around the area code, or the number is read after it; N11
    // exchanges are service codes; bare digits are less sure.
    ['Phone: (555) 201-1234', ['(555) 201-1234 PHONE 0.9']],
    ['(555 201-1234', ['555 201-1234 PHONE 0.9']],
    ['+1 555.201.1234 ext. 12', ['+1 555.201.1234 ext. 12 PHONE 0.9']],
    ['555-211-1234', []],
    ['5552011234', ['5552011234 PHONE 0.6']],
    ['+44 20 7946 0958', ['+44 20 7946 0958 PHONE 0.85']],
    // A parenthesis around the whole number: tried again after it.
    ['proxy (859-331-8924).', ['859-331-8924 PHONE 0.9']],
    ['(859) 331-8924', ['(859) 331-8924 PHONE 0.9']],
    ['(859 331-8924 cell)', ['859 331-8924 PHONE 0.9']],
    ['(859-211-8924)', []],
    // National numbers with a trunk 0, eleven digits in UK groupings, separators required.
    ['ring 0113 418 4331 today', ['0113 418 4331 PHONE 0.8']],
    ['mobile 07700 900123', ['07700 900123 PHONE 0.8']],
    ['07700 900 123', ['07700 900 123 PHONE 0.8']],
    ['020 7946 0958', ['020 7946 0958 PHONE 0.8']],
    ['(0113) 418 4331', ['(0113) 418 4331 PHONE 0.8']],
    ['(0113 418 4331)', ['0113 418 4331 PHONE 0.8']],
    ['Fax 0113 418 4332', ['0113 418 4332 FAX 0.8']],
    ['+44 113 418 4331', ['+44 113 418 4331 PHONE 0.85']],
    // Hard negatives: bare or unseparated digits, times in a row, ten digits, inside longer runs, no trunk 0.
    ['01134184331', []],
    ['0700 0800 0900 1000 1200', []],
    ['0951 895 521', []],
    ['1113 418 4331', []],
    ['00113 418 4331', []],
    ['0113 418 43312', []],
    ['A0113 418 4331', []],
    ['0113 418 4331-2', []],
    ['0113) 418 4331', []],
  ])('%j -> %j', (text, expected) => {
    expect(phonesIn(text)).toEqual(expected);
  });
});
