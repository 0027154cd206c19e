import { addSpan, isWordChar, LOWER, UPPER, type SpanSink } from '../span';

/** Month words in English, Spanish, French and German, with the month number each means. */
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'enero', 'ene', 'janvier', 'janv', 'januar', 'jän', 'jänner'],
  ['february', 'feb', 'febrero', 'février', 'fevrier', 'févr', 'fevr', 'februar'],
  ['march', 'mar', 'marzo', 'mars', 'märz', 'maerz', 'mär'],
  ['april', 'apr', 'abril', 'abr', 'avril', 'avr'],
  ['may', 'mayo', 'mai'],
  ['june', 'jun', 'junio', 'juin', 'juni'],
  ['july', 'jul', 'julio', 'juillet', 'juil', 'juli'],
  ['august', 'aug', 'agosto', 'ago', 'août', 'aout'],
  ['september', 'sep', 'sept', 'septiembre', 'septembre'],
  ['october', 'oct', 'octubre', 'octobre', 'oktober', 'okt'],
  ['november', 'nov', 'noviembre', 'novembre'],
  ['december', 'dec', 'diciembre', 'dic', 'décembre', 'decembre', 'déc', 'dezember', 'dez'],
];
MONTH_NAMES.forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

const MONTH_ALTERNATION = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const MONTH_WORD = new RegExp(`\\b(${MONTH_ALTERNATION})(?![${UPPER}${LOWER}])\\.?`, 'gi');
const WEEKDAY_BEFORE = /(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?[ \t\u00a0]+$/i;
const DAY_BEFORE = /(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|\.)?[ \t\u00a0]*(?:(?:de|of)[ \t\u00a0]+)?[-/]?[ \t\u00a0]*$/i;
const DAY_AFTER = /[ \t\u00a0]*[-/]?[ \t\u00a0]*(\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:(?:,[ \t\u00a0]*|[ \t\u00a0]+|[-/])(?:de[ \t\u00a0]+)?((?:1[89]|2[01])\d\d|\d\d)(?![\d:]))?/iy;
const YEAR_AFTER = /,?[ \t\u00a0]*[-/]?[ \t\u00a0]*(?:de[ \t\u00a0]+)?((?:1[89]|2[01])\d\d)(?!\d)|[-/](\d\d)(?![\d:])/iy;

// d/m/y, m/d/y, y-m-d with one consistent separator; validated against the calendar below.
const NUMERIC_DATE = /\b(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})/g;
const MONTH_YEAR = /\b(\d{1,2})\/((?:19|20)\d\d)/g;
// A time of day glued to a date belongs to it ("3/4/2021, 10:54:34 PM", "2021-03-04T10:20Z").
const TIME_AFTER = /(?:,?[ \t\u00a0]*(?:at|@|à|um|a las)?[ \t\u00a0]*|T)\d{1,2}:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:[ \t\u00a0]?[AaPp]\.?[Mm]\.?)?(?:[ \t\u00a0]?(?:Z|[+-]\d\d:?\d\d|UTC|GMT|[ECMP][SD]T))?/y;

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= daysInMonth;
}

function fullYear(year: string): number {
  const value = Number(year);
  return year.length === 2 ? 2000 + value : value;
}

function endWithTime(text: string, end: number): number {
  TIME_AFTER.lastIndex = end;
  const time = TIME_AFTER.exec(text);
  return time && !isWordChar(text, TIME_AFTER.lastIndex) ? TIME_AFTER.lastIndex : end;
}

/** Finds dates with a day or month element, in numeric, ISO and written forms; years alone are not PHI. */
export function findDates(text: string, sink: SpanSink): void {
  findNumericDates(text, sink);
  findWrittenDates(text, sink);
}

function findNumericDates(text: string, sink: SpanSink): void {
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    const before = text[start - 1];
    const after = text[end];
    const isoTime = text[end] === 'T' && /\d/.test(text[end + 1] ?? '');
    if (isWordChar(text, start - 1) || (isWordChar(text, end) && !isoTime)) continue;
    if ((before === '.' || before === '/' || before === '-') && isWordChar(text, start - 2)) continue;
    if ((after === '.' || after === '/' || after === '-') && /\d/.test(text[end + 1] ?? '')) continue;
    const [, a, separator, b, c] = m as unknown as [string, string, string, string, string];
    let valid: boolean;
    if (a.length === 4) valid = c.length <= 2 && isCalendarDate(Number(a), Number(b), Number(c));
    else if (a.length <= 2 && (c.length === 4 || c.length === 2)) {
      const year = fullYear(c);
      valid = isCalendarDate(year, Number(a), Number(b)) || isCalendarDate(year, Number(b), Number(a));
      // "1.2.10" is more often a version or a section number than a date.
      if (separator === '.' && c.length === 2 && a.length === 1) valid = false;
    } else valid = false;
    if (!valid) continue;
    end = endWithTime(text, end);
    addSpan(sink, start, end, 'DATE', 0.95);
  }
  MONTH_YEAR.lastIndex = 0;
  for (let m = MONTH_YEAR.exec(text); m; m = MONTH_YEAR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const month = Number(m[1]);
    if (month < 1 || month > 12 || isWordChar(text, start - 1) || isWordChar(text, end)) continue;
    if (text[start - 1] === '/' || text[end] === '/' || text[start - 1] === '.') continue;
    addSpan(sink, start, end, 'DATE', 0.7);
  }
}

function findWrittenDates(text: string, sink: SpanSink): void {
  MONTH_WORD.lastIndex = 0;
  for (let m = MONTH_WORD.exec(text); m; m = MONTH_WORD.exec(text)) {
    const word = m[1]!;
    if (isWordChar(text, m.index - 1)) continue;
    const month = MONTHS[word.toLowerCase()];
    if (month === undefined) continue;
    const monthStart = m.index;
    const monthEnd = monthStart + m[0].length;
    // "may" and "mar" are also words: only a capitalised or upper-case month can stand without a year.
    const capitalised = word[0] !== word[0]!.toLowerCase();
    let start = -1;
    let end = -1;
    let day = 0;
    let year = 0;

    const dayBefore = DAY_BEFORE.exec(text.slice(Math.max(0, monthStart - 12), monthStart));
    if (dayBefore) {
      day = Number(dayBefore[1]);
      start = monthStart - dayBefore[0].length + dayBefore[0].indexOf(dayBefore[1]!);
      YEAR_AFTER.lastIndex = monthEnd;
      const yearMatch = YEAR_AFTER.exec(text);
      end = yearMatch ? YEAR_AFTER.lastIndex : monthEnd;
      if (yearMatch) year = fullYear(yearMatch[1] ?? yearMatch[2]!);
    } else {
      DAY_AFTER.lastIndex = monthEnd;
      const dayAfter = DAY_AFTER.exec(text);
      if (dayAfter) {
        day = Number(dayAfter[1]);
        year = dayAfter[2] ? fullYear(dayAfter[2]) : 0;
        start = monthStart;
        end = DAY_AFTER.lastIndex;
      } else {
        YEAR_AFTER.lastIndex = monthEnd;
        const yearMatch = YEAR_AFTER.exec(text);
        if (yearMatch && (capitalised || word.length > 3)) {
          start = monthStart;
          end = YEAR_AFTER.lastIndex;
          year = fullYear(yearMatch[1] ?? yearMatch[2]!);
        }
      }
    }
    if (start < 0) continue;
    if (day && !isCalendarDate(year || 2000, month, day)) continue;
    if (!year && !capitalised) continue;
    const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 11), start));
    if (weekday) start -= weekday[0].length;
    end = endWithTime(text, end);
    addSpan(sink, start, end, 'DATE', year && day ? 0.95 : 0.8);
  }
}
