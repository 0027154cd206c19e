import { describe, expect, it } from 'vitest';
import type { SpanSink } from '../span';
import { findSsns } from './ssn';

/** Each span found as "text confidence". */
function ssnsIn(text: string): string[] {
  const sink: SpanSink = [];
  findSsns(text, sink);
  return sink.map((span) => `${text.slice(span.start, span.end)} ${span.confidence}`);
}

describe('findSsns', () => {
  it.each<[string, string[]]>([
    ['SSN 123-45-6789', ['123-45-6789 0.95']],
    // Spaces or dots only after a cue ("SSN", "social", "soc sec") within the 24 characters before.
    ['id 123 45 6789', []],
    ['SSN: 123 45 6789', ['123 45 6789 0.95']],
    ['Soc. Sec 123.45.6789', ['123.45.6789 0.95']],
    // One separator throughout; a word character, "-" or more digits around refuse the match.
    ['SSN 123-45 6789', []],
    ['1234-56-7890', []],
    ['_123-45-6789', []],
    ['é123-45-6789', []],
    ['123-45-67890', []],
    // SSA rules: 9xx kept with less confidence, 666 never issued.
    ['999-12-3456', ['999-12-3456 0.7']],
    ['666-12-3456', []],
    // A refused candidate does not hide the next one.
    ['x123 45 6789 123-45-6789', ['123-45-6789 0.95']],
    ['SSN' + ' '.repeat(21) + '123 45 6789', ['123 45 6789 0.95']],
    ['SSN' + ' '.repeat(22) + '123 45 6789', []],
  ])('%j -> %j', (text, expected) => {
    expect(ssnsIn(text)).toEqual(expected);
  });
});
