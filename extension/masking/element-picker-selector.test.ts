import { describe, expect, it } from 'vitest';
import { isStableValue } from './element-picker-selector';

describe('isStableValue: what the element picker may copy from an attribute into a stored rule', () => {
  it.each([
    ['note-body', true],
    ['ward-note', true],
    ['col12', true],
    ['encounter-list', true],
    ['marisol-quintanilla', false], // a patient's name, found once read as "Marisol Quintanilla"
    ['Marisol_Quintanilla', false],
    ['note-4829173', false], // a digit run that may be a record number
    ['512-44-8120', false],
    ['css-1q2w3e', false], // build-generated
    ['sc-bdVaJa', false],
    ['x7Fq2k', false],
    ['has space', false],
    ['a'.repeat(41), false],
  ])('%s -> %s', (value, stable) => {
    expect(isStableValue(value)).toBe(stable);
  });
});
