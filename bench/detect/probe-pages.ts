/**
 * A second development corpus of EHR screens, in the styles of other products than the reference
 * corpus' Medplum pages: OpenEMR demographics, OpenMRS dashboards, an Epic-like storyboard and In
 * Basket, a Cerner-like banner and flowsheet, ambulatory schedules, lab reports, clinical notes,
 * claims and statements, an HL7 v2 viewer, FHIR JSON, patient lists and portal messages.
 *
 * Deterministic: seeded @faker-js/faker (en, some en_GB and en_CA) and a fixed "today".
 *
 * Ground truth is recorded while a page is written: a PHI value is wrapped by `phi(type, value)`
 * in private-use marker characters, which survive HTML escaping and JSON encoding. `finish` parses
 * the marked page with extractPage (bench/detect/html-blocks.ts), turns the markers' positions in
 * the concatenated text into [start, end) spans, removes the markers from the HTML, parses the
 * clean page again and throws unless the text is the same and every span's text is the value that
 * was marked. A marker in an attribute or in <head> (not page text) also throws.
 *
 * Conventions (those of the reference corpus, shared/corpus/ehr-pages/README.md): every date is PHI,
 * with a time or weekday glued to it ("March 18, 2025 at 3:00 PM" included); provider names
 * (ordering, attending, "Dr. ...") and staff are not PHI; an honorific is part of the name; street
 * line and city are ADDRESS, the state is not PHI, the postal code is ZIP; an age is PHI only over 89,
 * with its unit ("92 y.o.", "92Y"); a relative's name, phone and age are PHI like the patient's.
 * Not PHI: years alone, times alone, organisation names, addresses and phone numbers, provider
 * NPIs, message control IDs, rooms and beds, codes, doses and results. Multi-part identifiers in
 * HL7 and FHIR are labelled by their value only (the MRN in "123^^^HOSP^MR", not the assigning
 * authority), record UUIDs as ID.
 */
import { Faker, base, en, en_CA, en_GB } from '@faker-js/faker';
import { isPhiType, type PhiType } from '../../shared/phi-types';
import { extractPage, type Page } from './html-blocks';
import type { Labelled } from './score';

export interface ProbeSpan extends Labelled {
  text: string;
}

export interface ProbePage {
  /** Layout family, e.g. "openemr-demographics". */
  layout: string;
  /** Unique page name: `<layout>.<n>`. */
  name: string;
  html: string;
  page: Page;
  truth: ProbeSpan[];
}

export const PROBE_SEED = 7_312_025;
const INSTANCES_PER_LAYOUT = 2;

// ---------------------------------------------------------------------------------------------
// Marked HTML

const OPEN = '\uE000';
const MID = '\uE001';
const CLOSE = '\uE002';
const MARKER_CHARS = /[\uE000-\uE002]/;
const MARKERS = /\uE000[A-Z_0-9]+\uE001|\uE002/g;

/** `value` marked as PHI of `type`. */
function phi(type: PhiType, value: string): string {
  if (MARKER_CHARS.test(value)) throw new Error(`nested PHI mark in ${JSON.stringify(value)}`);
  if (value.trim() !== value || value.length === 0) throw new Error(`PHI value with edge space: ${JSON.stringify(value)}`);
  return OPEN + type + MID + value + CLOSE;
}

class Html {
  constructor(readonly html: string) {}
}
type Part = Html | string | number | null | undefined | false | Part[];

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function part(value: Part): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.html;
  if (Array.isArray(value)) return value.map(part).join('');
  return esc(String(value));
}

/** HTML template: literal parts are markup, interpolated strings are escaped text, Html is inserted as is. */
function h(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += part(value) + strings[i + 1]!;
  });
  return new Html(out);
}

interface Screen {
  title: string;
  css: string;
  body: Html;
}

function finish(layout: string, name: string, screen: Screen): ProbePage {
  const marked =
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${esc(screen.title)}</title>` +
    `<style>${screen.css}</style></head><body>${screen.body.html}</body></html>\n`;
  if (MARKER_CHARS.test(screen.title) || MARKER_CHARS.test(screen.css)) throw new Error(`${name}: PHI mark outside the body`);
  const markedText = extractPage(marked).text;
  const count = (s: string) => s.split(OPEN).length - 1;
  if (count(markedText) !== count(marked)) throw new Error(`${name}: a PHI mark is not in a text node (attribute or skipped element)`);
  let text = '';
  const truth: ProbeSpan[] = [];
  for (let i = 0; i < markedText.length; ) {
    const c = markedText[i]!;
    if (c === OPEN) {
      const mid = markedText.indexOf(MID, i);
      const close = markedText.indexOf(CLOSE, mid);
      const type = markedText.slice(i + 1, mid);
      const value = markedText.slice(mid + 1, close);
      if (!isPhiType(type) || mid < 0 || close < 0 || MARKER_CHARS.test(value)) throw new Error(`${name}: bad PHI mark at ${i}`);
      truth.push({ type, start: text.length, end: text.length + value.length, text: value });
      text += value;
      i = close + 1;
    } else if (c === MID || c === CLOSE) {
      throw new Error(`${name}: stray PHI mark at ${i}`);
    } else {
      text += c;
      i++;
    }
  }
  const html = marked.replace(MARKERS, '');
  const page = extractPage(html);
  if (page.text !== text) throw new Error(`${name}: page text changed when the marks were removed`);
  for (const span of truth) {
    if (page.text.slice(span.start, span.end) !== span.text) throw new Error(`${name}: span ${span.type} ${JSON.stringify(span.text)} does not match the page text`);
  }
  return { layout, name, html, page, truth };
}

// ---------------------------------------------------------------------------------------------
// Data

type Loc = 'en' | 'en_GB' | 'en_CA';
type Sex = 'female' | 'male';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const US_PLACES: [string, string, string][] = [
  ['Springfield', 'MA', '011'], ['Holyoke', 'MA', '010'], ['Worcester', 'MA', '016'], ['Hartford', 'CT', '061'], ['Albany', 'NY', '122'],
  ['Dayton', 'OH', '454'], ['Toledo', 'OH', '436'], ['Madison', 'WI', '537'], ['Green Bay', 'WI', '543'], ['Des Moines', 'IA', '503'],
  ['Omaha', 'NE', '681'], ['Wichita', 'KS', '672'], ['Tulsa', 'OK', '741'], ['El Paso', 'TX', '799'], ['San Antonio', 'TX', '782'],
  ['Tucson', 'AZ', '857'], ['Fresno', 'CA', '937'], ['Spokane', 'WA', '992'], ['Boise', 'ID', '837'], ['Reno', 'NV', '895'],
  ['Lexington', 'KY', '405'], ['Knoxville', 'TN', '379'], ['Savannah', 'GA', '314'], ['Charleston', 'SC', '294'], ['Raleigh', 'NC', '276'],
  ['Richmond', 'VA', '232'], ['Allentown', 'PA', '181'], ['Scranton', 'PA', '185'], ['Lansing', 'MI', '489'], ['Flint', 'MI', '485'],
  ['Fort Wayne', 'IN', '468'], ['Peoria', 'IL', '616'], ['Bangor', 'ME', '044'], ['Burlington', 'VT', '054'], ['Manchester', 'NH', '031'],
  ['Baton Rouge', 'LA', '708'], ['Jackson', 'MS', '392'], ['Mobile', 'AL', '366'], ['Pueblo', 'CO', '810'], ['Billings', 'MT', '591'],
  ['Fargo', 'ND', '581'], ['Chicopee', 'MA', '010'], ['Westfield', 'MA', '010'], ['Lowell', 'MA', '018'], ['Warren', 'OH', '444'],
];
const UK_PLACES: [string, string][] = [
  ['Leeds', 'LS'], ['Wakefield', 'WF'], ['Harrogate', 'HG'], ['Halifax', 'HX'], ['Huddersfield', 'HD'], ['Doncaster', 'DN'], ['Barnsley', 'S'],
  ['Bradford', 'BD'], ['York', 'YO'], ['Sheffield', 'S'],
];
const CA_PLACES: [string, string, string][] = [
  ['Ottawa', 'ON', 'K'], ['Kingston', 'ON', 'K'], ['Hamilton', 'ON', 'L'], ['Sudbury', 'ON', 'P'], ['Thunder Bay', 'ON', 'P'], ['Halifax', 'NS', 'B'],
  ['Moncton', 'NB', 'E'], ['Regina', 'SK', 'S'], ['Saskatoon', 'SK', 'S'], ['Kelowna', 'BC', 'V'], ['Kamloops', 'BC', 'V'], ['Brandon', 'MB', 'R'],
];
/** Letters used in Canadian postal codes and UK inward codes. */
const CA_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';
const UK_INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
/** Assigned area codes, so a number's shape is all a detector can go on. */
const US_AREA_CODES = ['413', '508', '617', '781', '978', '860', '203', '518', '212', '315', '937', '419', '608', '920', '515', '402', '316', '918',
  '915', '210', '520', '559', '509', '208', '775', '859', '865', '912', '843', '919', '804', '610', '570', '517', '810', '260', '309', '207', '802', '603',
  '225', '601', '251', '719', '406', '701', '330', '216', '303', '312', '404', '602', '713', '214', '305', '503', '615', '704', '816', '414'];
const CA_AREA_CODES = ['613', '343', '905', '289', '705', '807', '902', '506', '306', '250', '778', '204'];
const STREET_NAMES = ['Main', 'Oak', 'Maple', 'Elm', 'Washington', 'Park', 'Pleasant', 'Chestnut', 'Summer', 'High', 'Franklin', 'Prospect', 'Center',
  'Union', 'Church', 'Walnut', 'Lincoln', 'Highland', 'Cedar', 'Spring', 'Birch', 'Sunset', 'Lakeview', 'Hillcrest', 'Mill', 'River', 'Forest', 'Ridge'];
const STREET_SUFFIX = ['St', 'Street', 'Ave', 'Rd', 'Dr', 'Ln', 'Ct', 'Blvd', 'Way', 'Terrace', 'Pl', 'Road', 'Avenue', 'Circle'];
const UK_STREETS = ['Church Lane', 'Station Road', 'Victoria Street', 'Manor Road', 'Park Avenue', 'The Green', 'Mill Lane', 'Kings Road', 'Westfield Crescent', 'Oakwood Grove'];

const FACILITIES = ['Riverside Regional Medical Center', "St. Agnes Hospital", 'Mercy Health System', 'Northgate Family Medicine', 'Lakeside Internal Medicine',
  'Valley View Community Hospital', 'Pioneer Valley Health', 'Summit Primary Care Associates'];
const PAYERS: [string, string][] = [
  ['Medicare', 'Medicare Part A and B'], ['Aetna', 'Aetna Medicare Premier PPO'], ['Blue Cross Blue Shield', 'BCBS PPO Blue Choice'],
  ['UnitedHealthcare', 'UHC Choice Plus'], ['Cigna', 'Cigna Open Access Plus'], ['Humana', 'Humana Gold Plus (HMO)'], ['Tufts Health Plan', 'Tufts Medicare Preferred'],
  ['MassHealth', 'MassHealth Standard'],
];
const PROBLEMS: [string, string][] = [
  ['Essential (primary) hypertension', 'I10'], ['Type 2 diabetes mellitus without complications', 'E11.9'], ['Hyperlipidemia, unspecified', 'E78.5'],
  ['Chronic obstructive pulmonary disease, unspecified', 'J44.9'], ['Chronic systolic (congestive) heart failure', 'I50.22'], ['Chronic kidney disease, stage 3a', 'N18.31'],
  ['Unspecified atrial fibrillation', 'I48.91'], ['Major depressive disorder, recurrent, mild', 'F33.0'], ['Primary osteoarthritis, right knee', 'M17.11'],
  ['Hypothyroidism, unspecified', 'E03.9'], ['Gastro-esophageal reflux disease without esophagitis', 'K21.9'], ['Parkinson disease', 'G20.A1'],
  ['Alzheimer disease, unspecified', 'G30.9'], ['Obstructive sleep apnea', 'G47.33'], ['Gout, unspecified', 'M10.9'], ['Benign prostatic hyperplasia', 'N40.0'],
  ['Iron deficiency anemia, unspecified', 'D50.9'], ['Hashimoto thyroiditis', 'E06.3'], ['Crohn disease of small intestine without complications', 'K50.00'],
  ['Graves disease without thyrotoxic crisis', 'E05.00'], ['Bell palsy', 'G51.0'], ['Raynaud syndrome without gangrene', 'I73.00'], ["Barrett's esophagus", 'K22.70'],
  ['Sjogren syndrome, unspecified', 'M35.00'], ['Vitamin D deficiency, unspecified', 'E55.9'],
];
const MEDS: [string, string][] = [
  ['lisinopril 10 mg tablet', 'Take 1 tablet by mouth daily'], ['metformin 500 mg tablet', 'Take 1 tablet by mouth 2 times daily with meals'],
  ['atorvastatin 40 mg tablet', 'Take 1 tablet by mouth nightly'], ['amlodipine 5 mg tablet', 'Take 1 tablet by mouth daily'],
  ['metoprolol succinate ER 25 mg 24 hr tablet', 'Take 1 tablet by mouth daily'], ['levothyroxine 75 mcg tablet', 'Take 1 tablet by mouth every morning before breakfast'],
  ['apixaban (ELIQUIS) 5 mg tablet', 'Take 1 tablet by mouth 2 times daily'], ['furosemide 40 mg tablet', 'Take 1 tablet by mouth daily'],
  ['omeprazole 20 mg capsule', 'Take 1 capsule by mouth daily before breakfast'], ['sertraline 50 mg tablet', 'Take 1 tablet by mouth daily'],
  ['tamsulosin 0.4 mg capsule', 'Take 1 capsule by mouth daily 30 minutes after the same meal'], ['carbidopa-levodopa 25-100 mg tablet', 'Take 1 tablet by mouth 3 times daily'],
  ['donepezil 10 mg tablet', 'Take 1 tablet by mouth nightly'], ['insulin glargine (LANTUS) 100 unit/mL injection', 'Inject 22 Units under the skin nightly'],
  ['albuterol HFA 90 mcg/actuation inhaler', 'Inhale 2 puffs every 4 hours as needed for wheezing'], ['gabapentin 300 mg capsule', 'Take 1 capsule by mouth 3 times daily'],
  ['cholecalciferol (vitamin D3) 1,000 unit tablet', 'Take 1 tablet by mouth daily'], ['aspirin 81 mg EC tablet', 'Take 1 tablet by mouth daily'],
];
const ALLERGIES: [string, string][] = [
  ['Penicillins', 'Hives'], ['Sulfa (Sulfonamide Antibiotics)', 'Rash'], ['Codeine', 'Nausea And Vomiting'], ['Latex', 'Itching'], ['Shellfish Derived', 'Anaphylaxis'],
  ['Lisinopril', 'Cough'], ['Atorvastatin', 'Myalgias'],
];
const REASONS = ['Follow-up HTN', 'Annual wellness visit', 'Med refill', 'DM f/u, A1c', 'Knee pain', 'Cough x 2 wks', 'Hospital f/u', 'BP check (nurse)',
  'New patient', 'Rash', 'Dizziness', 'Pre-op clearance', 'Flu shot', 'Lab review', 'Fatigue', 'Back pain', 'Depression f/u', 'INR check'];
const RELATIONS_F = ['daughter', 'sister', 'niece', 'granddaughter', 'wife', 'mother'];
const RELATIONS_M = ['son', 'brother', 'nephew', 'grandson', 'husband', 'father'];

interface Phone {
  area: string;
  exchange: string;
  line: string;
  /** UK numbers are stored whole. */
  uk?: string;
}

interface Person {
  sex: Sex;
  prefix: string;
  first: string;
  middle: string;
  last: string;
}

interface Relative extends Person {
  relation: string;
  phone: Phone;
}

interface Provider {
  first: string;
  last: string;
  credential: string;
}

interface Patient extends Person {
  dob: Date;
  age: number;
  street: string;
  unit: string;
  city: string;
  state: string;
  zip: string;
  country: string;
  home: Phone;
  cell: Phone;
  work: Phone;
  email: string;
  ssn: string;
  mrn: string;
  dl: string;
  passport: string;
  payer: string;
  plan: string;
  memberId: string;
  groupNo: string;
  account: string;
  uuid: string;
  maiden: string;
  spouse: Relative;
  child: Relative;
  marital: string;
  language: string;
  race: string;
  ethnicity: string;
}

class G {
  readonly f: Faker;

  constructor(
    seed: number,
    readonly loc: Loc,
    readonly today: Date,
  ) {
    this.f = new Faker({ locale: loc === 'en_GB' ? [en_GB, en, base] : loc === 'en_CA' ? [en_CA, en, base] : [en, base] });
    this.f.seed(seed);
    this.f.setDefaultRefDate(today);
  }

  int(min: number, max: number): number {
    return this.f.number.int({ min, max });
  }

  pick<T>(items: readonly T[]): T {
    return this.f.helpers.arrayElement(items);
  }

  some<T>(items: readonly T[], min: number, max: number): T[] {
    return this.f.helpers.arrayElements(items, { min, max });
  }

  chance(p: number): boolean {
    return this.f.number.float({ min: 0, max: 1 }) < p;
  }

  digits(n: number): string {
    return this.f.string.numeric({ length: n, allowLeadingZeros: true });
  }

  upper(n: number): string {
    return this.f.string.alpha({ length: n, casing: 'upper' });
  }

  /** `n` letters from `alphabet` (postal codes leave some letters out). */
  letters(n: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < n; i++) out += this.pick(alphabet.split(''));
    return out;
  }

  /** A moment `minDays`-`maxDays` before today, on the minute (times on a 5-minute grid when `round`). */
  past(minDays: number, maxDays: number, round = true): Date {
    const ms = this.today.getTime() - this.int(minDays * 1440, maxDays * 1440) * 60_000;
    const d = new Date(ms);
    if (round) d.setUTCMinutes(d.getUTCMinutes() - (d.getUTCMinutes() % 5), 0, 0);
    else d.setUTCSeconds(0, 0);
    if (d.getUTCHours() < 7) d.setUTCHours(7 + this.int(0, 10));
    return d;
  }

  future(minDays: number, maxDays: number): Date {
    const d = new Date(this.today.getTime() + this.int(minDays, maxDays) * 86_400_000);
    d.setUTCHours(this.int(8, 16), this.pick([0, 15, 30, 45]), 0, 0);
    return d;
  }

  phone(): Phone {
    if (this.loc === 'en_GB') {
      const uk = this.chance(0.5) ? `07${this.int(700, 999)} ${this.digits(6)}` : `0113 ${this.int(200, 499)} ${this.digits(4)}`;
      return { area: '', exchange: '', line: '', uk };
    }
    return { area: this.pick(this.loc === 'en_CA' ? CA_AREA_CODES : US_AREA_CODES), exchange: String(this.int(202, 989)), line: this.digits(4) };
  }

  person(sex: Sex = this.pick(['female', 'male'] as const), last?: string): Person {
    return {
      sex,
      prefix: sex === 'female' ? this.pick(['Mrs.', 'Ms.', 'Ms.', 'Miss']) : 'Mr.',
      first: this.f.person.firstName(sex),
      middle: this.f.person.middleName(sex),
      last: last ?? this.f.person.lastName(),
    };
  }

  relative(relation: string, last?: string): Relative {
    const sex: Sex = RELATIONS_F.includes(relation) ? 'female' : 'male';
    return { ...this.person(sex, last), relation, phone: this.phone() };
  }

  provider(): Provider {
    return { first: this.f.person.firstName(), last: this.f.person.lastName(), credential: this.pick(['MD', 'MD', 'MD', 'DO', 'NP', 'PA-C']) };
  }

  patient(minAge = 20, maxAge = 99): Patient {
    const person = this.person();
    const dob = this.f.date.birthdate({ mode: 'age', min: minAge, max: maxAge, refDate: this.today });
    dob.setUTCHours(0, 0, 0, 0);
    let street: string;
    let city: string;
    let state: string;
    let zip: string;
    let country: string;
    if (this.loc === 'en_GB') {
      const [town, area] = this.pick(UK_PLACES);
      street = `${this.int(1, 140)} ${this.pick(UK_STREETS)}`;
      city = this.chance(0.7) ? town : this.f.location.city();
      state = 'West Yorkshire';
      zip = `${area}${this.int(1, 28)} ${this.int(1, 9)}${this.letters(2, UK_INWARD_LETTERS)}`;
      country = 'United Kingdom';
    } else if (this.loc === 'en_CA') {
      const [town, province, letter] = this.pick(CA_PLACES);
      street = this.chance(0.5) ? `${this.int(10, 2999)} ${this.pick(STREET_NAMES)} ${this.pick(STREET_SUFFIX)}` : this.f.location.streetAddress();
      city = town;
      state = province;
      zip = `${letter}${this.int(0, 9)}${this.letters(1, CA_LETTERS)} ${this.int(0, 9)}${this.letters(1, CA_LETTERS)}${this.int(0, 9)}`;
      country = 'Canada';
    } else {
      const [town, st, zip3] = this.pick(US_PLACES);
      street = this.chance(0.5) ? `${this.int(2, 2999)} ${this.pick(STREET_NAMES)} ${this.pick(STREET_SUFFIX)}` : this.f.location.streetAddress();
      if (this.chance(0.65)) {
        city = town;
        state = st;
        zip = zip3 + this.digits(2);
      } else {
        city = this.f.location.city();
        state = this.f.location.state({ abbreviated: true });
        zip = this.f.location.zipCode('#####');
      }
      country = 'USA';
    }
    const [payer, plan] = this.pick(PAYERS);
    const spouse = this.relative(person.sex === 'female' ? 'husband' : 'wife', person.last);
    const child = this.relative(this.pick(['daughter', 'son', 'daughter', 'niece']), this.chance(0.5) ? person.last : undefined);
    return {
      ...person,
      dob,
      age: ageOn(dob, this.today),
      street,
      unit: this.chance(0.3) ? this.pick([`Apt ${this.int(1, 12)}${this.pick(['A', 'B', 'C'])}`, `Unit ${this.int(1, 40)}`, `#${this.int(2, 9)}`]) : '',
      city,
      state,
      zip,
      country,
      home: this.phone(),
      cell: this.phone(),
      work: this.phone(),
      email: this.f.internet.email({ firstName: person.first, lastName: person.last }).toLowerCase(),
      ssn: `${this.int(100, 665)}-${this.digits(2)}-${this.digits(4)}`,
      mrn: this.pick([this.digits(8), `E${this.digits(7)}`, this.digits(7), `${this.int(1, 9)}${this.digits(6)}`]),
      dl: this.pick([`S${this.digits(8)}`, `${this.upper(1)}${this.digits(7)}`, this.digits(9), `${this.upper(1)}${this.digits(3)}-${this.digits(4)}-${this.digits(4)}`]),
      passport: `${this.int(5, 6)}${this.digits(8)}`,
      payer,
      plan,
      memberId: payer === 'Medicare' ? `${this.int(1, 9)}${this.upper(2)}${this.int(0, 9)}${this.upper(1)}${this.digits(2)}${this.upper(2)}${this.digits(2)}` : `${this.upper(3)}${this.digits(9)}`,
      groupNo: this.pick([this.digits(6), `${this.digits(6)}-${this.digits(3)}`, `GRP${this.digits(5)}`]),
      account: this.digits(this.pick([6, 8, 9, 10])),
      uuid: this.f.string.uuid(),
      maiden: this.f.person.lastName(),
      spouse,
      child,
      marital: this.pick(['Married', 'Widowed', 'Divorced', 'Single', 'Married']),
      language: this.pick(['English', 'English', 'English', 'Spanish', 'Portuguese', 'Vietnamese']),
      race: this.pick(['White', 'Black or African American', 'Asian', 'White', 'Other Race']),
      ethnicity: this.pick(['Not Hispanic or Latino', 'Hispanic or Latino', 'Not Hispanic or Latino']),
    };
  }
}

function ageOn(dob: Date, today: Date): number {
  let age = today.getUTCFullYear() - dob.getUTCFullYear();
  if (today.getUTCMonth() < dob.getUTCMonth() || (today.getUTCMonth() === dob.getUTCMonth() && today.getUTCDate() < dob.getUTCDate())) age--;
  return age;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

type DateStyle = 'mdy' | 'mdy1' | 'mdy2' | 'iso' | 'dmon' | 'dmony' | 'mondy' | 'month' | 'dmy' | 'dotmon' | 'hl7' | 'md' | 'monthDay' | 'weekday' | 'dmonth' | 'monyyyy';

/** A date written in one of the formats EHRs use (UTC components: deterministic). */
function fd(d: Date, style: DateStyle): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  switch (style) {
    case 'mdy': return `${pad(m + 1)}/${pad(day)}/${y}`;
    case 'mdy1': return `${m + 1}/${day}/${y}`;
    case 'mdy2': return `${pad(m + 1)}/${pad(day)}/${String(y).slice(2)}`;
    case 'iso': return `${y}-${pad(m + 1)}-${pad(day)}`;
    case 'dmon': return `${pad(day)}-${MON[m]}-${y}`;
    case 'dmony': return `${day} ${MON[m]} ${y}`;
    case 'mondy': return `${MON[m]} ${day}, ${y}`;
    case 'month': return `${MONTH[m]} ${day}, ${y}`;
    case 'dmy': return `${pad(day)}/${pad(m + 1)}/${y}`;
    case 'dotmon': return `${pad(day)}.${MON[m]}.${y}`;
    case 'hl7': return `${y}${pad(m + 1)}${pad(day)}`;
    case 'md': return `${m + 1}/${day}`;
    case 'monthDay': return `${MONTH[m]} ${day}`;
    case 'weekday': return `${WEEKDAY[d.getUTCDay()]}, ${MONTH[m]} ${day}, ${y}`;
    case 'dmonth': return `${day} ${MONTH[m]} ${y}`;
    case 'monyyyy': return `${MON[m]} ${y}`;
  }
}

type TimeStyle = '24' | '24c' | '12' | '12s' | 'hl7' | 'sec';

function ft(d: Date, style: TimeStyle): string {
  const hh = d.getUTCHours();
  const mm = d.getUTCMinutes();
  const h12 = hh % 12 === 0 ? 12 : hh % 12;
  switch (style) {
    case '24': return `${pad(hh)}:${pad(mm)}`;
    case '24c': return `${pad(hh)}${pad(mm)}`;
    case '12': return `${h12}:${pad(mm)} ${hh < 12 ? 'AM' : 'PM'}`;
    case '12s': return `${h12}:${pad(mm)}${hh < 12 ? 'a' : 'p'}`;
    case 'hl7': return `${pad(hh)}${pad(mm)}${pad(d.getUTCSeconds())}`;
    case 'sec': return `${pad(hh)}:${pad(mm)}:${pad(d.getUTCSeconds())}`;
  }
}

/** A marked date, with an optional glued time. */
function D(d: Date, style: DateStyle, time?: TimeStyle, sep = ' '): string {
  return phi('DATE', time ? fd(d, style) + sep + ft(d, time) : fd(d, style));
}

/** A patient's age with its unit ("92 y.o.", "92Y", "92-year-old"): marked only over 89, the unit with it. */
function A(age: number, suffix = ''): string {
  return age <= 89 ? `${age}${suffix}` : phi('AGE_OVER_89', `${age}${suffix}`);
}

type PhoneStyle = 'paren' | 'dash' | 'dot' | 'parenTight' | 'plus' | 'bare';

function fp(p: Phone, style: PhoneStyle): string {
  if (p.uk) return style === 'plus' ? `+44 ${p.uk.slice(1)}` : p.uk;
  switch (style) {
    case 'paren': return `(${p.area}) ${p.exchange}-${p.line}`;
    case 'dash': return `${p.area}-${p.exchange}-${p.line}`;
    case 'dot': return `${p.area}.${p.exchange}.${p.line}`;
    case 'parenTight': return `(${p.area})${p.exchange}-${p.line}`;
    case 'plus': return `+1 ${p.area}-${p.exchange}-${p.line}`;
    case 'bare': return `${p.area}${p.exchange}${p.line}`;
  }
}

const P = (p: Phone, style: PhoneStyle) => phi('PHONE', fp(p, style));
const N = (name: string) => phi('NAME', name);
const initial = (s: string) => s.charAt(0);
const drName = (p: Provider) => `Dr. ${p.first} ${p.last}`;
const provLFC = (p: Provider) => `${p.last}, ${p.first}, ${p.credential}`;
const provFLC = (p: Provider) => `${p.first} ${p.last}, ${p.credential}`;
const sexWord = (p: Person) => (p.sex === 'female' ? 'Female' : 'Male');
const sexLetter = (p: Person) => (p.sex === 'female' ? 'F' : 'M');
const pronoun = (p: Person) => (p.sex === 'female' ? 'She' : 'He');
const possessive = (p: Person) => (p.sex === 'female' ? 'her' : 'his');
const streetLine = (p: Patient) => (p.unit ? `${p.street} ${p.unit}` : p.street);

function vitals(g: G) {
  const sys = g.int(104, 168);
  const weightKg = g.int(480, 1050) / 10;
  const heightCm = g.int(150, 190);
  return {
    sys,
    dia: g.int(58, 96),
    hr: g.int(56, 104),
    rr: g.int(12, 22),
    tempF: (g.int(970, 1004) / 10).toFixed(1),
    spo2: g.int(90, 100),
    weightKg,
    weightLb: (weightKg * 2.20462).toFixed(1),
    heightCm,
    heightIn: (heightCm / 2.54).toFixed(1),
    bmi: (weightKg / (heightCm / 100) ** 2).toFixed(1),
    pain: g.int(0, 7),
  };
}

const BASE_CSS = 'body{font:13px/1.4 Arial,Helvetica,sans-serif;margin:0;color:#222}table{border-collapse:collapse}td,th{padding:2px 6px;text-align:left;vertical-align:top}';

// ---------------------------------------------------------------------------------------------
// 1. OpenEMR patient demographics

function openemr(g: G, k: number): Screen {
  const p = g.patient(30, 97);
  const ds: DateStyle = k === 0 ? 'iso' : 'mdy';
  const pcp = g.provider();
  const referring = g.provider();
  const pid = String(g.int(12, 9800));
  const v = vitals(g);
  const vitalsAt = g.past(1, 40);
  const problems = g.some(PROBLEMS, 3, 5);
  const meds = g.some(MEDS, 3, 6);
  const allergies = g.some(ALLERGIES, 1, 2);
  const updated = g.past(0, 3, false);
  const ec = p.child;
  const row = (...cells: [string, Part][]) => h`
      <tr>${cells.map(([label, value]) => h`<td class="label_custom" id="label_${label.replace(/\W/g, '').toLowerCase()}"><span>${label}</span></td><td class="text data">${value}</td>`)}</tr>`;
  const card = (title: string, content: Html) => h`
  <section class="card"><div class="card-header"><h6>${title}</h6><a class="btn btn-sm" href="#">Edit</a></div><div class="card-body">${content}</div></section>`;
  const appts = [g.future(3, 40), g.future(41, 120)];
  const pastAppts = [g.past(20, 200), g.past(201, 500)];
  const flu = g.past(90, 200);
  const shingrix = g.past(300, 900);
  return {
    title: `OpenEMR`,
    css: BASE_CSS + '.card{border:1px solid #ccc;margin:8px}.card-header{background:#eee;padding:4px 8px}.label_custom{font-weight:bold;color:#555}',
    body: h`
<div id="mainBox">
  <nav class="navbar navbar-expand-xl"><a class="navbar-brand" href="#">OpenEMR</a>
    <ul class="navbar-nav"><li>Calendar</li><li>Finder</li><li>Flow</li><li>Recalls</li><li>Messages</li><li>Patient</li><li>Fees</li><li>Modules</li><li>Procedures</li><li>Reports</li><li>Miscellaneous</li><li>Help</li></ul>
    <form class="form-inline"><input type="search" class="form-control" placeholder="Search by any demographics" value=""></form>
    <div class="userData"><span>Administrator</span></div>
  </nav>
  <div id="attendantData" class="patient-header">
    <div class="ptName"><span>Patient:</span> <a href="#">${N(`${p.first} ${p.last}`)}</a> <span>(${phi('ID', pid)})</span></div>
    <div><span>DOB:</span> ${D(p.dob, ds)} <span>Age:</span> ${A(p.age)}</div>
    <div><span>Selected Encounter:</span> ${D(vitalsAt, ds)} (${g.int(1000, 9999)})</div>
  </div>
  <h2>Medical Record Dashboard - ${N(`${p.first} ${p.last}`)}</h2>
  <div class="btn-group"><a class="btn">Dashboard</a><a class="btn">History</a><a class="btn">Report</a><a class="btn">Documents</a><a class="btn">Transactions</a><a class="btn">Issues</a><a class="btn">Ledger</a><a class="btn">External Data</a></div>
  <div class="row">
  <div class="col-md-8">
  ${card('Demographics', h`
    <ul class="tabNav"><li class="current">Who</li><li>Contact</li><li>Choices</li><li>Employer</li><li>Stats</li><li>Misc</li><li>Guardian</li></ul>
    <table class="table">
      ${row(['Name:', N(`${p.prefix} ${p.first} ${p.middle} ${p.last}`)], ['S.S.:', phi('SSN', p.ssn)])}
      ${row(['DOB:', D(p.dob, ds)], ['Sex:', sexWord(p)])}
      ${row(['Marital Status:', p.marital], ['License/ID:', phi('DRIVERS_LICENSE', p.dl)])}
      ${row(['External ID:', phi('MRN', p.mrn)], ['Billing Note:', ''])}
      ${row(['Address:', phi('ADDRESS', streetLine(p))], ['City:', phi('ADDRESS', p.city)])}
      ${row(['State:', p.state], ['Postal Code:', phi('ZIP', p.zip)])}
      ${row(['Country:', p.country], ['Mother\'s Name:', N(`${g.f.person.firstName('female')} ${p.maiden}`)])}
      ${row(['Emergency Contact:', N(`${ec.first} ${ec.last}`)], ['Emergency Phone:', P(ec.phone, 'dash')])}
      ${row(['Home Phone:', P(p.home, 'dash')], ['Work Phone:', P(p.work, 'dash')])}
      ${row(['Mobile Phone:', P(p.cell, 'dash')], ['Contact Email:', phi('EMAIL', p.email)])}
      ${row(['Provider:', provFLC(pcp)], ['Referring Provider:', provFLC(referring)])}
      ${row(['Pharmacy:', `CVS Pharmacy #${g.int(1000, 9999)}`], ['HIPAA Notice Received:', 'YES'])}
      ${row(['Allow Voice Message:', 'YES'], ['Allow Mail Message:', 'YES'])}
      ${row(['Allow SMS:', 'NO'], ['Allow Email:', 'YES'])}
      ${row(['Language:', p.language], ['Ethnicity:', p.ethnicity])}
      ${row(['Race:', p.race], ['Family Size:', String(g.int(1, 4))])}
      ${row(['Occupation:', 'Retired'], ['Referral Source:', 'Patient'])}
      ${row(['Deceased Date:', ''], ['Date Last Updated:', D(updated, ds, 'sec')])}
    </table>`)}
  ${card('Insurance', h`
    <div class="ins-title">Primary Insurance Provider: ${p.payer}</div>
    <table class="table">
      ${row(['Plan Name:', p.plan], ['Effective Date:', D(g.past(400, 3000), ds)])}
      ${row(['Policy Number:', phi('HEALTH_PLAN', p.memberId)], ['Group Number:', phi('HEALTH_PLAN', p.groupNo)])}
      ${row(['Subscriber:', N(`${p.first} ${p.middle} ${p.last}`)], ['Relationship:', 'Self'])}
      ${row(['S.S.:', phi('SSN', p.ssn)], ['D.O.B.:', D(p.dob, ds)])}
      ${row(['Subscriber Address:', h`${phi('ADDRESS', p.street)}, ${phi('ADDRESS', p.city)}, ${p.state} ${phi('ZIP', p.zip)}`], ['Subscriber Phone:', P(p.home, 'dash')])}
      ${row(['Copay:', `$${g.pick([0, 10, 20, 25, 40])}.00`], ['Accept Assignment:', 'YES'])}
    </table>`)}
  </div>
  <div class="col-md-4">
  ${card('Medical Problems', h`<ul>${problems.map(([name, code]) => h`<li>${name} <span class="text-muted">(ICD10:${code})</span></li>`)}</ul>`)}
  ${card('Allergies', h`<ul>${allergies.map(([name, reaction]) => h`<li>${name} - <span>${reaction}</span> <span class="badge">Severe</span></li>`)}</ul>`)}
  ${card('Medications', h`<ul>${meds.map(([name]) => h`<li>${name}</li>`)}</ul>`)}
  ${card('Immunizations', h`<ul>
    <li><span>${D(flu, ds)}</span> Influenza, high-dose, quadrivalent <span class="text-muted">Lot: ${g.upper(2)}${g.digits(4)}AA</span></li>
    <li><span>${D(shingrix, ds)}</span> Zoster recombinant (Shingrix) dose 2 of 2</li></ul>`)}
  ${card('Vitals', h`<div>Most recent vitals from: ${D(vitalsAt, ds, 'sec')}</div>
    <table class="vitals">
      <tr><td>Blood Pressure:</td><td>${v.sys}/${v.dia}</td></tr>
      <tr><td>Weight:</td><td>${v.weightLb} lb (${v.weightKg.toFixed(2)} kg)</td></tr>
      <tr><td>Height:</td><td>${v.heightIn} in (${v.heightCm} cm)</td></tr>
      <tr><td>Temperature:</td><td>${v.tempF} F</td></tr>
      <tr><td>Pulse:</td><td>${v.hr}.00 per min</td></tr>
      <tr><td>Respiration:</td><td>${v.rr}.00 per min</td></tr>
      <tr><td>BMI:</td><td>${v.bmi} kg/m^2</td></tr>
      <tr><td>Oxygen Saturation:</td><td>${v.spo2}.00 %</td></tr>
    </table>`)}
  ${card('Appointments', h`
    ${appts.map((d) => h`<div class="appt"><a href="#">${D(d, ds)}</a><br><span>${ft(d, '12')}</span> Office Visit<br>${provFLC(pcp)}</div>`)}
    <div class="text-muted">Recurrent Appointments: None</div>`)}
  ${card('Past Appointments', h`${pastAppts.map((d) => h`<div class="appt">${D(d, ds, '12')} Established Patient ${provFLC(pcp)}</div>`)}`)}
  </div>
  </div>
  <footer><span>OpenEMR v7.0.2 (1)</span> <span>Copyright © 2025 OpenEMR Foundation</span></footer>
</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. OpenMRS patient dashboard (2.x reference application; O3 SPA for the second page)

function openmrs(g: G, k: number): Screen {
  const p = g.patient(18, 96);
  const visitDates = [g.past(0, 1), g.past(30, 120), g.past(121, 300), g.past(301, 700)];
  const v = vitals(g);
  const problems = g.some(PROBLEMS, 2, 4);
  const allergies = g.some(ALLERGIES, 1, 2);
  const openmrsId = `${g.int(100, 999)}${g.upper(1)}${g.int(1, 9)}${g.upper(1)}`;
  const rel = p.child;
  if (k === 0) {
    return {
      title: 'OpenMRS - Patient Dashboard',
      css: BASE_CSS + '.patient-header{background:#f9f9f9;border-bottom:1px solid #ddd;padding:8px}.name em{display:block;font-size:10px;color:#999}.info-section{margin:8px;border:1px solid #ddd}',
      body: h`
<header>
  <div class="logo"><a href="#"><img src="openmrs-logo.png" alt="OpenMRS"></a></div>
  <ul class="user-options"><li class="identifier">admin</li><li class="change-location">Inpatient Ward</li><li class="logout"><a href="#">Logout</a></li></ul>
</header>
<ul id="breadcrumbs"><li><a href="#">Home</a></li><li><a href="#">Find Patient Record</a></li><li>${N(`${p.last}, ${p.first}`)}</li></ul>
<div class="patient-header">
  <div class="demographics">
    <h1 class="name">
      <span><span class="PersonName-givenName">${N(p.first)}</span>
      <em>Given</em></span>
      <span><span class="PersonName-middleName">${N(p.middle)}</span>
      <em>Middle</em></span>
      <span><span class="PersonName-familyName">${N(p.last)}</span>
      <em>Family Name</em></span>
      &nbsp;
      <span class="gender-age"><span>${sexWord(p)}&nbsp;</span><span>${A(p.age, ' year(s)')} (${D(p.dob, 'dotmon')})</span></span>
    </h1>
  </div>
  <div class="identifiers"><em>Patient ID</em><span>${phi('MRN', openmrsId)}</span></div>
  <div class="active-visit-started-at-message">Active Visit - Started at ${D(visitDates[0]!, 'dotmon', '24', ', ')}</div>
</div>
<div class="actions">
  <ul class="float-left"><li>Start Visit</li><li>Add Past Visit</li><li>Merge Visits</li><li>Schedule Appointment</li><li>Request Appointment</li><li>Mark Patient Deceased</li><li>Edit Registration Information</li><li>Delete Patient</li></ul>
</div>
<div class="dashboard">
  <div class="info-section"><div class="info-header"><h3>DIAGNOSES</h3></div><div class="info-body"><ul>${problems.map(([name, code]) => h`<li>${name} <span class="code">${code}</span></li>`)}</ul></div></div>
  <div class="info-section"><div class="info-header"><h3>LATEST OBSERVATIONS</h3></div><div class="info-body">
    <table><tr><th>Concept</th><th>Value</th><th>Date</th></tr>
      <tr><td>Weight (kg)</td><td>${v.weightKg}</td><td>${D(visitDates[1]!, 'dotmon')}</td></tr>
      <tr><td>Height (cm)</td><td>${v.heightCm}</td><td>${D(visitDates[1]!, 'dotmon')}</td></tr>
      <tr><td>Systolic blood pressure</td><td>${v.sys}</td><td>${D(visitDates[1]!, 'dotmon')}</td></tr>
      <tr><td>Diastolic blood pressure</td><td>${v.dia}</td><td>${D(visitDates[1]!, 'dotmon')}</td></tr>
      <tr><td>Pulse</td><td>${v.hr}</td><td>${D(visitDates[1]!, 'dotmon')}</td></tr>
      <tr><td>Arterial blood oxygen saturation (pulse oximeter)</td><td>${v.spo2}</td><td>${D(visitDates[1]!, 'dotmon')}</td></tr>
      <tr><td>CD4 COUNT</td><td>${g.int(350, 900)}</td><td>${D(visitDates[2]!, 'dotmon')}</td></tr>
    </table></div></div>
  <div class="info-section"><div class="info-header"><h3>VITALS</h3></div><div class="info-body">
    <p>Last Vitals: ${D(visitDates[1]!, 'dotmon', '24', ' ')}</p>
    <ul><li>Height: ${v.heightCm} cm</li><li>Weight: ${v.weightKg} kg</li><li>Calculated BMI: ${v.bmi}</li><li>Temperature: ${((Number(v.tempF) - 32) / 1.8).toFixed(1)} °C</li><li>Blood Pressure: ${v.sys} / ${v.dia}</li><li>Respiratory Rate: ${v.rr}</li><li>Blood oxygen saturation: ${v.spo2} %</li></ul>
  </div></div>
  <div class="info-section"><div class="info-header"><h3>ALLERGIES</h3></div><div class="info-body"><ul>${allergies.map(([name, reaction]) => h`<li>${name} <span class="reaction">(${reaction})</span></li>`)}</ul></div></div>
  <div class="info-section"><div class="info-header"><h3>RECENT VISITS</h3></div><div class="info-body">
    <ul>${visitDates.slice(1).map((d, i) => h`<li><a href="#" class="visit-link">${D(d, 'dotmon')}</a> <span class="tag">${i === 0 ? 'Outpatient' : g.pick(['Facility Visit', 'Outpatient', 'Inpatient Ward'])}</span></li>`)}</ul>
  </div></div>
  <div class="info-section"><div class="info-header"><h3>RELATIONSHIPS</h3></div><div class="info-body">
    <div class="relationship"><a href="#">${N(`${rel.first} ${rel.last}`)}</a> <span>${rel.relation === 'daughter' || rel.relation === 'son' || rel.relation === 'niece' ? 'Parent' : 'Sibling'}</span></div>
    <div class="relationship"><a href="#">${N(`${p.spouse.first} ${p.spouse.last}`)}</a> <span>Spouse</span></div>
  </div></div>
  <div class="info-section"><div class="info-header"><h3>APPOINTMENTS</h3></div><div class="info-body">
    <table><tr><th>Date</th><th>Time</th><th>Service</th><th>Provider</th><th>Location</th></tr>
    <tr><td>${D(g.future(7, 60), 'dotmon')}</td><td>09:30 AM</td><td>General Medicine</td><td>${drName(g.provider())}</td><td>Outpatient Clinic</td></tr></table>
  </div></div>
</div>
<footer>OpenMRS Reference Application 2.12.2</footer>`,
    };
  }
  // O3 (OpenMRS 3) patient chart, UK-style data.
  const obsDates = [g.past(0, 2), g.past(10, 60), g.past(61, 200)];
  const nationalId = `${g.digits(3)} ${g.digits(3)} ${g.digits(4)}`;
  const onset = [g.past(400, 2500), g.past(400, 2500)];
  return {
    title: 'OpenMRS',
    css: BASE_CSS + '.patient-banner{display:flex;gap:12px;padding:12px;border-bottom:1px solid #e0e0e0}.cds--tag{background:#e0e0e0;border-radius:12px;padding:0 8px}',
    body: h`
<header class="cds--header" aria-label="OpenMRS"><a class="cds--header__name" href="#">OpenMRS</a><div class="location">Outpatient Clinic</div><button>My account</button></header>
<nav class="left-nav"><ul><li>Patient summary</li><li>Vitals &amp; biometrics</li><li>Medications</li><li>Orders</li><li>Results</li><li>Visits</li><li>Allergies</li><li>Conditions</li><li>Immunizations</li><li>Attachments</li><li>Programs</li><li>Appointments</li></ul></nav>
<main>
<div class="patient-banner" role="banner">
  <div class="patient-avatar" aria-label="Patient avatar"></div>
  <div class="patient-info">
    <div class="name-row"><span class="patient-name">${N(`${p.first} ${p.last}`)}</span> <span class="cds--tag">Active Visit</span></div>
    <div class="demographics"><span>${sexWord(p)}</span> <span class="separator">·</span> <span>${A(p.age, ' yrs')}</span> <span class="separator">·</span> <span>${D(p.dob, 'dmon')}</span></div>
    <div class="identifiers">
      <span class="identifier-tag"><span class="label">OpenMRS ID</span> <span class="value">${phi('MRN', openmrsId)}</span></span>
      <span class="identifier-tag"><span class="label">National ID</span> <span class="value">${phi('ID', nationalId)}</span></span>
    </div>
  </div>
  <button class="cds--btn">Show details</button>
</div>
<div class="contact-details">
  <div class="col"><p class="heading">Address</p><ul><li>${phi('ADDRESS', p.street)}</li><li>${phi('ADDRESS', p.city)}</li><li>${p.state}</li><li>${phi('ZIP', p.zip)}</li><li>${p.country}</li></ul></div>
  <div class="col"><p class="heading">Contact details</p><ul><li>Telephone number: ${P(p.cell, 'plus')}</li></ul></div>
  <div class="col"><p class="heading">Relationships</p><ul>
    <li><span>${N(`${p.spouse.first} ${p.spouse.last}`)}</span> <span>Spouse</span> <span>${A(ageOn(p.dob, g.today) + g.int(-3, 3), ' yrs')}</span></li>
    <li><span>${N(`${rel.first} ${rel.last}`)}</span> <span>${rel.relation === 'daughter' || rel.relation === 'son' ? 'Child' : 'Sibling'}</span> <span>${g.int(35, 70)} yrs</span></li></ul></div>
</div>
<section class="widget"><h4>Vitals</h4>
  <p class="last-recorded">Last recorded: ${D(obsDates[0]!, 'dmony', '24', ', ')}</p>
  <table class="cds--data-table"><thead><tr><th>Date and time</th><th>BP (mmHg)</th><th>R. rate (breaths/min)</th><th>Pulse (beats/min)</th><th>SpO2 (%)</th><th>Temp (DEG C)</th></tr></thead>
  <tbody>${obsDates.map((d) => {
    const w = vitals(g);
    return h`<tr><td>${D(d, 'dmony', '24', ', ')}</td><td>${w.sys} / ${w.dia}</td><td>${w.rr}</td><td>${w.hr}</td><td>${w.spo2}</td><td>${((Number(w.tempF) - 32) / 1.8).toFixed(1)}</td></tr>`;
  })}</tbody></table>
</section>
<section class="widget"><h4>Conditions</h4>
  <table><thead><tr><th>Condition</th><th>Date of onset</th><th>Status</th></tr></thead>
  <tbody>${problems.slice(0, 2).map(([name], i) => h`<tr><td>${name}</td><td>${D(onset[i]!, 'monyyyy')}</td><td>Active</td></tr>`)}</tbody></table>
</section>
<section class="widget"><h4>Visits</h4>
  <ul>${obsDates.map((d) => h`<li><span class="visit-type">${g.pick(['Facility Visit', 'Home Visit', 'OPD Visit'])}</span> <span>${D(d, 'dmony', '24', ', ')}</span> <span>Outpatient Clinic</span></li>`)}</ul>
</section>
</main>
<footer class="footer">Version 3.2.1 · Powered by OpenMRS</footer>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Epic-Hyperspace-like storyboard and In Basket

function epic(g: G, k: number): Screen {
  const p = g.patient(k === 0 ? 91 : 60, k === 0 ? 99 : 88);
  const pcp = g.provider();
  const me = g.provider();
  const v = vitals(g);
  const allergies = g.some(ALLERGIES, 1, 3);
  const csn = g.digits(10);
  const messages: { d: Date; pt: Patient; subject: string; from: string; fromPatient: boolean }[] = [];
  for (let i = 0; i < 10; i++) {
    const pt = i === 0 ? p : g.patient(25, 96);
    const fromPatient = i === 0 || g.chance(0.5);
    messages.push({
      d: g.past(i < 3 ? 0 : 1, i < 3 ? 0.3 : 9, false),
      pt,
      subject: i === 0 ? 'Patient Advice Request' : g.pick(['Refill Request', 'Medication Question', 'RE: Test Results Question', 'Appointment Request', 'Result: LIPID PANEL', 'Result: CBC W/ AUTO DIFF',
        'Result: HEMOGLOBIN A1C', 'Visit Follow-up Question', 'Prior Authorization Needed', 'Patient Advice Request']),
      from: fromPatient ? '' : g.pick(['Lab, Background User', provLFC(g.provider()), 'Pharmacy, Refill Interface', 'Nurse, Triage Pool']),
      fromPatient,
    });
  }
  messages.sort((a, b) => b.d.getTime() - a.d.getTime());
  const todayStr = fd(g.today, 'mdy1');
  const med = g.pick(MEDS);
  // The preview pane shows the storyboard patient's message.
  const selected = messages.find((m) => m.pt === p)!;
  const sent = selected.d;
  const msgPt = selected.pt;
  return {
    title: 'Hyperspace - In Basket',
    css: BASE_CSS + '.storyboard{float:left;width:230px;background:#e9eef4;padding:6px}.sb-name{font-size:16px;font-weight:bold}.sb-row{margin:2px 0}.inbasket{margin-left:240px}',
    body: h`
<div class="epic-toolbar"><span class="epic-button">Epic</span> <a>Patient Lookup</a> <a>Schedule</a> <a>In Basket</a> <a>Chart</a> <a>Encounter</a> <a>Secure Chat</a> <a>Log Out</a></div>
<aside class="storyboard" aria-label="Storyboard">
  <div class="sb-photo" title="Patient photo"></div>
  <div class="sb-name">${N(`${p.first} ${initial(p.middle)} ${p.last}`)}</div>
  <div class="sb-row">${sexWord(p)}, ${A(p.age, ' y.o.')}, ${D(p.dob, 'mdy1')}</div>
  <div class="sb-row">MRN: ${phi('MRN', p.mrn)}</div>
  <div class="sb-row">CSN: ${phi('ACCOUNT', csn)}</div>
  <div class="sb-row">Bed: ${g.int(2, 9)}${g.pick(['W', 'E', 'N'])} ${g.int(401, 499)}-${g.pick(['A', 'B'])}</div>
  <div class="sb-row">Code: ${g.pick(['Full Code (no ACP docs)', 'DNR/DNI', 'Prior (DNR)'])}</div>
  <div class="sb-row">Isolation: None</div>
  <div class="sb-row">Allergies: ${allergies.map(([a]) => a).join(', ')}</div>
  <div class="sb-row">Ht: ${v.heightCm} cm (${Math.floor(v.heightCm / 30.48)}' ${Math.round((v.heightCm / 2.54) % 12)}")</div>
  <div class="sb-row">Wt: ${v.weightKg} kg (${v.weightLb} lb)</div>
  <div class="sb-row">BMI: ${v.bmi}</div>
  <div class="sb-row">Coverage: ${p.plan.toUpperCase()}</div>
  <div class="sb-row">PCP: ${provFLC(pcp)}</div>
  <div class="sb-row">Pref Language: ${p.language}</div>
  <div class="sb-row">Need Interp: ${p.language === 'English' ? 'No' : 'Yes'}</div>
  <div class="sb-row">Primary Contact: ${N(`${p.child.first} ${p.child.last}`)} (${p.child.relation === 'niece' ? 'Niece' : p.child.relation === 'son' ? 'Son' : 'Daughter'}) ${P(p.child.phone, 'dash')}</div>
  <div class="sb-row">Infection: None</div>
  <div class="sb-row">Patient FYI</div>
</aside>
<div class="inbasket">
  <div class="ib-folders"><h3>My Messages</h3><ul><li>Results (${g.int(3, 20)})</li><li>Patient Medical Advice Request (${g.int(1, 6)})</li><li>Rx Request (${g.int(1, 9)})</li><li>Cosign - Clinic Orders</li><li>CC'd Charts</li><li>Staff Message</li></ul></div>
  <table class="ib-list">
    <tr><th>Status</th><th>Patient</th><th>MRN</th><th>Msg Date</th><th>Subject</th><th>From</th><th>Dept</th></tr>
    ${messages.map((m) => h`<tr><td>${g.pick(['New', 'Read', 'New'])}</td><td>${N(`${m.pt.last}, ${m.pt.first} ${initial(m.pt.middle)}`)}</td><td>${phi('MRN', m.pt.mrn)}</td>
      <td>${fd(m.d, 'mdy1') === todayStr ? ft(m.d, '12') : D(m.d, 'mdy2')}</td><td>${m.subject}</td><td>${m.fromPatient ? N(`${m.pt.last}, ${m.pt.first}`) : m.from}</td><td>${g.pick(['LIM INT MED', 'RRMC 4W MED', 'LIM CARDIOLOGY'])}</td></tr>`)}
  </table>
  <div class="ib-preview">
    <div class="hdr">From: ${N(`${msgPt.first} ${msgPt.last}`)}</div>
    <div class="hdr">To: ${provFLC(me)}</div>
    <div class="hdr">Sent: ${D(sent, 'mdy1', '12')}</div>
    <div class="hdr">Subject: ${selected.subject}</div>
    <div class="msg-body">
      <p>Dr. ${me.last},</p>
      <p>I am almost out of my ${med[0].split(' ')[0]}. I have about 3 pills left. Can you please send a new prescription to the Walgreens I usually use? My ${msgPt.child.relation} ${N(msgPt.child.first)} will pick it up after work. Also my blood pressure this morning was ${v.sys}/${v.dia}, is that OK?</p>
      <p>You can call me at ${P(msgPt.cell, 'dash')} anytime after 10.</p>
      <p>Thank you,<br>${N(msgPt.first)}</p>
    </div>
    <div class="ib-actions"><button>Reply</button><button>Reply All</button><button>Forward</button><button>Route</button><button>Done</button><button>Call Patient</button></div>
  </div>
</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Cerner-PowerChart-like banner and flowsheet (Results Review)

function cerner(g: G, k: number): Screen {
  const p = g.patient(k === 0 ? 40 : 90, k === 0 ? 89 : 97);
  const attending = g.provider();
  const fin = g.digits(9);
  const admit = g.past(3, 6);
  const times: Date[] = [];
  for (let i = 0; i < 6; i++) {
    const d = new Date(g.today.getTime() - (i * 4 + 2) * 3_600_000);
    d.setUTCMinutes(0, 0, 0);
    times.push(d);
  }
  const ds: DateStyle = k === 0 ? 'mdy' : 'dmon';
  const rows: [string, (i: number) => string][] = [
    ['Temperature Oral', () => ((g.int(970, 1010) / 10 - 32) / 1.8).toFixed(1)],
    ['Peripheral Pulse Rate', () => String(g.int(62, 118))],
    ['Respiratory Rate', () => String(g.int(14, 26))],
    ['Systolic Blood Pressure', () => String(g.int(96, 172))],
    ['Diastolic Blood Pressure', () => String(g.int(50, 96))],
    ['Mean Arterial Pressure, Cuff', () => String(g.int(68, 110))],
    ['SpO2', () => String(g.int(88, 99))],
    ['Oxygen Therapy', () => g.pick(['Room air', 'Nasal cannula', 'Room air'])],
    ['Oxygen Flow Rate', () => g.pick(['', '2 L/min', '3 L/min'])],
    ['Pain Score (0-10)', () => String(g.int(0, 8))],
    ['Glasgow Coma Score', () => String(g.int(13, 15))],
  ];
  const labs: [string, string, number, number, string][] = [
    ['Sodium Lvl', 'mmol/L', 128, 146, '136-145'], ['Potassium Lvl', 'mmol/L', 3.1, 5.6, '3.5-5.1'], ['Chloride Lvl', 'mmol/L', 96, 110, '98-107'],
    ['CO2 Lvl', 'mmol/L', 19, 30, '22-29'], ['BUN', 'mg/dL', 8, 48, '8-23'], ['Creatinine Lvl', 'mg/dL', 0.6, 2.4, '0.51-0.95'], ['Glucose Lvl', 'mg/dL', 70, 260, '74-106'],
    ['WBC', 'x10^3/mcL', 3.2, 16, '3.7-10.5'], ['Hgb', 'g/dL', 7.9, 15.2, '11.5-15.5'], ['Platelet', 'x10^3/mcL', 90, 420, '150-400'], ['Troponin-T HS', 'ng/L', 4, 90, '<19'],
  ];
  const labTimes = [times[1]!, new Date(times[1]!.getTime() - 86_400_000)];
  const meds = g.some(MEDS, 4, 6);
  return {
    title: 'PowerChart Organizer for Clinician',
    css: BASE_CSS + '.pt-banner{background:#dde6f0;border-bottom:2px solid #7a9cc6;padding:4px}.pt-banner span.lbl{color:#555}.flowsheet td,.flowsheet th{border:1px solid #ccc}',
    body: h`
<div class="menu-bar"><span>Task</span> <span>Edit</span> <span>View</span> <span>Patient</span> <span>Chart</span> <span>Links</span> <span>Notifications</span> <span>Navigation</span> <span>Help</span></div>
<div class="toolbar"><a>Tracking Shell</a> <a>Message Centre</a> <a>Patient List</a> <a>Dynamic Worklist</a> <a>CareCompass</a> <a>Discern Reporting Portal</a> <a>Tear Off</a> <a>Exit</a> <a>Calculator</a> <a>AdHoc</a> <a>PM Conversation</a> <a>Medical Record Request</a></div>
<div class="pt-banner" id="bannerBar">
  <div class="line1"><span class="pt-name">${N(`${p.last.toUpperCase()}, ${p.first.toUpperCase()} ${initial(p.middle)}`)}</span>
    <span class="lbl">DOB:</span><span>${D(p.dob, ds)}</span>
    <span class="lbl">Age:</span><span>${A(p.age, ' years')}</span>
    <span class="lbl">Sex:</span><span>${sexWord(p)}</span>
    <span class="lbl">MRN:</span><span>${phi('MRN', p.mrn)}</span>
    <span class="lbl">FIN:</span><span>${phi('ACCOUNT', fin)}</span></div>
  <div class="line2"><span class="lbl">Allergies:</span> <span>${g.some(ALLERGIES, 1, 3).map(([a]) => a).join(', ')}</span>
    <span class="lbl">Dosing Wt:</span><span>${(g.int(480, 980) / 10).toFixed(1)} kg</span>
    <span class="lbl">Isolation:</span><span>${g.pick(['Contact', 'Droplet', '<None>'])}</span>
    <span class="lbl">Loc:</span><span>${g.int(3, 7)}W; ${g.int(301, 799)}; ${g.pick(['A', 'B'])}</span></div>
  <div class="line3"><span>Inpatient [${D(admit, ds, '24')} - &lt;No - Discharge date&gt;]</span>
    <span class="lbl">Attending:</span><span>${attending.last} ${attending.credential}, ${attending.first}</span>
    <span class="lbl">Code Status:</span><span>${g.pick(['Full Code', 'DNR/DNI', 'DNR, OK to intubate'])}</span>
    <span class="lbl">Disease:</span><span></span> <span class="lbl">Resus:</span><span></span></div>
</div>
<div class="layout">
  <div class="menu"><ul><li>Orders</li><li>Interactive View and I&amp;O</li><li class="selected">Results Review</li><li>Medication List</li><li>Problems and Diagnoses</li><li>Documentation</li><li>MAR</li><li>MAR Summary</li><li>Allergies</li><li>Patient Information</li><li>Histories</li><li>Growth Chart</li><li>Form Browser</li></ul></div>
  <div class="content">
    <div class="tabs"><span>Recent Results</span> <span class="active">Vital Signs</span> <span>Lab - Recent</span> <span>Lab - Extended</span> <span>Micro</span> <span>Imaging</span></div>
    <table class="flowsheet">
      <tr><th>Navigator</th>${times.map((d) => h`<th>${D(d, ds, '24')}</th>`)}</tr>
      ${rows.map(([name, value]) => h`<tr><td>${name}</td>${times.map((_, i) => h`<td>${value(i)}</td>`)}</tr>`)}
    </table>
    <h4>Lab - Recent</h4>
    <table class="flowsheet">
      <tr><th>Result</th>${labTimes.map((d) => h`<th>${D(d, ds, '24')}</th>`)}<th>Units</th><th>Ref Range</th></tr>
      ${labs.map(([name, unit, lo, hi, range]) => h`<tr><td>${name}</td>${labTimes.map(() => {
        const x = lo + ((hi - lo) * g.int(0, 100)) / 100;
        return h`<td>${hi < 20 ? x.toFixed(1) : String(Math.round(x))}${g.chance(0.2) ? ' (H)' : ''}</td>`;
      })}<td>${unit}</td><td>${range}</td></tr>`)}
    </table>
    <h4>Medication List</h4>
    <table class="meds"><tr><th>Medication</th><th>Details</th><th>Start</th><th>Status</th></tr>
      ${meds.map(([name, sig]) => h`<tr><td>${name}</td><td>${sig}</td><td>${D(new Date(admit.getTime() + g.int(1, 30) * 3_600_000), ds, '24')}</td><td>Ordered</td></tr>`)}
    </table>
    <h4>Clinical Notes</h4>
    <table class="notes"><tr><th>Date</th><th>Note</th><th>Status</th><th>Author</th></tr>
      <tr><td>${D(times[2]!, ds, '24')}</td><td>Hospitalist Progress Note</td><td>Auth (Verified)</td><td>${attending.last} ${attending.credential}, ${attending.first}</td></tr>
      <tr><td>${D(admit, ds, '24')}</td><td>History and Physical</td><td>Auth (Verified)</td><td>${attending.last} ${attending.credential}, ${attending.first}</td></tr>
    </table>
  </div>
</div>
<div class="status-bar"><span>P0783</span> <span>RRMC_MED</span> <span>${ft(g.today, '24')}</span></div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Ambulatory appointment schedule (athena-like grid; eCW-like table)

function schedule(g: G, k: number): Screen {
  const doctor = g.provider();
  const day = new Date(g.today);
  day.setUTCHours(0, 0, 0, 0);
  const slots: { time: string; pt?: Patient; reason: string; status: string }[] = [];
  for (let minutes = 8 * 60; minutes < 16 * 60 + 30; minutes += g.pick([15, 15, 30])) {
    const t = new Date(day.getTime() + minutes * 60_000);
    if (minutes >= 12 * 60 && minutes < 13 * 60) {
      if (minutes === 12 * 60) slots.push({ time: ft(t, k === 0 ? '12s' : '12'), reason: 'LUNCH', status: '' });
      continue;
    }
    const open = g.chance(0.15);
    slots.push({
      time: ft(t, k === 0 ? '12s' : '12'),
      ...(open ? {} : { pt: g.patient(2, 98) }),
      reason: open ? 'Open' : g.pick(REASONS),
      status: open ? '' : g.pick(['Checked In', 'Checked Out', 'Arrived', 'Confirmed', 'Scheduled', 'No Show', 'In Room 4', 'Ready for Staff']),
    });
  }
  const clinic = g.pick(FACILITIES);
  if (k === 0) {
    return {
      title: 'athenaOne - Schedule',
      css: BASE_CSS + '.appt-slot{display:flex;border-bottom:1px solid #ddd}.time{width:60px;color:#666}.appt{flex:1}.pt-name{font-weight:bold}',
      body: h`
<div id="athena-header"><span class="logo">athenaOne</span> <a>Calendar</a> <a>Patients</a> <a>Claims</a> <a>Reports</a> <a>Quality</a> <a>Settings</a> <input type="text" class="patient-search" placeholder="Find patient" value=""></div>
<div class="schedule-header">
  <h1>Schedule</h1>
  <div class="dept">${clinic} · ${drName(doctor)}</div>
  <div class="date-nav"><button>&lt;</button> <span class="sched-date">${D(g.today, 'weekday')}</span> <button>&gt;</button> <button>Today</button></div>
</div>
<div class="legend"><span class="chk">Checked In</span> <span class="noshow">No Show</span> <span class="conf">Confirmed</span></div>
<div class="slots">
${slots.map((s) => s.pt
  ? h`<div class="appt-slot">
    <div class="time">${s.time}</div>
    <div class="appt">
      <span class="pt-name">${N(`${s.pt.last}, ${s.pt.first}`)}</span> <span class="pt-dob">(${D(s.pt.dob, 'mdy')})</span> <span class="sex-age">${sexLetter(s.pt)} ${A(s.pt.age, 'y')}</span>
      <div class="appt-type">${g.pick(['FOLLOW UP 15', 'NEW PT 30', 'PHYSICAL 30', 'SICK 15', 'NURSE VISIT'])}</div>
      <div class="reason">${s.reason}</div>
      <div class="ins">${s.pt.payer.toUpperCase()}</div>
      <div class="phone">H: ${P(s.pt.home, 'paren')}</div>
      <div class="status">${s.status}</div>
    </div></div>`
  : h`<div class="appt-slot open"><div class="time">${s.time}</div><div class="appt">${s.reason}</div></div>`)}
</div>
<footer><span>athenahealth, Inc.</span> <span>Page 1 of 1</span></footer>`,
    };
  }
  const selected = slots.find((s) => s.pt)!.pt!;
  return {
    title: 'eClinicalWorks - Resource Schedule',
    css: BASE_CSS + '.sched th{background:#3c6e9f;color:#fff}.sched td{border-bottom:1px solid #ddd}.hub{border:1px solid #999;margin:8px;padding:6px}',
    body: h`
<div class="ecw-menu"><span>S</span> <span>Schedule</span> <span>Patient</span> <span>EMR</span> <span>Billing</span> <span>Reports</span> <span>Messenger</span> <span>Fax</span> <span>Referrals</span></div>
<div class="filter">Provider: <select><option>${doctor.last}, ${doctor.first}</option></select> Facility: <select><option>${clinic}</option></select> Date: <input type="text" value="${fd(g.today, 'mdy')}"></div>
<h2>Appointments for ${D(g.today, 'mdy')}</h2>
<table class="sched">
  <tr><th>Time</th><th>Patient Name</th><th>DOB</th><th>Age</th><th>Sex</th><th>Visit Type</th><th>Reason</th><th>Provider</th><th>Resource</th><th>Status</th><th>Tel. No.</th></tr>
  ${slots.map((s) => s.pt
    ? h`<tr><td>${s.time}</td><td>${N(`${s.pt.last}, ${s.pt.first}`)}</td><td>${D(s.pt.dob, 'mdy')}</td><td>${A(s.pt.age, ' Y')}</td><td>${sexLetter(s.pt)}</td><td>${g.pick(['OV', 'NP', 'PE', 'FU', 'TEL'])}</td><td>${s.reason}</td><td>${doctor.last}, ${initial(doctor.first)}</td><td>${g.pick(['Room 1', 'Room 2', 'Room 3', 'Nurse'])}</td><td>${s.status}</td><td>${P(s.pt.cell, 'dash')}</td></tr>`
    : h`<tr class="open"><td>${s.time}</td><td colspan="10">${s.reason}</td></tr>`)}
</table>
<div class="hub">
  <h3>Patient Hub</h3>
  <div><b>${N(`${selected.last}, ${selected.first} ${initial(selected.middle)}`)}</b> ${sexLetter(selected)}, ${A(selected.age, ' Y')}</div>
  <div>Acct No: ${phi('ACCOUNT', selected.account)}</div>
  <div>DOB: ${D(selected.dob, 'mdy')}</div>
  <div>Address: ${phi('ADDRESS', streetLine(selected))}, ${phi('ADDRESS', selected.city)}, ${selected.state} ${phi('ZIP', selected.zip)}</div>
  <div>Home: ${P(selected.home, 'dash')} Cell: ${P(selected.cell, 'dash')}</div>
  <div>E-mail: ${phi('EMAIL', selected.email)}</div>
  <div>Primary Ins: ${selected.plan} ID: ${phi('HEALTH_PLAN', selected.memberId)}</div>
  <div>PCP: ${doctor.last}, ${doctor.first} Rendering: ${doctor.last}, ${doctor.first}</div>
  <div>Balance: $${g.int(0, 400)}.${g.digits(2)}</div>
</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 6. Lab result report (US reference lab; Canadian community lab)

function labReport(g: G, k: number): Screen {
  const p = g.patient(k === 0 ? 88 : 40, k === 0 ? 97 : 80);
  const orderer = g.provider();
  const collected = g.past(2, 4);
  const received = new Date(collected.getTime() + g.int(60, 240) * 60_000);
  const reported = new Date(received.getTime() + g.int(300, 1500) * 60_000);
  const accession = k === 0 ? `${g.digits(3)}-${g.digits(3)}-${g.digits(4)}-0` : `${g.upper(1)}${g.digits(9)}`;
  type Row = [string, string, string, string, string];
  const result = (lo: number, hi: number, decimals: number, flagLo: number, flagHi: number): [string, string] => {
    const x = lo + ((hi - lo) * g.int(0, 100)) / 100;
    return [x.toFixed(decimals), x > flagHi ? 'High' : x < flagLo ? 'Low' : ''];
  };
  const us: Row[] = [
    ['Glucose', ...result(70, 180, 0, 70, 99), 'mg/dL', '70-99'], ['BUN', ...result(8, 40, 0, 8, 27), 'mg/dL', '8-27'],
    ['Creatinine', ...result(0.6, 1.9, 2, 0.57, 1.0), 'mg/dL', '0.57-1.00'], ['eGFR', ...result(30, 95, 0, 60, 200), 'mL/min/1.73', '>59'],
    ['BUN/Creatinine Ratio', ...result(10, 30, 0, 12, 28), '', '12-28'], ['Sodium', ...result(131, 146, 0, 134, 144), 'mmol/L', '134-144'],
    ['Potassium', ...result(3.3, 5.6, 1, 3.5, 5.2), 'mmol/L', '3.5-5.2'], ['Chloride', ...result(95, 108, 0, 96, 106), 'mmol/L', '96-106'],
    ['Carbon Dioxide, Total', ...result(18, 30, 0, 20, 29), 'mmol/L', '20-29'], ['Calcium', ...result(8.5, 10.6, 1, 8.7, 10.3), 'mg/dL', '8.7-10.3'],
    ['Protein, Total', ...result(6.0, 8.4, 1, 6.0, 8.5), 'g/dL', '6.0-8.5'], ['Albumin', ...result(3.4, 4.9, 1, 3.8, 4.8), 'g/dL', '3.8-4.8'],
    ['Alkaline Phosphatase', ...result(40, 160, 0, 44, 121), 'IU/L', '44-121'], ['AST (SGOT)', ...result(10, 60, 0, 0, 40), 'IU/L', '0-40'],
    ['ALT (SGPT)', ...result(8, 60, 0, 0, 32), 'IU/L', '0-32'], ['Hemoglobin A1c', ...result(5.2, 9.8, 1, 4.8, 5.6), '%', '4.8-5.6'],
    ['TSH', ...result(0.3, 6.2, 3, 0.45, 4.5), 'uIU/mL', '0.450-4.500'], ['Cholesterol, Total', ...result(140, 260, 0, 100, 199), 'mg/dL', '100-199'],
  ];
  const ca: Row[] = [
    ['Glucose Fasting', ...result(4.0, 9.5, 1, 3.6, 6.0), 'mmol/L', '3.6-6.0'], ['Hemoglobin A1C', ...result(0.05, 0.09, 3, 0, 0.06), '', '<0.060'],
    ['Creatinine', ...result(50, 140, 0, 50, 100), 'umol/L', '50-100'], ['eGFR', ...result(35, 100, 0, 60, 200), 'mL/min/1.73m2', '>=60'],
    ['Sodium', ...result(132, 146, 0, 135, 145), 'mmol/L', '135-145'], ['Potassium', ...result(3.3, 5.6, 1, 3.5, 5.0), 'mmol/L', '3.5-5.0'],
    ['ALT', ...result(8, 60, 0, 0, 40), 'U/L', '<40'], ['TSH', ...result(0.3, 6.2, 2, 0.32, 4.0), 'mIU/L', '0.32-4.00'],
    ['Cholesterol', ...result(3.2, 7.0, 2, 0, 5.2), 'mmol/L', '<5.20'], ['LDL Cholesterol', ...result(1.5, 5.0, 2, 0, 3.5), 'mmol/L', '<3.50'],
    ['Hemoglobin', ...result(105, 165, 0, 115, 155), 'g/L', '115-155'], ['Platelets', ...result(120, 420, 0, 150, 400), 'x10E9/L', '150-400'],
  ];
  if (k === 0) {
    const ageY = String(p.age).padStart(3, '0');
    const ageText = `${ageY}/${pad(g.int(0, 11))}/${pad(g.int(0, 28))}`;
    return {
      title: 'Patient Report',
      css: BASE_CSS + '.hdr-grid{display:grid;grid-template-columns:1fr 1fr 1fr}.results td,.results th{border-bottom:1px solid #ccc}.flag{color:#c00;font-weight:bold}',
      body: h`
<div class="report">
  <div class="lab-logo">Northeast Reference Laboratories</div>
  <div class="report-title">Patient Report</div>
  <div class="hdr-grid">
    <div class="box"><div class="box-title">Patient Details</div>
      <div class="pt-name">${N(`${p.last.toUpperCase()}, ${p.first.toUpperCase()} ${p.middle.toUpperCase()}`)}</div>
      <div>DOB: ${D(p.dob, 'mdy')}</div>
      <div>Age(y/m/d): ${p.age > 89 ? phi('AGE_OVER_89', ageText) : ageText}</div>
      <div>Gender: ${sexLetter(p)}</div>
      <div>Patient ID: ${phi('MRN', p.mrn)}</div>
      <div>Phone: ${P(p.home, 'dash')}</div></div>
    <div class="box"><div class="box-title">Specimen Details</div>
      <div>Specimen ID: ${phi('ID', accession)}</div>
      <div>Control ID: ${phi('ID', g.digits(8))}</div>
      <div>Date collected: ${D(collected, 'mdy', '24c')} Local</div>
      <div>Date received: ${D(received, 'mdy')}</div>
      <div>Date entered: ${D(received, 'mdy')}</div>
      <div>Date reported: ${D(reported, 'mdy', '24c')} ET</div></div>
    <div class="box"><div class="box-title">Physician Details</div>
      <div>Ordering: ${initial(orderer.first)} ${orderer.last.toUpperCase()}</div>
      <div>Referring:</div>
      <div>NPI: 1${g.digits(9)}</div>
      <div>${g.pick(FACILITIES)}</div></div>
  </div>
  <div class="general-comments">General Comments &amp; Additional Information<br>Clinical Info: FASTING<br>Total Volume: Not Provided</div>
  <div class="ordered">Ordered Items: Comp. Metabolic Panel (14); Hemoglobin A1c; TSH; Lipid Panel; Venipuncture</div>
  <table class="results">
    <tr><th>TESTS</th><th>RESULT</th><th>FLAG</th><th>UNITS</th><th>REFERENCE INTERVAL</th><th>LAB</th></tr>
    <tr><td colspan="6" class="panel">Comp. Metabolic Panel (14)</td></tr>
    ${us.map(([name, value, flag, units, range]) => h`<tr><td>${name}</td><td>${value}</td><td class="flag">${flag}</td><td>${units}</td><td>${range}</td><td>01</td></tr>`)}
  </table>
  <div class="comment">Please Note: Prediabetes: 5.7 - 6.4 Diabetes: &gt;6.4 Glycemic control for adults with diabetes: &lt;7.0</div>
  <div class="lab-footer">
    <div>01 NE Northeast Reference Laboratories, 1200 Commerce Way, Marlborough, MA 01752-8001 Dir: ${drName(g.provider())}</div>
    <div>For inquiries, the physician may contact Branch: 800-762-4344 Lab: 800-859-6046</div>
    <div>Date Issued: ${D(reported, 'mdy2', '24c')} ET</div>
    <div>FINAL REPORT</div>
    <div>This document contains private and confidential health information protected by state and federal law.</div>
    <div>Page 1 of 1</div>
  </div>
</div>`,
    };
  }
  const healthCard = `${g.digits(4)}-${g.digits(3)}-${g.digits(3)}-${g.upper(2)}`;
  return {
    title: 'Lab Results',
    css: BASE_CSS + 'dl{display:grid;grid-template-columns:140px 1fr}dt{font-weight:bold}.abn{color:#b00}',
    body: h`
<header class="portal-header"><span class="brand">Community Laboratory Services</span> <nav><a>Results</a> <a>Book an Appointment</a> <a>Locations</a> <a>Help</a></nav></header>
<main>
  <h1>Laboratory Report</h1>
  <div class="cols">
    <dl class="patient">
      <dt>Patient</dt><dd>${N(`${p.last.toUpperCase()}, ${p.first}`)}</dd>
      <dt>Date of Birth</dt><dd>${D(p.dob, 'iso')}</dd>
      <dt>Sex</dt><dd>${sexWord(p)}</dd>
      <dt>Health Card #</dt><dd>${phi('HEALTH_PLAN', healthCard)}</dd>
      <dt>Address</dt><dd>${phi('ADDRESS', streetLine(p))}<br>${phi('ADDRESS', p.city)} ${p.state} ${phi('ZIP', p.zip)}</dd>
      <dt>Telephone</dt><dd>${P(p.home, 'paren')}</dd>
    </dl>
    <dl class="specimen">
      <dt>Accession #</dt><dd>${phi('ID', accession)}</dd>
      <dt>Collected</dt><dd>${D(collected, 'iso', '24')}</dd>
      <dt>Received</dt><dd>${D(received, 'iso', '24')}</dd>
      <dt>Reported</dt><dd>${D(reported, 'iso', '24')}</dd>
      <dt>Ordering Practitioner</dt><dd>${drName(orderer)}</dd>
      <dt>Copy To</dt><dd>${drName(g.provider())}</dd>
      <dt>Status</dt><dd>Final</dd>
    </dl>
  </div>
  <table class="results">
    <thead><tr><th>Test</th><th>Result</th><th>Flag</th><th>Units</th><th>Reference Range</th></tr></thead>
    <tbody>${ca.map(([name, value, flag, units, range]) => h`<tr><td>${name}</td><td class="${flag ? 'abn' : ''}">${value}</td><td>${flag ? flag.charAt(0) : ''}</td><td>${units}</td><td>${range}</td></tr>`)}</tbody>
  </table>
  <p class="comment">eGFR calculated using the CKD-EPI 2021 equation. Results should be interpreted in the context of the clinical picture.</p>
  <p class="lab-info">Tested at: Community Laboratory Services, 100 International Blvd, Toronto ON M9W 6J6. Laboratory Director: ${drName(g.provider())}. Licence #5687.</p>
</main>
<footer>Page 1 of 1 · Printed ${D(g.today, 'iso', '24')}</footer>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 7. Clinical notes: discharge summary (free text), outpatient progress note

function clinicalNote(g: G, k: number): Screen {
  const p = g.patient(k === 0 ? 90 : 91, k === 0 ? 96 : 99);
  const attending = g.provider();
  const pcp = g.provider();
  const consultant = g.provider();
  const admit = g.past(5, 8);
  const discharge = g.past(0, 1);
  const event = new Date(admit.getTime() + 86_400_000 * 2);
  const followUp = g.future(5, 14);
  const v = vitals(g);
  const hospital = g.pick(FACILITIES.slice(0, 3));
  const child = p.child;
  const spouse = p.spouse;
  const grandchild = g.person(g.pick(['female', 'male'] as const), child.last);
  const serial = `${g.upper(3)}${g.digits(6)}${g.upper(1)}`;
  const she = pronoun(p);
  const her = possessive(p);
  const title = `${p.prefix} ${p.last}`;
  if (k === 0) {
    return {
      title: 'Discharge Summary',
      css: BASE_CSS + '.doc{max-width:800px;margin:12px auto;font-family:Georgia,serif}.doc h3{font-size:13px;text-transform:uppercase;margin-bottom:2px}',
      body: h`
<div class="viewer-toolbar"><button>Print</button> <button>Route</button> <button>Addendum</button> <span class="doc-status">Signed</span></div>
<div class="doc">
  <h2>${hospital}</h2>
  <h1>DISCHARGE SUMMARY</h1>
  <table class="doc-header">
    <tr><td>Patient Name:</td><td>${N(`${p.last.toUpperCase()}, ${p.first.toUpperCase()}`)}</td><td>MRN:</td><td>${phi('MRN', p.mrn)}</td></tr>
    <tr><td>Date of Birth:</td><td>${D(p.dob, 'mdy')}</td><td>Account #:</td><td>${phi('ACCOUNT', p.account)}</td></tr>
    <tr><td>Admission Date:</td><td>${D(admit, 'mdy')}</td><td>Discharge Date:</td><td>${D(discharge, 'mdy')}</td></tr>
    <tr><td>Attending Physician:</td><td>${provFLC(attending)}</td><td>Primary Care:</td><td>${provFLC(pcp)}</td></tr>
    <tr><td>Discharge Disposition:</td><td colspan="3">Home with services (VNA)</td></tr>
  </table>
  <h3>Admission Diagnosis</h3><p>Community-acquired pneumonia, right lower lobe.</p>
  <h3>Discharge Diagnoses</h3><ol><li>Community-acquired pneumonia (J18.9), improving</li><li>Acute kidney injury on CKD stage 3a (N17.9, N18.31), resolved</li><li>Parkinson disease (G20.A1)</li><li>Paroxysmal atrial fibrillation (I48.0), rate controlled</li></ol>
  <h3>History of Present Illness</h3>
  <p>${N(title)} is a ${A(p.age, '-year-old')} ${p.sex === 'female' ? 'woman' : 'man'} with Parkinson disease, paroxysmal atrial fibrillation on apixaban, and a dual-chamber pacemaker placed in 2016 for sick sinus syndrome, who presented to the ED on ${D(admit, 'mdy1')} with 3 days of productive cough, fever to 101.8 F and confusion. ${her.charAt(0).toUpperCase() + her.slice(1)} ${child.relation}, ${N(`${child.first} ${child.last}`)}, found ${her === 'her' ? 'her' : 'him'} on the floor of ${her} apartment in ${phi('ADDRESS', p.city)} that morning; ${she.toLowerCase()} had been down for an unknown time. In the ED: T 38.6, HR 112, BP 98/56, RR 24, SpO2 88% on RA. CXR showed RLL consolidation. Lactate 2.4. Creatinine 1.9 (baseline 1.1 in ${admit.getUTCFullYear() - 1}).</p>
  <h3>Hospital Course</h3>
  <p>1. CAP: treated with ceftriaxone 1 g IV q24h and azithromycin 500 mg daily, transitioned to cefpodoxime 200 mg PO BID on hospital day 3 to complete a 7-day course. Blood cultures from ${D(admit, 'md')} no growth at 5 days. Legionella and pneumococcal urinary antigens negative. Weaned to room air on ${D(event, 'monthDay')}.</p>
  <p>2. AKI: prerenal, resolved with IV fluids; creatinine 1.0 at discharge. Apixaban was dose-checked (age ${A(p.age)}, weight ${v.weightKg} kg, Cr &lt;1.5): continue 5 mg BID.</p>
  <p>3. Delirium: multifactorial, improved with treatment of infection, Sinemet continued on home schedule, melatonin at night. CAM negative since ${D(event, 'mdy1')}. ${she} was evaluated by ${drName(consultant)} (Geriatrics), who recommended avoiding quetiapine given Parkinson disease.</p>
  <p>4. Pacemaker: Medtronic Azure XT DR MRI SureScan, serial no. ${phi('DEVICE', serial)}, interrogated on ${D(event, 'mdy1')}: normal function, 2% V-paced.</p>
  <p>Goals of care were discussed with the patient, ${her} ${child.relation} ${N(child.first)} (health care proxy) and ${her} grand${grandchild.sex === 'female' ? 'daughter' : 'son'} ${N(`${grandchild.first} ${grandchild.last}`)} by phone on ${D(event, 'mdy1')}. ${she} remains DNR/DNI (MOLST on file). ${N(child.first)} can be reached at ${P(child.phone, 'paren')}; ${her} ${spouse.relation} ${N(spouse.first)} died in ${g.int(2010, 2022)}.</p>
  <h3>Discharge Medications</h3>
  <ul><li>cefpodoxime 200 mg tablet: take 1 tablet by mouth 2 times daily for 4 more days</li><li>apixaban (Eliquis) 5 mg tablet: take 1 tablet 2 times daily</li><li>carbidopa-levodopa (Sinemet) 25-100 mg: 1 tablet at 07:00, 11:00, 15:00 and 19:00</li><li>metoprolol tartrate 25 mg: 1 tablet 2 times daily</li><li>melatonin 3 mg at bedtime as needed for sleep</li></ul>
  <h3>Discharge Condition</h3><p>Stable. Alert and oriented x3. Ambulating with rolling walker and standby assist. Discharge vitals: BP ${v.sys}/${v.dia}, HR ${v.hr}, T ${v.tempF} F, RR ${v.rr}, SpO2 ${v.spo2}% RA.</p>
  <h3>Follow-up</h3>
  <p>${drName(pcp)} (PCP) on ${D(followUp, 'mdy')}. Cardiology device clinic in 3 months. VNA to visit ${her} home at ${phi('ADDRESS', streetLine(p))}, ${phi('ADDRESS', p.city)} within 48 hours for medication reconciliation and home safety evaluation. Repeat BMP in 1 week.</p>
  <p class="signature">Electronically signed by ${provFLC(attending)} on ${D(discharge, 'mdy', '12')}</p>
  <p class="cc">cc: ${drName(pcp)}; ${drName(consultant)}</p>
</div>
<footer>Page 1 of 2</footer>`,
    };
  }
  const dos = g.past(0, 0.2);
  const a1cDate = g.past(6, 14);
  const problems = g.some(PROBLEMS, 3, 4);
  return {
    title: 'Progress Note',
    css: BASE_CSS + '.note{margin:12px;max-width:900px}.section-title{font-weight:bold;text-decoration:underline}',
    body: h`
<div class="emr-header"><span class="app">Progress Notes</span> <span class="tabs"><a>Summary</a> <a class="active">Notes</a> <a>Labs</a> <a>Meds</a> <a>Docs</a></span></div>
<div class="pt-strip patient-header"><span class="pt">${N(`${p.first} ${p.last}`)}</span>, ${A(p.age, 'Y')} ${sexLetter(p)}, DOB: ${D(p.dob, 'mdy')} <span class="acct">Acc No. ${phi('ACCOUNT', p.account)}</span> <span class="dos">DOS: ${D(dos, 'mdy')}</span></div>
<div class="note">
  <div><span class="section-title">Reason for Appointment</span><ol><li>3 month follow-up</li><li>Dizziness</li></ol></div>
  <div><span class="section-title">History of Present Illness</span>
  <p>${A(p.age, ' yo')} ${sexLetter(p)} with ${problems.map(([name]) => name.toLowerCase()).join(', ')} here for follow-up, accompanied by ${her} ${child.relation} ${N(child.first)}. Reports lightheadedness on standing for ~2 weeks, worse in the morning, no syncope. Had a fall on ${D(a1cDate, 'mdy1')} in the bathroom at home, no head strike. Lives with ${her} ${spouse.relation} ${N(spouse.first)} in a single-level home in ${phi('ADDRESS', p.city)}; ${N(child.first)} visits daily and manages the pillbox. Former smoker (quit 1988, 30 pack-years). Drinks 1 glass of wine on weekends. Stopped driving in ${g.int(2018, 2023)}.</p></div>
  <div><span class="section-title">Current Medications</span><ul>${g.some(MEDS, 4, 6).map(([name, sig]) => h`<li>${name} ${sig}</li>`)}</ul></div>
  <div><span class="section-title">Vital Signs</span><p>BP ${v.sys}/${v.dia} sitting, ${v.sys - g.int(18, 30)}/${v.dia - g.int(5, 12)} standing | Pulse ${v.hr} | Temp ${v.tempF} °F (Oral) | Resp ${v.rr} | Ht ${v.heightIn} in | Wt ${v.weightLb} lb | SpO2 ${v.spo2}% | BMI ${v.bmi} kg/m²</p></div>
  <div><span class="section-title">Examination</span><p>General: elderly, pleasant, NAD. CV: irregularly irregular, no murmur. Lungs: CTA bilaterally. Neuro: mild resting tremor R hand, Romberg negative, Dix-Hallpike negative. Ext: trace bilateral edema.</p></div>
  <div><span class="section-title">Assessment</span><ol>${problems.map(([name, code]) => h`<li>${name} - ${code}</li>`)}<li>Orthostatic hypotension - I95.1</li></ol></div>
  <div><span class="section-title">Plan</span>
  <p>Orthostasis: hold amlodipine 5 mg, liberalize salt, compression stockings, PT referral for gait and balance. Hemoglobin A1c ${(g.int(60, 90) / 10).toFixed(1)}% on ${D(a1cDate, 'mdy')}, goal &lt;8.0 given age; no change. Recheck BMP and CBC today. Advance directive reviewed; ${N(child.first)} remains health care proxy (${P(child.phone, 'dash')}).</p>
  <p>Follow Up: 4 weeks, or sooner if symptoms worsen.</p></div>
  <div class="signoff"><p>Provider: ${provFLC(attending)}</p><p>Electronically signed by ${attending.first} ${attending.last} , ${attending.credential} on ${D(dos, 'mdy', '12')}</p><p>Sign off status: Completed</p></div>
</div>
<footer class="note-footer"><span>${hospital}</span> <span>Page 1 of 1</span></footer>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 8. Claims and billing (claim detail; patient statement)

function billing(g: G, k: number): Screen {
  const p = g.patient(66, 95);
  const renderer = g.provider();
  const dos = g.past(14, 40);
  const lines: [string, string, string, number, number][] = [
    ['99214', '25', 'A,B', 1, 185], ['93000', '', 'C', 1, 62], ['36415', '', 'A', 1, 18], ['83036', '', 'B', 1, 44],
  ];
  const dx: [string, string][] = [['A', 'I10'], ['B', 'E11.9'], ['C', 'R42']];
  const dxName: Record<string, string> = { I10: 'Essential (primary) hypertension', 'E11.9': 'Type 2 diabetes mellitus without complications', R42: 'Dizziness and giddiness' };
  const claimNo = `${fd(dos, 'hl7').slice(2)}${g.digits(5)}`;
  const subscriber = p.marital === 'Married' ? p.spouse : p;
  const paidDate = new Date(dos.getTime() + g.int(12, 30) * 86_400_000);
  if (k === 0) {
    return {
      title: 'Claim Detail',
      css: BASE_CSS + '.panel{border:1px solid #bbb;margin:6px;padding:6px}dl{display:grid;grid-template-columns:150px 1fr;margin:0}dt{color:#666}.lines td,.lines th{border:1px solid #ddd;text-align:right}',
      body: h`
<div class="pm-nav"><span class="brand">PracticeSuite</span> <a>Dashboard</a> <a>Patients</a> <a>Claims</a> <a>Payments</a> <a>ERA</a> <a>Reports</a> <a>Denials</a></div>
<h1>Claim # ${phi('ID', claimNo)}</h1>
<div class="claim-status">Status: <b>Denied</b> CO-197 Precertification/authorization/notification absent. Submitted ${D(new Date(dos.getTime() + 86_400_000), 'mdy')} · Batch 4471 · Professional (837P)</div>
<div class="panels">
  <div class="panel"><h3>Patient</h3><dl>
    <dt>Name</dt><dd>${N(`${p.last.toUpperCase()}, ${p.first.toUpperCase()} ${initial(p.middle)}`)}</dd>
    <dt>DOB</dt><dd>${D(p.dob, 'mdy')}</dd><dt>Sex</dt><dd>${sexLetter(p)}</dd>
    <dt>Patient Acct #</dt><dd>${phi('ACCOUNT', p.account)}</dd>
    <dt>Address</dt><dd>${phi('ADDRESS', streetLine(p).toUpperCase())}<br>${phi('ADDRESS', p.city.toUpperCase())}, ${p.state} ${phi('ZIP', `${p.zip}-${g.digits(4)}`)}</dd></dl></div>
  <div class="panel"><h3>Primary Insurance</h3><dl>
    <dt>Payer</dt><dd>${p.payer} (Payer ID ${g.digits(5)})</dd>
    <dt>Plan</dt><dd>${p.plan}</dd>
    <dt>Subscriber</dt><dd>${N(`${subscriber.last.toUpperCase()}, ${subscriber.first.toUpperCase()}`)}</dd>
    <dt>Relationship</dt><dd>${subscriber === p ? 'Self' : 'Spouse'}</dd>
    <dt>Member ID</dt><dd>${phi('HEALTH_PLAN', p.memberId)}</dd>
    <dt>Group #</dt><dd>${phi('HEALTH_PLAN', p.groupNo)}</dd>
    <dt>Prior Auth #</dt><dd></dd></dl></div>
  <div class="panel"><h3>Provider</h3><dl>
    <dt>Rendering</dt><dd>${renderer.last.toUpperCase()}, ${renderer.first.toUpperCase()} ${renderer.credential}</dd>
    <dt>Rendering NPI</dt><dd>1${g.digits(9)}</dd>
    <dt>Billing</dt><dd>${g.pick(FACILITIES)}</dd><dt>Billing TIN</dt><dd>${g.digits(2)}-${g.digits(7)}</dd>
    <dt>Place of Service</dt><dd>11 - Office</dd></dl></div>
</div>
<h3>Diagnosis Codes (ICD-10-CM)</h3>
<ol class="dx">${dx.map(([ptr, code]) => h`<li><b>${ptr}.</b> ${code} ${dxName[code]}</li>`)}</ol>
<table class="lines">
  <tr><th>Line</th><th>DOS From</th><th>DOS To</th><th>POS</th><th>CPT/HCPCS</th><th>Mod</th><th>Dx Ptr</th><th>Units</th><th>Charge</th><th>Allowed</th><th>Paid</th><th>Adj</th><th>Pt Resp</th></tr>
  ${lines.map(([cpt, mod, ptr, units, charge], i) => {
    const allowed = charge * 0.66;
    return h`<tr><td>${i + 1}</td><td>${D(dos, 'mdy')}</td><td>${D(dos, 'mdy')}</td><td>11</td><td>${cpt}</td><td>${mod}</td><td>${ptr}</td><td>${units}</td><td>$${charge.toFixed(2)}</td><td>$${allowed.toFixed(2)}</td><td>$0.00</td><td>$${(charge - allowed).toFixed(2)}</td><td>$0.00</td></tr>`;
  })}
  <tr class="total"><td colspan="8">Totals</td><td>$309.00</td><td>$203.94</td><td>$0.00</td><td>$105.06</td><td>$0.00</td></tr>
</table>
<h3>Remittance (835)</h3>
<table class="era"><tr><th>Check/EFT #</th><th>Payment Date</th><th>Claim Status</th><th>Adjustment Codes</th></tr>
<tr><td>${g.digits(10)}</td><td>${D(paidDate, 'mdy')}</td><td>4 - Denied</td><td>CO-197, N54, MA130</td></tr></table>
<div class="notes"><h3>Claim Notes</h3>
  <p>${D(paidDate, 'mdy1', '12')} - Called ${p.payer} provider services, ref # ${g.upper(2)}${g.digits(8)}. Rep Tanya stated auth was required for 93000 under this plan. Submitting retro auth request. - ${g.f.person.firstName()} (billing)</p>
  <p>Eligibility checked ${D(new Date(dos.getTime() - 86_400_000), 'mdy1', '12')}: Active Coverage, deductible met.</p></div>`,
    };
  }
  const statementDate = g.past(0, 3);
  const txns: [Date, string, string, number][] = [
    [dos, 'Office visit, est. patient, moderate (99214)', provFLC(renderer), 185],
    [dos, 'Electrocardiogram, complete (93000)', provFLC(renderer), 62],
    [new Date(dos.getTime() + 20 * 86_400_000), `${p.payer} payment`, '', -97.07],
    [new Date(dos.getTime() + 20 * 86_400_000), 'Contractual adjustment', '', -125.66],
  ];
  const due = txns.reduce((s, [, , , amount]) => s + amount, 0);
  const practice = g.pick(FACILITIES.slice(3));
  return {
    title: 'Patient Statement',
    css: BASE_CSS + '.stmt{max-width:760px;margin:10px auto;border:1px solid #999;padding:12px}.remit{border-top:1px dashed #999;margin-top:12px}',
    body: h`
<div class="stmt">
  <div class="practice"><b>${practice}</b><br>PO Box 4410<br>Worcester, MA 01615-0410<br>Billing questions: (508) 555-0142</div>
  <table class="stmt-hdr"><tr><th>Statement Date</th><th>Account Number</th><th>Amount Due</th><th>Pay By</th></tr>
    <tr><td>${D(statementDate, 'mdy')}</td><td>${phi('ACCOUNT', p.account)}</td><td>$${due.toFixed(2)}</td><td>${D(new Date(statementDate.getTime() + 30 * 86_400_000), 'mdy')}</td></tr></table>
  <div class="addressee">
    <div>${N(`${subscriber.first.toUpperCase()} ${subscriber.last.toUpperCase()}`)}</div>
    <div>${phi('ADDRESS', streetLine(p).toUpperCase())}</div>
    <div>${phi('ADDRESS', p.city.toUpperCase())} ${p.state} ${phi('ZIP', p.zip)}</div>
  </div>
  <h3>Account Activity</h3>
  <table class="activity"><tr><th>Date</th><th>Patient</th><th>Description</th><th>Provider</th><th>Amount</th></tr>
    ${txns.map(([d, desc, prov, amount]) => h`<tr><td>${D(d, 'mdy')}</td><td>${N(p.first.toUpperCase())}</td><td>${desc}</td><td>${prov}</td><td>${amount < 0 ? `-$${(-amount).toFixed(2)}` : `$${amount.toFixed(2)}`}</td></tr>`)}
  </table>
  <p>Insurance on file: ${p.plan}, member ID ${phi('HEALTH_PLAN', p.memberId)}. If your insurance has changed, please call us.</p>
  <p>Pay online at www.patientpay-portal.com with code ${g.upper(3)}-${g.digits(4)}.</p>
  <div class="remit"><b>Please detach and return this portion with your payment.</b>
    <table><tr><td>Account Number</td><td>${phi('ACCOUNT', p.account)}</td></tr><tr><td>Patient Name</td><td>${N(`${p.first} ${p.last}`)}</td></tr><tr><td>Amount Enclosed</td><td>$________</td></tr></table>
    <div>Card: <span>VISA</span> <span>MC</span> <span>AMEX</span> Card number ____________ Exp ____ CVV ___</div></div>
</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 9. HL7 v2 message viewer (raw message; parsed tree)

function hl7(g: G, k: number): Screen {
  const p = g.patient(30, 98);
  const attending = g.provider();
  const admit = g.past(0, 1, false);
  const sent = new Date(admit.getTime() + g.int(1, 50) * 1000);
  const account = `${g.digits(9)}`;
  const control = `MSG${g.digits(8)}`;
  const nk = p.spouse;
  const npi = `1${g.digits(9)}`;
  const collected = g.past(0, 1, false);
  const accession = `${g.upper(2)}${fd(collected, 'hl7').slice(2, 4)}-${g.digits(6)}`;
  const a1c = (g.int(52, 98) / 10).toFixed(1);
  const street = p.street.toUpperCase();
  const unit = p.unit.toUpperCase();
  const city = p.city.toUpperCase();
  const name = `${p.last.toUpperCase()}^${p.first.toUpperCase()}^${initial(p.middle)}`;
  const hl7Ts = (d: Date) => fd(d, 'hl7') + ft(d, 'hl7');
  const pv1Doctor = `${npi}^${attending.last.toUpperCase()}^${attending.first.toUpperCase()}^^^DR^${attending.credential}`;
  if (k === 0) {
    const segments = [
      `MSH|^~\\&|EPICADT|RRMC|LABSYS|RRMC|${phi('DATE', hl7Ts(sent))}||ADT^A01^ADT_A01|${control}|P|2.5.1`,
      `EVN|A01|${phi('DATE', hl7Ts(admit))}|||JSMITH^SMITH^JOAN`,
      `PID|1||${phi('MRN', p.mrn)}^^^RRMC^MR~${phi('SSN', p.ssn.replace(/-/g, ''))}^^^SSA^SS||${phi('NAME', name)}^^${phi('NAME', p.prefix.toUpperCase().replace('.', ''))}|${phi('NAME', p.maiden.toUpperCase())}|${phi('DATE', fd(p.dob, 'hl7'))}|${sexLetter(p)}||2106-3^White^CDCREC|${phi('ADDRESS', street)}^${unit ? phi('ADDRESS', unit) : ''}^${phi('ADDRESS', city)}^${p.state}^${phi('ZIP', p.zip)}^USA^H||${phi('PHONE', fp(p.home, 'parenTight'))}|${phi('PHONE', fp(p.work, 'parenTight'))}|ENG^English|${p.marital.charAt(0)}|CAT|${phi('ACCOUNT', account)}^^^RRMC^AN|${phi('SSN', p.ssn)}|${phi('DRIVERS_LICENSE', p.dl)}^${p.state}`,
      `NK1|1|${phi('NAME', `${nk.last.toUpperCase()}^${nk.first.toUpperCase()}`)}|SPO^Spouse|${phi('ADDRESS', street)}^^${phi('ADDRESS', city)}^${p.state}^${phi('ZIP', p.zip)}|${phi('PHONE', fp(nk.phone, 'parenTight'))}||EC^Emergency Contact`,
      `PV1|1|I|4W^412^A^RRMC||||${pv1Doctor}|||MED||||1|||${pv1Doctor}|IN||MCR|||||||||||||||||||RRMC||ADM|||${phi('DATE', hl7Ts(admit))}`,
      `IN1|1|MCR001^${p.plan.toUpperCase()}|${g.digits(5)}|${p.payer.toUpperCase()}||||||||||||${phi('NAME', name)}|SEL|${phi('DATE', fd(p.dob, 'hl7'))}||||||||||||||||||${phi('HEALTH_PLAN', p.memberId)}`,
      `DG1|1||J18.9^Pneumonia, unspecified organism^I10C|||A`,
      `AL1|1|DA|70618^Penicillin^RXNORM|MO|Hives`,
    ];
    const list = [g.past(0, 0.05, false), sent, g.past(0, 0.1, false), g.past(0, 0.1, false)];
    return {
      title: 'Interface Monitor - Message Viewer',
      css: BASE_CSS + 'pre.hl7{background:#111;color:#cfc;padding:8px;white-space:pre-wrap;word-break:break-all}',
      body: h`
<div class="im-header"><span class="brand">Interface Engine Administrator</span> <a>Dashboard</a> <a>Channels</a> <a>Messages</a> <a>Alerts</a> <a>Events</a></div>
<h2>Channel: ADT_IN_EPIC (Started)</h2>
<table class="msg-list">
  <tr><th>Id</th><th>Received Date</th><th>Status</th><th>Type</th><th>Source</th><th>Control ID</th></tr>
  ${list.map((d, i) => h`<tr><td>${g.int(100000, 999999)}</td><td>${D(d, 'iso', 'sec')}</td><td>${i === 1 ? 'SENT' : g.pick(['SENT', 'FILTERED', 'SENT'])}</td><td>${i === 1 ? 'ADT^A01' : g.pick(['ADT^A08', 'ORU^R01', 'ADT^A03'])}</td><td>EPICADT</td><td>${i === 1 ? control : `MSG${g.digits(8)}`}</td></tr>`)}
</table>
<div class="tabs"><span class="active">Raw</span> <span>Transformed</span> <span>Encoded</span> <span>Response</span> <span>Errors</span> <span>Mappings</span></div>
<pre class="hl7">${segments.join('\n')}</pre>
<div class="status">Message size: ${segments.join('\r').length} bytes · Segments: ${segments.length}</div>`,
    };
  }
  // Parsed tree of an ORU^R01.
  const rows: [string, string, string][] = [
    ['MSH.7', 'Date/Time of Message', phi('DATE', hl7Ts(sent))],
    ['MSH.9', 'Message Type', 'ORU^R01^ORU_R01'],
    ['MSH.10', 'Message Control ID', control],
    ['PID.3', 'Patient Identifier List', `${phi('MRN', p.mrn)}^^^RRMC^MR`],
    ['PID.5.1', 'Family Name', phi('NAME', p.last.toUpperCase())],
    ['PID.5.2', 'Given Name', phi('NAME', p.first.toUpperCase())],
    ['PID.5.3', 'Second and Further Given Names', phi('NAME', p.middle.toUpperCase())],
    ['PID.6', "Mother's Maiden Name", phi('NAME', p.maiden.toUpperCase())],
    ['PID.7', 'Date/Time of Birth', phi('DATE', fd(p.dob, 'hl7'))],
    ['PID.8', 'Administrative Sex', sexLetter(p)],
    ['PID.11.1', 'Street Address', phi('ADDRESS', street)],
    ['PID.11.3', 'City', phi('ADDRESS', city)],
    ['PID.11.4', 'State or Province', p.state],
    ['PID.11.5', 'Zip or Postal Code', phi('ZIP', p.zip)],
    ['PID.13', 'Phone Number - Home', `^PRN^PH^^1^${phi('PHONE', `${p.home.area}^${p.home.exchange}${p.home.line}`)}`],
    ['PID.13', 'Phone Number - Home', `^NET^Internet^${phi('EMAIL', p.email)}`],
    ['PID.18', 'Patient Account Number', `${phi('ACCOUNT', account)}^^^RRMC^AN`],
    ['PID.19', 'SSN Number - Patient', phi('SSN', p.ssn)],
    ['PID.20', "Driver's License Number - Patient", `${phi('DRIVERS_LICENSE', p.dl)}^${p.state}`],
    ['PV1.3', 'Assigned Patient Location', 'LIMCLINIC^^^RRMC'],
    ['PV1.7', 'Attending Doctor', pv1Doctor],
    ['OBR.2', 'Placer Order Number', `${g.digits(9)}^EPC`],
    ['OBR.3', 'Filler Order Number', phi('ID', accession)],
    ['OBR.4', 'Universal Service Identifier', '4548-4^Hemoglobin A1c^LN'],
    ['OBR.7', 'Observation Date/Time', phi('DATE', hl7Ts(collected))],
    ['OBR.16', 'Ordering Provider', pv1Doctor],
    ['OBX.3', 'Observation Identifier', '4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN'],
    ['OBX.5', 'Observation Value', a1c],
    ['OBX.6', 'Units', '%^percent^UCUM'],
    ['OBX.7', 'References Range', '4.8-5.6'],
    ['OBX.8', 'Abnormal Flags', Number(a1c) > 5.6 ? 'H' : 'N'],
    ['OBX.11', 'Observation Result Status', 'F'],
    ['OBX.14', 'Date/Time of the Observation', phi('DATE', hl7Ts(collected))],
  ];
  return {
    title: 'HL7 Message Inspector',
    css: BASE_CSS + '.tree td,.tree th{border:1px solid #ddd;font-family:monospace}',
    body: h`
<div class="toolbar"><span class="brand">HL7 Inspector</span> <button>Open</button> <button>Validate</button> <button>Compare</button> <button>Anonymize</button></div>
<div class="msg-summary">ORU^R01 · v2.5.1 · Control ID ${control} · received ${D(new Date(sent.getTime() + 3000), 'iso', 'sec')}</div>
<table class="tree">
  <tr><th>Field</th><th>Description</th><th>Value</th></tr>
  ${rows.map(([field, description, value]) => h`<tr><td>${field}</td><td>${description}</td><td>${value}</td></tr>`)}
</table>
<div class="validation">Validation: 0 errors, 2 warnings (PID.22 Ethnic Group not valued; OBX.19 Date/Time of Analysis not valued)</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 10. FHIR resource JSON (raw-data tab)

function fhirJson(g: G, k: number): Screen {
  const p = g.patient(25, 98);
  const pcp = g.provider();
  const updated = g.past(0, 30, false);
  const iso = (d: Date) => `${fd(d, 'iso')}T${ft(d, 'sec')}${g.pick(['-04:00', '-05:00', 'Z'])}`;
  const patient = {
    resourceType: 'Patient',
    id: phi('ID', p.uuid),
    meta: { versionId: String(g.int(1, 9)), lastUpdated: phi('DATE', `${fd(updated, 'iso')}T${ft(updated, 'sec')}.${g.digits(3)}+00:00`) },
    extension: [
      { url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race', extension: [{ url: 'text', valueString: p.race }] },
      { url: 'http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName', valueString: phi('NAME', `${g.f.person.firstName('female')} ${p.maiden}`) },
      { url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex', valueCode: sexLetter(p) },
    ],
    identifier: [
      { use: 'usual', type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR', display: 'Medical Record Number' }] }, system: 'urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14', value: phi('MRN', p.mrn) },
      { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'SS' }] }, system: 'http://hl7.org/fhir/sid/us-ssn', value: phi('SSN', p.ssn) },
      { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'DL' }] }, system: 'urn:oid:2.16.840.1.113883.4.3.25', value: phi('DRIVERS_LICENSE', p.dl) },
      { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'PPN' }] }, system: 'http://hl7.org/fhir/sid/passport-USA', value: phi('PASSPORT', p.passport) },
    ],
    active: true,
    name: [
      { use: 'official', family: phi('NAME', p.last), given: [phi('NAME', p.first), phi('NAME', p.middle)], prefix: [phi('NAME', p.prefix)] },
      ...(p.sex === 'female' && p.marital !== 'Single' ? [{ use: 'maiden', family: phi('NAME', p.maiden), given: [phi('NAME', p.first)] }] : []),
    ],
    telecom: [
      { system: 'phone', value: phi('PHONE', fp(p.home, 'dash')), use: 'home' },
      { system: 'phone', value: phi('PHONE', fp(p.cell, 'paren')), use: 'mobile', rank: 1 },
      { system: 'email', value: phi('EMAIL', p.email) },
    ],
    gender: p.sex,
    birthDate: phi('DATE', fd(p.dob, 'iso')),
    address: [{ use: 'home', line: [phi('ADDRESS', p.street), ...(p.unit ? [phi('ADDRESS', p.unit)] : [])], city: phi('ADDRESS', p.city), state: p.state, postalCode: phi('ZIP', p.zip), country: 'US' }],
    maritalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-MaritalStatus', code: p.marital.charAt(0) }], text: p.marital },
    contact: [{
      relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0131', code: 'N', display: 'Next-of-Kin' }], text: p.child.relation }],
      name: { family: phi('NAME', p.child.last), given: [phi('NAME', p.child.first)] },
      telecom: [{ system: 'phone', value: phi('PHONE', fp(p.child.phone, 'dash')) }],
    }],
    communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'en-US' }], text: p.language }, preferred: true }],
    generalPractitioner: [{ reference: `Practitioner/${g.int(1000, 99999)}`, display: drName(pcp) }],
    managingOrganization: { reference: 'Organization/1', display: g.pick(FACILITIES) },
  };
  let json: unknown = patient;
  let path = `Patient/${phi('ID', p.uuid)}`;
  if (k === 1) {
    const encId = g.f.string.uuid();
    const obsId = g.f.string.uuid();
    const start = g.past(1, 5, false);
    const end = new Date(start.getTime() + g.int(20, 60) * 60_000);
    const subject = { reference: `Patient/${phi('ID', p.uuid)}`, display: phi('NAME', `${p.first} ${p.last}`) };
    json = {
      resourceType: 'Bundle',
      type: 'searchset',
      total: 3,
      link: [{ relation: 'self', url: `https://fhir.example.org/r4/Patient?_id=${phi('ID', p.uuid)}&_revinclude=Encounter:subject` }],
      entry: [
        { fullUrl: `https://fhir.example.org/r4/Patient/${phi('ID', p.uuid)}`, resource: patient, search: { mode: 'match' } },
        {
          fullUrl: `https://fhir.example.org/r4/Encounter/${encId}`,
          resource: {
            resourceType: 'Encounter', id: encId, status: 'finished',
            class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
            type: [{ coding: [{ system: 'http://snomed.info/sct', code: '185349003', display: 'Encounter for check up (procedure)' }] }],
            subject,
            participant: [{ individual: { reference: `Practitioner/${g.int(1000, 99999)}`, display: drName(pcp) } }],
            period: { start: phi('DATE', iso(start)), end: phi('DATE', iso(end)) },
            reasonCode: [{ coding: [{ system: 'http://snomed.info/sct', code: '38341003', display: 'Hypertensive disorder, systemic arterial (disorder)' }] }],
            serviceProvider: { reference: 'Organization/1', display: g.pick(FACILITIES) },
          },
          search: { mode: 'include' },
        },
        {
          fullUrl: `https://fhir.example.org/r4/Observation/${obsId}`,
          resource: {
            resourceType: 'Observation', id: obsId, status: 'final',
            category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }],
            code: { coding: [{ system: 'http://loinc.org', code: '4548-4', display: 'Hemoglobin A1c/Hemoglobin.total in Blood' }], text: 'Hemoglobin A1c' },
            subject,
            encounter: { reference: `Encounter/${encId}` },
            effectiveDateTime: phi('DATE', iso(start)),
            issued: phi('DATE', `${fd(end, 'iso')}T${ft(end, 'sec')}.${g.digits(3)}Z`),
            valueQuantity: { value: g.int(52, 98) / 10, unit: '%', system: 'http://unitsofmeasure.org', code: '%' },
            referenceRange: [{ low: { value: 4.8, unit: '%' }, high: { value: 5.6, unit: '%' } }],
          },
          search: { mode: 'include' },
        },
      ],
    };
    path = `Patient?_id=${phi('ID', p.uuid)}&_revinclude=Encounter:subject`;
  }
  return {
    title: 'FHIR Explorer',
    css: BASE_CSS + 'pre{background:#f6f8fa;padding:8px;font:12px/1.4 monospace}',
    body: h`
<nav class="navbar"><span class="brand">FHIR Explorer</span> <a>Server: R4</a> <a>Resources</a> <a>Operations</a> <a>History</a></nav>
<div class="request"><span class="method">GET</span> <code>${path}</code> <span class="status">200 OK</span> <span class="timing">${g.int(40, 400)} ms</span></div>
<div class="tabs"><span>Summary</span> <span>Narrative</span> <span class="active">Raw data</span> <span>Headers</span></div>
<pre class="json">${JSON.stringify(json, null, 2)}</pre>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 11. Patient lists (inpatient census; patient finder search results)

function patientList(g: G, k: number): Screen {
  if (k === 0) {
    const unit = `${g.int(3, 7)} West`;
    const rows = Array.from({ length: 28 }, () => {
      const pt = g.patient(19, 99);
      return { pt, admit: g.past(0, 12), fin: g.digits(9), attending: g.provider() };
    });
    const dx = ['CHF exacerbation', 'COPD exac', 'Sepsis 2/2 UTI', 'NSTEMI', 's/p L TKA', 'GI bleed', 'AKI on CKD3', "Parkinson's w/ falls", 'C. diff colitis',
      'DKA', 'Cellulitis LLE', 'Syncope', 'PNA', 'AFib RVR', 'SBO', 'Hyponatremia', 'CVA - L MCA', 'Pyelonephritis'];
    return {
      title: 'Unit Census',
      css: BASE_CSS + '.census th{background:#335;color:#fff;position:sticky;top:0}.census td{border-bottom:1px solid #ddd;white-space:nowrap}',
      body: h`
<div class="app-bar"><span class="brand">Clinical Census</span> <a>Units</a> <a>My Patients</a> <a>Handoff</a> <a>Print</a></div>
<h2>${unit} Census · ${g.pick(FACILITIES.slice(0, 3))}</h2>
<div class="as-of">As of ${D(g.today, 'mdy', '24')} · ${rows.length} patients · Capacity 32</div>
<table class="census">
  <tr><th>Rm/Bed</th><th>Patient Name</th><th>Age/Sex</th><th>MRN</th><th>FIN</th><th>Admit Dt</th><th>LOS</th><th>Attending</th><th>Admitting Dx</th><th>Code</th><th>Iso</th><th>Diet</th></tr>
  ${rows.map(({ pt, admit, fin, attending }, i) => {
    const hip = g.chance(0.15);
    const diagnosis = hip ? `${g.pick(['R', 'L'])} hip fx` : g.pick(dx);
    const surgery = hip ? h` (ORIF ${D(new Date(admit.getTime() + 86_400_000), 'md')})` : '';
    return h`<tr><td>${400 + Math.floor(i / 2) + 1}-${i % 2 === 0 ? 'A' : 'B'}</td><td>${N(`${pt.last.toUpperCase()}, ${pt.first.toUpperCase()} ${initial(pt.middle)}`)}</td><td>${A(pt.age, 'Y')} ${sexLetter(pt)}</td><td>${phi('MRN', pt.mrn)}</td><td>${phi('ACCOUNT', fin)}</td><td>${D(admit, 'mdy')}</td><td>${Math.max(1, Math.round((g.today.getTime() - admit.getTime()) / 86_400_000))}</td><td>${attending.last.toUpperCase()}, ${attending.first.toUpperCase()} ${attending.credential}</td><td>${diagnosis}${surgery}</td><td>${g.pick(['Full', 'Full', 'DNR/DNI', 'DNR'])}</td><td>${g.pick(['', '', 'Contact', 'Droplet', 'Enteric'])}</td><td>${g.pick(['Cardiac 2g Na', 'NPO', 'Regular', 'ADA 1800', 'Clear liquids', 'Renal'])}</td></tr>`;
  })}
</table>
<footer><span>Printed by: ${g.f.person.firstName().charAt(0)}${g.f.person.lastName().toLowerCase().slice(0, 6)}</span> <span>Page 1 of 1</span> <span>CONFIDENTIAL</span></footer>`,
    };
  }
  const query = g.f.person.lastName();
  const rows = Array.from({ length: 18 }, (_, i) => {
    const pt = g.patient(1, 96);
    if (i < 6) pt.last = query;
    return { pt, lastVisit: g.past(3, 900) };
  });
  return {
    title: 'Patient Search',
    css: BASE_CSS + '.results td{border-bottom:1px solid #eee}.results tr:hover{background:#eef}',
    body: h`
<div class="top"><span class="brand">Clinic EMR</span> <a>Home</a> <a>Schedule</a> <a>Patients</a> <a>Tasks</a> <a>Billing</a></div>
<form class="search"><label for="q">Search patients</label> <input id="q" type="text" value="${query}"> <label for="dob">DOB</label> <input id="dob" type="text" value=""> <button>Search</button></form>
<p>${rows.length} matches</p>
<table class="results">
  <tr><th>Name</th><th>DOB</th><th>Sex</th><th>Chart #</th><th>Health #</th><th>Phone</th><th>Address</th><th>Last Visit</th></tr>
  ${rows.map(({ pt, lastVisit }) => h`<tr><td><a href="#">${N(`${pt.last}, ${pt.first}`)}</a></td><td>${D(pt.dob, 'iso')}</td><td>${sexLetter(pt)}</td><td>${phi('MRN', pt.mrn)}</td><td>${phi('HEALTH_PLAN', `${g.digits(4)} ${g.digits(3)} ${g.digits(3)}`)}</td><td>${P(pt.cell, 'paren')}</td><td>${phi('ADDRESS', streetLine(pt))}, ${phi('ADDRESS', pt.city)} ${pt.state} ${phi('ZIP', pt.zip)}</td><td>${D(lastVisit, 'iso')}</td></tr>`)}
</table>
<footer>Showing 1-${rows.length} of ${rows.length}</footer>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 12. Patient portal message thread (US portal; UK GP practice app)

function portal(g: G, k: number): Screen {
  const p = g.patient(45, 95);
  const doctor = g.provider();
  const nurse = g.f.person.firstName('female');
  const nurseLast = g.f.person.lastName();
  const t0 = g.past(2, 3, false);
  const t1 = new Date(t0.getTime() + g.int(60, 400) * 60_000);
  const t2 = new Date(t1.getTime() + g.int(60, 900) * 60_000);
  const appt = g.future(3, 10);
  const lastLogin = g.past(0, 1, false);
  const ip = `${g.int(24, 98)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`;
  const child = p.child;
  const newStreet = `${g.int(10, 899)} ${g.pick(STREET_NAMES)} ${g.pick(STREET_SUFFIX)}`;
  const newCity = k === 0 ? g.pick(US_PLACES)[0] : g.pick(UK_PLACES)[0];
  const v = vitals(g);
  const readings = [0, 1, 2].map((i) => ({ d: new Date(t0.getTime() - i * 86_400_000), sys: v.sys + g.int(-8, 12), dia: v.dia + g.int(-6, 6) }));
  if (k === 0) {
    return {
      title: 'MyChart - Message Center',
      css: BASE_CSS + '.message{border:1px solid #ccc;border-radius:6px;margin:8px;padding:8px}.from-clinic{background:#f0f6ff}',
      body: h`
<header class="mychart-header"><a class="logo" href="#">MyChart</a>
  <nav><a>Visits</a> <a class="active">Messages</a> <a>Test Results</a> <a>Medications</a> <a>Billing</a> <a>Share My Record</a></nav>
  <div class="account">Welcome, ${N(p.first)}! <a href="#">Log out</a></div>
  <div class="proxy">Viewing: <span>${N(`${p.first} ${p.last}`)}</span> · Switch to: <a>${N(`${child.first} ${child.last}`)}</a></div>
</header>
<main>
  <h1>Blood pressure readings and refill</h1>
  <div class="thread-meta">Conversation with ${provFLC(doctor)} and care team</div>
  <article class="message from-patient">
    <div class="msg-head"><span class="from">${N(`${p.first} ${p.last}`)}</span> <span class="when">${D(t0, 'month', '12', ' ')}</span></div>
    <div class="msg-body"><p>Hello Dr. ${doctor.last},</p>
      <p>Here are my blood pressure numbers from this week like you asked:</p>
      <ul>${readings.map((r) => h`<li>${D(r.d, 'md')} morning: ${r.sys}/${r.dia}, pulse ${g.int(60, 90)}</li>`)}</ul>
      <p>I'm also running low on my amlodipine 5 mg. Please send it to the CVS on ${g.pick(STREET_NAMES)} Street. My ${child.relation} ${N(child.first)} has been helping me with the cuff. We moved last month, so my new address is ${phi('ADDRESS', newStreet)}, ${phi('ADDRESS', newCity)} and my cell is now ${P(p.cell, 'dot')}.</p>
      <p>Thanks,<br>${N(p.first)}</p></div>
  </article>
  <article class="message from-clinic">
    <div class="msg-head"><span class="from">${nurse} ${nurseLast}, RN</span> <span class="when">${D(t1, 'month', '12', ' ')}</span></div>
    <div class="msg-body"><p>Hi ${N(p.first)},</p><p>Thank you for sending these. I have forwarded your readings to Dr. ${doctor.last} and sent the refill request. I also updated your address in your chart. Your next appointment is on ${D(appt, 'weekday', '12', ' at ')} with Dr. ${doctor.last} at Lakeside Internal Medicine, 2nd floor.</p><p>${nurse} ${initial(nurseLast)}., RN</p></div>
  </article>
  <article class="message from-clinic">
    <div class="msg-head"><span class="from">${provFLC(doctor)}</span> <span class="when">${D(t2, 'month', '12', ' ')}</span></div>
    <div class="msg-body"><p>${N(`${p.prefix} ${p.last}`)},</p><p>Your readings average about ${v.sys}/${v.dia}, a little above our goal of 130/80. Let's increase amlodipine to 10 mg daily; the new prescription is at your pharmacy. Please keep checking twice a day and send me your numbers in 2 weeks. If you get lightheaded or your top number is under 100, call us at (413) 555-0100.</p><p>${drName(doctor)}</p></div>
  </article>
  <form class="reply"><label for="reply">Reply</label><textarea id="reply"></textarea><button>Send</button></form>
  <section class="profile"><h2>Personal Information</h2>
    <label for="email">Email</label><input id="email" type="email" value="${p.email}">
    <label for="phone">Mobile phone</label><input id="phone" type="tel" value="${fp(p.cell, 'dot')}">
    <div>Contact email on file: ${phi('EMAIL', p.email)}</div></section>
</main>
<footer><p>Last login: ${D(lastLogin, 'mdy1', '12')} from ${phi('IP', ip)}</p><p>MyChart® licensed from Epic Systems Corporation © 1999 - 2025</p><p>Interoperability Guide · Terms and Conditions · Privacy Policy</p></footer>`,
    };
  }
  const nhs = `${g.digits(3)} ${g.digits(3)} ${g.digits(4)}`;
  return {
    title: 'Messages - Patient Access',
    css: BASE_CSS + '.bubble{border-radius:8px;padding:8px;margin:6px 40px 6px 6px;background:#eef}.bubble.mine{margin:6px 6px 6px 40px;background:#dfd}',
    body: h`
<header><span class="brand">Patient Access</span> <nav><a>Home</a> <a>Appointments</a> <a>Medication</a> <a class="active">Messages</a> <a>Records</a> <a>Account</a></nav></header>
<aside class="user-card"><div class="name">${N(`${p.prefix} ${p.first} ${p.last}`)}</div><div>NHS number: ${phi('ID', nhs)}</div><div>Date of birth: ${D(p.dob, 'dmony')}</div><div>${g.pick(['Kirkstall Lane Medical Centre', 'Oakwood Surgery', 'Chapel Allerton Health Centre'])}</div></aside>
<main>
  <h1>Repeat prescription and test results</h1>
  <div class="bubble mine"><div class="meta">You · ${D(t0, 'dmony', '24', ', ')}</div>
    <p>Good morning, I would like to ask about my blood test from ${D(g.past(8, 20), 'dmonth')}. The receptionist said Dr ${doctor.last} wanted to speak to me. I am at work until 5, so please ring my mobile ${P(p.cell, 'dash')} or my husband ${N(`${p.spouse.first} ${p.spouse.last}`)} on ${P(p.spouse.phone, 'dash')}. Also please note I have moved to ${phi('ADDRESS', `${g.int(1, 140)} ${g.pick(UK_STREETS)}`)}, ${phi('ADDRESS', newCity)} ${phi('ZIP', `LS${g.int(1, 28)} ${g.int(1, 9)}${g.letters(2, UK_INWARD_LETTERS)}`)}.</p>
    <p>Many thanks, ${N(p.first)}</p></div>
  <div class="bubble"><div class="meta">${g.pick(['Reception', 'Practice Nurse', 'Care Navigator'])} · ${D(t1, 'dmony', '24', ', ')}</div>
    <p>Dear ${N(`${p.prefix} ${p.last}`)}, thank you for your message. Dr ${doctor.last} has asked for a telephone appointment on ${D(appt, 'dmony')}; he will call between 09:00 and 12:00. Your HbA1c was 52 mmol/mol and eGFR 58. Your repeat prescription for metformin 500 mg tablets (56) has been sent to ${g.pick(['Boots', 'Well Pharmacy', 'Asda Pharmacy'])}.</p></div>
  <form class="reply"><label for="m">Your message</label><textarea id="m"></textarea><button>Send</button></form>
</main>
<footer>Last signed in ${D(lastLogin, 'dmony', '24', ' at ')} · IP address ${phi('IP', ip)} · © EMIS Health 2025</footer>`,
  };
}

// ---------------------------------------------------------------------------------------------

const LAYOUTS: [string, (g: G, k: number) => Screen, Loc[]][] = [
  ['openemr-demographics', openemr, ['en', 'en']],
  ['openmrs-dashboard', openmrs, ['en', 'en_GB']],
  ['epic-storyboard-inbasket', epic, ['en', 'en']],
  ['cerner-banner-flowsheet', cerner, ['en', 'en']],
  ['ambulatory-schedule', schedule, ['en', 'en']],
  ['lab-report', labReport, ['en', 'en_CA']],
  ['clinical-note', clinicalNote, ['en', 'en']],
  ['claims-billing', billing, ['en', 'en']],
  ['hl7-viewer', hl7, ['en', 'en']],
  ['fhir-json', fhirJson, ['en', 'en']],
  ['patient-list', patientList, ['en', 'en_CA']],
  ['portal-messages', portal, ['en', 'en_GB']],
];

/** "Today" for every page: fixed so the corpus is the same on every run. */
const TODAY = new Date('2025-03-14T15:20:00Z');

export function generateProbePages(seed = PROBE_SEED): ProbePage[] {
  const pages: ProbePage[] = [];
  LAYOUTS.forEach(([layout, build, locales], l) => {
    for (let k = 0; k < INSTANCES_PER_LAYOUT; k++) {
      const g = new G(seed + l * 101 + k, locales[k] ?? 'en', TODAY);
      pages.push(finish(layout, `${layout}.${k + 1}`, build(g, k)));
    }
  });
  return pages;
}

// The page builder and data helpers, reused by the held-out set (bench/detect/holdout-pages.ts).
/** The Luhn check digit for `body` (the digit that makes body + digit Luhn-valid), for numbers that carry one. */
function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export { phi, h, finish, G, ageOn, pad, fd, ft, D, A, fp, P, N, sexWord, sexLetter, vitals, BASE_CSS, MON, MONTH, WEEKDAY };
export { luhnCheckDigit };
export { US_PLACES, CA_LETTERS, STREET_NAMES, STREET_SUFFIX, FACILITIES, PROBLEMS, MEDS, ALLERGIES };
export type { Html, Part, Screen, Loc, Sex, Phone, Relative, Provider, Patient };
