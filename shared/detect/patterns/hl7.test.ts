import { describe, expect, it } from 'vitest';
import { detect } from '../index';
import { findIdentifiers } from './identifiers';
import type { SpanSink } from '../span';
import { findHl7Fields } from './hl7';

const MSH = 'MSH|^~\\&|EPICADT|RRMC|LABSYS|RRMC|20250314115521||ADT^A01^ADT_A01|MSG14262413|P|2.5.1';

/** Each span the finder adds as "TYPE text", in text order; provider names apart. */
function fieldsIn(text: string): { spans: string[]; providers: string[] } {
  const sink: SpanSink = [];
  const providers: SpanSink = [];
  findHl7Fields(text, sink, providers);
  const show = (spans: SpanSink) => spans.slice().sort((a, b) => a.start - b.start).map((s) => `${s.type} ${text.slice(s.start, s.end)}`);
  return { spans: show(sink), providers: show(providers) };
}

/** The spans of one segment after an MSH (the header's own date left out). */
function segment(line: string): string[] {
  return fieldsIn(`${MSH}\r${line}`).spans.filter((s) => s !== 'DATE 20250314115521');
}

describe('findHl7Fields: PHI-bearing fields by position', () => {
  it.each<[string, string, string[]]>([
    // PID-3: the ID component of each repetition, typed by its identifier type code (CX.5).
    ['PID-3 MRN and SSN repetitions', 'PID|1||31250489^^^RRMC^MR~129950043^^^SSA^SS', ['MRN 31250489', 'SSN 129950043']],
    ['PID-3 without a type code', 'PID|1||A1234567', ['MRN A1234567']],
    ['PID-3 Medicaid and passport codes', 'PID|1||M9988^^^NY^MA~X123^^^USA^PPN', ['HEALTH_PLAN M9988', 'PASSPORT X123']],
    // PID-5: family, given, middle, suffix, prefix; not the degree (XPN.6) or the name type (XPN.7).
    ['PID-5 name', 'PID|1||||MERTZ^BRIDGET^T^JR^MS^PHD^L', ['NAME MERTZ', 'NAME BRIDGET', 'NAME T', 'NAME JR', 'NAME MS']],
    ['PID-5 surname with subcomponents, HL7 null', 'PID|1||||DE&LA&CRUZ^MARIA^""', ['NAME DE&LA&CRUZ', 'NAME MARIA']],
    ['PID-5 two repetitions', 'PID|1||||SMITH^ANN~JONES^ANN^^^^^M', ['NAME SMITH', 'NAME ANN', 'NAME JONES', 'NAME ANN']],
    ["PID-6 mother's maiden name", 'PID|1||||X^Y|JOHNS', ['NAME X', 'NAME Y', 'NAME JOHNS']],
    ['PID-7 birth date, PID-8 sex not', 'PID|1||||||19660203|F', ['DATE 19660203']],
    ['PID-7 birth date and time with zone', 'PID|1||||||196602031230-0500', ['DATE 196602031230-0500']],
    ['PID-7 a year alone is not PHI', 'PID|1||||||1966', []],
    ['PID-9 alias', 'PID|1||||||||BRIDGES^BEE', ['NAME BRIDGES', 'NAME BEE']],
    // PID-11: street, other designation, city, ZIP, county; not state, country or address type.
    [
      'PID-11 address',
      'PID|1||||||||||1876 SUNSET BLVD^APT 4^WEST ABRAHAMSHIRE^ME^16962-1234^USA^H^^CUMBERLAND',
      ['ADDRESS 1876 SUNSET BLVD', 'ADDRESS APT 4', 'ADDRESS WEST ABRAHAMSHIRE', 'ZIP 16962-1234', 'ADDRESS CUMBERLAND'],
    ],
    ['PID-11 two addresses', 'PID|1||||||||||1 A ST^^BATH^ME^04530~PO BOX 9^^BATH^ME^04530^^M', ['ADDRESS 1 A ST', 'ADDRESS BATH', 'ZIP 04530', 'ADDRESS PO BOX 9', 'ADDRESS BATH', 'ZIP 04530']],
    // PID-13/14: the free-form number, area code + local number, e-mail; FX is a fax.
    ['PID-13 free-form, PID-14 business', 'PID|1||||||||||||(816)555-0142|(816)555-0199', ['PHONE (816)555-0142', 'PHONE (816)555-0199']],
    [
      'PID-13 XTN components',
      'PID|1||||||||||||^PRN^PH^^1^816^5550142^22~^NET^Internet^ann@example.com~^WPN^FX^^1^816^5550199',
      ['PHONE 816', 'PHONE 5550142', 'PHONE 22', 'EMAIL ann@example.com', 'FAX 816', 'FAX 5550199'],
    ],
    [
      'PID-18 account, PID-19 SSN, PID-20 licence (not its state)',
      'PID|1|||||||||||||||||015928882^^^RRMC^AN|129-95-0043|V1063009^ME',
      ['ACCOUNT 015928882', 'SSN 129-95-0043', 'DRIVERS_LICENSE V1063009'],
    ],
    ['PID-23 birth place, PID-29 death date', 'PID|1||||||||||||||||||||||PORTLAND||||||20240102', ['ADDRESS PORTLAND', 'DATE 20240102']],
    // NK1: name, address, phones.
    [
      'NK1 next of kin',
      'NK1|1|MERTZ^TERRANCE|SPO^Spouse|2298 MAPLE ROAD^^BATH^ME^04530|(207)733-2578|(207)555-0100|EC^Emergency Contact',
      ['NAME MERTZ', 'NAME TERRANCE', 'ADDRESS 2298 MAPLE ROAD', 'ADDRESS BATH', 'ZIP 04530', 'PHONE (207)733-2578', 'PHONE (207)555-0100'],
    ],
    // GT1: guarantor number, name, address, phone, birth date, SSN.
    [
      'GT1 guarantor',
      'GT1|1|G7788|DOE^JANE||12 OAK ST^^BATH^ME^04530|(207)555-0111||19700101|F|P|SEL|123-45-6789',
      ['ACCOUNT G7788', 'NAME DOE', 'NAME JANE', 'ADDRESS 12 OAK ST', 'ADDRESS BATH', 'ZIP 04530', 'PHONE (207)555-0111', 'DATE 19700101', 'SSN 123-45-6789'],
    ],
    // IN1: group number, name of insured, insured's birth date and address, policy number, insured's ID.
    [
      'IN1 insurance',
      'IN1|1|MCR001^AETNA PPO|07492|AETNA|PO BOX 1^^HARTFORD^CT^06101||(800)555-0100|GRP5521||||20250101|20251231|||DOE^JOHN|SEL|19600101|12 OAK ST^^BATH^ME^04530' +
        '|'.repeat(17) + 'POL998877' + '|'.repeat(13) + 'W123456789',
      ['HEALTH_PLAN GRP5521', 'DATE 20250101', 'DATE 20251231', 'NAME DOE', 'NAME JOHN', 'DATE 19600101', 'ADDRESS 12 OAK ST', 'ADDRESS BATH', 'ZIP 04530', 'HEALTH_PLAN POL998877', 'HEALTH_PLAN W123456789'],
    ],
    ['IN2 SSN, Medicare and Medicaid numbers', 'IN2|E55|123-45-6789||||1EG4TE5MK73|DOE^JANE|MCD7788', ['ID E55', 'SSN 123-45-6789', 'HEALTH_PLAN 1EG4TE5MK73', 'NAME DOE', 'NAME JANE', 'HEALTH_PLAN MCD7788']],
    // PV1: visit number, admit and discharge dates; providers are not in the sink.
    [
      'PV1 visit number and dates',
      'PV1|1|I|4W^412^A^RRMC||||1234^SMITH^JOHN^^^DR|||MED|||||||||V445566^^^RRMC^VN' + '|'.repeat(25) + '20250314115500|20250316090000',
      ['ACCOUNT V445566', 'DATE 20250314115500', 'DATE 20250316090000'],
    ],
    // MRG: prior identifiers and name.
    ['MRG prior identifiers', 'MRG|OLD123^^^RRMC^MR||ACC55^^^RRMC^AN||||OLDNAME^ANN', ['MRN OLD123', 'ACCOUNT ACC55', 'NAME OLDNAME', 'NAME ANN']],
    // Observations: dates and the accession number; the value and its units stay.
    ['OBR accession and dates', 'OBR|1|274915222^EPC|IS25-976877^LAB|4548-4^Hemoglobin A1c^LN|||20250314173700', ['ID IS25-976877', 'DATE 20250314173700']],
    ['OBX value and units stay, date masked', 'OBX|1|NM|4548-4^Hemoglobin A1c^LN||9.6|%^percent^UCUM|4.8-5.6|H|||F|||20250314173700', ['DATE 20250314173700']],
    ['OBX text value stays', 'OBX|2|ST|8251-1^Comment^LN||Seen by SMITH 20250314 ok||||||F', []],
    ['EVN dates, operator is a provider', 'EVN|A01|20250314115500|||JSMITH^SMITH^JOAN|20250314115000', ['DATE 20250314115500', 'DATE 20250314115000']],
    // Segments without PHI fields and unknown fields are left to the other finders.
    ['DG1 and AL1 codes stay', 'DG1|1||J18.9^Pneumonia, unspecified organism^I10C|||A\rAL1|1|DA|70618^Penicillin^RXNORM|MO|Hives', []],
  ])('%s', (_name, line, expected) => {
    expect(segment(line)).toEqual(expected);
  });

  it('masks MSH-7 but not the control ID, the applications or the version', () => {
    expect(fieldsIn(`${MSH}\rPID|1`).spans).toEqual(['DATE 20250314115521']);
  });

  it('sends provider names (XCN family..prefix, not the provider number) to providers', () => {
    const { spans, providers } = fieldsIn(`${MSH}\rPV1|1|I|||||1234^SMITH^JOHN^^^DR^MD\rORC|NW|${'|'.repeat(10)}5678^JONES^AMY`);
    expect(spans).toEqual(['DATE 20250314115521']);
    expect(providers).toEqual(['NAME SMITH', 'NAME JOHN', 'NAME DR', 'NAME JONES', 'NAME AMY']);
  });

  it('takes back identifiers other finders found in MSH-10 and MSA-2, and keeps the rest', () => {
    const text = `${MSH}\rMSA|AA|MSG14262413\rPID|1||31250489^^^RRMC^MR`;
    const sink: SpanSink = [];
    findIdentifiers(text, sink);
    const before = sink.map((s) => text.slice(s.start, s.end));
    expect(before).toContain('MSG14262413');
    findHl7Fields(text, sink, []);
    const after = sink.map((s) => `${s.type} ${text.slice(s.start, s.end)}`);
    expect(after.filter((s) => s.includes('MSG14262413'))).toEqual([]);
    expect(after).toContain('MRN 31250489');
  });

  it.each<[string, string, string[]]>([
    ['CR LF between segments', `${MSH}\r\nPID|1||||||19660203`, ['DATE 20250314115521', 'DATE 19660203']],
    ['LF and indented lines', `  ${MSH}\n  PID|1||||||19660203`, ['DATE 20250314115521', 'DATE 19660203']],
    ['a message flattened onto one line', `${MSH} EVN|A01 PID|1||||DOE^JOHN||19660203 PV1|1`, ['DATE 20250314115521', 'NAME DOE', 'NAME JOHN', 'DATE 19660203']],
    ['segments after a written terminator', `${MSH}<CR>PID|1||||DOE^JOHN<CR><LF>NK1|1|ROE^JIM[CR]PV1|1\\rPV2|1`, ['DATE 20250314115521', 'NAME DOE', 'NAME JOHN', 'NAME ROE', 'NAME JIM']],
    ['two segments without an MSH', 'PID|1||||DOE^JOHN\nNK1|1|DOE^JANE', ['NAME DOE', 'NAME JOHN', 'NAME DOE', 'NAME JANE']],
    ['another field separator declared by MSH', 'MSH#^~\\&#A#B#C#D#20250101#\nPID#1####DOE^JOHN', ['DATE 20250101', 'NAME DOE', 'NAME JOHN']],
    ['other encoding characters declared by MSH-2', 'MSH|$*\\&|A|B|C|D|20250101|\nPID|1||||DOE$JOHN*ROE$JIM', ['DATE 20250101', 'NAME DOE', 'NAME JOHN', 'NAME ROE', 'NAME JIM']],
    ['Z-segments at a line start end the segment before', `${MSH}\nZPI|1|x\nPID|1||||DOE^JOHN`, ['DATE 20250314115521', 'NAME DOE', 'NAME JOHN']],
  ])('reads segments: %s', (_name, text, expected) => {
    expect(fieldsIn(text).spans).toEqual(expected);
  });

  it.each<[string, string]>([
    ['an ordinary pipe-separated line', 'a | b | c'],
    ['a markdown table', '| Name | DOB |\n|---|---|\n| John Smith | 1/2/1950 |\n| PID | 5 |'],
    ['a table of segment names', 'MSH | Message Header\nPID | Patient Identification'],
    ['one segment line alone', 'PID|1||31250489^^^RRMC^MR||MERTZ^BRIDGET'],
    ['unknown segment ids', 'ABC|1|2|DOE^JOHN\nXYZ|1|2|DOE^JOHN'],
    ['a known id inside a word', 'XPID|1||||DOE^JOHN\nXNK1|1|DOE^JANE'],
    ['a known id after a separator or a bracket without a word', '^PID|1||||DOE^JOHN <>NK1|1|DOE^JANE'],
    ['a site-defined Z id mid-line', 'see ZPI|1|x and ZPV|1|DOE^JOHN'],
    ['a log line with pipes', 'INFO|2025-03-14|user=jsmith|action=login\nWARN|2025-03-14|disk'],
    ['text without segments', 'Patient John Smith, DOB 03/04/1950, seen today.'],
    ['nothing at all', ''],
  ])('leaves alone %s', (_name, text) => {
    expect(fieldsIn(text)).toEqual({ spans: [], providers: [] });
  });
});

describe('findHl7Fields: a message tree (path | description | value, one cell per line)', () => {
  const row = (...cells: string[]) => cells.join('\n\u0000\n');
  it.each<[string, string, string[]]>([
    [
      'three cells per row, typed by the path',
      row('Field', 'Description', 'Value', 'MSH.10', 'Message Control ID', 'MSG82617857', 'PID.3', 'Patient Identifier List', '31250489^^^RRMC^MR',
        'PID.5.1', 'Family Name', 'JASKOLSKI', 'PID.11.3', 'City', 'SCRANTON', 'PID.11.4', 'State or Province', 'PA', 'PID.13', 'Phone Number - Home',
        '^PRN^PH^^1^816^3211485', 'OBR.3', 'Filler Order Number', 'IS25-976877', 'OBX.5', 'Observation Value', '9.6'),
      ['MRN 31250489', 'NAME JASKOLSKI', 'ADDRESS SCRANTON', 'PHONE 816', 'PHONE 3211485', 'ID IS25-976877'],
    ],
    [
      'a row without a value is skipped, not read from its description',
      row('PID-5.1', 'Family Name', 'JASKOLSKI', 'PID-5.2', 'Given Name', 'PID-5.3', 'Middle Name', 'Q', 'PID-7', 'Date of Birth', '19660203'),
      ['NAME JASKOLSKI', 'NAME Q', 'DATE 19660203'],
    ],
    ['two cells per row', 'PID.5.1\nJASKOLSKI\nPID.5.2\nANNABELLE\nPID.8\nF\nPID.19\n539-79-9230', ['NAME JASKOLSKI', 'NAME ANNABELLE', 'SSN 539-79-9230']],
    ['the last row runs on into the page', 'PID.5.1\nJASKOLSKI\nPID.8\nF\nPID.7\n19660203\nValidation: 0 errors', ['NAME JASKOLSKI', 'DATE 19660203']],
    ['fewer than three paths', 'PID.5.1\nJASKOLSKI\nPID.5.2\nANNABELLE', []],
    ['paths inside sentences', 'See PID.5.1 for the name.\nPID-5 is the name, PID-7 the birth date, PID-11 the address.', []],
  ])('%s', (_name, text, expected) => {
    expect(fieldsIn(text).spans).toEqual(expected);
  });
});

describe('findHl7Fields in the engine', () => {
  it('masks names and addresses in raw HL7 and leaves the control ID and structure visible', () => {
    const text = [
      MSH,
      'PID|1||31250489^^^RRMC^MR||MERTZ^BRIDGET^T^^MS||19660203|F|||1876 SUNSET BLVD^^WEST ABRAHAMSHIRE^ME^16962^USA||(816)555-0142',
      'NK1|1|MERTZ^TERRANCE|SPO',
    ].join('\r');
    const masked = detect(text).map((s) => `${s.type} ${s.text}`);
    expect(masked).toEqual([
      'DATE 20250314115521',
      'MRN 31250489',
      'NAME MERTZ',
      'NAME BRIDGET',
      'NAME T',
      'NAME MS',
      'DATE 19660203',
      'ADDRESS 1876 SUNSET BLVD',
      'ADDRESS WEST ABRAHAMSHIRE',
      'ZIP 16962',
      'PHONE (816)555-0142',
      'NAME MERTZ',
      'NAME TERRANCE',
    ]);
  });

  it('masks provider names only when the policy asks', () => {
    const text = `${MSH}\rPV1|1|I|||||1234^SMITH^JOHN^^^DR\rPID|1`;
    const names = (maskProviderNames: boolean) => detect(text, { options: { maskProviderNames } }).filter((s) => s.type === 'NAME').map((s) => s.text);
    expect(names(false)).toEqual([]);
    expect(names(true)).toEqual(['SMITH', 'JOHN', 'DR']);
  });
});

// Generous limits: these catch quadratic or worse behaviour (minutes), not ordinary slowness.
const TIMEOUT = 60_000;

describe('findHl7Fields on adversarial input', () => {
  const cases: [string, (n: number) => string][] = [
    ['a line of pipes and carets', (n) => '|^'.repeat(n / 2)],
    ['one segment with a million fields', (n) => 'MSH|^~\\&|\nPID|' + '|^~&\\'.repeat(n / 5)],
    ['one field of a million components', (n) => 'MSH|^~\\&|\nPID|1||' + '^'.repeat(n)],
    ['one field of a million repetitions', (n) => 'MSH|^~\\&|\nPID|1||||' + 'A^~'.repeat(n / 3)],
    ['a hundred thousand headers', (n) => 'MSH|^~\\&|\n'.repeat(n / 10)],
    ['segments flattened onto one line', (n) => 'PID|1 '.repeat(n / 6)],
    ['segment ids glued together', (n) => 'ZZZ|'.repeat(n / 4)],
    ['blanks before Z ids', (n) => '      ZAB|'.repeat(n / 10)],
    ['MSH without a pipe', (n) => 'MSH#'.repeat(n / 4)],
    ['tree paths without values', (n) => 'PID.5\n'.repeat(n / 6)],
    ['tree rows', (n) => 'PID.5.1\nFamily\nSMITH\n'.repeat(n / 21)],
    ['a tree path and a million lines', (n) => 'PID.5.1\nPID.5.2\nPID.5.3\n' + 'x\n'.repeat(n / 2)],
  ];

  it.each(cases)('%s: no exception, linear time', { timeout: TIMEOUT }, (_name, make) => {
    const time = (text: string) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        findHl7Fields(text, [], []);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const small = make(250_000);
    const large = make(1_000_000);
    expect(() => findHl7Fields(large, [], [])).not.toThrow();
    // Four times the text: linear takes about four times as long, quadratic sixteen. Generous for a shared machine.
    expect(time(large)).toBeLessThan(12 * time(small) + 20);
  });

  it('the whole engine survives a 1 MB line of pipes and carets', { timeout: TIMEOUT }, () => {
    expect(() => detect('|^~\\&'.repeat(200_000))).not.toThrow();
    expect(() => detect(`${MSH}\rPID|` + '1^A~'.repeat(250_000))).not.toThrow();
  });
});
