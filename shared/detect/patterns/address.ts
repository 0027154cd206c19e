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

const SPACE = '[ \\t\\u00a0]';
/** "st" -> "st|St|ST": street words are matched case-sensitively so lower-case prose never looks like an address. */
const casings = (words: readonly string[]): string =>
  words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).join('|');
const WORD = `[A-Z0-9][${UPPER}${LOWER}\\d'.-]*`;
const CAPITALISED = `[${UPPER}][${UPPER}${LOWER}'-]*`;
const SUFFIX = `(?:${casings(STREET_SUFFIXES)})`;
const UNIT = `(?:,?${SPACE}+(?:${casings(['apt', 'apartment', 'suite', 'ste', 'unit', 'bldg', 'building', 'floor', 'fl', 'room', 'rm'])}|#)\\.?${SPACE}*#?${SPACE}*[A-Z0-9][A-Z0-9-]{0,6})`;
// "633 Abernathy Landing", "12 N. Main St Apt 4B": house number, up to four words, a suffix, a unit.
const STREET = new RegExp(
  `\\b\\d{1,6}[A-Z]?(?:-\\d{1,4})?${SPACE}+(?:${WORD}${SPACE}+){1,4}?${SUFFIX}\\b\\.?${UNIT}?`,
  'g',
);
const PO_BOX = new RegExp(`\\b(?:P\\.?${SPACE}?O\\.?${SPACE}*Box|Post${SPACE}+Office${SPACE}+Box|Apartado(?:${SPACE}+Postal)?|Postfach)${SPACE}*\\d{1,8}`, 'gi');
// European forms: "12 rue de la Paix", "Calle Mayor 5", "Hauptstraße 5a".
const EUROPEAN_STREET = new RegExp(
  `\\b(?:\\d{1,4},?${SPACE}+(?:rue|avenue|boulevard|bd|chemin|allée|impasse|place|quai|passage|route|cours)${SPACE}+(?:(?:de|du|des|la|le|l')${SPACE}*){0,2}${CAPITALISED}(?:${SPACE}+${CAPITALISED}){0,2}` +
    `|(?:Calle|Avenida|Av\\.|Paseo|Camino|Plaza|Ronda|Travesía|Carretera|Pasaje)${SPACE}+(?:(?:de|del|la|los|las)${SPACE}+){0,2}${CAPITALISED}(?:${SPACE}+${CAPITALISED}){0,2},?${SPACE}*(?:n[º°o]\\.?${SPACE}*)?\\d{1,4}` +
    `)(?![${UPPER}${LOWER}\\d])`,
  'g',
);
// German street names end in a suffix glued to the name: found from the suffix, the name read backwards.
const GERMAN_STREET_SUFFIX = new RegExp(`(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm)${SPACE}+\\d{1,4}[a-z]?(?![${UPPER}${LOWER}\\d])`, 'g');
const GERMAN_STREET_NAME_BEFORE = new RegExp(`[${UPPER}][${UPPER}${LOWER}-]*$`);
// ", KS 66801" / ", Kansas, 66083" / ", KS": a state after a comma; the city is the words before it.
const STATE_AFTER_COMMA = new RegExp(`,${SPACE}*(${STATE_CODES}|${STATE_NAMES})\\b(?:,?${SPACE}*(\\d{5}(?:-\\d{4})?)(?!\\d))?`, 'g');
const CITY_BEFORE = new RegExp(`${CAPITALISED}(?:${SPACE}${CAPITALISED}){0,3}$`);
// "921 N Broadway, Springfield, IL": before "City, ST" a house number and a few words are the street
// line whatever its suffix ("The Hawthorns", "Jubilee Close", "Woodlands Apt. 112").
const STREET_LINE_BEFORE_CITY = new RegExp(`\\d{1,6}[A-Z]?(?:-\\d{1,4})?(?:${SPACE}+[A-Z0-9#][${UPPER}${LOWER}\\d'.#-]*){1,5},${SPACE}*$`);
const STREET_LINE_REACH = 60;
// Credentials that are also state codes: "Smith, MD" is a doctor, not a town in Maryland.
const CREDENTIAL_STATE_CODES = new Set(['MD', 'PA', 'DO', 'ME', 'OR', 'IN', 'OK', 'HI', 'DE', 'MS', 'MA', 'NP']);
// "ZIP 90210", "Code postal : 75001": found from the five digits (rare) and the label read backwards.
const ZIP_DIGITS = /\d{5}(?:-\d{4})?(?!\d)/g;
const ZIP_LABEL_BEFORE = /\b(?:zip|zip code|postal code|postcode|código postal|code postal|plz|cp)[ \t\u00a0]*[:#]?[ \t\u00a0]*$/i;
const ZIP_LABEL_REACH = 24;

/** Street lines, PO boxes, cities followed by a state, and ZIP codes. */
export function findAddresses(text: string, sink: SpanSink): void {
  findWith(STREET, text, sink, 'ADDRESS', 0.85);
  findWith(PO_BOX, text, sink, 'ADDRESS', 0.9);
  findWith(EUROPEAN_STREET, text, sink, 'ADDRESS', 0.8);
  GERMAN_STREET_SUFFIX.lastIndex = 0;
  for (let m = GERMAN_STREET_SUFFIX.exec(text); m; m = GERMAN_STREET_SUFFIX.exec(text)) {
    const name = GERMAN_STREET_NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index + 1).slice(0, -1));
    if (name) addSpan(sink, m.index - name[0].length, m.index + m[0].length, 'ADDRESS', 0.8);
  }
  STATE_AFTER_COMMA.lastIndex = 0;
  for (let m = STATE_AFTER_COMMA.exec(text); m; m = STATE_AFTER_COMMA.exec(text)) {
    const state = m[1]!;
    const zip = m[2];
    if (!zip && (CREDENTIAL_STATE_CODES.has(state) || isWordChar(text, m.index + m[0].length))) continue;
    const windowStart = Math.max(0, m.index - 60);
    const city = CITY_BEFORE.exec(text.slice(windowStart, m.index));
    if (!city || isWordChar(text, windowStart + city.index - 1)) continue;
    const cityStart = windowStart + city.index;
    addSpan(sink, cityStart, m.index, 'ADDRESS', zip ? 0.85 : 0.7);
    if (zip) {
      const lineWindow = Math.max(0, cityStart - STREET_LINE_REACH);
      const line = STREET_LINE_BEFORE_CITY.exec(text.slice(lineWindow, cityStart));
      if (line && !isWordChar(text, lineWindow + line.index - 1)) {
        const lineStart = lineWindow + line.index;
        addSpan(sink, lineStart, lineStart + line[0].lastIndexOf(','), 'ADDRESS', 0.8);
      }
    }
    if (zip) {
      const zipEnd = m.index + m[0].length;
      addSpan(sink, zipEnd - zip.length, zipEnd, 'ZIP', 0.9);
    }
  }
  ZIP_DIGITS.lastIndex = 0;
  for (let m = ZIP_DIGITS.exec(text); m; m = ZIP_DIGITS.exec(text)) {
    const before = text.charCodeAt(m.index - 1);
    if (before >= 48 && before <= 57) continue;
    const labelWindow = Math.max(0, m.index - ZIP_LABEL_REACH);
    const label = ZIP_LABEL_BEFORE.exec(text.slice(labelWindow, m.index));
    if (label && !isWordChar(text, labelWindow + label.index - 1)) addSpan(sink, m.index, m.index + m[0].length, 'ZIP', 0.9);
  }
}

function findWith(pattern: RegExp, text: string, sink: SpanSink, type: 'ADDRESS', confidence: number): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!isWordChar(text, m.index - 1)) addSpan(sink, m.index, m.index + m[0].length, type, confidence);
  }
}

/** True for a 5-digit or ZIP+4 value (used under a "ZIP" label). */
export function isZip(value: string): boolean {
  return /^\d{5}(?:-\d{4})?$/.test(value.trim());
}
