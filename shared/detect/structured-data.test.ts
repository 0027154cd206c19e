import { describe, expect, it } from 'vitest';
import { detect, detectBlocks } from './index';
import { findInlineLabels } from './inline-labels';

/** Each span detect() reports, as "TYPE text". */
function masked(text: string, maskProviderNames = false): string[] {
  return detect(text, maskProviderNames ? { options: { maskProviderNames } } : undefined).map((span) => `${span.type} ${span.text}`);
}

/** The screen that showed the gap: Medplum's JSON tab of a Patient, then the same name as YAML. */
const PATIENT_JSON = `{
  "resourceType": "Patient",
  "name": [ { "use": "official", "family": "Cummings", "given": [ "Yvone", "Janina" ], "prefix": [ "Mrs." ] } ],
  "birthDate": "1963-07-15",
  "address": [ { "line": [ "1048 Kuhn Trailer Apt 12" ], "city": "Springfield", "state": "MA", "postalCode": "01101" } ],
}
family: Cummings
given: Yvone Janina`;

describe('structured data shown as text', () => {
  it('reads the keys and values of a FHIR Patient in JSON and YAML', () => {
    expect(masked(PATIENT_JSON)).toEqual([
      'NAME Cummings',
      'NAME Yvone',
      'NAME Janina',
      'NAME Mrs.',
      'DATE 1963-07-15',
      'ADDRESS 1048 Kuhn Trailer Apt 12',
      'ADDRESS Springfield',
      'ZIP 01101',
      'NAME Cummings',
      'NAME Yvone Janina',
    ]);
  });

  // Each row: structured text, and every span it must give (exactly).
  it.each<[string, string, string[]]>([
    // JSON: quoted keys, values in quotes (the quotes are not masked), arrays, pretty-printed over lines, minified.
    ['HumanName parts', '{ "family": "Cummings", "given": [ "Yvone", "Janina" ], "prefix": [ "Mrs." ] }', ['NAME Cummings', 'NAME Yvone', 'NAME Janina', 'NAME Mrs.']],
    ['pretty-printed arrays', '"name": [\n  {\n    "use": "official",\n    "family": "Cummings",\n    "given": [\n      "Yvone",\n      "Janina"\n    ]\n  }\n]', ['NAME Cummings', 'NAME Yvone', 'NAME Janina']],
    ['minified, a surname no census list has', '{"name":[{"family":"Kshlerin-Øst","given":["Yvone"]}]}', ['NAME Kshlerin-Øst', 'NAME Yvone']],
    ['HumanName.text under "name"', '{ "name": [ { "text": "Yvone Janina Cummings" } ] }', ['NAME Yvone Janina Cummings']],
    ['camelCase date keys', '{ "birthDate": "1963-07-15", "deceasedDateTime": "2020-01-02T10:00:00Z" }', ['DATE 1963-07-15', 'DATE 2020-01-02T10:00:00Z']],
    [
      'Address: line, city, district, postalCode (state and country are not PHI)',
      '{ "address": [ { "line": [ "Flat 3, The Beeches" ], "city": "Springfield", "district": "Hampden", "state": "MA", "postalCode": "01101", "country": "US" } ] }',
      ['ADDRESS Flat 3, The Beeches', 'ADDRESS Springfield', 'ADDRESS Hampden', 'ZIP 01101'],
    ],
    [
      'ContactPoint values by their system',
      '{ "telecom": [ { "system": "phone", "value": "555-0143" }, { "system": "email", "value": "yc@example.com" }, { "system": "fax", "value": "(555) 201-9999" } ] }',
      ['PHONE 555-0143', 'EMAIL yc@example.com', 'FAX (555) 201-9999'],
    ],
    [
      'Identifier values by their system URI',
      '{ "identifier": [ { "system": "http://hospital.smarthealthit.org", "value": "778812" }, { "system": "http://hl7.org/fhir/sid/us-ssn", "value": "999-45-6789" } ] }',
      ['ID 778812', 'SSN 999-45-6789'],
    ],
    ["a Reference's display beside a Patient reference", '{ "subject": { "reference": "Patient/123", "display": "Yvone Cummings" } }', ['NAME Yvone Cummings']],
    [
      "an extension's value named by its url",
      '{ "url": "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName", "valueString": "Cheyanne Lang" }',
      ['NAME Cheyanne Lang'],
    ],
    ['a Python dict, snake_case keys, a number', "{'first_name': 'Yvone', 'last_name': 'Cummings', 'mrn': 4471823}", ['NAME Yvone', 'NAME Cummings', 'MRN 4471823']],
    ['camelCase and snake_case label words', '{ "patientName": "Yvone Cummings", "dateOfBirth": "07/15/1963", "zip_code": "01101" }', ['NAME Yvone Cummings', 'DATE 07/15/1963', 'ZIP 01101']],
    // YAML: line keys, "- item" lists, flow lists, quoted scalars.
    ['YAML siblings', 'family: Cummings\ngiven: Yvone Janina', ['NAME Cummings', 'NAME Yvone Janina']],
    [
      'YAML list items and a flow list',
      'name:\n  - use: official\n    family: Okonkwo\n    given:\n      - Chidinma\n      - Ada\n    prefix: [Mrs.]',
      ['NAME Okonkwo', 'NAME Chidinma', 'NAME Ada', 'NAME Mrs.'],
    ],
    ['YAML address', 'address:\n  - line:\n      - 77 Larkspur Row\n    city: Grantsville\n    postalCode: "84029"', ['ADDRESS 77 Larkspur Row', 'ADDRESS Grantsville', 'ZIP 84029']],
    ['snake, kebab and dotted keys', 'first_name: Tobiah\nlast-name: Ferncastle\npatient.name: Ulla Brandtvik', ['NAME Tobiah', 'NAME Ferncastle', 'NAME Ulla Brandtvik']],
    ['a prose label with a "- item" list and a quoted value', 'Emergency contact:\n- Mary Kowalczyk\nDOB: "1950-03-04"', ['NAME Mary Kowalczyk', 'DATE 1950-03-04']],
    // key=value log lines and INI files.
    ['a log line', 'patient_name="John Smith" dob=1951-02-14 mrn=00012345', ['NAME John Smith', 'DATE 1951-02-14', 'MRN 00012345']],
    ['name parts among the pairs of a line', 'ts=2024-11-20 level=info family=Wexley given=Orrin', ['DATE 2024-11-20', 'NAME Wexley', 'NAME Orrin']],
    ['an INI section', '[patient]\nname = Petra Lindqvist\nphone = 0161 496 0000', ['NAME Petra Lindqvist', 'PHONE 0161 496 0000']],
  ])('%s', (_name, text, expected) => {
    expect(masked(text)).toEqual(expected);
  });

  // Hard negatives: structured data and prose that must stay visible.
  it.each<[string, string]>([
    [
      'an Observation: status, code, display, text, a Quantity',
      '{ "resourceType": "Observation", "status": "final", "code": { "coding": [ { "system": "http://loinc.org", "code": "8302-2", "display": "Body Height" } ], "text": "Body Height" }, "valueQuantity": { "value": 170, "unit": "cm", "system": "http://unitsofmeasure.org", "code": "cm" } }',
    ],
    ['gender, use, state, a boolean', '{ "gender": "female", "use": "official", "state": "MA", "active": true }'],
    ["an Organization's name", '{ "resourceType": "Organization", "name": "Good Health Clinic" }'],
    ["a Practitioner's name (providers are masked only by policy)", '{ "resourceType": "Practitioner", "name": [ { "family": "Careful", "given": [ "Adam" ], "prefix": [ "Dr." ] } ] }'],
    [
      'displays beside Practitioner and Organization references',
      '{ "generalPractitioner": [ { "reference": "Practitioner/9", "display": "Adam Careful" } ], "managingOrganization": { "reference": "Organization/1", "display": "Good Health Clinic" } }',
    ],
    ["a device's name", '{ "deviceName": [ { "name": "Alaris Pump", "type": "user-friendly-name" } ] }'],
    ['a version id and an extension URL', '{ "meta": { "versionId": "2" }, "extension": [ { "url": "http://hl7.org/fhir/StructureDefinition/us-core-race" } ] }'],
    ["an extension's value its url does not name as PHI", '{ "url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race", "extension": [ { "url": "text", "valueString": "White" } ] }'],
    ['a SNOMED code', '{ "coding": [ { "system": "http://snomed.info/sct", "code": "185349003", "display": "Encounter for check up (procedure)" } ] }'],
    ['null, booleans and numbers are not names', '{ "family": null, "given": [ true ], "prefix": [ 42 ] }'],
    ['"text" and "line" outside a HumanName or an Address', '{ "note": [ { "text": "Family present. Given 2 mg morphine." } ], "line": "PICC placed" }'],
    ['prose "Family:" lines of a social history', 'Social history:\nFamily: mother with DM2, father with CAD\nFamily: Noncontributory\nSocial: lives alone'],
    ['lower-case prose lines shaped like YAML', 'family: mother with DM2\ntext: call back tomorrow\nvalue: 7.2\nline: PICC placed Tuesday'],
    ['prose with colons', 'The plan: continue current meds. Note: see above. Given: 2 L NS.'],
    ['comparisons and vitals with "="', 'BMI=32.1 HR=88 K=4.1 if (a == b && c != d) x <= y'],
    ['HTML attributes', '<div class="x" id="a123">Chart</div>'],
    [
      'the same hard negatives as YAML',
      'status: final\ncode: 8302-2\ndisplay: Body Height\nunit: cm\nsystem: http://loinc.org\nresourceType: Observation\ngender: female\nuse: official\nstate: MA',
    ],
  ])('%s: nothing masked', (_name, text) => {
    expect(masked(text)).toEqual([]);
  });

  it("masks a Practitioner's name when the policy masks providers", () => {
    expect(masked('{ "resourceType": "Practitioner", "name": [ { "family": "Careful", "given": [ "Adam" ] } ] }', true)).toEqual(['NAME Careful', 'NAME Adam']);
  });

  it('reads JSON a code viewer shows one line per element (one block per line)', () => {
    const lines = ['"name": [', '  {', '    "family": "Cummings",', '    "given": [', '      "Yvone"', '    ]', '  }', ']'];
    const spans = detectBlocks(lines.map((line) => ({ nodes: [line] })));
    expect(spans.flatMap((block, b) => block.map((span) => `${span.type} ${lines[b]!.slice(span.start, span.end)}`))).toEqual(['NAME Cummings', 'NAME Yvone']);
  });

  it('anchors a structured name for the rest of the page', () => {
    expect(masked('{ "family": "Kshlerin", "given": [ "Yvone" ] }\nSeen today: Kshlerin reports no pain.')).toEqual([
      'NAME Kshlerin',
      'NAME Yvone',
      'NAME Kshlerin',
    ]);
  });
});

describe('findInlineLabels on delimited text', () => {
  // [header field, value, type] for each PHI column of each row; a header needs two PHI labels and no numbers.
  it.each<[string, [string, string, string][]]>([
    [
      'MRN,LastName,FirstName,DOB,Sex,City\n6609769,O\'Brien,Róisín,11/17/1951,F,Burlington\nE7976940,"Ogunleye",Oluwakemi,11/15/1964,F,"Fond du Lac"',
      [
        ['MRN', '6609769', 'MRN'], ['LastName', "O'Brien", 'NAME'], ['FirstName', 'Róisín', 'NAME'], ['DOB', '11/17/1951', 'DATE'], ['City', 'Burlington', 'ADDRESS'],
        ['MRN', 'E7976940', 'MRN'], ['LastName', 'Ogunleye', 'NAME'], ['FirstName', 'Oluwakemi', 'NAME'], ['DOB', '11/15/1964', 'DATE'], ['City', 'Fond du Lac', 'ADDRESS'],
      ],
    ],
    ['Name\tDOB\tRoom\nAnn Lee\t01/02/1950\t4B', [['Name', 'Ann Lee', 'NAME'], ['DOB', '01/02/1950', 'DATE']]],
    // A row with another number of fields ends the table; so does a blank line.
    ['Name,DOB,Room\nAnn Lee,01/02/1950,4B\nnotes, follow up\nBo Chen,03/04/1960,5C', [['Name', 'Ann Lee', 'NAME'], ['DOB', '01/02/1950', 'DATE']]],
    // Not headers: prose with commas, one PHI label only, numbers among the fields.
    ['Seen today, doing well, follow up in 2 weeks\nAnn Lee, 01/02/1950, 4B', []],
    ['Drug,Dose,Route,Name\nLasix,40 mg,PO,Lasix', []],
    ['2023,DOB,Name\n1,01/02/1950,Ann Lee', []],
  ])('%j', (text, expected) => {
    const found = findInlineLabels(text).filter((label) => label.exact);
    expect(found.map((label) => [text.slice(label.labelStart).split(/[,\t\n]/)[0], text.slice(label.valueStart, label.valueEnd), label.meaning.type])).toEqual(expected);
  });
});
