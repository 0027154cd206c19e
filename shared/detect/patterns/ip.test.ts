import { describe, expect, it } from 'vitest';
import type { SpanSink } from '../span';
import { findIps } from './ip';

function ipsIn(text: string): string[] {
  const sink: SpanSink = [];
  findIps(text, sink);
  return sink.map((span) => text.slice(span.start, span.end));
}

describe('findIps', () => {
  it.each<[string, string[]]>([
    ['IP 192.168.0.1.', ['192.168.0.1']],
    // Octets are validated; an address starts at the start of a run of digits (\b), not inside one.
    ['256.1.1.1', []],
    ['1.2.3.456', []],
    // Dotted OIDs and version strings are not addresses.
    ['OID 2.16.840.1.113883', []],
    ['a1.2.3.4', []],
    ['_1.2.3.4 and 10.0.0.7', ['10.0.0.7']],
    ['1234.1.1.1', []],
    // IPv6 needs "::", or eight groups with a hex letter: times and ratios are not addresses.
    ['2001:db8::1', ['2001:db8::1']],
    ['fe80::1:2', ['fe80::1:2']],
    ['1:2:3:4:5:6:7:8', []],
    ['dead:beef:1:2:3:4:5:6', ['dead:beef:1:2:3:4:5:6']],
    ['at 10:30:15', []],
    ['12:34:56:78:90:12:34:56', []],
  ])('%j -> %j', (text, expected) => {
    expect(ipsIn(text)).toEqual(expected);
  });
});
