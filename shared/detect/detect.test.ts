import { describe, expect, it } from 'vitest';
import type { PhiType } from '../phi-types';
import { detect } from './index';

/** Each row: a PHI value in context, its type, and the exact text that must be masked. */
const POSITIVES: [PhiType, string, string][] = [
  ['NAME', 'Patient: John Smith', 'John Smith'],
  ['NAME', 'Mrs. Sumiko Larue Medhurst 1927-05-21', 'Mrs. Sumiko Larue Medhurst'],
  ['NAME', 'Emergency contact: Harold VonRueden (son)', 'Harold VonRueden'],
  ['NAME', 'Accompanied by his daughter Maria Kshlerin today.', 'Maria Kshlerin'],
  ['NAME', 'Her son is named Xyla Qorvath.', 'Xyla Qorvath'],
  ['NAME', 'Emergency contact is named Orin Vashti', 'Orin Vashti'],
  ['NAME', 'Sumiko Larue\n is a 34 year-old female.', 'Sumiko Larue'],
  ['NAME', 'Seen with Angela Martinez at bedside.', 'Angela Martinez'],
  ['NAME', 'SMITH, JOHN A  MRN 12345678', 'SMITH, JOHN A'],
  // A banner's "SURNAME, GIVEN": the surname need not be a census one when both are in capitals, or an initial follows.
  ['NAME', 'ZZTEST, BERNADETTE Q   Female   74 y.o.', 'ZZTEST, BERNADETTE Q'],
  ['NAME', 'Zztest, Bernadette Q. seen today', 'Zztest, Bernadette Q.'],
  ['VEHICLE', 'VIN 1HGCM82633A004352. Plate on file.', '1HGCM82633A004352'],
  // Identifier keywords without a colon.
  ['VEHICLE', 'License plate 7ABC123 (CA).', '7ABC123'],
  // A state's plate in groups: the groups, not the note after them.
  ['VEHICLE', 'silver Camry, MA plate 5BT 329, Garage B level 3', '5BT 329'],
  ['VEHICLE', 'white Ford F-150, LA plate FFE 599 (seen parked at home)', 'FFE 599'],
  ['HEALTH_PLAN', 'MBI 1EG4TE5MK73 verified', '1EG4TE5MK73'],
  ['HEALTH_PLAN', 'Medicare ID 1EG4-TE5-MK73', '1EG4-TE5-MK73'],
  // Ages over 89 in the other ways notes write them.
  ['AGE_OVER_89', 'Pt is a ninety-two-year-old widow.', 'ninety-two-year-old'],
  ['AGE_OVER_89', 'Her 94th birthday is next week.', '94th birthday'],
  ['AGE_OVER_89', 'HPI: 91F presents with SOB.', '91F'],
  ['AGE_OVER_89', '93 M w/ CHF, admitted overnight.', '93 M'],
  // A schedule's next column is no middle initial.
  ['NAME', '09:30  BRADSHAW, EUNICE   F/U HTN', 'BRADSHAW, EUNICE'],
  // Phones under a label in a national format the pattern finders do not know.
  ['PHONE', 'Tel: 01423 555 019 / Mob: +44 7700 900 461', '01423 555 019'],
  ['ZIP', 'Harrogate, North Yorkshire HG1 5JZ', 'HG1 5JZ'],
  ['ZIP', 'London SW1A 1AA', 'SW1A 1AA'],
  ['NAME', 'Lives w/ granddaughter (Ximena) nearby.', 'Ximena'],
  ['NAME', 'Son-in-law Bartholomew Njoroge-Whitfield visited.', 'Bartholomew Njoroge-Whitfield'],
  ['NAME', 'Patient name: de la Cruz, Maria Fernanda', 'de la Cruz, Maria Fernanda'],
  ['NAME', 'Seen with Kowalczyk family at bedside.', 'Kowalczyk'],
  ['NAME', 'Guarantor: O\'Brien, Mary', "O'Brien, Mary"],
  ['NAME', "Patient: O'KON, RAMIRO", "O'KON, RAMIRO"],
  ['NAME', 'Nombre: José Álvarez', 'José Álvarez'],
  ['ADDRESS', 'Lives at 633 Abernathy Landing, Emporia, KS, 66801.', '633 Abernathy Landing'],
  ['ADDRESS', 'Lives at 633 Abernathy Landing, Emporia, KS, 66801.', 'Emporia'],
  ['ADDRESS', 'Mail to 184 Christiansen Fork Suite 97 please', '184 Christiansen Fork Suite 97'],
  ['ADDRESS', 'PO Box 1234, Topeka, KS 66601', 'PO Box 1234'],
  ['ADDRESS', 'Lives at 921 N Broadway, Springfield, IL 62704.', '921 N Broadway'],
  ['ADDRESS', 'Moved to 245 The Beeches, Lewchester, NE 78901 last year', '245 The Beeches'],
  ['ADDRESS', 'Dirección: Entrada Ariadna s/n, Sabadell', 'Entrada Ariadna s/n, Sabadell'],
  ['ADDRESS', 'Wohnt in Hauptstraße 5a, Berlin', 'Hauptstraße 5a'],
  ['ZIP', 'Springfield, IL 62704-1234', '62704-1234'],
  ['ZIP', 'ZIP: 90210', '90210'],
  // "City ST ZIP" without the comma: the ZIP must be one the state uses.
  ['ZIP', 'Lives at 44 Calle Sol, Santa Fe NM 87501.', '87501'],
  ['ADDRESS', 'Lives at 44 Calle Sol, Santa Fe NM 87501.', 'Santa Fe'],
  ['ADDRESS', 'Lives at 44 Calle Sol, Santa Fe NM 87501.', '44 Calle Sol'],
  ['ADDRESS', 'SPRINGFIELD IL 62701', 'SPRINGFIELD'],
  // A unit between the street line and the city: "44 Calle Sol, Unit 2, Santa Fe, NM".
  ['ADDRESS', 'Lives at 44 Calle Sol, Unit 2, Santa Fe, NM 87501 with family.', '44 Calle Sol, Unit 2'],
  ['DATE', 'DOB 03/04/1950', '03/04/1950'],
  ['DATE', 'seen 3/4/21 in clinic', '3/4/21'],
  ['DATE', 'on Mar 3, 2021 at 10:30 AM', 'Mar 3, 2021 at 10:30 AM'],
  ['DATE', 'Next appointment 03/04/2025 at 2:15 PM.', '03/04/2025 at 2:15 PM.'],
  ['DATE', 'admitted 2021-03-04T10:20:30Z', '2021-03-04T10:20:30Z'],
  ['DATE', 'Deceased 5/10/1989, 12:35:22 AM', '5/10/1989, 12:35:22 AM'],
  ['DATE', 'visit on Tuesday, March 2, 2021', 'Tuesday, March 2, 2021'],
  ['DATE', 'collected 03-MAR-21', '03-MAR-21'],
  ['DATE', 'nacido el 3 de marzo de 2021', '3 de marzo de 2021'],
  ['DATE', 'né le 3 mars 2021', '3 mars 2021'],
  ['DATE', 'geboren am 3. März 2021', '3. März 2021'],
  ['DATE', 'Dx 03/2019', '03/2019'],
  // A month and day without a year, where a weekday or a word of time says it is a date.
  ['DATE', 'Next appt Tues 12/2 @ 9:15a.', 'Tues 12/2'],
  ['DATE', 'No driving until 3/14, then as tolerated.', '3/14'],
  ['DATE', 'Held since 11/30 per cardiology.', '11/30'],
  ['DATE', 'onset March 2019', 'March 2019'],
  ['DATE', '29.02.2024 Kontrolle', '29.02.2024'],
  ['AGE_OVER_89', 'a 92 y.o. female', '92 y.o.'],
  ['AGE_OVER_89', '1927-05-21 (099Y)', '099Y'],
  ['AGE_OVER_89', 'Age 94.', '94'],
  ['AGE_OVER_89', 'a 101-year-old man', '101-year-old'],
  ['PHONE', 'call (316) 555-0142 today', '(316) 555-0142'],
  ['PHONE', 'Telecom 555-810-7203 [home phone]', '555-810-7203'],
  ['PHONE', 'cell 410.722.4051', '410.722.4051'],
  ['PHONE', 'tel +44 20 7946 0958', '+44 20 7946 0958'],
  ['FAX', 'Fax: 316-555-0199', '316-555-0199'],
  ['EMAIL', 'email jsmith@example.com now', 'jsmith@example.com'],
  ['SSN', 'SSN 123-45-6789', '123-45-6789'],
  ['SSN', 'us-ssn: 999-94-5397', '999-94-5397'],
  ['SSN', 'SSN: 123456789', '123456789'],
  ['MRN', 'MRN: 00123456', '00123456'],
  ['MRN', 'MRN 7781234', '7781234'],
  ['HEALTH_PLAN', 'Member ID: WXK123456789', 'WXK123456789'],
  ['ACCOUNT', 'Acct #: 8812345670', '8812345670'],
  ['ACCOUNT', 'card 4111 1111 1111 1111', '4111 1111 1111 1111'],
  ['DRIVERS_LICENSE', "Driver's License: S99940903", 'S99940903'],
  ['PASSPORT', 'Passport No. X53631011X', 'X53631011X'],
  ['VEHICLE', 'VIN 1HGCM82633A004352 on file', '1HGCM82633A004352'],
  ['DEVICE', 'Pacemaker S/N: AB12345678', 'AB12345678'],
  ['URL', 'see https://portal.example.org/patients/12345?view=chart.', 'https://portal.example.org/patients/12345?view=chart'],
  ['URL', 'GET https://fhir.example.org/ValueSet/123?patient=884213', 'https://fhir.example.org/ValueSet/123?patient=884213'],
  ['IP', 'login from 192.168.1.20 at noon', '192.168.1.20'],
  ['IP', 'login from 2001:db8::8a2e:370:7334 today', '2001:db8::8a2e:370:7334'],
  ['ID', 'Patient/129c6ac7-8d06-89de-ad63-0204a93e76c3', '129c6ac7-8d06-89de-ad63-0204a93e76c3'],
  // Other dashes between digits read as hyphens: an en dash, a non-breaking hyphen.
  ['SSN', 'Social Security Number: 397–44–4184', '397–44–4184'],
  ['SSN', 'SSN 397\u201144\u20114184 on file', '397\u201144\u20114184'],
  ['DATE', 'Birth date: 12–14–1932 (month – day – year)', '12–14–1932'],
  // A relationship after a name says person, census name or not; in capitals a date of birth does.
  ['NAME', 'Call back: Andreea Ionescu (daughter) at 20:30', 'Andreea Ionescu'],
  ['NAME', 'Witness Bence Szabó (grandson, lives with pt)', 'Bence Szabó'],
  ['NAME', 'Contato Caio da Silva (companheiro) — (31) 98017-2347', 'Caio da Silva'],
  ['NAME', 'Päivi Virtanen (puoliso), +358 50 370 5078', 'Päivi Virtanen'],
  ['NAME', 'IONESCU, MIHAELA 10/17/1932 Fell at home', 'IONESCU, MIHAELA'],
  // Months, weekdays and the word for "at" in other languages.
  ['DATE', 'Dimissione prevista: lunedì 17 novembre 2025 con ADI', 'lunedì 17 novembre 2025'],
  ['DATE', 'Próxima consulta: quinta-feira, 11 de dezembro de 2025.', 'quinta-feira, 11 de dezembro de 2025'],
  ['DATE', 'Kontrol: 27 Kasım 2025 Perşembe', '27 Kasım 2025'],
  ['DATE', 'Seuraava lääkärikäynti 12. toukokuuta 2026.', '12. toukokuuta 2026'],
  ['DATE', 'Kontrola 5. června 2024 v poradně', '5. června 2024'],
  ['DATE', 'Data ricovero 09/11/2025 ore 14:32 da PS', '09/11/2025 ore 14:32'],
  ['DATE', 'Käynti to 13.11.2025 klo 10.40 · Vastaanotto', '13.11.2025 klo 10.40'],
];

/** Clinical text that must stay visible. */
const NEGATIVES: [string, string][] = [
  ['vital signs', 'BP 120/80, HR 92, RR 16, Temp 98.6 F, SpO2 95% on RA'],
  ['lab values', 'Na 139 mmol/L, K 4.1, Cr 1.02 mg/dL, HbA1c 7.2%, WBC 7.8 x10^3/uL'],
  ['dosages', 'metformin 500 mg PO BID; insulin glargine 22 units at 21:00; 1-2 tabs q4-6h prn'],
  ['ICD and CPT codes', 'E11.9, I10, J45.909, Z00.00; CPT 99213 and 93000'],
  ['times of day', 'Return at 10:30 AM or 14:45.'],
  ['years alone', 'Appendectomy 1998. Quit smoking in 2015. Colonoscopy due 2026.'],
  ['page numbers', 'Page 2 of 4'],
  ['drug names', 'Tylenol, Lasix, Coumadin, Xanax and Allegra were reviewed.'],
  ['eponyms', "History of Parkinson's disease and Graves disease; sister has Down syndrome; Addison's disease ruled out; Bell palsy."],
  ['ages under 90', 'a 45 yo man, age 67, 89-year-old, eighty-nine-year-old, 45F presents, her 89th birthday'],
  ['temperatures and percentiles', 'Temp 101F overnight; T 99 F; 95th percentile; in the 90s'],
  ['code systems', 'SNOMED 44054006; LOINC 4548-4; NDC 0093-7214-01; http://loinc.org'],
  ['FHIR definition URLs', '"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "url": "http://hl7.org/fhir/StructureDefinition/us-core-race", urn:oid:2.16.840.1.113883.6.238'],
  ['versions and ratios', 'v2.10.21 build; ratio 1:2; pain 6/10'],
  ['codes that look like postcodes', 'E11.9 and I10; A1C 7.2; B12 400 units; HbA1c 6.1'],
  ['fractions and scores', 'Take 1/2 tab on 2/3 of days; strength 4/5; reduced by 1/3 since 2019; GCS 15/15'],
  ['state-like words before numbers', 'Form ID 12345; CT 12345 slices; OR 12345 case; IN 60601 units'],
  ['clinical words before "family"', 'Hispanic family; Catholic family; supportive family at bedside'],
  ['screen chrome', 'Patient Summary | Medications | Allergies | Problems | Vitals'],
  ['providers by default', 'Seen by Dr. Irvin Emard; note signed by Ann Lee, MD'],
  ['providers in capitals', 'HYDROCODONE-APAP 5-325 MG TAB QTY: 20 DR. JUNE MASON NO REFILLS'],
  ['pharmacy queue chrome', 'All Queues | Will Call (32) | Delivery | Rejects (4)'],
  ['things before a relationship', 'Tylenol Extra (brother) and Isolation Precautions (mother) reviewed'],
  ['other languages\' month abbreviations that are words', 'Set 2 done. Mag 2.1 today. Out 3 days. Ian 12 reviewed.'],
];

describe('detect: each PHI type', () => {
  it.each(POSITIVES)('%s in %j', (type, input, expected) => {
    const spans = detect(input);
    const match = spans.find((s) => s.text === expected);
    expect(match, JSON.stringify(spans)).toBeDefined();
    expect(match!.type).toBe(type);
    expect(match!.confidence).toBeGreaterThan(0);
    expect(match!.confidence).toBeLessThanOrEqual(1);
  });
});

describe('detect: hard negatives stay visible', () => {
  it.each(NEGATIVES)('%s', (_name, input) => {
    expect(detect(input)).toEqual([]);
  });
});

describe('detect: output contract', () => {
  it('returns sorted, non-overlapping spans whose text matches the offsets', () => {
    const text = 'Patient: John Smith DOB 03/04/1950 SSN 123-45-6789 MRN: 00123456 lives at 12 Oak Street, Springfield, IL 62704';
    const spans = detect(text);
    expect(spans.length).toBeGreaterThan(4);
    for (let i = 0; i < spans.length; i++) {
      expect(text.slice(spans[i]!.start, spans[i]!.end)).toBe(spans[i]!.text);
      if (i > 0) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    }
  });

  it('reads a street line before "City, ST ZIP" only when it starts with a house number and a capitalised word', () => {
    const masked = detect('Seen 3 times, Boston, MA 02115').map((s) => s.text);
    expect(masked).toContain('02115');
    expect(masked.join(' ')).not.toContain('times');
  });

  it('is deterministic', () => {
    const text = 'Mrs. Ann Lee, DOB 1/2/1940, phone 316-555-0142. Ann Lee is a 84 year-old woman.';
    expect(detect(text)).toEqual(detect(text));
  });

  it('masks provider names when the policy asks for it', () => {
    const text = 'Seen by Dr. Irvin Emard today.';
    expect(detect(text)).toEqual([]);
    expect(detect(text, { options: { maskProviderNames: true } }).map((s) => s.text)).toContain('Dr. Irvin Emard');
  });

  it('treats a value under a PHI label as PHI whatever it looks like', () => {
    expect(detect('QZ-77', { labels: ['MRN'] })).toMatchObject([{ type: 'MRN', text: 'QZ-77' }]);
    expect(detect('Ann Lee', { labels: ['Patient Name'] })).toMatchObject([{ type: 'NAME', text: 'Ann Lee' }]);
    expect(detect('Ann Lee', { fieldName: 'guarantor_name' })).toMatchObject([{ type: 'NAME' }]);
    // An input's name is a machine key: camelCase is split into words too.
    expect(detect('02/14/1951', { fieldName: 'patientDateOfBirth' })).toMatchObject([{ type: 'DATE' }]);
    expect(detect('Ann Lee', { fieldName: 'guarantorName' })).toMatchObject([{ type: 'NAME' }]);
    expect(detect('Alaris Pump', { fieldName: 'deviceName' })).toEqual([]);
    expect(detect('Ann Lee', { ariaLabel: 'Emergency contact' })).toMatchObject([{ type: 'NAME' }]);
    expect(detect('Blood glucose meter', { labels: ['Name', 'Device Name'] })).toEqual([]);
  });

  // "SURNAME, GIVEN INITIAL", as banners and lists print it: the initial is part of the name shown.
  it.each<[string, string[], string[]]>([
    ['MEDHURST, SUMIKO L', ['Patient Name'], ['MEDHURST, SUMIKO L']],
    ['Medhurst, Sumiko L', ['Patient Name'], ['Medhurst, Sumiko L']],
    ['Medhurst, Sumiko L.', ['Patient Name'], ['Medhurst, Sumiko L.']],
    ['MEDHURST, SUMIKO LAREE', ['Patient Name'], ['MEDHURST, SUMIKO LAREE']],
    ['Smith Jr., John A', ['Patient Name'], ['Smith Jr., John A']],
    ['Patient: MEDHURST, SUMIKO L  DOB: 03/04/1950', [], ['MEDHURST, SUMIKO L', '03/04/1950']],
    ['Manual wheelchair', ['Patient Name'], []],
    ['Crutches (physical object)', ['Patient Name'], []],
  ])('masks %j under %j as %j', (text, labels, masked) => {
    expect(detect(text, { labels }).map((s) => s.text)).toEqual(masked);
  });
});
