import { describe, expect, it } from 'vitest';
import type { PhiType } from '../phi-types';
import { markLabelledValue } from './labelled-value';
import type { LabelMeaning } from './labels';
import type { SpanSink } from './span';

/** The spans markLabelledValue marks when the whole text is the value of a label of `type`, as "text TYPE". */
function marked(value: string, type: PhiType, wholeField: boolean, meaning: LabelMeaning = { type }): string[] {
  const sink: SpanSink = [];
  markLabelledValue(value, 0, value.length, meaning, sink, { providers: [] }, [], wholeField);
  return sink.map((span) => `${value.slice(span.start, span.end)} ${span.type}`);
}

describe('markLabelledValue under a generic "Name" label', () => {
  // A DICOM tag list or a drug table has a "Name" column too: a census word, a title or "Surname, Given" says person.
  it.each<[string, string[]]>([
    ['Maria Qorvath', ['Maria Qorvath NAME']],
    ['José Álvarez', ['José Álvarez NAME']],
    ['Mrs. Xyla Qorvath', ['Mrs. Xyla Qorvath NAME']],
    ['QORVATH, XYLA', ['QORVATH, XYLA NAME']],
    ['Specific Character Set', []],
    // Two words spelled like a name, no census word: a name; a thing's two words are not.
    ['Losa Fa’amausili', ['Losa Fa’amausili NAME']],
    ['Transfer Syntax', []],
    ['Amlodipine Besylate', []],
    ['Thyroid Stimulating Hormone', []],
    ['Study Date', []],
    ['Giulia', ['Giulia NAME']],
    ['Troponin', []],
    ['Lisinopril', []],
  ])('%j', (value, expected) => {
    expect(marked(value, 'NAME', true, { type: 'NAME', needsNameWord: true })).toEqual(expected);
  });
});

describe('markLabelledValue under a person label', () => {
  // A nickname in quotes is part of the name, and the name may go on after it.
  it.each<[string, string[]]>([
    ['Prys, Gwenllian "Gwen" Eleri', ['Prys, Gwenllian "Gwen" Eleri NAME']],
    ['Ó Briain, Aoife ("Nan")', ['Ó Briain, Aoife ("Nan") NAME']],
    ['Robert “Bobby” Lee', ['Robert “Bobby” Lee NAME']],
    ['Lee, Ann "on file" x', []],
    // One word not in the census: spelled much like a name, four letters at least, no relationship.
    ['Lyudmila', ['Lyudmila NAME']],
    ['GIULIA', ['GIULIA NAME']],
    ['Ehemann', []],
    ['Sodium', []],
    ['DNR', []],
  ])('%j', (value, expected) => {
    expect(marked(value, 'NAME', true)).toEqual(expected);
  });
});

describe('markLabelledValue under a place-name label', () => {
  // The place's capitalised words, up to a comma, the next field's label or a gap; a particle between words.
  it.each<[string, boolean, string[]]>([
    ['HOLYOKE', true, ['HOLYOKE ADDRESS']],
    ['Fond du Lac', true, ['Fond du Lac ADDRESS']],
    ['Springfield, MA 01101', false, ['Springfield ADDRESS']],
    ['HOLYOKE ST: MA ZIP: 01097', false, ['HOLYOKE ADDRESS']],
    ['North Tamiaton  (rural)', false, ['North Tamiaton ADDRESS']],
    ['unknown', true, []],
    ['de la', true, []],
  ])('%j', (value, wholeField, expected) => {
    expect(marked(value, 'ADDRESS', wholeField, { type: 'ADDRESS', locality: true })).toEqual(expected);
  });
});

describe('markLabelledValue', () => {
  // Empty values, honorifics, "SURNAME, Given", suffixes, what may follow a name, digits in identifiers.
  it.each<[string, PhiType, boolean, string[]]>([
    ['N/A', 'NAME', true, []],
    [' (none) ', 'MRN', true, []],
    ['—', 'DATE', true, []],
    ['--', 'PHONE', true, []],
    ['Nonesuch 123', 'MRN', true, ['Nonesuch 123 MRN']],
    ['2 34 09 25 360 662 15', 'SSN', true, ['2 34 09 25 360 662 15 SSN']],
    ['Bed 4 Room 12 Wing B', 'MRN', true, []],
    ['unknown', 'SSN', false, []],
    ['Mrs. Sumiko L. Medhurst', 'NAME', true, ['Mrs. Sumiko L. Medhurst NAME']],
    ['Ann Lee Jr.', 'NAME', true, ['Ann Lee Jr NAME']],
    ['Ann Lee, Jr', 'NAME', true, ['Ann Lee, Jr NAME']],
    ['Ann Lee IIIx', 'NAME', false, ['Ann Lee NAME']],
    ['Ann Lee (son)', 'NAME', true, ['Ann Lee NAME']],
    // A contact's number after the name is a phone, in any country's format (no phone finder ran here).
    ['Ann Lee (son) 555-201-1234', 'NAME', true, ['Ann Lee NAME', '555-201-1234 PHONE']],
    ['Chiamaka Okonkwo (daughter) (251) 548-8599', 'NAME', true, ['Chiamaka Okonkwo NAME', '(251) 548-8599 PHONE']],
    ['Kasper Østergaard (søn), tlf. 57 14 33 89', 'NAME', true, ['Kasper Østergaard NAME', '57 14 33 89 PHONE']],
    ['Doe, Jane (MRN 00482211)', 'NAME', true, ['Doe, Jane NAME', '00482211 ID']],
    ['Ann Lee (son) will call back', 'NAME', true, []],
    // Names in scripts without capitals: the script's letters (after a relative's word), and the
    // same name in brackets in the other script; a relationship in brackets is no name.
    ['宮城 節子', 'NAME', true, ['宮城 節子 NAME']],
    ['長女 宮城 節子 (Miyagi Setsuko) 090-6083-2018', 'NAME', true, ['宮城 節子 NAME', 'Miyagi Setsuko NAME', '090-6083-2018 PHONE']],
    ['นายประเสริฐ ใจดี', 'NAME', true, ['นายประเสริฐ ใจดี NAME']],
    ['Pranee (ปราณี) ลูกสาว (daughter) 090-559-0001', 'NAME', true, ['Pranee NAME', 'ปราณี NAME', '090-559-0001 PHONE']],
    ['Latoya Robinson (Wife)', 'NAME', true, ['Latoya Robinson NAME']],
    ['謝志偉 (Mother)', 'NAME', true, ['謝志偉 NAME']],
    // Malay and Malaysian Indian particles in capitals.
    ['NORAINI BINTI YUSOF', 'NAME', true, ['NORAINI BINTI YUSOF NAME']],
    ['MUNIANDY A/L KRISHNAN', 'NAME', true, ['MUNIANDY A/L KRISHNAN NAME']],
    ['Ann Lee (son) 555-201-1234', 'NAME', false, ['Ann Lee NAME', '555-201-1234 PHONE']],
    // A number in brackets right after a patient's name is their record number; an age is not.
    ['Juana Cremin (6517)', 'NAME', true, ['Juana Cremin NAME', '6517 ID']],
    ['DOE, JANE (MRN 00482211) DOB 01/02/1950', 'NAME', false, ['DOE, JANE NAME', '00482211 ID']],
    ['Juana Cremin [#A-66123]', 'NAME', true, ['Juana Cremin NAME', 'A-66123 ID']],
    ['Juana Cremin (72)', 'NAME', true, ['Juana Cremin NAME']],
    ['Juana Cremin (72 y)', 'NAME', true, ['Juana Cremin NAME']],
    ['Juana Cremin (daughter) 4471', 'NAME', false, ['Juana Cremin NAME']],
    ['Manual wheelchair', 'NAME', true, []],
    ['Crutches (physical object)', 'NAME', true, []],
    // "SURNAME, GIVEN" keeps a middle initial after the given name, and a suffix's period before the comma.
    ['MEDHURST, SUMIKO L', 'NAME', true, ['MEDHURST, SUMIKO L NAME']],
    ['Medhurst, Sumiko L', 'NAME', true, ['Medhurst, Sumiko L NAME']],
    ['Medhurst, Sumiko L.', 'NAME', true, ['Medhurst, Sumiko L. NAME']],
    ['Medhurst, Sumiko L (preferred: Sue)', 'NAME', true, ['Medhurst, Sumiko L NAME']],
    ['Medhurst, Sumiko L  DOB: 03/04/1950', 'NAME', false, ['Medhurst, Sumiko L NAME']],
    ['MEDHURST, SUMIKO LAREE', 'NAME', true, ['MEDHURST, SUMIKO LAREE NAME']],
    ['Smith Jr., John', 'NAME', true, ['Smith Jr., John NAME']],
    ['Smith Jr., John A', 'NAME', true, ['Smith Jr., John A NAME']],
    ['Smith, John A Jr.', 'NAME', true, ['Smith, John A Jr NAME']],
    // DICOM and HL7 person names: FAMILY^GIVEN^MIDDLE, parts perhaps empty.
    ['XU^WEI', 'NAME', true, ['XU^WEI NAME']],
    ['RODRIGUEZ VILLANUEVA^JUAN CARLOS', 'NAME', true, ['RODRIGUEZ VILLANUEVA^JUAN CARLOS NAME']],
    ['DOE^JANE^Q', 'NAME', true, ['DOE^JANE^Q NAME']],
    ['DOE^JANE^^^MRS', 'NAME', true, ['DOE^JANE NAME']],
    ['Smith', 'NAME', true, ['Smith NAME']],
    ['12345 foo', 'MRN', false, ['12345 MRN']],
    ['AB-12/3 77', 'MRN', false, ['AB-12/3 77 MRN']],
    ['abc def', 'MRN', false, []],
    ['no digits', 'MRN', true, []],
    ['x 1', 'ACCOUNT', true, ['x 1 ACCOUNT']],
    ['yesterday', 'DATE', true, []],
    ['03/04/2021', 'DATE', true, ['03/04/2021 DATE']],
    ['92 years', 'AGE_OVER_89', true, ['92 years AGE_OVER_89']],
    ['45', 'AGE_OVER_89', true, []],
    ['92M', 'AGE_OVER_89', true, ['92 AGE_OVER_89']],
    // A whole field in a format no finder knows is its label's type only if it has that type's shape:
    // a block's label may be a heading over prose, or the cell before another value.
    ['03 04 2021', 'DATE', true, ['03 04 2021 DATE']],
    ['2021.3', 'DATE', true, ['2021.3 DATE']],
    ['cefpodoxime 200 mg PO BID', 'DATE', true, []],
    ['BP 145/79, HR 94', 'DATE', true, []],
    ['YES', 'EMAIL', true, []],
    ['jdoe at example dot org @home', 'EMAIL', true, ['jdoe at example dot org @home EMAIL']],
    ['patient-portal.example.org/u/8841', 'URL', true, ['patient-portal.example.org/u/8841 URL']],
    ['see chart', 'URL', true, []],
    ['Bed: 8W 475-B', 'ACCOUNT', true, []],
    ['Status: Paid 03/12/2025', 'ACCOUNT', true, []],
    ['1EG4 TE5 MK72', 'HEALTH_PLAN', true, ['1EG4 TE5 MK72 HEALTH_PLAN']],
    ['(01)38227843420982(11)720408(17)970423(10)433615182190799(21)5391912', 'DEVICE', true, ['(01)38227843420982(11)720408(17)970423(10)433615182190799(21)5391912 DEVICE']],
    ['Seen for follow-up of 3 chronic problems today', 'MRN', true, []],
    // Phone labels: inline the number starts the value; a whole field may hold it anywhere, more than once.
    ['0113 418 4331 (mobile)', 'PHONE', false, ['0113 418 4331 PHONE']],
    ['call 0113 418 4331', 'PHONE', false, []],
    ['H: (918) 911-4440 W: 0113 418 4331', 'PHONE', true, ['(918) 911-4440 PHONE', '0113 418 4331 PHONE']],
    ['TEL', 'PHONE', true, []],
    ['DM f/u, A1c', 'PHONE', true, []],
  ])('%j under a %s label (whole field: %s) -> %j', (value, type, wholeField, expected) => {
    expect(marked(value, type, wholeField)).toEqual(expected);
  });

  // A structured key naming a part of a name ("family", "given", "first_name"): one name-shaped word
  // is enough, and an honorific alone ("prefix": ["Mrs."]) is that part; other values are not.
  it.each<[string, string[]]>([
    ['Kshlerin', ['Kshlerin NAME']],
    ['Yvone', ['Yvone NAME']],
    ['Mrs.', ['Mrs. NAME']],
    ['Dr', ['Dr NAME']],
    ['Mother with DM2', []],
    ['mother', []],
    ['Aspirin', []],
    ['2 mg', []],
  ])('%j under a name part -> %j', (value, expected) => {
    const sink: SpanSink = [];
    markLabelledValue(value, 0, value.length, { type: 'NAME', namePart: true }, sink, { providers: [] }, [], true);
    expect(sink.map((span) => `${value.slice(span.start, span.end)} ${span.type}`)).toEqual(expected);
    // Without the key naming a name part, one word must be a census name.
    if (value === 'Kshlerin') expect(marked(value, 'NAME', true)).toEqual([]);
  });
});

describe('markLabelledValue: an identifier field', () => {
  // The whole field, up to a label of its own after the value; a field that opens with a label is no value.
  it.each<[string, string[]]>([
    ['5868 975 946 Ver: EF', ['5868 975 946 HEALTH_PLAN']],
    ['943 476 5919', ['943 476 5919 HEALTH_PLAN']],
    ['A1234567  Exp: 2027-01', ['A1234567 HEALTH_PLAN']],
    ['Bed: 8W 475-B', []],
    ['See attached card', []],
  ])('%j', (value, expected) => {
    expect(marked(value, 'HEALTH_PLAN', true)).toEqual(expected);
  });
});
