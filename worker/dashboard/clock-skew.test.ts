import { describe, expect, it } from 'vitest';
import { describeClockSkew } from './clock-skew';

describe('describeClockSkew', () => {
  it.each([
    [0, 'in step'],
    [1999, 'in step'],
    [-1999, 'in step'],
    [2000, '2 s behind'],
    [-40_000, '40 s ahead'],
    [61_000, '1 min 1 s behind'],
    [5 * 3600_000 + 3 * 60_000 + 9_000, '5 h 3 min behind'],
    [-26 * 3600_000, '26 h 0 min ahead'],
  ])('%i ms reads "%s"', (ms, text) => {
    expect(describeClockSkew(ms)).toBe(text);
  });
});
