import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './date';
import { isLuhnValid, isValidVin } from './identifiers';
import { ssnConfidence } from './ssn';

describe('validators', () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2021, 4, 31, false],
    [2021, 12, 31, true],
    [2021, 13, 1, false],
    [2021, 0, 10, false],
  ])('calendar %i-%i-%i is %s', (year, month, day, valid) => {
    expect(isCalendarDate(year, month, day)).toBe(valid);
  });

  it.each([
    ['123', '45', '6789', 0.95],
    ['000', '45', '6789', 0],
    ['666', '45', '6789', 0],
    ['123', '00', '6789', 0],
    ['123', '45', '0000', 0],
    ['999', '94', '5397', 0.7],
  ])('SSN %s-%s-%s scores %d', (area, group, serial, confidence) => {
    expect(ssnConfidence(area, group, serial)).toBe(confidence);
  });

  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['79927398713', true],
  ])('Luhn %s is %s', (digits, valid) => {
    expect(isLuhnValid(digits)).toBe(valid);
  });

  it.each([
    ['1HGCM82633A004352', true],
    ['1HGCM82633A004353', false],
    ['11111111111111111', false],
  ])('VIN %s is %s', (vin, valid) => {
    expect(isValidVin(vin)).toBe(valid);
  });
});
