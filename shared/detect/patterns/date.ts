import { addSpan, foldedHash, isWordChar, LOWER, UPPER, type SpanSink } from '../span';
import {
  CLOSE_PARENTHESIS,
  codeAt,
  COLON,
  COMMA,
  digitRunEnd,
  digitRunStart,
  digitsValue,
  DOT,
  endsWithWord,
  HYPHEN,
  isAsciiLetterCode,
  isBlankCode,
  isDigitCode,
  OPEN_PARENTHESIS,
  skipBlanks,
  skipBlanksBack,
  SLASH,
  UNDERSCORE,
} from '../char-codes';

/**
 * Month words, with the month number each means: English, Spanish, French, German; then Italian,
 * Portuguese, Dutch, Swedish, Danish and Norwegian, Finnish (the partitive a date writes, "12.
 * toukokuuta"), Polish (the genitive, "3 marca"), Czech (the genitive), Hungarian, Romanian,
 * Turkish, Icelandic, Estonian, Lithuanian (the genitive, "sausio 21 d."), Indonesian and Malay,
 * and Thai (full names and the dotted abbreviations, "21 ม.ค. 2569"). Abbreviations that are also
 * words or names are left out ("Set 2", "Mag 2.1", "Ian", "Out 3", Malay "Mac"); a lower-case month
 * word needs a year, and none stands without a day or a year.
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'enero', 'ene', 'janvier', 'janv', 'januar', 'jän', 'jänner', 'gennaio', 'janeiro', 'januari', 'tammikuuta', 'tammikuu', 'stycznia', 'styczeń', 'ledna', 'leden', 'január', 'ianuarie', 'ocak', 'janúar', 'jaanuar', 'sausio', 'มกราคม', 'ม.ค'],
  ['february', 'feb', 'febrero', 'février', 'fevrier', 'févr', 'fevr', 'februar', 'febbraio', 'fevereiro', 'februari', 'helmikuuta', 'helmikuu', 'lutego', 'luty', 'února', 'únor', 'február', 'februarie', 'şubat', 'subat', 'febrúar', 'veebruar', 'vasario', 'กุมภาพันธ์', 'ก.พ'],
  ['march', 'mar', 'marzo', 'mars', 'märz', 'maerz', 'mär', 'março', 'maart', 'marts', 'maaliskuuta', 'maaliskuu', 'marca', 'marzec', 'března', 'březen', 'március', 'martie', 'mart', 'maret', 'märts', 'kovo', 'มีนาคม', 'มี.ค'],
  ['april', 'apr', 'abril', 'abr', 'avril', 'avr', 'aprile', 'huhtikuuta', 'huhtikuu', 'kwietnia', 'kwiecień', 'dubna', 'duben', 'április', 'aprilie', 'nisan', 'apríl', 'aprill', 'balandžio', 'เมษายน', 'เม.ย'],
  ['may', 'mayo', 'mai', 'maggio', 'maio', 'mei', 'maj', 'toukokuuta', 'toukokuu', 'maja', 'května', 'květen', 'május', 'mayıs', 'mayis', 'maí', 'gegužės', 'พฤษภาคม', 'พ.ค'],
  ['june', 'jun', 'junio', 'juin', 'juni', 'giugno', 'junho', 'kesäkuuta', 'kesäkuu', 'czerwca', 'czerwiec', 'června', 'červen', 'június', 'iunie', 'haziran', 'júní', 'juuni', 'birželio', 'มิถุนายน', 'มิ.ย'],
  ['july', 'jul', 'julio', 'juillet', 'juil', 'juli', 'luglio', 'julho', 'heinäkuuta', 'heinäkuu', 'lipca', 'lipiec', 'července', 'červenec', 'július', 'iulie', 'temmuz', 'júlí', 'juuli', 'julai', 'liepos', 'กรกฎาคม', 'ก.ค'],
  ['august', 'aug', 'agosto', 'ago', 'août', 'aout', 'augusti', 'augustus', 'elokuuta', 'elokuu', 'sierpnia', 'sierpień', 'srpna', 'srpen', 'augusztus', 'ağustos', 'agustos', 'ágúst', 'agustus', 'ogos', 'rugpjūčio', 'สิงหาคม', 'ส.ค'],
  ['september', 'sep', 'sept', 'septiembre', 'septembre', 'settembre', 'setembro', 'syyskuuta', 'syyskuu', 'września', 'wrzesień', 'září', 'szeptember', 'septembrie', 'eylül', 'eylul', 'rugsėjo', 'กันยายน', 'ก.ย'],
  ['october', 'oct', 'octubre', 'octobre', 'oktober', 'okt', 'ottobre', 'outubro', 'lokakuuta', 'lokakuu', 'października', 'październik', 'října', 'říjen', 'október', 'octombrie', 'ekim', 'oktoober', 'spalio', 'ตุลาคม', 'ต.ค'],
  ['november', 'nov', 'noviembre', 'novembre', 'novembro', 'marraskuuta', 'marraskuu', 'listopada', 'listopad', 'listopadu', 'noiembrie', 'kasım', 'kasim', 'nóvember', 'lapkričio', 'พฤศจิกายน', 'พ.ย'],
  ['december', 'dec', 'diciembre', 'dic', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'dicembre', 'dezembro', 'joulukuuta', 'joulukuu', 'grudnia', 'grudzień', 'prosince', 'prosinec', 'decembrie', 'aralık', 'aralik', 'desember', 'disember', 'detsember', 'gruodžio', 'ธันวาคม', 'ธ.ค'],
];
// Keyed by the folded hash of the matched word: no lower-cased copy per match. The regex below
// matches only these words, so the hash needs to tell them apart and nothing else.
const MONTH_BY_HASH = new Map<number, number>();
MONTH_NAMES.forEach((names, index) => names.forEach((name) => MONTH_BY_HASH.set(foldedHash(name, 0, name.length), index + 1)));
if (MONTH_BY_HASH.size !== MONTH_NAMES.flat().length) throw new Error('two month words share a hash');

/** Whether text[start, end) is a month word ("March", "sept"), in any case. */
export function isMonthWord(text: string, start: number, end: number): boolean {
  const month = MONTH_BY_HASH.get(foldedHash(text, start, end));
  return month !== undefined && MONTH_NAMES[month - 1]!.includes(text.slice(start, end).toLowerCase());
}

const MONTH_ALTERNATION = MONTH_NAMES.flat()
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/\./g, '\\.'))
  .join('|');
// Every month-looking word. The one scan of the finder over letters: ~1.7 ms/MB on the generated
// corpus, most of the finder's time (a regex starting with a letter tries every letter position).
const MONTH_WORD = new RegExp(`(?<![A-Za-z0-9_])(?:${MONTH_ALTERNATION})(?![${UPPER}${LOWER}])\\.?`, 'gi');
/** How far before a month word its day may start ("3rd of ", "03 de "). */
const DAY_REACH = 12;
/** How far before a date its weekday may start ("Wednesday, "). */
const WEEKDAY_REACH = 11;
// A weekday is any of these abbreviations, optionally followed by any of these endings ("Thurs" + "day").
// Every ending ends in "y" and no abbreviation does, so the last letter tells which to look for.
const WEEKDAY_ABBREVIATIONS = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];
const WEEKDAY_ENDINGS = ['day', 'sday', 'nesday', 'rsday', 'urday'];
const NO_WEEKDAY_ENDING = [''];
/** Weekdays in the other languages whose months are read (lower case), and how far before a date one may start ("segunda-feira, "). */
const OTHER_WEEKDAYS: ReadonlySet<string> = new Set([
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'mandag', 'tirsdag', 'lørdag', 'søndag',
  'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai',
  'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela',
  'luni', 'marți', 'marţi', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică',
  'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar',
]);
const OTHER_WEEKDAY_REACH = 16;
const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th'];
// Before a month, a day may also end in "er" ("1er mars").
const DAY_SUFFIXES = [...ORDINAL_SUFFIXES, 'er'];

// d/m/y, m/d/y, y-m-d with one consistent separator, and m/yyyy: found from their first separator,
// which is rare, then read and validated by hand. (The text is digit-dense: a pattern starting at
// every digit run cost a full regex scan per form.)
// The last form, a slash and a day with no year after it, is a month and day ("12/2") only after a
// weekday or a word of time (MONTH_DAY_CUES): alone it is more often a fraction or a score.
const NUMERIC_DATE_SEPARATOR = /\/\d\d?\/\d\d|\/(?:19|20)\d\d|-\d\d?-\d\d|\.\d\d?\.\d\d|\/(?<=(?:^|\D)(?:1[0-2]|0?[1-9])\/)(?:[12]\d|3[01]|0?[1-9])(?![\d/])/g;
/** Words after which a month and day without a year is a date: "until 3/14", "since 11/30". */
const MONTH_DAY_CUES = [
  'since', 'until', 'till', 'thru', 'through', 'due', 'appt', 'dated',
  // The labels of a board's or a card's dates: expected discharge or delivery, last period, date of service, admitted.
  'edd', 'edc', 'lmp', 'dos', 'adm', 'admit',
];
const MONTH_DAY_CUE_REACH = 10;
/**
 * Weaker evidence for a month and day without a year, each vetoed by what makes "m/d" a fraction
 * or a score (isScoreLike): one of these words right before it ("cultures from 3/8", "seen on
 * 3/12", "week of 3/10", "by 3/15", "submitted 6/7"), a time of day right after it ("3/12 morning", "3/12 14:30"),
 * or the end of a parenthesis that opened on words before it ("(ORIF 3/15)").
 */
const WEAK_MONTH_DAY_CUES = [
  'from', 'on', 'of', 'by', 'after', 'before', 'starting', 'effective',
  // What a note or chat says happened or is booked on a day: "app submitted 6/7", "last seen 12/2".
  'submitted', 'seen', 'scheduled', 'booked', 'admitted', 'discharged', 'faxed',
  'next', 'last', 'started', 'stopped', 'held', 'dc', 'discharge',
  // A study or procedure is done on a day: "CT C/A/P 12/26; PET 1/1", "repeat MBS 1/23", "bedside swallow 1/20".
  'ct', 'mri', 'pet', 'cxr', 'xr', 'echo', 'tte', 'tee', 'egd', 'ekg', 'ecg', 'biopsy', 'bx', 'labs', 'mbs', 'swallow', 'colonoscopy', 'mammogram', 'scan',
  'repeat', 'done', 'performed',
];
const TIMES_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight', 'noon', 'midnight']);
/**
 * Words that make a nearby "m/d" a fraction, a score or a dose rather than a date: within the
 * three words before it ("pain improved from 7/10", "GCS 3/15", "out of 3/10") or right after it
 * ("1/2 tab", "2/6 murmur", "3/4 cm"; and "of": "2/3 of the dose").
 */
const SCORE_WORDS: ReadonlySet<string> = new Set([
  'pain', 'score', 'scores', 'scale', 'rated', 'rates', 'rating', 'strength', 'power', 'motor', 'murmur', 'grade', 'graded',
  'gcs', 'nihss', 'apgar', 'mmse', 'moca', 'phq', 'gad', 'ecog', 'asa', 'braden', 'morse', 'mallampati', 'nyha', 'reflex',
  'reflexes', 'dtr', 'dtrs', 'pulses', 'tab', 'tabs', 'tablet', 'tablets', 'cap', 'caps', 'capsule', 'capsules', 'pill', 'pills',
  'dose', 'doses', 'ns', 'ratio', 'fraction', 'out', 'sensation', 'vision', 'acuity', 'ef', 'cm', 'mm', 'in', 'inch',
  'inches', 'ml', 'mg', 'mcg', 'g', 'kg', 'l', 'lb', 'lbs', 'units', 'times', 'x',
]);
const SCORE_WORDS_BEFORE = 3;
const SCORE_REACH = 32;
/** How far before a month and day the parenthesis it closes may open: "(ORIF 3/15)". */
const PARENTHESIS_REACH = 24;
// A time of day glued to a date belongs to it ("3/4/2021, 10:54:34 PM", "2021-03-04T10:20Z", "05/19/2025 11:45a"),
// with the word for "at" of the languages read ("ore 14:32", "às 10:40", "kl. 14:05", "ora 14:20", "saat 09:30",
// "om 14:00", "alle 9:15", "kell 14:20", "pukul 10:15 WIB"; Finnish and Danish write "klo 10.40", "kl. 10.40";
// Thai writes "น." after the time).
const TIME_AFTER = /(?:,?[ \t\u00a0]*(?:at|@|à|um|a las|ore|alle|às|as|om|ora|saat|godz\.?|kl\.?|klo|klukkan|kell|pukul|jam)?[ \t\u00a0]*|T)\d{1,2}:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:[ \t\u00a0]?[AaPp](?:\.?[Mm]\.?|(?![A-Za-z])))?(?:[ \t\u00a0]?(?:Z|[+-]\d\d:?\d\d|UTC|GMT|[ECMP][SD]T|WIB|WITA|WIT|น\.))?|,?[ \t\u00a0]*(?:kl\.?|klo)[ \t\u00a0]*\d{1,2}\.\d\d(?!\.?\d)/y;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const BUDDHIST_ERA_START = 2400;
const BUDDHIST_ERA_OFFSET = 543;
const ROC_ERA_OFFSET = 1911;
/** Japan's eras since 1868 (Meiji, Taishō, Shōwa, Heisei, Reiwa): the letter and the name a date writes, and the year before each era's first. */
const JAPANESE_ERAS: readonly { letter: string; name: string; before: number }[] = [
  { letter: 'M', name: '明治', before: 1867 },
  { letter: 'T', name: '大正', before: 1911 },
  { letter: 'S', name: '昭和', before: 1925 },
  { letter: 'H', name: '平成', before: 1988 },
  { letter: 'R', name: '令和', before: 2018 },
];
const JAPANESE_ERA_BEFORE: ReadonlyMap<string, number> = new Map(JAPANESE_ERAS.map((era) => [era.letter, era.before]));
const LONGEST_JAPANESE_ERA = 64;

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // A Thai date counts years from the Buddha (2569 is 2026): its leap years are the Gregorian ones.
  if (year >= BUDDHIST_ERA_START) year -= BUDDHIST_ERA_OFFSET;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

function endWithTime(text: string, end: number): number {
  if (!mayStartTime(text, end)) return militaryTimeEnd(text, end);
  TIME_AFTER.lastIndex = end;
  const time = TIME_AFTER.exec(text);
  return time && !isWordChar(text, TIME_AFTER.lastIndex) ? TIME_AFTER.lastIndex : end;
}

/** Words a 24-hour time may be followed by: "1935 hrs". Any other lower-case word makes the number a quantity ("1200 mg"). */
const HOUR_WORDS = ['h', 'hr', 'hrs', 'hours'];

/**
 * Where a 24-hour time written as four digits after a date ends ("03/10/2025 1935", "03/11/25,
 * 0513 ET"), or `end` when there is none: `,? blanks+ HHMM` with HH 00-23 and MM 00-59, a whole
 * number, followed by no digit, no separator and a digit ("1935/2"), and no lower-case word but
 * HOUR_WORDS ("1200 mg" is a quantity).
 */
function militaryTimeEnd(text: string, end: number): number {
  const afterComma = codeAt(text, end) === COMMA ? end + 1 : end;
  const start = skipBlanks(text, afterComma);
  if (start === afterComma || digitRunEnd(text, start) !== start + 4) return end;
  const timeEnd = start + 4;
  if (digitsValue(text, start, start + 2) > 23 || digitsValue(text, start + 2, timeEnd) > 59 || isWordChar(text, timeEnd)) return end;
  const next = codeAt(text, timeEnd);
  if ((isSeparatorCode(next) || next === COMMA || next === COLON) && isDigitCode(codeAt(text, timeEnd + 1))) return end;
  const wordStart = skipBlanks(text, timeEnd);
  const first = codeAt(text, wordStart);
  if (first >= 97 && first <= 122) {
    const wordEnd = asciiWordEnd(text, wordStart);
    if (!HOUR_WORDS.some((word) => wordEnd - wordStart === word.length && endsWithWord(text, wordEnd, word, wordStart))) return end;
  }
  return timeEnd;
}

/** Whether TIME_AFTER can match at `index`: most dates are followed by nothing of the kind, and this costs no regex call. */
function mayStartTime(text: string, index: number): boolean {
  if (text[index] === 'T') return true;
  if (codeAt(text, index) === COMMA) index++;
  index = skipBlanks(text, index);
  const code = codeAt(text, index);
  if (isDigitCode(code)) return codeAt(text, index + 1) === COLON || codeAt(text, index + 2) === COLON;
  // The first letters of "at", "@", "à", "um", "a las", "ore", "om", "ora", "às", "saat", "godz", "kl", "klo", "kell", "pukul", "jam".
  return code === 0x61 || code === 0x40 || code === 0xe0 || code === 0x75 || code === 0x6f || code === 0x73 || code === 0x67 || code === 0x6b || code === 0x70 || code === 0x6a;
}

/** Whether \b holds before a digit or ASCII letter at `index` and no Latin-1 letter precedes it either. */
function startsWord(text: string, index: number): boolean {
  return !isWordChar(text, index - 1) && codeAt(text, index - 1) !== UNDERSCORE;
}

/** Finds dates with a day or month element, in numeric, ISO and written forms; years alone are not PHI. */
export function findDates(text: string, sink: SpanSink): void {
  findNumericDates(text, sink);
  findWrittenDates(text, sink);
  findCjkDates(text, sink);
}

/** Year, month and day marks: Chinese and Japanese, and Korean (which spaces the parts). */
const CJK_DATE_MARKS: readonly (readonly [string, string, string])[] = [
  ['年', '月', '日'],
  ['년', '월', '일'],
];
/** Eras a CJK date may name before its year, and the year before each era's first (0: the year is the Western one). */
const CJK_ERA_BEFORE: ReadonlyMap<string, number> = new Map([
  ...JAPANESE_ERAS.map((era): [string, number] => [era.name, era.before]),
  ['民國', ROC_ERA_OFFSET], ['民国', ROC_ERA_OFFSET], ['西暦', 0], ['西曆', 0], ['西元', 0],
]);
/** An era's first year is written "元" (gan): "令和元年5月1日". */
const FIRST_ERA_YEAR = '元';

/**
 * "2026年1月21日", "令和8年1月21日(水)", "民國115年4月15日", "令和7年12月", "2026년 1월 21일":
 * a year, a month and perhaps a day, each followed by its mark. The year has four digits or an
 * era before it ("3年" alone is a duration); a year alone is no date. Found from the year mark,
 * which only such text has.
 */
function findCjkDates(text: string, sink: SpanSink): void {
  for (const marks of CJK_DATE_MARKS) {
    for (let mark = text.indexOf(marks[0]); mark >= 0; mark = text.indexOf(marks[0], mark + 1)) addCjkDate(text, mark, marks, sink);
  }
}

function addCjkDate(text: string, yearMark: number, [, monthMark, dayMark]: readonly [string, string, string], sink: SpanSink): void {
  let yearStart = digitRunStart(text, yearMark, yearMark - 4);
  let year = digitsValue(text, yearStart, yearMark);
  if (yearStart === yearMark) {
    if (text[yearMark - 1] !== FIRST_ERA_YEAR) return;
    yearStart--;
    year = 1;
  }
  if (isDigitCode(codeAt(text, yearStart - 1))) return;
  const eraBefore = CJK_ERA_BEFORE.get(text.slice(yearStart - 2, yearStart));
  if (eraBefore === undefined && yearMark - yearStart !== 4) return;
  const start = eraBefore === undefined ? yearStart : yearStart - 2;
  year += eraBefore ?? 0;

  const monthStart = skipBlanks(text, yearMark + 1);
  const monthEnd = digitRunEnd(text, monthStart);
  if (monthEnd === monthStart || monthEnd - monthStart > 2 || text[monthEnd] !== monthMark) return;
  const month = digitsValue(text, monthStart, monthEnd);
  let end = monthEnd + 1;
  const dayStart = skipBlanks(text, end);
  const dayEnd = digitRunEnd(text, dayStart);
  const day = dayEnd > dayStart && dayEnd - dayStart <= 2 && text[dayEnd] === dayMark ? digitsValue(text, dayStart, dayEnd) : 0;
  if (day > 0) end = dayEnd + 1;
  if (!isCalendarDate(year, month, day || 1)) return;
  addSpan(sink, start, endWithTime(text, cjkWeekdayEnd(text, end)), 'DATE', day > 0 ? 0.95 : 0.8);
}

/** Weekdays as Japanese and Chinese write them in brackets after a date: "(水)", "（水曜日）", "(三)". */
const CJK_WEEKDAY_AT = /[(（](?:[日月火水木金土](?:曜日?)?|[一二三四五六日天])[)）]/y;

/** The end of a bracketed CJK weekday right after `end`, or `end`. */
function cjkWeekdayEnd(text: string, end: number): number {
  CJK_WEEKDAY_AT.lastIndex = end;
  return CJK_WEEKDAY_AT.test(text) ? CJK_WEEKDAY_AT.lastIndex : end;
}

function findNumericDates(text: string, sink: SpanSink): void {
  NUMERIC_DATE_SEPARATOR.lastIndex = 0;
  for (let m = NUMERIC_DATE_SEPARATOR.exec(text); m; m = NUMERIC_DATE_SEPARATOR.exec(text)) {
    const separator = m.index;
    addNumericDate(text, separator, sink);
    if (codeAt(text, separator) === SLASH) {
      addMonthYear(text, separator, sink);
      // Only the last form is this short ("/2", "/14"): the others go on to a year.
      if (m[0].length <= 3) addMonthDay(text, separator, sink);
    }
    // The next date may start inside this match ("(/12/03/2021": the date is "12/03/2021").
    NUMERIC_DATE_SEPARATOR.lastIndex = separator + 1;
  }
}

/**
 * "3/4/2021", "2021-03-04", "04.03.21" whose first separator is at `separator`, where
 * NUMERIC_DATE_SEPARATOR matched (so 1-2 digits, the same separator and 2 digits follow it). Reads
 * `\b\d{1,4} sep \d{1,2} sep \d{2,4}` and validates it against the calendar.
 */
function addNumericDate(text: string, separator: number, sink: SpanSink): void {
  const separatorCode = codeAt(text, separator);
  const start = digitRunStart(text, separator, 0);
  const aLength = separator - start;
  if (aLength < 1 || aLength > 4) return;
  if (!startsWord(text, start)) {
    if (separatorCode === DOT && aLength <= 2) addJapaneseEraDate(text, start, separator, sink);
    return;
  }
  const bStart = separator + 1;
  const bEnd = digitRunEnd(text, bStart);
  if (bEnd - bStart > 2 || codeAt(text, bEnd) !== separatorCode) return;
  const cStart = bEnd + 1;
  const cLength = Math.min(digitRunEnd(text, cStart) - cStart, 4);
  const end = cStart + cLength;
  const isoTime = text[end] === 'T' && isDigitCode(codeAt(text, end + 1));
  if (isWordChar(text, end) && !isoTime) return;
  if (isSeparatorCode(codeAt(text, start - 1)) && isWordChar(text, start - 2)) return;
  if (isSeparatorCode(codeAt(text, end)) && isDigitCode(codeAt(text, end + 1))) return;
  const a = digitsValue(text, start, separator);
  const b = digitsValue(text, bStart, bEnd);
  const c = digitsValue(text, cStart, end);
  let valid: boolean;
  if (aLength === 4) valid = cLength <= 2 && isCalendarDate(a, b, c);
  // Taiwan counts years from 1912 (民國) and pads them to three digits: "115/01/21", "043/06/21".
  else if (aLength === 3) valid = codeAt(text, start) <= 0x31 && bEnd - bStart === 2 && cLength === 2 && isCalendarDate(a + ROC_ERA_OFFSET, b, c);
  else if (aLength <= 2 && (cLength === 4 || cLength === 2)) {
    const year = cLength === 2 ? 2000 + c : c;
    valid = isCalendarDate(year, a, b) || isCalendarDate(year, b, a);
    // "1.2.10" is more often a version or a section number than a date.
    if (separatorCode === DOT && cLength === 2 && aLength === 1) valid = false;
  } else valid = false;
  if (valid) addSpan(sink, start, endWithTime(text, end), 'DATE', 0.95);
}

/**
 * "R8.1.21", "S6.5.29": a Japanese era's letter, its year, month and day, whose first dot is at
 * `separator` (NUMERIC_DATE_SEPARATOR matched, so the day has two digits).
 */
function addJapaneseEraDate(text: string, start: number, separator: number, sink: SpanSink): void {
  const eraBefore = JAPANESE_ERA_BEFORE.get(text[start - 1]!);
  if (eraBefore === undefined || isWordChar(text, start - 2)) return;
  const eraYear = digitsValue(text, start, separator);
  const monthEnd = digitRunEnd(text, separator + 1);
  const dayEnd = digitRunEnd(text, monthEnd + 1);
  if (eraYear < 1 || eraYear > LONGEST_JAPANESE_ERA || codeAt(text, monthEnd) !== DOT || dayEnd - monthEnd - 1 !== 2 || isWordChar(text, dayEnd)) return;
  if (isCalendarDate(eraBefore + eraYear, digitsValue(text, separator + 1, monthEnd), digitsValue(text, monthEnd + 1, dayEnd))) addSpan(sink, start - 1, endWithTime(text, dayEnd), 'DATE', 0.9);
}

function isSeparatorCode(code: number): boolean {
  return code === DOT || code === SLASH || code === HYPHEN;
}

/** "03/2021" whose slash is at `slash`: `\b\d{1,2}/(19|20)\d\d`, a month 1-12, no more digits or slashes around. */
function addMonthYear(text: string, slash: number, sink: SpanSink): void {
  const start = digitRunStart(text, slash, 0);
  const monthLength = slash - start;
  if (monthLength < 1 || monthLength > 2 || !startsWord(text, start)) return;
  const end = slash + 5;
  const century = digitsValue(text, slash + 1, slash + 3);
  if (digitRunEnd(text, slash + 1) < end || (century !== 19 && century !== 20)) return;
  const month = digitsValue(text, start, slash);
  if (month < 1 || month > 12 || isWordChar(text, end)) return;
  const before = codeAt(text, start - 1);
  if (before === SLASH || before === DOT || codeAt(text, end) === SLASH) return;
  addSpan(sink, start, end, 'DATE', 0.7);
}

/** "Tues 12/2", "until 3/14" whose slash is at `slash`: a valid month and day, after a weekday or a MONTH_DAY_CUES word. */
function addMonthDay(text: string, slash: number, sink: SpanSink): void {
  const start = digitRunStart(text, slash, 0);
  const dayEnd = digitRunEnd(text, slash + 1);
  if (slash - start < 1 || slash - start > 2 || dayEnd - slash - 1 < 1 || dayEnd - slash - 1 > 2 || !startsWord(text, start)) return;
  if (isWordChar(text, dayEnd) || codeAt(text, dayEnd) === SLASH || codeAt(text, start - 1) === SLASH) return;
  const month = digitsValue(text, start, slash);
  if (!isCalendarDate(2000, month, digitsValue(text, slash + 1, dayEnd))) return;
  const weekdayStart = weekdayStartBefore(text, start);
  if (weekdayStart < start) return addSpan(sink, weekdayStart, dayEnd, 'DATE', 0.8);
  const weekdayEnd = cjkWeekdayEnd(text, dayEnd);
  if (weekdayEnd > dayEnd) return addSpan(sink, start, endWithTime(text, weekdayEnd), 'DATE', 0.8);
  const limit = Math.max(0, start - MONTH_DAY_CUE_REACH);
  const cueEnd = skipBlanksBack(text, start, limit);
  const isCue = (cue: string) => endsWithWord(text, cueEnd, cue, limit) && startsWord(text, cueEnd - cue.length);
  if (cueEnd < start && MONTH_DAY_CUES.some(isCue)) return addSpan(sink, start, dayEnd, 'DATE', 0.8);
  const day = digitsValue(text, slash + 1, dayEnd);
  // "1/2", "1/3", "2/3", "1/4", "3/4" are the fractions of a tablet before they are early January.
  if (day <= 4 && month < day) return;
  const weakCue = cueEnd < start && WEAK_MONTH_DAY_CUES.some(isCue);
  const closesParenthesis = !weakCue && codeAt(text, dayEnd) === CLOSE_PARENTHESIS && !SCALE_DENOMINATORS.has(day) && opensParenthesisBefore(text, start);
  if (!weakCue && !closesParenthesis && !timeOfDayAfter(text, dayEnd)) return;
  if (isScoreLike(text, start, dayEnd)) return;
  addSpan(sink, start, endWithTime(text, dayEnd), 'DATE', 0.75);
}

/** The denominators of the usual scores and scales (x/4, x/5, x/6, x/10): never a date at a parenthesis' end ("(RUE 4/5)"). */
const SCALE_DENOMINATORS: ReadonlySet<number> = new Set([4, 5, 6, 10]);

/** Whether a "(" opens within PARENTHESIS_REACH before `start`, with a word and no ")" between: "(ORIF 3/15)", not "(3/15)". */
function opensParenthesisBefore(text: string, start: number): boolean {
  const limit = Math.max(0, start - PARENTHESIS_REACH);
  let hasWord = false;
  for (let i = start - 1; i >= limit; i--) {
    const code = text.charCodeAt(i);
    if (code === OPEN_PARENTHESIS) return hasWord;
    if (code === CLOSE_PARENTHESIS || code === 10 || code === 0) return false;
    if (isAsciiLetterCode(code)) hasWord = true;
  }
  return false;
}

/** Whether a time of day follows the month and day ending at `end`: "3/12 morning", "3/12 14:30", "3/12 at 9:15", "3/12 @ 0900", a log's "1/20 0156". */
function timeOfDayAfter(text: string, end: number): boolean {
  let at = skipBlanks(text, end);
  if (at === end || at - end > 2) return false;
  if (militaryTimeEnd(text, end) > end) return true;
  if (codeAt(text, at) === 0x40 /* @ */ || (endsWithWord(text, at + 2, 'at', at) && isBlankCode(codeAt(text, at + 2)))) {
    at = skipBlanks(text, at + (codeAt(text, at) === 0x40 ? 1 : 2));
    return isDigitCode(codeAt(text, at));
  }
  if (isDigitCode(codeAt(text, at))) return codeAt(text, at + 1) === COLON || (isDigitCode(codeAt(text, at + 1)) && codeAt(text, at + 2) === COLON);
  const wordEnd = asciiWordEnd(text, at);
  return wordEnd - at >= 4 && TIMES_OF_DAY.has(text.slice(at, wordEnd).toLowerCase()) && !isWordChar(text, wordEnd);
}

/** Whether SCORE_WORDS make "m/d" at [start, end) a score, a fraction or a dose: one of the three words before it (in its sentence) or the word after it. */
function isScoreLike(text: string, start: number, end: number): boolean {
  const afterStart = skipBlanks(text, end);
  const afterEnd = asciiWordEnd(text, afterStart);
  if (afterEnd > afterStart && afterEnd - afterStart <= 12 && !isWordChar(text, afterEnd)) {
    const after = text.slice(afterStart, afterEnd).toLowerCase();
    if (after === 'of' || SCORE_WORDS.has(after)) return true;
  }
  const limit = Math.max(0, start - SCORE_REACH);
  let at = start;
  for (let words = 0; words < SCORE_WORDS_BEFORE && at > limit; words++) {
    // Back over what separates words, stopping at the end of a sentence.
    while (at > limit && !isAsciiLetterCode(text.charCodeAt(at - 1))) {
      const code = text.charCodeAt(at - 1);
      if (code === DOT || code === 59 /* ; */ || code === 33 || code === 63 || code === 10 || code === 0) return false;
      at--;
    }
    let wordStart = at;
    while (wordStart > limit && isAsciiLetterCode(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart < at && at - wordStart <= 12 && SCORE_WORDS.has(text.slice(wordStart, at).toLowerCase())) return true;
    at = wordStart;
  }
  return false;
}

/** The end of the run of ASCII letters at `index`. */
function asciiWordEnd(text: string, index: number): number {
  while (isAsciiLetterCode(codeAt(text, index))) index++;
  return index;
}

/** "March 3, 2021", "3 de marzo de 2021", "03-MAR-21": a month word with a day before or after it, or a year after it. */
function findWrittenDates(text: string, sink: SpanSink): void {
  MONTH_WORD.lastIndex = 0;
  for (let m = MONTH_WORD.exec(text); m; m = MONTH_WORD.exec(text)) {
    const monthStart = m.index;
    if (isWordChar(text, monthStart - 1)) continue;
    const monthEnd = MONTH_WORD.lastIndex;
    const wordEnd = codeAt(text, monthEnd - 1) === DOT ? monthEnd - 1 : monthEnd;
    const month = MONTH_BY_HASH.get(foldedHash(text, monthStart, wordEnd))!;
    // "may" and "mar" are also words: only a capitalised or upper-case month can stand without a year.
    const first = codeAt(text, monthStart);
    const capitalised = first >= 65 && first <= 90;
    let start = -1;
    let end = -1;
    let day = 0;
    let year = 0;

    const dayStart = dayStartBefore(text, monthStart);
    if (dayStart >= 0) {
      day = digitsValue(text, dayStart, digitRunEnd(text, dayStart));
      start = dayStart;
      const yearEnd = yearAfter(text, monthEnd);
      end = yearEnd >= 0 ? yearEnd : monthEnd;
      if (yearEnd >= 0) year = read.year;
    } else {
      const dayEnd = dayAfter(text, monthEnd);
      if (dayEnd >= 0) {
        day = read.day;
        year = read.year;
        start = monthStart;
        end = dayEnd;
        const yearStart = year ? -1 : yearStartBefore(text, monthStart);
        if (yearStart >= 0) {
          start = yearStart;
          year = digitsValue(text, yearStart, yearStart + 4);
          // Lithuanian writes "d." (diena) after the day.
          if (text.startsWith(' d.', end)) end += 3;
        }
      } else {
        const yearEnd = yearAfter(text, monthEnd);
        if (yearEnd >= 0 && (capitalised || wordEnd - monthStart > 3)) {
          start = monthStart;
          end = yearEnd;
          year = read.year;
        }
      }
    }
    if (start < 0) continue;
    if (day && !isCalendarDate(year || 2000, month, day)) continue;
    if (!year && !capitalised) continue;
    addSpan(sink, weekdayStartBefore(text, start), endWithTime(text, end), 'DATE', year && day ? 0.95 : 0.8);
  }
}

/** What dayAfter and yearAfter read besides the end they return: one object for all, nothing allocated per date. */
const read = { day: 0, year: 0 };

/**
 * The day after a month, and the year after that day if there is one: "Mar 3", "March 3rd, 2021",
 * "MAR-03-2021", "marzo 3 de 2021". Reads `blanks [-/]? blanks \d{1,2} (st|nd|rd|th)?`, not followed
 * by a digit or ":" ("Mar 3:30" is no day), then optionally `(, blanks | blanks+ | [-/]) (de blanks+)?`
 * and a year of 4 digits (1800-2199) or of 2, not followed by a digit or ":". Case-insensitive.
 * Sets read.day and read.year (0 without a year); returns the end, or -1.
 */
function dayAfter(text: string, monthEnd: number): number {
  let dayStart = skipBlanks(text, monthEnd);
  if (isHyphenOrSlash(codeAt(text, dayStart))) dayStart = skipBlanks(text, dayStart + 1);
  const dayEnd = digitRunEnd(text, dayStart);
  if (dayEnd - dayStart < 1 || dayEnd - dayStart > 2) return -1;
  let end = dayEnd;
  // The suffix belongs to the day only when no digit or ":" follows it (in "3rd:" the day is "3").
  if (endsWithOneOf(text, dayEnd + 2, ORDINAL_SUFFIXES, dayEnd) && !isDigitOrColon(codeAt(text, dayEnd + 2))) end = dayEnd + 2;
  else if (codeAt(text, dayEnd) === COLON) return -1;
  read.day = digitsValue(text, dayStart, dayEnd);
  read.year = 0;
  const separator = codeAt(text, end);
  let yearStart: number;
  if (separator === COMMA) yearStart = skipBlanks(text, end + 1);
  else if (isBlankCode(separator)) yearStart = skipBlanks(text, end);
  else if (isHyphenOrSlash(separator)) yearStart = end + 1;
  else return end;
  yearStart = skipDe(text, yearStart);
  const yearEnd = digitRunEnd(text, yearStart);
  if (codeAt(text, yearEnd) === COLON) return end;
  if (yearEnd - yearStart === 4 && isCentury(text, yearStart)) read.year = digitsValue(text, yearStart, yearEnd);
  else if (yearEnd - yearStart === 2) read.year = 2000 + digitsValue(text, yearStart, yearEnd);
  else return end;
  return yearEnd;
}

/**
 * The year after a month or a day: ", 2021", " de 2021", "-2021" (`,? blanks [-/]? blanks (de blanks+)?`
 * then 4 digits, 1800-2199, not followed by a digit), or "-21" (`[-/]` then 2 digits, not followed
 * by a digit or ":"). Sets read.year; returns the end, or -1.
 */
function yearAfter(text: string, index: number): number {
  let yearStart = index;
  if (codeAt(text, yearStart) === COMMA) yearStart++;
  yearStart = skipBlanks(text, yearStart);
  if (isHyphenOrSlash(codeAt(text, yearStart))) yearStart = skipBlanks(text, yearStart + 1);
  yearStart = skipDe(text, yearStart);
  const yearEnd = digitRunEnd(text, yearStart);
  if (yearEnd - yearStart === 4 && isCentury(text, yearStart)) {
    read.year = digitsValue(text, yearStart, yearEnd);
    return yearEnd;
  }
  if (isHyphenOrSlash(codeAt(text, index)) && digitRunEnd(text, index + 1) === index + 3 && codeAt(text, index + 3) !== COLON) {
    read.year = 2000 + digitsValue(text, index + 1, index + 3);
    return index + 3;
  }
  return -1;
}

/**
 * Where a year written before its month and day starts, as Hungarian and Lithuanian dates do
 * ("2026. január 21.", "2026 m. sausio 21 d."), or -1: a whole 4-digit year (isCentury), then "."
 * or " m." (metai), and blanks.
 */
function yearStartBefore(text: string, monthStart: number): number {
  let index = skipBlanksBack(text, monthStart, Math.max(0, monthStart - 2));
  if (index === monthStart || codeAt(text, index - 1) !== DOT) return -1;
  index--;
  if (codeAt(text, index - 1) === 0x6d /* m */ && isBlankCode(codeAt(text, index - 2))) index = skipBlanksBack(text, index - 1, Math.max(0, index - 3));
  const yearStart = index - 4;
  if (yearStart < 0 || digitRunStart(text, index, yearStart) !== yearStart || isWordChar(text, yearStart - 1) || !isCentury(text, yearStart)) return -1;
  return yearStart;
}

/** The index after "de" and its blanks ("3 de marzo de 2021"), or `index` when no "de " is there. */
function skipDe(text: string, index: number): number {
  return endsWithWord(text, index + 2, 'de', index) && isBlankCode(codeAt(text, index + 2)) ? skipBlanks(text, index + 3) : index;
}

/** Whether the 4-digit year at `index` is in 1800-2199, or a Buddhist-era year of 2500-2599 (1957-2056). */
function isCentury(text: string, index: number): boolean {
  const century = digitsValue(text, index, index + 2);
  return (century >= 18 && century <= 21) || century === 25;
}

function isHyphenOrSlash(code: number): boolean {
  return code === HYPHEN || code === SLASH;
}

function isDigitOrColon(code: number): boolean {
  return isDigitCode(code) || code === COLON;
}

function endsWithOneOf(text: string, end: number, words: readonly string[], limit: number): boolean {
  for (const word of words) if (endsWithWord(text, end, word, limit)) return true;
  return false;
}

/**
 * Where the day written before a month starts ("3 ", "3rd of ", "3. ", "03-", "3 de "), or -1. The
 * day and what follows it must lie in the DAY_REACH characters before the month, and the day is
 * the 1-2 digits there (a longer number is not a day), read backwards from the month:
 * `\d{1,2}(st|nd|rd|th|er|.)? blanks ((de|of) blanks+)? [-/]? blanks`, case-insensitive.
 */
function dayStartBefore(text: string, monthStart: number): number {
  const limit = Math.max(0, monthStart - DAY_REACH);
  let index = skipBlanksBack(text, monthStart, limit);
  const separator = codeAt(text, index - 1);
  if (index > limit && (separator === HYPHEN || separator === SLASH)) index = skipBlanksBack(text, index - 1, limit);
  // Words and a dot between the day and the month; most often the day is right there, or nothing is.
  const last = codeAt(text, index - 1);
  if (!isDigitCode(last)) {
    if (last !== DOT && !isAsciiLetterCode(last)) return -1;
    // "de"/"of" must be followed by a blank.
    if (isBlankCode(codeAt(text, index)) && (endsWithWord(text, index, 'de', limit) || endsWithWord(text, index, 'of', limit))) {
      index = skipBlanksBack(text, index - 2, limit);
    }
    if (index > limit && codeAt(text, index - 1) === DOT) index--;
    else if (endsWithOneOf(text, index, DAY_SUFFIXES, limit)) index -= 2;
  }
  const dayStart = digitRunStart(text, index, limit);
  // The day is a whole number: in "123          March" the reach shows only "23", which is no day.
  return index - dayStart >= 1 && index - dayStart <= 2 && !isDigitCode(codeAt(text, dayStart - 1)) ? dayStart : -1;
}

/**
 * Where "Wednesday, " or "Thu. " before a date starts (within WEEKDAY_REACH characters), or
 * `dateStart`. Reads `weekday .? ,? blanks+` backwards; the weekday must start a word ("Salmon, "
 * has none).
 */
function weekdayStartBefore(text: string, dateStart: number): number {
  const limit = Math.max(0, dateStart - WEEKDAY_REACH);
  let index = skipBlanksBack(text, dateStart, limit);
  if (index === dateStart) return dateStart;
  // Danish and Norwegian put "d." or "den" between the weekday and the day: "fredag d. 23. januar".
  const article = endsWithWord(text, index, 'd.', limit) ? 2 : endsWithWord(text, index, 'den', limit) ? 3 : 0;
  if (article > 0 && !isWordChar(text, index - article - 1)) {
    const weekdayEnd = skipBlanksBack(text, index - article, Math.max(0, limit - OTHER_WEEKDAY_REACH));
    return weekdayEnd < index - article ? otherWeekdayStart(text, weekdayEnd, dateStart) : dateStart;
  }
  if (index > limit && codeAt(text, index - 1) === COMMA) index--;
  if (index > limit && codeAt(text, index - 1) === DOT) index--;
  // Most dates follow a label or punctuation: no weekday can end there.
  const last = codeAt(text, index - 1);
  if (!isAsciiLetterCode(last)) return last >= 0xc0 ? otherWeekdayStart(text, index, dateStart) : dateStart;
  const endsInY = (last | 0x20) === 0x79;
  // The earliest start wins, as the leftmost regex match did.
  let start = dateStart;
  for (const ending of endsInY ? WEEKDAY_ENDINGS : NO_WEEKDAY_ENDING) {
    if (!endsWithWord(text, index, ending, limit)) continue;
    const abbreviationEnd = index - ending.length;
    for (const abbreviation of WEEKDAY_ABBREVIATIONS) {
      const weekdayStart = abbreviationEnd - abbreviation.length;
      if (endsWithWord(text, abbreviationEnd, abbreviation, limit) && startsWord(text, weekdayStart)) start = Math.min(start, weekdayStart);
    }
  }
  return start < dateStart ? start : otherWeekdayStart(text, index, dateStart);
}

/** Where a weekday of OTHER_WEEKDAYS ending at `end` starts ("quinta-feira, 11 de dezembro"), or `dateStart` when none does. */
function otherWeekdayStart(text: string, end: number, dateStart: number): number {
  let start = end;
  while (start > end - OTHER_WEEKDAY_REACH && (isWordChar(text, start - 1) || (codeAt(text, start - 1) === HYPHEN && isWordChar(text, start - 2)))) start--;
  return start < end && !isWordChar(text, start - 1) && OTHER_WEEKDAYS.has(text.slice(start, end).toLowerCase()) ? start : dateStart;
}
