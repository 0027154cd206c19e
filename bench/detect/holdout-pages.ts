/**
 * A HELD-OUT corpus of EHR screens: products and layouts that neither the reference corpus
 * (Medplum) nor the first probe (bench/detect/probe-pages.ts) has. It stands in for screens nobody
 * on the team has seen, so it was written without looking at the engine and must never be edited to
 * make the engine pass or fail: fix a page only when its ground truth is wrong.
 *
 * Styles (two pages each): athenahealth-like face sheet; eClinicalWorks-like progress note with left
 * nav (and an open patient-search dropdown); VistA and Meditech green-screen terminals; PointClickCare-
 * like long-term-care census and eMAR; ED and OR tracking boards; pharmacy dispensing queue and Rx
 * verification label; RIS worklist and DICOM header viewer; fax cover + referral and prior
 * authorization forms; X12 835 remittance and 271 eligibility viewers; US and Australian immunization
 * registries; UK GP record (SystmOne-like) and Ontario chart (OSCAR-like); Dentrix-like chart and
 * family file/ledger; behavioural-health intake and home-health visit narratives; patient statement
 * and guarantor account screen; C-CDA documents rendered by a stylesheet; access-audit log and CSV
 * export grid; surgical pathology and gyn cytology reports; Teams-like and Slack-like care-team chats.
 *
 * Deterministic: seeded @faker-js/faker through the first probe's generator (G), with name pools of
 * many origins (Hispanic double surnames, Vietnamese, Chinese, Korean, Indian, Arabic, Nigerian,
 * Eastern European, Irish O'/Mc, particles, hyphenated names, nicknames in quotes, suffixes), and a
 * fixed "today".
 *
 * Ground truth is recorded while a page is written, with the first probe's builder (`phi` marks a
 * value, `finish` turns marks into offsets and checks them; `checkTruth` below re-checks offsets and
 * overlaps). Conventions are the first probe's:
 * - NAME: patients, relatives, guarantors, emergency contacts and other private persons (an honorific
 *   or a quoted nickname is part of the name; a surname typed into a lookup prompt is a NAME).
 *   Clinicians and staff are not PHI, nor their initials or logins, even when they share a
 *   patient's surname.
 * - DATE: every date on the page, a time, weekday or "at" glued to it included, a month with its
 *   year ("June 2025") included. Times alone, years alone and bare day-of-month column numbers are not.
 * - ADDRESS: street line, city and county; the state is not PHI; ZIP: the ZIP or postcode.
 * - AGE_OVER_89 only over 89, with its unit ("93 yr", "091Y", "95 y/o").
 * - PHONE/FAX/EMAIL/URL/IP/VEHICLE/DEVICE of the patient or a relative (a phone's extension is part
 *   of the PHONE span; an implant's or home device's serial is DEVICE; a plate is VEHICLE; a
 *   fundraiser page about the patient is URL; the patient's portal IP is IP).
 * - Record numbers: MRN (chart, resident, unit, client numbers), ACCOUNT (encounter, billing and
 *   patient-control numbers), HEALTH_PLAN (member, group, Medicare, Medicaid, OHIP and Australian
 *   Medicare numbers), ID (accession, DICOM study, claim, Rx, referral, surgical case, registry, NHS,
 *   IHI, Medicaid application and prior-authorisation numbers).
 * - Not PHI: organisations' names, addresses, phones, faxes and URLs; provider NPIs and DEA numbers;
 *   payers' and practices' bank routing/account numbers; lot numbers; scanner serials; DICOM and CDA
 *   document UIDs; message, trace and transmission control numbers; investigation case numbers.
 */
import { type PhiType } from '../../shared/phi-types';
import {
  A, ALLERGIES, BASE_CSS, D, FACILITIES, G, MEDS, MON, MONTH, N, P, PROBLEMS, STREET_NAMES, STREET_SUFFIX, US_PLACES, CA_LETTERS,
  WEEKDAY, ageOn, fd, finish, fp, ft, h, pad, phi, sexLetter, sexWord, vitals,
  type Html, type Loc, type Part, type Patient, type Phone, type ProbePage, type Provider, type Relative, type Screen, type Sex,
} from './probe-pages';

export const HOLDOUT_SEED = 20_250_610;
/** "Today" for every page (a Tuesday): fixed so the corpus is the same on every run. */
const TODAY = new Date('2025-06-10T14:35:00Z');

// ---------------------------------------------------------------------------------------------
// Names of many origins

interface Pool {
  f: string[];
  m: string[];
  last: string[];
  /** Middle names; none when absent (the given name often has two parts instead). */
  midF?: string[];
  midM?: string[];
}

const POOLS: Record<string, Pool> = {
  hispanic: {
    f: ['María Guadalupe', 'Ana Sofía', 'Yesenia', 'Xiomara', 'Marisol', 'Luz Elena', 'Graciela', 'Maricela'],
    m: ['José Luis', 'Juan Carlos', 'Jesús', 'Efraín', 'Santiago', 'Rigoberto', 'Héctor', 'Luis Alberto'],
    last: ['García Márquez', 'Hernández-Ruiz', 'de la Cruz', 'Rodríguez Villanueva', 'Pérez de León', 'Ortiz Castillo', 'Santiago-Delgado', 'Ramírez', 'Quiñones', 'Gutiérrez Ochoa'],
  },
  vietnamese: {
    f: ['Thi Lan', 'Thu Trang', 'Ngoc Anh', 'Mai', 'Thi Hoa', 'Kim Loan'],
    m: ['Van Minh', 'Duc Anh', 'Quang', 'Thanh Hai', 'Van Tuan', 'Huu Phuoc'],
    last: ['Nguyen', 'Tran', 'Pham', 'Le', 'Huynh', 'Vo', 'Dang', 'Bui'],
  },
  chinese: {
    f: ['Xiuying', 'Mei-Ling', 'Li Na', 'Yan', 'Wai Man', 'Shu-Fen'],
    m: ['Wei', 'Jian', 'Zhiwei', 'Ka Ming', 'Hao', 'Chun-Hung'],
    last: ['Zhang', 'Chen', 'Wang', 'Liu', 'Huang', 'Lin', 'Wong', 'Cheung', 'Xu'],
  },
  korean: {
    f: ['Ji-woo', 'Seo-yeon', 'Min-ji', 'Eun-young', 'Soo-ah', 'Hye-jin'],
    m: ['Min-jun', 'Sung-ho', 'Jae-won', 'Dong-hyun', 'Young-soo', 'Kwang-su'],
    last: ['Kim', 'Park', 'Lee', 'Choi', 'Jung', 'Kang', 'Yoon', 'Cho'],
  },
  indian: {
    f: ['Priya', 'Lakshmi', 'Ananya', 'Kavitha', 'Sunita', 'Deepa', 'Harpreet'],
    m: ['Venkatesh', 'Rajesh', 'Arjun', 'Sanjay', 'Srinivas', 'Gurpreet', 'Mohan'],
    last: ['Venkataraman', 'Patel', 'Reddy', 'Subramanian', 'Chatterjee', 'Gupta', 'Iyer', 'Bhattacharya', 'Singh', 'Krishnamurthy'],
    midF: ['Devi', 'Kumari', 'Kaur'],
    midM: ['Kumar', 'Prasad', 'Nath'],
  },
  arabic: {
    f: ['Fatima', 'Layla', 'Noor', 'Mariam', 'Huda', 'Rania'],
    m: ['Mohammed', 'Abdul-Rahman', 'Youssef', 'Khalid', 'Omar', 'Abdullah'],
    last: ['Al-Farsi', 'El-Sayed', 'Haddad', 'Abdullah', 'Nasser', 'Khalil', 'Al Masri', 'Abu-Ghazaleh', 'bin Saleh'],
  },
  nigerian: {
    f: ['Ngozi', 'Adaeze', 'Funmilayo', 'Chiamaka', 'Oluwakemi', 'Blessing'],
    m: ['Chukwuemeka', 'Oluwaseun', 'Babatunde', 'Obinna', 'Adebayo', 'Emeka'],
    last: ['Okafor', 'Adeyemi', 'Eze', 'Ogunleye', 'Nwosu', 'Okonkwo', 'Balogun', 'Adewale-Johnson'],
    midF: ['Chinwe', 'Folake', 'Ifeoma'],
    midM: ['Ikenna', 'Olumide', 'Tunde'],
  },
  eastEuropean: {
    f: ['Svetlana', 'Kateryna', 'Agnieszka', 'Jana', 'Irina', 'Bożena', 'Ludmila'],
    m: ['Dmitri', 'Zbigniew', 'Jiří', 'Bogdan', 'Oleksandr', 'Miroslav', 'Vasile'],
    last: ['Wojciechowski', 'Kowalczyk', 'Novák', 'Shevchenko', 'Popescu', 'Horváth', 'Brzęczyszczykiewicz', 'Kuznetsov', 'Dąbrowski'],
    midF: ['Nikolaevna', 'Marie', 'Ivanovna'],
    midM: ['Sergeyevich', 'Josef', 'Petrovich'],
  },
  irish: {
    f: ['Siobhán', 'Aoife', 'Niamh', 'Bridget', 'Maureen', 'Róisín', 'Kathleen'],
    m: ['Pádraig', 'Seamus', 'Cormac', 'Declan', 'Liam', 'Eoin', 'Francis'],
    last: ["O'Brien", 'McCarthy', "O'Sullivan", 'MacNeil', 'McGillicuddy', 'Fitzgerald', "O'Donnell", 'Mc Cormack', "O'Shaughnessy"],
    midF: ['Mary', 'Therese', 'Anne'],
    midM: ['Joseph', 'Patrick', 'Michael'],
  },
  particle: {
    f: ['Anneke', 'Isabel', 'Marguerite', 'Beatriz', 'Liesbeth', 'Josephine'],
    m: ['Pieter', 'Lucas', 'Henri', 'João', 'Willem', 'Jean-Baptiste'],
    last: ['van der Berg', 'de la Fuente', 'Van Houten', 'da Silva', 'dos Santos', 'St. Clair', 'von Hoffmann', 'DeLuca', 'Le Blanc', 'van den Heuvel', 'De Souza'],
    midF: ['Cornelia', 'Maria', 'Helena'],
    midM: ['Jan', 'Antoine', 'Paulo'],
  },
  anglo: {
    f: ['Hope', 'Grace', 'Joy', 'Dorothy', 'Mildred', 'Shirley', 'Brittany', 'Ashley', 'June', 'Faith'],
    m: ['Will', 'Earl', 'Dale', 'Clarence', 'Homer', 'Cody', 'Wyatt', 'Chase', 'Mark', 'Frank'],
    last: ['Smith-Jones', 'Graves', 'White', 'Young', 'Brown', 'Long', 'Price', 'Rivers', 'Hill', 'Baker', 'Mason', 'Little', 'Wright-Okafor', 'Parker', 'Addison', 'Love'],
    midF: ['Ann', 'Louise', 'Mae', 'Lynn', 'Rose'],
    midM: ['Lee', 'Ray', 'Wayne', 'Allen', 'Dean'],
  },
  africanAmerican: {
    f: ['Latoya', 'Imani', 'Shaniqua', 'Keisha', 'Ebony', 'Precious'],
    m: ['DeShawn', 'Tyrone', 'Jamal', 'Darnell', 'Marquis', 'Reginald'],
    last: ['Jackson', 'Washington', 'Freeman', 'Banks', 'Jefferson', 'Robinson', 'Mitchell'],
    midF: ['Denise', 'Renee', 'Monique'],
    midM: ['Lamar', 'Andre', 'Terrell'],
  },
};
const POOL_NAMES = Object.keys(POOLS);
const NICK_F = ['Peggy', 'Dottie', 'Bunny', 'Sissy', 'Tootie', 'Kiki'];
const NICK_M = ['Bud', 'Skip', 'Red', 'Sonny', 'Chip', 'Butch'];
const SUFFIXES = ['Jr.', 'Sr.', 'III', 'II', 'IV'];

interface Name {
  sex: Sex;
  first: string;
  middle: string;
  last: string;
  suffix: string;
  nick: string;
}

/** A patient with a name of any origin (the first probe's Patient, renamed) and a suffix/nickname. */
interface Pt extends Patient, Name {
  spouse: Relative & Name;
  child: Relative & Name;
}

function drawName(g: G, pool: string, sex: Sex, last?: string, notFirst?: string): Name {
  const p = POOLS[pool]!;
  const firsts = (sex === 'female' ? p.f : p.m).filter((f) => f !== notFirst);
  const mid = sex === 'female' ? p.midF : p.midM;
  const anglo = pool === 'anglo' || pool === 'africanAmerican' || pool === 'irish';
  return {
    sex,
    first: g.pick(firsts),
    middle: mid && g.chance(0.75) ? g.pick(mid) : '',
    last: last ?? g.pick(p.last),
    suffix: sex === 'male' && anglo && g.chance(0.25) ? g.pick(SUFFIXES) : '',
    nick: anglo && g.chance(0.3) ? g.pick(sex === 'female' ? NICK_F : NICK_M) : '',
  };
}

/** Without diacritics, as terminals, X12 and DICOM carry names. */
function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
}

function emailOf(g: G, n: Name): string {
  const clean = (s: string) => ascii(s).toLowerCase().replace(/[^a-z]/g, '');
  const first = clean(n.first.split(/[\s-]/)[0]!);
  const last = clean(n.last);
  const user = g.pick([`${first}.${last}`, `${first}${last}${g.int(1, 99)}`, `${first.charAt(0)}${last}`, `${last}.${first}${g.int(50, 99)}`]);
  return `${user}@${g.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'aol.com', 'hotmail.com'])}`;
}

function patient(g: G, minAge: number, maxAge: number, pool = g.pick(POOL_NAMES)): Pt {
  const base = g.patient(minAge, maxAge);
  const name = drawName(g, pool, base.sex);
  const spouseSex: Sex = base.sex === 'female' ? 'male' : 'female';
  const spouse = { ...base.spouse, ...drawName(g, pool, spouseSex, name.last, name.first), relation: spouseSex === 'female' ? 'wife' : 'husband' };
  const childSex: Sex = g.chance(0.6) ? 'female' : 'male';
  const child = {
    ...base.child,
    ...drawName(g, pool, childSex, childSex === 'male' || g.chance(0.4) ? name.last : undefined, name.first),
    relation: childSex === 'female' ? 'daughter' : 'son',
    suffix: '',
    nick: '',
  };
  const p: Pt = { ...base, ...name, spouse, child, maiden: g.pick(POOLS[pool]!.last), prefix: name.sex === 'female' ? g.pick(['Mrs.', 'Ms.', 'Ms.']) : 'Mr.' };
  p.email = emailOf(g, p);
  return p;
}

/** The patient as a woman (mammography and cervical cytology pages), same surname. */
function asFemale(g: G, p: Pt): Pt {
  if (p.sex === 'female') return p;
  const pool = POOL_NAMES.find((name) => POOLS[name]!.last.includes(p.last)) ?? 'anglo';
  Object.assign(p, drawName(g, pool, 'female', p.last), { prefix: 'Ms.' });
  p.email = emailOf(g, p);
  return p;
}

/** Clinicians come from the same pools: their names are not PHI. */
function clinician(g: G): Provider {
  const n = drawName(g, g.pick(POOL_NAMES), g.pick(['female', 'male'] as const));
  return { first: n.first, last: n.last, credential: g.pick(['MD', 'MD', 'DO', 'NP', 'PA-C', 'MD']) };
}

const sfx = (n: Name) => (n.suffix ? ` ${n.suffix}` : '');
/** "Dorothy "Dottie" Brown", "Earl Ray Price Jr." */
const fullName = (n: Name, middle = true) => `${n.first}${n.nick ? ` "${n.nick}"` : ''}${middle && n.middle ? ` ${n.middle}` : ''} ${n.last}${sfx(n)}`;
const firstLast = (n: Name) => `${n.first} ${n.last}${sfx(n)}`;
/** "Price Jr., Earl R" */
const lastFirst = (n: Name, mi = true) => `${n.last}${sfx(n)}, ${n.first}${mi && n.middle ? ` ${n.middle.charAt(0)}` : ''}`;
/** "GARCIA MARQUEZ, JOSE LUIS A" */
const LASTFIRST = (n: Name, mi = true) => ascii(lastFirst(n, mi)).toUpperCase();
/** VistA/Meditech "LAST,FIRST M" */
const termName = (n: Name) => ascii(`${n.last}${n.suffix ? ` ${n.suffix.replace('.', '')}` : ''},${n.first}${n.middle ? ` ${n.middle.charAt(0)}` : ''}`).toUpperCase();
const drName = (p: Provider) => `Dr. ${p.first} ${p.last}`;
const provFLC = (p: Provider) => `${p.first} ${p.last}, ${p.credential}`;
const provLFC = (p: Provider) => `${p.last}, ${p.first} ${p.credential}`;
const initials = (p: Provider | Name) => `${p.first.charAt(0)}${p.last.charAt(0)}`.toUpperCase();
const street = (p: Patient) => (p.unit ? `${p.street} ${p.unit}` : p.street);
const U = (s: string) => ascii(s).toUpperCase();
const provTerm = (p: Provider) => U(`${p.last},${p.first}`);

/** A second address (a guarantor's or a relative's who lives elsewhere). */
function address(g: G): { street: string; city: string; state: string; zip: string } {
  const [city, state, zip3] = g.pick(US_PLACES);
  return { street: `${g.int(2, 2999)} ${g.pick(STREET_NAMES)} ${g.pick(STREET_SUFFIX)}`, city, state, zip: zip3 + g.digits(2) };
}

function phone(g: G): Phone {
  return g.phone();
}

/** VistA external date "MAR 14,1931", with "@14:30" when timed. */
function vistaDate(d: Date, time = false): string {
  return `${MON[d.getUTCMonth()]!.toUpperCase()} ${d.getUTCDate()},${d.getUTCFullYear()}${time ? `@${ft(d, '24')}` : ''}`;
}
/** "06-10-25" */
const dashShort = (d: Date) => `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}-${String(d.getUTCFullYear()).slice(2)}`;
const at = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);
const dayBefore = (d: Date, days: number) => new Date(d.getTime() - days * 86_400_000);

/** A value padded to a fixed-width column, marked when `type` is given (padding outside the mark). */
function col(value: string, width: number, type?: PhiType): string {
  const shown = value.length > width ? value.slice(0, width) : value;
  return (type ? phi(type, shown) : shown) + ' '.repeat(Math.max(1, width - shown.length));
}

function money(g: G, min: number, max: number): string {
  return (g.int(min * 100, max * 100) / 100).toFixed(2);
}

/** Valid NHS number (modulus 11 check digit), "943 476 5919". */
function nhsNumber(g: G): string {
  for (;;) {
    const d = g.digits(9).split('').map(Number);
    const sum = d.reduce((s, x, i) => s + x * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    const all = [...d, check === 11 ? 0 : check].join('');
    return `${all.slice(0, 3)} ${all.slice(3, 6)} ${all.slice(6)}`;
  }
}

/** Valid Ontario health number (Luhn over 10 digits). */
function ohipNumber(g: G): string {
  for (;;) {
    const body = `${g.int(1, 9)}${g.digits(8)}`;
    let sum = 0;
    body.split('').forEach((c, i) => {
      let x = Number(c);
      if (i % 2 === 0) {
        x *= 2;
        if (x > 9) x -= 9;
      }
      sum += x;
    });
    const check = (10 - (sum % 10)) % 10;
    return body + check;
  }
}

/** Australian Medicare card number: 8 digits, check digit, issue number ("2953 51234 1"). */
function medicareAu(g: G): string {
  const first8 = `${g.int(2, 6)}${g.digits(7)}`;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  const check = first8.split('').reduce((s, c, i) => s + Number(c) * weights[i]!, 0) % 10;
  return `${first8.slice(0, 4)} ${first8.slice(4)}${check} ${g.int(1, 3)}`;
}

/** Medicare Beneficiary Identifier shape: 1EG4-TE5-MK73 without dashes. */
function mbi(g: G): string {
  const L = 'ACDEFGHJKMNPQRTUVWXY';
  return `${g.int(1, 9)}${g.letters(1, L)}${g.letters(1, L + '0123456789')}${g.int(0, 9)}${g.letters(1, L)}${g.letters(1, L + '0123456789')}${g.int(0, 9)}${g.letters(2, L)}${g.int(0, 9)}${g.int(0, 9)}`;
}

const CLINICS = ['Lakeside Internal Medicine', 'Northgate Family Medicine', 'Summit Primary Care Associates', 'Pioneer Valley Health – Chicopee', 'Riverbend Community Health Center'];
const CSS_GRID = 'label{font-weight:bold}.muted{color:#777}.section{border:1px solid #ccc;margin:6px;padding:6px}';

// ---------------------------------------------------------------------------------------------
// 1. athenaOne-like patient face sheet (label/value flex rows in cards)

function athenaFacesheet(g: G, k: number): Screen {
  const p = patient(g, k === 0 ? 34 : 90, k === 0 ? 78 : 99);
  const pid = String(g.int(10000, 399999));
  const dept = g.pick(['LAKESIDE INTERNAL MED', 'NORTHGATE FAM MED', 'SUMMIT PRIMARY CARE']);
  const pcp = clinician(g);
  const v = vitals(g);
  const lastAppt = g.past(10, 200);
  const nextAppt = g.future(5, 60);
  const registered = g.past(900, 4000);
  const portal = g.past(100, 800);
  const problems = g.some(PROBLEMS, 3, 5);
  const meds = g.some(MEDS, 3, 5);
  const allergies = g.some(ALLERGIES, 1, 2);
  const ec = k === 0 ? p.spouse : p.child;
  const ec2 = drawName(g, 'anglo', 'female');
  const ec2Phone = phone(g);
  const gAddr = address(g);
  const secondaryId = `${g.digits(9)}${g.upper(1)}`;
  const fax = phone(g);
  const passport = `${g.upper(1)}${g.digits(8)}`;
  const guarantorDob = g.f.date.birthdate({ mode: 'age', min: 55, max: 70, refDate: g.today });
  const row = (label: string, value: Part) => h`
      <div class="fs-row"><div class="fs-label">${label}</div><div class="fs-value">${value}</div></div>`;
  const card = (title: string, content: Html) => h`
    <section class="fs-card"><header class="fs-card-title">${title} <a class="edit">edit</a></header>${content}</section>`;
  return {
    title: `Quickview - athenaOne`,
    css: BASE_CSS + '.fs-row{display:flex;padding:2px 0}.fs-label{width:170px;color:#666;text-transform:uppercase;font-size:11px}.fs-card{border:1px solid #d5d5d5;margin:8px;padding:6px}.banner{background:#4a2f7f;color:#fff;padding:6px}',
    body: h`
<div id="global-nav"><span class="logo">athenaOne</span> <a>Calendar</a> <a>Patients</a> <a>Claims</a> <a>Financials</a> <a>Reports</a> <a>Quality</a> <a>Settings</a> <a>Support</a> <span class="user">${pcp.first.charAt(0).toLowerCase()}${ascii(pcp.last).toLowerCase().replace(/[^a-z]/g, '')} · ${dept}</span></div>
<div class="banner patient-header">
  <span class="name">${N(fullName(p, false))}</span>
  <span class="pid">#${phi('MRN', pid)}</span>
  <span>${sexLetter(p)} ${A(p.age, 'yo')}</span>
  <span>DOB ${D(p.dob, 'mdy')}</span>
  <span class="alerts">${k === 1 ? 'FALL RISK · HARD OF HEARING · ' : ''}${p.language === 'English' ? '' : `Interpreter: ${p.language}`}</span>
</div>
<div class="tabs"><a class="active">Quickview</a> <a>Chart</a> <a>Encounters</a> <a>Documents</a> <a>Claims</a> <a>Statements</a> <a>Registration</a> <a>Check-in</a> <a>Print face sheet</a></div>
<div class="columns">
<div class="col-left">
  ${card('Patient Information', h`
    ${row('Legal name', N(`${p.last}${p.suffix ? ` ${p.suffix}` : ''}, ${p.first}${p.middle ? ` ${p.middle}` : ''}`))}
    ${p.nick ? row('Preferred name', N(p.nick)) : ''}
    ${row('Sex assigned at birth', sexWord(p))}
    ${row('Date of birth', D(p.dob, 'mdy'))}
    ${row('SSN', phi('SSN', p.ssn))}
    ${row('Language', p.language)}
    ${row('Race / Ethnicity', `${p.race} / ${p.ethnicity}`)}
    ${row('Marital status', k === 1 ? 'Widowed' : p.marital)}
    ${row('Address', h`${phi('ADDRESS', p.street)}${p.unit ? h`<br>${phi('ADDRESS', p.unit)}` : ''}<br>${phi('ADDRESS', p.city)}, ${p.state} ${phi('ZIP', p.zip)}`)}
    ${row('Home phone', P(p.home, 'paren'))}
    ${row('Mobile phone', h`${P(p.cell, 'paren')} <span class="muted">(SMS ok)</span>`)}
    ${k === 1 ? row('Fax', phi('FAX', fp(fax, 'paren'))) : row('Work phone', phi('PHONE', `${fp(p.work, 'paren')} x${g.int(100, 4999)}`))}
    ${row('Email', phi('EMAIL', p.email))}
    ${row('Contact preference', k === 1 ? 'Home phone, then fax' : 'Mobile phone')}
    ${k === 1 ? row('Photo ID', h`Passport ${phi('PASSPORT', passport)} (${g.pick(['Ireland', 'Philippines', 'Portugal', 'Poland'])})`) : row("Driver's license", h`${phi('DRIVERS_LICENSE', p.dl)} (${p.state})`)}
    ${row('Patient since', D(registered, 'mdy'))}
    ${row('Portal status', h`Registered ${D(portal, 'mdy')}`)}
    ${row('Employer', k === 1 ? 'Retired' : g.pick(['Baystate Health', 'Big Y Foods', 'Springfield Public Schools', 'Self-employed']))}
  `)}
  ${card('Emergency Contacts', h`
    ${row('Name', N(firstLast(ec)))}
    ${row('Relationship', ec.relation === 'wife' || ec.relation === 'husband' ? 'Spouse' : ec.relation === 'son' ? 'Son' : 'Daughter')}
    ${row('Phone', P(ec.phone, 'dash'))}
    ${row('Name', N(`${ec2.first} ${ec2.last}`))}
    ${row('Relationship', 'Neighbor')}
    ${row('Phone', P(ec2Phone, 'dash'))}
  `)}
  ${card('Guarantor', k === 0 ? h`${row('Guarantor', 'Same as patient')}${row('Relationship to patient', 'Self')}` : h`
    ${row('Name', N(fullName(p.child)))}
    ${row('Relationship to patient', p.child.relation === 'son' ? 'Child (son)' : 'Child (daughter)')}
    ${row('Date of birth', D(guarantorDob, 'mdy'))}
    ${row('Address', h`${phi('ADDRESS', gAddr.street)}, ${phi('ADDRESS', gAddr.city)}, ${gAddr.state} ${phi('ZIP', gAddr.zip)}`)}
    ${row('Phone', P(p.child.phone, 'paren'))}
    ${row('Email', phi('EMAIL', emailOf(g, p.child)))}
  `)}
</div>
<div class="col-right">
  ${card('Insurance', h`
    ${row('Primary', `${p.payer} · ${p.plan}`)}
    ${row('Member ID', phi('HEALTH_PLAN', p.memberId))}
    ${row('Group #', phi('HEALTH_PLAN', p.groupNo))}
    ${row('Policyholder', k === 0 ? N(firstLast(p)) : h`${N(firstLast(p))} (self)`)}
    ${row('Eligibility', h`Verified ${D(g.past(0, 6), 'mdy')} via 270/271 · Copay $${g.pick([0, 20, 25, 35])}`)}
    ${row('Secondary', k === 1 ? 'MassHealth Standard' : 'None')}
    ${k === 1 ? row('Secondary ID', phi('HEALTH_PLAN', secondaryId)) : ''}
  `)}
  ${card('Care Team', h`
    ${row('PCP', provFLC(pcp))}
    ${row('Referring', drName(clinician(g)))}
    ${row('Pharmacy', h`CVS/pharmacy #${g.int(1000, 9999)} · 1210 Boston Rd, Springfield, MA 01119 · (413) 782-0341`)}
    ${row('Lab', 'Quest Diagnostics – PSC')}
  `)}
  ${card('Clinical Summary', h`
    <div class="sub">Active problems</div><ul>${problems.map(([name, code]) => h`<li>${name} (${code})</li>`)}</ul>
    <div class="sub">Allergies</div><ul>${allergies.map(([name, r]) => h`<li>${name}: ${r}</li>`)}</ul>
    <div class="sub">Medications</div><ul>${meds.map(([name, sig]) => h`<li>${name} – ${sig}</li>`)}</ul>
    <div class="sub">Last vitals (${D(lastAppt, 'mdy')})</div>
    <div class="vitals">BP ${v.sys}/${v.dia} · HR ${v.hr} · Temp ${v.tempF} °F · SpO2 ${v.spo2}% · Wt ${v.weightLb} lb · BMI ${v.bmi}</div>
  `)}
  ${card('Appointments', h`
    ${row('Last appointment', h`${D(lastAppt, 'mdy', '12s')} · ${provFLC(pcp)}`)}
    ${row('Next appointment', h`${D(nextAppt, 'mdy', '12s')} · ${g.pick(['FOLLOW UP 20', 'ANNUAL PHYSICAL 40', 'MED CHECK 20'])}`)}
    ${row('Recalls', k === 1 ? 'Annual wellness visit – due' : 'None')}
  `)}
</div>
</div>
<footer>© 2025 athenahealth, Inc. · Page generated ${D(g.today, 'mdy', '12s')}</footer>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. eClinicalWorks-like progress note with left nav (k=1: telephone encounter, search dropdown open)

function ecwNote(g: G, k: number): Screen {
  const p = patient(g, 28, 88);
  const provider = clinician(g);
  const ma = drawName(g, g.pick(POOL_NAMES), 'female');
  const acct = String(g.int(10000, 99999));
  const visit = k === 0 ? g.past(0, 0.2) : g.past(0, 0.1, false);
  const v = vitals(g);
  const meds = g.some(MEDS, 3, 6);
  const problems = g.some(PROBLEMS, 2, 4);
  const allergies = g.some(ALLERGIES, 1, 2);
  const onset = g.past(4, 20);
  const lastA1c = g.past(80, 120);
  const a1c = (g.int(64, 98) / 10).toFixed(1);
  const header = h`
<div id="patient-hub" class="patient-header">
  <span class="hub-name">${N(LASTFIRST(p, false))}</span>
  <span class="hub-item"><b>DOB:</b> ${D(p.dob, 'mdy')}</span>
  <span class="hub-item"><b>Age:</b> ${A(p.age, ' Y')}</span>
  <span class="hub-item"><b>Sex:</b> ${sexLetter(p)}</span>
  <span class="hub-item"><b>Acc No.:</b> ${phi('ACCOUNT', acct)}</span>
  <span class="hub-item"><b>Tel:</b> ${P(p.home, 'dash')}</span>
  <span class="hub-item"><b>Ins:</b> ${p.payer}</span>
  <span class="hub-item"><b>PCP:</b> ${provider.last}, ${provider.first}</span>
</div>`;
  const leftNav = h`
<div id="left-nav">
  <div class="jellybean-bar"><span>P</span> <span>S</span> <span>H</span> <span>E</span> <span>M</span> <span>L</span> <span>D</span> <span>R</span></div>
  <ul><li>Progress Notes</li><li>Telephone Encounters</li><li>Web Encounters</li><li>Labs</li><li>DI</li><li>Procedures</li><li>Referrals (Outgoing)</li><li>Referrals (Incoming)</li><li>Immunizations</li><li>Letters</li><li>Documents</li><li>Flowsheets</li><li>Growth Charts</li><li>Problem List</li><li>Patient Docs</li></ul>
  <div class="nav-footer">Resources · eRx · Messenger (${g.int(1, 30)})</div>
</div>`;
  if (k === 0) {
    const hpiRel = p.child;
    return {
      title: 'eClinicalWorks (V12) - Progress Notes',
      css: BASE_CSS + '#left-nav{float:left;width:190px;background:#eef3f9}#note{margin-left:200px}.sec-title{font-weight:bold;color:#003a70;margin-top:8px}#patient-hub span{margin-right:12px}',
      body: h`
<div id="menu-bar"><span>File</span> <span>Patient</span> <span>Billing</span> <span>Schedule</span> <span>EMR</span> <span>Reports</span> <span>Tools</span> <span>Help</span> <span class="right">Logged in as ${initials(provider).toLowerCase()}${g.int(1, 9)}</span></div>
${header}
${leftNav}
<div id="note">
  <div class="note-head">
    <div><b>Patient:</b> ${N(`${p.first} ${p.last}${sfx(p)}`)}&nbsp;&nbsp;<b>DOB:</b> ${D(p.dob, 'mdy')}&nbsp;&nbsp;<b>Provider:</b> ${provider.first} ${provider.last}, ${provider.credential}&nbsp;&nbsp;<b>Date:</b> ${D(visit, 'mdy')}</div>
    <div class="note-toolbar"><button>Sign</button> <button>Lock</button> <button>Fax</button> <button>Print</button> <button>Claim</button> <button>Superbill</button></div>
  </div>
  <div class="sec-title">Reason for Appointment</div>
  <ol><li>${g.pick(['Follow up DM, HTN', 'Cough and fever', 'Medication refill', 'Low back pain'])}</li></ol>
  <div class="sec-title">History of Present Illness</div>
  <p>${N(`${p.prefix} ${p.last}`)} is a ${p.age} y/o ${sexWord(p).toLowerCase()} here for follow-up of type 2 diabetes and hypertension. Symptoms began on ${D(onset, 'mdy1')} with increased thirst. Last A1c ${a1c}% on ${D(lastA1c, 'mdy1')}. Checks sugars at home, fasting 140s-180s. ${possessiveCap(p)} ${hpiRel.relation}, ${N(hpiRel.first)}, accompanies today and helps with the pill box. Denies chest pain, SOB, polyuria. Interpreter: ${p.language === 'English' ? 'not needed' : `${p.language}, ID #${g.int(10000, 99999)}`}.</p>
  <div class="sec-title">Current Medications</div>
  <ul>${meds.map(([name, sig]) => h`<li>Taking ${name} ${sig}</li>`)}</ul>
  <div class="sec-title">Past Medical History</div>
  <ul>${problems.map(([name]) => h`<li>${name}.</li>`)}</ul>
  <div class="sec-title">Surgical History</div>
  <ul><li>Cholecystectomy ${g.int(1985, 2015)}</li><li>${g.pick(['Appendectomy', 'C-section x 2', 'R knee arthroscopy'])} ${g.int(1975, 2010)}</li></ul>
  <div class="sec-title">Family History</div>
  <p>Father: deceased, MI at ${g.int(48, 70)}. Mother: alive, Alzheimer's disease, Down syndrome in a sibling. Non-contributory otherwise.</p>
  <div class="sec-title">Social History</div>
  <p>Tobacco Use: Never smoker. Alcohol: socially. Lives with ${p.spouse.relation} ${N(p.spouse.first)} at home. Occupation: ${g.pick(['retired machinist', 'school bus driver', 'home health aide', 'restaurant owner'])}.</p>
  <div class="sec-title">Allergies</div>
  <ul>${allergies.map(([name, r]) => h`<li>${name}: ${r}</li>`)}</ul>
  <div class="sec-title">Review of Systems</div>
  <p>Constitutional: no fever, chills. Cardiology: no chest pain, palpitations. Respiratory: no cough. GI: no nausea, vomiting. Neurology: no numbness of feet.</p>
  <div class="sec-title">Vital Signs</div>
  <p>Ht ${v.heightIn} in, Wt ${v.weightLb} lbs, BMI ${v.bmi} Index, BP ${v.sys}/${v.dia} mm Hg, HR ${v.hr} /min, Temp ${v.tempF} F, RR ${v.rr} /min, Oxygen sat % ${v.spo2} %. Taken by ${ma.first} ${ma.last}, MA.</p>
  <div class="sec-title">Examination</div>
  <p>General Appearance: pleasant, NAD. HEENT: PERRLA. Lungs: clear to auscultation bilaterally. Heart: S1 S2 normal, no murmurs. Extremities: no edema; monofilament intact bilaterally.</p>
  <div class="sec-title">Assessments</div>
  <ol><li>Type 2 diabetes mellitus with hyperglycemia - E11.65 (Primary)</li><li>Essential hypertension - I10</li></ol>
  <div class="sec-title">Treatment</div>
  <p>1. Type 2 diabetes mellitus with hyperglycemia: increase metformin ER to 1000 mg BID; start empagliflozin 10 mg daily. LAB: Hemoglobin A1c (83036), Microalbumin urine (82043).<br>2. Essential hypertension: continue lisinopril 20 mg.</p>
  <div class="sec-title">Procedure Codes</div>
  <p>99214 OFFICE O/P EST MOD 30 MIN; 36415 VENIPUNCTURE</p>
  <div class="sec-title">Follow Up</div>
  <p>3 Months (Reason: DM, HTN) on or about ${D(g.future(85, 95), 'mdy')}</p>
  <div class="signoff">Electronically signed by ${provider.first} ${provider.last}, ${provider.credential} on ${D(at(visit, g.int(30, 300)), 'mdy', '12', ' at ')} EDT<br>Sign off status: Completed</div>
  <div class="note-footer">${g.pick(CLINICS)} · 1500 Main Street, Springfield, MA 01103 · Tel: (413) 781-2200 · Fax: (413) 781-2290<br>Patient: ${N(LASTFIRST(p, false))} DOB: ${D(p.dob, 'mdy')} Progress Note: ${provider.first} ${provider.last}, ${provider.credential} ${D(visit, 'mdy')}</div>
</div>`,
    };
  }
  // Telephone encounter; the patient lookup dropdown is open over the toolbar.
  const query = ascii(p.last).slice(0, 3);
  const matches = Array.from({ length: 7 }, (_, i) => {
    const m = i === 0 ? p : patient(g, 2, 97);
    if (i > 0 && i < 4) m.last = p.last;
    return { m, acct: i === 0 ? acct : String(g.int(10000, 99999)) };
  });
  const caller = p.child;
  const callAt = visit;
  return {
    title: 'eClinicalWorks (V12) - Telephone Encounter',
    css: BASE_CSS + '#left-nav{float:left;width:190px;background:#eef3f9}#te{margin-left:200px}.lookup-dd{position:absolute;top:28px;left:220px;background:#fff;border:1px solid #888;box-shadow:0 2px 6px #999}.lookup-dd li{padding:2px 6px;list-style:none}',
    body: h`
<div id="menu-bar"><span>File</span> <span>Patient</span> <span>Billing</span> <span>Schedule</span> <span>EMR</span> <span>Reports</span> <span>Tools</span> <span>Help</span></div>
<div class="lookup"><label for="ptlookup">Patient Lookup</label> <input id="ptlookup" type="text" value="${query}"> <span class="hint">Search by: Last Name, First Name · DOB · Phone · Acc No.</span>
  <ul class="lookup-dd" role="listbox" aria-label="Matching patients">
    ${matches.map(({ m, acct: a }) => h`<li role="option"><span class="dd-name">${N(LASTFIRST(m, false))}</span> <span class="dd-dob">${D(m.dob, 'mdy')}</span> <span class="dd-sex">${sexLetter(m)}</span> <span class="dd-phone">${P(m.home, 'dash')}</span> <span class="dd-acc">Acc# ${phi('ACCOUNT', a)}</span></li>`)}
    <li class="dd-more">Showing ${matches.length} of ${matches.length + g.int(3, 40)} · Press Enter for advanced lookup</li>
  </ul>
</div>
${header}
${leftNav}
<div id="te">
  <h3>Telephone Encounter</h3>
  <table class="te-head">
    <tr><td>Answered by</td><td>${ma.first} ${ma.last}</td><td>Date</td><td>${D(callAt, 'mdy')}</td><td>Time</td><td>${ft(callAt, '12')}</td></tr>
    <tr><td>Caller</td><td>${N(`${caller.first} ${caller.last}`)} (${caller.relation})</td><td>Call back #</td><td>${P(caller.phone, 'paren')}</td><td>Provider</td><td>${provider.last}, ${provider.first}</td></tr>
    <tr><td>Reason</td><td colspan="5">Medication question / BP readings</td></tr>
  </table>
  <div class="sec-title">Message</div>
  <p>${caller.relation === 'son' ? 'Son' : 'Daughter'} ${N(caller.first)} called stating pt has been dizzy when standing since ${D(g.past(2, 5), 'md')}. Home BP ${v.sys - 30}/${v.dia - 20} this AM, HR ${v.hr}. Taking amlodipine 10 mg and HCTZ 25 mg. No falls, no syncope. Pt is at home at ${phi('ADDRESS', street(p))}, ${phi('ADDRESS', p.city)}; ${caller.relation} staying with ${p.sex === 'female' ? 'her' : 'him'} until ${D(g.future(3, 9), 'monthDay')}.</p>
  <div class="sec-title">Action Taken</div>
  <p>Per ${drName(provider)}: hold HCTZ, increase fluids, recheck BP in 1 week at nurse visit. Scheduled nurse visit ${D(g.future(6, 8), 'mdy', '12')}. ${caller.relation === 'son' ? 'Son' : 'Daughter'} verbalized understanding; read back completed.</p>
  <div class="sec-title">Refills</div>
  <p>None requested.</p>
  <div class="te-foot">Assigned to: ${provider.last}, ${provider.first} · Status: Open · Priority: Normal · Modified ${D(at(callAt, 14), 'mdy', '12')}</div>
  <div class="te-buttons"><button>Virtual Visit</button> <button>Rx</button> <button>Labs</button> <button>Actions</button> <button>Addendum</button> <button>Close</button></div>
</div>`,
  };
}

const possessiveCap = (p: Name) => (p.sex === 'female' ? 'Her' : 'His');

// ---------------------------------------------------------------------------------------------
// 3. Green-screen terminals: VistA roll-and-scroll Patient Inquiry; Meditech registration screen

function terminal(g: G, k: number): Screen {
  const css = BASE_CSS + 'body{background:#000}pre.term{color:#33ff66;background:#000;font:14px/1.25 "Courier New",monospace;margin:0;padding:10px}.chrome{color:#aaa;background:#222;font:12px Arial;padding:3px}';
  if (k === 0) {
    const p = patient(g, 90, 99);
    const others = Array.from({ length: 3 }, () => patient(g, 40, 96));
    others.forEach((o, i) => {
      if (i < 2) o.last = p.last.split(/[\s-]/)[0]!;
    });
    const list = [p, ...others];
    const ssnPlain = (x: Patient) => x.ssn.replace(/-/g, '');
    const pcp = clinician(g);
    const appt = g.future(10, 60);
    const county = g.pick(['HAMPDEN', 'HAMPSHIRE', 'WORCESTER', 'BERKSHIRE', 'FRANKLIN']);
    const claim = g.digits(8);
    const lines = [
      `Select OPTION NAME: DG PATIENT INQUIRY       Patient Inquiry`,
      `Select PATIENT NAME: ${phi('NAME', U(p.last.split(/[\s-]/)[0]!))}`,
      ...list.map((x, i) => `     ${i + 1}   ${col(termName(x), 28, 'NAME')}${col(dashShort(x.dob), 11, 'DATE')}${col(ssnPlain(x), 13, 'SSN')}YES     ${i % 2 === 0 ? 'SC VETERAN' : 'NSC VETERAN'}`),
      `ENTER '^' TO STOP, OR`,
      `CHOOSE 1-${list.length}: 1  ${col(termName(p), 28, 'NAME')}${col(dashShort(p.dob), 11, 'DATE')}${col(ssnPlain(p), 13, 'SSN')}YES     SC VETERAN`,
      ``,
      `${col(termName(p), 38, 'NAME')}${col(p.ssn, 22, 'SSN')}${phi('DATE', vistaDate(p.dob))} (${phi('AGE_OVER_89', String(p.age))})`,
      `==========================================================================`,
      ` Address: ${col(U(street(p)), 30, 'ADDRESS')} Temporary: NO TEMPORARY ADDRESS`,
      `          ${phi('ADDRESS', U(p.city))},${p.state}  ${phi('ZIP', p.zip)}`,
      `  County: ${col(county, 30, 'ADDRESS')}   From/To: NOT APPLICABLE`,
      `   Phone: ${col(fp(p.home, 'dash'), 30, 'PHONE')}     Phone: NOT APPLICABLE`,
      `  Office: UNANSWERED`,
      `Cell Phone: ${phi('PHONE', fp(p.cell, 'paren'))}`,
      `E-mail Address: ${phi('EMAIL', p.email.toUpperCase())}`,
      ``,
      `     POS: ${col('WORLD WAR II', 22)}Claim #: ${phi('ID', claim)}`,
      `   Relig: ${col(g.pick(['CATHOLIC', 'BAPTIST', 'UNKNOWN/NO PREFERENCE', 'METHODIST']), 22)}    Sex: ${p.sex.toUpperCase()}`,
      `    Race: ${col('WHITE', 22)}Ethnicity: NOT HISPANIC OR LATINO`,
      ``,
      ` Primary Eligibility: SERVICE CONNECTED 50% to 100% (VERIFIED)`,
      ` Other Eligibilities: AID & ATTENDANCE`,
      ` Unsupported Eligibility: NO`,
      ``,
      ` Status      : PATIENT HAS NO INPATIENT OR LODGER ACTIVITY IN THE COMPUTER`,
      ``,
      ` Enrollment Priority: GROUP 1    Category: ENROLLED    End Date:`,
      ` Primary Care Team: RED TEAM      PCP: ${provTerm(pcp)}`,
      ` NOK: ${col(termName(p.child), 30, 'NAME')}Relationship: ${p.child.relation.toUpperCase()}`,
      `      Phone: ${phi('PHONE', fp(p.child.phone, 'dash'))}`,
      ``,
      ` Future Appointments:`,
      `   ${phi('DATE', `${fd(appt, 'mdy')} ${ft(appt, '24')}`)}  PRIMARY CARE RED TEAM        (SCHEDULED)`,
      `   ${phi('DATE', `${fd(g.future(61, 120), 'mdy')} 08:00`)}  AUDIOLOGY                    (SCHEDULED)`,
      ``,
      ` Remarks: ${p.child.relation === 'son' ? 'SON' : 'DTR'} ${phi('NAME', U(p.child.first))} HAS POA. CALL BEFORE ANY CHANGES.`,
      ``,
      `Do you want to continue processing this patient record? No//`,
    ];
    return {
      title: 'VistA - Roll and Scroll',
      css,
      body: h`
<div class="chrome">KEA! Terminal · Session 1: vista.vhaspr.med.va.gov (SSH) · VT320 · 80x24 · Connected</div>
<pre class="term">${lines.join('\n')}</pre>
<div class="chrome">F1 Help · F2 Print screen · F10 Menu · Connected ${D(g.today, 'mdy', 'sec')}</div>`,
    };
  }
  const p = patient(g, 55, 88);
  const unit = `M${g.digits(9)}`;
  const acct = `V${g.digits(11)}`;
  const adm = g.past(1, 4);
  const attending = clinician(g);
  const ins = mbi(g);
  const nok = p.spouse;
  const guarantor = p;
  const lines = [
    `RRMC ADM   Registration                                      ${phi('DATE', `${fd(g.today, 'mdy2')} ${ft(g.today, '24c')}`)}   LIVE`,
    `------------------------------------------------------------------------------`,
    `PT NAME: ${col(termName(p), 28, 'NAME')}  UNIT #: ${col(unit, 11, 'MRN')} ACCT #: ${phi('ACCOUNT', acct)}`,
    `DOB: ${col(fd(p.dob, 'mdy'), 11, 'DATE')} AGE: ${col(String(p.age), 4)} SEX: ${sexLetter(p)}   SSN: ${col(p.ssn, 12, 'SSN')} MAR: ${p.marital.charAt(0)}`,
    `ADDRESS: ${col(U(street(p)), 40, 'ADDRESS')}`,
    `CITY: ${col(U(p.city), 20, 'ADDRESS')} ST: ${p.state}  ZIP: ${col(p.zip, 10, 'ZIP')} COUNTRY: USA`,
    `HOME PH: ${col(fp(p.home, 'dash'), 14, 'PHONE')} CELL PH: ${col(fp(p.cell, 'dash'), 14, 'PHONE')} LANG: ${U(p.language).slice(0, 3)}`,
    `EMPLOYER: ${col('RETIRED', 30)} OCC: `,
    `------------------------------------------------------------------------------`,
    `NOK: ${col(termName(nok), 26, 'NAME')} REL: ${col(nok.relation.toUpperCase(), 8)} PH: ${phi('PHONE', fp(nok.phone, 'dash'))}`,
    `GUAR: ${col(guarantor === p ? 'SELF' : termName(guarantor), 25)} EMPLOYER: RETIRED`,
    `------------------------------------------------------------------------------`,
    `INS 1: ${col('MCR', 6)}MEDICARE A & B            POLICY #: ${phi('HEALTH_PLAN', ins)}`,
    `INS 2: ${col('BCMG', 6)}BLUE CROSS MEDIGAP PLAN F POLICY #: ${phi('HEALTH_PLAN', `XQM${g.digits(9)}`)}`,
    `------------------------------------------------------------------------------`,
    `ADM DATE: ${col(fd(adm, 'mdy2'), 9, 'DATE')} ADM TIME: ${ft(adm, '24c')}   STATUS: ADM IN    LOC: 4W     ROOM: ${g.int(401, 460)}-${g.pick(['A', 'B'])}`,
    `ATTEND: ${col(provTerm(attending), 26)} ADMIT SRC: EMERGENCY ROOM`,
    `REASON FOR VISIT: ${g.pick(['CHEST PAIN', 'SHORTNESS OF BREATH', 'FALL AT HOME', 'WEAKNESS'])}`,
    `SERVICE: MED   ACCOMMODATION: SP   FIN CLASS: MC   CODE: FULL`,
    `LAST ADM: ${phi('DATE', fd(g.past(100, 700), 'mdy2'))}  ACCT: ${phi('ACCOUNT', `V${g.digits(11)}`)}`,
    ``,
    `F4-Next  F8-Prior  F9-Lookup  F12-File  Esc-Exit                         Page 1 of 3`,
  ];
  return {
    title: 'MEDITECH Client Server',
    css,
    body: h`
<div class="chrome">MEDITECH · Riverside Regional · ADM · User: ${attending.last.toUpperCase().slice(0, 6)}</div>
<pre class="term">${lines.join('\n')}</pre>
<div class="chrome">Ready · CAPS · INS</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 4. PointClickCare-like long-term care: census list; eMAR administration grid

function ltc(g: G, k: number): Screen {
  const facility = g.pick(['Sunrise Manor Skilled Nursing', 'Maple Ridge Rehabilitation & Nursing', 'Willow Crest Care Center']);
  const nav = h`
<div class="pcc-top"><span class="logo">PointClickCare</span> <span class="fac">${facility}</span> <a>Clinical</a> <a>Admin</a> <a>Billing</a> <a>Reports</a> <a>CRM</a> <span class="user">Logged in: ${g.f.person.firstName().toLowerCase()}.${g.f.person.lastName().toLowerCase()}</span></div>
<div class="pcc-menu"><a>Dashboard</a> <a>Resident</a> <a>Census</a> <a>Orders</a> <a>eMAR</a> <a>eTAR</a> <a>Assessments</a> <a>Care Plan</a> <a>Progress Notes</a> <a>Vitals</a> <a>Incidents</a></div>`;
  if (k === 0) {
    const units = ['Magnolia', 'Dogwood', 'Rehab'];
    const rows = Array.from({ length: 22 }, (_, i) => {
      const r = patient(g, 64, 104);
      return {
        r,
        id: String(g.int(1000, 19999)),
        room: `${units[Math.floor(i / 8)]!.charAt(0)}${100 + (i % 8) * 2 + 1}-${g.pick(['A', 'B'])}`,
        admit: g.past(3, 1500),
        payer: g.pick(['Medicare A', 'Medicaid', 'Medicaid Pending', 'Private Pay', 'Managed Care - Tufts', 'Hospice - Medicaid', 'Medicare A']),
        status: g.pick(['Active', 'Active', 'Active', 'Hospital Leave', 'LOA', 'Active']),
        doc: clinician(g),
      };
    });
    return {
      title: 'Census List - PointClickCare',
      css: BASE_CSS + '.pcc-top{background:#00417a;color:#fff;padding:4px}.census td{border-bottom:1px solid #e3e3e3;font-size:12px}.census th{background:#eef}',
      body: h`
${nav}
<h2>Current Census</h2>
<div class="filters">Unit: All · Floor: All · Status: Current · As of ${D(g.today, 'mdy')} · Beds: 60 · Occupied: ${rows.length + 31}</div>
<table class="census">
  <tr><th>Room-Bed</th><th>Resident</th><th>Resident #</th><th>Age</th><th>Sex</th><th>Admission Date</th><th>Payer</th><th>Attending Physician</th><th>Status</th></tr>
  ${rows.map(({ r, id, room, admit, payer, status, doc }) => h`<tr><td>${room}</td><td><a href="#">${N(`${r.last}${sfx(r)}, ${r.first}`)}</a>${r.nick ? h` <span class="muted">"${N(r.nick)}"</span>` : ''}</td><td>${phi('MRN', id)}</td><td>${A(r.age)}</td><td>${sexLetter(r)}</td><td>${D(admit, 'mdy')}</td><td>${payer}</td><td>${provLFC(doc)}</td><td>${status}</td></tr>`)}
</table>
<div class="summary">Admissions today: 1 · Discharges today: 2 · Bed holds: ${g.int(0, 3)} · Medicare A: ${g.int(5, 12)} · Medicaid: ${g.int(20, 30)}</div>
<footer>PointClickCare® · Census report v4 · Page 1 of 2</footer>`,
    };
  }
  const r = patient(g, 90, 101, g.pick(['irish', 'eastEuropean', 'anglo', 'particle']));
  const rid = String(g.int(1000, 19999));
  const doc = clinician(g);
  const month = new Date(Date.UTC(g.today.getUTCFullYear(), g.today.getUTCMonth(), 1));
  const days = Array.from({ length: 10 }, (_, i) => i + 1);
  const nurses = ['JR', 'MK', 'TO', 'AB', 'LC', 'DW'];
  const mars: [string, string, string[]][] = [
    ['Donepezil HCl Tablet 10 MG', 'Give 1 tablet by mouth at bedtime for Alzheimer\'s disease', ['2100']],
    ['Carbidopa-Levodopa Tablet 25-100 MG', 'Give 1 tablet by mouth three times a day for Parkinson\'s disease', ['0800', '1400', '2000']],
    ['Metoprolol Tartrate Tablet 25 MG', 'Give 1 tablet by mouth two times a day for HTN. Hold if SBP < 100 or HR < 60', ['0800', '2000']],
    ['Senna-S Tablet 8.6-50 MG', 'Give 2 tablet by mouth at bedtime for constipation', ['2100']],
    ['Acetaminophen Tablet 500 MG', 'Give 2 tablet by mouth every 6 hours as needed for pain 1-4/10. Max 3 g/24 h', ['PRN']],
    ['Oxycodone HCl Tablet 5 MG', 'Give 1 tablet by mouth every 4 hours as needed for pain 5-10/10', ['PRN']],
  ];
  const starts = mars.map(() => g.past(30, 400));
  const prn1 = at(dayBefore(g.today, 1), 0);
  prn1.setUTCHours(21, 4, 0, 0);
  const prn2 = at(dayBefore(g.today, 3), 0);
  prn2.setUTCHours(13, 47, 0, 0);
  const poa = r.child;
  return {
    title: 'eMAR - PointClickCare',
    css: BASE_CSS + '.pcc-top{background:#00417a;color:#fff;padding:4px}.mar td,.mar th{border:1px solid #ccc;font-size:11px;text-align:center}.mar td.order{text-align:left;width:320px}.res-header{display:grid;grid-template-columns:repeat(4,auto);gap:2px 16px;background:#f4f7fb;padding:6px}',
    body: h`
${nav}
<div class="res-header" role="banner">
  <div><span class="lbl">Resident:</span> <b>${N(`${U(r.last)}, ${U(r.first)}`)}</b> (${phi('MRN', rid)})</div>
  <div><span class="lbl">Room:</span> ${g.pick(['M', 'D'])}${g.int(101, 130)}-${g.pick(['A', 'B'])}</div>
  <div><span class="lbl">DOB:</span> ${D(r.dob, 'mdy1')}</div>
  <div><span class="lbl">Age:</span> ${A(r.age)}</div>
  <div><span class="lbl">Physician:</span> ${provLFC(doc)}</div>
  <div><span class="lbl">Allergies:</span> ${g.pick(ALLERGIES)[0]}, ${g.pick(ALLERGIES)[0]}</div>
  <div><span class="lbl">Code Status:</span> DNR / DNI / Comfort</div>
  <div><span class="lbl">Diet:</span> Mechanical soft, nectar thick liquids</div>
  <div><span class="lbl">Responsible Party:</span> ${N(firstLast(poa))} (POA) ${P(poa.phone, 'paren')}</div>
</div>
<h3>Medication Administration Record – ${phi('DATE', `${MONTH[month.getUTCMonth()]} ${month.getUTCFullYear()}`)}</h3>
<div class="mar-controls">View: Month · Show: All Orders · Legend: ✓ Given · H Held · R Refused · L Leave of Absence · S Sleeping · 9 See Nurse Notes</div>
<table class="mar">
  <tr><th>Order</th><th>Start Date</th><th>Time</th>${days.map((d) => h`<th>${d}</th>`)}</tr>
  ${mars.map(([drug, sig, times], i) => times.map((t, j) => h`<tr>${j === 0 ? h`<td class="order" rowspan="${times.length}"><b>${drug}</b><br>${sig}<br><span class="muted">Pharmacy: Omnicare · Rx ${phi('ID', g.digits(7))}</span></td><td rowspan="${times.length}">${D(starts[i]!, 'mdy1')}</td>` : ''}<td>${t}</td>${days.map(() => h`<td>${t === 'PRN' ? (g.chance(0.15) ? g.pick(nurses) : '') : g.chance(0.06) ? g.pick(['H', 'R', 'S']) : g.pick(nurses)}</td>`)}</tr>`))}
</table>
<h4>PRN Administration History</h4>
<table class="prn">
  <tr><th>Date/Time</th><th>Medication</th><th>Reason</th><th>Pain</th><th>Follow-up</th><th>By</th></tr>
  <tr><td>${D(prn1, 'mdy', '24')}</td><td>Oxycodone HCl Tablet 5 MG</td><td>Pain L hip</td><td>6/10</td><td>Effective at 21:45, pain 2/10</td><td>T. Okonjo, LPN</td></tr>
  <tr><td>${D(prn2, 'mdy', '24')}</td><td>Acetaminophen Tablet 500 MG</td><td>Headache</td><td>3/10</td><td>Effective at 14:40</td><td>M. Kaczmarek, RN</td></tr>
</table>
<div class="notes"><b>Nurse note ${D(prn1, 'mdy', '24')}:</b> Resident restless at HS, calling out for ${p2(r)} late ${r.sex === 'female' ? 'husband' : 'wife'}. ${poa.relation === 'son' ? 'Son' : 'Daughter'} ${N(poa.first)} updated by phone at ${P(poa.phone, 'dash')}; will visit tomorrow. Glasgow 14. BP 102/58, HR 64.</div>
<footer>PointClickCare® eMAR · Printed ${D(g.today, 'mdy', '12')} · Page 1 of 1</footer>`,
  };
}

const p2 = (p: Name) => (p.sex === 'female' ? 'her' : 'his');

// ---------------------------------------------------------------------------------------------
// 5. Tracking boards: ED tracking board; OR surgical status board

function trackingBoard(g: G, k: number): Screen {
  const css = BASE_CSS + 'body{background:#101820;color:#e8e8e8}.board td,.board th{border-bottom:1px solid #334;padding:3px 6px;font-size:13px}.board th{color:#9cf}.esi1,.esi2{color:#f66}.hdr{display:flex;justify-content:space-between;padding:6px;background:#1d2b3a}';
  if (k === 0) {
    const ccs = ['CP', 'SOB', 'fall, hip pain', 'AMS', 'abd pain', 'lac R hand', 'SI', 'n/v/d', 'HA', 'syncope', 'weakness', 'back pain', 'fever', 'MVC', 'ETOH', 'dizzy', 'palpitations', 'rash'];
    const rooms = ['T1', 'T2', '3', '4', '5', '7', '8', '9', '11', '12', '14', '15', 'H1', 'H2', 'H4', '18', '21', '22'];
    const rns = ['JR', 'MK', 'TO', 'AS', 'BL', 'CN'];
    const mds = ['KP', 'DV', 'AH', 'RS'];
    let plateShown = false;
    const rows = rooms.map((room, i) => {
      const pt = patient(g, i % 5 === 0 ? 90 : 18, i % 5 === 0 ? 99 : 88);
      const arrival = at(g.today, -g.int(20, 600));
      const cc = g.pick(ccs);
      let comment: Part = '';
      const roll = g.int(0, 9);
      if (cc === 'MVC' && !plateShown) {
        plateShown = true;
        comment = h`pt's car ${g.pick(['MA', 'CT', 'NY'])} plate ${phi('VEHICLE', `${g.int(1, 9)}${g.upper(2)}${g.digits(1)}-${g.digits(3)}`)} towed to Ray's; SPD officer at bedside`;
      } else if (roll === 0) comment = h`${pt.child.relation === 'son' ? 'son' : 'dtr'} ${N(pt.child.first)} at bedside`;
      else if (roll === 1) comment = h`${pt.spouse.relation} ${N(pt.spouse.first)} ${P(pt.spouse.phone, 'dash')} - call w/ updates`;
      else if (roll === 2) comment = 'needs interpreter (VRI)';
      else if (roll === 3) comment = 'sitter ordered; 1:1';
      else if (roll === 4) comment = 'bed req 4W, boarding';
      return { room, pt, arrival, cc, comment, esi: g.int(1, 5), rn: g.pick(rns), md: g.pick(mds), labs: g.pick(['●', '◐', '○', '']), rad: g.pick(['●', '○', '', '']) };
    });
    const waiting = Array.from({ length: 6 }, () => ({ pt: patient(g, 1, 95), cc: g.pick(ccs), wait: g.int(4, 190), esi: g.int(2, 5) }));
    const los = (d: Date) => {
      const m = Math.round((g.today.getTime() - d.getTime()) / 60_000);
      return `${Math.floor(m / 60)}:${pad(m % 60)}`;
    };
    return {
      title: 'ED Tracking Board',
      css,
      body: h`
<div class="hdr"><span class="title">Riverside Regional · Main ED · Tracking Board</span> <span class="clock">${D(g.today, 'mdy', '24', ' ')}</span> <span class="stats">Waiting ${waiting.length} · In room ${rows.length} · Boarding ${g.int(2, 7)} · LWBS 1 · Door-to-doc ${g.int(18, 60)} min</span></div>
<div class="filters"><a class="active">All Beds</a> <a>My Patients</a> <a>Zone A</a> <a>Zone B</a> <a>Fast Track</a> <a>Results Pending</a> <a>Admits</a></div>
<table class="board">
  <tr><th>Rm</th><th>Patient</th><th>Age/Sex</th><th>CC</th><th>ESI</th><th>RN</th><th>MD</th><th>Arr</th><th>LOS</th><th>Lab</th><th>Rad</th><th>Comments</th></tr>
  ${rows.map((r) => h`<tr><td>${r.room}</td><td>${N(`${U(r.pt.last)}, ${U(r.pt.first).charAt(0)}`)}</td><td>${A(r.pt.age)} ${sexLetter(r.pt)}</td><td>${r.cc}</td><td class="esi${r.esi}">${r.esi}</td><td>${r.rn}</td><td>${r.md}</td><td>${ft(r.arrival, '24')}</td><td>${los(r.arrival)}</td><td>${r.labs}</td><td>${r.rad}</td><td>${r.comment}</td></tr>`)}
</table>
<h3>Waiting Room</h3>
<table class="board">
  <tr><th>Patient</th><th>Age</th><th>CC</th><th>ESI</th><th>Wait (min)</th></tr>
  ${waiting.map((w) => h`<tr><td>${N(`${U(w.pt.last)}, ${U(w.pt.first).charAt(0)}`)}</td><td>${A(w.pt.age)}</td><td>${w.cc}</td><td>${w.esi}</td><td>${w.wait}</td></tr>`)}
</table>
<div class="ems">EMS inbound: Medic ${g.int(2, 19)} · ${phi('AGE_OVER_89', `${g.int(90, 97)} y/o`)} M fall w/ head strike on Eliquis, GCS 14 · ETA ${g.int(4, 12)} min · Medic ${g.int(2, 19)} · ${g.int(30, 70)} y/o F CP, STEMI alert negative · ETA ${g.int(10, 20)} min</div>
<footer>FirstNet ED · Refreshes every 30 s · ${rows.length + waiting.length} patients</footer>`,
    };
  }
  const rooms = ['OR 1', 'OR 2', 'OR 3', 'OR 4', 'OR 5', 'OR 6', 'OR 7', 'OR 8', 'Cysto', 'Endo 1'];
  const procs = ['Laparoscopic cholecystectomy', 'Total knee arthroplasty, left', 'Hemiarthroplasty, right hip', 'CABG x3', 'Transurethral resection of prostate',
    'ORIF distal radius, right', 'Laparoscopic appendectomy', 'Carotid endarterectomy, left', 'Cataract extraction w/ IOL, right', 'EGD with biopsy', 'Whipple procedure', 'Thyroidectomy, total (Graves\' disease)'];
  const statuses = ['In Pre-Op', 'In Room', 'Procedure Start', 'Closing', 'In PACU', 'Complete', 'Delayed', 'Scheduled'];
  const cases = rooms.flatMap((room) => Array.from({ length: g.int(1, 2) }, (_, j) => {
    const start = new Date(g.today);
    start.setUTCHours(7 + j * 3 + g.int(0, 2), g.pick([0, 15, 30, 45]), 0, 0);
    return {
      room, start, caseNo: `${fd(g.today, 'hl7').slice(2)}-${g.digits(4)}`, pt: patient(g, 18, 98),
      proc: g.pick(procs), surgeon: clinician(g), anes: g.pick(['GA', 'MAC', 'Spinal', 'Regional + MAC']), status: g.pick(statuses), est: g.int(45, 300), pager: g.int(1, 40),
    };
  }));
  const pacu = cases.filter((c) => c.status === 'In PACU' || c.status === 'Complete').slice(0, 4);
  return {
    title: 'Surgical Services Status Board',
    css,
    body: h`
<div class="hdr"><span class="title">Surgical Services · Main OR Status Board</span> <span class="date">${D(g.today, 'weekday', '12', ' ')}</span></div>
<div class="filters"><a class="active">All Rooms</a> <a>Add-ons (${g.int(1, 4)})</a> <a>Delays</a> <a>Family View</a> <a>Turnover</a></div>
<table class="board">
  <tr><th>Room</th><th>Sched</th><th>Case #</th><th>Patient</th><th>Age</th><th>Procedure</th><th>Surgeon</th><th>Anes</th><th>Status</th><th>Est (min)</th><th>Family pager</th></tr>
  ${cases.map((c) => h`<tr><td>${c.room}</td><td>${ft(c.start, '24')}</td><td>${phi('ID', c.caseNo)}</td><td>${N(`${c.pt.last}, ${c.pt.first.charAt(0)}.`)}</td><td>${A(c.pt.age)}</td><td>${c.proc}</td><td>${drName(c.surgeon)}</td><td>${c.anes}</td><td>${c.status}</td><td>${c.est}</td><td>#${c.pager}</td></tr>`)}
</table>
<h3>PACU</h3>
<ul>${pacu.map((c, i) => h`<li>Bay ${i + 1}: ${N(`${U(c.pt.last)}, ${U(c.pt.first)}`)} · ${c.proc} · Phase ${g.pick(['I', 'II'])} · Aldrete ${g.int(7, 10)} · family notified${i === 0 ? h` (${c.pt.spouse.relation} ${N(c.pt.spouse.first)}, ${P(c.pt.spouse.phone, 'dash')})` : ''}</li>`)}</ul>
<div class="family-view">Family waiting area display shows case numbers only. Questions: Surgical Liaison ext. 4417.</div>
<footer>OR Manager · Last updated ${D(at(g.today, -2), 'mdy', '12')} · ${cases.length} cases</footer>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 6. Pharmacy: dispensing workflow queue; Rx verification with the label preview

const RX_DRUGS: [string, string, string, number, number][] = [
  ['Atorvastatin 40 MG Tab', '00093-5058-98', 'Take 1 tablet by mouth at bedtime', 90, 90],
  ['Metformin HCl ER 500 MG Tab', '00093-7212-01', 'Take 2 tablets by mouth daily with evening meal', 180, 90],
  ['Lisinopril 20 MG Tab', '68180-0514-03', 'Take 1 tablet by mouth daily', 30, 30],
  ['Amoxicillin 875 MG Tab', '65862-0016-20', 'Take 1 tablet by mouth twice daily for 10 days', 20, 10],
  ['Hydrocodone-APAP 5-325 MG Tab', '00406-0123-01', 'Take 1 tablet by mouth every 6 hours as needed for pain', 20, 5],
  ['Levothyroxine 50 MCG Tab', '00378-1803-77', 'Take 1 tablet by mouth every morning on an empty stomach', 90, 90],
  ['Eliquis 5 MG Tab', '00003-0894-21', 'Take 1 tablet by mouth twice daily', 60, 30],
  ['Sertraline 100 MG Tab', '16729-0213-17', 'Take 1 tablet by mouth daily', 30, 30],
  ['Albuterol HFA 90 MCG Inhaler', '00173-0682-20', 'Inhale 2 puffs every 4-6 hours as needed', 18, 25],
  ['Ozempic 1 MG/DOSE Pen', '00169-4130-13', 'Inject 1 mg under the skin once weekly', 3, 28],
];

function dea(g: G, last: string): string {
  const prefix = `${g.pick(['A', 'B', 'F', 'M'])}${ascii(last).charAt(0).toUpperCase()}`;
  const d = g.digits(6).split('').map(Number);
  const check = (d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!)) % 10;
  return `${prefix}${d.join('')}${check}`;
}

function pharmacy(g: G, k: number): Screen {
  const store = g.pick(['Main Street Pharmacy #0412', 'Valley Drug Co.', 'Riverbend Community Pharmacy']);
  if (k === 0) {
    const stages = ['Data Entry', 'Insurance Reject', 'Pharmacist Verify', 'Fill', 'Final Verify', 'Will Call', 'Will Call', 'Delivery'];
    const rows = Array.from({ length: 16 }, () => {
      const pt = patient(g, 4, 96);
      const drug = g.pick(RX_DRUGS);
      const prescriber = clinician(g);
      return { pt, drug, prescriber, rx: `${g.int(6, 7)}${g.digits(6)}`, fill: g.int(0, 5), stage: g.pick(stages), promise: at(g.today, g.int(-30, 240)), bin: `${g.pick(['A', 'B', 'C'])}-${g.int(1, 40)}`, dea: dea(g, prescriber.last) };
    });
    return {
      title: `Workflow Queue - ${store}`,
      css: BASE_CSS + '.q td{border-bottom:1px solid #ddd;font-size:12px}.q th{background:#0b5;color:#fff}.tabs a{margin-right:10px}',
      body: h`
<div class="app"><span class="brand">PioneerRx</span> <span class="store">${store} · NCPDP 2231987 · (413) 733-9021</span> <span class="user">RPh: ${clinician(g).last.toUpperCase()}</span></div>
<div class="tabs"><a>Intake (${g.int(2, 9)})</a> <a>Data Entry (${g.int(1, 12)})</a> <a>Pre-Check</a> <a class="active">All Queues</a> <a>Will Call (${g.int(30, 90)})</a> <a>Delivery</a> <a>Rejects (${g.int(0, 5)})</a></div>
<table class="q">
  <tr><th>Rx #</th><th>Fill</th><th>Patient</th><th>DOB</th><th>Drug</th><th>NDC</th><th>Qty</th><th>DS</th><th>Prescriber</th><th>DEA</th><th>Stage</th><th>Promised</th><th>Bin</th></tr>
  ${rows.map((r) => h`<tr><td>${phi('ID', r.rx)}</td><td>${r.fill}</td><td>${N(`${r.pt.last}${sfx(r.pt)}, ${r.pt.first}`)}</td><td>${D(r.pt.dob, 'mdy')}</td><td>${r.drug[0]}</td><td>${r.drug[1]}</td><td>${r.drug[3]}</td><td>${r.drug[4]}</td><td>${r.prescriber.last}, ${r.prescriber.first}</td><td>${r.dea}</td><td>${r.stage}</td><td>${ft(r.promise, '12')}</td><td>${r.stage === 'Will Call' ? r.bin : ''}</td></tr>`)}
</table>
<div class="status">Queue total ${rows.length} · Oldest waiting ${g.int(20, 90)} min · Last refresh ${ft(g.today, '12')}</div>`,
    };
  }
  const p = patient(g, 30, 92);
  const prescriber = clinician(g);
  const drug = RX_DRUGS[4]!;
  const rx = `${g.int(6, 7)}${g.digits(6)}`;
  const written = g.past(0, 2);
  const filled = g.today;
  const npi = `1${g.digits(9)}`;
  const cardholder = `${g.upper(3)}${g.digits(9)}`;
  const pickup = p.spouse;
  const pickupDl = `S${g.digits(8)}`;
  const lot = `${g.upper(2)}${g.digits(5)}`;
  const exp = g.future(300, 700);
  return {
    title: `Rx Verification - ${store}`,
    css: BASE_CSS + '.grid{display:grid;grid-template-columns:140px 1fr 140px 1fr;gap:2px 10px}.label-preview{font:12px monospace;border:1px dashed #333;width:420px;padding:8px;white-space:pre}',
    body: h`
<div class="app"><span class="brand">PioneerRx</span> <span class="store">${store}</span> <a>Queue</a> <a>Patients</a> <a>Prescribers</a> <a>Inventory</a> <a>POS</a></div>
<h2>Pharmacist Verification – Rx ${phi('ID', rx)}</h2>
<div class="grid">
  <div>Patient</div><div>${N(fullName(p))}</div><div>DOB</div><div>${D(p.dob, 'mdy')}</div>
  <div>Address</div><div>${phi('ADDRESS', street(p))}, ${phi('ADDRESS', p.city)}, ${p.state} ${phi('ZIP', p.zip)}</div><div>Phone</div><div>${P(p.cell, 'paren')}</div>
  <div>Allergies</div><div>${g.pick(ALLERGIES)[0]}</div><div>Gender</div><div>${sexWord(p)}</div>
  <div>Prescriber</div><div>${drName(prescriber)} ${prescriber.credential}</div><div>NPI / DEA</div><div>${npi} / ${dea(g, prescriber.last)}</div>
  <div>Date written</div><div>${D(written, 'mdy')}</div><div>Date filled</div><div>${D(filled, 'mdy')}</div>
  <div>Drug</div><div>${drug[0]} · NDC ${drug[1]} · C-II</div><div>Qty / DS</div><div>${drug[3]} / ${drug[4]}</div>
  <div>Lot</div><div>${lot}</div><div>Refills</div><div>0 (C-II)</div>
  <div>Plan</div><div>${p.payer} · BIN 610014 · PCN MEDDPRIME · Group RX${g.digits(4)}</div><div>Cardholder ID</div><div>${phi('HEALTH_PLAN', cardholder)}</div>
  <div>PDMP</div><div>Checked ${D(at(g.today, -6), 'mdy', '12')} – 1 prescriber, 1 pharmacy in 12 months</div><div>Paid</div><div>$${money(g, 2, 40)} copay</div>
</div>
<h3>Label preview</h3>
<div class="label-preview">${store.toUpperCase()}  (413) 733-9021
Rx# ${phi('ID', rx)}           Date: ${D(filled, 'mdy')}
${N(U(firstLast(p)))}
${phi('ADDRESS', U(street(p)))}
${phi('ADDRESS', U(p.city))}, ${p.state} ${phi('ZIP', p.zip)}
${U(drug[2])}
${U(drug[0])}   QTY: ${drug[3]}
DR. ${U(prescriber.first)} ${U(prescriber.last)}
NO REFILLS - DR AUTH REQUIRED
DISCARD AFTER: ${D(exp, 'mdy')}
CAUTION: FEDERAL LAW PROHIBITS THE TRANSFER OF THIS DRUG</div>
<h3>Pickup (controlled substance)</h3>
<div class="pickup">Picked up by: ${N(firstLast(pickup))} (${pickup.relation}) · ID: MA driver's license ${phi('DRIVERS_LICENSE', pickupDl)} · Signature captured ${D(at(g.today, 3), 'mdy', '12')}</div>
<div class="counsel">Counseling: offered and accepted · RPh ${initials(clinician(g))}</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 7. Radiology: RIS/PACS worklist; DICOM header (tag) viewer

const STUDIES: [string, string][] = [
  ['CT', 'CT HEAD WO CONTRAST'], ['CT', 'CTA CHEST PE PROTOCOL'], ['CT', 'CT ABD/PELVIS W CONTRAST'], ['MR', 'MRI BRAIN W/WO CONTRAST'], ['MR', 'MRI L-SPINE WO'],
  ['CR', 'XR CHEST 2 VIEWS'], ['CR', 'XR HIP 2 VIEWS RIGHT'], ['US', 'US ABDOMEN COMPLETE'], ['US', 'US CAROTID DUPLEX BILAT'], ['MG', 'MAMMO SCREENING BILAT W TOMO'], ['NM', 'NM MYOCARDIAL PERFUSION SPECT'],
  ['DX', 'XR KNEE 3 VIEWS LEFT'],
];
const dicomAge = (age: number) => `${pad(age, 3)}Y`;
const dicomName = (n: Name) => U(`${n.last}^${n.first}${n.middle ? `^${n.middle}` : ''}`);

function radiology(g: G, k: number): Screen {
  if (k === 0) {
    const rows = Array.from({ length: 15 }, () => {
      const pt = patient(g, 18, 99);
      const [mod, desc] = g.pick(STUDIES);
      const when = g.past(0, 1.2, false);
      return { pt, mod, desc, when, acc: `${g.int(10, 99)}${g.digits(6)}`, mrn: pt.mrn, ref: clinician(g), pri: g.pick(['STAT', 'ROUTINE', 'ROUTINE', 'ASAP']), status: g.pick(['Unread', 'Unread', 'Preliminary', 'In Progress', 'Final']), images: g.int(2, 1800), site: g.pick(['RRMC', 'RRMC-ED', 'OIC North']) };
    });
    return {
      title: 'Worklist - Radiology PACS',
      css: BASE_CSS + 'body{background:#1b1b1b;color:#ddd}.wl td{border-bottom:1px solid #333;font-size:12px;white-space:nowrap}.wl th{background:#2c2c2c}.stat{color:#f55}',
      body: h`
<div class="pacs-top"><span class="brand">Visage 7 · Worklist</span> <a>Search</a> <a class="active">My Worklist</a> <a>ED Reads</a> <a>Neuro</a> <a>Body</a> <a>MSK</a> <a>Priors</a> <span class="user">Reading as ${drName(clinician(g))}</span></div>
<div class="filters">Modality: All · Status: Unread/Prelim · Date: Last 2 days · Site: All · Sort: Priority, Study date</div>
<table class="wl">
  <tr><th>Pri</th><th>Patient Name</th><th>Patient ID</th><th>Accession</th><th>DOB</th><th>Age</th><th>Sex</th><th>Mod</th><th>Study Description</th><th>Study Date/Time</th><th>Referring</th><th>Images</th><th>Site</th><th>Status</th></tr>
  ${rows.map((r) => h`<tr><td class="${r.pri === 'STAT' ? 'stat' : ''}">${r.pri}</td><td>${N(dicomName(r.pt))}</td><td>${phi('MRN', r.mrn)}</td><td>${phi('ID', r.acc)}</td><td>${D(r.pt.dob, 'iso')}</td><td>${A(r.pt.age, 'Y')}</td><td>${sexLetter(r.pt)}</td><td>${r.mod}</td><td>${r.desc}</td><td>${D(r.when, 'iso', '24')}</td><td>${U(`${r.ref.last}^${r.ref.first}`)}</td><td>${r.images}</td><td>${r.site}</td><td>${r.status}</td></tr>`)}
</table>
<div class="status">${rows.length} studies · ${rows.filter((r) => r.pri === 'STAT').length} STAT · Auto-refresh on · Dictation: PowerScribe One connected</div>`,
    };
  }
  const p = patient(g, 90, 98);
  const [mod, desc] = g.pick(STUDIES.filter(([m]) => m === 'CT' || m === 'MR'));
  const when = g.past(0, 0.5, false);
  const acc = `${g.int(10, 99)}${g.digits(6)}`;
  const ref = clinician(g);
  const uid = `1.2.840.113619.2.${g.int(100, 499)}.${g.int(1000, 9999)}.${g.digits(10)}.${g.int(100, 999)}`;
  const serial = `PJN${g.digits(6)}H`;
  const otherId = `OIC${g.digits(7)}`;
  const tags: [string, string, string, Part][] = [
    ['0008,0005', 'Specific Character Set', 'CS', 'ISO_IR 100'],
    ['0008,0016', 'SOP Class UID', 'UI', mod === 'CT' ? '1.2.840.10008.5.1.4.1.1.2' : '1.2.840.10008.5.1.4.1.1.4'],
    ['0008,0018', 'SOP Instance UID', 'UI', `${uid}.1.1`],
    ['0008,0020', 'Study Date', 'DA', phi('DATE', fd(when, 'hl7'))],
    ['0008,0021', 'Series Date', 'DA', phi('DATE', fd(when, 'hl7'))],
    ['0008,0030', 'Study Time', 'TM', `${ft(when, 'hl7')}.000`],
    ['0008,0050', 'Accession Number', 'SH', phi('ID', acc)],
    ['0008,0060', 'Modality', 'CS', mod],
    ['0008,0070', 'Manufacturer', 'LO', mod === 'CT' ? 'GE MEDICAL SYSTEMS' : 'SIEMENS'],
    ['0008,0080', 'Institution Name', 'LO', 'RIVERSIDE REGIONAL MEDICAL CTR'],
    ['0008,0081', 'Institution Address', 'ST', '759 CHESTNUT ST SPRINGFIELD MA 01199'],
    ['0008,0090', "Referring Physician's Name", 'PN', U(`${ref.last}^${ref.first}^^^DR`)],
    ['0008,1030', 'Study Description', 'LO', desc],
    ['0008,1090', "Manufacturer's Model Name", 'LO', mod === 'CT' ? 'Revolution CT' : 'MAGNETOM Vida'],
    ['0010,0010', "Patient's Name", 'PN', N(dicomName(p))],
    ['0010,0020', 'Patient ID', 'LO', phi('MRN', p.mrn)],
    ['0010,0030', "Patient's Birth Date", 'DA', phi('DATE', fd(p.dob, 'hl7'))],
    ['0010,0040', "Patient's Sex", 'CS', sexLetter(p)],
    ['0010,1000', 'Other Patient IDs', 'LO', phi('MRN', otherId)],
    ['0010,1001', 'Other Patient Names', 'PN', N(U(`${p.maiden}^${p.first}`))],
    ['0010,1010', "Patient's Age", 'AS', phi('AGE_OVER_89', dicomAge(p.age))],
    ['0010,1020', "Patient's Size", 'DS', (g.int(150, 185) / 100).toFixed(2)],
    ['0010,1030', "Patient's Weight", 'DS', String(g.int(45, 95))],
    ['0010,1040', "Patient's Address", 'LO', h`${phi('ADDRESS', U(street(p)))}^${phi('ADDRESS', U(p.city))}^${p.state}^${phi('ZIP', p.zip)}`],
    ['0010,2154', "Patient's Telephone Numbers", 'SH', phi('PHONE', fp(p.home, 'bare'))],
    ['0010,21B0', 'Additional Patient History', 'LT', h`Fall, on apixaban. Hx Graves' disease s/p RAI. Dual-chamber pacemaker (MRI conditional), SN ${phi('DEVICE', serial)}.`],
    ['0018,0015', 'Body Part Examined', 'CS', desc.includes('HEAD') || desc.includes('BRAIN') ? 'HEAD' : 'CHEST'],
    ['0018,0050', 'Slice Thickness', 'DS', '0.625'],
    ['0018,1000', 'Device Serial Number', 'LO', `${g.digits(5)}CN${g.digits(1)}`],
    ['0018,1020', 'Software Versions', 'LO', 'revo_ct_22BW.38'],
    ['0020,000D', 'Study Instance UID', 'UI', uid],
    ['0020,000E', 'Series Instance UID', 'UI', `${uid}.1`],
    ['0020,0010', 'Study ID', 'SH', phi('ID', String(g.int(1000, 99999)))],
    ['0020,0011', 'Series Number', 'IS', '2'],
    ['0028,0010', 'Rows', 'US', '512'],
    ['0028,0011', 'Columns', 'US', '512'],
    ['0032,1032', 'Requesting Physician', 'PN', U(`${ref.last}^${ref.first}`)],
    ['0040,0244', 'Performed Procedure Step Start Date', 'DA', phi('DATE', fd(when, 'hl7'))],
    ['0040,0245', 'Performed Procedure Step Start Time', 'TM', ft(when, 'hl7')],
    ['0040,0254', 'Performed Procedure Step Description', 'LO', desc],
  ];
  return {
    title: 'DICOM Tags',
    css: BASE_CSS + 'body{background:#111;color:#ccc}.tags td{font:12px monospace;border-bottom:1px solid #2a2a2a}',
    body: h`
<div class="viewer-top"><span class="brand">Horos</span> <a>Database</a> <a>Viewer</a> <a>2D Viewer</a> <a>3D MPR</a> <a class="active">Meta-Data</a> <a>Export</a> <a>Anonymize</a></div>
<div class="series">Series 2 · ${desc} · Image 1 of ${g.int(80, 400)} · ${mod}</div>
<table class="tags">
  <tr><th>Tag</th><th>Name</th><th>VR</th><th>Value</th></tr>
  ${tags.map(([tag, name, vr, value]) => h`<tr><td>(${tag})</td><td>${name}</td><td>${vr}</td><td>${value}</td></tr>`)}
</table>
<div class="status">${tags.length} elements shown · Private tags hidden · Transfer syntax 1.2.840.10008.1.2.1</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 8. Fax cover sheet with a referral; prior authorization request form

function referral(g: G, k: number): Screen {
  const p = patient(g, 22, 86);
  const from = clinician(g);
  const clinic = g.pick(CLINICS);
  const sent = g.past(0, 0.3, false);
  const css = BASE_CSS + '.sheet{width:760px;margin:10px auto;border:1px solid #999;padding:16px}.box{border:1px solid #000;padding:6px;margin:6px 0}.two{display:flex;gap:12px}.two>div{flex:1}dl{display:grid;grid-template-columns:150px 1fr;margin:0}dt{font-weight:bold}';
  if (k === 0) {
    const to = g.pick(['Pioneer Valley Cardiology', 'Western Mass Gastroenterology', 'Baystate Neurology', 'New England Orthopedic Surgeons']);
    const refNo = `REF-${g.digits(7)}`;
    const auth = `${g.upper(1)}${g.digits(9)}`;
    const lastSeen = g.past(2, 20);
    return {
      title: 'Fax - Outbound Referral',
      css,
      body: h`
<div class="fax-app"><span class="brand">eFax Corporate</span> <a>Inbox</a> <a class="active">Sent</a> <a>Cover pages</a> <a>Contacts</a> · Status: Delivered · ${D(sent, 'mdy', '12')} · 6 pages · Transmission ID ${g.digits(10)}</div>
<div class="sheet">
  <h1>FAX</h1>
  <div class="two">
    <dl><dt>To:</dt><dd>${to} – Referral Coordinator</dd><dt>Fax:</dt><dd>(413) 794-5601</dd><dt>Phone:</dt><dd>(413) 794-5600</dd></dl>
    <dl><dt>From:</dt><dd>${provFLC(from)}, ${clinic}</dd><dt>Fax:</dt><dd>(413) 781-2290</dd><dt>Phone:</dt><dd>(413) 781-2200</dd></dl>
  </div>
  <dl><dt>Date:</dt><dd>${D(sent, 'mdy')}</dd><dt>Pages:</dt><dd>6 (including cover)</dd><dt>Re:</dt><dd>Referral – ${N(LASTFIRST(p, false))}, DOB ${D(p.dob, 'mdy')}</dd></dl>
  <div class="box">☒ Urgent ☐ For Review ☐ Please Comment ☒ Please Reply ☐ Please Recycle</div>
  <p class="confidential">CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential protected health information that is legally privileged. This information is intended only for the use of the recipient named above. If you have received this fax in error, please notify the sender immediately at (413) 781-2200 and destroy the documents.</p>
</div>
<div class="sheet">
  <h2>Referral / Consultation Request</h2>
  <div class="box"><b>Referral #</b> ${phi('ID', refNo)} · <b>Priority:</b> ${g.pick(['Urgent (within 2 weeks)', 'Routine'])} · <b>Visits authorized:</b> ${g.int(1, 6)}</div>
  <h3>Patient</h3>
  <dl>
    <dt>Name</dt><dd>${N(fullName(p))}</dd>
    <dt>Date of birth</dt><dd>${D(p.dob, 'mdy')}</dd>
    <dt>Sex</dt><dd>${sexWord(p)}</dd>
    <dt>Address</dt><dd>${phi('ADDRESS', street(p))}, ${phi('ADDRESS', p.city)}, ${p.state} ${phi('ZIP', p.zip)}</dd>
    <dt>Phone</dt><dd>${P(p.cell, 'paren')} (cell), ${P(p.home, 'paren')} (home)</dd>
    <dt>Preferred language</dt><dd>${p.language}</dd>
    <dt>MRN</dt><dd>${phi('MRN', p.mrn)}</dd>
  </dl>
  <h3>Insurance</h3>
  <dl>
    <dt>Plan</dt><dd>${p.plan}</dd>
    <dt>Member ID</dt><dd>${phi('HEALTH_PLAN', p.memberId)}</dd>
    <dt>Authorization #</dt><dd>${phi('ID', auth)} valid ${D(sent, 'mdy')} – ${D(g.future(85, 95), 'mdy')}</dd>
  </dl>
  <h3>Reason for referral</h3>
  <p>${g.pick(['Evaluation of new-onset atrial fibrillation, CHA2DS2-VASc 3, on apixaban 5 mg BID.', 'Screening colonoscopy; FIT positive; family history of colon cancer (father, age 61).', 'Progressive tremor R>L, bradykinesia; r/o Parkinson\'s disease. DaTscan not done.', 'R knee OA, failed PT x 12 weeks and 2 cortisone injections; K-L grade 4.'])} Last seen in clinic ${D(lastSeen, 'mdy')}. Diagnosis codes: ${g.pick(['I48.91, I10', 'Z12.11, R19.5', 'G20.A1, R25.1', 'M17.11'])}.</p>
  <p>Please contact the patient directly to schedule. If unable to reach, ${p.child.relation} ${N(firstLast(p.child))} may be contacted at ${P(p.child.phone, 'dash')} (on file, HIPAA release signed ${D(g.past(200, 900), 'mdy')}).</p>
  <h3>Enclosed</h3>
  <ul><li>Last office note (${D(lastSeen, 'mdy')})</li><li>Medication list</li><li>Labs: CBC, CMP, TSH (${D(dayBefore(lastSeen, 1), 'mdy')})</li><li>ECG tracing</li></ul>
  <div class="sig">Referring provider: ${provFLC(from)} · NPI ${'1' + g.digits(9)} · Signature on file</div>
</div>`,
    };
  }
  const drug = ['Humira (adalimumab) 40 mg/0.4 mL pen', 'M05.79', 'Rheumatoid arthritis with rheumatoid factor of multiple sites'] as const;
  const key = `${g.upper(4)}${g.int(2, 9)}${g.upper(2)}`;
  const caseId = `PA-${g.digits(9)}`;
  const trial1 = [g.past(700, 900), g.past(400, 600)];
  const trial2 = [g.past(380, 399), g.past(30, 90)];
  return {
    title: 'CoverMyMeds - Prior Authorization',
    css,
    body: h`
<div class="cmm-top"><span class="brand">CoverMyMeds</span> <a>Dashboard</a> <a class="active">Requests</a> <a>New Request</a> <a>Help</a> · Key: <b>${phi('ID', key)}</b> · Status: Sent to Plan · Case ID ${phi('ID', caseId)}</div>
<div class="sheet">
  <h2>${p.payer} – Pharmacy Prior Authorization Request Form</h2>
  <div class="two">
    <div class="box"><h4>Member Information</h4>
      <dl>
        <dt>Member name</dt><dd>${N(firstLast(p))}</dd>
        <dt>Member ID</dt><dd>${phi('HEALTH_PLAN', p.memberId)}</dd>
        <dt>Group #</dt><dd>${phi('HEALTH_PLAN', p.groupNo)}</dd>
        <dt>Date of birth</dt><dd>${D(p.dob, 'mdy')}</dd>
        <dt>Gender</dt><dd>${sexLetter(p)}</dd>
        <dt>Address</dt><dd>${phi('ADDRESS', street(p))}<br>${phi('ADDRESS', p.city)}, ${p.state} ${phi('ZIP', p.zip)}</dd>
        <dt>Phone</dt><dd>${P(p.cell, 'dash')}</dd>
      </dl></div>
    <div class="box"><h4>Prescriber Information</h4>
      <dl>
        <dt>Name</dt><dd>${drName(from)}</dd>
        <dt>NPI</dt><dd>1${g.digits(9)}</dd>
        <dt>Specialty</dt><dd>Rheumatology</dd>
        <dt>Address</dt><dd>1500 Main Street, Suite 300<br>Springfield, MA 01103</dd>
        <dt>Phone</dt><dd>(413) 781-2200</dd>
        <dt>Fax</dt><dd>(413) 781-2290</dd>
        <dt>Contact</dt><dd>${g.f.person.firstName('female')} (PA coordinator)</dd>
      </dl></div>
  </div>
  <div class="box"><h4>Medication</h4>
    <dl><dt>Drug</dt><dd>${drug[0]}</dd><dt>Quantity</dt><dd>2 pens / 28 days</dd><dt>Diagnosis</dt><dd>${drug[1]} – ${drug[2]}</dd><dt>New start or continuation</dt><dd>New start</dd></dl></div>
  <div class="box"><h4>Clinical Questions</h4>
    <ol>
      <li>Has the patient tried and failed at least one conventional therapy? <b>Yes</b> – methotrexate 20 mg weekly from ${D(trial1[0]!, 'mdy')} to ${D(trial1[1]!, 'mdy')}; stopped for transaminitis (ALT 142 U/L).</li>
      <li>Second agent: hydroxychloroquine 200 mg BID, ${D(trial2[0]!, 'monyyyy')} – ${D(trial2[1]!, 'monyyyy')}; inadequate response, CDAI 31.</li>
      <li>TB screening (QuantiFERON) negative on ${D(g.past(20, 60), 'mdy')}? <b>Yes</b></li>
      <li>Hepatitis B surface antigen negative? <b>Yes</b></li>
    </ol></div>
  <div class="box"><h4>Attestation</h4>
    <p>I attest that the information provided is accurate and supported by the medical record. Prescriber signature: ${drName(from)} (electronic) · Date: ${D(sent, 'mdy')}</p></div>
  <div class="plan-response">Plan response expected within 72 hours. Determination will be faxed to (413) 781-2290 and posted to this request.</div>
</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 9. X12 viewers: 835 remittance (ERA); 271 eligibility response

function x12(g: G, k: number): Screen {
  const css = BASE_CSS + 'pre.edi{background:#fbfbf0;border:1px solid #ccc;padding:8px;font:12px/1.4 monospace;white-space:pre-wrap}.claim{border:1px solid #bbb;margin:8px 0;padding:6px}.claim td{padding:1px 8px}';
  const payer = g.pick(['AETNA', 'CIGNA', 'BCBS MA', 'UNITEDHEALTHCARE']);
  const practice = 'LAKESIDE INTERNAL MEDICINE';
  const npi = `1${g.digits(9)}`;
  const today8 = fd(g.today, 'hl7');
  const isaDate = today8.slice(2);
  const isaTime = ft(g.today, '24c');
  const ctl = g.digits(9);
  if (k === 0) {
    const claims = Array.from({ length: 3 }, () => {
      const pt = patient(g, 8, 92);
      const dos = g.past(14, 60);
      const billed = g.int(120, 480);
      const allowed = Math.round(billed * g.int(55, 85)) / 100;
      const coins = g.pick([0, 20, 25, 40]);
      const paid = Math.max(0, allowed - coins);
      return { pt, dos, billed, allowed, coins, paid, pcn: `${g.digits(6)}${g.upper(1)}${g.digits(2)}`, icn: `${fd(dos, 'hl7').slice(2)}${g.digits(9)}`, member: `W${g.digits(9)}`, cpt: g.pick(['99213', '99214', '99396', '99204']) };
    });
    const total = claims.reduce((s, c) => s + c.paid, 0).toFixed(2);
    const eft = g.digits(11);
    const seg = (s: string) => `${s}~`;
    const segments = [
      seg(`ISA*00*          *00*          *ZZ*${payer.replace(/ /g, '').slice(0, 15).padEnd(15)}*ZZ*LAKESIDEIM     *${phi('DATE', isaDate)}*${isaTime}*^*00501*${ctl}*0*P*:`),
      seg(`GS*HP*${payer.replace(/ /g, '')}*LAKESIDEIM*${phi('DATE', today8)}*${isaTime}*${g.int(1000, 9999)}*X*005010X221A1`),
      seg(`ST*835*0001`),
      seg(`BPR*I*${total}*C*ACH*CCP*01*011000138*DA*${g.digits(10)}*1066033492**01*021000089*DA*${g.digits(9)}*${phi('DATE', today8)}`),
      seg(`TRN*1*${eft}*1066033492`),
      seg(`DTM*405*${phi('DATE', today8)}`),
      seg(`N1*PR*${payer}`),
      seg(`N3*PO BOX 981106`),
      seg(`N4*EL PASO*TX*79998`),
      seg(`N1*PE*${practice}*XX*${npi}`),
      ...claims.flatMap((c) => [
        seg(`CLP*${phi('ACCOUNT', c.pcn)}*1*${c.billed.toFixed(2)}*${c.paid.toFixed(2)}*${c.coins.toFixed(2)}*12*${phi('ID', c.icn)}*11*1`),
        seg(`NM1*QC*1*${phi('NAME', U(c.pt.last))}*${phi('NAME', U(c.pt.first))}****MI*${phi('HEALTH_PLAN', c.member)}`),
        seg(`DTM*232*${phi('DATE', fd(c.dos, 'hl7'))}`),
        seg(`DTM*050*${phi('DATE', fd(dayBefore(g.today, g.int(2, 9)), 'hl7'))}`),
        seg(`SVC*HC:${c.cpt}*${c.billed.toFixed(2)}*${c.paid.toFixed(2)}**1`),
        seg(`DTM*472*${phi('DATE', fd(c.dos, 'hl7'))}`),
        ...(c.coins > 0 ? [seg(`CAS*PR*2*${c.coins.toFixed(2)}`)] : []),
        seg(`CAS*CO*45*${(c.billed - c.allowed).toFixed(2)}`),
        seg(`AMT*B6*${c.allowed.toFixed(2)}`),
      ]),
      seg(`SE*${12 + claims.length * 9}*0001`),
      seg(`GE*1*${g.int(1000, 9999)}`),
      seg(`IEA*1*${ctl}`),
    ];
    return {
      title: 'ERA Viewer - 835',
      css,
      body: h`
<div class="pm-top"><span class="brand">Practice Management</span> <a>Scheduling</a> <a>Charges</a> <a class="active">Remittance</a> <a>Denials</a> <a>Reports</a></div>
<h2>Electronic Remittance Advice · ${payer} · EFT ${eft}</h2>
<div class="summary">Payment date ${D(g.today, 'mdy')} · Total paid $${total} · ${claims.length} claims · Payee ${practice} (NPI ${npi}) · Posted: No</div>
${claims.map((c) => h`<div class="claim"><table>
  <tr><td>Patient</td><td>${N(LASTFIRST(c.pt, false))}</td><td>Patient Ctrl #</td><td>${phi('ACCOUNT', c.pcn)}</td><td>Payer Claim #</td><td>${phi('ID', c.icn)}</td></tr>
  <tr><td>Member ID</td><td>${phi('HEALTH_PLAN', c.member)}</td><td>Service date</td><td>${D(c.dos, 'mdy')}</td><td>Status</td><td>1 – Processed as primary</td></tr>
  <tr><td>CPT</td><td>${c.cpt}</td><td>Billed</td><td>$${c.billed.toFixed(2)}</td><td>Allowed</td><td>$${c.allowed.toFixed(2)}</td></tr>
  <tr><td>Paid</td><td>$${c.paid.toFixed(2)}</td><td>Patient resp.</td><td>$${c.coins.toFixed(2)}${c.coins > 0 ? ' (PR-2 coinsurance)' : ''}</td><td>Contractual</td><td>CO-45 $${(c.billed - c.allowed).toFixed(2)}</td></tr>
</table></div>`)}
<h3>Raw 835</h3>
<pre class="edi">${segments.join('\n')}</pre>`,
    };
  }
  const p = patient(g, 30, 80);
  const member = `${g.upper(3)}${g.digits(9)}`;
  const start = new Date(Date.UTC(g.today.getUTCFullYear(), 0, 1));
  const end = new Date(Date.UTC(g.today.getUTCFullYear(), 11, 31));
  const ded = g.pick([500, 1500, 2500, 3000]);
  const met = g.int(0, ded * 100) / 100;
  const trace = `${g.digits(9)}`;
  const plus4 = g.digits(4);
  const zip9 = `${p.zip}${plus4}`;
  const segs = [
    `ISA*00*          *00*          *ZZ*${payer.replace(/ /g, '').slice(0, 15).padEnd(15)}*ZZ*LAKESIDEIM     *${phi('DATE', isaDate)}*${isaTime}*^*00501*${ctl}*0*P*:~`,
    `GS*HB*${payer.replace(/ /g, '')}*LAKESIDEIM*${phi('DATE', today8)}*${isaTime}*1*X*005010X279A1~`,
    `ST*271*0001*005010X279A1~`,
    `BHT*0022*11*${trace}*${phi('DATE', today8)}*${isaTime}~`,
    `HL*1**20*1~`,
    `NM1*PR*2*${payer}*****PI*60054~`,
    `HL*2*1*21*1~`,
    `NM1*1P*2*${practice}*****XX*${npi}~`,
    `HL*3*2*22*0~`,
    `TRN*2*${trace}*9LAKESIDEIM~`,
    `NM1*IL*1*${phi('NAME', U(p.last))}*${phi('NAME', U(p.first))}****MI*${phi('HEALTH_PLAN', member)}~`,
    `N3*${phi('ADDRESS', U(street(p)))}~`,
    `N4*${phi('ADDRESS', U(p.city))}*${p.state}*${phi('ZIP', zip9)}~`,
    `DMG*D8*${phi('DATE', fd(p.dob, 'hl7'))}*${sexLetter(p)}~`,
    `DTP*346*D8*${phi('DATE', fd(start, 'hl7'))}~`,
    `EB*1*IND*30**${U(p.plan)}~`,
    `EB*C*IND*30***23*${ded.toFixed(2)}~`,
    `EB*C*IND*30***29*${(ded - met).toFixed(2)}~`,
    `EB*B*IND*98***27*${g.pick([20, 25, 30, 40])}.00****Y~`,
    `EB*A*IND*98***27**.2***Y~`,
    `MSG*COPAY APPLIES TO PCP OFFICE VISITS~`,
    `SE*21*0001~`,
    `GE*1*1~`,
    `IEA*1*${ctl}~`,
  ];
  return {
    title: 'Eligibility Response - 271',
    css,
    body: h`
<div class="pm-top"><span class="brand">Practice Management</span> <a>Scheduling</a> <a class="active">Eligibility</a> <a>Charges</a> <a>Remittance</a> <a>Reports</a></div>
<h2>Eligibility &amp; Benefits · ${payer}</h2>
<div class="req">Request sent ${D(g.today, 'mdy', '12')} · Service type 30 (Health Benefit Plan Coverage) · Trace ${trace}</div>
<div class="claim"><table>
  <tr><td>Subscriber</td><td>${N(LASTFIRST(p, false))}</td><td>Member ID</td><td>${phi('HEALTH_PLAN', member)}</td></tr>
  <tr><td>Date of birth</td><td>${D(p.dob, 'mdy')}</td><td>Gender</td><td>${sexWord(p)}</td></tr>
  <tr><td>Address</td><td>${phi('ADDRESS', U(street(p)))}, ${phi('ADDRESS', U(p.city))}, ${p.state} ${phi('ZIP', `${p.zip}-${plus4}`)}</td><td>Relationship</td><td>18 – Self</td></tr>
  <tr><td>Plan</td><td>${p.plan}</td><td>Coverage</td><td><b>Active</b> ${D(start, 'mdy')} – ${D(end, 'mdy')}</td></tr>
</table></div>
<table class="benefits"><tr><th>Benefit</th><th>Network</th><th>Coverage level</th><th>Amount</th></tr>
  <tr><td>Deductible</td><td>In</td><td>Individual</td><td>$${ded.toFixed(2)} (remaining $${(ded - met).toFixed(2)})</td></tr>
  <tr><td>Co-payment – office visit</td><td>In</td><td>Individual</td><td>$25.00</td></tr>
  <tr><td>Co-insurance</td><td>In</td><td>Individual</td><td>20%</td></tr>
  <tr><td>Out-of-pocket max</td><td>In</td><td>Individual</td><td>$6,350.00</td></tr>
</table>
<h3>Raw 271</h3>
<pre class="edi">${segs.join('\n')}</pre>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 10. Immunization registries: a US state IIS (child); the Australian Immunisation Register

const AU_PLACES: [string, string, string][] = [
  ['Parramatta', 'NSW', '2150'], ['Blacktown', 'NSW', '2148'], ['Wollongong', 'NSW', '2500'], ['Footscray', 'VIC', '3011'], ['Geelong', 'VIC', '3220'],
  ['Toowoomba', 'QLD', '4350'], ['Cairns', 'QLD', '4870'], ['Fremantle', 'WA', '6160'], ['Glenelg', 'SA', '5045'], ['Launceston', 'TAS', '7250'],
];

function immunization(g: G, k: number): Screen {
  if (k === 0) {
    const pool = g.pick(['hispanic', 'vietnamese', 'nigerian', 'arabic', 'korean']);
    const p = patient(g, 4, 6, pool);
    const mother = drawName(g, pool, 'female', p.last);
    const regId = `${g.digits(8)}`;
    const medicaid = `${g.digits(12)}`;
    const dob = p.dob;
    const shot = (days: number) => new Date(dob.getTime() + (days + g.int(0, 12)) * 86_400_000);
    const series: [string, string, number, string][] = [
      ['HepB', 'Engerix-B Peds', 0, '1 of 3'], ['DTaP-IPV-Hib-HepB', 'Vaxelis', 62, '1 of 3'], ['PCV', 'Prevnar 20', 62, '1 of 4'], ['Rotavirus', 'RotaTeq', 62, '1 of 3'],
      ['DTaP-IPV-Hib-HepB', 'Vaxelis', 124, '2 of 3'], ['PCV', 'Prevnar 20', 124, '2 of 4'], ['DTaP-IPV-Hib-HepB', 'Vaxelis', 185, '3 of 3'], ['PCV', 'Prevnar 20', 185, '3 of 4'],
      ['Influenza', 'Fluzone Quadrivalent', 200, '1 of 2'], ['MMR', 'M-M-R II', 366, '1 of 2'], ['Varicella', 'Varivax', 366, '1 of 2'], ['HepA', 'Havrix', 366, '1 of 2'],
      ['PCV', 'Prevnar 20', 380, '4 of 4'], ['HepA', 'Havrix', 550, '2 of 2'], ['Influenza', 'Flulaval Quadrivalent', 1200, '1 of 1'],
    ];
    const recs: [string, string, number][] = [['DTaP', '5', 1461], ['IPV', '4', 1461], ['MMR', '2', 1461], ['Varicella', '2', 1461], ['Influenza', '', g.int(1400, 1700)]];
    return {
      title: 'Immunization Information System - Patient Record',
      css: BASE_CSS + '.iis-head{background:#234f77;color:#fff;padding:6px}.pt-box{display:grid;grid-template-columns:repeat(3,1fr);gap:4px;border:1px solid #9ab;padding:6px;margin:6px}.hist td,.hist th{border:1px solid #ccc;font-size:12px}',
      body: h`
<div class="iis-head"><span class="brand">Massachusetts Immunization Information System (MIIS)</span> <a>Home</a> <a>Patients</a> <a>Vaccine Inventory</a> <a>Reports</a> <a>Reminder/Recall</a> <span class="org">Org: ${g.pick(CLINICS)} (PIN ${g.digits(5)})</span></div>
<h2>Patient Demographics</h2>
<div class="pt-box">
  <div><label>First name</label> ${N(p.first)}</div><div><label>Middle name</label> ${p.middle ? N(p.middle) : ''}</div><div><label>Last name</label> ${N(p.last)}</div>
  <div><label>Birth date</label> ${D(dob, 'mdy')}</div><div><label>Gender</label> ${sexLetter(p)}</div><div><label>MIIS ID</label> ${phi('ID', regId)}</div>
  <div><label>Mother's first name</label> ${N(mother.first)}</div><div><label>Mother's maiden name</label> ${N(p.maiden)}</div><div><label>Birth order</label> 1 of 1</div>
  <div><label>Street</label> ${phi('ADDRESS', street(p))}</div><div><label>City</label> ${phi('ADDRESS', p.city)}</div><div><label>State / ZIP</label> ${p.state} ${phi('ZIP', p.zip)}</div>
  <div><label>Phone</label> ${P(p.home, 'paren')}</div><div><label>Medicaid ID</label> ${phi('HEALTH_PLAN', medicaid)}</div><div><label>VFC eligibility</label> V02 – Medicaid</div>
  <div><label>Responsible party</label> ${N(`${mother.first} ${p.last}`)} (Mother)</div><div><label>Status</label> Active</div><div><label>Reminder/recall</label> Yes – by phone</div>
</div>
<h2>Immunization History</h2>
<table class="hist">
  <tr><th>Vaccine group</th><th>Date administered</th><th>Series</th><th>Trade name</th><th>Dose</th><th>Lot</th><th>Owned?</th><th>Reaction</th></tr>
  ${series.map(([grp, trade, days, ser]) => h`<tr><td>${grp}</td><td>${D(shot(days), 'mdy')}</td><td>${ser}</td><td>${trade}</td><td>${g.pick(['Full', 'Full', '0.5 mL'])}</td><td>${g.upper(2)}${g.digits(4)}${g.pick(['', 'A', 'B'])}</td><td>${g.pick(['Yes', 'No'])}</td><td></td></tr>`)}
</table>
<h2>Vaccines Recommended by Selected Tracking Schedule (ACIP)</h2>
<table class="hist">
  <tr><th>Vaccine group</th><th>Dose</th><th>Earliest date</th><th>Recommended date</th><th>Overdue date</th></tr>
  ${recs.map(([grp, dose, days]) => h`<tr><td>${grp}</td><td>${dose}</td><td>${D(new Date(dob.getTime() + (days - 30) * 86_400_000), 'mdy')}</td><td>${D(new Date(dob.getTime() + days * 86_400_000), 'mdy')}</td><td>${D(new Date(dob.getTime() + (days + 120) * 86_400_000), 'mdy')}</td></tr>`)}
</table>
<footer>MIIS v3.8 · Printed ${D(g.today, 'mdy')} by ${g.f.person.firstName().charAt(0)}. ${g.f.person.lastName()} · This record is confidential under M.G.L. c.111 §24M</footer>`,
    };
  }
  const p = patient(g, 66, 84, g.pick(['chinese', 'vietnamese', 'irish', 'particle', 'indian']));
  const [suburb, state, postcode] = g.pick(AU_PLACES);
  const streetAu = `${g.int(1, 120)} ${g.pick(['Wattle', 'Banksia', 'Jacaranda', 'Bottlebrush', 'Station', 'George', 'Hill'])} ${g.pick(['Street', 'Avenue', 'Road', 'Crescent', 'Parade'])}`;
  const card = medicareAu(g);
  const mobile = `04${g.int(10, 99)} ${g.digits(3)} ${g.digits(3)}`;
  const ihi = `8003 60${g.digits(2)} ${g.digits(4)} ${g.digits(4)}`;
  const doses: [string, string, number][] = [
    ['Fluad Quad', 'Influenza', 60], ['Comirnaty (Pfizer) JN.1', 'COVID-19', 200], ['Shingrix', 'Zoster', 300], ['Shingrix', 'Zoster', 420], ['Prevenar 13', 'Pneumococcal', 800],
    ['Fluad Quad', 'Influenza', 430], ['Boostrix', 'dTpa', 1500],
  ];
  return {
    title: 'Immunisation History - Australian Immunisation Register',
    css: BASE_CSS + '.air-head{background:#01395e;color:#fff;padding:6px}.idp dl{display:grid;grid-template-columns:200px 1fr}.hist td,.hist th{border:1px solid #ccc}',
    body: h`
<div class="air-head"><span class="brand">Services Australia · HPOS</span> <a>My programs</a> <a class="active">Australian Immunisation Register</a> <a>My details</a> <a>Log out</a></div>
<h2>Identify individual</h2>
<div class="idp"><dl>
  <dt>Medicare card number</dt><dd>${phi('HEALTH_PLAN', card)}</dd>
  <dt>IRN</dt><dd>${g.int(1, 4)}</dd>
  <dt>Individual Healthcare Identifier (IHI)</dt><dd>${phi('ID', ihi)}</dd>
  <dt>Family name</dt><dd>${N(U(p.last))}</dd>
  <dt>Given name</dt><dd>${N(p.first)}</dd>
  <dt>Date of birth</dt><dd>${D(p.dob, 'dmy')}</dd>
  <dt>Gender</dt><dd>${sexWord(p)}</dd>
  <dt>Residential address</dt><dd>${phi('ADDRESS', streetAu)}, ${phi('ADDRESS', U(suburb))} ${state} ${phi('ZIP', postcode)}</dd>
  <dt>Mobile</dt><dd>${phi('PHONE', mobile)}</dd>
  <dt>Indigenous status</dt><dd>Neither Aboriginal nor Torres Strait Islander origin</dd>
</dl></div>
<h2>Immunisation history</h2>
<div class="muted">Statement date ${D(g.today, 'dmony')} · Information provider: ${g.pick(['Parramatta Family Practice', 'Westmead Medical Centre', 'Priceline Pharmacy Footscray'])}</div>
<table class="hist">
  <tr><th>Date given</th><th>Vaccine</th><th>Disease</th><th>Dose</th><th>Batch</th><th>Provider</th></tr>
  ${doses.map(([brand, disease, days]) => h`<tr><td>${D(dayBefore(g.today, days + g.int(0, 20)), 'dmy')}</td><td>${brand}</td><td>${disease}</td><td>${g.int(1, 2)}</td><td>${g.upper(2)}${g.digits(4)}</td><td>${g.pick(['Provider 2452871H', 'Provider 4419306B'])}</td></tr>`)}
</table>
<div class="due">Next due: Influenza from ${D(g.future(20, 60), 'dmony')}. Pneumococcal (Pneumovax 23) due ${D(g.future(300, 500), 'dmony')}.</div>
<footer>This statement is a record of vaccines reported to the AIR. Call 1800 653 809 for help. · Privacy notice</footer>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 11. GP records abroad: UK (SystmOne-like journal); Ontario (OSCAR-like master record and eChart)

function gpRecord(g: G, k: number): Screen {
  if (k === 0) {
    const p = patient(g, 60, 86, g.pick(['irish', 'indian', 'eastEuropean', 'nigerian', 'anglo', 'particle']));
    const nhs = nhsNumber(g);
    const gp = clinician(g);
    const nurse = clinician(g);
    const practice = g.pick(['Kirkstall Lane Medical Centre', 'Oakwood Surgery', 'Chapel Allerton Health Centre', 'Beech Tree Surgery']);
    const registered = g.past(3000, 12000);
    const entries = [g.past(0, 0.2), g.past(20, 60), g.past(90, 200), g.past(240, 400)];
    const nok = p.child;
    const mobile = `07${g.int(700, 999)} ${g.digits(6)}`;
    const nokMobile = `07${g.int(700, 999)} ${g.digits(6)}`;
    const onset = g.past(2000, 6000);
    const v = vitals(g);
    const ukPhone = (x: Phone) => x.uk ?? fp(x, 'dash');
    return {
      title: 'SystmOne GP - Patient Record',
      css: BASE_CSS + '.banner{background:#dce9f5;border-bottom:2px solid #6b8fb5;padding:4px;display:flex;flex-wrap:wrap;gap:14px}.tree{float:left;width:170px;background:#f3f3f3}.journal{margin-left:180px}.entry{border-bottom:1px solid #ddd;padding:4px}.entry .when{font-weight:bold}',
      body: h`
<div class="s1-top"><span>SystmOne GP</span> <span>${practice}</span> <span>Workflow</span> <span>Patient</span> <span>Reporting</span> <span>Setup</span> <span>Smartcard: ${gp.first.charAt(0)} ${gp.last} (GP)</span></div>
<div class="banner" role="banner">
  <span class="name">${N(`${p.prefix.replace('.', '')} ${p.first} ${U(p.last)}`)}</span>
  <span>Born ${D(p.dob, 'dmon')} (${p.age} y)</span>
  <span>${sexWord(p)}</span>
  <span>NHS No. ${phi('ID', nhs)}</span>
  <span>${phi('ADDRESS', p.street)}, ${phi('ADDRESS', p.city)}, ${phi('ZIP', p.zip)}</span>
  <span>Home ${phi('PHONE', ukPhone(p.home))}</span>
  <span>Mobile ${phi('PHONE', mobile)}</span>
  <span>Usual GP: Dr ${gp.first.charAt(0)} ${gp.last}</span>
</div>
<div class="tree"><ul><li>Summary</li><li class="active">Journal</li><li>Consultations</li><li>Problems</li><li>Medication</li><li>Repeat Templates</li><li>Test Results</li><li>Communications</li><li>Appointments</li><li>QOF</li><li>Care Plans</li><li>Demographics</li></ul></div>
<div class="journal">
  <div class="qof">Reminders: Blood pressure overdue · Flu vaccination 2024/25 given · Medication review due</div>
  <div class="entry"><div class="when">${D(entries[0]!, 'dmon', '24', ' ')} – Dr ${gp.first} ${gp.last} (GP) at ${practice} – Telephone consultation</div>
    <div>History: Spoke to pt and ${nok.relation} ${N(firstLast(nok))} (NOK, on speaker). Increased breathlessness on exertion for 2/52, ankle swelling. No chest pain. Sleeping on 3 pillows.</div>
    <div>Plan: F2F appt booked ${D(g.future(1, 3), 'dmon')}. Bloods: FBC, U&amp;E, NT-proBNP. Safety-netted: 999 if chest pain. ${nok.relation === 'son' ? 'Son' : 'Daughter'} can be contacted on ${phi('PHONE', nokMobile)}.</div></div>
  <div class="entry"><div class="when">${D(entries[1]!, 'dmon', '24', ' ')} – ${nurse.first} ${nurse.last} (Practice Nurse) – Chronic disease review</div>
    <div>Blood pressure: ${v.sys}/${v.dia} mmHg · O/E - weight: ${v.weightKg} kg · Body mass index: ${v.bmi} · Smoking status: ex-smoker · Alcohol units per week: 4</div>
    <div>HbA1c level (IFCC standardised): ${g.int(44, 70)} mmol/mol · eGFR: ${g.int(40, 80)} mL/min/1.73m2</div></div>
  <div class="entry"><div class="when">${D(entries[2]!, 'dmon')} – Letter received: Leeds Teaching Hospitals, Cardiology OPD</div>
    <div>Dear Dr ${gp.last}, re: ${N(`${p.first} ${p.last}`)}, DOB ${D(p.dob, 'dmy')}, NHS ${phi('ID', nhs.replace(/ /g, ''))}, ${phi('ADDRESS', p.street)}, ${phi('ADDRESS', p.city)}. Diagnosis: heart failure with reduced ejection fraction (LVEF 35%). Plan: bisoprolol titration; consider sacubitril/valsartan.</div></div>
  <div class="entry"><div class="when">${D(entries[3]!, 'dmon')} – Immunisation</div>
    <div>Seasonal influenza vaccination (Fluad Trivalent) given – batch ${g.upper(1)}${g.digits(5)} – left deltoid.</div></div>
  <h4>Problems</h4>
  <table><tr><th>Date</th><th>Problem</th><th>Status</th></tr>
    <tr><td>${D(onset, 'monyyyy')}</td><td>Type 2 diabetes mellitus</td><td>Active – Major</td></tr>
    <tr><td>${D(g.past(100, 900), 'dmon')}</td><td>Heart failure</td><td>Active – Major</td></tr>
    <tr><td>${D(g.past(3000, 9000), 'monyyyy')}</td><td>Hashimoto's thyroiditis</td><td>Past</td></tr></table>
  <h4>Repeat templates</h4>
  <table><tr><th>Drug</th><th>Dose</th><th>Quantity</th><th>Last issued</th></tr>
    <tr><td>Ramipril 5mg capsules</td><td>One daily</td><td>28 capsule</td><td>${D(g.past(2, 25), 'dmon')}</td></tr>
    <tr><td>Bisoprolol 2.5mg tablets</td><td>One daily</td><td>28 tablet</td><td>${D(g.past(2, 25), 'dmon')}</td></tr>
    <tr><td>Metformin 500mg modified-release tablets</td><td>Two twice daily</td><td>112 tablet</td><td>${D(g.past(2, 25), 'dmon')}</td></tr></table>
  <div class="demog-foot">Registered ${D(registered, 'dmon')} · NOK: ${N(firstLast(nok))} (${nok.relation}) · Email: ${phi('EMAIL', p.email)}</div>
</div>`,
    };
  }
  const p = patient(g, 55, 84, g.pick(['chinese', 'korean', 'indian', 'arabic', 'particle', 'hispanic']));
  const [onCity, fsa] = g.pick([['Ottawa', 'K'], ['Kingston', 'K'], ['Hamilton', 'L'], ['Mississauga', 'L'], ['Sudbury', 'P'], ['Thunder Bay', 'P'], ['London', 'N']] as const);
  p.city = onCity;
  p.state = 'ON';
  p.zip = `${fsa}${g.int(0, 9)}${g.letters(1, CA_LETTERS)} ${g.int(0, 9)}${g.letters(1, CA_LETTERS)}${g.int(0, 9)}`;
  const hin = ohipNumber(g);
  const vc = g.letters(2, 'ABCDEFGHJKLMNPRSTUVWXYZ');
  const chart = String(g.int(1000, 99999));
  const doc = clinician(g);
  const notes = [g.past(0, 0.2), g.past(20, 90), g.past(120, 300)];
  const rostered = g.past(1500, 5000);
  const hinExp = g.future(200, 1500);
  const hinEff = g.past(300, 1200);
  const demo: [string, Part][] = [
    ['Last Name:', N(U(p.last))], ['First Name:', N(U(p.first))], ['Title:', p.prefix.replace('.', '').toUpperCase()], ['Gender:', sexLetter(p)],
    ['Date of Birth:', D(p.dob, 'iso')], ['Age:', `${p.age} years`], ['Language:', p.language === 'Spanish' ? 'Spanish' : 'English'], ['Chart No:', phi('MRN', chart)],
    ['Health Ins. #:', h`${phi('HEALTH_PLAN', `${hin.slice(0, 4)} ${hin.slice(4, 7)} ${hin.slice(7)}`)} Ver: ${vc}`], ['HC Type:', 'ON - Ontario'],
    ['Eff Date:', D(hinEff, 'iso')], ['Renew Date:', D(hinExp, 'iso')],
    ['Address:', phi('ADDRESS', street(p))], ['City:', phi('ADDRESS', p.city)], ['Province:', p.state], ['Postal:', phi('ZIP', p.zip)],
    ['Phone (H):', P(p.home, 'dash')], ['Phone (W):', phi('PHONE', `${fp(p.work, 'dash')} ext ${g.int(10, 999)}`)], ['Cell Phone:', P(p.cell, 'dash')], ['Email:', phi('EMAIL', p.email)],
    ['Roster Status:', 'RO - Rostered'], ['Roster Date:', D(rostered, 'iso')], ['Patient Status:', 'AC - Active'], ['MRP:', `${doc.last}, ${doc.first}`],
    ['Referral Doctor:', `${clinician(g).last}, ${clinician(g).first}`], ['Emergency contact:', h`${N(firstLast(p.spouse))} (${p.spouse.relation}) ${P(p.spouse.phone, 'dash')}`],
  ];
  return {
    title: 'OSCAR EMR - Master Demographic Record',
    css: BASE_CSS + '.demo td{padding:1px 6px}.demo td:nth-child(odd){font-weight:bold;text-align:right;color:#333}.echart{border-top:3px solid #0067a0;margin-top:8px}.note{border:1px solid #ccc;margin:4px;padding:4px}',
    body: h`
<div class="oscar-top"><a>Schedule</a> <a>Caseload</a> <a>Search</a> <a>Report</a> <a>Billing</a> <a>Inbox</a> <a>Msg</a> <a>Consultations</a> <a>Admin</a> <span>OSCAR EMR 19 · ${doc.last}, ${doc.first}</span></div>
<h3>Master Record: ${N(`${U(p.last)}, ${U(p.first)}`)} ${sexLetter(p)} ${p.age} years</h3>
<table class="demo">
  ${Array.from({ length: Math.ceil(demo.length / 2) }, (_, i) => h`<tr><td>${demo[2 * i]![0]}</td><td>${demo[2 * i]![1]}</td><td>${demo[2 * i + 1]?.[0] ?? ''}</td><td>${demo[2 * i + 1]?.[1] ?? ''}</td></tr>`)}
</table>
<div class="buttons"><button>Edit</button> <button>Add Appointment</button> <button>Billing History</button> <button>E-Chart</button> <button>Print Label</button></div>
<div class="echart">
  <div class="echart-head">${N(`${U(p.last)}, ${U(p.first)}`)} ${sexLetter(p)} ${p.age} years · Tel: ${P(p.home, 'dash')} · Next Appt: ${D(g.future(5, 40), 'iso')}</div>
  <div class="note"><div class="note-head">[${D(notes[0]!, 'dmon')} .: Tel-Progress Notes]</div>
    Pt called re: home BP readings 150s/90s. Taking amlodipine 5 mg, ramipril 10 mg. Lives with ${p.spouse.relation} ${N(p.spouse.first)}; ${p.spouse.relation} will bring BP log. Increase amlodipine to 10 mg. F/u 2 wks.
    <div class="sig">[Signed on ${D(notes[0]!, 'dmon', '24', ' ')} by ${doc.last}, ${doc.first}]</div></div>
  <div class="note"><div class="note-head">[${D(notes[1]!, 'dmon')} .: Annual physical]</div>
    BP 138/84, HR 72, Wt 81.2 kg, BMI 27.4. Labs: A1C 6.4%, LDL 2.9 mmol/L, eGFR 71. Colon cancer screening: FIT negative ${D(g.past(100, 300), 'iso')}. Shingrix #2 given.
    <div class="sig">[Signed on ${D(notes[1]!, 'dmon', '24', ' ')} by ${doc.last}, ${doc.first}]</div></div>
  <div class="note"><div class="note-head">[${D(notes[2]!, 'dmon')} .: Consult report received]</div>
    Dr. ${clinician(g).last} (Cardiology, Kingston Health Sciences Centre): Holter – paroxysmal AF, CHADS-65 positive. Started apixaban 5 mg BID.</div>
</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 12. Dentrix-like dental practice: patient chart with progress notes and perio; family file + ledger

const DENTAL: [string, string, number][] = [
  ['D0120', 'Periodic oral evaluation', 62], ['D0274', 'Bitewings - four radiographic images', 78], ['D1110', 'Prophylaxis - adult', 118], ['D2392', 'Resin-based composite - two surfaces, posterior', 245],
  ['D2740', 'Crown - porcelain/ceramic', 1275], ['D3330', 'Endodontic therapy, molar tooth', 1190], ['D4341', 'Periodontal scaling and root planing - four or more teeth per quadrant', 265],
  ['D7140', 'Extraction, erupted tooth or exposed root', 210], ['D0330', 'Panoramic radiographic image', 128], ['D4910', 'Periodontal maintenance', 160],
];
const dentrixChart = (n: Name) => `${ascii(n.last).replace(/[^A-Za-z]/g, '').slice(0, 2).toUpperCase()}${ascii(n.first).replace(/[^A-Za-z]/g, '').slice(0, 2).toUpperCase()}${'0'}`;

function dental(g: G, k: number): Screen {
  const p = patient(g, k === 0 ? 45 : 38, k === 0 ? 80 : 60);
  const dds = clinician(g);
  const hyg = drawName(g, g.pick(POOL_NAMES), 'female');
  const chart = dentrixChart(p);
  const css = BASE_CSS + '.dx-title{background:#2d5d8a;color:#fff;padding:3px}.teeth{display:grid;grid-template-columns:repeat(16,1fr);text-align:center;font:11px monospace}.teeth div{border:1px solid #ccc}.pn td,.pn th{border:1px solid #ddd;font-size:12px}';
  if (k === 0) {
    const visits = [g.past(0, 0.2), g.past(150, 200), g.past(330, 400), g.past(700, 800)];
    const procs = visits.flatMap((d, i) => g.some(DENTAL, 1, 3).map(([code, desc, fee]) => ({ d, code, desc, fee, tooth: g.chance(0.6) ? String(g.int(1, 32)) : '', surf: code === 'D2392' ? g.pick(['MO', 'DO', 'OL']) : '', stat: i === 0 ? g.pick(['C', 'TP']) : 'C' })));
    const probe = () => Array.from({ length: 16 }, () => `${g.int(2, 5)}${g.int(1, 4)}${g.int(2, 6)}`);
    return {
      title: `Dentrix Patient Chart - ${chart}`,
      css,
      body: h`
<div class="dx-title">Dentrix Patient Chart - ${N(`${p.last}, ${p.first}`)}${p.nick ? h` "${N(p.nick)}"` : ''} [${phi('MRN', chart)}]</div>
<div class="menu"><span>File</span> <span>Edit</span> <span>View</span> <span>Procedures</span> <span>Perio</span> <span>Treatment Planner</span> <span>Ledger</span> <span>Family File</span> <span>Help</span></div>
<div class="pt-info">
  <span>Birthdate: ${D(p.dob, 'mdy')} (${p.age})</span> · <span>Gender: ${sexLetter(p)}</span> · <span>Prov: DDS${g.int(1, 3)} ${dds.last}</span> · <span>Prim Ins: Delta Dental of MA</span> · <span>Sub ID: ${phi('HEALTH_PLAN', `${g.digits(9)}`)}</span> · <span>Sec Ins: None</span>
  <div class="alert">Medical Alert: ${g.pick(['Bisphosphonates (alendronate) – ONJ risk', 'Premedicate – prosthetic joint (R knee)', 'Latex allergy; Penicillin allergy'])} · Anticoagulant: ${g.pick(['apixaban', 'none', 'warfarin (INR 2.4)'])}</div>
</div>
<h4>Tooth chart</h4>
<div class="teeth">${Array.from({ length: 32 }, (_, i) => h`<div>${i + 1}<br>${g.pick(['', '', '', 'MOD', 'PFM', 'X', 'RCT', 'O', 'Impl'])}</div>`)}</div>
<h4>Progress Notes</h4>
<table class="pn">
  <tr><th>Date</th><th>Tooth</th><th>Surf</th><th>Code</th><th>Description</th><th>Stat</th><th>Prov</th><th>Amount</th></tr>
  ${procs.map((x) => h`<tr><td>${D(x.d, 'mdy')}</td><td>${x.tooth}</td><td>${x.surf}</td><td>${x.code}</td><td>${x.desc}</td><td>${x.stat}</td><td>DDS${g.int(1, 3)}</td><td>${x.fee.toFixed(2)}</td></tr>`)}
</table>
<div class="clinical-note"><b>Clinical Note ${D(visits[0]!, 'mdy')}:</b> Pt presents for periodic exam and prophy with ${hyg.first} ${initial2(hyg.last)}., RDH. Reviewed med hx; BP ${g.int(110, 150)}/${g.int(65, 95)}. 4BWX taken. Generalized 4-5 mm pockets UR/LL, BOP 22%. Recommended SRP x4 quads. #${g.int(2, 15)} fractured MB cusp – crown recommended. Pt's ${p.spouse.relation} ${N(p.spouse.first)} to call to schedule. NV: SRP UR/LR, 60 min.</div>
<h4>Perio chart (${D(visits[1]!, 'mdy')}) – Facial probing depths</h4>
<table class="pn"><tr><th>Maxillary</th>${probe().map((d) => h`<td>${d}</td>`)}</tr><tr><th>Mandibular</th>${probe().map((d) => h`<td>${d}</td>`)}</tr></table>
<div class="status">Continuing Care: Prophy due ${D(g.future(150, 190), 'mdy')} · Bitewings due ${D(g.future(300, 400), 'mdy')} · Last visit ${D(visits[0]!, 'mdy')}</div>`,
    };
  }
  const head = p;
  const spouse = p.spouse;
  const kids = [[5, 7], [9, 11], [13, 17]].map(([min, max]) => ({ ...drawName(g, 'anglo', g.pick(['female', 'male'] as const), head.last), dob: g.f.date.birthdate({ mode: 'age', min: min!, max: max!, refDate: g.today }) }));
  const members = [
    { n: head as Name, dob: head.dob, rel: 'Self (Guarantor)', status: 'Active' },
    { n: spouse as Name, dob: g.f.date.birthdate({ mode: 'age', min: 38, max: 60, refDate: g.today }), rel: 'Spouse', status: 'Active' },
    ...kids.map((kid) => ({ n: kid as Name, dob: kid.dob, rel: 'Child', status: 'Active' })),
  ];
  const acct = String(g.int(10000, 99999));
  const ledger = Array.from({ length: 10 }, () => {
    const m = g.pick(members);
    const [code, desc, fee] = g.pick(DENTAL);
    return { d: g.past(2, 300), m, code, desc, fee };
  }).sort((a, b) => a.d.getTime() - b.d.getTime());
  let bal = 0;
  return {
    title: `Dentrix Family File - ${chart}`,
    css,
    body: h`
<div class="dx-title">Dentrix Family File - ${N(`${head.last}, ${head.first}`)} [${phi('MRN', chart)}]</div>
<div class="menu"><span>File</span> <span>Edit</span> <span>Add New</span> <span>Family Ledger</span> <span>Insurance</span> <span>Continuing Care</span> <span>Referred By</span></div>
<div class="blocks">
  <fieldset><legend>Patient Information</legend>
    <div>Name: ${N(fullName(head))}</div><div>Chart #: ${phi('MRN', chart)} · Status: Patient · Gender: ${sexWord(head)}</div>
    <div>Birthdate: ${D(head.dob, 'mdy')} · Age: ${head.age}</div>
    <div>SS#: ${phi('SSN', head.ssn)} · Drivers Lic: ${phi('DRIVERS_LICENSE', head.dl)}</div>
    <div>Address: ${phi('ADDRESS', street(head))}, ${phi('ADDRESS', head.city)}, ${head.state} ${phi('ZIP', head.zip)}</div>
    <div>Home: ${P(head.home, 'parenTight')} · Mobile: ${P(head.cell, 'parenTight')} · Work: ${P(head.work, 'parenTight')}</div>
    <div>Email: ${phi('EMAIL', head.email)}</div>
    <div>Employer: ${g.pick(['MassMutual', 'Big Y Foods', 'City of Holyoke', 'Smith & Wesson'])}</div>
  </fieldset>
  <fieldset><legend>Family Members</legend>
    <table class="pn"><tr><th>Name</th><th>Relationship</th><th>Birthdate</th><th>Age</th><th>Status</th><th>Last Visit</th></tr>
    ${members.map((m) => h`<tr><td>${N(`${m.n.last}, ${m.n.first}`)}</td><td>${m.rel}</td><td>${D(m.dob, 'mdy')}</td><td>${ageOn(m.dob, g.today)}</td><td>${m.status}</td><td>${D(g.past(20, 300), 'mdy')}</td></tr>`)}</table>
  </fieldset>
  <fieldset><legend>Insurance</legend><div>Primary Dental: MetLife PDP Plus · Subscriber: ${N(firstLast(head))} · Subscriber ID: ${phi('HEALTH_PLAN', `${g.digits(9)}`)} · Group: ${phi('HEALTH_PLAN', `${g.digits(7)}`)} · Benefits used $${money(g, 200, 1400)} of $1,500.00</div></fieldset>
</div>
<h4>Family Ledger – Account ${phi('ACCOUNT', acct)}</h4>
<table class="pn">
  <tr><th>Date</th><th>Patient</th><th>Code</th><th>Description</th><th>Amount</th><th>Balance</th></tr>
  ${ledger.map((l) => {
    bal += l.fee;
    const pay = g.chance(0.4) ? Math.round(bal * 0.6) : 0;
    bal -= pay;
    return h`<tr><td>${D(l.d, 'mdy')}</td><td>${N(`${l.m.n.first} ${l.m.n.last}`)}</td><td>${l.code}</td><td>${l.desc}</td><td>${l.fee.toFixed(2)}</td><td>${bal.toFixed(2)}</td></tr>${pay ? h`<tr><td>${D(at(l.d, 60 * 24 * 14), 'mdy')}</td><td></td><td>INS</td><td>MetLife payment - thank you</td><td>-${pay.toFixed(2)}</td><td>${bal.toFixed(2)}</td></tr>` : ''}`;
  })}
</table>
<div class="aging">0-30: $${(bal * 0.5).toFixed(2)} · 31-60: $${(bal * 0.3).toFixed(2)} · 61-90: $${(bal * 0.2).toFixed(2)} · 91+: $0.00 · Est. Ins. Portion: $${(bal * 0.4).toFixed(2)} · Est. Pat. Portion: $${(bal * 0.6).toFixed(2)}</div>`,
  };
}

const initial2 = (s: string) => s.charAt(0);

// ---------------------------------------------------------------------------------------------
// 13. Narrative documentation: behavioural-health intake (prose); home-health skilled nursing visit

function narrative(g: G, k: number): Screen {
  if (k === 0) {
    const p = patient(g, 24, 58);
    const clin = { ...clinician(g), credential: 'LICSW' };
    const intake = g.past(0, 0.2);
    const prevAdmit = g.past(400, 1500);
    const mother = drawName(g, g.pick(POOL_NAMES), 'female', p.maiden);
    const sibling = drawName(g, g.pick(POOL_NAMES), g.pick(['female', 'male'] as const), p.last);
    const friend = drawName(g, g.pick(POOL_NAMES), 'female');
    const plate = `${g.int(1, 9)}${g.upper(3)}${g.digits(2)}`;
    const car = g.pick(['2009 Honda Civic', '2012 Toyota Camry', '2006 Ford Ranger', '2014 Nissan Altima']);
    const fundraiser = `https://www.gofundme.com/f/help-${ascii(p.first.split(' ')[0]!).toLowerCase()}-${ascii(p.last).toLowerCase().replace(/[^a-z]+/g, '-')}-get-back-on-${g.pick(['track', 'their-feet'])}`;
    const he = p.sex === 'female' ? 'She' : 'He';
    const him = p.sex === 'female' ? 'her' : 'him';
    const his = p.sex === 'female' ? 'her' : 'his';
    const phq = g.int(14, 24);
    const client = p.sex === 'female' ? 'woman' : 'man';
    return {
      title: 'Comprehensive Diagnostic Assessment - TheraNest',
      css: BASE_CSS + '.doc{max-width:820px;margin:10px auto;font:14px/1.6 Georgia,serif}.doc h3{font:bold 13px Arial;text-transform:uppercase;color:#345;margin-top:14px}',
      body: h`
<div class="app-nav"><span class="brand">TheraNest</span> <a>Calendar</a> <a>Clients</a> <a>Notes</a> <a>Billing</a> <a>Reports</a> <a>Staff</a></div>
<div class="client-bar patient-header">Client: ${N(firstLast(p))} · DOB ${D(p.dob, 'mdy')} · Client ID ${phi('MRN', p.mrn)} · Program: Adult Outpatient · Clinician: ${provFLC(clin)}</div>
<div class="doc">
<h2>Comprehensive Diagnostic Assessment</h2>
<p><b>Date of service:</b> ${D(intake, 'month')} · <b>Start:</b> ${ft(intake, '12')} · <b>Duration:</b> 75 minutes · <b>Location:</b> Office (11) · <b>CPT:</b> 90791</p>
<h3>Identifying information and reason for referral</h3>
<p>${N(firstLast(p))} is a ${p.age}-year-old ${client} referred by ${his} primary care provider, ${drName(clinician(g))}, after a PHQ-9 score of ${phq} at ${his} annual visit. ${he} reports "I just can't get out from under it." ${he} was accompanied to the waiting room by ${his} friend ${N(`${friend.first} ${friend.last}`)}, who drove ${him} today and waited outside during the session.</p>
<h3>History of present illness</h3>
<p>${he} describes low mood, anhedonia, early-morning waking, and passive death wishes for roughly four months, worse since losing ${his} job at ${g.pick(['the Big Y distribution center', 'a call center in Enfield', 'Holyoke Medical Center (environmental services)'])} in the spring. For the past six weeks ${he.toLowerCase()} has been sleeping in ${his} car, a ${car} (${g.pick(['MA', 'CT'])} plate ${phi('VEHICLE', plate)}), in the lot of a 24-hour gym; ${he.toLowerCase()} showers there. ${his.charAt(0).toUpperCase() + his.slice(1)} ${sibling.sex === 'female' ? 'sister' : 'brother'} ${N(firstLast(sibling))} started an online fundraiser for ${him} (${phi('URL', fundraiser)}), which ${he.toLowerCase()} finds "humiliating but helpful."</p>
<h3>Psychiatric history</h3>
<p>One prior inpatient admission at ${g.pick(['Baystate Medical Center', 'Providence Behavioral Health Hospital'])} on ${D(prevAdmit, 'mdy')} after an intentional overdose of acetaminophen; discharged on sertraline 100 mg, which ${he.toLowerCase()} stopped after three months. No history of mania or psychosis. Denies current substance use beyond 2-3 beers on weekends; AUDIT-C 3.</p>
<h3>Family and social history</h3>
<p>Raised in ${g.pick(['Lagos', 'Ho Chi Minh City', 'Springfield', 'San Juan', 'Kraków', 'Seoul', 'Chennai'])} by ${his} mother, ${N(`${mother.first} ${mother.last}`)}, who had "nerves" and was treated with ECT. Maternal uncle died by suicide. ${he} is ${p.marital === 'Married' ? 'separated from' : 'no longer in contact with'} ${his} ${p.spouse.relation === 'wife' ? 'wife' : 'husband'}, ${N(firstLast(p.spouse))}, and has ${p.child.relation === 'son' ? 'a son' : 'a daughter'}, ${N(p.child.first)}, age ${g.int(6, 16)}, whom ${he.toLowerCase()} sees every other weekend. Mail goes to ${his} mother's address, ${phi('ADDRESS', street(p))}, ${phi('ADDRESS', p.city)}, ${p.state} ${phi('ZIP', p.zip)}. Best contact is ${his} cell, ${P(p.cell, 'dash')}, or email ${phi('EMAIL', p.email)}.</p>
<h3>Mental status examination</h3>
<p>Appearance: disheveled, appropriate for weather. Behavior: cooperative, psychomotor slowing. Speech: soft, normal rate. Mood: "empty." Affect: constricted, tearful. Thought process: linear. Thought content: passive SI without plan or intent; denies HI. Perception: no AH/VH. Cognition: alert and oriented x4. Insight: fair. Judgment: fair.</p>
<h3>Risk assessment</h3>
<p>C-SSRS screen: positive for wish to be dead (past month), negative for active ideation with plan. Protective factors: ${his} child, religious faith, engaged in treatment. Firearms: denies access. Safety plan completed and copy given; 988 Suicide &amp; Crisis Lifeline reviewed.</p>
<h3>Diagnostic impression (DSM-5-TR)</h3>
<p>F33.2 Major depressive disorder, recurrent, severe without psychotic features. Z59.02 Unsheltered homelessness. Z56.0 Unemployment. Rule out F43.10 post-traumatic stress disorder. PHQ-9 ${phq}; GAD-7 ${g.int(8, 18)}.</p>
<h3>Plan</h3>
<p>Weekly individual CBT; referral to psychiatry for medication evaluation; warm hand-off to the ${g.pick(['Mental Health Association', 'Friends of the Homeless'])} housing navigator; release of information signed for ${his} ${sibling.sex === 'female' ? 'sister' : 'brother'}. Next appointment ${D(g.future(6, 8), 'weekday', '12', ' at ')}.</p>
<p class="sig">Electronically signed by ${provFLC(clin)} on ${D(at(intake, 150), 'mdy', '12')}</p>
</div>`,
    };
  }
  const p = patient(g, 78, 96);
  const rn = clinician(g);
  const soc = g.past(20, 50);
  const certEnd = new Date(soc.getTime() + 59 * 86_400_000);
  const visit = g.past(0, 0.1);
  const timeIn = visit;
  const timeOut = at(visit, g.int(40, 70));
  const caregiver = p.child;
  const o2Serial = `${g.upper(2)}${g.digits(8)}`;
  const mbiId = mbi(g);
  const v = vitals(g);
  const agency = g.pick(['VNA of Western Mass', 'Pioneer Valley Home Health', 'Gentiva Home Health – Springfield']);
  return {
    title: 'Skilled Nursing Visit Note - HCHB',
    css: BASE_CSS + '.visit dl{display:grid;grid-template-columns:180px 1fr;gap:1px 8px}.visit h4{background:#e9eef3;padding:2px 4px;margin:8px 0 2px}',
    body: h`
<div class="app-nav"><span class="brand">Homecare Homebase</span> <a>Point of Care</a> <a>Patients</a> <a>Schedule</a> <a>Sync</a> · ${agency}</div>
<div class="visit">
<h2>Skilled Nursing Visit – Routine (SN11)</h2>
<dl>
  <dt>Patient</dt><dd>${N(lastFirst(p, true))} (${phi('MRN', p.mrn)})</dd>
  <dt>DOB / Age</dt><dd>${D(p.dob, 'mdy')} / ${A(p.age, ' yrs')}</dd>
  <dt>Medicare (MBI)</dt><dd>${phi('HEALTH_PLAN', mbiId)}</dd>
  <dt>Episode</dt><dd>SOC ${D(soc, 'mdy')} · Cert period ${D(soc, 'mdy')} – ${D(certEnd, 'mdy')}</dd>
  <dt>Visit date</dt><dd>${D(visit, 'mdy')}</dd>
  <dt>Time in / out</dt><dd>${ft(timeIn, '12')} / ${ft(timeOut, '12')}</dd>
  <dt>Address</dt><dd>${phi('ADDRESS', street(p))}, ${phi('ADDRESS', p.city)}, ${p.state} ${phi('ZIP', p.zip)}</dd>
  <dt>Directions</dt><dd>2nd house past the church on the left, blue siding; ring side door. Key in lockbox.</dd>
  <dt>Primary caregiver</dt><dd>${N(firstLast(caregiver))} (${caregiver.relation}) ${P(caregiver.phone, 'paren')}</dd>
  <dt>Physician</dt><dd>${drName(clinician(g))}</dd>
  <dt>Primary Dx</dt><dd>I50.22 Chronic systolic heart failure; J44.1 COPD with exacerbation</dd>
</dl>
<h4>Vital signs</h4>
<p>T ${v.tempF} °F (temporal) · P ${v.hr} irregular · R ${v.rr} · BP ${v.sys}/${v.dia} L arm sitting · SpO2 ${v.spo2 - 3}% on 2 L/min NC · Wt ${v.weightLb} lb (up 3.2 lb since ${D(dayBefore(visit, 7), 'md')}) · Pain 2/10</p>
<h4>Cardiopulmonary</h4>
<p>Lungs with fine crackles bilateral bases; 2+ pitting edema bilateral lower extremities to mid-shin. Oxygen via home concentrator (Inogen One G5, S/N ${phi('DEVICE', o2Serial)}), tubing changed this visit.</p>
<h4>Integumentary</h4>
<p>Stage 2 pressure injury sacrum: 2.1 cm x 1.4 cm x 0.2 cm, wound bed pink, scant serous drainage, periwound intact. Cleansed with NS, foam dressing applied. Braden 15.</p>
<h4>Teaching / coordination</h4>
<p>Reviewed daily weights and 2 g sodium diet with patient and ${caregiver.relation} ${N(caregiver.first)}; ${caregiver.relation} verbalized understanding and demonstrated use of the scale. Called ${drName(clinician(g))}'s office re: weight gain; order received for furosemide 40 mg x 1 extra dose today. Next SN visit ${D(g.future(2, 4), 'mdy')}. OASIS follow-up due ${D(new Date(certEnd.getTime() - 4 * 86_400_000), 'mdy')}.</p>
<p class="sig">${provFLC({ ...rn, credential: 'RN' })} · Signed ${D(timeOut, 'mdy', '12')} · Mileage 14.2</p>
</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 14. Patient statement (guarantor, several patients); guarantor account screen with collection notes

function statement(g: G, k: number): Screen {
  const guar = patient(g, 35, 70);
  const spouseDob = g.f.date.birthdate({ mode: 'age', min: 35, max: 70, refDate: g.today });
  const kid = { ...drawName(g, 'anglo', 'female', guar.last) };
  const acct = g.digits(9);
  const practice = g.pick(['Pioneer Valley Physicians Group', 'Lakeside Internal Medicine', 'Riverbend Pediatrics & Family Care']);
  const stmtDate = g.today;
  const due = new Date(g.today.getTime() + 30 * 86_400_000);
  const lines = Array.from({ length: 6 }, () => {
    const who = g.pick([firstLast(guar), firstLast(guar.spouse), firstLast(kid)]);
    const [cpt, desc] = g.pick([['99213', 'Office visit, est. pt, low'], ['99214', 'Office visit, est. pt, moderate'], ['85025', 'CBC w/ auto diff'], ['80053', 'Comprehensive metabolic panel'], ['90686', 'Influenza vaccine, quadrivalent'], ['87880', 'Strep A, rapid']]);
    const charge = g.int(35, 260);
    const ins = Math.round(charge * g.int(40, 80)) / 100;
    const adj = Math.round(charge * g.int(5, 20)) / 100;
    return { d: g.past(20, 150), who, cpt, desc, charge, ins, adj, pat: charge - ins - adj };
  }).sort((a, b) => a.d.getTime() - b.d.getTime());
  const balance = lines.reduce((s, l) => s + l.pat, 0);
  if (k === 0) {
    return {
      title: 'Patient Statement',
      css: BASE_CSS + '.stmt{width:780px;margin:10px auto;font:12px Arial}.remit{display:flex;justify-content:space-between;border-bottom:2px dashed #000;padding-bottom:8px}.addr{margin-top:30px;font:13px monospace}.svc td,.svc th{border-bottom:1px solid #ccc}',
      body: h`
<div class="viewer-bar">Statement Viewer · <a>Download PDF</a> · <a>Print</a> · <a>Resend e-statement</a> · Cycle ${g.int(1, 28)}</div>
<div class="stmt">
  <div class="remit">
    <div><b>${practice}</b><br>PO Box 4410<br>Springfield, MA 01101-4410<br>Billing questions: (413) 794-2400<br>www.pvpg-billing.com</div>
    <table class="summary">
      <tr><td>STATEMENT DATE</td><td>${D(stmtDate, 'mdy')}</td></tr>
      <tr><td>ACCOUNT NUMBER</td><td>${phi('ACCOUNT', acct)}</td></tr>
      <tr><td>AMOUNT DUE</td><td>$${balance.toFixed(2)}</td></tr>
      <tr><td>PAY BY</td><td>${D(due, 'mdy')}</td></tr>
      <tr><td>AMOUNT ENCLOSED</td><td>$________</td></tr>
    </table>
  </div>
  <div class="addr">RETURN SERVICE REQUESTED<br><br>${N(U(firstLast(guar)))}<br>${phi('ADDRESS', U(street(guar)))}<br>${phi('ADDRESS', U(guar.city))} ${guar.state} ${phi('ZIP', guar.zip)}</div>
  <div class="addr remit-to">${U(practice)}<br>PO BOX 4410<br>SPRINGFIELD MA 01101-4410</div>
  <p class="cut">▲ Please detach and return the top portion with your payment ▲</p>
  <h3>Account Detail – Guarantor: ${N(firstLast(guar))}</h3>
  <table class="svc">
    <tr><th>Date</th><th>Patient</th><th>Description</th><th>CPT</th><th>Charges</th><th>Insurance Paid</th><th>Adjustments</th><th>Your Balance</th></tr>
    ${lines.map((l) => h`<tr><td>${D(l.d, 'mdy2')}</td><td>${N(l.who)}</td><td>${l.desc}</td><td>${l.cpt}</td><td>${l.charge.toFixed(2)}</td><td>-${l.ins.toFixed(2)}</td><td>-${l.adj.toFixed(2)}</td><td>${l.pat.toFixed(2)}</td></tr>`)}
  </table>
  <table class="aging"><tr><th>Current</th><th>31-60</th><th>61-90</th><th>91-120</th><th>120+</th><th>Total</th></tr><tr><td>${(balance * 0.4).toFixed(2)}</td><td>${(balance * 0.35).toFixed(2)}</td><td>${(balance * 0.25).toFixed(2)}</td><td>0.00</td><td>0.00</td><td>${balance.toFixed(2)}</td></tr></table>
  <p>Insurance on file: ${guar.plan} – Subscriber ${N(firstLast(guar))}, ID ${phi('HEALTH_PLAN', guar.memberId)}. Dependents: ${N(firstLast(guar.spouse))} (DOB ${D(spouseDob, 'mdy')}), ${N(firstLast(kid))}.</p>
  <p>Pay online at www.pvpg-billing.com/pay with your account number, or call (413) 794-2400, Mon–Fri 8:00 AM – 4:30 PM. Financial assistance is available; ask for an application.</p>
  <p class="page">Page 1 of 1</p>
</div>`,
    };
  }
  const notes: [Date, string, Part][] = [
    [g.past(60, 80), 'SYS', 'Statement 1 mailed'],
    [g.past(30, 59), 'SYS', 'Statement 2 mailed'],
    [g.past(20, 29), 'TK', h`Called guarantor at ${P(guar.home, 'dash')}, LVM to call back re: balance.`],
    [g.past(10, 19), 'MR', h`Guarantor's ${guar.spouse.relation} ${N(guar.spouse.first)} called back from ${P(guar.spouse.phone, 'dash')}; states ${guar.sex === 'female' ? 'she' : 'he'} was laid off, requests payment plan. Sent financial assistance app to ${phi('EMAIL', guar.email)}.`],
    [g.past(2, 9), 'TK', h`Payment plan set up: $${(balance / 4).toFixed(2)}/mo x 4, first draft ${D(g.future(3, 10), 'mdy')}. Guarantor moved – new address ${phi('ADDRESS', `${g.int(10, 400)} ${g.pick(STREET_NAMES)} ${g.pick(STREET_SUFFIX)}`)}, ${phi('ADDRESS', g.pick(US_PLACES)[0])}. Returned mail flag cleared.`],
  ];
  return {
    title: 'Guarantor Account - Practice Management',
    css: BASE_CSS + '.acct{display:grid;grid-template-columns:1fr 1fr;gap:8px}.panel{border:1px solid #ccc;padding:6px}.panel .k{color:#666;width:150px;display:inline-block}',
    body: h`
<div class="pm-top"><span class="brand">NextGen PM</span> <a>Appointments</a> <a>Charges</a> <a class="active">Accounts</a> <a>Collections</a> <a>Reports</a></div>
<h2>Account ${phi('ACCOUNT', acct)} – ${N(lastFirst(guar, false))}</h2>
<div class="acct">
  <div class="panel"><h4>Guarantor</h4>
    <div><span class="k">Name</span>${N(fullName(guar))}</div>
    <div><span class="k">Date of birth</span>${D(guar.dob, 'mdy')}</div>
    <div><span class="k">SSN</span>${phi('SSN', guar.ssn)}</div>
    <div><span class="k">Address</span>${phi('ADDRESS', street(guar))}, ${phi('ADDRESS', guar.city)}, ${guar.state} ${phi('ZIP', guar.zip)}</div>
    <div><span class="k">Home phone</span>${P(guar.home, 'dash')}</div>
    <div><span class="k">Email</span>${phi('EMAIL', guar.email)}</div>
    <div><span class="k">Employer</span>${g.pick(['Unemployed', 'Friendly\'s Restaurants', 'UPS'])}</div>
  </div>
  <div class="panel"><h4>Balances</h4>
    <div><span class="k">Total balance</span>$${balance.toFixed(2)}</div>
    <div><span class="k">Patient due</span>$${balance.toFixed(2)}</div>
    <div><span class="k">Insurance pending</span>$${money(g, 0, 300)}</div>
    <div><span class="k">Last payment</span>$${money(g, 10, 60)} on ${D(g.past(40, 120), 'mdy')}</div>
    <div><span class="k">Collection status</span>Payment plan – active</div>
    <div><span class="k">Statement hold</span>No</div>
  </div>
</div>
<h4>Patients on this account</h4>
<table><tr><th>Patient</th><th>Relationship</th><th>DOB</th><th>Chart #</th><th>Balance</th></tr>
  <tr><td>${N(firstLast(guar))}</td><td>Self</td><td>${D(guar.dob, 'mdy')}</td><td>${phi('MRN', guar.mrn)}</td><td>$${(balance * 0.5).toFixed(2)}</td></tr>
  <tr><td>${N(firstLast(guar.spouse))}</td><td>Spouse</td><td>${D(spouseDob, 'mdy')}</td><td>${phi('MRN', g.digits(7))}</td><td>$${(balance * 0.3).toFixed(2)}</td></tr>
  <tr><td>${N(firstLast(kid))}</td><td>Child</td><td>${D(g.f.date.birthdate({ mode: 'age', min: 3, max: 17, refDate: g.today }), 'mdy')}</td><td>${phi('MRN', g.digits(7))}</td><td>$${(balance * 0.2).toFixed(2)}</td></tr>
</table>
<h4>Account notes</h4>
<table class="notes"><tr><th>Date</th><th>User</th><th>Note</th></tr>
  ${notes.map(([d, user, text]) => h`<tr><td>${D(d, 'mdy')}</td><td>${user}</td><td>${text}</td></tr>`)}
</table>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 15. C-CDA rendered by a stylesheet: CCD (classic cda.xsl look); discharge summary (web viewer with TOC)

function ccda(g: G, k: number): Screen {
  const p = patient(g, k === 0 ? 50 : 90, k === 0 ? 88 : 98);
  const author = clinician(g);
  const org = g.pick(FACILITIES);
  const created = g.past(0, 2, false);
  const from = g.past(200, 400);
  const meds = g.some(MEDS, 3, 5);
  const problems = g.some(PROBLEMS, 3, 4);
  const allergies = g.some(ALLERGIES, 1, 2);
  const results: [string, string, string, string][] = [['Hemoglobin A1c', `${(g.int(55, 90) / 10).toFixed(1)} %`, '4.0-5.6', '4548-4'], ['Creatinine', `${(g.int(7, 19) / 10).toFixed(1)} mg/dL`, '0.6-1.2', '2160-0'], ['LDL Cholesterol', `${g.int(60, 170)} mg/dL`, '<100', '13457-7'], ['TSH', `${(g.int(5, 60) / 10).toFixed(2)} mIU/L`, '0.45-4.5', '3016-3']];
  const resultDates = results.map(() => g.past(5, 120));
  const onsets = problems.map(() => g.past(300, 5000));
  const docId = `2.16.840.1.113883.19.5.99999.1.${g.digits(8)}`;
  const mrnRoot = '2.16.840.1.113883.19.5.99999.2';
  const tableCss = 'table.narr td,table.narr th{border:1px solid #aaa;padding:2px 6px}';
  if (k === 0) {
    const immun = [g.past(200, 300), g.past(700, 900)];
    return {
      title: 'Continuity of Care Document',
      css: BASE_CSS + 'h1{text-align:center}.header td{padding:2px 8px}.header td.td_label{background:#ccccff;font-weight:bold}' + tableCss,
      body: h`
<div class="viewer-bar">Document viewer · Received via Direct from ${org} · <a>Reconcile</a> <a>Print</a> <a>View XML</a></div>
<h1>Continuity of Care Document</h1>
<table class="header">
  <tr><td class="td_label">Patient</td><td>${N(fullName(p, true))}</td></tr>
  <tr><td class="td_label">Date of birth</td><td>${D(p.dob, 'month')}</td><td class="td_label">Sex</td><td>${sexWord(p)}</td></tr>
  <tr><td class="td_label">Race</td><td>${p.race}</td><td class="td_label">Ethnicity</td><td>${p.ethnicity}</td></tr>
  <tr><td class="td_label">Contact info</td><td>Primary Home:<br>${phi('ADDRESS', street(p))}<br>${phi('ADDRESS', p.city)}, ${p.state} ${phi('ZIP', p.zip)}, US<br>Tel: ${phi('PHONE', `+1(${p.home.area})${p.home.exchange}-${p.home.line}`)}</td><td class="td_label">Patient IDs</td><td>${phi('MRN', p.mrn)} ${mrnRoot}</td></tr>
  <tr><td class="td_label">Documentation Of</td><td colspan="3">Care provision from ${D(from, 'month')} to ${D(created, 'month')}</td></tr>
  <tr><td class="td_label">Author</td><td>${drName(author)}, ${org}</td><td class="td_label">Time</td><td>${D(created, 'month', '12', ', ')}</td></tr>
  <tr><td class="td_label">Emergency contact</td><td>${N(firstLast(p.spouse))} (${p.spouse.relation === 'wife' ? 'Wife' : 'Husband'})<br>Tel: ${phi('PHONE', `+1(${p.spouse.phone.area})${p.spouse.phone.exchange}-${p.spouse.phone.line}`)}</td><td class="td_label">Guardian</td><td>None</td></tr>
  <tr><td class="td_label">Document Id</td><td>${docId}</td><td class="td_label">Document Created</td><td>${D(created, 'month')}</td></tr>
  <tr><td class="td_label">Document maintained by</td><td colspan="3">${org}, 759 Chestnut Street, Springfield, MA 01199, Tel: +1(413)794-0000</td></tr>
  <tr><td class="td_label">Legal authenticator</td><td colspan="3">${drName(author)} signed at ${D(created, 'month')}</td></tr>
</table>
<h3>Table of Contents</h3>
<ul><li><a href="#s1">Allergies, Adverse Reactions, Alerts</a></li><li><a href="#s2">Medications</a></li><li><a href="#s3">Problems</a></li><li><a href="#s4">Results</a></li><li><a href="#s5">Immunizations</a></li><li><a href="#s6">Plan of Care</a></li></ul>
<h3 id="s1">Allergies, Adverse Reactions, Alerts</h3>
<table class="narr"><tr><th>Substance</th><th>Reaction</th><th>Status</th></tr>${allergies.map(([a, r]) => h`<tr><td>${a}</td><td>${r}</td><td>Active</td></tr>`)}</table>
<h3 id="s2">Medications</h3>
<table class="narr"><tr><th>Medication</th><th>Directions</th><th>Start Date</th><th>Status</th></tr>${meds.map(([m, sig]) => h`<tr><td>${m}</td><td>${sig}</td><td>${D(g.past(60, 2000), 'month')}</td><td>Active</td></tr>`)}</table>
<h3 id="s3">Problems</h3>
<table class="narr"><tr><th>Condition</th><th>SNOMED / ICD-10</th><th>Onset</th><th>Status</th></tr>${problems.map(([name, code], i) => h`<tr><td>${name}</td><td>${code}</td><td>${D(onsets[i]!, 'month')}</td><td>Active</td></tr>`)}</table>
<h3 id="s4">Results</h3>
<table class="narr"><tr><th>Test (LOINC)</th><th>Result</th><th>Reference range</th><th>Date</th></tr>${results.map(([t, r, ref, loinc], i) => h`<tr><td>${t} (${loinc})</td><td>${r}</td><td>${ref}</td><td>${D(resultDates[i]!, 'month')}</td></tr>`)}</table>
<h3 id="s5">Immunizations</h3>
<table class="narr"><tr><th>Vaccine</th><th>Date</th><th>Status</th></tr><tr><td>Influenza, high dose seasonal (CVX 197)</td><td>${D(immun[0]!, 'monyyyy')}</td><td>Completed</td></tr><tr><td>Pneumococcal conjugate PCV 20 (CVX 216)</td><td>${D(immun[1]!, 'monyyyy')}</td><td>Completed</td></tr></table>
<h3 id="s6">Plan of Care</h3>
<table class="narr"><tr><th>Planned activity</th><th>Planned date</th></tr><tr><td>Diabetic eye exam</td><td>${D(g.future(20, 90), 'month')}</td></tr><tr><td>Follow-up with ${drName(author)}</td><td>${D(g.future(20, 90), 'month')}</td></tr></table>`,
    };
  }
  const admit = g.past(5, 9);
  const discharge = g.past(0, 1);
  const nok = p.child;
  return {
    title: 'Discharge Summary - CDA Viewer',
    css: BASE_CSS + '.toc{float:left;width:210px;background:#f6f6f6;height:100%}.content{margin-left:220px}.card{border:1px solid #ddd;border-radius:4px;padding:6px;margin:6px 0}.card h4{margin:0 0 4px}' + tableCss,
    body: h`
<div class="toc"><div class="brand">CDA Web Viewer</div><ul><li>Document header</li><li>Hospital course</li><li>Discharge diagnosis</li><li>Discharge medications</li><li>Allergies</li><li>Results</li><li>Instructions</li><li>Follow-up</li></ul><button>Expand all</button> <button>Collapse all</button></div>
<div class="content">
  <h2>Discharge Summary</h2>
  <div class="card" id="hdr"><h4>${N(firstLast(p))}</h4>
    <dl class="pairs">
      <dt>Birthdate</dt><dd>${D(p.dob, 'iso')} (${phi('AGE_OVER_89', `${p.age} yr`)})</dd>
      <dt>Gender</dt><dd>${sexWord(p)}</dd>
      <dt>MRN</dt><dd>${phi('MRN', p.mrn)}</dd>
      <dt>Address</dt><dd>${phi('ADDRESS', street(p))}, ${phi('ADDRESS', p.city)}, ${p.state} ${phi('ZIP', p.zip)}</dd>
      <dt>Phone</dt><dd>${P(p.home, 'dash')}</dd>
      <dt>Language</dt><dd>${p.language}</dd>
      <dt>Encounter</dt><dd>Inpatient ${D(admit, 'iso', '24')} – ${D(discharge, 'iso', '24')} · ${org}</dd>
      <dt>Attending</dt><dd>${provFLC(author)}</dd>
      <dt>Next of kin</dt><dd>${N(fullName(nok))} (${nok.relation}, health care proxy) · ${P(nok.phone, 'dash')}</dd>
    </dl></div>
  <div class="card"><h4>Hospital course</h4><p>${N(`${p.prefix} ${p.last}`)} is a ${phi('AGE_OVER_89', `${p.age}-year-old`)} ${sexWord(p).toLowerCase()} from home (lives with ${nok.relation}) admitted ${D(admit, 'mdy')} with community-acquired pneumonia (RLL) and acute kidney injury. Treated with ceftriaxone and azithromycin, transitioned to cefpodoxime on hospital day 3. Creatinine peaked at 2.1 and improved to 1.3 with IV fluids. Delirium on night 2 (CAM positive) resolved with non-pharmacologic measures. Evaluated by PT: rolling walker, home with VNA. Goals of care discussed with patient and ${nok.relation} ${N(nok.first)}: DNR/DNI confirmed, MOLST updated ${D(at(admit, 2 * 1440), 'mdy')}.</p></div>
  <div class="card"><h4>Discharge diagnoses</h4><ol><li>Community-acquired pneumonia, right lower lobe (J18.1)</li><li>Acute kidney injury (N17.9), resolving</li><li>Delirium due to known physiological condition (F05)</li><li>Essential (primary) hypertension (I10)</li></ol></div>
  <div class="card"><h4>Discharge medications</h4><table class="narr"><tr><th>Medication</th><th>Instructions</th><th>Change</th></tr>
    <tr><td>cefpodoxime 200 mg tablet</td><td>Take 1 tablet by mouth every 12 hours through ${D(g.future(2, 4), 'mdy')}</td><td>NEW</td></tr>
    ${meds.map(([m, sig]) => h`<tr><td>${m}</td><td>${sig}</td><td>${g.pick(['Continue', 'Continue', 'HOLD until follow-up'])}</td></tr>`)}</table></div>
  <div class="card"><h4>Allergies</h4><p>${allergies.map(([a, r]) => `${a} (${r})`).join('; ')}</p></div>
  <div class="card"><h4>Pertinent results</h4><table class="narr"><tr><th>Test</th><th>Value</th><th>Range</th><th>Collected</th></tr>${results.map(([t, r, ref], i) => h`<tr><td>${t}</td><td>${r}</td><td>${ref}</td><td>${D(resultDates[i]!, 'iso')}</td></tr>`)}</table>
    <p>Chest X-ray ${D(admit, 'mdy')}: RLL consolidation. Blood cultures x2: no growth at 5 days.</p></div>
  <div class="card"><h4>Follow-up</h4><p>PCP ${drName(clinician(g))} on ${D(g.future(5, 10), 'weekday', '12', ' at ')}. VNA start of care ${D(g.future(1, 2), 'mdy')}. Repeat BMP in 1 week.</p></div>
  <div class="doc-meta">Document ID ${docId} · Created ${D(created, 'iso', 'sec', 'T')} · Custodian ${org} · Confidentiality: Normal (N)</div>
</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 16. Data views: access-audit log report; CSV export shown in a spreadsheet grid

function dataViews(g: G, k: number): Screen {
  if (k === 0) {
    const focus = patient(g, 30, 80, 'hispanic');
    focus.last = g.pick(['Ramírez', 'Quiñones', 'García Márquez', 'Gutiérrez Ochoa', 'Ortiz Castillo']);
    // A user who shares the patient's surname: the reason this report was run (snooping review).
    const user = { ...clinician(g), first: drawName(g, 'hispanic', 'female').first, last: focus.last.split(' ')[0]! };
    const users = [
      { id: `${ascii(user.first).charAt(0).toLowerCase()}${ascii(user.last).toLowerCase().replace(/[^a-z]/g, '')}`, name: `${user.last}, ${user.first}`, role: 'RN – 4 West', ws: `RRMC-4W-WS${g.int(10, 40)}` },
      ...Array.from({ length: 4 }, () => {
        const c = clinician(g);
        return { id: `${ascii(c.first).charAt(0).toLowerCase()}${ascii(c.last).toLowerCase().replace(/[^a-z]/g, '').slice(0, 7)}`, name: `${c.last}, ${c.first}`, role: g.pick(['Hospitalist', 'Pharmacist', 'Unit Clerk', 'Registration', 'Case Manager']), ws: `RRMC-${g.pick(['ED', '4W', 'PHAR', 'REG'])}-WS${g.int(10, 40)}` };
      }),
    ];
    const others = Array.from({ length: 3 }, () => patient(g, 20, 99));
    const from = dayBefore(g.today, 13);
    const actions = ['Chart Opened', 'Demographics Viewed', 'Results Review', 'Notes Viewed', 'Report Printed', 'MAR Viewed', 'Break-the-Glass', 'Face Sheet Printed'];
    const ip = `${g.int(24, 98)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`;
    const rows = Array.from({ length: 18 }, (_, i) => {
      const u = i % 3 === 0 ? users[0]! : g.pick(users);
      const pt = i % 4 === 3 ? g.pick(others) : focus;
      return { t: g.past(0, 13, false), u, pt, action: u === users[0] && pt === focus && i < 6 ? g.pick(['Demographics Viewed', 'Face Sheet Printed', 'Break-the-Glass']) : g.pick(actions) };
    }).sort((a, b) => b.t.getTime() - a.t.getTime());
    const portal = [g.past(0, 5, false), g.past(5, 12, false)];
    return {
      title: 'Access Audit Report',
      css: BASE_CSS + '.audit td,.audit th{border:1px solid #ddd;font-size:12px;white-space:nowrap}.flag{color:#b00;font-weight:bold}',
      body: h`
<div class="top"><span class="brand">Privacy Monitoring</span> <a>Dashboard</a> <a class="active">Investigations</a> <a>Rules</a> <a>Reports</a> <a>Users</a></div>
<h2>Case #${g.int(2025000, 2025999)} – Access review</h2>
<div class="criteria">
  <div>Patient: ${N(LASTFIRST(focus, false))} · MRN ${phi('MRN', focus.mrn)} · DOB ${D(focus.dob, 'mdy')}</div>
  <div>Date range: ${D(from, 'mdy')} – ${D(g.today, 'mdy')} · Sources: EHR, Portal, Print server</div>
  <div class="flag">Alert: Same last name (user ${users[0]!.id}) · Accessed without treatment relationship · After-hours access</div>
</div>
<table class="audit">
  <tr><th>Timestamp</th><th>User ID</th><th>User name</th><th>Role / Department</th><th>Workstation</th><th>Patient</th><th>MRN</th><th>Action</th></tr>
  ${rows.map((r) => h`<tr><td>${D(r.t, 'mdy', 'sec')}</td><td>${r.u.id}</td><td>${r.u.name}</td><td>${r.u.role}</td><td>${r.u.ws}</td><td>${N(LASTFIRST(r.pt, false))}</td><td>${phi('MRN', r.pt.mrn)}</td><td>${r.action}${r.action === 'Break-the-Glass' ? ' – reason: "covering for colleague"' : ''}</td></tr>`)}
</table>
<h3>Patient portal activity</h3>
<table class="audit"><tr><th>Timestamp</th><th>Account</th><th>Event</th><th>Source IP</th><th>Device</th></tr>
  ${portal.map((d, i) => h`<tr><td>${D(d, 'mdy', 'sec')}</td><td>${phi('EMAIL', focus.email)}</td><td>${i === 0 ? 'Login success (MFA)' : 'Viewed test results'}</td><td>${phi('IP', ip)}</td><td>${g.pick(['iPhone · MyChart 11.4', 'Chrome 124 / Windows 10', 'Android · MyChart 11.3'])}</td></tr>`)}
</table>
<div class="footer">Investigator: ${g.f.person.firstName()} ${g.f.person.lastName()}, Privacy Officer · Report generated ${D(g.today, 'mdy', '12')} · ${rows.length + portal.length} events</div>`,
    };
  }
  const rows = Array.from({ length: 18 }, () => asFemale(g, patient(g, 40, 74, g.pick(POOL_NAMES))));
  const last = rows.map(() => g.past(380, 900));
  const cols = ['MRN', 'LastName', 'FirstName', 'DOB', 'Sex', 'Phone', 'Email', 'Address', 'City', 'State', 'Zip', 'LastMammogram', 'PCP', 'Payer', 'MemberID'];
  const letters = 'ABCDEFGHIJKLMNO'.split('');
  const pcps = [clinician(g), clinician(g), clinician(g)];
  const values = rows.map((r, i): Part[] => [
    phi('MRN', r.mrn), N(r.last), N(r.first), D(r.dob, 'mdy1'), sexLetter(r), P(r.cell, 'dash'), phi('EMAIL', r.email), phi('ADDRESS', street(r)), phi('ADDRESS', r.city), r.state, phi('ZIP', r.zip),
    D(last[i]!, 'iso'), `${pcps[i % 3]!.last}, ${pcps[i % 3]!.first}`, r.payer, phi('HEALTH_PLAN', r.memberId),
  ]);
  const csvLine = (r: Pt, i: number) => [phi('MRN', r.mrn), N(r.last), N(r.first), D(r.dob, 'mdy1'), sexLetter(r), P(r.cell, 'dash'), phi('EMAIL', r.email), `"${phi('ADDRESS', street(r))}"`, phi('ADDRESS', r.city), r.state, phi('ZIP', r.zip), D(last[i]!, 'iso'), `"${pcps[i % 3]!.last}, ${pcps[i % 3]!.first}"`, r.payer, phi('HEALTH_PLAN', r.memberId)].join(',');
  return {
    title: 'care_gaps_mammography_2025.csv - Sheets',
    css: BASE_CSS + '.sheet td,.sheet th{border:1px solid #e0e0e0;font:12px Arial;white-space:nowrap;padding:1px 4px}.sheet th{background:#f3f3f3;color:#555}.raw{font:11px monospace;background:#f8f8f8;padding:6px;white-space:pre}',
    body: h`
<div class="menu"><span class="doc-title">care_gaps_mammography_2025.csv</span> <span>File</span> <span>Edit</span> <span>View</span> <span>Insert</span> <span>Format</span> <span>Data</span> <span>Tools</span> <span>Extensions</span> <span>Help</span> <button>Share</button></div>
<div class="formula-bar"><span class="cell-ref">A1</span> <span class="fx">fx</span> <span>MRN</span></div>
<table class="sheet">
  <tr><th></th>${letters.map((l) => h`<th>${l}</th>`)}</tr>
  <tr><th>1</th>${cols.map((c) => h`<td><b>${c}</b></td>`)}</tr>
  ${values.map((v, i) => h`<tr><th>${i + 2}</th>${v.map((x) => h`<td>${x}</td>`)}</tr>`)}
</table>
<div class="tabs"><span class="active">care_gaps_mammography_2025</span> <span>+</span> · Sum: 0 · Count: ${rows.length * cols.length}</div>
<h4>Import preview (first 3 lines, comma-delimited, UTF-8)</h4>
<div class="raw">${cols.join(',')}
${rows.slice(0, 3).map((r, i) => csvLine(r, i)).join('\n')}</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 17. Pathology: surgical pathology report (CoPath-like, CAP synoptic); outside gyn cytology report

function pathology(g: G, k: number): Screen {
  const p = k === 0 ? patient(g, 55, 95) : asFemale(g, patient(g, 30, 64));
  const pathologist = { ...clinician(g), credential: 'MD' };
  const surgeon = clinician(g);
  const collected = g.past(3, 6);
  const received = at(collected, g.int(60, 300));
  const reported = g.past(0, 1);
  if (k === 0) {
    const acc = `S25-${g.digits(5)}`;
    const nodes = g.int(12, 24);
    const pos = g.int(0, 3);
    return {
      title: 'Surgical Pathology Report',
      css: BASE_CSS + '.rpt{max-width:820px;margin:10px auto;font:13px "Courier New",monospace}.rpt h3{font:bold 13px Arial;border-bottom:1px solid #000}.hdr td{padding:1px 10px 1px 0}',
      body: h`
<div class="viewer-bar">Results Viewer · Pathology · <a>Previous</a> <a>Next</a> <a>Print</a> <a>Route</a> <a>Acknowledge</a></div>
<div class="rpt">
  <div class="lab">RIVERSIDE REGIONAL MEDICAL CENTER – DEPARTMENT OF PATHOLOGY<br>759 Chestnut Street, Springfield, MA 01199 · CLIA 22D0076543 · (413) 794-5050</div>
  <h2>SURGICAL PATHOLOGY REPORT</h2>
  <table class="hdr">
    <tr><td>Patient:</td><td>${N(LASTFIRST(p))}</td><td>Accession #:</td><td>${phi('ID', acc)}</td></tr>
    <tr><td>MRN:</td><td>${phi('MRN', p.mrn)}</td><td>Collected:</td><td>${D(collected, 'mdy', '24')}</td></tr>
    <tr><td>DOB / Age / Sex:</td><td>${D(p.dob, 'mdy')} / ${A(p.age)} / ${sexLetter(p)}</td><td>Received:</td><td>${D(received, 'mdy', '24')}</td></tr>
    <tr><td>Account #:</td><td>${phi('ACCOUNT', g.digits(10))}</td><td>Reported:</td><td>${D(reported, 'mdy', '24')}</td></tr>
    <tr><td>Surgeon:</td><td>${provLFC(surgeon)}</td><td>Location:</td><td>OR – Main</td></tr>
  </table>
  <h3>FINAL DIAGNOSIS</h3>
  <p>A. COLON, SIGMOID, RESECTION:<br>- INVASIVE ADENOCARCINOMA, MODERATELY DIFFERENTIATED, 4.2 CM.<br>- TUMOR INVADES THROUGH MUSCULARIS PROPRIA INTO PERICOLORECTAL TISSUE (pT3).<br>- ${pos} OF ${nodes} LYMPH NODES POSITIVE FOR METASTATIC CARCINOMA (pN${pos === 0 ? '0' : pos === 1 ? '1a' : '1b'}).<br>- MARGINS NEGATIVE; CLOSEST (RADIAL) 1.5 CM.<br>B. ANASTOMOTIC DONUTS: BENIGN COLONIC TISSUE.</p>
  <h3>SYNOPTIC REPORT (CAP Colon and Rectum Resection, v4.3.0.0)</h3>
  <table><tr><td>Procedure</td><td>Sigmoidectomy</td></tr><tr><td>Tumor Site</td><td>Sigmoid colon</td></tr><tr><td>Histologic Type</td><td>Adenocarcinoma</td></tr><tr><td>Histologic Grade</td><td>G2, moderately differentiated</td></tr><tr><td>Tumor Size</td><td>4.2 x 3.5 x 1.1 cm</td></tr><tr><td>Lymphovascular Invasion</td><td>Present (small vessel)</td></tr><tr><td>Perineural Invasion</td><td>Not identified</td></tr><tr><td>Tumor Budding</td><td>Low (0-4)</td></tr><tr><td>Lymph Nodes Examined</td><td>${nodes}</td></tr><tr><td>Pathologic Stage</td><td>pT3 pN${pos === 0 ? '0' : pos === 1 ? '1a' : '1b'}</td></tr></table>
  <h3>ANCILLARY STUDIES</h3>
  <p>Mismatch repair immunohistochemistry (block A4): MLH1 intact, PMS2 intact, MSH2 intact, MSH6 intact. Low probability of MSI-H. Controls appropriate.</p>
  <h3>CLINICAL HISTORY</h3>
  <p>${p.age <= 89 ? `${p.age} yo` : phi('AGE_OVER_89', `${p.age} yo`)} ${sexLetter(p)} with sigmoid mass on colonoscopy ${D(g.past(20, 40), 'mdy1')}; CEA 6.1. Family hx: Lynch syndrome excluded.</p>
  <h3>GROSS DESCRIPTION</h3>
  <p>A. Received fresh, labeled with the patient's name "${N(U(firstLast(p)))}", medical record number ${phi('MRN', p.mrn)}, and "sigmoid colon," is a segment of colon measuring 22.5 cm in length and 3.5 cm in average diameter. ... An ulcerated, firm tan mass (4.2 x 3.5 x 1.1 cm) is located 6.0 cm from the distal margin. Representative sections are submitted in cassettes A1-A18. B. Received in formalin labeled "${N(U(p.last))} – donuts" are two rings of tissue, 2.0 and 2.2 cm in diameter. Entirely submitted in B1-B2. (Dictated by ${pathologist.first.charAt(0)}${pathologist.last.charAt(0)}/PA-${g.int(1, 9)})</p>
  <h3>MICROSCOPIC DESCRIPTION</h3>
  <p>Sections show a moderately differentiated adenocarcinoma with dirty necrosis, invading into pericolic fat. The findings support the above diagnosis.</p>
  <p class="sig">I have personally reviewed the material and approve this report.<br>${pathologist.first} ${pathologist.last}, ${pathologist.credential}, Pathologist · Electronically signed ${D(reported, 'mdy', '24')}</p>
  <p class="footer">Page 1 of 1 · cc: ${drName(surgeon)}; ${drName(clinician(g))} (Oncology)</p>
</div>`,
    };
  }
  const spec = `${g.upper(2)}${g.digits(6)}${g.upper(1)}`;
  const labRef = `${g.digits(4)}-${g.digits(5)}`;
  const lmp = g.past(10, 30);
  const priorPap = g.past(1000, 1200);
  return {
    title: 'Lab Report - Cytology',
    css: BASE_CSS + '.rpt{max-width:800px;margin:10px auto}.box{border:1px solid #333;padding:4px}.cols{display:grid;grid-template-columns:1fr 1fr 1fr;gap:0}.cols>div{border:1px solid #999;padding:4px}.small{font-size:10px;color:#555;text-transform:uppercase}',
    body: h`
<div class="viewer-bar">Outside Results · Interfaced from Quest Diagnostics · <a>Sign</a> <a>Forward</a> <a>Call Patient</a></div>
<div class="rpt">
  <div class="cols">
    <div><div class="small">Patient Information</div>${N(U(`${p.last}, ${p.first}${p.middle ? ` ${p.middle.charAt(0)}` : ''}`))}<br>DOB: ${D(p.dob, 'mdy')} AGE: ${p.age}<br>Gender: F<br>Phone: ${P(p.cell, 'dot')}<br>Patient ID: ${phi('MRN', p.mrn)}<br>${phi('ADDRESS', U(street(p)))}<br>${phi('ADDRESS', U(p.city))}, ${p.state} ${phi('ZIP', p.zip)}</div>
    <div><div class="small">Specimen Information</div>Specimen: ${phi('ID', spec)}<br>Requisition: ${phi('ID', g.digits(7))}<br>Lab Ref #: ${phi('ID', labRef)}<br>Collected: ${D(collected, 'mdy', '24')}<br>Received: ${D(received, 'mdy', '24')}<br>Reported: ${D(reported, 'mdy', '24')}</div>
    <div><div class="small">Client Information</div>Client #: ${g.digits(8)}<br>${U(g.pick(CLINICS))}<br>1500 MAIN ST STE 300<br>SPRINGFIELD, MA 01103<br>Ordering: ${U(surgeon.last)}, ${U(surgeon.first)}</div>
  </div>
  <h3>THINPREP® PAP AND HPV, HIGH RISK WITH REFLEX GENOTYPES</h3>
  <table>
    <tr><td>Clinical information</td><td>LMP: ${D(lmp, 'mdy')} · Previous Pap: ${D(priorPap, 'mdy')}, NILM · Contraception: IUD (levonorgestrel)</td></tr>
    <tr><td>Specimen adequacy</td><td>Satisfactory for evaluation. Transformation zone component present.</td></tr>
    <tr><td>Interpretation</td><td><b>LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL)</b></td></tr>
    <tr><td>HPV mRNA E6/E7</td><td>DETECTED (A)</td></tr>
    <tr><td>HPV 16</td><td>NOT DETECTED</td></tr>
    <tr><td>HPV 18/45</td><td>NOT DETECTED</td></tr>
    <tr><td>Comment</td><td>Colposcopy recommended per ASCCP 2019 risk-based guidelines. Cytotechnologist: ${g.f.person.firstName().charAt(0)}${g.f.person.lastName().charAt(0)}, CT(ASCP). Reviewed by ${drName(pathologist)}.</td></tr>
  </table>
  <p class="small">Performing site: Quest Diagnostics Marlborough, 200 Forest Street, Marlborough, MA 01752 · Laboratory Director: ${drName(clinician(g))} · CLIA 22D0076229</p>
  <div class="box">Result note (clinic): Called pt ${D(at(reported, 120), 'mdy', '12')}, no answer; left message for pt to call back. Spoke to pt's ${p.spouse.relation} ${N(p.spouse.first)}, who confirmed best number ${P(p.spouse.phone, 'dot')}. Colpo scheduled ${D(g.future(10, 25), 'mdy')}. – ${initials(clinician(g))}, RN</div>
</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 18. Care-team chat: Teams-like hospitalist channel; Slack-like case-management channel

function chat(g: G, k: number): Screen {
  const staff = Array.from({ length: 6 }, () => clinician(g));
  const role = ['Hospitalist', 'RN', 'Case Manager', 'PharmD', 'RN Charge', 'PT'];
  const a = patient(g, 90, 97);
  const b = patient(g, 40, 80);
  const c = patient(g, 60, 88);
  const d = patient(g, 25, 70);
  const yesterday = dayBefore(g.today, 1);
  const t = (base: Date, h: number, m: number) => {
    const x = new Date(base);
    x.setUTCHours(h, m, 0, 0);
    return x;
  };
  if (k === 0) {
    const who = (i: number) => `${staff[i]!.first} ${staff[i]!.last}`;
    const msgs: [number, Date, Part][] = [
      [1, t(yesterday, 21, 12), h`FYI ${phi('AGE_OVER_89', `${a.age}yo`)} ${sexLetter(a)} in 418 (${N(a.last)}) had an unwitnessed fall at 20:40, no head strike per pt, neuro checks q1h. Placed bed alarm.`],
      [0, t(yesterday, 21, 30), h`Thanks. Let's get a CT head anyway, on Eliquis. I'll call ${a.sex === 'female' ? 'her' : 'his'} ${a.child.relation} – ${N(a.child.first)} is HCP, number in chart is ${P(a.child.phone, 'dash')}?`],
      [1, t(yesterday, 21, 33), h`yes that's the cell. home # ${P(a.home, 'dash')} goes to ${a.sex === 'female' ? 'her' : 'his'} ${a.spouse.relation} who is HOH`],
      [3, t(g.today, 7, 58), h`K 5.9 on AM labs for ${N(`${b.first} ${b.last}`)} (MRN ${phi('MRN', b.mrn)}), hemolyzed? Repeat sent. Holding lisinopril and spironolactone for now.`],
      [0, t(g.today, 8, 4), h`👍 agree. @${who(2)} ${N(`${U(b.last)}`)} will need SNF, PT recs came in`],
      [2, t(g.today, 9, 15), h`On it. Referral out to 3 SNFs. ${N(`${c.prefix} ${c.last}`)} in 422 is ready for dc today, ride arranged w/ ${c.sex === 'female' ? 'her' : 'his'} ${c.spouse.relation} ${N(firstLast(c.spouse))} at 2pm. Going home to ${phi('ADDRESS', street(c))}, ${phi('ADDRESS', c.city)}.`],
      [4, t(g.today, 10, 2), h`Bed 409 just got ${N(firstLast(d))}, ${d.age}${sexLetter(d)}, DKA from ED. Insulin gtt running. ${d.sex === 'female' ? 'Her' : 'His'} partner keeps calling the desk, pls update when you can.`],
      [0, t(g.today, 10, 20), h`Uploaded the discharge summary for 422.`],
    ];
    const fileMarked = `DC_summary_${phi('NAME', U(c.last).replace(/[^A-Z]+/g, '_'))}_${phi('DATE', fd(g.today, 'mdy').replace(/\//g, ''))}.pdf`;
    return {
      title: '4 West Hospitalist Team | Microsoft Teams',
      css: BASE_CSS + '.rail{float:left;width:60px;background:#33344a;color:#fff;height:100%}.channels{float:left;width:220px;background:#f0f0f0}.thread{margin-left:290px}.msg{margin:8px 0}.msg .meta{color:#616161;font-size:12px}.day{text-align:center;color:#888;margin:12px 0}',
      body: h`
<div class="rail"><div>Activity</div><div>Chat</div><div class="active">Teams</div><div>Calendar</div><div>Calls</div><div>Files</div></div>
<div class="channels"><div class="team">RRMC Medicine</div><ul><li>General</li><li class="active">4 West Hospitalist Team</li><li>Rapid Response</li><li>Nights</li><li>Case Management</li></ul></div>
<div class="thread">
  <div class="channel-head"><b>4 West Hospitalist Team</b> <span>Posts</span> <span>Files</span> <span>Handoff (Wiki)</span> <span>+</span></div>
  <div class="day">${D(yesterday, 'weekday')}</div>
  ${msgs.map(([i, when, text], n) => h`${n === 3 ? h`<div class="day">Today</div>` : ''}<div class="msg"><div class="meta"><span class="author">${who(i)}</span> <span class="role">(${role[i]})</span> <span class="time">${ft(when, '12')}</span></div><div class="body">${text}</div></div>`)}
  <div class="msg attachment"><div class="meta">${who(0)} · ${ft(t(g.today, 10, 20), '12')}</div><div class="file">📎 ${fileMarked} · 184 KB · PDF</div></div>
  <div class="compose">Reply · Type a new message · <span>@mention</span> <span>Format</span> <span>Attach</span></div>
</div>`,
    };
  }
  const who = (i: number) => `${staff[i]!.first.split(' ')[0]!.toLowerCase()}.${ascii(staff[i]!.last).toLowerCase().replace(/[^a-z]/g, '')}`;
  const appNo = `${g.today.getUTCFullYear()}-${g.digits(7)}`;
  const newAddr = address(g);
  const grandson = drawName(g, 'anglo', 'male', b.last);
  const fund = `https://www.gofundme.com/f/${ascii(b.first.split(' ')[0]!).toLowerCase()}-${ascii(b.last).toLowerCase().replace(/[^a-z]+/g, '')}-medical-bills`;
  const msgs: [number, Date, Part][] = [
    [2, t(g.today, 8, 12), h`Morning all. Placement update for bed 12 – ${N(`${b.prefix} ${b.last}`)}: Sunrise Manor accepted, pending Medicaid. MassHealth app # ${phi('ID', appNo)} submitted ${D(dayBefore(g.today, 3), 'md')}.`],
    [0, t(g.today, 8, 20), h`great. is ${b.sex === 'female' ? 'her' : 'his'} ${b.spouse.relation} still the POA? ${N(b.spouse.first)} was here last night and seemed unsure`],
    [2, t(g.today, 8, 26), h`POA is actually the grandson, ${N(`${grandson.first} ${grandson.last}`)} – ${phi('EMAIL', emailOf(g, grandson))}, ${P(phone(g), 'dot')}. I'll upload the POA doc to Media.`],
    [4, t(g.today, 9, 2), h`also address on file is wrong, family says ${b.sex === 'female' ? 'she' : 'he'} moved in with grandson: ${phi('ADDRESS', newAddr.street)}, ${phi('ADDRESS', newAddr.city)} ${phi('ZIP', newAddr.zip)}. Registration fixed it.`],
    [1, t(g.today, 9, 40), h`Transport booked for ${D(t(g.future(1, 3), 10, 0), 'md', '24')} via Medi-Car. Family set up ${phi('URL', fund)} for the copays fyi, they asked if we can share w/ SW`],
    [3, t(g.today, 10, 5), h`Re: ${N(`${a.first} ${a.last}`)} (${phi('AGE_OVER_89', `${a.age} y/o`)}) in 7 – hospice consult placed, ${a.child.relation} ${N(a.child.first)} agrees. Warfarin d/c'd, INR 3.4.`],
    [5, t(g.today, 11, 48), h`PT eval done for rm 15 (${N(`${c.last}, ${c.first.charAt(0)}`)}): Tinetti 14/28, recs home w/ 24h supervision + RW. DOB ${D(c.dob, 'mdy1')} for the DME order.`],
  ];
  return {
    title: '#6n-case-management | Slack',
    css: BASE_CSS + '.sidebar{float:left;width:230px;background:#3f0e40;color:#ddd;height:100%}.main{margin-left:240px}.msg{display:flex;gap:8px;margin:8px 0}.msg .who{font-weight:bold}.msg .ts{color:#777;font-size:12px;margin-left:6px}',
    body: h`
<div class="sidebar"><div class="ws">Riverside Health</div><ul><li>Threads</li><li>Mentions &amp; reactions</li><li>Drafts</li></ul><div>Channels</div><ul><li># general</li><li class="active"># 6n-case-management</li><li># ed-boarding</li><li># transfer-center</li></ul><div>Direct messages</div><ul>${staff.slice(0, 4).map((s) => h`<li>${s.first} ${s.last}</li>`)}</ul></div>
<div class="main">
  <div class="channel-head"># 6n-case-management · 23 members · Topic: discharge planning 6 North – no full names outside EHR please 🙏</div>
  <div class="day">${D(g.today, 'weekday')}</div>
  ${msgs.map(([i, when, text]) => h`<div class="msg"><div class="avatar"></div><div><span class="who">${who(i)}</span><span class="ts">${ft(when, '12')}</span><div class="text">${text}</div></div></div>`)}
  <div class="composer">Message #6n-case-management</div>
</div>`,
  };
}

// ---------------------------------------------------------------------------------------------

const LAYOUTS: Layout[] = [
  ['athena-facesheet', athenaFacesheet, ['en', 'en']],
  ['ecw-progress-note', ecwNote, ['en', 'en']],
  ['green-screen-terminal', terminal, ['en', 'en']],
  ['ltc-census-mar', ltc, ['en', 'en']],
  ['tracking-board', trackingBoard, ['en', 'en']],
  ['pharmacy-rx', pharmacy, ['en', 'en']],
  ['radiology-ris-dicom', radiology, ['en', 'en']],
  ['referral-prior-auth', referral, ['en', 'en']],
  ['x12-remit-eligibility', x12, ['en', 'en']],
  ['immunization-registry', immunization, ['en', 'en']],
  ['gp-record-uk-ca', gpRecord, ['en_GB', 'en_CA']],
  ['dental-chart-ledger', dental, ['en', 'en']],
  ['narrative-bh-homehealth', narrative, ['en', 'en']],
  ['statement-guarantor', statement, ['en', 'en']],
  ['ccda-rendered', ccda, ['en', 'en']],
  ['audit-log-csv-grid', dataViews, ['en', 'en']],
  ['pathology-report', pathology, ['en', 'en']],
  ['care-team-chat', chat, ['en', 'en']],
];

/** One layout of a page set: its name, its screen's builder, and the locale of each instance. */
export type Layout = [string, (g: G, k: number) => Screen, Loc[]];
const INSTANCES_PER_LAYOUT = 2;

/**
 * A page set's pages: each layout's instances, each from its own generator (seeded with the set's
 * seed, `stride` more per layout, one more per instance) at the set's fixed "today", each checked.
 */
export function generateLayoutPages(layouts: readonly Layout[], seed: number, stride: number, today: Date): ProbePage[] {
  const pages: ProbePage[] = [];
  layouts.forEach(([layout, build, locales], l) => {
    for (let k = 0; k < INSTANCES_PER_LAYOUT; k++) {
      const g = new G(seed + l * stride + k, locales[k] ?? 'en', today);
      const page = finish(layout, `${layout}.${k + 1}`, build(g, k));
      checkTruth(page);
      pages.push(page);
    }
  });
  return pages;
}

/** Throws when a truth span does not match the page text or two spans overlap. */
function checkTruth(page: ProbePage): void {
  const sorted = page.truth.slice().sort((x, y) => x.start - y.start);
  sorted.forEach((span, i) => {
    if (page.page.text.slice(span.start, span.end) !== span.text) throw new Error(`${page.name}: ${span.type} ${JSON.stringify(span.text)} is not the page text at its offsets`);
    if (span.text.trim() !== span.text || span.text.length === 0) throw new Error(`${page.name}: ${span.type} span with edge blanks`);
    const next = sorted[i + 1];
    if (next && next.start < span.end) throw new Error(`${page.name}: spans overlap at ${next.start}`);
  });
}

export function generateHoldoutPages(seed = HOLDOUT_SEED): ProbePage[] {
  return generateLayoutPages(LAYOUTS, seed, 131, TODAY);
}
