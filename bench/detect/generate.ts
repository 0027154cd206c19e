/**
 * Deterministic synthetic corpus: EHR screens and clinical notes built from templates and
 * @faker-js/faker values (seeded), with the ground truth recorded as the text is written.
 *
 * Names come from faker's locale lists, never from the census lists the engine's dictionary is
 * built from, so the benchmark does not grade the dictionary on its own source. Conventions follow
 * the reference corpus: every date is PHI (times glued to a date belong to it); provider names are
 * not PHI (the default policy); an honorific is part of the name; the state is not PHI, the city is.
 */
import { Faker, de, en, es, fr } from '@faker-js/faker';
import type { PhiType } from '../../shared/phi-types';
import { DocumentBuilder, type LabelledBlock } from './document-builder';

export interface GeneratedDocument {
  layout: string;
  blocks: LabelledBlock[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Clinical text that must stay visible: vitals, labs, doses, codes, times, years, eponyms, drugs. */
const CLINICAL_SENTENCES = [
  'BP 128/82, HR 76, RR 16, Temp 98.6 F, SpO2 97% on room air.',
  'Weight 82.4 kg, height 175 cm, BMI 26.9.',
  'Na 139 mmol/L, K 4.1 mmol/L, Cr 1.02 mg/dL, glucose 112 mg/dL, HbA1c 7.2%.',
  'WBC 7.8 x10^3/uL, Hgb 13.4 g/dL, Plt 245 x10^3/uL.',
  'Continue metformin 500 mg PO BID and lisinopril 10 mg daily.',
  'Started atorvastatin 40 mg at bedtime; aspirin 81 mg daily.',
  'Diagnoses: E11.9 type 2 diabetes mellitus; I10 essential hypertension; J45.909 asthma.',
  'Billed CPT 99214 and 93000. ICD-10 Z00.00.',
  'History of Parkinson\'s disease and Graves disease; sister has Down syndrome.',
  'Rule out Addison\'s disease and Cushing syndrome. Bell palsy resolved.',
  'Crohn disease in remission on Humira. Hodgkin lymphoma treated in 2009.',
  'Follow up in 3 months. Return at 10:30 AM if symptoms persist.',
  'Smoked 1 pack per day for 20 years, quit in 2015.',
  'Page 2 of 4',
  'Pain 6/10, improved to 3/10 after Tylenol 650 mg.',
  'Insulin glargine 22 units at 21:00; sliding scale per protocol.',
  'Ejection fraction 55-60%. QTc 442 ms. PR interval 0.16 s.',
  'Appendectomy 1998. Cholecystectomy in 2012. Colonoscopy due 2026.',
  'LOINC 4548-4 reviewed. SNOMED 44054006 coded.',
  'Patient denies chest pain, shortness of breath or palpitations.',
  'Chief Complaint: cough for 2 weeks.',
  'Assessment and Plan: stable, continue current therapy.',
  'Homans sign negative. Murphy sign negative. Romberg test normal.',
  'Dispense #30 tablets with 2 refills. NDC 0093-7214-01.',
  'Lot 4 of the order set applied. Room 12, bed B.',
  'Glasgow Coma Scale 15. Apgar 8 and 9.',
];

const REFERENCE_DATE = new Date('2025-06-01T00:00:00Z');
const PROVIDER_CREDENTIALS = ['MD', 'DO', 'NP', 'PA-C', 'RN'];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'mother', 'father', 'sister', 'brother', 'granddaughter', 'niece'];

export function generateCorpus(seed: number, count: number): GeneratedDocument[] {
  const faker = new Faker({ locale: [en] });
  const localized = { es: new Faker({ locale: [es, en] }), fr: new Faker({ locale: [fr, en] }), de: new Faker({ locale: [de, en] }) };
  faker.seed(seed);
  localized.es.seed(seed + 1);
  localized.fr.seed(seed + 2);
  localized.de.seed(seed + 3);
  // Birthdates are drawn relative to a reference date: a fixed one keeps the corpus the same on every run.
  for (const instance of [faker, localized.es, localized.fr, localized.de]) instance.setDefaultRefDate(REFERENCE_DATE);
  // A screen is a patient banner plus several panels about the same patient, as EHRs lay them out.
  const panels: [string, (g: Generator) => void][] = [
    ['demographics-table', (g) => g.demographicsTable()],
    ['inline-header', (g) => g.inlineHeader()],
    ['progress-note', (g) => g.progressNote()],
    ['insurance-panel', (g) => g.insurancePanel()],
    ['contacts', (g) => g.contacts()],
    ['devices-and-access', (g) => g.devicesAndAccess()],
    ['lab-table', (g) => g.labTable()],
    ['discharge-summary', (g) => g.dischargeSummary()],
    ['localized', (g) => g.localizedNote()],
    ['message-log', (g) => g.messageLog()],
  ];
  const documents: GeneratedDocument[] = [];
  for (let i = 0; i < count; i++) {
    const generator = new Generator(faker, localized);
    const layout = ['banner'];
    generator.banner();
    const panelCount = faker.number.int({ min: 3, max: 6 });
    for (let p = 0; p < panelCount; p++) {
      const [name, build] = panels[(i + p * 3) % panels.length]!;
      layout.push(name);
      build(generator);
    }
    const blocks = generator.doc.blocks;
    for (const block of blocks) block.nodes = block.nodes.map(flatString);
    documents.push({ layout: layout.join('+'), blocks });
  }
  return documents;
}

/**
 * A copy of `text` stored as one flat string, as a DOM text node's data reaches script: the
 * builder's `+=` makes ropes, which every join in a timed pass would walk again.
 */
function flatString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

interface Person {
  first: string;
  middle: string;
  last: string;
  prefix: string;
}

class Generator {
  readonly doc = new DocumentBuilder();
  private readonly patient: Person;
  private readonly born: Date;

  constructor(
    private readonly f: Faker,
    private readonly localized: Record<'es' | 'fr' | 'de', Faker>,
  ) {
    this.patient = this.person(f);
    this.born = f.date.birthdate({ min: 1, max: 104, mode: 'age' });
  }

  private person(f: Faker): Person {
    const sex = f.helpers.arrayElement(['female', 'male'] as const);
    return {
      first: f.person.firstName(sex),
      middle: f.person.middleName(sex),
      last: f.person.lastName(),
      prefix: sex === 'female' ? f.helpers.arrayElement(['Mrs.', 'Ms.', 'Miss']) : 'Mr.',
    };
  }

  private pick<T>(items: readonly T[]): T {
    return this.f.helpers.arrayElement(items);
  }

  private chance(probability: number): boolean {
    return this.f.number.float({ min: 0, max: 1 }) < probability;
  }

  private fullName(p: Person = this.patient): string {
    return this.pick([
      `${p.first} ${p.last}`,
      `${p.first} ${p.middle} ${p.last}`,
      `${p.first} ${p.middle[0]}. ${p.last}`,
      `${p.last}, ${p.first}`,
      `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`,
      `${p.prefix} ${p.first} ${p.last}`,
    ]);
  }

  private provider(): string {
    const p = this.person(this.f);
    return this.pick([`Dr. ${p.first} ${p.last}`, `${p.first} ${p.last}, ${this.pick(PROVIDER_CREDENTIALS)}`, `Dr. ${p.last}`]);
  }

  /** A date in one of the formats EHRs print; `withTime: false` leaves out the two that carry a time of day. */
  private date(value?: Date, withTime = true): string {
    const d = value ?? this.f.date.between({ from: '1990-01-01', to: '2026-12-31' });
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    const pad = (n: number) => String(n).padStart(2, '0');
    const time = `${(d.getUTCHours() % 12) + 1}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
    const formats = [
      `${pad(m)}/${pad(day)}/${y}`,
      `${m}/${day}/${y}`,
      `${m}/${day}/${String(y).slice(2)}`,
      `${y}-${pad(m)}-${pad(day)}`,
      `${y}-${pad(m)}-${pad(day)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00Z`,
      `${MONTHS[m - 1]!.slice(0, 3)} ${day}, ${y}`,
      `${MONTHS[m - 1]} ${day}, ${y}`,
      `${day} ${MONTHS[m - 1]} ${y}`,
      `${pad(day)}-${MONTHS[m - 1]!.slice(0, 3).toUpperCase()}-${y}`,
      `${pad(day)}.${pad(m)}.${y}`,
      `${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[m - 1]} ${day}, ${y}`,
      `${m}/${day}/${y}, ${time}`,
      `${MONTHS[m - 1]} ${y}`,
    ];
    return this.pick(withTime ? formats : formats.filter((format) => !format.includes(':')));
  }

  private age(): string {
    const years = this.f.number.int({ min: 90, max: 104 });
    return this.pick([`${years} y.o.`, `0${years}Y`, `${years}-year-old`, `${years} yo`, `${years} years old`, `${years}y`]);
  }

  private mrn(): string {
    return this.pick([this.f.string.numeric(8), `MR${this.f.string.numeric(7)}`, this.f.string.numeric({ length: 10 }), `${this.f.string.numeric(3)}-${this.f.string.numeric(4)}`]);
  }

  private ssn(): string {
    return `${this.f.number.int({ min: 100, max: 665 })}-${this.f.string.numeric({ length: 2, allowLeadingZeros: false })}-${this.f.string.numeric({ length: 4, allowLeadingZeros: false })}`;
  }

  private phone(): string {
    const area = this.f.number.int({ min: 201, max: 989 });
    const exchange = this.f.number.int({ min: 200, max: 899 });
    const line = this.f.string.numeric(4);
    return this.pick([`(${area}) ${exchange}-${line}`, `${area}-${exchange}-${line}`, `${area}.${exchange}.${line}`, `+1 ${area} ${exchange} ${line}`]);
  }

  private street(): string {
    return this.f.location.streetAddress(this.chance(0.3));
  }

  /** Writes "street, City, ST 12345" with each part labelled as the corpus does. */
  private address(): void {
    this.doc.phi('ADDRESS', this.street()).text(', ').phi('ADDRESS', this.f.location.city()).text(', ');
    this.doc.text(this.f.location.state({ abbreviated: true })).text(this.pick([' ', ', '])).phi('ZIP', this.f.location.zipCode());
  }

  private vin(): string {
    const base = this.f.vehicle.vin().replace(/[IOQ]/g, 'A').slice(0, 17).padEnd(17, '7');
    const values: Record<string, number> = {};
    'ABCDEFGHJKLMNPRSTUVWXYZ'.split('').forEach((c, i) => (values[c] = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9][i]!));
    const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += (/\d/.test(base[i]!) ? Number(base[i]) : values[base[i]!]!) * weights[i]!;
    const check = sum % 11 === 10 ? 'X' : String(sum % 11);
    return base.slice(0, 8) + check + base.slice(9);
  }

  private clinical(count: number): void {
    for (let i = 0; i < count; i++) this.doc.text(' ' + this.pick(CLINICAL_SENTENCES));
  }

  banner(): void {
    const d = this.doc;
    const role = this.chance(0.5) ? { role: 'banner' as const } : {};
    d.field(this.pick(['Name', 'Patient', 'Patient Name', 'Pt Name']), 'NAME', this.fullName(), role);
    d.field(this.pick(['DOB', 'Date of Birth', 'Birth Date', 'D.O.B.']), 'DATE', this.date(this.born), role);
    d.block().text('Age');
    d.block({ labels: ['Age'] }).phi('AGE_OVER_89', this.age());
    d.field(this.pick(['Sex', 'Gender']), undefined, this.pick(['Female', 'Male', 'F', 'M']));
    d.field(this.pick(['MRN', 'Medical Record #', 'Patient ID', 'Chart #']), 'MRN', this.mrn(), role);
    d.field(this.pick(['SSN', 'Social Security No.']), 'SSN', this.ssn());
    d.field(this.pick(['Phone', 'Home Phone', 'Mobile', 'Tel.']), 'PHONE', this.phone());
    d.block().text('Address');
    d.block({ labels: ['Address'] });
    this.address();
    d.field('PCP', undefined, this.provider());
    d.field('Allergies', undefined, this.pick(['NKDA', 'Penicillin (rash)', 'Sulfa drugs', 'Peanuts']));
    // A name split across inline elements, as a styled banner renders it.
    d.block({ labels: ['Patient'], ...role }).phi('NAME', this.patient.last).text(', ').node().phi('NAME', this.patient.first);
    d.block().text('Encounter ').phi('ACCOUNT', this.f.string.numeric(9)).text(' opened ').phi('DATE', this.date());
  }

  demographicsTable(): void {
    const d = this.doc;
    const columns: [string, PhiType | undefined, () => string][] = [
      ['Patient', 'NAME', () => this.fullName()],
      ['DOB', 'DATE', () => this.date(this.born)],
      ['MRN', 'MRN', () => this.mrn()],
      ['Sex', undefined, () => this.pick(['F', 'M'])],
      ['Phone', 'PHONE', () => this.phone()],
      ['Email', 'EMAIL', () => this.f.internet.email()],
      ['Primary Insurance', undefined, () => this.pick(['Aetna', 'Cigna', 'Medicare', 'Blue Cross', 'Self-pay'])],
      ['Member ID', 'HEALTH_PLAN', () => this.f.string.alphanumeric({ length: 11, casing: 'upper' }).replace(/^./, 'W')],
      ['Last Visit', 'DATE', () => this.date()],
      ['Attending', undefined, () => this.provider()],
    ];
    for (const [header] of columns) d.block().text(header);
    for (let row = 0; row < 3; row++) {
      const person = row === 0 ? this.patient : this.person(this.f);
      for (const [header, type, value] of columns) {
        d.block({ labels: [header], role: 'cell' });
        const text = header === 'Patient' ? this.fullName(person) : value();
        if (type) d.phi(type, text);
        else d.text(text);
      }
    }
  }

  inlineHeader(): void {
    const d = this.doc;
    d.block().text('Patient: ').phi('NAME', this.fullName()).text('   DOB: ').phi('DATE', this.date(this.born)).text('   MRN: ').phi('MRN', this.mrn());
    d.block().text('Acct #: ').phi('ACCOUNT', this.f.string.numeric(10)).text(' | Visit: ').phi('DATE', this.date()).text(' | Provider: ').text(this.provider());
    d.block().text('Guarantor: ').phi('NAME', this.fullName(this.person(this.f))).text('; Phone: ').phi('PHONE', this.phone());
    d.block().text('Address: ');
    this.address();
    d.block().text(`Fax: `).phi('FAX', this.phone()).text(`  Email: `).phi('EMAIL', this.f.internet.email());
    d.block().text('Printed ').phi('DATE', this.date()).text(' - Page 1 of 3');
  }

  progressNote(): void {
    const d = this.doc;
    const p = this.patient;
    d.block({ role: 'heading' }).text('Progress Note');
    d.block().text('Date of service: ').phi('DATE', this.date());
    d.block().phi('NAME', `${p.first} ${p.last}`).text(` is a ${this.f.number.int({ min: 20, max: 88 })} year-old ${this.pick(['female', 'male'])} presenting with cough.`);
    this.clinical(2);
    d.block().phi('NAME', `${this.pick(['Mr.', 'Ms.', 'Mrs.'])} ${p.last}`).text(' reports improvement since ').phi('DATE', this.date()).text('.');
    this.clinical(2);
    const relative = this.person(this.f);
    d.block().text(`Accompanied by ${this.pick(RELATIONS)} `).phi('NAME', `${relative.first} ${relative.last}`).text(', who can be reached at ').phi('PHONE', this.phone()).text('.');
    d.block().text('Lives at ');
    this.address();
    d.text('.');
    d.block().text('Seen with ').text(this.provider()).text('. ');
    this.clinical(3);
    d.block().text('Electronically signed by ').text(this.provider()).text(' on ').phi('DATE', this.date()).text('.');
  }

  insurancePanel(): void {
    const d = this.doc;
    d.field('Payer', undefined, this.pick(['UnitedHealthcare', 'Aetna PPO', 'Kaiser Permanente', 'Medicaid']));
    d.field(this.pick(['Member ID', 'Subscriber ID', 'Policy Number']), 'HEALTH_PLAN', `${this.f.string.alpha({ length: 3, casing: 'upper' })}${this.f.string.numeric(9)}`);
    d.field('Group Number', 'HEALTH_PLAN', this.f.string.numeric(5));
    d.field(this.pick(['Subscriber', 'Policy Holder', 'Insured']), 'NAME', this.fullName(this.person(this.f)));
    d.field(this.pick(['Account Number', 'Acct #', 'Billing Account']), 'ACCOUNT', this.f.string.numeric(10));
    d.field('Claim #', 'ACCOUNT', `CLM${this.f.string.numeric(8)}`);
    d.field('Effective', 'DATE', this.date());
    d.block().text(`Copay $${this.f.number.int({ min: 10, max: 60 })}.00; deductible $1,500.00 met 45%.`);
    d.block().text('Medicare Beneficiary Identifier (MBI): ').phi('HEALTH_PLAN', `${this.f.string.numeric({ length: 1, allowLeadingZeros: false })}EG4TE5MK7${this.f.string.numeric(2)}`);
  }

  contacts(): void {
    const d = this.doc;
    for (let i = 0; i < 2; i++) {
      const person = this.person(this.f);
      d.block().text(`${this.pick(['Emergency Contact', 'Next of Kin', 'Contact'])}: `).phi('NAME', `${person.first} ${person.last}`);
      d.text(` (${this.pick(RELATIONS)}) `).phi('PHONE', this.phone());
    }
    d.field('Emergency contact', 'NAME', this.fullName(this.person(this.f)));
    d.field('Relationship', undefined, this.pick(['Spouse', 'Child', 'Parent', 'Friend']));
    d.field(this.pick(['Cell', 'Work Phone', 'Telecom']), 'PHONE', this.phone());
    d.field('Email', 'EMAIL', this.f.internet.email());
    d.block().text('Preferred pharmacy: CVS #').text(this.f.string.numeric(4)).text(', ').text(this.f.location.state());
  }

  devicesAndAccess(): void {
    const d = this.doc;
    d.field('Device', undefined, this.pick(['Pacemaker', 'Insulin pump', 'Cochlear implant', 'CPAP machine']));
    d.field(this.pick(['Serial Number', 'S/N', 'Serial No.']), 'DEVICE', `${this.f.string.alpha({ length: 2, casing: 'upper' })}${this.f.string.numeric(8)}`);
    d.block().text('UDI: ').phi('DEVICE', `(01)${this.f.string.numeric(14)}(21)${this.f.string.numeric(7)}`);
    d.block().text('Vehicle (VIN) ').phi('VEHICLE', this.vin()).text(' involved in MVA on ').phi('DATE', this.date()).text('.');
    d.field(this.pick(["Driver's License", 'DL #', 'License No.']), 'DRIVERS_LICENSE', `${this.f.string.alpha({ length: 1, casing: 'upper' })}${this.f.string.numeric(8)}`);
    d.field('Passport', 'PASSPORT', `${this.f.string.alpha({ length: 1, casing: 'upper' })}${this.f.string.numeric(8)}`);
    d.block().text('Portal login from ').phi('IP', this.f.internet.ipv4()).text(' at ').phi('DATE', this.date()).text('.');
    d.block().text('Record link: ').phi('URL', `https://portal.${this.f.internet.domainName()}/patients/${this.f.string.numeric(7)}?view=chart`);
    d.block().text('FHIR id ').phi('ID', this.f.string.uuid()).text(' (Patient resource)');
    d.block().text('Terminology: http://snomed.info/sct and http://loinc.org are the code systems.');
  }

  labTable(): void {
    const d = this.doc;
    const headers = ['Test', 'Result', 'Units', 'Reference Range', 'Collected'];
    for (const header of headers) d.block().text(header);
    const rows: [string, string, string, string][] = [
      ['Sodium', '139', 'mmol/L', '135-145'],
      ['Potassium', '4.1', 'mmol/L', '3.5-5.1'],
      ['Creatinine', '1.02', 'mg/dL', '0.6-1.3'],
      ['Hemoglobin A1c', '7.2', '%', '4.0-5.6'],
      ['TSH', '2.31', 'uIU/mL', '0.4-4.0'],
      ['LDL Cholesterol', '128', 'mg/dL', '<100'],
    ];
    for (const row of this.f.helpers.arrayElements(rows, 4)) {
      row.forEach((value, column) => d.block({ labels: [headers[column]!], role: 'cell' }).text(value));
      d.block({ labels: ['Collected'], role: 'cell' }).phi('DATE', this.date());
    }
    d.block().text('Ordering: ').text(this.provider()).text('. Specimen received 07:45. Accession ').phi('ID', `${this.f.string.alpha({ length: 2, casing: 'upper' })}${this.f.string.numeric(8)}`);
  }

  dischargeSummary(): void {
    const d = this.doc;
    const p = this.patient;
    d.block({ role: 'heading' }).text('Discharge Summary');
    d.block().text('Admitted: ').phi('DATE', this.date()).text('  Discharged: ').phi('DATE', this.date());
    d.block().phi('NAME', `${p.prefix} ${p.first} ${p.last}`).text(` is a `).phi('AGE_OVER_89', this.age()).text(` ${this.pick(['woman', 'man', 'patient'])} admitted for pneumonia.`);
    d.text(' Age ').phi('AGE_OVER_89', String(this.f.number.int({ min: 90, max: 104 }))).text('.');
    this.clinical(3);
    d.block().text(`Discussed plan with patient's ${this.pick(RELATIONS)}, `).phi('NAME', `${this.person(this.f).first} ${p.last}`).text(', by phone.');
    d.block().text('Discharged to ').phi('ADDRESS', this.street()).text(', ').phi('ADDRESS', this.f.location.city()).text(`, ${this.f.location.state()} `).phi('ZIP', this.f.location.zipCode('#####')).text('.');
    d.block().text('Follow-up with ').text(this.provider()).text(' on ').phi('DATE', this.date()).text('. Call ').phi('PHONE', this.phone()).text(' with questions.');
    this.clinical(2);
    d.block().text('cc: ').phi('NAME', `${p.first[0]}. ${p.last}`).text(' (patient copy), SSN on file ').phi('SSN', this.ssn()).text('.');
  }

  localizedNote(): void {
    const d = this.doc;
    const pickDay = () => this.f.number.int({ min: 1, max: 28 });
    const year = () => this.f.number.int({ min: 1930, max: 2025 });
    const month = () => this.f.number.int({ min: 0, max: 11 });
    const language = this.pick(['es', 'fr', 'de'] as const);
    const f = this.localized[language];
    const person = this.person(f);
    if (language === 'es') {
      d.block().text('Nombre: ').phi('NAME', `${person.first} ${person.last}`);
      d.block().text('Fecha de nacimiento: ').phi('DATE', `${pickDay()} de ${MONTHS_ES[month()]} de ${year()}`);
      d.block().text('Teléfono: ').phi('PHONE', this.phone()).text('  Correo: ').phi('EMAIL', f.internet.email());
      d.block().text('Dirección: ').phi('ADDRESS', f.location.streetAddress()).text(', ').phi('ADDRESS', f.location.city());
      d.block().text('NHC: ').phi('MRN', f.string.numeric(8)).text('. La paciente refiere dolor abdominal desde hace 3 días. TA 120/80, FC 78.');
    } else if (language === 'fr') {
      d.block().text('Nom : ').phi('NAME', `${person.first} ${person.last}`);
      d.block().text('Date de naissance : ').phi('DATE', `${pickDay()} ${MONTHS_FR[month()]} ${year()}`);
      d.block().text('Téléphone : ').phi('PHONE', this.phone()).text('  Courriel : ').phi('EMAIL', f.internet.email());
      d.block().text('Adresse : ').phi('ADDRESS', f.location.streetAddress()).text(', ').phi('ADDRESS', f.location.city());
      d.block().text('IPP : ').phi('MRN', f.string.numeric(9)).text('. Patiente vue pour douleur thoracique. TA 130/85, FC 82.');
    } else {
      d.block().text('Name: ').phi('NAME', `${person.first} ${person.last}`);
      d.block().text('Geburtsdatum: ').phi('DATE', `${pickDay()}. ${MONTHS_DE[month()]} ${year()}`);
      d.block().text('Telefon: ').phi('PHONE', this.phone()).text('  E-Mail: ').phi('EMAIL', f.internet.email());
      d.block().text('Anschrift: ').phi('ADDRESS', f.location.streetAddress()).text(', ').phi('ADDRESS', f.location.city());
      d.block().text('Patientennummer: ').phi('MRN', f.string.numeric(8)).text('. Patientin klagt über Kopfschmerzen seit 2 Tagen. RR 125/80, HF 70.');
    }
    this.clinical(1);
  }

  messageLog(): void {
    const d = this.doc;
    const p = this.patient;
    for (let i = 0; i < 3; i++) {
      d.block().phi('DATE', this.date()).text(` ${this.pick(['INFO', 'WARN'])} chart opened for `).phi('NAME', `${p.first} ${p.last}`).text(' (MRN ').phi('MRN', this.mrn()).text(') from ').phi('IP', this.f.internet.ipv4());
    }
    d.block().text('Message from ').phi('NAME', `${p.first} ${p.last}`).text(' <').phi('EMAIL', this.f.internet.email({ firstName: p.first, lastName: p.last })).text('>: Please refill my prescription.');
    d.block().text('Reply: refill sent for 90 days. Next appointment ').phi('DATE', `${this.date(undefined, false)} at 2:15 PM`).text('.');
    d.block().text('Build 4.12.7 deployed; job finished in 35 s; 1200 rows, 3 warnings.');
  }
}
