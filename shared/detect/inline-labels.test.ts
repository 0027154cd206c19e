import { describe, expect, it } from 'vitest';
import { findInlineLabels } from './inline-labels';

/** Each inline label found as [label text up to the value, value length, type]. */
function labelsIn(text: string): [string, number, string][] {
  return findInlineLabels(text).map((label) => [text.slice(label.labelStart, label.valueStart), label.valueEnd - label.valueStart, label.meaning.type]);
}

/** Each structured key found as [key, exact value, type]; prose labels as [label, value segment, type]. */
function keysIn(text: string): [string, string, string][] {
  return findInlineLabels(text).map((label) => {
    const rest = text.slice(label.labelStart);
    return [rest.slice(0, rest.search(/\s*[:=]/)), (label.exact ? '' : '~') + text.slice(label.valueStart, label.valueEnd).trim(), label.meaning.type];
  });
}

describe('findInlineLabels', () => {
  it.each<[string, [string, number, string][]]>([
    // A value ends at "|", ";", a tab, a line break or three spaces (nbsp counts), and after 160 characters.
    ['Phone: 555-201-1234 | Fax: 555-201-9999', [['Phone:', 14, 'PHONE'], ['Fax:', 13, 'FAX']]],
    ['Name: Ann  Lee; DOB: 01/02/1950', [['Name:', 9, 'NAME'], ['DOB:', 11, 'DATE']]],
    ['Name: Ann   Lee', [['Name:', 4, 'NAME']]],
    ['Name: Ann \u00a0 Lee\tnext', [['Name:', 4, 'NAME']]],
    ['Patient: Ann ' + 'x'.repeat(200), [['Patient:', 160, 'NAME']]],
    // An identifier-system URI before the colon is the label (here "ssn" also matches as a keyword).
    ['http://hl7.org/fhir/sid/us-ssn: 999-12-3456', [['http://hl7.org/fhir/sid/us-ssn:', 12, 'SSN'], ['ssn: ', 11, 'SSN']]],
    ['urn:oid:2.16.840.1.113883.4.3.25: S99912345', [['urn:oid:2.16.840.1.113883.4.3.25:', 10, 'DRIVERS_LICENSE']]],
    ['see xurn: 12345', []],
    // The longest label among the last words of the clause.
    ['Seen today. Patient Name: Ann Lee', [['Patient Name:', 8, 'NAME']]],
    // Label words joined by a no-break space: the label still starts at its first word.
    ['Patient\u00a0Name: Ann Lee', [['Patient\u00a0Name:', 8, 'NAME']]],
    ['Seen today. Patient\u00a0Name: Ann Lee', [['Patient\u00a0Name:', 8, 'NAME']]],
    // Identifier keywords without a colon, when a digit follows.
    ['MRN 1234567 and Acct# 88812\nSSN 123456789', [['MRN ', 23, 'MRN'], ['Acct# ', 5, 'ACCOUNT'], ['SSN ', 9, 'SSN']]],
    ['Patient ID 661B8T  Active Visit', [['Patient ID ', 20, 'MRN']]],
    ['Health # 2324 924 829', [['Health # ', 12, 'HEALTH_PLAN']]],
    ['Health 2024 goals', []],
    // Any one word before a capital "ID" labels the value after it; what the word says decides.
    ['Male · 38 yrs OpenMRS ID 924X3H  National ID 654 867 8769', [['National ID ', 12, 'ID'], ['OpenMRS ID ', 32, 'ID']]],
    ['Epic ID  4471902', [['Epic ID  ', 7, 'ID']]],
    ['Order ID 55012 | Control ID 448524', []],
    ['valid ID required', []],
    // A plate named by its state or a vehicle word; a bone plate is none.
    ['Toyota Camry (CT plate 9ALQ24), in the lot', [['CT plate ', 19, 'VEHICLE']]],
    ['car plate #ABC1234', [['car plate #', 7, 'VEHICLE']]],
    ['ORIF with locking plate 3.5 mm', []],
    ['DC plate 2 holes', []],
    // A plate in groups, the first without a digit too.
    ['silver Camry, MA plate 5BT 329, Garage B', [['MA plate ', 17, 'VEHICLE']]],
    ['LA plate FFE 599 (seen parked at home)', [['LA plate ', 29, 'VEHICLE']]],
    ['NY plate 2 OF 4', []],
    // "plate" alone: only a plate of capitals and digits, both, five to eight.
    ['parks in accessible spot, plate 1PEW40 (NE).', [['plate ', 12, 'VEHICLE']]],
    ['License Plate # 8WKX412.', [['License Plate # ', 8, 'VEHICLE']]],
    ['locking plate LCP 3', []],
    ['plate 12345', []],
    ['template ABC1234', []],
  ])('%j -> %j', (text, expected) => {
    expect(labelsIn(text)).toEqual(expected);
  });
});

describe('findInlineLabels on structured data', () => {
  // Values of structured keys are exact (quotes off, one per array item); "~" marks a prose segment.
  it.each<[string, [string, string, string][]]>([
    // FHIR element names count inside their datatype: here a HumanName, shown by its parent key or a sibling.
    ['"name": {"family": "Cummings"}', [['"family"', 'Cummings', 'NAME']]],
    ['{"family":"Lee","given":["Yvone","Janina"]}', [['"family"', 'Lee', 'NAME'], ['"given"', 'Yvone', 'NAME'], ['"given"', 'Janina', 'NAME']]],
    ['"name": [{"given": [\n  "Yvone",\n  "Janina"\n]}]', [['"given"', 'Yvone', 'NAME'], ['"given"', 'Janina', 'NAME']]],
    ['"family": "Cummings"', []],
    ['"birthDate" : "1963-07-15"', [['"birthDate"', '1963-07-15', 'DATE']]],
    ['"note": "He said \\"hi\\": Ann"', []],
    ['"family": {"x": 1}', []],
    ['"status": "final", "code": "8302-2", "unit": "cm"', []],
    // Machine keys touching the colon: YAML-shaped lines give exact values; mid-line, a prose segment.
    ['first_name: Yvone', [['first_name', 'Yvone', 'NAME']]],
    ['  city: Springfield', [['city', 'Springfield', 'ADDRESS']]],
    ['Seen today, patient_name: Ann Lee | next', [['patient_name', '~Ann Lee', 'NAME']]],
    ['device_name: Alaris Pump', []],
    ['given:\n  - Yvone\n  - Janina\nfamily: Cummings', [['given', 'Yvone', 'NAME'], ['given', 'Janina', 'NAME'], ['family', 'Cummings', 'NAME']]],
    // Prose labels are read as before; lower-case words mid-line are prose.
    ['City: Springfield', [['City', '~Springfield', 'ADDRESS']]],
    ['the pharmacy: closed', []],
    // key=value pairs; not URL queries, not comparisons.
    ['patient_name="John Smith" mrn=00012345', [['patient_name', 'John Smith', 'NAME'], ['mrn', '00012345', 'MRN'], ['mrn', '~00012345', 'MRN']]],
    ['https://x.org/app?patientId=12345&view=chart', []],
    ['if (dob == 5) x', []],
  ])('%j -> %j', (text, expected) => {
    expect(keysIn(text)).toEqual(expected);
  });
});

describe('findInlineLabels: a generic name label written inline', () => {
  it('is said of its value: no census word is asked for', () => {
    expect(findInlineLabels('Name: Helin Schönebeck').map((label) => label.meaning)).toEqual([{ type: 'NAME' }]);
  });
});
