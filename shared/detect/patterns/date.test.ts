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
    // "a"/"p" alone, as schedules write them; not the first letter of the next word.
    ['05/19/2025 11:45a · Dr. Lee', [['05/19/2025 11:45a', 0.95]]],
    ['05/19/2025 8:45p', [['05/19/2025 8:45p', 0.95]]],
    ['05/19/2025 10:30 and later', [['05/19/2025 10:30', 0.95]]],
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
    // A 24-hour time of four digits after a date belongs to it; a quantity does not.
    ['collected 03/10/2025 1935 Local', [['03/10/2025 1935', 0.95]]],
    ['03/11/25 0513 ET', [['03/11/25 0513', 0.95]]],
    ['03/10/2025, 0800 hrs', [['03/10/2025, 0800', 0.95]]],
    ['March 3, 2021 2359', [['March 3, 2021 2359', 0.95]]],
    ['03/10/2025 1200 mg', [['03/10/2025', 0.95]]],
    ['03/10/2025 2460', [['03/10/2025', 0.95]]],
    ['03/10/2025 1261', [['03/10/2025', 0.95]]],
    ['03/10/2025 12345', [['03/10/2025', 0.95]]],
    ['03/10/2025 1935/2', [['03/10/2025', 0.95]]],
    ['03/10/20251935', []],
    // Other calendars and scripts: Thai Buddhist-era years with Thai months and "น." after the time,
    // Japanese eras (kanji and letter forms), Taiwan's ROC years, CJK and Korean year-month-day marks.
    ['21 ม.ค. 2569 08:40 น. · BW', [['21 ม.ค. 2569 08:40 น.', 0.95]]],
    ['29 ก.พ. 2567', [['29 ก.พ. 2567', 0.95]]],
    ['29 ก.พ. 2566', []],
    ['令和8年1月21日(水) · 担当', [['令和8年1月21日(水)', 0.95]]],
    ['令和元年5月1日', [['令和元年5月1日', 0.95]]],
    ['since 令和7年12月. Walks', [['令和7年12月', 0.8]]],
    ['回診 民國115年4月15日 就診', [['民國115年4月15日', 0.95]]],
    ['방문 2026년 1월 21일 오전', [['2026년 1월 21일', 0.95]]],
    ['3年前から 2026年に', []],
    ['2026年13月1日', []],
    ['S6.5.29 and R8.1.21', [['S6.5.29', 0.9], ['R8.1.21', 0.9]]],
    ['R8.2.30', []],
    ['v1.2.10', []],
    ['115/01/21 and 043/06/21', [['115/01/21', 0.95], ['043/06/21', 0.95]]],
    ['120/80/60', []],
    ['215/01/21', []],
    // Year first: Hungarian and Lithuanian; Danish "d." after a weekday; Indonesian and Estonian "at".
    ['2026. január 21.', [['2026. január 21', 0.95]]],
    ['2026 m. sausio 21 d. 11:40', [['2026 m. sausio 21 d. 11:40', 0.95]]],
    ['fredag d. 23. januar 2026', [['fredag d. 23. januar 2026', 0.95]]],
    ['Masuk 21 Januari 2026 pukul 10:15 WIB', [['21 Januari 2026 pukul 10:15 WIB', 0.95]]],
    ['18.01.2026 kell 14:20 EMO', [['18.01.2026 kell 14:20', 0.95]]],
    ['21. janúar 2026 kl. 13:15', [['21. janúar 2026 kl. 13:15', 0.95]]],
    ['31. jaanuar 2026', [['31. jaanuar 2026', 0.95]]],
  ])('%j -> %j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  // A month and day without a year: after a weekday or a word of time (0.8), or, unless it reads as
  // a fraction, a score or a dose (0.75), after "from", "on", "of", "by"... , before a time of day,
  // or closing a parenthesis that opened on words.
  it.each<[string, [string, number][]]>([
    ['Tues 12/2', [['Tues 12/2', 0.8]]],
    ['until 3/14', [['3/14', 0.8]]],
    // A board's or card's date labels: expected discharge or delivery, last period, admitted.
    ['38 M · EDD 11/19 Iso: Contact', [['11/19', 0.8]]],
    ['HD#10 · Adm 11/4 · COPD', [['11/4', 0.8]]],
    ['LMP 10/2', [['10/2', 0.8]]],
    ['follow-up next 11/21, stable', [['11/21', 0.75]]],
    ['take next 1/2 tab', []],
    ['Blood cultures from 3/8 no growth', [['3/8', 0.75]]],
    ['seen on 3/12 by cardiology', [['3/12', 0.75]]],
    ['week of 3/10', [['3/10', 0.75]]],
    ['MassHealth app # 2025-5256707 submitted 6/7.', [['6/7', 0.75]]],
    ['last seen 12/2, stable', [['12/2', 0.75]]],
    ['pain seen 6/10 at rest', []],
    ['scheduled 1/2 tab nightly', []],
    ['as of 3/12, stable', [['3/12', 0.75]]],
    ['by 3/15', [['3/15', 0.75]]],
    ['L hip fx (ORIF 3/8)', [['3/8', 0.75]]],
    ['3/12 morning: 141/73', [['3/12', 0.75]]],
    ['3/12 14:30 BP 120/80', [['3/12 14:30', 0.75]]],
    ['3/12 at 9:15', [['3/12 at 9:15', 0.75]]],
    ['3/12 @ 0900', [['3/12', 0.75]]],
    // Hard negatives: scores, fractions and doses, with or without a cue.
    ['pain 3/10', []],
    ['strength 4/5 throughout', []],
    ['2/6 murmur', []],
    ['take 1/2 tab', []],
    ['on 1/2 tab daily', []],
    ['on 3/4 L NC', []],
    ['Pain improved from 7/10 to 3/10', []],
    ['pain scores decreased from 8/10', []],
    ['2 out of 3/10', []],
    ['on 2/3 of days', []],
    ['from 3/8 cm', []],
    ['(GCS 3/15)', []],
    ['(RUE 4/5)', []],
    ['(3/15)', []],
    ['Pain 3/10 morning', []],
    ['1/2 morning', []],
    ['3/12 am', []],
    ['3/12 mornings', []],
    ['3/32 morning', []],
    ['13/12 morning', []],
    ['from 3/12/', []],
    // A CJK weekday in brackets after it: "2/18(水)".
    ['次回 2/18(水) 10:20.', [['2/18(水) 10:20', 0.8]]],
    ['2/18 (note)', []],
    // A log's 24-hour time after it: "1/20 0156"; not a quantity ("1200 mg").
    ['envelope 1/20 0156 PRUM', [['1/20 0156', 0.75]]],
    ['envelope 1/20 1200 mg', []],
    // After a study or a procedure: the day it was done.
    ['CT 12/26; PET 1/1', [['12/26', 0.75], ['1/1', 0.75]]],
    ['repeat MBS 1/23.', [['1/23', 0.75]]],
    ['repeat 1/2 tab', []],
  ])('month and day: %j -> %j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
