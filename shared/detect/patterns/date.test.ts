import { describe, expect, it } from 'vitest';
import type { SpanSink } from '../span';
import { findDates } from './date';

/** The dates found in `text`, as [matched text, confidence], in text order. */
function dates(text: string): [string, number][] {
  const sink: SpanSink = [];
  findDates(text, sink);
  return sink.sort((a, b) => a.start - b.start).map((s) => [text.slice(s.start, s.end), s.confidence]);
}

// The finder reads numbers, separators and the text around month words by hand; these are the
// edges of what the regexes it replaced matched.
describe('findDates', () => {
  it.each<[string, [string, number][]]>([
    // Numeric: one consistent separator, calendar-valid, whole numbers only.
    ['3/4/2021', [['3/4/2021', 0.95]]],
    ['29/02/2024', [['29/02/2024', 0.95]]],
    ['29/02/2023', []],
    ['13/13/2021', []],
    ['3/4-2021', []],
    ['3/4/20211', []],
    ['3/4/2021/5', []],
    ['x_3/4/2021', []],
    ['é3/4/2021', []],
    // The date may start inside a longer run of separators and digits.
    ['(/12/03/2021', [['12/03/2021', 0.95]]],
    // "1.2.10" is a version; "01.02.10" a date.
    ['1.2.10', []],
    ['01.02.10', [['01.02.10', 0.95]]],
    ['2021-03-04', [['2021-03-04', 0.95]]],
    // A time glued to the date belongs to it.
    ['2021-03-04T10:20Z', [['2021-03-04T10:20Z', 0.95]]],
    ['3/4/2021, 10:54:34 PM', [['3/4/2021, 10:54:34 PM', 0.95]]],
    ['3/4/2021 at 10:54', [['3/4/2021 at 10:54', 0.95]]],
    ['3/4/2021 10', [['3/4/2021', 0.95]]],
    // Month and year.
    ['03/2021', [['03/2021', 0.7]]],
    ['13/2021', []],
    ['a/03/2021', []],
    ['3/2021/', []],
    // Written: day after the month, with or without a year.
    ['March 3, 2021', [['March 3, 2021', 0.95]]],
    ['Mar 3rd, 2021', [['Mar 3rd, 2021', 0.95]]],
    ['Sept. 3 2021 10:30 AM', [['Sept. 3 2021 10:30 AM', 0.95]]],
    // "3rd:" ends at the day; "3:30" is a time, not a day.
    ['Mar 3rd: ok', [['Mar 3', 0.8]]],
    ['Mar 3:30', []],
    ['Dec 32', []],
    ['Feb 29, 2023', []],
    // Day before the month, within twelve characters.
    ['3 de marzo de 2021', [['3 de marzo de 2021', 0.95]]],
    ['3. März 2021', [['3. März 2021', 0.95]]],
    ['1er mars 2021', [['1er mars 2021', 0.95]]],
    ['03-MAR-21', [['03-MAR-21', 0.95]]],
    ['3rd of March', [['3rd of March', 0.8]]],
    ['3            March 2021', [['March 2021', 0.8]]],
    ['123 March 2021', [['March 2021', 0.8]]],
    // The day is a whole number, even when only its last digits are within the reach.
    ['3' + ' '.repeat(11) + 'March 2021', [['3' + ' '.repeat(11) + 'March 2021', 0.95]]],
    ['12' + ' '.repeat(10) + 'March 2021', [['12' + ' '.repeat(10) + 'March 2021', 0.95]]],
    ['123' + ' '.repeat(10) + 'March 2021', [['March 2021', 0.8]]],
    ['1234' + ' '.repeat(10) + 'March 2021', [['March 2021', 0.8]]],
    // Month and year.
    ['MAR-21', [['MAR-21', 0.8]]],
    ['march 2021-03', [['march 2021', 0.8]]],
    ['March of 2021', []],
    // "may" is a word: lower case, a short month needs a day and a year.
    ['may 2021', []],
    ['may 3', []],
    ['émars 2021', []],
    // A weekday before the date belongs to it.
    ['Wednesday, June 6, 2018', [['Wednesday, June 6, 2018', 0.95]]],
    ['Thursday, 3 March 2021', [['Thursday, 3 March 2021', 0.95]]],
    ['Thu. 3 March 2021', [['Thu. 3 March 2021', 0.95]]],
    ['on 3 March 2021', [['3 March 2021', 0.95]]],
    // The weekday is a whole word, even when it starts the reach.
    ['Mon, 3 March 2021', [['Mon, 3 March 2021', 0.95]]],
    ['Monday, 3 March 2021', [['Monday, 3 March 2021', 0.95]]],
    ['Salmon, 3 March 2021', [['3 March 2021', 0.95]]],
    ['Salmonday, 3 March 2021', [['3 March 2021', 0.95]]],
    ['x_Mon, 3 March 2021', [['3 March 2021', 0.95]]],
    ['(Sat. 3 March 2021', [['Sat. 3 March 2021', 0.95]]],
  ])('%j -> %j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
