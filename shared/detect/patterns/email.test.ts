import { describe, expect, it } from 'vitest';
import type { SpanSink } from '../span';
import { findEmails } from './email';

function emailsIn(text: string): string[] {
  const sink: SpanSink = [];
  findEmails(text, sink);
  return sink.map((span) => text.slice(span.start, span.end));
}

describe('findEmails', () => {
  it.each<[string, string[]]>([
    ['mail ann.lee+x@example.com.', ['ann.lee+x@example.com']],
    ['@example.com', []],
    ['a@b.co', ['a@b.co']],
    // The local part is at most 64 characters: a longer run is cut.
    ['x'.repeat(70) + '@example.org', ['x'.repeat(64) + '@example.org']],
    ['(ann_lee%1@mail-host.example.co.uk)', ['ann_lee%1@mail-host.example.co.uk']],
    ['ann@localhost', []],
    ['ann@@example.com', []],
    ['é@example.com', []],
  ])('%j -> %j', (text, expected) => {
    expect(emailsIn(text)).toEqual(expected);
  });
});
