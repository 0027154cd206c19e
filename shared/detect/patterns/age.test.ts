import { describe, expect, it } from 'vitest';
import type { SpanSink } from '../span';
import { findAges } from './age';

/** The ages found in `text`, as [matched text, confidence], in text order. */
function ages(text: string): [string, number][] {
  const sink: SpanSink = [];
  findAges(text, sink);
  return sink.sort((a, b) => a.start - b.start || b.end - a.end).map((s) => [text.slice(s.start, s.end), s.confidence]);
}

// The finder reads the number, its unit and the age word before it by hand; these are the edges
// of what the regexes it replaced matched.
describe('findAges', () => {
  it.each<[string, [string, number][]]>([
    // In brackets after a birth year, when the two make a year a screen is looked at.
    ['DOB: JAN 28,1932 (93) ====', [['93', 0.85]]],
    ['DOB 03/04/1930 (95)', [['95', 0.85]]],
    ['Born 1990 (92)', []],
    ['Vital signs (93)', []],
    // A number 90-120 with a unit after it.
    ['92 y.o.', [['92 y.o.', 0.9]]],
    ['92yo', [['92yo', 0.9]]],
    ['(92yo)', [['92yo', 0.9]]],
    ['94-year-old', [['94-year-old', 0.9]]],
    ['94 years old', [['94 years old', 0.9]]],
    ['92 yrs.', [['92 yrs.', 0.9]]],
    ['92 años', [['92 años', 0.9]]],
    ['92 ans', [['92 ans', 0.9]]],
    ['92 Jahre', [['92 Jahre', 0.9]]],
    ['92 j.', [['92 j.', 0.9]]],
    // A bare "Y" only glued to the number; up to two leading zeros.
    ['092Y', [['092Y', 0.9]]],
    ['92 Y', []],
    ['0092 years', [['0092 years', 0.9]]],
    ['00092 yo', []],
    ['120 yo', [['120 yo', 0.9]]],
    ['121 yo', []],
    ['89 yo', []],
    // Part of a word, a decimal or a longer number.
    ['a92yo', []],
    ['1.92 years', []],
    ['1192 yo', []],
    ['92 mg', []],
    // A number 90-120 after an age word.
    ['age 94', [['94', 0.85]]],
    ['Edad: 92', [['92', 0.85]]],
    ['âge 95', [['95', 0.85]]],
    ['ÂGE 95', [['95', 0.85]]],
    ['Alter 101', [['101', 0.85]]],
    ['aged 120', [['120', 0.85]]],
    ['age of 99', [['99', 0.85]]],
    ['age = 99', [['99', 0.85]]],
    ['age 0120', [['0120', 0.85]]],
    ['age 92.', [['92', 0.85]]],
    ['age 94 years', [['94 years', 0.9], ['94', 0.85]]],
    // The word must be whole and within twenty characters; the number whole and not a decimal or ratio.
    ['Page 94', []],
    ['x_age 94', []],
    ['x_age' + ' '.repeat(17) + '94', []],
    ['x_âge 94', []],
    ['age                 94', [['94', 0.85]]],
    ['age                  94', []],
    ['age 94.5', []],
    ['age 92/100', []],
    ['age 9292', []],
    ['age 121', []],
    ['HR 92', []],
    // Other languages' units and age words.
    ['年齢94歳', [['94歳', 0.9], ['94', 0.85]]],
    ['92 ปี 2 เดือน', [['92 ปี', 0.9]]],
    ['Umur 91 tahun', [['91 tahun', 0.9], ['91', 0.85]]],
    ['96 år', [['96 år', 0.9]]],
    ['Vanus: 96', [['96', 0.85]]],
    ['71 歲', []],
    ['95 tablets', []],
  ])('%j -> %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
});
