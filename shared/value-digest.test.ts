import { describe, expect, it } from 'vitest';
import { valueDigest } from './value-digest';

const KEY = 'a'.repeat(64);

describe('valueDigest', () => {
  it.each([
    ['512-44-8120', '512 44 8120'],
    ['Marisol Quintanilla', 'marisol  QUINTANILLA'],
    ['(508) 555-0143', '508.555.0143'],
  ])('treats %j and %j as the same value', (a, b) => {
    expect(valueDigest(KEY, a)).toBe(valueDigest(KEY, b));
  });

  it('differs between values and between keys, and never contains the value', () => {
    const digest = valueDigest(KEY, '512-44-8120');
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(valueDigest(KEY, '512-44-8121')).not.toBe(digest);
    expect(valueDigest('b'.repeat(64), '512-44-8120')).not.toBe(digest);
  });

  it('refuses a malformed key', () => {
    expect(() => valueDigest('not-hex', 'x')).toThrow(/digest key/);
  });
});
