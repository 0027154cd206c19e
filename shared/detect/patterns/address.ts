import { CARET, codeAt, digitsValue, isAsciiLetterCode, isAsciiUpperCode, isBlankCode, isDigitCode, isRegexWordCode, isUpperLetterCode, skipBlanks, skipBlanksBack } from '../char-codes';
import { addSpan, isWordChar, LOWER, UPPER, type SpanSink } from '../span';

/** USPS Publication 28 street suffixes (full words and standard abbreviations). */
const STREET_SUFFIXES = [
  'alley', 'aly', 'annex', 'arcade', 'avenue', 'ave', 'av', 'bayou', 'beach', 'bend', 'bluff', 'bluffs', 'bottom', 'boulevard', 'blvd',
  'branch', 'bridge', 'brook', 'brooks', 'burg', 'burgs', 'bypass', 'camp', 'canyon', 'cape', 'causeway', 'center', 'centers', 'ctr',
  'circle', 'circles', 'cir', 'cliff', 'cliffs', 'club', 'common', 'commons', 'corner', 'corners', 'course', 'court', 'courts', 'ct',
  'cove', 'coves', 'creek', 'crescent', 'crest', 'crossing', 'crossroad', 'curve', 'dale', 'dam', 'divide', 'drive', 'drives', 'dr',
  'estate', 'estates', 'expressway', 'expy', 'extension', 'ext', 'fall', 'falls', 'ferry', 'field', 'fields', 'flat', 'flats', 'ford',
  'fords', 'forest', 'forge', 'forges', 'fork', 'forks', 'fort', 'freeway', 'fwy', 'garden', 'gardens', 'gateway', 'glen', 'glens',
  'green', 'greens', 'grove', 'groves', 'harbor', 'harbors', 'haven', 'heights', 'hts', 'highway', 'hwy', 'hill', 'hills', 'hollow',
  'inlet', 'island', 'islands', 'isle', 'junction', 'junctions', 'key', 'keys', 'knoll', 'knolls', 'lake', 'lakes', 'land', 'landing',
  'lane', 'ln', 'light', 'lights', 'loaf', 'lock', 'locks', 'lodge', 'loop', 'mall', 'manor', 'manors', 'meadow', 'meadows', 'mews',
  'mill', 'mills', 'mission', 'motorway', 'mount', 'mountain', 'mountains', 'neck', 'orchard', 'oval', 'overpass', 'park', 'parks',
  'parkway', 'parkways', 'pkwy', 'pass', 'passage', 'path', 'pike', 'pine', 'pines', 'place', 'pl', 'plain', 'plains', 'plaza', 'plz',
  'point', 'points', 'pt', 'port', 'ports', 'prairie', 'radial', 'ramp', 'ranch', 'rapid', 'rapids', 'rest', 'ridge', 'ridges', 'river',
  'road', 'roads', 'rd', 'route', 'rte', 'row', 'rue', 'run', 'shoal', 'shoals', 'shore', 'shores', 'skyway', 'spring', 'springs',
  'spur', 'spurs', 'square', 'squares', 'sq', 'station', 'sta', 'stravenue', 'stream', 'street', 'streets', 'st', 'summit', 'terrace',
  'ter', 'throughway', 'trace', 'track', 'trafficway', 'trail', 'trl', 'trailer', 'tunnel', 'turnpike', 'tpke', 'underpass', 'union',
  'unions', 'valley', 'valleys', 'viaduct', 'via', 'view', 'views', 'village', 'villages', 'ville', 'vista', 'walk', 'walks', 'wall',
  'way', 'ways', 'well', 'wells',
];

/** US states, DC and territories: two-letter codes and names. */
const STATE_CODES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|MP';
const STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico|District of Columbia';

/**
 * The first three digits of the ZIP codes each state uses (USPS): "City ST 12345" is read without
 * the comma only when the ZIP belongs to the state, so "Patient ID 12345" is no address.
 */
const ZIP_PREFIXES_BY_STATE: ReadonlyMap<string, readonly (readonly [number, number])[]> = new Map(
  (
    'AL 350-369,AK 995-999,AZ 850-865,AR 716-729,CA 900-961,CO 800-816,CT 060-069,DE 197-199,DC 200-205,FL 320-349,' +
    'GA 300-319 398-399,HI 967-968,ID 832-838,IL 600-629,IN 460-479,IA 500-528,KS 660-679,KY 400-427,LA 700-714,' +
    'ME 039-049,MD 206-219,MA 010-027 055-055,MI 480-499,MN 550-567,MS 386-397,MO 630-658,MT 590-599,NE 680-693,' +
    'NV 889-898,NH 030-038,NJ 070-089,NM 870-884,NY 005-005 100-149,NC 270-289,ND 580-588,OH 430-459,OK 730-749,' +
    'OR 970-979,PA 150-196,RI 028-029,SC 290-299,SD 570-577,TN 370-385,TX 733-733 750-799 885-885,UT 840-847,' +
    'VT 050-059,VA 201-201 220-246,WA 980-994,WV 247-268,WI 530-549,WY 820-831,PR 006-009,VI 008-008,GU 969-969,' +
    'AS 967-967,MP 969-969'
  )
    .split(',')
    .map((entry) => {
      const [state, ...ranges] = entry.split(' ');
      return [state!, ranges.map((range) => range.split('-').map(Number) as [number, number])] as const;
    }),
);
/** Canadian province and territory codes: "Saskatoon SK S6Z 4J3". */
const PROVINCE_CODES: ReadonlySet<string> = new Set(['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT']);
const US_STATE_CODES: ReadonlySet<string> = new Set(STATE_CODES.split('|'));
const US_STATE_NAMES: ReadonlySet<string> = new Set(STATE_NAMES.toLowerCase().split('|'));

/** "Florida", "new hampshire": a US state's name (a state is no PHI; a city is). */
export function isUsStateName(words: string): boolean {
  return US_STATE_NAMES.has(words.toLowerCase());
}
/**
 * Capitalised words that do not start or continue a city after a street line ("12 Main St, Then
 * ...", "12 Main St, Dr Smith"): function words, pronouns, titles and what a contact line goes on with.
 */
const NOT_CITY_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'then', 'so', 'if', 'when', 'he', 'she', 'i', 'we', 'you', 'they', 'it', 'his', 'her',
  'my', 'our', 'your', 'their', 'this', 'that', 'these', 'those', 'there', 'please', 'call', 'phone', 'tel', 'cell', 'mobile',
  'home', 'work', 'fax', 'email', 'apt', 'apartment', 'suite', 'ste', 'unit', 'floor', 'room', 'bldg', 'dr', 'mr', 'mrs', 'ms',
  'md', 'do', 'rn', 'np', 'pa', 'patient', 'pt', 'usa', 'us', 'dob', 'mrn', 'ssn', 'age', 'sex', 'on', 'in', 'at', 'for', 'with',
]);
/** Lower-case words inside a city's name: "Fond du Lac", "Isle of Palms", "Newcastle upon Tyne". */
const CITY_PARTICLES: ReadonlySet<string> = new Set(['de', 'du', 'des', 'del', 'la', 'le', 'las', 'los', 'of', 'upon', 'sur']);
/** State codes that are also common words or abbreviations before numbers ("ID 83245", "CT 12345"): only after a comma. */
const STATE_CODES_NEEDING_COMMA = new Set(['ID', 'CT', 'IN', 'OR', 'OK', 'ME', 'HI', 'DE', 'DO', 'MS', 'MA']);

const SPACE = '[ \\t\\u00a0]';
/** "st" -> "st|St|ST": street words are matched case-sensitively so lower-case prose never looks like an address. */
const casings = (words: readonly string[]): string =>
  words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).join('|');
const WORD = `[A-Z0-9][${UPPER}${LOWER}\\d'.-]*`;
const CAPITALISED = `[${UPPER}][${UPPER}${LOWER}'-]*`;
/**
 * The street suffixes, looked up whole (a 750-way alternation in a regex cost ~5 ms to compile in
 * every page) in lower case, the casing checked apart (isStreetSuffix): a Set of the three casings
 * of each took 0.25 ms to build when the engine loads.
 */
const SUFFIX_WORDS: ReadonlySet<string> = new Set(STREET_SUFFIXES);
// "(SPACE* #)? SPACE*", not "SPACE* #? SPACE*": two adjacent loops would try every split of a run of spaces.
const UNIT = `(?:,?${SPACE}+(?:${casings(['apt', 'apartment', 'suite', 'ste', 'unit', 'bldg', 'building', 'floor', 'fl', 'room', 'rm'])}|#)\\.?(?:${SPACE}*#)?${SPACE}*[A-Z0-9][A-Z0-9-]{0,6})`;
const FRENCH_STREET_WORDS = '(?:rue|avenue|boulevard|bd|chemin|allée|impasse|place|quai|passage|route|cours)';
const SPANISH_STREET_WORDS = '(?:Calle|Avenida|Av\\.|Paseo|Camino|Plaza|Ronda|Travesía|Carretera|Pasaje)';
const GERMAN_STREET_SUFFIXES = ['straße', 'strasse', 'str.', 'weg', 'allee', 'platz', 'gasse', 'ring', 'damm'];
const PO_BOX_WORDS = ['box', 'apartado', 'postal', 'postfach'];
/** "box" -> "[bB][oO][xX]": case-insensitive inside a case-sensitive regex. */
const anyCase = (word: string): string => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
// Each form below is sticky (`y`): it is tried only where CANDIDATES (further below) says it can match.
// "633 Abernathy Landing", "12 N. Main St Apt 4B": a house number, one to four words, a suffix
// (the first word after them that is one, read in code: findStreetAt), a period, a unit.
const HOUSE_NUMBER_AT = new RegExp(`\\b\\d{1,6}[A-Z]?(?:-\\d{1,4})?${SPACE}+`, 'y');
const STREET_WORD_AT = new RegExp(`${WORD}${SPACE}+`, 'y');
const AFTER_SUFFIX_AT = new RegExp(`\\.?${UNIT}?`, 'y');
/** A unit read from its comma to the comma after it. */
const UNIT_AT = new RegExp(`${UNIT}${SPACE}*(?=,)`, 'y');
const LONGEST_UNIT = 24;
/** The rest of a UK postcode from its outward digit: "1 5JZ", "1A 1AA". */
const UK_POSTCODE_AT = new RegExp(`\\d[A-Z\\d]?${SPACE}\\d[ABD-HJLNP-UW-Z]{2}`, 'y');
/** Canada Post's letters: no D, F, I, O, Q, U; no W or Z first. */
const CA_FIRST_LETTER = 'ABCEGHJ-NPRSTVXY';
const CA_LETTER = 'ABCEGHJ-NPRSTV-Z';
/** The rest of a Canadian postal code from its first digit: "6Z 4J3" of "S6Z 4J3" (the space may be missing). */
const CA_POSTCODE_AT = new RegExp(`\\d[${CA_LETTER}]${SPACE}?\\d[${CA_LETTER}]\\d(?![A-Za-z0-9])`, 'y');
/** A US ZIP or a Canadian postal code at a position: what may follow a city's state or province. */
const POSTAL_CODE_AT = new RegExp(`\\d{5}(?:-\\d{4})?(?![A-Za-z0-9-])|[${CA_FIRST_LETTER}]\\d[${CA_LETTER}]${SPACE}?\\d[${CA_LETTER}]\\d(?![A-Za-z0-9])`, 'y');
const MOST_STREET_WORDS = 4;
// European forms: "12 rue de la Paix", "Calle Mayor 5" (one pattern: a match of either form hides the other).
const EUROPEAN_STREET = new RegExp(
  `\\b(?:\\d{1,4},?${SPACE}+${FRENCH_STREET_WORDS}${SPACE}+(?:(?:de|du|des|la|le|l')${SPACE}*){0,2}${CAPITALISED}(?:${SPACE}+${CAPITALISED}){0,2}` +
    `|${SPANISH_STREET_WORDS}${SPACE}+(?:(?:de|del|la|los|las)${SPACE}+){0,2}${CAPITALISED}(?:${SPACE}+${CAPITALISED}){0,2},?${SPACE}*(?:n[º°o]\\.?${SPACE}*)?\\d{1,4}` +
    `)(?![${UPPER}${LOWER}\\d])`,
  'y',
);
const PO_BOX = new RegExp(`\\b(?:P\\.?${SPACE}?O\\.?${SPACE}*Box|Post${SPACE}+Office${SPACE}+Box|Apartado(?:${SPACE}+Postal)?|Postfach)${SPACE}*\\d{1,8}`, 'iy');
// German street names end in a suffix glued to the name: found from the suffix, the name read backwards.
const GERMAN_STREET_SUFFIX_WORD = `(?:${GERMAN_STREET_SUFFIXES.map((suffix) => suffix.replace('.', '\\.')).join('|')})`;
const GERMAN_STREET_SUFFIX = new RegExp(`${GERMAN_STREET_SUFFIX_WORD}${SPACE}+\\d{1,4}[a-z]?(?![${UPPER}${LOWER}\\d])`, 'y');
const GERMAN_STREET_NAME_REACH = 40;
// ", KS 66801" / ", Kansas, 66083" / ", KS": a state after a comma; the city is the words before it.
const STATE_AFTER_COMMA = new RegExp(`,${SPACE}*(${STATE_CODES}|${STATE_NAMES})\\b(?:,?${SPACE}*(\\d{5}(?:-\\d{4})?)(?!\\d))?`, 'y');
// "ZIP 90210", "Code postal : 75001": five digits, and a label read backwards.
const ZIP_DIGITS = /\d{5}(?:-\d{4})?(?!\d)/y;
// Also a JSON or form key: "postalCode": "01064", "zip_code": "...".
const ZIP_LABEL_BEFORE = /\b(?:zip|zip ?code|zip_code|postal ?code|postal_code|postcode|código postal|code postal|plz|cp)"?[ \t\u00a0]*[:#]?[ \t\u00a0]*"?$/i;
const ZIP_LABEL_REACH = 24;

/**
 * What a digit can be, each a zero-width test at the digit:
 * - the last digit of a house number followed by a word and the start of another (streetEnd);
 * - the last digit of a number followed by a French street word (EUROPEAN_STREET);
 * - the first of five digits after the last letter of a ZIP label (zip, cp, code, postal, plz),
 *   maybe spaces and one ':' or '#' (ZIP_DIGITS, then ZIP_LABEL_BEFORE; written "(SPACE* [:#])? SPACE*",
 *   not "SPACE* [:#]? SPACE*", whose two loops would try every split of a long run of spaces), or
 *   after a state code and spaces (findCityBeforeStateZip);
 * - the digit of a UK postcode's outward code, after a capital (findUkPostcodeAt);
 * - the first digit after a PO box word or a German street suffix (PO_BOX and GERMAN_STREET_SUFFIX
 *   end in these digits).
 * Tests that look back start with the character before the digit: a one-character look-behind is
 * cheap, longer ones run only where it holds (most digits follow a digit).
 */
const HOUSE_NUMBER = `(?=[A-Z]?${SPACE}+${WORD}${SPACE}+[A-Za-z0-9])`;
const FRENCH_NUMBER = `(?=,?${SPACE}+${FRENCH_STREET_WORDS}${SPACE})`;
const PO_BOX_NUMBER = `(?<=(?:${PO_BOX_WORDS.map(anyCase).join('|')})${SPACE}*\\d)`;
const GERMAN_STREET_NUMBER = `(?<=${GERMAN_STREET_SUFFIX_WORD}${SPACE}+\\d)`;
// Two tests of a number's first digit, after one cheap look at the character before it:
// - a ZIP after a ZIP label's last letter ("ZIP 90210", "cp: 75001") or after a state code
//   ("Santa Fe NM 87501"), maybe spaces and one ':' or '#', told apart in code;
// - a UK postcode's outward digit, right after a capital ("HG1 5JZ", "SW1A 1AA").
// (A JSON key's quotes may stand around the colon: "postalCode": "01064".)
const ZIP_AFTER_LABEL_OR_STATE = `(?=\\d\\d\\d\\d(?:-\\d\\d\\d\\d)?(?!\\d))(?<=(?:[pPzZeElL]"?(?:${SPACE}*[:#])?|[A-Z][A-Z]${SPACE})${SPACE}*"?\\d)`;
const UK_POSTCODE_DIGIT = `(?<=[A-Z]\\d)(?=[A-Z\\d]?${SPACE}\\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9]))`;
// A Canadian postal code's first digit, after its first letter: "S6Z 4J3".
const CA_POSTCODE_DIGIT = `(?<=[${CA_FIRST_LETTER}]\\d)(?=[${CA_LETTER}]${SPACE}?\\d[${CA_LETTER}]\\d(?![A-Za-z0-9]))`;
/** The tests of a number, each followed by an empty group that says it held (at most one holds). */
const NUMBER_TESTS = `${HOUSE_NUMBER}()|${FRENCH_NUMBER}()|(?<=[ \\t\\u00a0:#"A-Za-z]\\d)(?:${ZIP_AFTER_LABEL_OR_STATE}()|${UK_POSTCODE_DIGIT}()|${CA_POSTCODE_DIGIT}())`;
/** A number at `lastIndex` tested alone: after a PO box word or a German suffix (see CANDIDATES). */
const NUMBER_AT = new RegExp(`\\d(?:${NUMBER_TESTS})`, 'y');
/**
 * One scan finds where every form above can match: a regex scan costs about 1 ms/MB whatever it looks
 * for (the digits alone are 17% of the text), so one scan instead of seven, and each form's own regex
 * runs only at its candidates. Each digit test ends with an empty group that says it held. The alternation
 * stops at the first test that holds, so a digit after a PO box word or a German suffix (read only
 * after the last letter of one of their words and spaces) is tested again with NUMBER_AT: rare, and
 * a digit can be both ("Postfach 5 Main St").
 */
const CANDIDATES = new RegExp(
  `\\d(?:(?<=[ \\t\\u00a0xXoOlLhHeg.zm]\\d)(?<=[xXoOlLhHeg.zm]${SPACE}*\\d)(?:${PO_BOX_NUMBER}()|${GERMAN_STREET_NUMBER}())|${NUMBER_TESTS})` +
    `|${SPANISH_STREET_WORDS}(?=${SPACE})` +
    `|,(?=${SPACE}*(?:${STATE_CODES}|${STATE_NAMES})\\b)`,
  'g',
);
const PO_BOX_NUMBER_GROUP = 1;
const GERMAN_STREET_NUMBER_GROUP = 2;
const NUMBER_TESTS_GROUP = 3;
const NUMBER_AT_TESTS_GROUP = 1;
// How far back the city before a state, and the street line before that city, are looked for.
const CITY_REACH = 60;
const STREET_LINE_REACH = 60;
// Credentials that are also state codes: "Smith, MD" is a doctor, not a town in Maryland.
const CREDENTIAL_STATE_CODES = new Set(['MD', 'PA', 'DO', 'ME', 'OR', 'IN', 'OK', 'HI', 'DE', 'MS', 'MA', 'NP']);

/** Where each sticky form may next match: its matches never overlap, as with a global regex. */
interface Resume {
  street: number;
  european: number;
  poBox: number;
  state: number;
}

/** Street lines, PO boxes, cities followed by a state, and ZIP codes. */
export function findAddresses(text: string, sink: SpanSink): void {
  const resume: Resume = { street: 0, european: 0, poBox: 0, state: 0 };
  CANDIDATES.lastIndex = 0;
  for (let m = CANDIDATES.exec(text); m; m = CANDIDATES.exec(text)) {
    const at = m.index;
    const first = text.charCodeAt(at);
    if (m[PO_BOX_NUMBER_GROUP] !== undefined || m[GERMAN_STREET_NUMBER_GROUP] !== undefined) {
      if (m[PO_BOX_NUMBER_GROUP] !== undefined) findPoBoxBefore(text, at, sink, resume);
      else findGermanStreetBefore(text, at, sink);
      NUMBER_AT.lastIndex = at;
      const number = NUMBER_AT.exec(text);
      if (number) findFromNumber(text, at, number, NUMBER_AT_TESTS_GROUP, sink, resume);
    } else if (isDigitCode(first)) findFromNumber(text, at, m, NUMBER_TESTS_GROUP, sink, resume);
    else if (first === COMMA) findCityAt(text, at, sink, resume);
    else findEuropeanStreetAt(text, at, sink, resume); // a Spanish street word
  }
}

/** What the number at `at` starts or ends, from the groups of NUMBER_TESTS in `m` (the first is `firstGroup`). */
function findFromNumber(text: string, at: number, m: RegExpExecArray, firstGroup: number, sink: SpanSink, resume: Resume): void {
  if (m[firstGroup] !== undefined) {
    // A digit right after a capital starts no house number ("HG1 5JZ Harrogate" passes the house number's test).
    if (isAsciiUpperCode(codeAt(text, at - 1))) findPostcodeAt(text, at, sink);
    else findStreetEndingAt(text, at, sink, resume);
  } else if (m[firstGroup + 1] !== undefined) findEuropeanStreetAt(text, digitRunStart(text, at), sink, resume);
  else if (m[firstGroup + 2] !== undefined) {
    if (!findCityBeforeStateZip(text, at, sink, resume)) findLabelledZipAt(text, at, sink);
  } else findPostcodeAt(text, at, sink);
}

/** A UK postcode or a Canadian postal code whose first digit is at `digit`, after a capital. */
function findPostcodeAt(text: string, digit: number, sink: SpanSink): void {
  if (!findUkPostcodeAt(text, digit, sink)) findCanadianPostcodeAt(text, digit, sink);
}

/**
 * "Saskatoon SK S6Z 4J3", "Thunder Bay, ON P9R 4Z0": a Canadian postal code whose first digit is
 * at `digit`, after a province code (the city before it and the street line before the city are
 * read as before a US state), or after a ZIP label ("Postal code: K1A 0B1"). Alone, "A1A 1A1" is
 * too much like an identifier.
 */
function findCanadianPostcodeAt(text: string, digit: number, sink: SpanSink): void {
  const start = digit - 1;
  if (isRegexWordCode(codeAt(text, start - 1))) return;
  CA_POSTCODE_AT.lastIndex = digit;
  if (!CA_POSTCODE_AT.test(text)) return;
  const end = CA_POSTCODE_AT.lastIndex;
  const provinceEnd = skipBlanksBack(text, start, 0);
  const provinceStart = provinceEnd - 2;
  if (provinceEnd < start && PROVINCE_CODES.has(text.slice(provinceStart, provinceEnd)) && !isWordChar(text, provinceStart - 1)) {
    addSpan(sink, start, end, 'ZIP', 0.9);
    let cityEnd = skipBlanksBack(text, provinceStart, 0);
    if (codeAt(text, cityEnd - 1) === COMMA) cityEnd = skipBlanksBack(text, cityEnd - 1, 0);
    if (cityEnd === provinceStart) return;
    const cityStart = cityStartBefore(text, cityEnd);
    if (cityStart < 0 || isWordChar(text, cityStart - 1)) return;
    addSpan(sink, cityStart, cityEnd, 'ADDRESS', 0.85);
    addStreetLineBefore(text, cityStart, sink);
  } else if (hasZipLabelBefore(text, start)) addSpan(sink, start, end, 'ZIP', 0.9);
}

/** A UK postcode whose outward code has its digit at `digit`: one or two capitals before it, at a word's start. */
function findUkPostcodeAt(text: string, digit: number, sink: SpanSink): boolean {
  const start = isAsciiUpperCode(codeAt(text, digit - 2)) ? digit - 2 : digit - 1;
  if (isRegexWordCode(codeAt(text, start - 1))) return false;
  UK_POSTCODE_AT.lastIndex = digit;
  if (!UK_POSTCODE_AT.test(text)) return false;
  addSpan(sink, start, UK_POSTCODE_AT.lastIndex, 'ZIP', 0.85);
  return true;
}

/**
 * A house number ends at `lastDigit` ("12", "12A", "12-14"): a street line is tried where the number can
 * start, its digit run and, for a range, the run before the hyphen (leftmost first, as a global
 * regex would find it).
 */
function findStreetEndingAt(text: string, lastDigit: number, sink: SpanSink, resume: Resume): void {
  const runStart = digitRunStart(text, lastDigit);
  if (text.charCodeAt(runStart - 1) === HYPHEN) {
    const beforeHyphen = runStart - 1 - (isAsciiUpperCode(text.charCodeAt(runStart - 2)) ? 1 : 0);
    if (isDigitCode(text.charCodeAt(beforeHyphen - 1)) && findStreetAt(text, digitRunStart(text, beforeHyphen - 1), sink, resume)) return;
  }
  findStreetAt(text, runStart, sink, resume);
}

function findStreetAt(text: string, start: number, sink: SpanSink, resume: Resume): boolean {
  if (start < resume.street) return false;
  const end = streetEnd(text, start);
  if (end < 0) return false;
  resume.street = end;
  if (!isWordChar(text, start - 1)) {
    addSpan(sink, start, end, 'ADDRESS', 0.85);
    const next = codeAt(text, end);
    if (next === COMMA) findCityAfterStreet(text, end, sink);
    else if (next === CARET) findHl7AddressAfter(text, end, sink);
  }
  return true;
}

/**
 * After a street line and its comma, the next segment's capitalised words are the city, whatever
 * follows them: "1310 Main Way, Springfield MA 01101", "129 Mill Lane, Huddersfield LS16 7HN",
 * "224 Franklin Avenue, Peoria and my cell". One to four words ("Thunder Bay", "St. Louis",
 * "NORTH TAMIATON", "Fond du Lac": a lower-case particle between capitalised words) separated by single blanks; the city ends before a word that is not whole (a
 * postcode's "LS16"), a state or province code, a word that is no place (NOT_CITY_WORDS) or a
 * lower-case word. A state or province code after it, with or without a comma, then a ZIP or a
 * Canadian postal code: the postal code is read too.
 */
function findCityAfterStreet(text: string, comma: number, sink: SpanSink): void {
  const cityStart = skipBlanks(text, comma + 1);
  if (cityStart - comma > 3) return;
  let cityEnd = -1;
  let at = cityStart;
  for (let words = 0; words < 4; words++) {
    // "Fond du Lac", "Isle of Palms": a lower-case particle between two capitalised words.
    if (cityEnd >= 0 && !isUpperLetterCode(codeAt(text, at))) {
      const particleEnd = asciiLowerWordEnd(text, at);
      if (!CITY_PARTICLES.has(text.slice(at, particleEnd)) || !isBlankCode(codeAt(text, particleEnd))) break;
      at = particleEnd + 1;
    }
    if (!isUpperLetterCode(codeAt(text, at))) break;
    let wordEnd = at + 1;
    while (isCityChar(codeAt(text, wordEnd))) wordEnd++;
    if (isRegexWordCode(codeAt(text, wordEnd))) break;
    const word = text.slice(at, wordEnd);
    if (isStateOrProvinceCode(word) || NOT_CITY_WORDS.has(word.toLowerCase())) break;
    // "St. Louis", "Ft. Worth": a short word's period, when the city goes on.
    if (codeAt(text, wordEnd) === DOT && wordEnd - at <= 3 && isBlankCode(codeAt(text, wordEnd + 1)) && isUpperLetterCode(codeAt(text, wordEnd + 2))) wordEnd++;
    cityEnd = wordEnd;
    if (!isBlankCode(codeAt(text, wordEnd))) break;
    at = wordEnd + 1;
  }
  if (cityEnd < 0) return;
  if (codeAt(text, cityEnd - 1) === DOT) cityEnd--;
  addSpan(sink, cityStart, cityEnd, 'ADDRESS', 0.8);
  // ", MA 01101", " SK S6Z 4J3": a state or province code, then its postal code.
  let stateStart = codeAt(text, cityEnd) === COMMA ? cityEnd + 1 : cityEnd;
  stateStart = skipBlanks(text, stateStart);
  if (stateStart === cityEnd || !isStateOrProvinceCode(text.slice(stateStart, stateStart + 2)) || isWordChar(text, stateStart + 2)) return;
  const postalStart = skipBlanks(text, stateStart + 2);
  if (postalStart === stateStart + 2) return;
  POSTAL_CODE_AT.lastIndex = postalStart;
  if (POSTAL_CODE_AT.test(text)) addSpan(sink, postalStart, POSTAL_CODE_AT.lastIndex, 'ZIP', 0.9);
}

/** The end of the run of ASCII lower-case letters at `index` (at most four: a particle). */
export function asciiLowerWordEnd(text: string, index: number): number {
  const limit = index + 5;
  while (index < limit && codeAt(text, index) >= 97 && codeAt(text, index) <= 122) index++;
  return index;
}

export function isStateOrProvinceCode(word: string): boolean {
  return word.length === 2 && (US_STATE_CODES.has(word) || PROVINCE_CODES.has(word));
}

/**
 * An HL7 v2 address (XAD) after its street line: "2298 MAPLE ROAD^Apt 4^WEST ABRAHAMSHIRE^ME^16962^USA".
 * The components after the street are the other designation (a unit), the city, the state and the
 * postal code; the unit, the city and the postal code are read.
 */
function findHl7AddressAfter(text: string, caret: number, sink: SpanSink): void {
  const unitEnd = hl7ComponentEnd(text, caret + 1);
  if (unitEnd < 0) return;
  const cityEnd = hl7ComponentEnd(text, unitEnd + 1);
  if (cityEnd < 0 || !isUpperLetterCode(codeAt(text, unitEnd + 1))) return;
  const stateEnd = hl7ComponentEnd(text, cityEnd + 1);
  if (stateEnd < 0 || stateEnd - cityEnd - 1 > 20) return;
  if (unitEnd > caret + 1 && hasDigit(text, caret + 1, unitEnd)) addSpan(sink, caret + 1, unitEnd, 'ADDRESS', 0.8);
  addSpan(sink, unitEnd + 1, cityEnd, 'ADDRESS', 0.8);
  POSTAL_CODE_AT.lastIndex = stateEnd + 1;
  if (POSTAL_CODE_AT.test(text) && isHl7Delimiter(codeAt(text, POSTAL_CODE_AT.lastIndex))) addSpan(sink, stateEnd + 1, POSTAL_CODE_AT.lastIndex, 'ZIP', 0.9);
}

/** Where the HL7 component starting at `start` ends (at a "^"), or -1: at most HL7_COMPONENT_REACH characters of a place's name, no field delimiter. */
function hl7ComponentEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + HL7_COMPONENT_REACH);
  for (let i = start; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === CARET) return i;
    if (!isCityChar(code) && !isBlankCode(code) && !isDigitCode(code) && code !== 46 && code !== HASH) return -1;
  }
  return -1;
}

/** "^", "|", "~", "&", a line end or the text's end: what ends an HL7 component. */
function isHl7Delimiter(code: number): boolean {
  return code === CARET || code === 124 || code === 126 || code === 38 || code === 13 || code === 10 || code === -1;
}

function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isDigitCode(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Where the street line starting at `start` ends, or -1: a house number, then the fewest words
 * (one to four) after which a whole word is a street suffix, then an optional period and unit.
 * A suffix is whole when its run of ASCII letters is a street suffix (isStreetSuffix) and no \w follows.
 */
function streetEnd(text: string, start: number): number {
  HOUSE_NUMBER_AT.lastIndex = start;
  if (!HOUSE_NUMBER_AT.test(text)) return -1;
  let at = HOUSE_NUMBER_AT.lastIndex;
  for (let words = 0; words < MOST_STREET_WORDS; words++) {
    STREET_WORD_AT.lastIndex = at;
    if (!STREET_WORD_AT.test(text)) return -1;
    at = STREET_WORD_AT.lastIndex;
    let suffixEnd = at;
    while (isAsciiLetterCode(codeAt(text, suffixEnd))) suffixEnd++;
    if (suffixEnd > at && !isRegexWordCode(codeAt(text, suffixEnd)) && isStreetSuffix(text, at, suffixEnd)) {
      AFTER_SUFFIX_AT.lastIndex = suffixEnd;
      AFTER_SUFFIX_AT.test(text);
      return AFTER_SUFFIX_AT.lastIndex;
    }
  }
  return -1;
}

/** Whether the ASCII letters text[start, end) are a street suffix in one of the casings `casings` allows: "st", "St", "ST", not "sT". */
function isStreetSuffix(text: string, start: number, end: number): boolean {
  const restIsUpper = end - start > 1 && isAsciiUpperCode(text.charCodeAt(start + 1));
  if (restIsUpper && !isAsciiUpperCode(text.charCodeAt(start))) return false;
  for (let i = start + 2; i < end; i++) if (isAsciiUpperCode(text.charCodeAt(i)) !== restIsUpper) return false;
  return SUFFIX_WORDS.has(text.slice(start, end).toLowerCase());
}

function findEuropeanStreetAt(text: string, start: number, sink: SpanSink, resume: Resume): void {
  if (start < resume.european) return;
  EUROPEAN_STREET.lastIndex = start;
  const m = EUROPEAN_STREET.exec(text);
  if (!m) return;
  resume.european = start + m[0].length;
  if (!isWordChar(text, start - 1)) addSpan(sink, start, resume.european, 'ADDRESS', 0.8);
}

/** A state after the comma at `comma`: the city before it, its ZIP, and the street line before the city. */
function findCityAt(text: string, comma: number, sink: SpanSink, resume: Resume): void {
  if (comma < resume.state) return;
  STATE_AFTER_COMMA.lastIndex = comma;
  const m = STATE_AFTER_COMMA.exec(text);
  if (!m) return;
  const end = comma + m[0].length;
  resume.state = end;
  const state = m[1]!;
  const zip = m[2];
  if (!zip && (CREDENTIAL_STATE_CODES.has(state) || isWordChar(text, end))) return;
  const cityStart = cityStartBefore(text, comma);
  if (cityStart < 0 || isWordChar(text, cityStart - 1)) return;
  addSpan(sink, cityStart, comma, 'ADDRESS', zip ? 0.85 : 0.7);
  if (!zip) return;
  addStreetLineBefore(text, cityStart, sink);
  addSpan(sink, end - zip.length, end, 'ZIP', 0.9);
}

/**
 * "Santa Fe NM 87501": a ZIP at `zipStart` after a state code and, before that, a city, without
 * the comma; only where the ZIP is one the state uses. True when it was read as such (or is left
 * to findCityAt, after a comma).
 */
function findCityBeforeStateZip(text: string, zipStart: number, sink: SpanSink, resume: Resume): boolean {
  if (zipStart < resume.state) return true;
  const stateEnd = skipBlanksBack(text, zipStart, 0);
  const stateStart = stateEnd - 2;
  const state = text.slice(stateStart, stateEnd);
  const ranges = ZIP_PREFIXES_BY_STATE.get(state);
  if (!ranges || STATE_CODES_NEEDING_COMMA.has(state)) return false;
  if (commaBefore(text, stateStart, 0) >= 0) return true;
  const cityEnd = skipBlanksBack(text, stateStart, 0);
  if (stateStart - cityEnd < 1 || stateStart - cityEnd > 2) return false;
  const prefix = digitsValue(text, zipStart, zipStart + 3);
  if (!ranges.some(([low, high]) => prefix >= low && prefix <= high)) return false;
  const cityStart = cityStartBefore(text, cityEnd);
  if (cityStart < 0 || isWordChar(text, cityStart - 1)) return false;
  ZIP_DIGITS.lastIndex = zipStart;
  const zip = ZIP_DIGITS.exec(text)!;
  resume.state = zipStart + zip[0].length;
  addSpan(sink, cityStart, cityEnd, 'ADDRESS', 0.85);
  addStreetLineBefore(text, cityStart, sink);
  addSpan(sink, zipStart, resume.state, 'ZIP', 0.9);
  return true;
}

/**
 * The street line before a city that starts at `cityStart`: "921 N Broadway, " and, with a unit
 * between them, "44 Calle Sol, Unit 2, ".
 */
function addStreetLineBefore(text: string, cityStart: number, sink: SpanSink): void {
  const windowStart = Math.max(0, cityStart - STREET_LINE_REACH);
  const lineComma = commaBefore(text, cityStart, windowStart);
  if (lineComma < 0) return;
  let lineStart = streetLineStartBefore(text, lineComma, windowStart);
  if (lineStart < 0) {
    const unitComma = unitCommaBefore(text, lineComma, windowStart);
    if (unitComma >= 0) lineStart = streetLineStartBefore(text, unitComma, windowStart);
  }
  if (lineStart >= 0 && !isWordChar(text, lineStart - 1)) addSpan(sink, lineStart, lineComma, 'ADDRESS', 0.8);
}

/** The comma before a unit ("Unit 2", "Apt 4B", "#12") that ends at the comma `end`, or -1. */
function unitCommaBefore(text: string, end: number, windowStart: number): number {
  const from = Math.max(windowStart, end - LONGEST_UNIT);
  const comma = text.lastIndexOf(',', end - 1);
  if (comma < from) return -1;
  UNIT_AT.lastIndex = comma;
  return UNIT_AT.test(text) && UNIT_AT.lastIndex === end ? comma : -1;
}

/**
 * Where the city ending at `end` starts, or -1: the leftmost start of up to four capitalised words
 * ("New York", "Winston-Salem") separated by single spaces, within CITY_REACH characters. Read
 * backwards in code: a regex anchored with `$` over a slice tries every start position.
 */
function cityStartBefore(text: string, end: number): number {
  const windowStart = Math.max(0, end - CITY_REACH);
  let cityStart = -1;
  let wordEnd = end;
  for (let words = 0; words < 4; words++) {
    let wordStart = wordEnd;
    while (wordStart > windowStart && isCityChar(text.charCodeAt(wordStart - 1))) wordStart--;
    // A capitalised word ends here if an upper-case letter does (the leftmost one starts the longest).
    const upper = firstUpperLetter(text, wordStart, wordEnd);
    if (upper < 0) break;
    cityStart = upper;
    // An earlier word joins only if this one is whole: it starts with its upper-case letter after one space.
    if (upper !== wordStart || wordStart - 1 < windowStart || !isBlankCode(text.charCodeAt(wordStart - 1))) break;
    wordEnd = wordStart - 1;
  }
  return cityStart;
}

/** The comma before `end` with only spaces between, or -1. */
function commaBefore(text: string, end: number, windowStart: number): number {
  let i = end;
  while (i > windowStart && isBlankCode(text.charCodeAt(i - 1))) i--;
  return i > windowStart && text.charCodeAt(i - 1) === COMMA ? i - 1 : -1;
}

/**
 * "921 N Broadway," before a city: where a house number followed by one to five words ending at
 * `comma` starts (leftmost: the most words), or -1. Words are whole runs of letters, digits and
 * ' . # - starting with a capital, a digit or #, each after spaces; the number ends the run before them.
 */
function streetLineStartBefore(text: string, comma: number, windowStart: number): number {
  let lineStart = -1;
  let wordEnd = comma;
  for (let words = 1; words <= 5; words++) {
    let wordStart = wordEnd;
    while (wordStart > windowStart && isLineWordChar(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === wordEnd || !isLineWordStart(text.charCodeAt(wordStart))) break;
    let gapStart = wordStart;
    while (gapStart > windowStart && isBlankCode(text.charCodeAt(gapStart - 1))) gapStart--;
    if (gapStart === wordStart) break;
    const numberStart = houseNumberStartBefore(text, gapStart, windowStart);
    if (numberStart >= 0) lineStart = numberStart;
    wordEnd = gapStart;
  }
  return lineStart;
}

/**
 * Where a house number (\d{1,6}[A-Z]?(?:-\d{1,4})?) ending exactly at `end` starts, leftmost, not
 * before `windowStart`; -1 if none.
 */
function houseNumberStartBefore(text: string, end: number, windowStart: number): number {
  const trailingDigits = digitsBefore(text, end, windowStart, end - windowStart);
  if (trailingDigits > 0) {
    const digitsStart = end - trailingDigits;
    // "12-14", "12A-14": the range starts at the first number.
    if (trailingDigits <= 4 && digitsStart > windowStart && text.charCodeAt(digitsStart - 1) === HYPHEN) {
      const hyphen = digitsStart - 1;
      const letterStart = hyphen > windowStart && isAsciiUpperCode(text.charCodeAt(hyphen - 1)) ? hyphen - 1 : hyphen;
      const firstDigits = digitsBefore(text, letterStart, windowStart, 6);
      if (firstDigits > 0) return letterStart - firstDigits;
    }
    return end - Math.min(trailingDigits, 6);
  }
  // "12A": a house letter after the digits.
  if (end > windowStart && isAsciiUpperCode(text.charCodeAt(end - 1))) {
    const digits = digitsBefore(text, end - 1, windowStart, 6);
    if (digits > 0) return end - 1 - digits;
  }
  return -1;
}

/** How many digits (at most `max`) end at `end`, not before `windowStart`. */
function digitsBefore(text: string, end: number, windowStart: number, max: number): number {
  let start = end;
  while (start > windowStart && end - start < max && isDigitCode(text.charCodeAt(start - 1))) start--;
  return end - start;
}

/** Where the run of digits containing `digit` starts. */
function digitRunStart(text: string, digit: number): number {
  let start = digit;
  while (start > 0 && isDigitCode(text.charCodeAt(start - 1))) start--;
  return start;
}

/** "ZIP 90210": five digits at `start`, after what may end a ZIP label. */
function findLabelledZipAt(text: string, start: number, sink: SpanSink): void {
  ZIP_DIGITS.lastIndex = start;
  const zip = ZIP_DIGITS.exec(text);
  if (zip && hasZipLabelBefore(text, start)) addSpan(sink, start, start + zip[0].length, 'ZIP', 0.9);
}

/** Whether a ZIP label ("ZIP", "Postal code:", "\"postalCode\": \"") ends right before `start`. */
function hasZipLabelBefore(text: string, start: number): boolean {
  const labelWindow = Math.max(0, start - ZIP_LABEL_REACH);
  const label = ZIP_LABEL_BEFORE.exec(text.slice(labelWindow, start));
  return label !== null && !isWordChar(text, labelWindow + label.index - 1);
}

/**
 * Digits after a PO box word: the box starts at a 'P' or an 'A' (any case) among the letters, dots
 * and spaces before them; PO_BOX is tried there, leftmost first, as a global regex would find it.
 */
function findPoBoxBefore(text: string, digits: number, sink: SpanSink, resume: Resume): void {
  let wordsStart = digits;
  while (wordsStart > resume.poBox && isPoBoxChar(text.charCodeAt(wordsStart - 1))) wordsStart--;
  for (let start = wordsStart; start < digits; start++) {
    const letter = text.charCodeAt(start) | 0x20;
    if (letter !== 0x70 /* p */ && letter !== 0x61 /* a */) continue;
    PO_BOX.lastIndex = start;
    const m = PO_BOX.exec(text);
    if (!m) continue;
    resume.poBox = start + m[0].length;
    if (!isWordChar(text, start - 1)) addSpan(sink, start, resume.poBox, 'ADDRESS', 0.9);
    return;
  }
}

/** Digits after a German street suffix ("Hauptstraße 5"): the suffix before the spaces, then the name before it. */
function findGermanStreetBefore(text: string, digits: number, sink: SpanSink): void {
  let suffixEnd = digits;
  while (suffixEnd > 0 && isBlankCode(text.charCodeAt(suffixEnd - 1))) suffixEnd--;
  for (const suffix of GERMAN_STREET_SUFFIXES) {
    const suffixStart = suffixEnd - suffix.length;
    if (!text.startsWith(suffix, suffixStart)) continue;
    // One suffix at most ends here (none is the end of another).
    GERMAN_STREET_SUFFIX.lastIndex = suffixStart;
    const m = GERMAN_STREET_SUFFIX.exec(text);
    if (!m) return;
    // The name: the leftmost capital of the letters and hyphens right before the suffix.
    const windowStart = Math.max(0, suffixStart - GERMAN_STREET_NAME_REACH);
    let nameStart = suffixStart;
    while (nameStart > windowStart && isGermanNameChar(text.charCodeAt(nameStart - 1))) nameStart--;
    nameStart = firstUpperLetter(text, nameStart, suffixStart);
    if (nameStart >= 0) addSpan(sink, nameStart, suffixStart + m[0].length, 'ADDRESS', 0.8);
    return;
  }
}

/** The first upper-case letter ([UPPER]) in text[from, to), or -1. */
function firstUpperLetter(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isUpperLetterCode(text.charCodeAt(i))) return i;
  return -1;
}

const HYPHEN = 45;
const COMMA = 44;
const HASH = 35;
const DOT = 46;
const HL7_COMPONENT_REACH = 40;

/** [LOWER] */
function isLowerLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0x17e && code !== 0xf7);
}

/** A character of a PO box word or what separates them: ASCII letters, '.', SPACE. */
function isPoBoxChar(code: number): boolean {
  return isAsciiUpperCode(code) || (code >= 97 && code <= 122) || code === 46 || isBlankCode(code);
}

/** A character of a German street name: [UPPER LOWER -]. */
function isGermanNameChar(code: number): boolean {
  return isUpperLetterCode(code) || isLowerLetter(code) || code === HYPHEN;
}

/** A character of a capitalised city word: [UPPER LOWER ' -]. */
function isCityChar(code: number): boolean {
  return isUpperLetterCode(code) || isLowerLetter(code) || code === 39 || code === HYPHEN;
}

/** A character of a street line word: [UPPER LOWER \d ' . # -]. */
function isLineWordChar(code: number): boolean {
  return isCityChar(code) || isDigitCode(code) || code === 46 || code === HASH;
}

/** The first character of a street line word: [A-Z0-9#]. */
function isLineWordStart(code: number): boolean {
  return isAsciiUpperCode(code) || isDigitCode(code) || code === HASH;
}

/** True for a 5-digit or ZIP+4 value (used under a "ZIP" label). */
export function isZip(value: string): boolean {
  return /^\d{5}(?:-\d{4})?$/.test(value.trim());
}
