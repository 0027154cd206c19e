import { addSpan, isWordChar, isWordCode, LOWER, UPPER, type SpanSink } from '../span';
import { CLOSE_PARENTHESIS, codeAt, COLON, COMMA, DOT, endsWithWord, EQUALS, HYPHEN, isBlankCode, isDigitCode, OPEN_PARENTHESIS, skipBlanksBack, SLASH, UNDERSCORE } from '../char-codes';

// Ages over 89 are PHI (Safe Harbor); younger ages are not. An age is a whole number 90-120 with
// up to two leading zeros ("092Y"), followed by a unit ("92 y.o.", "94-year-old", "94 años") or
// preceded by an age word ("age 94", "Edad: 92"). A bare "Y" unit only when glued to the number,
// as banners print it. Other languages' units: Italian, Portuguese, Dutch, Nordic, Finnish, Polish,
// Czech, Turkish, Romanian, Hungarian, Indonesian and Malay ("57 th", "75 tahun"), Thai ("62 ปี"),
// Japanese and Chinese ("94歳", "71 歲", "90岁").
const AGE_UNIT = new RegExp(
  `(?:[ \\t\\u00a0]?-?[ \\t\\u00a0]?(?:y\\.?[ \\t\\u00a0]?o\\.?|y/o|yo|yrs?\\.?|years?|yr|a[ñn]os|ans|jahre?|j\\.|anni|anos|jaar|år|ára|vuotta|vuotias|lat|let|yaş|ani|éves|tahun|thn|ปี|歳|歲|岁)(?:[ \\t\\u00a0-]+old)?|Y|(?:st|nd|rd|th)[ \\t\\u00a0]+birthday)(?![${UPPER}${LOWER}\\d])`,
  'iy',
);
/** A note's opening "91F presents", "93 M w/ CHF": the age, one space at most, and the sex. */
const AGE_SEX_AT = /[ \t\u00a0]?[MF](?=[ \t\u00a0,])/y;
/** "ninety", then "-two" and the like, from just after the "ninety". */
const NINETIES_AT = /(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?/iy;
const AGE_WORDS = ['aged', 'age', 'edad', 'alter', 'âge', 'età', 'idade', 'leeftijd', 'ålder', 'alder', 'aldur', 'ikä', 'vanus', 'amžius', 'wiek', 'umur', 'usia', 'อายุ', '年齢', '年齡', '年龄', '나이'];
/** How far before the number its age word may start. */
const AGE_WORD_REACH = 20;

/**
 * The numbers are found from their first significant digit, a "9" or a "1", by indexOf (a native
 * search, several times cheaper per hit than a regex scan in digit-dense text).
 */
export function findAges(text: string, sink: SpanSink): void {
  for (let inety = text.indexOf('inety'); inety >= 0; inety = text.indexOf('inety', inety + 5)) addNinetiesInWords(text, inety - 1, sink);
  for (let nine = text.indexOf('9'); nine >= 0; nine = text.indexOf('9', nine + 1)) {
    if (isDigitCode(codeAt(text, nine + 1)) && !isDigitCode(codeAt(text, nine + 2))) addAge(text, nine, nine + 2, sink);
  }
  for (let one = text.indexOf('1'); one >= 0; one = text.indexOf('1', one + 1)) {
    const second = codeAt(text, one + 1);
    const third = codeAt(text, one + 2);
    // 100-119 or 120, and no more digits.
    const hundreds = second === 0x30 || second === 0x31 ? isDigitCode(third) : second === 0x32 && third === 0x30;
    if (hundreds && !isDigitCode(codeAt(text, one + 3))) addAge(text, one, one + 3, sink);
  }
}

/** The age whose significant digits are text[first, end), if the number is whole and has a unit or an age word. */
function addAge(text: string, first: number, end: number, sink: SpanSink): void {
  let start = first;
  while (start > first - 2 && codeAt(text, start - 1) === 0x30) start--;
  // More than two leading zeros, or the end of a longer number.
  if (isDigitCode(codeAt(text, start - 1))) return;
  const before = codeAt(text, start - 1);
  // The unit: \b before the number, and no "." "," "/" ":" (a decimal, a ratio, a time).
  if (!isWordChar(text, start - 1) && before !== UNDERSCORE && before !== DOT && before !== COMMA && before !== SLASH && before !== COLON && mayStartUnit(codeAt(text, end))) {
    AGE_UNIT.lastIndex = end;
    if (AGE_UNIT.test(text)) addSpan(sink, start, AGE_UNIT.lastIndex, 'AGE_OVER_89', 0.9);
  }
  if (startsNote(text, start)) {
    AGE_SEX_AT.lastIndex = end;
    if (AGE_SEX_AT.test(text)) addSpan(sink, start, AGE_SEX_AT.lastIndex, 'AGE_OVER_89', 0.85);
  }
  const after = codeAt(text, end);
  const decimalOrRatio = (after === DOT || after === COMMA || after === SLASH || after === COLON) && isDigitCode(codeAt(text, end + 1));
  if (!decimalOrRatio && hasAgeWordBefore(text, start)) addSpan(sink, start, end, 'AGE_OVER_89', 0.85);
  else if (before === OPEN_PARENTHESIS && after === CLOSE_PARENTHESIS && followsBirthYear(text, start - 1, Number(text.slice(start, end)))) addSpan(sink, start, end, 'AGE_OVER_89', 0.85);
}

/** The years in which a screen showing an age is looked at, about (the engine knows no today). */
const EARLIEST_YEAR_SHOWN = 1990;
const LATEST_YEAR_SHOWN = 2050;

/**
 * "JAN 28,1932 (93)": a date of birth's year just before the parenthesis at `parenthesis`, and the
 * age what it makes in a year a screen could show (a year and a count in brackets agree by chance
 * only rarely).
 */
function followsBirthYear(text: string, parenthesis: number, age: number): boolean {
  const yearEnd = skipBlanksBack(text, parenthesis, parenthesis - 2);
  const yearStart = yearEnd - 4;
  if (yearStart < 0 || isDigitCode(codeAt(text, yearStart - 1))) return false;
  for (let i = yearStart; i < yearEnd; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  const shownIn = Number(text.slice(yearStart, yearEnd)) + age;
  return shownIn >= EARLIEST_YEAR_SHOWN && shownIn <= LATEST_YEAR_SHOWN;
}

/** The first characters AGE_UNIT can match: a blank, "-", a unit's first letter, or an ordinal's "s", "n", "r", "t". */
function mayStartUnit(code: number): boolean {
  const folded = code | 0x20;
  return isBlankCode(code) || code === HYPHEN || UNIT_FIRST_LETTERS.includes(String.fromCharCode(code < 0x80 ? folded : code));
}
const UNIT_FIRST_LETTERS = 'yajsnrtlvåáéป歳歲岁';

/** Whether `start` opens a line, a block or a sentence: where a note writes "91F presents". */
function startsNote(text: string, start: number): boolean {
  const index = skipBlanksBack(text, start, 0);
  const before = codeAt(text, index - 1);
  return before === -1 || before === 10 || before === 0 || before === COLON || (before === DOT && index < start);
}

/** "ninety-two-year-old", "ninety years old": a number of the nineties in words with a unit, from its "n" at `start`. */
function addNinetiesInWords(text: string, start: number, sink: SpanSink): void {
  if ((codeAt(text, start) | 0x20) !== 0x6e || isWordChar(text, start - 1)) return;
  NINETIES_AT.lastIndex = start + 6;
  NINETIES_AT.test(text);
  AGE_UNIT.lastIndex = NINETIES_AT.lastIndex;
  if (AGE_UNIT.test(text)) addSpan(sink, start, AGE_UNIT.lastIndex, 'AGE_OVER_89', 0.9);
}

/**
 * Whether an age word ends before the number at `numberStart`, separated by
 * `blanks (of blanks+)? [:=]? blanks` (case-insensitive), all within AGE_WORD_REACH characters.
 */
function hasAgeWordBefore(text: string, numberStart: number): boolean {
  const limit = Math.max(0, numberStart - AGE_WORD_REACH);
  let index = skipBlanksBack(text, numberStart, limit);
  const sign = codeAt(text, index - 1);
  if (index > limit && (sign === COLON || sign === EQUALS)) index = skipBlanksBack(text, index - 1, limit);
  // "of" must be followed by a blank.
  if (isBlankCode(codeAt(text, index)) && endsWithWord(text, index, 'of', limit)) index = skipBlanksBack(text, index - 2, limit);
  for (const word of AGE_WORDS) {
    if (!endsWithWord(text, index, word, limit)) continue;
    // The word must be whole, also where it starts the reach: "x_age" is not "age", "x_âge" not "âge".
    const before = codeAt(text, index - word.length - 1);
    return !isWordCode(before) && before !== UNDERSCORE;
  }
  return false;
}

/** For a value under an "Age" label: the number alone is enough, a unit or a sex letter may follow ("92M" under "Age/Sex"). */
export function isAgeOver89(value: string): boolean {
  const number = /^\s*0{0,2}(\d{2,3})(?!\d)/.exec(value);
  return number !== null && Number(number[1]) >= 90 && Number(number[1]) <= 130;
}
