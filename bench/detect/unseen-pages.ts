/**
 * An UNSEEN corpus of EHR screens: products and layouts that neither the reference corpus
 * (Medplum), the first probe (bench/detect/probe-pages.ts) nor the held-out set
 * (bench/detect/holdout-pages.ts) has. Like the held-out set it stands in for screens nobody on the
 * team has seen: it was written without looking at the engine and must never be edited to make the
 * engine pass or fail; fix a page only when its ground truth is wrong.
 *
 * Styles (two pages each): NextGen-like and Allscripts-like encounter summaries with collapsible
 * sections; Kareo-like CMS-1500 claim entry and AdvancedMD-like charge entry; ophthalmology exam and
 * retina injection log; prenatal record and NICU growth sheet; dialysis run sheet and oncology
 * infusion calendar; kidney and liver transplant waitlist boards; LIS specimen tracking and blood
 * bank crossmatch; utilization-review and hospice IDT notes; telehealth waiting room and referral
 * kanban board; registration (ADT) wizard and a mobile-width registration card view; payer
 * eligibility portal and workers' compensation doctor's first report; school-nurse record and jail
 * intake screening; German and French chart screens; Spanish and Dutch chart screens; MPI duplicate
 * merge and HIE record-locator viewer; release-of-information consent and discharge-instructions
 * printout; e-prescribing screen and wristband/label print preview; genetics pedigree narrative and
 * a chart's sticky-note thread.
 *
 * Deterministic: seeded @faker-js/faker through the first probe's generator (G) for the US/UK/CA
 * parts, with name pools of origins the held-out set does not use (Yoruba, Igbo, Tamil, Telugu,
 * Punjabi, Filipino, Samoan, Hmong, Somali, Ethiopian, Polish, Greek, Portuguese, Dutch, Scottish,
 * Hawaiian, Native American, Japanese, Persian, German, French, Spanish, and English given names and
 * surnames that are also common words: Hope, Faith, Rose, Sunny, Bill, Will, Stone, Brown, Young),
 * nicknames, suffixes and hyphenated surnames, and a fixed "today" (Tuesday 23 September 2025).
 *
 * Ground truth is recorded while a page is written, with the first probe's builder (`phi` marks a
 * value, `finish` turns marks into offsets and checks them; `checkTruth` (holdout-pages.ts) re-checks offsets and
 * overlaps). Conventions are the held-out set's, copied here:
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
 *
 * Additions, for values these screens have and the held-out set did not (none changes a rule above):
 * - A value the screen splits over boxes (CMS-1500's birth date as MM | DD | YY, its telephone as
 *   area code | number) is marked box by box, each part with the value's type: a mark cannot span
 *   elements, and each box alone still gives the value away.
 * - Dates in any language or format ("23. September 2025", "mardi 23 septembre 2025", "23 de
 *   septiembre de 2025", "23SEP2025", "Sep 23 '25", "2025-09-23T08:30", "Tue 9/23") are DATE.
 *   Gestational ages (31w2d), days of life, post-op days, cycle days (C3D1), dwell times and
 *   durations are not dates.
 * - "Baby Girl"/"Baby Boy" before a newborn's surname is part of the NAME, like an honorific; a Dutch
 *   surname prefix shown in its own field ("van der") is a NAME; an alias ("AKA") is a NAME.
 * - A masked SSN's visible part ("***-**-4821") is an SSN. A place of birth below country level
 *   (city) is ADDRESS; a country, province, Land, state or region is not.
 * - Record numbers abroad and elsewhere: a national social-security number (French NIR, Spanish NSS)
 *   is SSN; another national identity number (Dutch BSN, Spanish DNI/NIE) is ID; a statutory or
 *   private insurance number (German Versichertennummer, Spanish TSI/CIP, Dutch polisnummer, a pharmacy
 *   benefit's Rx group) is HEALTH_PLAN; a hospital's patient number (Patienten-Nr., IPP, NHC, patiëntnummer) is
 *   MRN and its case/stay/episode number (Fall-Nr., N° de séjour, episodio, opnamenummer) ACCOUNT. A
 *   patient's order, specimen, blood-bank band, UNOS/waitlist, student, booking/inmate, workers'
 *   compensation claim, authorisation and referral numbers are ID; a driver's or commercial driver's
 *   licence is DRIVERS_LICENSE.
 * - Also not PHI: staff of payers, employers, schools, jails and agencies acting in their role
 *   (adjusters, reviewers, teachers, officers, interpreters, with their badge or staff numbers), like
 *   clinicians; employers' names and addresses (organisations); blood-product unit numbers (ISBT 128
 *   DINs), product codes and their lots, like lot numbers; dialysis machines', pumps' and printers'
 *   serials and station numbers (facility equipment, like scanner serials); a unit's supply
 *   requisition and purchase-order numbers; NCPDP pharmacy IDs, Rx BIN and PCN (routing numbers of a
 *   plan, not of a member); match scores; page numbers; versions.
 */
import {
  A, ALLERGIES, BASE_CSS, D, G, MEDS, MON, MONTH, N, P, PROBLEMS, STREET_NAMES, STREET_SUFFIX, US_PLACES, WEEKDAY,
  ageOn, fp, ft, h, luhnCheckDigit, pad, phi, sexLetter, sexWord, vitals,
  type Part, type Patient, type Phone, type ProbePage, type Provider, type Relative, type Screen, type Sex,
} from './probe-pages';
import { generateLayoutPages, type Layout } from './holdout-pages';

export const UNSEEN_SEED = 23_092_025;
/** "Today" for every page (a Tuesday): fixed so the corpus is the same on every run. */
const TODAY = new Date('2025-09-23T13:05:00Z');

// ---------------------------------------------------------------------------------------------
// Names of many origins

interface Pool {
  f: string[];
  m: string[];
  last: string[];
  midF?: string[];
  midM?: string[];
  /** Given names used as nicknames or "preferred" names. */
  nickF?: string[];
  nickM?: string[];
  suffixes?: boolean;
}

const POOLS: Record<string, Pool> = {
  yoruba: {
    f: ['Folasade', 'Omolara', 'Adunni', 'Titilayo', 'Yetunde', 'Morenike'],
    m: ['Olumide', 'Ayodele', 'Oluwafemi', 'Kayode', 'Babajide', 'Adeniyi'],
    last: ['Adebayo', 'Oyelaran', 'Ogunbiyi', 'Akinola', 'Oladipo', 'Adeyemi-Cole', 'Fashola'],
    midF: ['Abimbola', 'Temitope', 'Oluwaseun'], midM: ['Adewale', 'Olusegun', 'Temitope'],
    nickF: ['Lara', 'Sade'], nickM: ['Femi', 'Jide'],
  },
  igbo: {
    f: ['Chidinma', 'Nkechi', 'Uchenna', 'Ifeoma', 'Amarachi', 'Chinyere'],
    m: ['Chinedu', 'Ikechukwu', 'Nnamdi', 'Obiora', 'Chibuzo', 'Ebuka'],
    last: ['Okeke', 'Nwachukwu', 'Obi', 'Eze-Udeh', 'Onyekachi', 'Uzoma', 'Okoro'],
    midF: ['Adaora', 'Ngozi'], midM: ['Chukwudi', 'Emeka'],
    nickF: ['Ada', 'Chichi'], nickM: ['Ike', 'Nedu'],
  },
  tamil: {
    f: ['Meenakshi', 'Tamilselvi', 'Kalaivani', 'Yazhini', 'Revathi'],
    m: ['Senthil Kumar', 'Murugan', 'Karthikeyan', 'Thirunavukkarasu', 'Saravanan'],
    last: ['Ramasamy', 'Sundaram', 'Palaniappan', 'Arumugam', 'Chidambaram'],
  },
  telugu: {
    f: ['Sravani', 'Lakshmi Prasanna', 'Padmaja', 'Sirisha', 'Bhavani'],
    m: ['Venkata Ramana', 'Srinivasa Rao', 'Naga Chaitanya', 'Ravi Teja', 'Suresh Babu'],
    last: ['Vemulapalli', 'Gollapudi', 'Kotamraju', 'Yarlagadda', 'Bommireddy'],
  },
  punjabi: {
    f: ['Harjeet', 'Manpreet', 'Simranjit', 'Rajwinder', 'Navdeep'],
    m: ['Gurdeep', 'Jaswinder', 'Harbhajan', 'Sukhwinder', 'Paramjit'],
    last: ['Sandhu', 'Dhillon', 'Grewal', 'Gill', 'Brar', 'Sidhu'],
    midF: ['Kaur'], midM: ['Singh'],
  },
  filipino: {
    f: ['Maricel', 'Rowena', 'Lourdes', 'Jocelyn', 'Ma. Theresa', 'Luzviminda'],
    m: ['Rodrigo', 'Bienvenido', 'Ronaldo', 'Jun', 'Ferdinand', 'Renato'],
    last: ['Dela Cruz', 'Bautista', 'Macaraeg', 'Villanueva', 'Dimaculangan', 'Santos'],
    midF: ['Reyes', 'Mendoza', 'Manalo'], midM: ['Reyes', 'Mendoza', 'Aquino'],
    nickF: ['Baby', 'Marites'], nickM: ['Boy', 'Jojo', 'Bong'],
  },
  samoan: {
    f: ['Malia', 'Sina', 'Losa', 'Fetu', 'Lagi'],
    m: ['Tavita', 'Sione', 'Iosefa', 'Falaniko', 'Sefo'],
    last: ['Tuilagi', 'Faleolo', 'Leota', 'Sapolu', 'Aumua', 'Fa\u2019amausili'],
  },
  hmong: {
    f: ['Mai Nou', 'Pa Houa', 'Bao', 'Youa', 'Kia'],
    m: ['Tou', 'Chue', 'Xeng', 'Pao', 'Nhia'],
    last: ['Vang', 'Xiong', 'Yang', 'Thao', 'Lor', 'Moua'],
  },
  somali: {
    f: ['Hodan', 'Faadumo', 'Ayaan', 'Sahra', 'Ubah'],
    m: ['Abdirahman', 'Mahad', 'Liban', 'Abdiwali', 'Guled'],
    last: ['Warsame', 'Farah', 'Abdi', 'Mohamud', 'Hirsi', 'Egal'],
    midF: ['Abdi', 'Hassan', 'Nur'], midM: ['Abdi', 'Hassan', 'Nur'],
  },
  ethiopian: {
    f: ['Tigist', 'Meseret', 'Selamawit', 'Hiwot', 'Bethlehem'],
    m: ['Tesfaye', 'Dawit', 'Yohannes', 'Getachew', 'Abebe'],
    last: ['Bekele', 'Haile', 'Tadesse', 'Gebremariam', 'Wolde-Giorgis', 'Alemu'],
  },
  polish: {
    f: ['Małgorzata', 'Grażyna', 'Katarzyna', 'Jadwiga', 'Agata'],
    m: ['Krzysztof', 'Wojciech', 'Grzegorz', 'Tadeusz', 'Łukasz'],
    last: ['Nowak', 'Wójcik', 'Kaczmarek', 'Mazur', 'Krawczyk', 'Szczepaniak'],
    midF: ['Maria', 'Anna'], midM: ['Jan', 'Józef'],
    nickF: ['Gosia', 'Kasia'], nickM: ['Krzys', 'Wojtek'],
  },
  greek: {
    f: ['Eleni', 'Konstantina', 'Panagiota', 'Vasiliki', 'Despina'],
    m: ['Georgios', 'Panagiotis', 'Dimitrios', 'Spyridon', 'Athanasios'],
    last: ['Papadopoulos', 'Karagiannis', 'Oikonomou', 'Christodoulou', 'Vlachos', 'Papadopoulos-Smith'],
    nickF: ['Nitsa', 'Voula'], nickM: ['Takis', 'Jimmy', 'Spiro'],
  },
  portuguese: {
    f: ['Maria da Conceição', 'Fátima', 'Rosa Maria', 'Graça', 'Leonor'],
    m: ['João Paulo', 'Manuel', 'Joaquim', 'Armando', 'Fernando'],
    last: ['Ferreira da Costa', 'Gonçalves', 'Rodrigues Pereira', 'Magalhães', 'dos Reis', 'Medeiros'],
  },
  dutch: {
    f: ['Geertruida', 'Sanne', 'Marieke', 'Hendrika', 'Femke'],
    m: ['Hendrik', 'Joost', 'Maarten', 'Gerrit', 'Sjoerd'],
    last: ['van den Bosch', 'de Vries', 'van der Meer', 'Bakker', 'ter Horst', "van 't Hof", 'VanderWal'],
    midF: ['Johanna', 'Wilhelmina'], midM: ['Cornelis', 'Jacobus'],
    nickF: ['Truus', 'Riek'], nickM: ['Henk', 'Gert'],
  },
  scottish: {
    f: ['Morag', 'Catriona', 'Isla', 'Fiona', 'Eilidh'],
    m: ['Angus', 'Hamish', 'Callum', 'Ewan', 'Fraser'],
    last: ['MacLeod', 'MacDonald', 'Mackenzie', 'McAllister', 'MacIntyre', 'Buchanan', 'Mackay-Ross'],
    midF: ['Jean', 'Margaret'], midM: ['James', 'Alasdair'],
    nickF: ['Katie', 'Mo'], nickM: ['Gus', 'Sandy'],
    suffixes: true,
  },
  hawaiian: {
    f: ['Leilani', 'Kalena', 'Noelani', 'Mahina', 'Pualani'],
    m: ['Keoni', 'Kainoa', 'Makoa', 'Kalani', 'Ikaika'],
    last: ['Kahananui', 'Kealoha', 'Kanahele', 'Akana', 'Kamakau', 'Nakoa-Silva'],
    midF: ['Kuʻuipo', 'Hōkū'], midM: ['Kekoa', 'Kamuela'],
  },
  nativeAmerican: {
    f: ['Winona', 'Shandiin', 'Darlene', 'Naomi', 'Tallulah'],
    m: ['Delbert', 'Wilson', 'Sheldon', 'Kee', 'Leland'],
    last: ['Begay', 'Yazzie', 'Tsosie', 'Benally', 'Two Bulls', 'Whitehorse', 'Spotted Elk'],
    midF: ['Rose', 'Marie'], midM: ['Ray', 'Joe'],
    suffixes: true,
  },
  japanese: {
    f: ['Yuki', 'Haruka', 'Keiko', 'Sachiko', 'Emiko'],
    m: ['Hiroshi', 'Takeshi', 'Kenji', 'Daisuke', 'Masaru'],
    last: ['Takahashi', 'Yamamoto', 'Nakamura', 'Watanabe', 'Kobayashi', 'Matsumoto'],
  },
  persian: {
    f: ['Shirin', 'Parisa', 'Maryam', 'Farnaz', 'Golnar'],
    m: ['Reza', 'Dariush', 'Kourosh', 'Mehdi', 'Bahram'],
    last: ['Hosseini', 'Tehrani', 'Moradi', 'Rahimzadeh', 'Ghorbani', 'Farahani'],
  },
  words: {
    f: ['Hope', 'Faith', 'Rose', 'Sunny', 'Victory', 'Ivory', 'Charity', 'Summer', 'Destiny', 'Joy'],
    m: ['Bill', 'Will', 'Rocky', 'Gene', 'Chance', 'Major', 'Cash', 'Sunny', 'Art', 'King'],
    last: ['Stone', 'Brown', 'Young', 'Will', 'Love', 'Story', 'Rich', 'Sterling', 'Wise', 'Frost', 'Short', 'Moody', 'Hope', 'Street'],
    midF: ['Ann', 'Lynn', 'Marie', 'Dawn'], midM: ['Lee', 'Earl', 'Dean', 'Roy'],
    nickF: ['Sissy', 'Birdie'], nickM: ['Buddy', 'Tex'],
    suffixes: true,
  },
};
const US_POOLS = Object.keys(POOLS);
const DE_POOL: Pool = {
  f: ['Ursula', 'Sabine', 'Heike', 'Annegret', 'Jutta', 'Hildegard'],
  m: ['Jürgen', 'Klaus-Dieter', 'Wolfgang', 'Horst', 'Uwe', 'Friedhelm'],
  last: ['Müller', 'Schröder', 'Weiß', 'Schmidt-Hansen', 'Köhler', 'Großmann', 'von Ahlefeldt'],
  midF: ['Maria', 'Elisabeth'], midM: ['Georg', 'Wilhelm'],
};
const FR_POOL: Pool = {
  f: ['Françoise', 'Amélie', 'Geneviève', 'Marie-Claude', 'Solène', 'Nadège'],
  m: ['Jean-Pierre', 'Benoît', 'Hervé', 'Loïc', 'Thierry', 'Gérard'],
  last: ['Lefèvre', 'Dubois', 'Moreau', 'Girard', 'Le Gall', 'Fournier-Martin', 'Desjardins'],
};
const ES_POOL: Pool = {
  f: ['Lucía', 'Carmen', 'Pilar', 'Montserrat', 'Ainhoa', 'María José'],
  m: ['Jordi', 'Xavier', 'Íñigo', 'Alejandro', 'José Antonio', 'Fermín'],
  last: ['Fernández', 'Ortega', 'Sánchez', 'Muñoz', 'Iglesias', 'Echeverría', 'Ibáñez', 'Castro'],
};
const NL_POOL: Pool = {
  f: ['Geertje', 'Anouk', 'Wilhelmina', 'Femke', 'Tineke'],
  m: ['Jan-Willem', 'Sjoerd', 'Gerrit', 'Pieter', 'Bram'],
  last: ['Bosch', 'Meer', 'Berg', 'Dijk', 'Heuvel', 'Vries'],
};

interface Name {
  sex: Sex;
  first: string;
  middle: string;
  last: string;
  suffix: string;
  nick: string;
}

interface Pt extends Patient, Name {
  pool: string;
  spouse: Relative & Name;
  child: Relative & Name;
  mother: Name;
}

function drawFrom(g: G, p: Pool, sex: Sex, last?: string, notFirst?: string): Name {
  const firsts = (sex === 'female' ? p.f : p.m).filter((f) => f !== notFirst);
  const mid = sex === 'female' ? p.midF : p.midM;
  const nicks = sex === 'female' ? p.nickF : p.nickM;
  return {
    sex,
    first: g.pick(firsts),
    middle: mid && g.chance(0.7) ? g.pick(mid) : '',
    last: last ?? g.pick(p.last),
    suffix: sex === 'male' && p.suffixes && g.chance(0.3) ? g.pick(['Jr.', 'Sr.', 'III', 'II']) : '',
    nick: nicks && g.chance(0.35) ? g.pick(nicks) : '',
  };
}

function drawName(g: G, pool: string, sex: Sex, last?: string, notFirst?: string): Name {
  return drawFrom(g, POOLS[pool]!, sex, last, notFirst);
}

/** Without diacritics, as claim forms, wristbands and X12 carry names. */
function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f\u02bb\u2019']/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ß/g, 'ss');
}

function emailOf(g: G, n: Name): string {
  const clean = (s: string) => ascii(s).toLowerCase().replace(/[^a-z]/g, '');
  const first = clean(n.first.split(/[\s-]/)[0]!);
  const last = clean(n.last);
  const user = g.pick([`${first}.${last}`, `${first}${last}${g.int(1, 99)}`, `${first.charAt(0)}${last}`, `${last}_${first}`, `${first}${g.int(1960, 2005)}`]);
  return `${user}@${g.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'proton.me', 'hotmail.com', 'att.net'])}`;
}

function patient(g: G, minAge: number, maxAge: number, pool = g.pick(US_POOLS)): Pt {
  const base = g.patient(minAge, maxAge);
  const name = drawName(g, pool, base.sex);
  const spouseSex: Sex = base.sex === 'female' ? 'male' : 'female';
  const spouse = { ...base.spouse, ...drawName(g, pool, spouseSex, name.last, name.first), relation: spouseSex === 'female' ? 'wife' : 'husband', suffix: '' };
  const childSex: Sex = g.chance(0.55) ? 'female' : 'male';
  const child = {
    ...base.child,
    ...drawName(g, pool, childSex, childSex === 'male' || g.chance(0.4) ? name.last : undefined, name.first),
    relation: childSex === 'female' ? 'daughter' : 'son',
    suffix: '',
  };
  const mother = drawName(g, pool, 'female');
  const p: Pt = { ...base, ...name, pool, spouse, child, mother, maiden: mother.last, prefix: name.sex === 'female' ? g.pick(['Mrs.', 'Ms.', 'Ms.', 'Miss']) : 'Mr.' };
  p.email = emailOf(g, p);
  return p;
}

/** Clinicians come from the same pools: their names are not PHI. */
function clinician(g: G, credentials = ['MD', 'MD', 'DO', 'NP', 'PA-C', 'MD']): Provider {
  const n = drawName(g, g.pick(US_POOLS), g.pick(['female', 'male'] as const));
  return { first: n.first, last: n.last, credential: g.pick(credentials) };
}

const sfx = (n: Name) => (n.suffix ? ` ${n.suffix}` : '');
/** 'Faith "Birdie" Ann Stone' */
const fullName = (n: Name, middle = true) => `${n.first}${n.nick ? ` "${n.nick}"` : ''}${middle && n.middle ? ` ${n.middle}` : ''} ${n.last}${sfx(n)}`;
const firstLast = (n: Name) => `${n.first} ${n.last}${sfx(n)}`;
/** "Stone Jr., Will L" */
const lastFirst = (n: Name, mi = true) => `${n.last}${sfx(n)}, ${n.first}${mi && n.middle ? ` ${n.middle.charAt(0)}` : ''}`;
const LASTFIRST = (n: Name, mi = true) => ascii(lastFirst(n, mi)).toUpperCase();
const drName = (p: Provider) => `Dr. ${p.first} ${p.last}`;
const provFLC = (p: Provider) => `${p.first} ${p.last}, ${p.credential}`;
const provLFC = (p: Provider) => `${p.last}, ${p.first} ${p.credential}`;
const provInit = (p: Provider) => `${p.first.charAt(0)}${p.last.charAt(0)}`.toUpperCase();
const street = (p: Patient) => (p.unit ? `${p.street} ${p.unit}` : p.street);
const U = (s: string) => ascii(s).toUpperCase();
const he = (n: Name) => (n.sex === 'female' ? 'she' : 'he');
const He = (n: Name) => (n.sex === 'female' ? 'She' : 'He');
const his = (n: Name) => (n.sex === 'female' ? 'her' : 'his');
const him = (n: Name) => (n.sex === 'female' ? 'her' : 'him');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A second address (a guarantor's or a relative's who lives elsewhere). */
function address(g: G): { street: string; city: string; state: string; zip: string } {
  const [city, state, zip3] = g.pick(US_PLACES);
  return { street: `${g.int(2, 2999)} ${g.pick(STREET_NAMES)} ${g.pick(STREET_SUFFIX)}`, city, state, zip: zip3 + g.digits(2) };
}

const at = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);
const daysFrom = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);
/** The same moment at hh:mm (UTC). */
function t(d: Date, hh: number, mm: number): Date {
  const x = new Date(d.getTime());
  x.setUTCHours(hh, mm, 0, 0);
  return x;
}

function money(g: G, min: number, max: number): string {
  return (g.int(min * 100, max * 100) / 100).toFixed(2);
}

/** An adult's date of birth `min`-`max` years before today. */
function dobAged(g: G, min: number, max: number): Date {
  const d = g.f.date.birthdate({ mode: 'age', min, max, refDate: g.today });
  d.setUTCHours(0, 0, 0, 0);
  return d;
}

// ---------------------------------------------------------------------------------------------
// Dates, phones, postcodes and check-digit numbers beyond the first probe's

const MON_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MON_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const DAY_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MON_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MON_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const DAY_EN3 = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

type XStyle =
  | 'dotted' // 23.09.2025
  | 'dotted2' // 23.09.25
  | 'isoT' // 2025-09-23T08:30
  | 'apos' // Sep 23 '25
  | 'mil' // 23SEP2025
  | 'milShort' // 23 SEP 25
  | 'ymdSlash' // 2025/09/23
  | 'dmyDash' // 23-09-2025
  | 'mdyDash' // 09-23-2025
  | 'dmyShort' // 23/09/25
  | 'dowMd' // Tue 9/23
  | 'dowMon' // Tue, Sep 23
  | 'monD' // Sep 23
  | 'de' // 23. September 2025
  | 'fr' // 23 septembre 2025
  | 'frDay' // mardi 23 septembre 2025
  | 'es' // 23 de septiembre de 2025
  | 'esShort' // 23-sep-2025
  | 'nl' // 23 september 2025
  | 'lowerMon'; // 23-sep-25

function fx(d: Date, style: XStyle): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const yy = String(y).slice(2);
  switch (style) {
    case 'dotted': return `${pad(day)}.${pad(m + 1)}.${y}`;
    case 'dotted2': return `${pad(day)}.${pad(m + 1)}.${yy}`;
    case 'isoT': return `${y}-${pad(m + 1)}-${pad(day)}T${ft(d, '24')}`;
    case 'apos': return `${MON[m]} ${day} '${yy}`;
    case 'mil': return `${pad(day)}${MON[m]!.toUpperCase()}${y}`;
    case 'milShort': return `${pad(day)} ${MON[m]!.toUpperCase()} ${yy}`;
    case 'ymdSlash': return `${y}/${pad(m + 1)}/${pad(day)}`;
    case 'dmyDash': return `${pad(day)}-${pad(m + 1)}-${y}`;
    case 'mdyDash': return `${pad(m + 1)}-${pad(day)}-${y}`;
    case 'dmyShort': return `${pad(day)}/${pad(m + 1)}/${yy}`;
    case 'dowMd': return `${DAY_EN3[d.getUTCDay()]} ${m + 1}/${day}`;
    case 'dowMon': return `${DAY_EN3[d.getUTCDay()]}, ${MON[m]} ${day}`;
    case 'monD': return `${MON[m]} ${day}`;
    case 'de': return `${day}. ${MON_DE[m]} ${y}`;
    case 'fr': return `${day === 1 ? '1er' : day} ${MON_FR[m]} ${y}`;
    case 'frDay': return `${DAY_FR[d.getUTCDay()]} ${day === 1 ? '1er' : day} ${MON_FR[m]} ${y}`;
    case 'es': return `${day} de ${MON_ES[m]} de ${y}`;
    case 'esShort': return `${pad(day)}-${MON_ES[m]!.slice(0, 3)}-${y}`;
    case 'nl': return `${day} ${MON_NL[m]} ${y}`;
    case 'lowerMon': return `${pad(day)}-${MON[m]!.toLowerCase()}-${yy}`;
  }
}

/** A marked date in one of the extra formats, with an optional glued time. */
function X(d: Date, style: XStyle, time?: '24' | '12' | '24c', sep = ' '): string {
  return phi('DATE', time ? fx(d, style) + sep + ft(d, time) : fx(d, style));
}

type Cc = 'de' | 'fr' | 'es' | 'nl' | 'uk' | 'ie' | 'ph' | 'ws' | 'so' | 'et' | 'in' | 'jp' | 'ir' | 'ng' | 'mx' | 'pl' | 'gr' | 'pt';

/** An international phone number in the way that country writes it (with the +code when `plus`). */
function intl(g: G, cc: Cc, plus = true): string {
  const d = (n: number) => g.digits(n);
  switch (cc) {
    case 'de': return g.chance(0.5) ? (plus ? `+49 ${g.pick(['151', '160', '171', '176'])} ${d(8)}` : `0${g.pick(['151', '160', '171', '176'])} ${d(7)}`) : plus ? `+49 ${g.pick(['30', '40', '89', '221'])} ${d(7)}` : `0${g.pick(['30', '40', '89', '221'])} ${d(3)} ${d(4)}`;
    case 'fr': { const n = `${g.pick(['6', '7', '1', '4', '5'])} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`; return plus ? `+33 ${n}` : `0${n}`; }
    case 'es': return plus ? `+34 ${g.pick(['6', '7'])}${d(2)} ${d(3)} ${d(3)}` : `${g.pick(['91', '93', '96', '95'])} ${d(3)} ${d(2)} ${d(2)}`;
    case 'nl': return plus ? `+31 6 ${d(4)} ${d(4)}` : g.pick([`06-${d(8)}`, `020-${d(7)}`, `010 ${d(3)} ${d(4)}`]);
    case 'uk': return plus ? `+44 7${g.int(400, 999)} ${d(6)}` : `07${g.int(400, 999)} ${d(6)}`;
    case 'ie': return plus ? `+353 8${g.pick(['3', '5', '6', '7'])} ${d(3)} ${d(4)}` : `08${g.pick(['3', '5', '6', '7'])} ${d(3)} ${d(4)}`;
    case 'ph': return `+63 9${d(2)} ${d(3)} ${d(4)}`;
    case 'ws': return `+685 7${d(6)}`;
    case 'so': return `+252 61 ${d(7)}`;
    case 'et': return `+251 9${d(2)} ${d(3)} ${d(4)}`;
    case 'in': return `+91 9${d(4)} ${d(5)}`;
    case 'jp': return `+81 90-${d(4)}-${d(4)}`;
    case 'ir': return `+98 912 ${d(3)} ${d(4)}`;
    case 'ng': return `+234 80${d(1)} ${d(3)} ${d(4)}`;
    case 'mx': return `+52 1 55 ${d(4)} ${d(4)}`;
    case 'pl': return `+48 ${g.int(500, 799)} ${d(3)} ${d(3)}`;
    case 'gr': return `+30 69${d(1)} ${d(3)} ${d(4)}`;
    case 'pt': return `+351 91${d(1)} ${d(3)} ${d(3)}`;
  }
}

/** A US number in a form the first probe does not write: "+1 (413) 782-0141 ext. 214", "413 782 0141". */
function usPhone(p: Phone, style: 'plusParen' | 'spaces' | 'ext' | 'x' | 'oneDash', ext = ''): string {
  switch (style) {
    case 'plusParen': return `+1 (${p.area}) ${p.exchange}-${p.line}`;
    case 'spaces': return `${p.area} ${p.exchange} ${p.line}`;
    case 'ext': return `(${p.area}) ${p.exchange}-${p.line} ext. ${ext}`;
    case 'x': return `${p.area}-${p.exchange}-${p.line} x${ext}`;
    case 'oneDash': return `1-${p.area}-${p.exchange}-${p.line}`;
  }
}

const NL_POSTCODE_LETTERS = 'ABCEGHJKLNPRSTVWXZ';


/** An MRN with letters, dashes and a check digit, in one of several house styles. */
function mrnStyled(g: G, style: number): string {
  const body = g.digits(7);
  switch (style % 6) {
    case 0: return `${g.pick(['NG', 'MR', 'HS'])}-${body}-${luhnCheckDigit(body)}`;
    case 1: return `${g.upper(1)}${body.slice(0, 3)}-${body.slice(3)}`;
    case 2: return `${body}${luhnCheckDigit(body)}`;
    case 3: return `${g.upper(3)}${g.digits(6)}`;
    case 4: return `00${body.slice(0, 2)}-${body.slice(2, 5)}-${body.slice(5)}`;
    default: return `${body.slice(0, 3)}.${body.slice(3)}/${luhnCheckDigit(body)}`;
  }
}

/** A provider's NPI (Luhn over 80840 + 9 digits): not PHI, a hard negative shaped like an ID. */
function npi(g: G): string {
  const body = `${g.pick(['1', '2'])}${g.digits(8)}`;
  return body + luhnCheckDigit(`80840${body}`);
}

/** Medicare Beneficiary Identifier, 11 characters. */
function mbi(g: G): string {
  const L = 'ACDEFGHJKMNPQRTUVWXY';
  return `${g.int(1, 9)}${g.letters(1, L)}${g.letters(1, L + '0123456789')}${g.int(0, 9)}${g.letters(1, L)}${g.letters(1, L + '0123456789')}${g.int(0, 9)}${g.letters(2, L)}${g.int(0, 9)}${g.int(0, 9)}`;
}

/** A private payer member ID with a prefix and a dependant suffix. */
function memberId(g: G): string {
  return g.pick([`${g.upper(3)}${g.digits(9)}`, `${g.upper(1)}${g.digits(8)} ${pad(g.int(1, 3))}`, `${g.digits(9)}-0${g.int(1, 4)}`, `W${g.digits(10)}`]);
}

const FACILITY = ['Kestrel Valley Medical Center', 'St. Brendan Regional Hospital', 'Harborview Community Health', 'Pine Hollow Family Practice', 'Mount Carmel Kidney Institute', 'Eastfield Women\u2019s Health'];

// ---------------------------------------------------------------------------------------------
// 1. NextGen-like encounter summary with collapsible sections; Allscripts-like note with labels above values

function encounterSummary(g: G, k: number): Screen {
  const p = patient(g, k === 0 ? 55 : 90, k === 0 ? 84 : 97, k === 0 ? 'words' : 'scottish');
  const prov = clinician(g);
  const ma = clinician(g, ['MA', 'CMA', 'LPN']);
  const visit = g.past(0, 0.2);
  const v = vitals(g);
  const meds = g.some(MEDS, 3, 5);
  const problems = g.some(PROBLEMS, 3, 4);
  const allergies = g.some(ALLERGIES, 1, 2);
  const mrn = mrnStyled(g, k === 0 ? 0 : 3);
  const enc = g.digits(8);
  const onset = g.past(5, 18);
  const lastVisit = g.past(90, 200);
  const nextVisit = g.future(28, 35);
  const proxy = p.child;
  const a1c = (g.int(62, 94) / 10).toFixed(1);
  const practice = g.pick(FACILITY);
  if (k === 0) {
    const sec = (title: string, body: Part, open = true) => h`
  <details class="ng-section"${open ? h` open` : ''}><summary>${title}</summary><div class="ng-body">${body}</div></details>`;
    return {
      title: 'NextGen Enterprise EHR - Encounter Summary',
      css: BASE_CSS + '.ng-banner{background:#0b3d5c;color:#fff;padding:6px 10px}.ng-banner .k{opacity:.7;margin-left:14px}.ng-section{border-bottom:1px solid #cfd8dc;margin:0 10px}.ng-section summary{font-weight:bold;color:#0b3d5c;cursor:pointer;padding:4px 0}',
      body: h`
<div class="ng-menu"><span>File</span> <span>Edit</span> <span>View</span> <span>Admin</span> <span>Tools</span> <span>Window</span> <span>Help</span> <span class="ver">NextGen Enterprise 8.3.12</span></div>
<div class="ng-banner patient-banner">
  <span class="nm">${N(lastFirst(p, false))}</span>
  <span class="k">DOB</span> ${D(p.dob, 'mdy')} <span class="k">Age</span> ${A(p.age, ' yrs')} <span class="k">Sex</span> ${sexWord(p)}
  <span class="k">MRN</span> ${phi('MRN', mrn)} <span class="k">Enc</span> ${phi('ACCOUNT', enc)}
  <span class="k">Ins</span> ${p.payer} <span class="k">PCP</span> ${prov.last}, ${prov.first}
  ${p.nick ? h`<span class="k">Goes by</span> ${N(p.nick)}` : ''}
</div>
<div class="ng-enc-bar">Encounter ${D(visit, 'mdy', '12')} · ${practice} · Rendering ${provFLC(prov)} · Status Checked out</div>
${sec('Chief Complaint', h`<p>f/u diabetes, knee pain x 2 wks</p>`)}
${sec('History of Present Illness', h`<p>${N(`${p.prefix} ${p.last}`)} is a ${A(p.age, ' y/o')} ${sexWord(p).toLowerCase()} seen for follow-up. Reports R knee pain since ${D(onset, 'md')}, worse on stairs; no trauma. Tried ibuprofen with some relief. Glucose log reviewed: fasting 130s. ${He(p)} hopes to return to walking with ${his(p)} ${p.spouse.relation}, ${N(p.spouse.first)}, who will drive ${him(p)} to PT. Pt's ${proxy.relation} ${N(firstLast(proxy))} is proxy on the portal (${phi('EMAIL', emailOf(g, proxy))}).</p>`)}
${sec('Review of Systems', h`<table class="ros"><tr><td>Constitutional</td><td>Negative for fever, weight loss</td></tr><tr><td>Musculoskeletal</td><td>Positive for joint pain (R knee). Negative for swelling.</td></tr><tr><td>Skin</td><td>Negative for rash; brown spot L forearm unchanged</td></tr><tr><td>Neuro</td><td>Negative for numbness</td></tr></table>`)}
${sec('Vitals', h`<table class="vs"><tr><th>Taken</th><th>BP</th><th>Pulse</th><th>Temp</th><th>Wt</th><th>BMI</th><th>SpO2</th><th>By</th></tr>
  <tr><td>${ft(at(visit, 5), '12')}</td><td>${v.sys}/${v.dia}</td><td>${v.hr}</td><td>${v.tempF}</td><td>${v.weightLb} lb</td><td>${v.bmi}</td><td>${v.spo2}%</td><td>${ma.first} ${ma.last}, ${ma.credential}</td></tr></table>`)}
${sec('Physical Exam', h`<p>Gen: well-appearing. R knee: mild effusion, crepitus, McMurray negative, Lachman negative. Feet: monofilament intact, no ulcers.</p>`)}
${sec('Problems', h`<ul>${problems.map(([name, code]) => h`<li>${name} <span class="icd">${code}</span></li>`)}</ul>`, false)}
${sec('Medications', h`<ul>${meds.map(([name, sig]) => h`<li>${name} — ${sig}</li>`)}</ul>`, false)}
${sec('Allergies', h`<ul>${allergies.map(([name, r]) => h`<li>${name} (${r})</li>`)}</ul>`, false)}
${sec('Results', h`<p>HbA1c ${a1c} % (${D(lastVisit, 'mdy')}); LDL 92 mg/dL; eGFR 71 mL/min/1.73m2; UACR 18 mg/g. XR R knee 3 views: tricompartmental OA, Kellgren-Lawrence grade 2.</p>`)}
${sec('Assessment / Plan', h`<ol><li>Primary osteoarthritis of right knee (M17.11): PT referral, topical diclofenac 1% gel QID; consider steroid injection next visit.</li><li>Type 2 DM (E11.9): continue metformin; A1c in 3 mo.</li><li>Will recheck BP at nurse visit; young adult grandson may help with log.</li></ol>`)}
${sec('Orders', h`<table><tr><th>Order</th><th>Code</th><th>Status</th></tr><tr><td>Physical therapy eval &amp; treat</td><td>97161</td><td>Sent</td></tr><tr><td>Hemoglobin A1c</td><td>83036</td><td>Future</td></tr><tr><td>Office visit, est, moderate</td><td>99214</td><td>Billed</td></tr></table>`)}
${sec('Follow Up', h`<p>Return in 4 weeks, ${D(nextVisit, 'weekday', '12', ' at ')}. Reminder text to ${P(p.cell, 'dot')}.</p>`)}
${sec('Patient Demographics', h`<table><tr><td>Address</td><td>${phi('ADDRESS', street(p))}</td></tr><tr><td>City/State/Zip</td><td>${phi('ADDRESS', p.city)}, ${p.state} ${phi('ZIP', p.zip)}</td></tr><tr><td>Home</td><td>${P(p.home, 'paren')}</td></tr><tr><td>Emergency contact</td><td>${N(firstLast(p.spouse))} (spouse) ${phi('PHONE', usPhone(p.spouse.phone, 'spaces'))}</td></tr></table>`, false)}
<div class="ng-foot">Signed by ${provFLC(prov)} on ${D(at(visit, 95), 'mdy', '12')} · Page 1 of 2 · NPI ${npi(g)}</div>`,
    };
  }
  // Allscripts TouchWorks-like clinical desktop: label above value, no colons, ALL CAPS labels.
  const field = (label: string, value: Part) => h`<div class="tw-field"><div class="tw-label">${label}</div><div class="tw-value">${value}</div></div>`;
  const poa = p.child;
  const gp = p.spouse;
  return {
    title: 'Allscripts TouchWorks EHR - Note',
    css: BASE_CSS + '.tw-field{display:inline-block;vertical-align:top;margin:4px 14px 4px 0}.tw-label{font-size:10px;color:#6a6a6a;text-transform:uppercase}.tw-value{font-size:13px}.tw-card{border:1px solid #c8c8c8;margin:8px;padding:6px}',
    body: h`
<div class="tw-top">TouchWorks · Clinical Desktop · Worklist · Chart · Note · Rx · Orders · Results · ${provInit(prov).toLowerCase()}${g.int(10, 99)}</div>
<div class="tw-card tw-banner">
  ${field('PATIENT', N(LASTFIRST(p)))}
  ${field('DOB', D(p.dob, 'dmon'))}
  ${field('AGE', A(p.age, 'Y'))}
  ${field('SEX', sexLetter(p))}
  ${field('MRN', phi('MRN', mrn))}
  ${field('ENCOUNTER', phi('ACCOUNT', enc))}
  ${field('PCP', `${prov.last.toUpperCase()}, ${prov.first.toUpperCase()}`)}
  ${field('CODE STATUS', 'DNR / DNI')}
</div>
<div class="tw-card">
  <div class="tw-h">Note · Home Visit · ${D(visit, 'dmon', '24')}</div>
  ${field('CHIEF COMPLAINT', 'Fall at home, no injury; memory decline')}
  ${field('INFORMANT', h`${N(firstLast(poa))} (${poa.relation}, HCPOA)`)}
  ${field('CALLBACK', phi('PHONE', usPhone(poa.phone, 'plusParen')))}
  <div class="tw-text"><p>${phi('AGE_OVER_89', `${p.age} yo`)} ${sexWord(p).toLowerCase()} with Parkinson's disease, CKD 3a and hx of Graves' disease s/p RAI (1998), seen at home after a fall ${X(g.past(2, 6), 'dowMon')}. Found by ${his(p)} ${gp.relation} ${N(gp.first)} sitting on the kitchen floor; down &lt; 10 min. No head strike per ${gp.relation}. Uses a rollator; still drives short distances (licence ${phi('DRIVERS_LICENSE', p.dl)} renews ${D(g.future(60, 200), 'monyyyy')}) which family would like reviewed.</p>
  <p>Lives at ${phi('ADDRESS', street(p))}, ${phi('ADDRESS', p.city)}, two-storey home, bedroom upstairs. ${cap(poa.relation)} lives in ${phi('ADDRESS', address(g).city)} and visits weekends.</p></div>
  ${field('BP', `${v.sys}/${v.dia} sitting · ${v.sys - 24}/${v.dia - 8} standing`)}
  ${field('HR', `${v.hr} bpm`)}
  ${field('MOCA', `${g.int(17, 23)}/30`)}
  ${field('TIMED UP AND GO', `${g.int(16, 28)} s`)}
  <div class="tw-text"><p><b>Assessment</b> Orthostatic hypotension likely contributing; Parkinson disease (G20.A1) progression; mild neurocognitive disorder. <b>Plan</b> reduce carbidopa-levodopa evening dose, compression stockings, PT/OT home safety eval, driving evaluation referral. Discussed with ${N(firstLast(poa))} by phone; will bring ${his(p)} pill organiser ${X(g.future(6, 9), 'dowMd')}.</p></div>
</div>
<div class="tw-card">
  ${field('GUARANTOR', N(firstLast(poa)))}
  ${field('GUARANTOR ADDRESS', h`${phi('ADDRESS', address(g).street)}`)}
  ${field('PHARMACY', 'Walgreens #07718 · 1102 Main St · (413) 732-5540')}
  ${field('REFERRING', drName(clinician(g)))}
  ${field('LAST SEEN', D(lastVisit, 'mdy'))}
  ${field('NEXT APPT', D(nextVisit, 'dmon', '24'))}
</div>
<div class="tw-foot">Signed ${provFLC(prov)} ${D(at(visit, 60), 'dmon', '24')} · v22.1.3</div>`,
  };
}


// ---------------------------------------------------------------------------------------------
// 2. Kareo-like CMS-1500 claim entry (boxes, values split over cells); AdvancedMD-like charge entry

const mm = (d: Date) => pad(d.getUTCMonth() + 1);
const ddd = (d: Date) => pad(d.getUTCDate());
const yy = (d: Date) => String(d.getUTCFullYear()).slice(2);
const yyyy = (d: Date) => String(d.getUTCFullYear());

function claimEntry(g: G, k: number): Screen {
  const p = patient(g, 24, 70, k === 0 ? 'filipino' : 'words');
  const ins = p.spouse;
  const insDob = dobAged(g, 28, 72);
  const prov = clinician(g, ['MD', 'DO']);
  const refProv = clinician(g, ['MD', 'DO', 'NP']);
  const dos = [g.past(1, 8), g.past(9, 20)];
  const onset = g.past(25, 60);
  const acct = `${ascii(p.last).replace(/[^A-Za-z]/g, '').slice(0, 4).toUpperCase()}${g.digits(6)}`;
  const member = memberId(g);
  const auth = `${g.upper(2)}${g.digits(8)}`;
  const ein = `${g.int(10, 99)}-${g.digits(7)}`;
  const lines = [
    ['99214', '25', 'AB', money(g, 160, 240)], ['20610', 'RT', 'A', money(g, 180, 260)], ['J3301', '', 'A', money(g, 12, 30)], ['73562', 'RT', 'A', money(g, 90, 140)],
  ] as const;
  const total = lines.reduce((s, l) => s + Number(l[3]), 0).toFixed(2);
  if (k === 0) {
    const box = (no: string, label: string, value: Part, span = 1) => h`<td colspan="${String(span)}" class="box"><div class="bno">${no} ${label}</div><div class="bval">${value}</div></td>`;
    const split = (d: Date, four = false) => h`<table class="mdy"><tr><th>MM</th><th>DD</th><th>YY</th></tr><tr><td>${phi('DATE', mm(d))}</td><td>${phi('DATE', ddd(d))}</td><td>${phi('DATE', four ? yyyy(d) : yy(d))}</td></tr></table>`;
    return {
      title: 'Kareo - Claim Entry',
      css: BASE_CSS + '.cms{border:2px solid #b22;font:11px Courier New,monospace}.box{border:1px solid #d88;vertical-align:top}.bno{color:#b22;font-size:9px}.bval{font-weight:bold;text-transform:uppercase}.mdy td,.mdy th{border:0;padding:0 4px;font-size:9px}',
      body: h`
<div class="k-nav"><span class="logo">kareo</span> <a>Dashboard</a> <a>Patients</a> <a>Scheduler</a> <a>Encounters</a> <a>Claims</a> <a>Payments</a> <a>Reports</a></div>
<div class="k-crumbs">Claims › Claim ${phi('ID', `${g.int(100000, 999999)}`)} › Edit · Patient ${N(lastFirst(p))} · Patient ID ${phi('MRN', String(g.int(1000, 99999)))} · Case: Default Case</div>
<table class="cms">
<tr>${box('1', 'MEDICARE / MEDICAID / TRICARE / CHAMPVA / GROUP HEALTH PLAN / FECA / OTHER', '[X] GROUP HEALTH PLAN', 2)}${box('1a', "INSURED'S I.D. NUMBER (For Program in Item 1)", phi('HEALTH_PLAN', member), 2)}</tr>
<tr>${box('2', "PATIENT'S NAME (Last Name, First Name, Middle Initial)", N(LASTFIRST(p)))}${box('3', "PATIENT'S BIRTH DATE · SEX", h`${split(p.dob, true)} ${sexLetter(p)}`)}${box('4', "INSURED'S NAME (Last Name, First Name, Middle Initial)", N(LASTFIRST(ins)), 2)}</tr>
<tr>${box('5', "PATIENT'S ADDRESS (No., Street)", phi('ADDRESS', U(street(p))))}${box('6', 'PATIENT RELATIONSHIP TO INSURED', 'SPOUSE')}${box('7', "INSURED'S ADDRESS (No., Street)", 'SAME', 2)}</tr>
<tr>${box('', 'CITY', phi('ADDRESS', U(p.city)))}${box('', 'STATE', p.state)}${box('8', 'RESERVED FOR NUCC USE', '')}${box('', 'CITY · STATE', '')}</tr>
<tr>${box('', 'ZIP CODE', phi('ZIP', p.zip))}${box('', 'TELEPHONE (Include Area Code)', h`<span class="area">(${phi('PHONE', p.home.area)})</span> <span class="num">${phi('PHONE', `${p.home.exchange}-${p.home.line}`)}</span>`)}${box('10', "IS PATIENT'S CONDITION RELATED TO:", 'a. EMPLOYMENT? NO · b. AUTO ACCIDENT? NO · c. OTHER ACCIDENT? YES', 2)}</tr>
<tr>${box('11', "INSURED'S POLICY GROUP OR FECA NUMBER", phi('HEALTH_PLAN', p.groupNo))}${box('11a', "INSURED'S DATE OF BIRTH · SEX", h`${split(insDob)} ${sexLetter(ins)}`)}${box('11c', 'INSURANCE PLAN NAME OR PROGRAM NAME', p.plan, 2)}</tr>
<tr>${box('12', "PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE", h`SIGNATURE ON FILE · DATE ${D(g.past(100, 600), 'mdy2')}`, 2)}${box('13', "INSURED'S OR AUTHORIZED PERSON'S SIGNATURE", 'SIGNATURE ON FILE', 2)}</tr>
<tr>${box('14', 'DATE OF CURRENT ILLNESS, INJURY, or PREGNANCY (LMP) · QUAL 431', split(onset))}${box('15', 'OTHER DATE', '')}${box('17', 'NAME OF REFERRING PROVIDER OR OTHER SOURCE', `DN ${U(refProv.first)} ${U(refProv.last)}`)}${box('17b', 'NPI', npi(g))}</tr>
<tr>${box('21', 'DIAGNOSIS OR NATURE OF ILLNESS OR INJURY · ICD Ind. 0', 'A. M17.11   B. W19.XXXA   C. E11.9   D. I10', 2)}${box('22', 'RESUBMISSION CODE · ORIGINAL REF. NO.', '')}${box('23', 'PRIOR AUTHORIZATION NUMBER', phi('ID', auth))}</tr>
</table>
<table class="lines"><tr><th>24A DATE(S) OF SERVICE From</th><th>To</th><th>B POS</th><th>D CPT/HCPCS</th><th>MOD</th><th>E DX PTR</th><th>F $ CHARGES</th><th>G UNITS</th><th>J RENDERING NPI</th></tr>
${lines.map(([cpt, mod, ptr, fee], i) => {
  const d = dos[i < 2 ? 0 : 1]!;
  return h`<tr><td>${phi('DATE', `${mm(d)} ${ddd(d)} ${yy(d)}`)}</td><td>${phi('DATE', `${mm(d)} ${ddd(d)} ${yy(d)}`)}</td><td>11</td><td>${cpt}</td><td>${mod}</td><td>${ptr}</td><td>${fee}</td><td>${cpt === 'J3301' ? '4' : '1'}</td><td>${npi(g)}</td></tr>`;
})}</table>
<table class="cms">
<tr>${box('25', 'FEDERAL TAX I.D. NUMBER · EIN', ein)}${box('26', "PATIENT'S ACCOUNT NO.", phi('ACCOUNT', acct))}${box('27', 'ACCEPT ASSIGNMENT?', 'YES')}${box('28', 'TOTAL CHARGE', `$ ${total}`)}</tr>
<tr>${box('31', 'SIGNATURE OF PHYSICIAN OR SUPPLIER', h`${U(prov.first)} ${U(prov.last)} ${prov.credential} · DATE ${D(g.today, 'mdy2')}`)}${box('32', 'SERVICE FACILITY LOCATION INFORMATION', 'PINE HOLLOW FAMILY PRACTICE · 88 CANAL ST STE 200 · HOLYOKE MA 01040-5123')}${box('33', 'BILLING PROVIDER INFO & PH # (413) 536-7700', 'PINE HOLLOW FAMILY PRACTICE LLC · PO BOX 4410 · SPRINGFIELD MA 01101-4410', 2)}</tr>
</table>
<div class="k-actions"><button>Save</button> <button>Save &amp; Scrub</button> <button>Send to Clearinghouse</button> <span class="note">Scrubber: 0 errors, 1 warning (modifier 25 with 20610 – documentation required). Last saved ${D(at(g.today, -42), 'mdy', '12')} by ${provInit(clinician(g)).toLowerCase()}_biller.</span></div>`,
    };
  }
  // AdvancedMD-like charge entry: fields as text in a grid, labels left without colons.
  const chart = `${ascii(p.last).replace(/[^A-Za-z]/g, '').slice(0, 4).toUpperCase()}${g.digits(6)}`;
  const guar = p.spouse;
  const guarDob = insDob;
  const ssn4 = g.digits(4);
  const gAddr = address(g);
  const ext = String(g.int(10, 999));
  const claimNo = g.digits(10);
  const recall = g.future(170, 190);
  const row = (a: string, av: Part, b = '', bv: Part = '') => h`<tr><th>${a}</th><td>${av}</td><th>${b}</th><td>${bv}</td></tr>`;
  return {
    title: 'AdvancedMD - Charge Entry',
    css: BASE_CSS + '.amd-h{background:#2f5d8a;color:#fff;padding:4px 8px}.amd-grid th{font-weight:normal;color:#555;width:130px}.amd-grid td{width:230px}.amd-lines td,.amd-lines th{border:1px solid #bbb}',
    body: h`
<div class="amd-h">AdvancedMD · PM · Charge Entry · Office Key ${g.int(100000, 999999)} · ${provInit(clinician(g))}</div>
<div class="amd-bar">Patient ${N(LASTFIRST(p, false))} · Chart ${phi('MRN', chart)} · Acct ${phi('ACCOUNT', g.digits(7))} · <b>Bill to</b> Primary insurance · <b>Hold bill</b> No</div>
<table class="amd-grid">
${row('Resp Party', N(LASTFIRST(guar, false)), 'Relationship', 'Spouse')}
${row('Resp DOB', D(guarDob, 'mdy'), 'Resp SSN', phi('SSN', `***-**-${ssn4}`))}
${row('Address', phi('ADDRESS', gAddr.street), 'City St Zip', h`${phi('ADDRESS', gAddr.city)} ${gAddr.state} ${phi('ZIP', `${gAddr.zip}-${g.digits(4)}`)}`)}
${row('Home', P(guar.phone, 'dash'), 'Work', phi('PHONE', usPhone(p.work, 'x', ext)))}
${row('Patient DOB', D(p.dob, 'mdy'), 'Sex', sexWord(p))}
${row('Primary Ins', `${p.payer} (${p.plan})`, 'Sub ID', phi('HEALTH_PLAN', member))}
${row('Subscriber', N(firstLast(guar)), 'Group', phi('HEALTH_PLAN', p.groupNo))}
${row('Visit Date', D(dos[0]!, 'mdy'), 'Provider', `${prov.last.toUpperCase()}, ${prov.first.toUpperCase()}`)}
${row('Ref Provider', provLFC(refProv), 'Facility', 'PINE HOLLOW FP – MAIN')}
${row('Claim #', phi('ID', claimNo), 'Status', 'Ready to bill')}
${row('Recall', h`Annual exam ${D(recall, 'monyyyy')}`, 'Auth #', phi('ID', auth))}
</table>
<table class="amd-lines"><tr><th>Line</th><th>From</th><th>Proc</th><th>Mod</th><th>Dx 1-4</th><th>Units</th><th>Fee</th><th>Allowed</th><th>Bill Ins</th></tr>
${lines.map(([cpt, mod, , fee], i) => h`<tr><td>${String(i + 1)}</td><td>${D(dos[0]!, 'mdy1')}</td><td>${cpt}</td><td>${mod}</td><td>M17.11 W19.XXXA E11.9</td><td>${cpt === 'J3301' ? '4' : '1'}</td><td>${fee}</td><td>${(Number(fee) * 0.72).toFixed(2)}</td><td>Y</td></tr>`)}
<tr><td colspan="6">Total</td><td>${total}</td><td></td><td></td></tr></table>
<div class="amd-notes"><b>Account notes</b><ul>
  <li>${D(g.past(30, 60), 'mdy1')} – Pt called re: bill from ${D(g.past(70, 100), 'monyyyy')}; ${guar.relation} ${N(guar.first)} will pay $50/mo. Payment plan set. (${provInit(clinician(g))})</li>
  <li>${D(g.past(5, 20), 'mdy1')} – Stmt returned, new address confirmed by phone ${phi('PHONE', usPhone(guar.phone, 'oneDash'))}.</li>
</ul></div>
<div class="amd-foot">AdvancedMD v25.3 · Print superbill · Page 1</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Ophthalmology exam (VA and IOP tables with dates); retina intravitreal injection log

function ophthalmology(g: G, k: number): Screen {
  const p = patient(g, 58, 88, k === 0 ? g.pick(['japanese', 'persian', 'greek']) : 'hmong');
  const md = clinician(g, ['MD', 'DO']);
  const od = clinician(g, ['OD']);
  const tech = clinician(g, ['COA', 'COT']);
  const visit = g.past(0, 0.15);
  const chart = mrnStyled(g, 1);
  const va = () => g.pick(['20/20', '20/25', '20/25-2', '20/30', '20/40', '20/40-1', '20/50', '20/60+2', '20/80', 'CF 3ft']);
  const iop = () => String(g.int(11, 26));
  if (k === 0) {
    const iopDates = [visit, g.past(80, 110), g.past(170, 220), g.past(330, 400), g.past(500, 600)];
    const vfDate = g.past(20, 60);
    const octDate = g.past(20, 60);
    const mother = drawName(g, p.pool, 'female', p.maiden);
    return {
      title: 'EyeMD EMR - Comprehensive Exam',
      css: BASE_CSS + '.eye-h{background:#264653;color:#fff;padding:5px}.grid td,.grid th{border:1px solid #ccc;text-align:center}.sec{font-weight:bold;margin-top:8px;color:#264653}',
      body: h`
<div class="eye-h">${N(fullName(p, false))} · ${sexLetter(p)} · ${A(p.age, 'y')} · DOB ${X(p.dob, 'apos')} · Chart ${phi('MRN', chart)} · ${p.payer}</div>
<div class="eye-sub">Comprehensive eye exam (92014) · ${X(visit, 'apos', '12')} · Dr. ${md.last} · Tech ${tech.first} ${tech.last}, ${tech.credential} · Referring ${provFLC(od)}</div>
<div class="sec">CC / HPI</div>
<p>glaucoma f/u, drops OU qhs, "vision a little hazy in the morning". Mother ${N(`${mother.first} ${mother.last}`)} had glaucoma, blind OS by age 70. Pt drives days only.</p>
<div class="sec">Visual Acuity</div>
<table class="grid"><tr><th></th><th>OD</th><th>OS</th><th>OU</th></tr>
<tr><td>Dist sc</td><td>${va()}</td><td>${va()}</td><td>${va()}</td></tr>
<tr><td>Dist cc</td><td>${va()}</td><td>${va()}</td><td>20/25</td></tr>
<tr><td>PH</td><td>20/25</td><td>20/30</td><td></td></tr>
<tr><td>Near cc</td><td>J1+</td><td>J2</td><td>J1+</td></tr></table>
<div class="sec">IOP history</div>
<table class="grid"><tr><th>Date</th><th>Time</th><th>OD</th><th>OS</th><th>Method</th><th>By</th></tr>
${iopDates.map((d, i) => h`<tr><td>${i === 0 ? X(d, 'apos') : D(d, 'mdy2')}</td><td>${ft(d, '12s')}</td><td>${iop()}</td><td>${iop()}</td><td>${i % 2 ? 'Tono-Pen' : 'Goldmann'}</td><td>${provInit(tech)}</td></tr>`)}</table>
<div class="sec">Manifest refraction</div>
<p>OD -2.25 +0.75 x 090 → 20/25 · OS -1.75 +1.00 x 085 → 20/30 · Add +2.50 · PD 62/59 · K OD 43.25/44.00 @ 092</p>
<div class="sec">Slit lamp</div>
<p>L/L: WNL OU. Cornea: Fuchs' endothelial dystrophy, 2+ guttae OU, no edema. AC: deep and quiet. Iris: no TIs, no Krukenberg spindle. Lens: 2+ NS, 1+ cortical OU.</p>
<div class="sec">Gonioscopy</div><p>Open to CBB 360° OU, Shaffer grade 4, trace pigment (Sampaolesi line absent).</p>
<div class="sec">Dilated fundus</div><p>Dilated with 1% tropicamide / 2.5% phenylephrine at ${ft(at(visit, 20), '12s')}. C/D 0.70 OD, 0.75 OS, inferior notch OS. Macula flat, few hard drusen. Periphery: no breaks.</p>
<div class="sec">Testing</div>
<table class="grid"><tr><th>Test</th><th>Date</th><th>OD</th><th>OS</th><th>Reliability</th></tr>
<tr><td>OCT RNFL (Cirrus 6000, SN 6000-${g.digits(4)})</td><td>${D(octDate, 'mdy1')}</td><td>avg 74 µm</td><td>avg 66 µm (inf thinning)</td><td>SS 8/10</td></tr>
<tr><td>HVF 24-2 SITA-Std</td><td>${D(vfDate, 'mdy1')}</td><td>MD -2.14 dB</td><td>MD -5.87 dB, sup arcuate</td><td>FL 1/14, FP 3%</td></tr></table>
<div class="sec">Assessment</div>
<ol><li>H40.1132 Primary open-angle glaucoma, bilateral, moderate stage — IOP above target OS (target &lt; 16).</li><li>H18.513 Fuchs' endothelial dystrophy, bilateral.</li><li>H25.13 Age-related nuclear cataract, bilateral.</li></ol>
<div class="sec">Plan</div>
<p>Continue latanoprost 0.005% 1 gtt OU qhs; add dorzolamide-timolol 1 gtt OS BID (samples given, lot ${g.upper(1)}${g.digits(5)}, exp ${g.int(2026, 2027)}). SLT OS discussed. DMV vision form: binocular 20/25, fields adequate; licence ${phi('DRIVERS_LICENSE', p.dl)}, form faxed to RMV at (857) 368-8000. RTC 3 mo IOP check, ${X(g.future(85, 95), 'apos')}; VF + OCT in 6 mo.</p>
<div class="sig">${md.first} ${md.last}, ${md.credential} · e-signed ${X(at(visit, 70), 'apos', '12')} · EyeMD v9.4</div>`,
    };
  }
  // Retina clinic injection log.
  const driver = p.child;
  const drugs: [string, string][] = [['aflibercept 2 mg/0.05 mL (Eylea)', 'J0178'], ['faricimab 6 mg/0.05 mL (Vabysmo)', 'J2777'], ['bevacizumab 1.25 mg/0.05 mL', 'J9035']];
  const shots: Date[] = [];
  let d = g.past(300, 340);
  for (let i = 0; i < 7; i++) {
    shots.push(d);
    d = daysFrom(d, g.pick([28, 35, 42, 49, 56]));
    if (d.getTime() > g.today.getTime()) break;
  }
  shots.push(t(g.today, 10, g.pick([15, 30, 45])));
  const interp = `${g.int(1000, 9999)}`;
  const consent = g.past(320, 360);
  return {
    title: 'Retina Consultants - Injection Log',
    css: BASE_CSS + '.inj td,.inj th{border:1px solid #ccc}.banner{background:#f4efe6;padding:6px;border-bottom:2px solid #c9a227}',
    body: h`
<div class="banner patient-banner"><b>${N(LASTFIRST(p, false))}</b> &nbsp; DOB ${D(p.dob, 'iso')} &nbsp; ${A(p.age, ' yr')} ${sexWord(p)} &nbsp; MRN ${phi('MRN', chart)} &nbsp; Lang: Hmong (interpreter req.)</div>
<h3>Intravitreal Injection Log — OS</h3>
<p>Dx: H35.3221 Exudative AMD, left eye, with active CNV. Treat-and-extend; current interval q${g.pick([6, 7, 8])}w. Consent on file signed ${D(consent, 'iso')} (with interpreter, ID ${interp}).</p>
<table class="inj"><tr><th>#</th><th>Date</th><th>Eye</th><th>Drug</th><th>HCPCS</th><th>Lot</th><th>VA</th><th>CST µm</th><th>IOP post</th><th>MD</th></tr>
${shots.map((s, i) => {
  const [drug, code] = drugs[i < 3 ? 2 : i < 5 ? 0 : 1]!;
  return h`<tr><td>${String(i + 1)}</td><td>${X(s, 'ymdSlash')}</td><td>OS</td><td>${drug}</td><td>${code}</td><td>${g.upper(1)}${g.digits(6)}</td><td>${va()}</td><td>${g.int(240, 420)}</td><td>${iop()}</td><td>${provInit(md)}</td></tr>`;
})}</table>
<h4>Today — procedure note</h4>
<p>Time-out ${ft(shots[shots.length - 1]!, '24')}: correct patient (${N(firstLast(p))}, DOB ${D(p.dob, 'iso')}), correct eye OS marked, correct drug verified by ${tech.first} ${tech.last}, ${tech.credential}. Betadine 5%, lid speculum, 30g needle 3.5 mm post limbus inferotemporal. CF vision and optic nerve perfusion confirmed. IOP 18 at 5 min. No complications.</p>
<p>Driven by ${his(p)} ${driver.relation} ${N(driver.first)} (cell ${phi('PHONE', usPhone(driver.phone, 'spaces'))}); instructed on Amsler grid and warning signs (pain, decreased vision, redness) – after hours call the retina on-call line (612) 863-3700.</p>
<p>Next: OS injection + OCT ${D(t(daysFrom(g.today, 49), 9, 40), 'weekday', '12')}. OD: dry AMD, AREDS2 daily.</p>
<div class="sig">${drName(md)} · ${X(g.today, 'ymdSlash')}</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Prenatal record (dating, G/P, visit flowsheet); NICU growth sheet with the mother's details

/** The patient as a woman (obstetric pages), same surname, husband as spouse. */
function asFemale(g: G, p: Pt): Pt {
  if (p.sex === 'female') return p;
  Object.assign(p, drawName(g, p.pool, 'female', p.last), { prefix: 'Ms.' });
  p.spouse = { ...p.spouse, ...drawName(g, p.pool, 'male', p.last, p.first), relation: 'husband', suffix: '' };
  p.email = emailOf(g, p);
  return p;
}

/** Gestational age on `d` for an EDD: "27w3d". */
function gaOn(edd: Date, d: Date): string {
  const days = 280 - Math.round((edd.getTime() - t(d, 0, 0).getTime()) / 86_400_000);
  return `${Math.floor(days / 7)}w${days % 7}d`;
}

function obNicu(g: G, k: number): Screen {
  const p = asFemale(g, patient(g, 22, 39, k === 0 ? g.pick(['somali', 'igbo', 'ethiopian', 'telugu']) : 'samoan'));
  const ob = clinician(g, ['MD', 'CNM', 'DO']);
  const mrn = mrnStyled(g, 4);
  if (k === 0) {
    const edd = daysFrom(t(g.today, 0, 0), g.int(70, 100));
    const lmp = daysFrom(edd, -280);
    const usDate = daysFrom(lmp, g.int(55, 63));
    const eddUs = daysFrom(edd, g.int(-3, 3));
    const fob = p.spouse;
    const mom = p.mother;
    const visits = [0, 1, 2, 3, 4, 5].map((i) => t(daysFrom(g.today, -i * 28 - (i ? g.int(0, 4) : 0)), 9 + i, i * 5));
    const gct = daysFrom(lmp, 26 * 7 + 2);
    const tdap = g.today;
    const years = [g.int(2014, 2018), g.int(2019, 2022)];
    return {
      title: 'Prenatal Record - Eastfield Women\u2019s Health',
      css: BASE_CSS + '.ob-h{background:#f6e7ef;padding:6px;border-bottom:2px solid #a44a76}.ob-grid td,.ob-grid th{border:1px solid #ccc}.two{display:flex;gap:16px}',
      body: h`
<div class="ob-h patient-header"><b>${N(lastFirst(p, false))}</b> · DOB ${D(p.dob, 'mdy')} (${p.age} y) · MRN ${phi('MRN', mrn)} · G3 P1011 · EDD ${D(edd, 'mdy')} · GA today ${gaOn(edd, g.today)} · O Rh NEG · Allergies: NKDA</div>
<div class="two">
<section><h4>Dating</h4><table>
  <tr><td>LMP</td><td>${D(lmp, 'mdy')} (certain, regular cycles q28d)</td></tr>
  <tr><td>EDD by LMP</td><td>${D(edd, 'mdy')}</td></tr>
  <tr><td>US</td><td>${D(usDate, 'mdy')} at 8w2d, CRL 17 mm</td></tr>
  <tr><td>EDD by US</td><td>${D(eddUs, 'mdy')}</td></tr>
  <tr><td>Final EDD</td><td>${D(edd, 'mdy')} (LMP, confirmed by 1st tri US)</td></tr></table></section>
<section><h4>Contacts</h4><table>
  <tr><td>Address</td><td>${phi('ADDRESS', street(p))}, ${phi('ADDRESS', p.city)} ${p.state} ${phi('ZIP', p.zip)}</td></tr>
  <tr><td>Cell</td><td>${P(p.cell, 'paren')}</td></tr>
  <tr><td>FOB</td><td>${N(firstLast(fob))}, involved · ${P(fob.phone, 'dash')}</td></tr>
  <tr><td>Emergency</td><td>${N(firstLast(mom))} (mother) ${phi('PHONE', intl(g, p.pool === 'somali' ? 'so' : p.pool === 'ethiopian' ? 'et' : p.pool === 'igbo' ? 'ng' : 'in'))}</td></tr>
  <tr><td>Language</td><td>${p.pool === 'somali' ? 'Somali' : p.pool === 'ethiopian' ? 'Amharic' : 'English'}</td></tr></table></section>
</div>
<h4>Pregnancy history</h4>
<table class="ob-grid"><tr><th>#</th><th>Year</th><th>GA</th><th>Wt</th><th>Sex</th><th>Type</th><th>Place</th><th>Comments</th></tr>
<tr><td>1</td><td>${String(years[0])}</td><td>39w4d</td><td>3,410 g</td><td>M</td><td>SVD</td><td>St. Brendan Regional Hospital</td><td>Epidural; 2nd degree lac</td></tr>
<tr><td>2</td><td>${String(years[1])}</td><td>8w</td><td>—</td><td>—</td><td>SAB</td><td>—</td><td>Completed w/ misoprostol</td></tr></table>
<h4>Prenatal visits</h4>
<table class="ob-grid"><tr><th>Date</th><th>GA</th><th>Wt (lb)</th><th>BP</th><th>Urine P/G</th><th>FH (cm)</th><th>FHR</th><th>Pres</th><th>Edema</th><th>Next</th><th>By</th></tr>
${visits.map((d) => h`<tr><td>${D(d, 'md')}</td><td>${gaOn(edd, d)}</td><td>${g.int(150, 190)}</td><td>${g.int(100, 128)}/${g.int(60, 82)}</td><td>neg/neg</td><td>${Math.max(12, Number(gaOn(edd, d).split('w')[0]) + g.int(-1, 1))}</td><td>${g.int(130, 158)}</td><td>${Number(gaOn(edd, d).split('w')[0]) > 28 ? 'Vtx' : '—'}</td><td>0</td><td>4 wk</td><td>${provInit(ob)}</td></tr>`).reverse()}</table>
<h4>Labs</h4>
<p>Blood type O Rh negative; antibody screen negative (${D(usDate, 'mdy1')}). Rubella immune, HBsAg neg, HIV NR, RPR NR, Hgb electrophoresis AA. 1-hr GCT ${g.int(118, 162)} mg/dL on ${D(gct, 'mdy1')}; 3-hr GTT ordered if ≥ 140 (Carpenter-Coustan). Cell-free DNA low risk (trisomy 21, 18, 13); sex not disclosed per patient. GBS to be collected at 36-37 wk.</p>
<h4>Plan</h4>
<p>RhoGAM 300 mcg at 28 wk given ${D(daysFrom(lmp, 28 * 7 + 1), 'mdy1')}, lot ${g.upper(2)}${g.digits(5)}. Tdap today ${D(tdap, 'mdy1')} (Boostrix lot ${g.digits(3)}${g.upper(2)}). Kick counts reviewed. Plans delivery at Eastfield Women\u2019s Health L&amp;D; pediatrician ${drName(clinician(g))}. Breastfeeding intended. Next visit ${X(t(daysFrom(g.today, 14), 10, 20), 'dowMon', '12', ' at ')}.</p>
<div class="sig">${provFLC(ob)} · ${D(g.today, 'mdy')} · Hollister form 2024 rev.</div>`,
    };
  }
  // NICU growth and summary sheet.
  const birth = t(daysFrom(g.today, -g.int(8, 14)), g.int(0, 23), g.int(0, 59));
  const dol = Math.round((g.today.getTime() - birth.getTime()) / 86_400_000);
  const gaBirthDays = g.int(26 * 7, 33 * 7);
  const gaB = `${Math.floor(gaBirthDays / 7)}w${gaBirthDays % 7}d`;
  const cga = gaBirthDays + dol;
  const babySex: Sex = g.pick(['female', 'male'] as const);
  const babyName = `Baby ${babySex === 'female' ? 'Girl' : 'Boy'} ${p.last}`;
  const given = drawName(g, 'samoan', babySex, p.last);
  const babyMrn = mrnStyled(g, 2);
  const momMrn = mrn;
  const bw = g.int(900, 1800);
  const dad = p.spouse;
  const neo = clinician(g, ['MD', 'DO']);
  const rows = [0, 3, 7, dol].map((dd) => ({ d: daysFrom(birth, dd), dd, wt: bw - (dd === 3 ? g.int(60, 120) : 0) + (dd > 3 ? dd * g.int(12, 22) : 0) }));
  const nbsKit = `${g.upper(1)}${g.digits(8)}`;
  const rop = daysFrom(g.today, g.int(3, 10));
  return {
    title: 'NICU Growth & Summary',
    css: BASE_CSS + '.nicu-h{background:#e8f4fb;padding:6px;border-bottom:2px solid #2a7ab0}.gr td,.gr th{border:1px solid #ccc;text-align:center}.box{border:1px solid #ddd;padding:6px;margin:6px;display:inline-block;vertical-align:top}',
    body: h`
<div class="nicu-h patient-banner"><b>${N(`${given.first} ${given.last}`)}</b> (${N(babyName)}) · ${babySex === 'female' ? 'F' : 'M'} · MRN ${phi('MRN', babyMrn)} · Born ${D(birth, 'mdy', '24')} · DOL ${dol} · GA at birth ${gaB} · CGA ${Math.floor(cga / 7)}w${cga % 7}d · NICU Pod B, bed 12</div>
<div class="box"><h4>Birth</h4>
  <p>BW ${bw} g (AGA) · Apgars ${g.int(3, 7)}/${g.int(7, 9)} at 1/5 min · Ballard ${gaB} · Delivery: C/S for preterm labor with breech · Resus: CPAP 5 in DR · Cord pH 7.28</p></div>
<div class="box"><h4>Mother</h4>
  <table><tr><td>Name</td><td>${N(firstLast(p))}</td></tr><tr><td>MRN</td><td>${phi('MRN', momMrn)}</td></tr><tr><td>DOB / Age</td><td>${D(p.dob, 'mdy')} / ${p.age} y</td></tr>
  <tr><td>G/P</td><td>G2 P0102</td></tr><tr><td>Blood type</td><td>A+ · GBS unknown · HBsAg neg</td></tr>
  <tr><td>Phone</td><td>${P(p.cell, 'dash')} · alt ${phi('PHONE', intl(g, 'ws'))}</td></tr>
  <tr><td>Address</td><td>${phi('ADDRESS', street(p))}, ${phi('ADDRESS', p.city)}</td></tr>
  <tr><td>Father</td><td>${N(firstLast(dad))} ${P(dad.phone, 'dash')} (legal father, visits evenings)</td></tr>
  <tr><td>Prefers</td><td>Samoan/English; grandmother ${N(firstLast(p.mother))} may receive updates (consent ${D(daysFrom(birth, 1), 'md')})</td></tr></table></div>
<h4>Growth (Fenton 2013)</h4>
<table class="gr"><tr><th>Date</th><th>DOL</th><th>Weight (g)</th><th>%ile</th><th>Length (cm)</th><th>HC (cm)</th><th>Feeds</th></tr>
${rows.map((r) => h`<tr><td>${D(r.d, 'mdy1')}</td><td>${String(r.dd)}</td><td>${r.wt}</td><td>${g.int(18, 52)}</td><td>${(g.int(360, 430) / 10).toFixed(1)}</td><td>${(g.int(260, 300) / 10).toFixed(1)}</td><td>${r.dd < 3 ? 'TPN + trophic 10 mL/kg/d' : `EBM + HMF 24 kcal, ${g.int(120, 160)} mL/kg/d`}</td></tr>`)}</table>
<h4>Problems</h4>
<ul><li>Prematurity ${gaB}, RDS — s/p surfactant (Curosurf) x1; weaned to RA on DOL 4.</li><li>Apnea of prematurity — caffeine citrate 5 mg/kg/d.</li><li>Hyperbilirubinemia — phototherapy DOL 2-4; TSB 6.1 on ${D(daysFrom(birth, 5), 'md')}.</li><li>R/o ROP — first exam ${X(rop, 'monD')} (ophthalmology consult placed).</li></ul>
<h4>Screening</h4>
<p>NBS #1 kit ${phi('ID', nbsKit)} collected ${D(daysFrom(birth, 1), 'mdy1', '24')}; #2 due ${D(daysFrom(birth, 14), 'mdy1')}. Head US ${D(daysFrom(birth, 7), 'mdy1')}: no IVH. Hearing (ABR) and CCHD screens before discharge. Hep B vaccine deferred until 2 kg.</p>
<div class="sig">${provFLC(neo)}, Neonatology · ${D(g.today, 'mdy', '24')}</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Hemodialysis run sheet; oncology infusion regimen and month calendar

function dialysisInfusion(g: G, k: number): Screen {
  if (k === 0) {
    const p = patient(g, 62, 96, g.pick(['samoan', 'filipino', 'nativeAmerican', 'hawaiian']));
    const rn = clinician(g, ['RN', 'RN', 'LPN']);
    const tech = clinician(g, ['CCHT', 'PCT']);
    const neph = clinician(g, ['MD', 'DO']);
    const start = t(g.today, 12, g.pick([0, 10, 20, 30]));
    const edw = (g.int(580, 940) / 10);
    const pre = (edw + g.int(15, 42) / 10).toFixed(1);
    const post = (edw + g.int(-3, 4) / 10).toFixed(1);
    const prior = [3, 5, 7].map((n) => daysFrom(start, -n));
    const lab = g.past(6, 20);
    const ec = p.child;
    const checks = [0, 30, 60, 90, 120, 150, 180, 210].map((m) => at(start, m));
    return {
      title: 'Treatment Flowsheet - Mount Carmel Kidney Institute',
      css: BASE_CSS + '.rs-h{background:#37474f;color:#fff;padding:5px}.rs td,.rs th{border:1px solid #bbb;font-size:12px}.kv{display:grid;grid-template-columns:repeat(4,160px 1fr);gap:2px 6px}',
      body: h`
<div class="rs-h">Mount Carmel Kidney Institute · In-Center Hemodialysis · Treatment Flowsheet</div>
<div class="kv patient-header">
  <span>Patient</span><span>${N(LASTFIRST(p))}</span>
  <span>DOB · Age</span><span>${D(p.dob, 'mdy')} · ${A(p.age, ' y')}</span>
  <span>MRN</span><span>${phi('MRN', p.mrn)}</span>
  <span>MBI</span><span>${phi('HEALTH_PLAN', mbi(g))}</span>
  <span>Treatment date</span><span>${D(start, 'weekday')}</span>
  <span>Schedule</span><span>TTS · 2nd shift</span>
  <span>Chair / Station</span><span>Station ${g.int(1, 24)}</span>
  <span>Machine</span><span>Fresenius 2008T · S/N ${g.digits(1)}${g.upper(3)}${g.digits(5)}</span>
  <span>Nephrologist</span><span>${drName(neph)}</span>
  <span>Primary RN</span><span>${provFLC(rn)}</span>
</div>
<h4>Prescription</h4>
<p>Dialyzer Optiflux F180NR (lot ${g.digits(2)}${g.upper(1)}${g.digits(5)}) · 3 h 45 min · QB 400 · QD 600 · Dialysate 2K / 2.5Ca / 137Na / HCO3 35 · Heparin 2,000 u bolus + 500 u/h, stop 30 min pre-end · EDW ${edw.toFixed(1)} kg · Access: L brachiocephalic AVF (created 2019), 15g buttonhole x2 · Thrill/bruit present</p>
<table class="rs"><tr><th>Pre wt</th><th>Post wt</th><th>UF goal</th><th>Pre BP</th><th>Post BP</th><th>Temp</th><th>Start</th><th>End</th></tr>
<tr><td>${pre} kg</td><td>${post} kg</td><td>${(Number(pre) - edw + 0.3).toFixed(1)} L</td><td>${g.int(140, 176)}/${g.int(70, 92)}</td><td>${g.int(112, 140)}/${g.int(60, 80)}</td><td>36.${g.int(4, 9)}</td><td>${ft(start, '24')}</td><td>${ft(at(start, 225), '24')}</td></tr></table>
<h4>Intradialytic monitoring</h4>
<table class="rs"><tr><th>Time</th><th>BP</th><th>HR</th><th>QB</th><th>VP</th><th>AP</th><th>TMP</th><th>UFR</th><th>Notes</th><th>Init</th></tr>
${checks.map((c, i) => h`<tr><td>${ft(c, '24')}</td><td>${g.int(104, 170)}/${g.int(58, 90)}</td><td>${g.int(60, 96)}</td><td>400</td><td>${g.int(140, 220)}</td><td>-${g.int(160, 230)}</td><td>${g.int(30, 90)}</td><td>${g.int(700, 1000)}</td><td>${i === 4 ? 'Cramping L calf, UF paused 10 min, NS 100 mL' : i === 0 ? 'Lines secure, needles taped' : ''}</td><td>${provInit(i % 2 ? rn : tech)}</td></tr>`)}</table>
<h4>Medications</h4>
<p>Epoetin alfa (Retacrit) 4,000 units IV, lot ${g.upper(1)}${g.digits(6)} · Iron sucrose (Venofer) 100 mg IV · Calcitriol 0.5 mcg IV · Heparin per Rx</p>
<h4>Monthly labs (${D(lab, 'mdy1')})</h4>
<p>spKt/V 1.42 · URR 74% · Hgb 10.2 g/dL · K 5.4 · Phos 6.1 · Ca 8.9 · Alb 3.8 g/dL · PTH 412 pg/mL · Ferritin 612 · TSAT 28%</p>
<h4>Last treatments</h4>
<table class="rs"><tr><th>Date</th><th>Pre/Post wt</th><th>Hours</th><th>Comment</th></tr>
${prior.map((d, i) => h`<tr><td>${X(d, 'dowMd')}</td><td>${(edw + g.int(12, 40) / 10).toFixed(1)} / ${(edw + g.int(-2, 6) / 10).toFixed(1)}</td><td>${i === 1 ? '3:15 (signed off early)' : '3:45'}</td><td>${i === 1 ? h`Left 30 min early – ride from ${N(ec.first)} arrived early` : 'Uneventful'}</td></tr>`)}</table>
<h4>Transport &amp; contacts</h4>
<p>Medicab pick-up 11:15 from ${phi('ADDRESS', street(p))}, ${phi('ADDRESS', p.city)} (Medicab dispatch 1-866-441-2020). Emergency contact ${N(firstLast(ec))} (${ec.relation}) ${P(ec.phone, 'paren')}; home ${P(p.home, 'paren')}.</p>
<p class="small">Unit supply requisition SR-${g.digits(6)} (bloodlines, F180NR x 24) posted by ${tech.first} ${tech.last}. Signed ${provFLC(rn)} ${D(at(start, 240), 'mdy', '24')} · Reviewed ${drName(neph)}.</p>`,
    };
  }
  // Oncology infusion plan and calendar.
  const p = patient(g, 24, 72, g.pick(['persian', 'portuguese', 'tamil', 'greek']));
  const onc = clinician(g, ['MD', 'DO']);
  const nav = clinician(g, ['RN, OCN', 'RN']);
  const c1 = t(daysFrom(g.today, -g.int(80, 95)), 8, 0);
  const bsa = (g.int(160, 205) / 100).toFixed(2);
  const doses: [string, number, string][] = [['DOXOrubicin', 25, 'mg'], ['bleomycin', 10, 'units'], ['vinBLAStine', 6, 'mg'], ['dacarbazine', 375, 'mg']];
  const plan: { label: string; d: Date; status: string }[] = [];
  for (let c = 1; c <= 6; c++) {
    for (const day of [1, 15]) {
      const d = daysFrom(c1, (c - 1) * 28 + day - 1);
      plan.push({ label: `C${c}D${day}`, d, status: d.getTime() < g.today.getTime() ? 'Given' : 'Planned' });
    }
  }
  const nextMonth = new Date(Date.UTC(g.today.getUTCFullYear(), g.today.getUTCMonth() + 1, 1));
  const first = nextMonth.getUTCDay();
  const daysIn = new Date(Date.UTC(nextMonth.getUTCFullYear(), nextMonth.getUTCMonth() + 1, 0)).getUTCDate();
  const events = new Map<number, string>();
  for (const x of plan) if (x.d.getUTCMonth() === nextMonth.getUTCMonth() && x.d.getUTCFullYear() === nextMonth.getUTCFullYear()) events.set(x.d.getUTCDate(), `${x.label} ABVD 08:00 · Chair ${g.int(1, 18)}`);
  for (const x of plan) if (events.has(x.d.getUTCDate() + 0) && x.d.getUTCMonth() === nextMonth.getUTCMonth()) events.set(x.d.getUTCDate() - 1, 'Labs CBC/CMP 14:00');
  const weeks: number[][] = [];
  let week: number[] = new Array<number>(first).fill(0);
  for (let day = 1; day <= daysIn; day++) {
    week.push(day);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) weeks.push([...week, ...new Array<number>(7 - week.length).fill(0)]);
  const port = g.past(100, 120);
  const cg = p.spouse;
  return {
    title: 'Beacon Oncology - Treatment Plan & Calendar',
    css: BASE_CSS + '.cal td{border:1px solid #ccc;width:110px;height:54px;vertical-align:top;font-size:11px}.cal th{background:#eee}.ev{background:#fde2cf;border-radius:3px;padding:1px 3px;margin-top:2px}',
    body: h`
<div class="onc-h patient-banner"><b>${N(firstLast(p))}</b> · ${sexWord(p)} · ${A(p.age, ' yo')} · DOB ${X(p.dob, 'dmyDash')} · MRN ${phi('MRN', p.mrn)} · Ht ${g.int(155, 188)} cm · Wt ${g.int(52, 96)} kg · BSA ${bsa} m² · Allergies: ${g.pick(ALLERGIES)[0]}</div>
<h3>Treatment plan: ABVD q28d × 6 cycles — Classical Hodgkin lymphoma, nodular sclerosis, stage IIA</h3>
<p>Dx ${D(daysFrom(c1, -g.int(20, 30)), 'month')} by excisional LN bx (Reed-Sternberg cells CD15+/CD30+). Interim PET-CT after C2: Deauville 2. ECOG 0; Karnofsky 90. Lugano staging. Fertility preservation discussed. Intent: curative. Oncologist ${provFLC(onc)}; navigator ${provFLC(nav)}.</p>
<table class="doses"><tr><th>Drug</th><th>Dose</th><th>Calculated</th><th>Route</th></tr>
${doses.map(([drug, per, unit]) => h`<tr><td>${drug}</td><td>${per} ${unit}/m²</td><td>${(per * Number(bsa)).toFixed(1)} ${unit}</td><td>IV</td></tr>`)}</table>
<h4>Schedule</h4>
<table class="plan"><tr><th>Cycle/Day</th><th>Date</th><th>Status</th></tr>
${plan.map((x) => h`<tr><td>${x.label}</td><td>${X(x.d, 'isoT')}</td><td>${x.status}</td></tr>`)}</table>
<h4>${phi('DATE', `${MONTH[nextMonth.getUTCMonth()]} ${nextMonth.getUTCFullYear()}`)}</h4>
<table class="cal"><tr>${WEEKDAY.map((w) => h`<th>${w}</th>`)}</tr>
${weeks.map((wk) => h`<tr>${wk.map((day) => h`<td>${day ? String(day) : ''}${day && events.has(day) ? h`<div class="ev">${events.get(day)!}</div>` : ''}</td>`)}</tr>`)}</table>
<h4>Access &amp; supportive care</h4>
<p>Port: Bard PowerPort, R IJ, placed ${D(port, 'mdy')} (lot REBX${g.digits(4)}); flush q4w when off therapy. Premeds: ondansetron 16 mg, dexamethasone 12 mg, fosaprepitant 150 mg. PFTs before bleomycin each 2 cycles (DLCO 82%). Echo EF 60% (${D(g.past(110, 130), 'mdy')}).</p>
<p>Caregiver: ${N(firstLast(cg))} (${cg.relation}) ${phi('PHONE', usPhone(cg.phone, 'ext', String(g.int(100, 899))))} — drives to infusions; text updates to ${phi('PHONE', intl(g, p.pool === 'persian' ? 'ir' : p.pool === 'portuguese' ? 'pt' : p.pool === 'greek' ? 'gr' : 'in'))} (${his(p)} sister abroad) declined by patient.</p>
<div class="sig">Plan approved ${provFLC(onc)} ${D(at(c1, -4320), 'mdy', '12')} · verified by pharmacy · version 3 · Page 1 of 1</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 6. Transplant waitlist boards: kidney (tooltip-heavy grid of abbreviations), liver (ALL CAPS cards)

function transplant(g: G, k: number): Screen {
  const coords = [clinician(g, ['RN, CCTC']), clinician(g, ['RN, CCTC']), clinician(g, ['RN'])];
  const n = k === 0 ? 9 : 7;
  const cands = Array.from({ length: n }, () => {
    const p = patient(g, 38, 74);
    return {
      p,
      wl: `${g.upper(3)}${g.digits(4)}`,
      abo: g.pick(['O', 'O', 'A', 'A', 'B', 'AB']),
      listed: g.past(60, 2200),
      dsd: g.past(400, 3000),
      coord: g.pick(coords),
      status: g.pick(['Active', 'Active', 'Active', 'Inactive (7) – wt', 'Inactive (7) – infection', 'Temp hold']),
      score: k === 0 ? g.int(0, 99) : g.int(14, 38),
      mrn: mrnStyled(g, g.int(0, 5)),
    };
  });
  const sel = cands[0]!;
  const sp = sel.p;
  const donor = drawName(g, sp.pool, g.pick(['female', 'male'] as const), sp.last, sp.first);
  const committee = t(daysFrom(g.today, 2), 7, 30);
  if (k === 0) {
    return {
      title: 'Transplant Manager — Kidney Waitlist',
      css: BASE_CSS + '.wl td,.wl th{border:1px solid #c8d3df;font-size:12px}abbr{text-decoration:underline dotted}.side{border-left:3px solid #3a6ea5;padding:6px;margin-top:10px}',
      body: h`
<div class="tm-nav">Transplant Manager · Kidney / Pancreas · Waitlist · Evaluations · Donors · Reports · v12.4</div>
<h3>Active &amp; inactive candidates (${n}) · as of ${D(g.today, 'mdy', '12')}</h3>
<table class="wl"><tr><th>Candidate</th><th><abbr title="Medical record number">MRN</abbr></th><th><abbr title="UNOS waitlist candidate ID">WL ID</abbr></th><th><abbr title="Date of birth">DOB</abbr></th><th><abbr title="Blood group">ABO</abbr></th><th><abbr title="Calculated panel-reactive antibody">cPRA</abbr></th><th><abbr title="Dialysis start date">DSD</abbr></th><th><abbr title="Listing date">Listed</abbr></th><th>Status</th><th><abbr title="Living donor in evaluation">LD</abbr></th><th><abbr title="Transplant coordinator">Coord</abbr></th><th>Phone</th></tr>
${cands.map((c, i) => h`<tr><td>${N(lastFirst(c.p, false))}</td><td>${phi('MRN', c.mrn)}</td><td>${phi('ID', c.wl)}</td><td>${D(c.p.dob, 'mdy2')}</td><td>${c.abo}</td><td>${c.score}%</td><td>${D(c.dsd, 'mdy2')}</td><td>${D(c.listed, 'mdy2')}</td><td>${c.status}</td><td>${i === 0 || i === 4 ? 'Y' : 'N'}</td><td>${provInit(c.coord)}</td><td>${P(c.p.cell, 'dot')}</td></tr>`)}</table>
<div class="side">
  <h4>${N(fullName(sp))} — ${phi('ID', sel.wl)}</h4>
  <p>${sexWord(sp)}, ${sp.age} y, ABO ${sel.abo}, cPRA ${sel.score}%. HLA A2 A24; B44 B51; DR4 DR15. EPTS 34%. Will accept KDPI &lt; 85%, HCV+ NAT- donors; consent signed ${D(g.past(100, 300), 'mdy1')}. ESRD 2/2 IgA nephropathy (Berger disease); on HD TTS at Mount Carmel Kidney Institute.</p>
  <p>Support person: ${N(firstLast(sp.spouse))} (${sp.spouse.relation}) ${P(sp.spouse.phone, 'paren')}. Living donor in evaluation: ${donor.sex === 'female' ? 'sister' : 'brother'} ${N(firstLast(donor))}, workup at donor team (independent living donor advocate assigned); crossmatch ${X(daysFrom(g.today, 9), 'dowMd')}.</p>
  <p>Address ${phi('ADDRESS', street(sp))}, ${phi('ADDRESS', sp.city)} ${sp.state} ${phi('ZIP', sp.zip)} — ${g.int(12, 160)} mi from center; can arrive within 4 h. Insurance ${sp.payer} ${phi('HEALTH_PLAN', sp.memberId)}.</p>
  <p>Selection committee ${X(committee, 'dowMon', '12', ', ')}: present re-activation (dental clearance received ${D(g.past(3, 12), 'md')}).</p>
</div>
<div class="legend">Status codes: 1 Active · 7 Inactive. Hover a heading for its meaning. Data refresh from UNet every 15 min. Page 1 of 3.</div>`,
    };
  }
  const card = (c: (typeof cands)[number], i: number) => {
    const cg = c.p.child;
    const labs = g.past(0, 6);
    return h`<div class="lv-card">
  <div class="lv-name">${N(LASTFIRST(c.p, false))}</div>
  <div class="lv-row"><span class="l">MRN</span> ${phi('MRN', c.mrn)} <span class="l">UNOS</span> ${phi('ID', c.wl)} <span class="l">DOB</span> ${X(c.p.dob, 'milShort')}</div>
  <div class="lv-row"><span class="l">ABO</span> ${c.abo} <span class="l">MELD 3.0</span> ${c.score} <span class="l">NA</span> ${g.int(124, 139)} <span class="l">EXC</span> ${i === 2 ? 'HCC (MILAN)' : 'NONE'}</div>
  <div class="lv-row"><span class="l">DX</span> ${g.pick(['ALCOHOL-ASSOC CIRRHOSIS', 'NASH CIRRHOSIS', 'PSC', 'HCV CIRRHOSIS, SVR', 'WILSON DISEASE', 'PBC'])} · CHILD-PUGH ${g.pick(['B', 'C'])} · ${g.pick(['S/P TIPS', 'LVP Q2WK', 'NO ASCITES'])}</div>
  <div class="lv-row"><span class="l">LISTED</span> ${X(c.listed, 'milShort')} <span class="l">LAST LABS</span> ${X(labs, 'milShort')} <span class="l">RECERT DUE</span> ${X(daysFrom(labs, c.score > 25 ? 7 : 30), 'milShort')}</div>
  <div class="lv-row"><span class="l">CAREGIVER</span> ${N(U(firstLast(cg)))} (${cg.relation.toUpperCase()}) ${P(cg.phone, 'paren')}</div>
  <div class="lv-row"><span class="l">HEPATOLOGY</span> DR ${U(c.coord.last)} <span class="l">STATUS</span> ${c.status.toUpperCase()}</div>
</div>`;
  };
  return {
    title: 'LIVER TRANSPLANT WAITLIST',
    css: BASE_CSS + '.lv-card{display:inline-block;width:380px;border:1px solid #888;margin:6px;padding:6px;font:12px Consolas,monospace;text-transform:none}.lv-name{font-weight:bold;font-size:14px}.l{color:#777;margin-left:6px}',
    body: h`
<div class="lv-top">LIVER TRANSPLANT PROGRAM · WAITLIST BOARD · SORTED BY MELD · UPDATED ${X(g.today, 'milShort', '24')}</div>
${cands.slice().sort((a, b) => b.score - a.score).map((c, i) => card(c, i))}
<div class="lv-foot">MELD RECERTIFICATION: ≥25 Q7D · 19-24 Q30D · 11-18 Q90D. NEXT SELECTION COMMITTEE ${X(committee, 'milShort', '24c')} ROOM 4B-210.</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 7. LIS specimen tracking (accessions, barcodes, chain of custody); blood bank crossmatch

function dayOfYear(d: Date): number {
  return Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
}

function lisBloodBank(g: G, k: number): Screen {
  const techs = [clinician(g, ['MLS(ASCP)']), clinician(g, ['MLT']), clinician(g, ['MLS(ASCP)SBB'])];
  const techId = (p: Provider) => `${p.first.charAt(0)}${ascii(p.last).replace(/[^A-Za-z]/g, '').slice(0, 3)}`.toUpperCase();
  const acc = (d: Date) => {
    const body = `${String(d.getUTCFullYear()).slice(2)}${pad(dayOfYear(d), 3)}${g.digits(5)}`;
    return { text: `${body.slice(0, 2)}-${body.slice(2, 5)}-${body.slice(5)}`, bar: `${body}${luhnCheckDigit(body)}` };
  };
  if (k === 0) {
    const rows = Array.from({ length: 10 }, (_, i) => {
      const p = patient(g, 1, 96);
      const coll = at(g.today, -g.int(20, 300));
      return {
        p, coll, rec: at(coll, g.int(8, 70)), a: acc(coll),
        loc: g.pick(['4W-412A', 'ED-17', 'ICU-08', 'OP-DRAW', '5E-533B', 'PHFP (courier)', 'L&D-3']),
        cont: g.pick(['LAV 4 mL', 'LT GRN 4.5 mL', 'GOLD SST 5 mL', 'BLUE 2.7 mL', 'URINE CUP', 'PINK 6 mL']),
        tests: g.pick(['CBC W/DIFF', 'CMP, MG', 'PT/INR', 'BMP', 'UA W/REFLEX', 'TYPE & SCREEN', 'TROP-T HS', 'LIPID, A1C']),
        status: i === 3 ? 'RECOLLECT' : g.pick(['RECEIVED', 'IN LAB', 'RESULTED', 'IN TRANSIT']),
        tech: g.pick(techs),
      };
    });
    const sel = rows[3]!;
    const events = [
      [sel.coll, `Collected, ${sel.loc}`, 'RN draw'],
      [at(sel.coll, 6), 'Labelled at bedside (PPID scan)', 'Unit RN'],
      [at(sel.coll, 11), 'Tube station 4W → Lab (pneumatic tube)', 'system'],
      [sel.rec, 'Received in Core Lab', techId(sel.tech)],
      [at(sel.rec, 9), 'Centrifuged; hemolysis index H3 (moderate)', techId(sel.tech)],
      [at(sel.rec, 14), 'Rejected: hemolyzed for K+. Recollect ordered.', techId(sel.tech)],
    ] as const;
    return {
      title: 'Sunquest Laboratory - Specimen Tracking',
      css: BASE_CSS + '.st td,.st th{border:1px solid #ccc;font:11px Consolas,monospace}.bar{font-family:"Libre Barcode 39 Text",monospace}.panel{border:1px solid #999;margin-top:8px;padding:6px}',
      body: h`
<div class="lis-top">Sunquest Laboratory 10.0 · Specimen Tracking · Core Lab · Received queue · Instrument: Atellica CH 930 (S/N ${g.digits(6)}) online</div>
<table class="st"><tr><th>Accession</th><th>Barcode</th><th>Patient</th><th>MRN</th><th>DOB</th><th>Loc</th><th>Container</th><th>Tests</th><th>Collected</th><th>Received</th><th>Status</th><th>Tech</th></tr>
${rows.map((r) => h`<tr><td>${phi('ID', r.a.text)}</td><td class="bar">*${phi('ID', r.a.bar)}*</td><td>${N(LASTFIRST(r.p, false))}</td><td>${phi('MRN', r.p.mrn)}</td><td>${D(r.p.dob, 'mdy')}</td><td>${r.loc}</td><td>${r.cont}</td><td>${r.tests}</td><td>${X(r.coll, 'isoT')}</td><td>${X(r.rec, 'isoT')}</td><td>${r.status}</td><td>${techId(r.tech)}</td></tr>`)}</table>
<div class="panel">
  <h4>Chain of custody — ${phi('ID', sel.a.text)}</h4>
  <p>${N(LASTFIRST(sel.p))} · ${sexLetter(sel.p)} · ${A(sel.p.age, 'Y')} · ${phi('MRN', sel.p.mrn)} · Ordering: ${drName(clinician(g))}</p>
  <table class="st"><tr><th>When</th><th>Event</th><th>By</th></tr>${events.map(([d, ev, by]) => h`<tr><td>${X(d, 'isoT')}</td><td>${ev}</td><td>${by}</td></tr>`)}</table>
  <p>Called to 4W RN ${clinician(g, ['RN']).first} (ext 4411) at ${ft(at(sel.rec, 16), '24')}, read-back done. Recollect accession ${phi('ID', acc(g.today).text)}. Storage: rack R12, pos C4, discard after 7 d.</p>
</div>
<div class="courier"><b>Courier run 14</b> · Pine Hollow Family Practice, 88 Canal St, Holyoke · picked up 10:40 · 3 specimens · driver ID 2207 · Unit supply requisition REQ-${g.digits(7)} (SST, LAV, BLUE tubes) pending</div>`,
    };
  }
  // Blood bank crossmatch.
  const p = patient(g, 40, 95, g.pick(['polish', 'greek', 'ethiopian', 'japanese']));
  const spec = t(g.today, 6, g.pick([5, 20, 40]));
  const specAcc = acc(spec);
  const band = `${g.upper(3)}${g.digits(4)}`;
  const prevNameLast = p.sex === 'female' ? p.maiden : p.last;
  const units = Array.from({ length: 4 }, (_, i) => ({
    din: `W${g.digits(4)} ${String(g.today.getUTCFullYear()).slice(2)} ${g.digits(6)} ${g.pick(['A', 'B', 'K', 'X', '3'])}`,
    code: g.pick(['E0336V00', 'E0382V00', 'E4578V00']),
    exp: daysFrom(g.today, g.int(8, 35)),
    status: i === 0 ? 'ISSUED' : i === 1 ? 'ALLOCATED' : 'CROSSMATCHED',
  }));
  const issueRn = clinician(g, ['RN']);
  const hist = [g.past(400, 900), g.past(1200, 2000)];
  const consent = g.past(0, 1);
  return {
    title: 'SafeTrace Tx - Patient Crossmatch',
    css: BASE_CSS + '.bb td,.bb th{border:1px solid #bbb}.warn{background:#fde0e0;padding:4px;border:1px solid #c33}',
    body: h`
<div class="bb-h patient-banner">${N(LASTFIRST(p))} · ${phi('MRN', p.mrn)} · DOB ${X(p.dob, 'dmyDash')} · ${A(p.age, ' yrs')} · BB ID band ${phi('ID', band)} · ABO/Rh <b>O NEG</b></div>
<div class="warn">ANTIBODY HISTORY: anti-K (Kell), anti-Fy(a) (Duffy) — give K-neg, Fy(a)-neg units. Irradiated, CMV-safe. Prior records also under ${N(`${p.first} ${prevNameLast}`)} (merged).</div>
<table class="bb"><tr><th>Specimen</th><th>Collected</th><th>Expires</th><th>ABO/Rh</th><th>Ab screen</th><th>DAT</th></tr>
<tr><td>${phi('ID', specAcc.text)}</td><td>${X(spec, 'dmyDash', '24')}</td><td>${X(t(daysFrom(spec, 3), 23, 59), 'dmyDash', '24')}</td><td>O NEG (2 typings)</td><td>POS (3 cell panel, 2+ AHG)</td><td>NEG</td></tr></table>
<p>Antibody identification (panel lot ${g.digits(3)}${g.upper(1)}): anti-K and anti-Fy(a) confirmed; Kidd and Lewis antigens excluded; Rh (anti-D) not detected. Second-sample confirmation specimen ${phi('ID', acc(spec).text)} drawn ${X(at(spec, 55), 'dmyDash', '24')} by a different phlebotomist.</p>
<table class="bb"><tr><th>Unit (DIN)</th><th>Product</th><th>ABO/Rh</th><th>Antigen typing</th><th>Expires</th><th>XM</th><th>Status</th><th>Issued to</th></tr>
${units.map((u, i) => h`<tr><td>${u.din}</td><td>${u.code} RBC LR IRR</td><td>O NEG</td><td>K- Fy(a-)</td><td>${D(u.exp, 'dmon')}</td><td>AHG compatible</td><td>${u.status}</td><td>${i === 0 ? h`${issueRn.first} ${issueRn.last}, RN ${ft(at(g.today, -30), '24')}` : ''}</td></tr>`)}</table>
<h4>Transfusion history</h4>
<ul><li>${D(hist[0]!, 'dmon')} — 2 u RBC, St. Brendan Regional Hospital (delayed hemolytic reaction, anti-K identified)</li><li>${D(hist[1]!, 'dmon')} — 1 u RBC, outside hospital (record from HIE)</li></ul>
<p>Consent for transfusion signed ${X(consent, 'dmyDash')} by patient; ${his(p)} ${p.child.relation} ${N(firstLast(p.child))} present. Medical director review: ${drName(clinician(g))}. Tech: ${techId(techs[2]!)} · verified ${techId(techs[0]!)}.</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 8. Utilization-review / case-management note; hospice interdisciplinary-team (IDT) note

function reviewNotes(g: G, k: number): Screen {
  if (k === 0) {
    const p = patient(g, 58, 88, g.pick(['portuguese', 'punjabi', 'polish', 'words']));
    const cm = clinician(g, ['RN, CCM', 'RN']);
    const payerRn = clinician(g, ['RN']);
    const admit = t(g.past(3, 5), g.int(1, 22), g.pick([5, 25, 45]));
    const authNo = `${g.upper(1)}${g.digits(9)}`;
    const acct = g.digits(9);
    const dil = drawName(g, p.pool, 'female');
    if (p.child.relation !== 'son') p.child = { ...p.child, ...drawName(g, p.pool, 'male', p.last), relation: 'son', suffix: '' };
    const son = p.child;
    const snfs = ['Maplewood Rehabilitation & Nursing', 'Heritage Hall North', 'Ruggles Rehab at Keystone'];
    const icd = 'I5023';
    return {
      title: 'Case Management - Utilization Review',
      css: BASE_CSS + '.ur{max-width:900px;margin:8px}.ur dt{font-weight:bold;float:left;width:170px;clear:left}.ur dd{margin-left:180px}.crit td{border:1px solid #ccc}',
      body: h`
<div class="cm-nav">Care Management · Worklist · UR Reviews · Discharge Planning · Avoidable Days · ${cm.first.charAt(0)}${cm.last.toLowerCase()}</div>
<div class="ur">
<h3>Continued Stay Review (InterQual® Acute Adult 2025)</h3>
<dl>
  <dt>Patient</dt><dd>${N(lastFirst(p))} · ${sexLetter(p)} · ${p.age} · ${phi('MRN', p.mrn)}</dd>
  <dt>Encounter</dt><dd>${phi('ACCOUNT', acct)} · Inpatient · Admit ${D(admit, 'mdy', '24')} · LOS day ${Math.round((g.today.getTime() - admit.getTime()) / 86_400_000)} · GMLOS 4.1</dd>
  <dt>Payer</dt><dd>${p.payer} · ${p.plan} · Member ${phi('HEALTH_PLAN', p.memberId)} · Auth ${phi('ID', authNo)} (approved through ${D(daysFrom(g.today, 1), 'md')})</dd>
  <dt>Payer reviewer</dt><dd>${payerRn.first} ${payerRn.last}, RN · 1-800-555-0199 x4471 · fax 1-888-555-0120</dd>
  <dt>Primary Dx</dt><dd>${icd} · ${icd === 'I5023' ? 'Acute on chronic systolic heart failure' : icd === 'J441' ? 'COPD with acute exacerbation' : 'Sepsis, unspecified organism'}</dd>
</dl>
<table class="crit"><tr><th>Criteria subset</th><th>Day</th><th>Met</th><th>Evidence</th></tr>
<tr><td>Heart Failure · Acute</td><td>1</td><td>Y</td><td>IV furosemide 40 mg BID; BNP 1,840 pg/mL; O2 3 L</td></tr>
<tr><td>Heart Failure · Intermediate</td><td>3</td><td>N</td><td>Transitioned to PO torsemide; O2 weaned to RA at 06:00</td></tr>
<tr><td>Discharge screens</td><td>4</td><td>Y</td><td>Stable x 24 h; ambulating 150 ft with RW</td></tr></table>
<h4>Note</h4>
<p>Met with pt and ${his(p)} son ${N(firstLast(son))} at bedside ${D(at(g.today, -180), 'mdy1', '12', ' at ')}. Pt lives alone at ${phi('ADDRESS', street(p))}, ${phi('ADDRESS', p.city)} (2nd floor walk-up, 14 steps). Son lives in ${phi('ADDRESS', address(g).city)} and works nights; his wife ${N(`${dil.first} ${son.last}`)} (cell ${phi('PHONE', usPhone(son.phone, 'plusParen'))}) is the best daytime contact. PT rec: SNF short-term rehab. Pt agreeable; choice list given (CMS choice form signed). Referrals sent via Ensocare to ${snfs.join(', ')}. ${snfs[0]} accepted pending auth; payer notified, peer-to-peer not required. Bed offer for ${X(daysFrom(g.today, 1), 'dowMon')}.</p>
<p>Barriers: Medicaid pending (application # ${phi('ID', `${g.today.getUTCFullYear()}${g.digits(8)}`)}); pt's brown paper bag of home meds reconciled with pharmacy. Will update family after the 3 pm huddle. Rose Hill Adult Day Health is an alternative after rehab.</p>
<p class="sig">${provFLC(cm)} · ${D(at(g.today, -60), 'mdy', '12')} · Next review due ${D(daysFrom(g.today, 1), 'mdy')}</p>
</div>`,
    };
  }
  // Hospice IDT note.
  const p = patient(g, 90, 98, g.pick(['words', 'hawaiian', 'nativeAmerican', 'greek']));
  const team = [clinician(g, ['MD']), clinician(g, ['RN']), clinician(g, ['LCSW']), clinician(g, ['MDiv']), clinician(g, ['CNA']), clinician(g, ['Volunteer Coordinator'])];
  const roles = ['Medical Director', 'RN Case Manager', 'Social Worker', 'Chaplain', 'Hospice Aide', 'Volunteer Coordinator'];
  const soc = g.past(40, 80);
  const benefit = [soc, daysFrom(soc, 89)];
  const cg = p.child;
  const grand = drawName(g, p.pool, 'male', cg.last);
  const ex = p.spouse;
  const exDeathYear = g.int(2008, 2021);
  const meeting = t(g.today, 9, 0);
  return {
    title: 'Hospice IDG Meeting Note',
    css: BASE_CSS + '.idg{max-width:880px;margin:8px}.att td{padding:0 10px 0 0}.h{font-weight:bold;margin-top:10px}',
    body: h`
<div class="idg">
<h3>Interdisciplinary Group (IDG) Review · ${D(meeting, 'weekday')}</h3>
<p><b>Patient:</b> ${N(fullName(p))} · <b>MR#</b> ${phi('MRN', p.mrn)} · <b>DOB</b> ${D(p.dob, 'mdy')} · <b>Age</b> ${A(p.age, ' yrs')} · <b>Level of care</b> Routine home care · <b>Benefit period</b> 1 (${D(benefit[0]!, 'mdy')} – ${D(benefit[1]!, 'mdy')}) · <b>Terminal dx</b> G30.1 Alzheimer's disease, late onset (FAST 7c)</p>
<table class="att"><tr><th>Attendee</th><th>Discipline</th></tr>${team.map((m, i) => h`<tr><td>${m.first} ${m.last}, ${m.credential}</td><td>${roles[i]}</td></tr>`)}</table>
<div class="h">Nursing</div>
<p>Wt ${g.int(92, 118)} lb (down 6 lb in 30 d); MAC 20.5 cm. PPS 30%. Intake &lt; 25% of meals; pocketing food. Stage 2 sacral injury healing. Pain controlled with morphine oral solution 5 mg q4h PRN (2-3 doses/d). No falls. Hospital bed and alternating-pressure mattress delivered ${D(g.past(10, 25), 'md')}.</p>
<div class="h">Social work</div>
<p>Primary caregiver ${his(p)} ${cg.relation} ${N(firstLast(cg))} (${P(cg.phone, 'paren')}), who lives with ${him(p)} at ${phi('ADDRESS', street(p))}, ${phi('ADDRESS', p.city)}. Caregiver fatigue reported; respite discussed (5 days at inpatient unit). Grandson ${N(`${grand.first} ${grand.last}`)} (out of state, ${phi('PHONE', usPhone(g.phone(), 'spaces'))}) is HCP alternate. ${cap(his(p))} ${ex.relation === 'wife' ? 'wife' : 'husband'} ${N(ex.first)} died in ${exDeathYear}. Bereavement risk: moderate (anticipatory grief; ${cg.relation} is the only local family).</p>
<div class="h">Spiritual care</div>
<p>Faith is central: lifelong member of a Pentecostal church; pastor visits weekly. Wishes for hymns at bedside; "ready to go home to the Lord". Hope expressed by family for a peaceful death at home.</p>
<div class="h">Aide / volunteer</div>
<p>Aide visits MWF for bathing; volunteer (music) Thursdays. Family requests no visits on Sunday mornings.</p>
<div class="h">Plan of care updates</div>
<ol><li>Continue comfort feeding; SLP not indicated.</li><li>Add lorazepam 0.5 mg SL q6h PRN agitation; comfort kit in home (lot ${g.upper(2)}${g.digits(5)}).</li><li>Recert face-to-face due before ${D(daysFrom(benefit[1]!, -5), 'mdy')}; physician narrative to follow.</li><li>Next IDG ${D(daysFrom(meeting, 14), 'mdy')}.</li></ol>
<p class="sig">Recorded by ${team[1]!.first} ${team[1]!.last}, RN · Approved ${team[0]!.first} ${team[0]!.last}, MD ${D(at(meeting, 75), 'mdy', '12')}</p>
</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 9. Telehealth waiting room; referral-management kanban board

function queues(g: G, k: number): Screen {
  const prov = clinician(g, ['MD', 'NP', 'DO']);
  if (k === 0) {
    const pts = Array.from({ length: 7 }, (_, i) => {
      const p = patient(g, 19, 88);
      const typed = [
        `${p.first.split(' ')[0]!.toLowerCase()} ${p.last.toLowerCase()}`,
        `${p.first} ${p.last.charAt(0)}.`,
        `${(p.nick || p.first).split(' ')[0]!}`,
        U(firstLast(p)),
        `${p.last}, ${p.first}`,
      ][i % 5]!;
      return { p, typed, wait: g.int(1, 34), arrived: at(g.today, -g.int(2, 40)), reason: g.pick(['Med refill', 'Rash photo review', 'BP follow-up', 'Anxiety f/u', 'UTI symptoms', 'Lab results', 'Cough x5 days']) };
    });
    const sel = pts[0]!;
    const sp = sel.p;
    const loc = address(g);
    const ext = String(g.int(2, 999));
    return {
      title: 'Virtual Care — Waiting Room',
      css: BASE_CSS + '.q{width:520px;float:left}.q .row{border-bottom:1px solid #e5e5e5;padding:6px}.q .typed{font-weight:bold}.detail{margin-left:540px;border:1px solid #ddd;padding:8px}.pill{background:#e8f0fe;border-radius:10px;padding:0 6px;font-size:11px}',
      body: h`
<div class="vc-top">Virtual Care · ${drName(prov)}'s room · visit.pinehollowfp.org/dr-${ascii(prov.last).toLowerCase().replace(/[^a-z]/g, '')} · Status: Available · 7 waiting</div>
<div class="q">
${pts.map((x, i) => h`<div class="row${i === 0 ? ' active' : ''}"><div class="typed">${N(x.typed)}</div>
  <div class="meta">Checked in ${ft(x.arrived, '12')} · waiting ${x.wait} min · <span class="pill">${x.reason}</span></div>
  <div class="meta">DOB ${D(x.p.dob, 'mdy1')} (verified) · located in ${x.p.state} · ${g.pick(['iPhone · Safari', 'Android · Chrome', 'Windows · Edge', 'iPad · app 4.12'])} · connection ${g.pick(['good', 'fair', 'poor'])}</div>
  <div class="meta">Callback ${i === 0 ? phi('PHONE', usPhone(x.p.cell, 'ext', ext)) : P(x.p.cell, g.pick(['dash', 'paren', 'dot'] as const))}</div></div>`)}
</div>
<div class="detail">
  <h4>${N(fullName(sp))}</h4>
  <table>
    <tr><td>Legal name</td><td>${N(lastFirst(sp))}</td></tr>
    <tr><td>MRN</td><td>${phi('MRN', mrnStyled(g, 2))}</td></tr>
    <tr><td>Invite sent to</td><td>${phi('EMAIL', sp.email)} · ${P(sp.cell, 'dash')}</td></tr>
    <tr><td>Location for this visit</td><td>${phi('ADDRESS', loc.street)}, ${phi('ADDRESS', loc.city)}, ${loc.state} ${phi('ZIP', loc.zip)} (work)</td></tr>
    <tr><td>Others in room</td><td>${sp.spouse.relation === 'wife' ? 'Wife' : 'Husband'} ${N(sp.spouse.first)} (patient consented)</td></tr>
    <tr><td>Interpreter</td><td>${sp.pool === 'somali' ? 'Somali' : sp.pool === 'hmong' ? 'Hmong' : 'None requested'}${sp.pool === 'somali' || sp.pool === 'hmong' ? ` · LanguageLine ID #${g.int(100000, 999999)}` : ''}</td></tr>
    <tr><td>Consent</td><td>Telehealth consent on file ${D(g.past(30, 400), 'mdy')}</td></tr>
    <tr><td>Last visit</td><td>${D(g.past(40, 200), 'mondy')} with ${provFLC(clinician(g))}</td></tr>
  </table>
  <p class="hint">If the video drops, call the patient back on the number above. For emergencies call 911 and give the location listed. Sunny skies icon = good bandwidth.</p>
  <button>Start visit</button> <button>Message</button> <button>Move to end</button>
</div>
<div class="vc-foot">Platform v5.8.2 · HIPAA BAA on file · Support (800) 930-2010</div>`,
    };
  }
  // Referral kanban board.
  const specialties = ['Cardiology', 'GI / Endoscopy', 'Orthopedics', 'Neurology', 'Dermatology', 'Pulmonology', 'Endocrinology', 'Rheumatology'];
  const cols: [string, number][] = [['New', 3], ['Scheduling', 3], ['Awaiting records', 2], ['Scheduled', 2], ['Closed – 7 days', 1]];
  const staff = [clinician(g, ['RC']), clinician(g, ['RC']), clinician(g, ['RN'])];
  let n = 0;
  const cardFor = (col: string) => {
    const p = patient(g, 3, 94);
    const refId = `REF-${String(g.today.getUTCFullYear()).slice(2)}-${g.digits(6)}`;
    const due = daysFrom(g.today, g.int(-4, 21));
    const spec = g.pick(specialties);
    const from = clinician(g);
    const appt = t(daysFrom(g.today, g.int(3, 30)), g.int(8, 15), g.pick([0, 15, 30, 45]));
    const i = n++;
    const note = i % 4 === 1
      ? h`Left VM for ${his(p)} ${p.child.relation} ${N(p.child.first)} at ${P(p.child.phone, 'dash')}`
      : i % 4 === 2 ? h`Records requested from ${g.pick(['Kestrel Valley Medical Center', 'Harborview Community Health'])} (fax 413-555-0148)`
      : i % 4 === 3 ? h`Pt prefers ${g.pick(['mornings', 'Tuesdays', 'telehealth'])}; will bring ${his(p)} ${p.spouse.relation}` : h`Auth required by payer`;
    return h`<div class="card">
  <div class="c-top"><span class="ref">${phi('ID', refId)}</span> <span class="pri ${i % 3 === 0 ? 'urgent' : ''}">${i % 3 === 0 ? 'URGENT' : 'Routine'}</span></div>
  <div class="c-name">${N(i % 2 ? lastFirst(p, false) : firstLast(p))}</div>
  <div class="c-meta">DOB ${D(p.dob, i % 2 ? 'mdy2' : 'mdy1')} · ${A(p.age, 'y')} · ${sexLetter(p)} · ${P(p.cell, 'paren')}</div>
  <div class="c-meta">→ ${spec} · ${drName(clinician(g))}</div>
  <div class="c-meta">From ${provFLC(from)} · NPI ${npi(g)}</div>
  ${col === 'Scheduled' ? h`<div class="c-meta">Appt ${D(appt, 'mdy1', '12s')}</div>` : h`<div class="c-meta">Due ${D(due, 'md')}</div>`}
  ${i % 3 === 0 ? h`<div class="c-meta">Auth # ${phi('ID', `${g.upper(2)}${g.digits(7)}`)} · ${p.payer}</div>` : ''}
  <div class="c-note">${note}</div>
  <div class="c-foot">${provInit(g.pick(staff))} · updated ${D(at(g.today, -g.int(30, 4000)), 'mdy1', '12s')}</div>
</div>`;
  };
  return {
    title: 'Referral Management — Board',
    css: BASE_CSS + '.board{display:flex;gap:10px}.colm{width:240px;background:#f4f5f7;padding:6px}.card{background:#fff;border-radius:4px;box-shadow:0 1px 2px #aaa;margin:6px 0;padding:6px;font-size:12px}.urgent{color:#c00;font-weight:bold}',
    body: h`
<div class="rm-top">Referrals · Outgoing · Board view · Filter: Pine Hollow Family Practice · Sort: due date · ${staff.map((s) => `${s.first} ${s.last}`).join(' · ')}</div>
<div class="board">
${cols.map(([col, count]) => h`<div class="colm"><div class="col-h">${col} (${count})</div>${Array.from({ length: count }, () => cardFor(col))}</div>`)}
</div>
<div class="rm-foot">Drag a card to change its status. Referral aging: 4 overdue. Export CSV · v3.2</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 10. Registration (ADT) wizard, guarantor and subscriber step; mobile-width registration cards

function registration(g: G, k: number): Screen {
  const p = k === 0 ? asFemale(g, patient(g, 24, 80, g.pick(['igbo', 'yoruba', 'telugu', 'dutch']))) : patient(g, 19, 80, g.pick(['hawaiian', 'samoan', 'persian', 'words']));
  const acct = g.digits(10);
  const mrn = mrnStyled(g, k === 0 ? 0 : 5);
  if (k === 0) {
    const guar = p.spouse;
    const guarDob = dobAged(g, 25, 80);
    const guarSsn = `${g.int(100, 665)}-${g.digits(2)}-${g.digits(4)}`;
    const emp = g.pick(['Big Y World Class Markets', 'MassMutual', 'Springfield Public Schools', 'Amazon Fulfillment BDL3', 'U.S. Postal Service']);
    const secMember = memberId(g);
    const f = (label: string, value: Part, hint = '') => h`<div class="fld"><div class="lbl">${label}</div><div class="val">${value}</div>${hint ? h`<div class="hint">${hint}</div>` : ''}</div>`;
    return {
      title: 'Registration — Step 4 of 6: Guarantor & Insurance',
      css: BASE_CSS + '.steps li{display:inline-block;margin-right:14px;color:#888}.steps li.on{color:#000;font-weight:bold}.fld{display:inline-block;width:250px;vertical-align:top;margin:6px 10px}.lbl{font-size:11px;color:#5f6b7a}.val{border-bottom:1px solid #bbb;min-height:18px}.hint{font-size:10px;color:#999}fieldset{margin:8px}',
      body: h`
<div class="adt-top">Patient Access · Registration · Encounter ${phi('ACCOUNT', acct)} · Outpatient Radiology · Kestrel Valley Medical Center</div>
<ol class="steps"><li>1 Search</li><li>2 Patient</li><li>3 Contacts</li><li class="on">4 Guarantor &amp; Insurance</li><li>5 Consents</li><li>6 Review</li></ol>
<div class="banner patient-banner">${N(lastFirst(p, false))} · ${D(p.dob, 'mdy')} · ${sexWord(p)} · MRN ${phi('MRN', mrn)}</div>
<fieldset><legend>Guarantor</legend>
  ${f('Guarantor type', 'Person (not patient)')}
  ${f('Relationship to patient', guar.relation === 'wife' ? 'Spouse (wife)' : 'Spouse (husband)')}
  ${f('Last name', N(guar.last))}
  ${f('First name', N(guar.first))}
  ${f('Middle', guar.middle ? N(guar.middle) : '')}
  ${f('Date of birth', D(guarDob, 'mdy'), 'MM/DD/YYYY')}
  ${f('Social Security number', phi('SSN', guarSsn))}
  ${f('Address line 1', phi('ADDRESS', street(p)), 'Same as patient')}
  ${f('City', phi('ADDRESS', p.city))}
  ${f('State', p.state)}
  ${f('ZIP', phi('ZIP', `${p.zip}-${g.digits(4)}`))}
  ${f('Home phone', P(p.home, 'paren'))}
  ${f('Cell phone', P(guar.phone, 'paren'))}
  ${f('Employer', emp)}
  ${f('Employer phone', '(413) 555-0100')}
</fieldset>
<fieldset><legend>Primary insurance</legend>
  ${f('Payer', p.payer)}
  ${f('Plan', p.plan)}
  ${f('Subscriber', N(firstLast(guar)))}
  ${f('Subscriber DOB', D(guarDob, 'mdy'))}
  ${f('Member ID', phi('HEALTH_PLAN', p.memberId))}
  ${f('Group number', phi('HEALTH_PLAN', p.groupNo))}
  ${f('Patient relationship to subscriber', 'Spouse')}
  ${f('Claims address', 'PO Box 14079, Lexington, KY 40512-4079')}
  ${f('Eligibility', h`Active · verified ${D(at(g.today, -3), 'mdy', '12')} (RTE)`)}
</fieldset>
<fieldset><legend>Secondary insurance</legend>
  ${f('Payer', 'MassHealth Standard')}
  ${f('Subscriber', h`${N(firstLast(p))} (self)`)}
  ${f('Member ID', phi('HEALTH_PLAN', secMember))}
  ${f('Effective', D(g.past(300, 900), 'mdy'))}
</fieldset>
<fieldset><legend>Previous names</legend>${f('Name', N(`${p.first} ${p.maiden}`), 'Maiden / prior legal name')}${f('Used until', String(g.int(1995, 2020)))}</fieldset>
<div class="actions"><button>Back</button> <button>Save draft</button> <button>Next: Consents</button> <span class="msg">MSP questionnaire not required (commercial primary).</span></div>`,
    };
  }
  // Mobile-width card layout (kiosk / app), labels above values, no colons.
  const ec = p.child;
  const cardFront = memberId(g);
  const rxBin = g.pick(['610014', '003858', '004336', '610502']);
  const item = (label: string, value: Part) => h`<div class="it"><div class="k">${label}</div><div class="v">${value}</div></div>`;
  return {
    title: 'Check-in',
    css: BASE_CSS + 'body{max-width:375px}.crd{border-radius:12px;box-shadow:0 1px 4px #bbb;margin:10px;padding:10px}.k{font-size:11px;color:#8a8a8a;text-transform:lowercase}.v{font-size:15px;margin-bottom:6px}.ttl{font-weight:600;margin-bottom:6px}',
    body: h`
<div class="app-bar">‹ Back · Check-in · 3/5</div>
<div class="crd"><div class="ttl">Is this you?</div>
  ${item('name', N(fullName(p)))}
  ${item('preferred', p.nick ? N(p.nick) : N(p.first.split(' ')[0]!))}
  ${item('date of birth', D(p.dob, 'mondy'))}
</div>
<div class="crd"><div class="ttl">Contact</div>
  ${item('mobile', phi('PHONE', usPhone(p.cell, 'plusParen')))}
  ${item('email', phi('EMAIL', p.email))}
  ${item('home address', h`${phi('ADDRESS', street(p))}<br>${phi('ADDRESS', p.city)} ${p.state} ${phi('ZIP', p.zip)}`)}
</div>
<div class="crd"><div class="ttl">Emergency contact</div>
  ${item('name', N(firstLast(ec)))}
  ${item('relationship', ec.relation)}
  ${item('phone', P(ec.phone, 'dot'))}
</div>
<div class="crd"><div class="ttl">Insurance card (scanned)</div>
  ${item('payer', `${p.payer}`)}
  ${item('member', N(U(firstLast(p))))}
  ${item('id', phi('HEALTH_PLAN', cardFront))}
  ${item('group', phi('HEALTH_PLAN', p.groupNo))}
  ${item('rx bin · pcn', `${rxBin} · ${g.pick(['ADV', 'MA', 'CTRXMED', '9999'])}`)}
  ${item('rx grp', phi('HEALTH_PLAN', `RX${g.digits(4)}`))}
  ${item('copay', 'PCP $25 · SPEC $50 · ER $250')}
  ${item('member services', '1-800-555-0177 (TTY 711)')}
</div>
<div class="crd"><div class="ttl">Your visit</div>
  ${item('with', provFLC(clinician(g)))}
  ${item('when', D(t(daysFrom(g.today, 0), 15, 40), 'weekday', '12', ' · '))}
  ${item('where', 'Pine Hollow Family Practice · 88 Canal St, Suite 200')}
  ${item('mrn', phi('MRN', mrn))}
  ${item('visit #', phi('ACCOUNT', acct))}
</div>
<div class="app-foot">Looks right · Edit · Not me</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 11. Payer eligibility portal results (dependent child); workers' compensation doctor's first report

function payerForms(g: G, k: number): Screen {
  if (k === 0) {
    const kid = patient(g, 4, 17, g.pick(['japanese', 'hmong', 'ethiopian', 'yoruba']));
    const parent = drawName(g, kid.pool, g.pick(['female', 'male'] as const), kid.last);
    const parentDob = dobAged(g, 29, 52);
    const base = `${g.upper(3)}${g.digits(9)}`;
    const begin = new Date(Date.UTC(g.today.getUTCFullYear(), 0, 1));
    const end = new Date(Date.UTC(g.today.getUTCFullYear(), 11, 31));
    const trace = g.digits(10);
    const groupNo = g.digits(6);
    return {
      title: 'Availity Essentials — Eligibility and Benefits Inquiry',
      css: BASE_CSS + '.av-h{background:#1e3c72;color:#fff;padding:6px}.two{display:flex;gap:30px}.ben td,.ben th{border-bottom:1px solid #ddd}.kv td:first-child{color:#666;width:190px}',
      body: h`
<div class="av-h">Availity Essentials · Patient Registration · Eligibility and Benefits Inquiry</div>
<div class="req">Payer: Blue Cross Blue Shield of Massachusetts · Provider: Pine Hollow Family Practice (NPI ${npi(g)}) · Benefit/Service type: 30 – Health Benefit Plan Coverage · As of ${D(g.today, 'mdy')}</div>
<h3>Coverage Active</h3>
<div class="two">
<table class="kv"><caption>Patient</caption>
  <tr><td>Patient name</td><td>${N(U(`${kid.last}, ${kid.first}`))}</td></tr>
  <tr><td>Member ID</td><td>${phi('HEALTH_PLAN', `${base}02`)}</td></tr>
  <tr><td>Date of birth</td><td>${D(kid.dob, 'mdy')}</td></tr>
  <tr><td>Gender</td><td>${sexWord(kid)}</td></tr>
  <tr><td>Relationship to subscriber</td><td>Child</td></tr>
  <tr><td>Address</td><td>${phi('ADDRESS', U(street(kid)))} ${phi('ADDRESS', U(kid.city))} ${kid.state} ${phi('ZIP', `${kid.zip}${g.digits(4)}`)}</td></tr></table>
<table class="kv"><caption>Subscriber</caption>
  <tr><td>Subscriber name</td><td>${N(U(`${parent.last}, ${parent.first}${parent.middle ? ` ${parent.middle.charAt(0)}` : ''}`))}</td></tr>
  <tr><td>Subscriber ID</td><td>${phi('HEALTH_PLAN', `${base}01`)}</td></tr>
  <tr><td>Subscriber DOB</td><td>${D(parentDob, 'mdy')}</td></tr>
  <tr><td>Group number</td><td>${phi('HEALTH_PLAN', groupNo)}</td></tr>
  <tr><td>Group name</td><td>${g.pick(['UMASS MEMORIAL HEALTH', 'MASSMUTUAL FINANCIAL', 'TOWN OF AGAWAM'])}</td></tr></table>
</div>
<table class="kv"><caption>Plan</caption>
  <tr><td>Plan</td><td>PPO Blue Saver HSA</td></tr>
  <tr><td>Plan begin date</td><td>${D(begin, 'mdy')}</td></tr>
  <tr><td>Plan end date</td><td>${D(end, 'mdy')}</td></tr>
  <tr><td>Eligibility begin</td><td>${D(g.past(300, 1400), 'mdy')}</td></tr>
  <tr><td>PCP</td><td>${provLFC(clinician(g))} · Pine Hollow Family Practice · (413) 536-7700</td></tr></table>
<table class="ben"><tr><th>Benefit</th><th>In network</th><th>Out of network</th><th>Remaining</th></tr>
<tr><td>Deductible (family)</td><td>$3,400.00</td><td>$6,800.00</td><td>$${money(g, 400, 3000)}</td></tr>
<tr><td>Out-of-pocket max (individual)</td><td>$5,000.00</td><td>$10,000.00</td><td>$${money(g, 1200, 4900)}</td></tr>
<tr><td>Office visit (PCP)</td><td>$30 copay after deductible</td><td>30% coinsurance</td><td></td></tr>
<tr><td>Well child care (99392)</td><td>Covered 100%</td><td>Not covered</td><td></td></tr>
<tr><td>Vision exam</td><td>1 per 24 months</td><td>—</td><td>Last used ${D(g.past(200, 600), 'mdy')}</td></tr></table>
<p class="meta">Payer contact: 1-800-262-2583 · Transaction date ${D(at(g.today, -2), 'mdy', '12')} · Trace number ${trace} · Response from payer (271) in 1.8 s · This is not a guarantee of payment.</p>`,
    };
  }
  // Workers' compensation: Doctor's First Report of Occupational Injury or Illness (DWC Form 5021 style).
  const p = patient(g, 22, 63, g.pick(['punjabi', 'filipino', 'samoan', 'polish']));
  const doc = clinician(g, ['MD', 'DO']);
  const adj = clinician(g, ['Claims Adjuster']);
  const injury = t(g.past(2, 6), g.int(6, 18), g.pick([10, 25, 40, 55]));
  const exam = at(injury, g.int(90, 600));
  const claimNo = `${g.digits(3)}-${g.digits(2)}-${g.digits(6)}`;
  const ccf = `${g.digits(7)}`;
  const cdl = `${g.upper(1)}${g.digits(7)}`;
  const rtw = daysFrom(g.today, g.int(5, 20));
  const employer = g.pick(['Inland Freightways LLC', 'Golden State Distribution Co.', 'Pacific Coast Produce, Inc.']);
  const row = (no: number, label: string, value: Part) => h`<tr><td class="no">${no}.</td><td class="q">${label}</td><td class="a">${value}</td></tr>`;
  return {
    title: "Doctor's First Report of Occupational Injury or Illness",
    css: BASE_CSS + '.form{max-width:900px;border:1px solid #000;margin:8px;font:12px Times New Roman,serif}.no{width:24px;vertical-align:top}.q{width:330px;font-size:11px;text-transform:uppercase}.a{font-family:Courier New,monospace}',
    body: h`
<div class="oh-top">WorkWell Occupational Health · Visit type: Initial injury · Claim # ${phi('ID', claimNo)} · Adjuster ${adj.first} ${adj.last} (Travelers, 1-800-238-6225 x${g.int(1000, 9999)})</div>
<table class="form">
<tr><td colspan="3"><b>STATE OF CALIFORNIA · DOCTOR'S FIRST REPORT OF OCCUPATIONAL INJURY OR ILLNESS</b> · Within 5 days of your initial examination, send one copy of this report to the insurer.</td></tr>
${row(1, 'Insurer name and address', 'Travelers Property Casualty · PO Box 660412, Dallas TX 75266')}
${row(2, 'Employer name', employer)}
${row(3, 'Address No. and Street · City · Zip', '4100 E Mission Blvd, Ontario, CA 91761')}
${row(4, 'Nature of business', 'Trucking / freight')}
${row(5, 'Patient name (first name, middle initial, last name)', N(U(`${p.first}${p.middle ? ` ${p.middle.charAt(0)}` : ''} ${p.last}`)))}
${row(6, 'Sex', sexWord(p))}
${row(7, 'Date of birth', D(p.dob, 'mdy'))}
${row(8, 'Address No. and Street · City · Zip', h`${phi('ADDRESS', street(p))} · ${phi('ADDRESS', p.city)} · ${phi('ZIP', p.zip)}`)}
${row(9, 'Telephone number', P(p.cell, 'paren'))}
${row(10, 'Occupation (specific job title)', 'Class A driver / loader')}
${row(11, 'Social Security number', phi('SSN', p.ssn))}
${row(12, 'Injured at: No. and Street · City · County', 'Dock 7, 4100 E Mission Blvd · Ontario · San Bernardino')}
${row(13, 'Date and hour of injury or onset of illness', D(injury, 'mdy', '12', ' '))}
${row(14, 'Last date worked', D(injury, 'mdy'))}
${row(15, 'Date and hour of first examination or treatment', D(exam, 'mdy', '12', ' '))}
${row(16, 'Have you (or your office) previously treated patient?', 'No')}
${row(17, 'Describe how the accident or exposure happened', `Pt states ${he(p)} was unloading pallets when the pallet jack slipped off the dock plate; twisted L knee and fell onto L side. Co-worker witnessed. No LOC.`)}
${row(18, 'Subjective complaints', 'L knee pain 7/10, swelling, unable to fully bear weight; L wrist pain.')}
${row(19, 'Objective findings', 'L knee effusion, medial joint line tenderness, (+) McMurray, Lachman negative; L wrist snuffbox non-tender. X-rays L knee 3V and L wrist 3V: no fracture (Ottawa knee rule positive).')}
${row(20, 'Diagnosis · ICD-10', 'S83.242A Other tear of medial meniscus, current injury, left knee (suspected); S63.502A Sprain of left wrist')}
${row(21, 'Are your findings and diagnosis consistent with the account of injury?', 'Yes')}
${row(23, 'Treatment rendered', 'Knee immobilizer, crutches, ibuprofen 600 mg TID, ice. MRI L knee requested (RFA sent).')}
${row(25, 'If hospitalized as inpatient, give hospital name and location', 'N/A')}
${row(26, 'Work status', h`Modified duty: seated work only, no driving commercial vehicle. Return to regular work estimated ${D(rtw, 'mdy')}.`)}
</table>
<h4>DOT / drug testing</h4>
<p>Post-accident DOT 5-panel urine collected ${D(at(exam, 20), 'mdy', '12', ' ')}; CCF specimen ID ${phi('ID', ccf)}; breath alcohol 0.000. Commercial driver licence ${phi('DRIVERS_LICENSE', cdl)} (CA, Class A); DOT medical card expires ${D(daysFrom(g.today, g.int(100, 600)), 'mdy')}. MRO: ${drName(clinician(g))}.</p>
<p>Spouse ${N(firstLast(p.spouse))} notified at patient's request, ${P(p.spouse.phone, 'dash')}. Employer contact: safety manager at (909) 555-0134 (no PHI beyond work status released).</p>
<div class="sig">Doctor's signature: ${doc.first} ${doc.last}, ${doc.credential} · CA license # G${g.digits(5)} · IRS # 95-${g.digits(7)} · Date ${D(g.today, 'mdy')} · Form 5021 (Rev. 4) · Page 1 of 1</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 12. School-nurse health office record; county jail medical intake screening

function schoolJail(g: G, k: number): Screen {
  if (k === 0) {
    const s = patient(g, 7, 11, g.pick(['words', 'somali', 'hmong', 'filipino', 'igbo']));
    const mom = { ...drawName(g, s.pool, 'female', g.chance(0.6) ? s.last : undefined), phone: g.phone(), work: g.phone() };
    const dad = { ...drawName(g, s.pool, 'male', s.last), phone: g.phone() };
    const aunt = { ...drawName(g, s.pool, 'female'), phone: g.phone() };
    const nurse = clinician(g, ['RN, NCSN', 'BSN, RN']);
    const teacher = clinician(g, ['(grade 4)']);
    const sasid = `${g.int(1, 9)}${g.digits(9)}`;
    const local = `S${g.digits(6)}`;
    const visits = Array.from({ length: 6 }, () => t(g.past(1, 25), g.int(8, 14), g.int(0, 59))).sort((a, b) => b.getTime() - a.getTime());
    const complaints = [['Wheezing after recess', 'Albuterol 2 puffs via spacer; peak flow 180→240', 'Returned to class'], ['Headache', 'Rest 15 min, water', 'Returned to class'],
      ['Stomach ache', 'Called parent', 'Dismissed to parent'], ['Scraped knee (playground)', 'Cleaned, bandage', 'Returned to class'], ['Wheezing (gym)', 'Albuterol 2 puffs', 'Returned to class'], ['Loose tooth', 'Gauze', 'Returned to class']];
    const name = firstLast(s);
    return {
      title: 'SNAP Health Center — Student Health Record',
      css: BASE_CSS + '.sh{display:flex;gap:16px}.box{border:1px solid #cfd8dc;padding:6px;margin:6px}.log td,.log th{border:1px solid #ddd;font-size:12px}',
      body: h`
<div class="snap-top">SNAP Health Center · Hope Street Elementary School · 2025-2026 · Nurse ${nurse.first} ${nurse.last}, ${nurse.credential}</div>
<div class="box patient-header"><b>${N(s.last)}, ${N(s.first)}</b> ${s.nick ? h`("${N(s.nick)}")` : ''} · Grade 4 · Homeroom 112 (${teacher.first.charAt(0)}. ${teacher.last}) · Student ID ${phi('ID', local)} · SASID ${phi('ID', sasid)} · DOB ${D(s.dob, 'mdy')} · Age ${s.age} · ${sexLetter(s)}</div>
<div class="sh">
<div class="box"><h4>Guardians</h4>
  <p>1. ${N(firstLast(mom))} (mother) — cell ${P(mom.phone, 'paren')} · work ${phi('PHONE', usPhone(mom.work, 'ext', String(g.int(100, 7999))))} · ${phi('EMAIL', emailOf(g, mom))}</p>
  <p>2. ${N(firstLast(dad))} (father) — cell ${P(dad.phone, 'dash')} · <b>NOT authorized for pick-up (court order on file)</b></p>
  <p>Emergency: ${N(firstLast(aunt))} (aunt) ${P(aunt.phone, 'dot')}</p>
  <p>Home: ${phi('ADDRESS', street(s))}, ${phi('ADDRESS', s.city)} ${phi('ZIP', s.zip)}</p></div>
<div class="box"><h4>Health</h4>
  <p>Physician: ${drName(clinician(g))} (Pine Hollow FP) · Dentist: ${drName(clinician(g, ['DMD']))} · Insurance: MassHealth ${phi('HEALTH_PLAN', g.digits(12))}</p>
  <p>Conditions: Asthma, moderate persistent (Asthma Action Plan on file ${D(g.past(20, 40), 'mdy1')}); peanut/tree-nut allergy — anaphylaxis (EpiPen Jr 0.15 mg x2 in office, exp 2026); eczema.</p>
  <p>Medications at school: albuterol HFA 90 mcg 2 puffs q4h PRN; cetirizine 5 mg (home). Self-carry inhaler: yes (signed ${D(g.past(15, 30), 'mdy1')}).</p>
  <p>Screenings: vision ${D(g.past(5, 20), 'mdy1')} 20/20 OU (Snellen) · hearing ${D(g.past(5, 20), 'mdy1')} pass · BMI 62nd %ile · Immunizations compliant (DTaP 5, IPV 4, MMR 2, VAR 2, HepB 3).</p></div>
</div>
<h4>Office visits (last 30 days)</h4>
<table class="log"><tr><th>Date</th><th>In</th><th>Out</th><th>Complaint</th><th>Action</th><th>Disposition</th><th>RN</th></tr>
${visits.map((d, i) => { const [c, a, disp] = complaints[i]!; return h`<tr><td>${D(d, 'mdy1')}</td><td>${ft(d, '12s')}</td><td>${ft(at(d, g.int(5, 35)), '12s')}</td><td>${c}</td><td>${disp === 'Dismissed to parent' ? h`${a} — ${N(mom.first)} picked up` : a}</td><td>${disp}</td><td>${provInit(nurse)}</td></tr>`; })}</table>
<p class="note">Note to teacher: ${N(name.split(' ')[0]!)} may use inhaler before gym; please send with a buddy if wheezing. Young students in grade 4 share the nurse pass. Faith-based dietary restrictions: none.</p>
<div class="foot">Printed ${D(g.today, 'mdy', '12')} by ${nurse.first.charAt(0)}${nurse.last.toLowerCase()} · FERPA/HIPAA: confidential student health record · Page 1 of 1</div>`,
    };
  }
  // County jail medical intake screening.
  const p = patient(g, 19, 58, g.pick(['nativeAmerican', 'words', 'portuguese', 'greek', 'yoruba']));
  const booking = `${g.today.getUTCFullYear().toString().slice(2)}-${g.digits(6)}`;
  const sid = `${g.digits(7)}${g.upper(1)}`;
  const intake = t(daysFrom(g.today, -1), 23, g.int(0, 59));
  const rn = clinician(g, ['RN', 'LPN']);
  const officer = clinician(g, ['Deputy']);
  const alias1 = `${p.first.split(' ')[0]!} ${g.pick(POOLS.words!.last)}`;
  const alias2 = p.nick || `${p.first.charAt(0)}. ${p.last}`;
  const gf = drawName(g, g.pick(US_POOLS), p.sex === 'female' ? 'male' : 'female');
  const gfPhone = g.phone();
  const court = t(daysFrom(g.today, g.int(1, 9)), 9, 0);
  const lastFill = g.past(3, 20);
  const qa: [string, Part][] = [
    ['Are you currently taking any medications?', h`Yes — buprenorphine/naloxone 8/2 mg SL BID; last dose ${D(at(intake, -600), 'mdy1', '12s')} per pt. Verified CVS #4471: last fill ${D(lastFill, 'mdy1')}, #60, ${drName(clinician(g))}.`],
    ['Do you have any current thoughts of harming yourself?', 'No. Denies history of attempts. Not on suicide watch.'],
    ['Have you been treated for mental health problems?', 'Yes — PTSD, depression; followed at community clinic.'],
    ['Alcohol or drug use in the past 24 hours?', 'Fentanyl (smoked) yesterday; alcohol denied. COWS 6 at intake.'],
    ['TB symptoms (cough > 3 wks, night sweats, weight loss)?', 'No. PPD placed L forearm, read in 48-72 h.'],
    ['Are you pregnant?', p.sex === 'female' ? 'Unknown — urine hCG negative' : 'N/A'],
    ['Chronic conditions', 'Hep C (untreated), asthma; Crohn\u2019s disease per pt (no meds).'],
  ];
  return {
    title: 'CorEMR — Receiving Screening',
    css: BASE_CSS + '.jh{background:#333;color:#eee;padding:5px}.qa td{border-bottom:1px solid #ddd;vertical-align:top}.qa td:first-child{width:360px;font-weight:bold}',
    body: h`
<div class="jh">CorEMR · Riverbend County Jail · Receiving Screening (Intake) · Housing C-Pod 14B</div>
<table class="kv patient-header"><tr><td>Inmate</td><td>${N(LASTFIRST(p))}</td><td>Booking #</td><td>${phi('ID', booking)}</td><td>SID</td><td>${phi('ID', sid)}</td></tr>
<tr><td>AKA</td><td>${N(alias1)}; ${N(alias2)}</td><td>DOB</td><td>${D(p.dob, 'mdy')}</td><td>Age</td><td>${p.age}</td></tr>
<tr><td>Booked</td><td>${X(intake, 'isoT')}</td><td>Agency</td><td>State Police – Troop B</td><td>Officer</td><td>${officer.credential} ${officer.last} #${g.int(100, 9999)}</td></tr></table>
<table class="qa">${qa.map(([q, a]) => h`<tr><td>${q}</td><td>${a}</td></tr>`)}</table>
<p>Vitals: BP ${g.int(118, 162)}/${g.int(70, 98)} · P ${g.int(70, 112)} · T 98.${g.int(0, 9)} · SpO2 ${g.int(94, 99)}% · glucose 112. Tattoos/marks documented by booking. CIWA 0.</p>
<p>Plan: continue MOUD per protocol (bridge dose given ${ft(at(intake, 35), '24')}); provider review in AM; mental-health referral routine. Court date ${D(court, 'mdy', '12')} (video arraignment).</p>
<p>Emergency contact: mother ${N(firstLast(p.mother))} ${P(p.home, 'paren')}. Pt also lists ${gf.sex === 'female' ? 'girlfriend' : 'boyfriend'} ${N(firstLast(gf))} ${P(gfPhone, 'dash')} — not authorized to receive health information. Last address ${phi('ADDRESS', street(p))}, ${phi('ADDRESS', p.city)} ${p.state} ${phi('ZIP', p.zip)}. Prior bookings: 2019, 2022.</p>
<div class="sig">Screened by ${provFLC(rn)} ${X(at(intake, 40), 'isoT')} · Reviewed ${drName(clinician(g))} · CorEMR 6.2</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 13. German KIS patient master data and case overview; French dossier patient (identité, séjour)

const DE_PLACES: [string, string, string][] = [['Berlin', '1', 'Berlin'], ['Hamburg', '2', 'Hamburg'], ['Köln', '5', 'Nordrhein-Westfalen'], ['München', '8', 'Bayern'], ['Leipzig', '04', 'Sachsen'], ['Bielefeld', '33', 'Nordrhein-Westfalen'], ['Freiburg im Breisgau', '79', 'Baden-Württemberg']];
const DE_STREETS = ['Lindenstraße', 'Hauptstraße', 'Am Mühlenteich', 'Schillerweg', 'Goethestr.', 'Bahnhofstraße', 'Kastanienallee', 'Friedrich-Ebert-Ring'];
const FR_PLACES: [string, string][] = [['Quimper', '29'], ['Lyon', '69'], ['Roubaix', '59'], ['Toulouse', '31'], ['Nantes', '44'], ['Besançon', '25'], ['Saint-Étienne', '42']];
const FR_STREETS = ['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'impasse du Moulin', 'place de la République', 'chemin des Vignes', 'allée des Tilleuls'];

/** German statutory health-insurance number (KVNR): a letter, eight digits, a check digit. */
function kvnr(g: G): string {
  const letter = g.upper(1);
  const digits8 = `${g.int(1, 9)}${g.digits(7)}`;
  const all = pad(letter.charCodeAt(0) - 64) + digits8;
  let sum = 0;
  all.split('').forEach((c, i) => {
    let x = Number(c) * (i % 2 === 0 ? 1 : 2);
    if (x > 9) x = Math.floor(x / 10) + (x % 10);
    sum += x;
  });
  return `${letter}${digits8}${sum % 10}`;
}

/** French NIR with its key: "1 48 03 29 232 045 78". */
function nir(sex: Sex, dob: Date, dept: string, g: G): string {
  const parts = [sex === 'male' ? '1' : '2', String(dob.getUTCFullYear()).slice(2), pad(dob.getUTCMonth() + 1), dept.padStart(2, '0'), g.digits(3), g.digits(3)];
  const key = 97 - Number(BigInt(parts.join('')) % 97n);
  return `${parts.join(' ')} ${pad(key)}`;
}

const frDate = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;

function europe1(g: G, k: number): Screen {
  const sex: Sex = g.pick(['female', 'male'] as const);
  if (k === 0) {
    const n = drawFrom(g, DE_POOL, sex);
    const dob = dobAged(g, 70, 95);
    const age = ageOn(dob, g.today);
    const [city, plz0, land] = g.pick(DE_PLACES);
    const plz = (plz0 + g.digits(5)).slice(0, 5);
    const strasse = `${g.pick(DE_STREETS)} ${g.int(1, 140)}${g.pick(['', '', 'a', 'b'])}`;
    const spouse = drawFrom(g, DE_POOL, sex === 'female' ? 'male' : 'female', n.last);
    const tochter = drawFrom(g, DE_POOL, 'female', g.chance(0.5) ? n.last : undefined);
    const patNr = g.digits(8);
    const fallNr = `${g.today.getUTCFullYear()}${g.digits(6)}`;
    const admit = t(daysFrom(g.today, -g.int(0, 3)), g.int(7, 11), g.int(0, 59));
    const lab = t(daysFrom(g.today, -1), 6, 30);
    const hausarzt = { first: g.pick([...DE_POOL.f, ...DE_POOL.m]), last: g.pick(['Becker', 'Hoffmann', 'Wagner', 'Schäfer', 'Zimmermann']) };
    const oa = { first: g.pick([...DE_POOL.f, ...DE_POOL.m]), last: g.pick(['Krüger', 'Hartmann', 'Lange', 'Brandt', 'Vogel']) };
    const anrede = sex === 'female' ? 'Frau' : 'Herrn';
    const geb = sex === 'female' ? g.pick(DE_POOL.last) : '';
    const row = (l: string, v: Part) => h`<tr><th>${l}</th><td>${v}</td></tr>`;
    return {
      title: 'ORBIS — Patientenstammdaten',
      css: BASE_CSS + '.kis{display:flex;gap:20px}.kis th{font-weight:normal;color:#555;text-align:right;padding-right:8px}.kopf{background:#dfe9f3;padding:5px;border-bottom:1px solid #8aa}',
      body: h`
<div class="menue">Datei · Bearbeiten · Patient · Fall · Leistungen · Befunde · Extras · Hilfe</div>
<div class="kopf patient-banner">${N(`${n.last}, ${n.first}`)} · ${sex === 'female' ? 'w' : 'm'} · * ${X(dob, 'dotted')} (${A(age, ' J.')}) · Pat.-Nr. ${phi('MRN', patNr)} · Fall ${phi('ACCOUNT', fallNr)} · Station 4B / Zi. 412 / Bett 2</div>
<div class="kis">
<table><caption>Personalien</caption>
  ${row('Name', N(n.last))}
  ${row('Vorname', N(n.middle ? `${n.first} ${n.middle}` : n.first))}
  ${row('Geburtsname', geb ? N(geb) : '–')}
  ${row('Geburtsdatum', X(dob, 'dotted'))}
  ${row('Geschlecht', sex === 'female' ? 'weiblich' : 'männlich')}
  ${row('Straße', phi('ADDRESS', strasse))}
  ${row('PLZ / Ort', h`${phi('ZIP', plz)} ${phi('ADDRESS', city)}`)}
  ${row('Bundesland', land)}
  ${row('Telefon', phi('PHONE', intl(g, 'de', false)))}
  ${row('Mobil', phi('PHONE', intl(g, 'de', true)))}
  ${row('Konfession', g.pick(['ev.', 'rk.', 'ohne Angabe']))}
</table>
<table><caption>Kostenträger</caption>
  ${row('Krankenkasse', 'AOK Nordost – Die Gesundheitskasse')}
  ${row('IK-Nr.', '109519005')}
  ${row('Versichertennummer', phi('HEALTH_PLAN', kvnr(g)))}
  ${row('Status', '1 – Mitglied / Rentner')}
  ${row('Hausarzt', `Dr. med. ${hausarzt.first} ${hausarzt.last}, Allgemeinmedizin`)}
  ${row('Einweiser', 'Notaufnahme (RTW)')}
</table>
<table><caption>Angehörige</caption>
  ${row(sex === 'female' ? 'Ehemann' : 'Ehefrau', h`${N(`${spouse.first} ${spouse.last}`)}, Tel. ${phi('PHONE', intl(g, 'de', false))}`)}
  ${row('Tochter', h`${N(`${tochter.first} ${tochter.last}`)} (Vorsorgevollmacht), ${phi('PHONE', intl(g, 'de', true))}, ${phi('EMAIL', emailOf(g, tochter).replace(/@.*/, '@web.de'))}`)}
</table>
</div>
<h4>Fallübersicht</h4>
<p>Aufnahme ${X(admit, 'dotted', '24')} über ZNA, Aufnahmegrund: akute Dyspnoe. Diagnosen: I50.13 G Linksherzinsuffizienz NYHA III; E11.90 G Diabetes mellitus Typ 2; G20.10 G M. Parkinson; E05.0 Z M. Basedow (Z.n. RIT 2004); K50.9 V M. Crohn.</p>
<p>Medikation: Ramipril 5 mg 1-0-0 · Metformin 1000 mg 1-0-1 · Levodopa/Benserazid 100/25 mg 1-1-1 · Torasemid 10 mg 1-0-0 · Pantoprazol 20 mg 0-0-1.</p>
<p>Labor vom ${X(lab, 'dotted', '24')}: Krea 1,4 mg/dl · eGFR 46 · Hb 11,2 g/dl · NT-proBNP 4.812 pg/ml · K+ 4,9 mmol/l.</p>
<h4>Arztbrief (Entwurf)</h4>
<p>Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege, wir berichten über ${N(`${anrede} ${n.first} ${n.last}`)}, geb. ${X(dob, 'dotted')}, wohnhaft ${phi('ADDRESS', strasse)}, ${phi('ZIP', plz)} ${phi('ADDRESS', city)}, ${sex === 'female' ? 'die' : 'der'} sich am ${X(admit, 'de')} mit zunehmender Belastungsdyspnoe in unserer Notaufnahme vorstellte. ${sex === 'female' ? 'Die' : 'Der'} ${A(age, '-jährige')} ${sex === 'female' ? 'Patientin' : 'Patient'} lebt mit ${sex === 'female' ? 'ihrem Ehemann' : 'seiner Ehefrau'} ${N(spouse.first)} im eigenen Haushalt. Entlassung voraussichtlich am ${X(daysFrom(g.today, 4), 'de')}.</p>
<div class="fuss">Klinikum Am Urban · Dieffenbachstraße 1 · 10967 Berlin · Tel. 030 130 210 · OA Dr. ${oa.first} ${oa.last} · Ausdruck ${X(g.today, 'dotted', '24')} · Seite 1 von 2</div>`,
    };
  }
  const n = drawFrom(g, FR_POOL, sex);
  const dob = dobAged(g, 60, 94);
  const age = ageOn(dob, g.today);
  const [ville, dept] = g.pick(FR_PLACES);
  const [birthTown, birthDept] = g.pick(FR_PLACES);
  const cp = `${dept}${g.digits(3)}`;
  const rue = `${g.int(1, 120)}${g.pick(['', ' bis', ''])} ${g.pick(FR_STREETS)}`;
  const usage = sex === 'female' ? g.pick(FR_POOL.last) : '';
  const confiance = drawFrom(g, FR_POOL, 'female', g.chance(0.5) ? n.last : undefined);
  const prevenir = drawFrom(g, FR_POOL, 'male');
  const ipp = g.digits(9);
  const sejour = `${String(g.today.getUTCFullYear()).slice(2)}${g.digits(7)}`;
  const entree = t(daysFrom(g.today, -g.int(0, 2)), g.int(7, 12), g.pick([5, 20, 40]));
  const med = drawFrom(g, FR_POOL, g.pick(['female', 'male'] as const));
  const hm = (d: Date) => `${pad(d.getUTCHours())}h${pad(d.getUTCMinutes())}`;
  const row = (l: string, v: Part) => h`<div class="r"><span class="l">${l}</span><span class="v">${v}</span></div>`;
  return {
    title: 'DxCare — Dossier patient',
    css: BASE_CSS + '.r{display:flex;border-bottom:1px dotted #ccc}.l{width:220px;color:#666}.bloc{border:1px solid #b9c6d3;margin:6px;padding:6px;display:inline-block;vertical-align:top;width:460px}',
    body: h`
<div class="bandeau patient-banner">${N(`${(usage || n.last).toUpperCase()} ${n.first}`)} · ${sex === 'female' ? 'F' : 'M'} · né${sex === 'female' ? 'e' : ''} le ${phi('DATE', frDate(dob))} · ${A(age, ' ans')} · IPP ${phi('MRN', ipp)} · Séjour ${phi('ACCOUNT', sejour)} · Cardiologie, ch. 312 lit B</div>
<div class="bloc"><h4>Identité</h4>
  ${row('Nom de naissance', N(n.last.toUpperCase()))}
  ${row("Nom d'usage", usage ? N(usage.toUpperCase()) : '—')}
  ${row('Prénom(s)', N(n.first))}
  ${row('Sexe', sex === 'female' ? 'Féminin' : 'Masculin')}
  ${row('Date de naissance', phi('DATE', frDate(dob)))}
  ${row('Lieu de naissance', h`${phi('ADDRESS', birthTown)} (${birthDept})`)}
  ${row('Matricule INS (NIR)', phi('SSN', nir(sex, dob, birthDept, g)))}
  ${row('Statut identité', 'Identité qualifiée (INSi)')}
</div>
<div class="bloc"><h4>Coordonnées</h4>
  ${row('Adresse', phi('ADDRESS', rue))}
  ${row('Code postal', phi('ZIP', cp))}
  ${row('Ville', phi('ADDRESS', ville))}
  ${row('Téléphone', phi('PHONE', intl(g, 'fr', false)))}
  ${row('Portable', phi('PHONE', intl(g, 'fr', true)))}
  ${row('Courriel', phi('EMAIL', emailOf(g, n).replace(/@.*/, '@orange.fr')))}
  ${row('Personne de confiance', h`${N(`${confiance.first} ${confiance.last.toUpperCase()}`)} (fille) — ${phi('PHONE', intl(g, 'fr', false))}`)}
  ${row('Personne à prévenir', h`${N(`${prevenir.first} ${prevenir.last}`)} (voisin) — ${phi('PHONE', intl(g, 'fr', false))}`)}
</div>
<div class="bloc"><h4>Couverture</h4>
  ${row('Caisse', 'CPAM du Finistère — régime général')}
  ${row('Mutuelle', 'MGEN')}
  ${row('N° adhérent mutuelle', phi('HEALTH_PLAN', g.digits(10)))}
  ${row('Médecin traitant', `Dr ${med.first} ${med.last.toUpperCase()}`)}
</div>
<div class="bloc"><h4>Séjour</h4>
  ${row('Entrée', phi('DATE', `${fx(entree, 'frDay')} à ${hm(entree)}`))}
  ${row('Mode d\u2019entrée', 'Urgences — SAMU')}
  ${row('Sortie prévue', X(daysFrom(g.today, 3), 'fr'))}
</div>
<h4>Observation d'entrée</h4>
<p>${sex === 'female' ? 'Patiente' : 'Patient'} de ${A(age, ' ans')}, entré${sex === 'female' ? 'e' : ''} le ${phi('DATE', `${fx(entree, 'frDay')} à ${hm(entree)}`)} pour douleur thoracique. Antécédents : maladie de Basedow traitée (${g.int(1985, 2005)}), lymphome de Hodgkin en rémission, maladie de Parkinson débutante. Vit avec sa fille ${N(confiance.first)} à ${phi('ADDRESS', ville)}. Dernier bilan le ${phi('DATE', frDate(daysFrom(g.today, -8)))} : troponine 14 ng/L, créatinine 98 µmol/L.</p>
<div class="pied">CHU de Brest — 2 avenue Foch, 29609 Brest Cedex — 02 98 22 33 33 · Imprimé le ${X(g.today, 'fr')} · page 1/1</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 14. Spanish historia clínica (filiación, episodio); Dutch HiX-like patient card and decursus

const ES_PLACES: [string, string, string][] = [['Madrid', '28', 'Madrid'], ['Zaragoza', '50', 'Zaragoza'], ['Bilbao', '48', 'Bizkaia'], ['Sevilla', '41', 'Sevilla'], ['Valencia', '46', 'Valencia'], ['L\u2019Hospitalet de Llobregat', '08', 'Barcelona']];
const ES_STREETS = ['C/ Mayor', 'Avda. de la Constitución', 'C/ Alcalá', 'Pza. del Pilar', 'C/ Sant Joan', 'Paseo de Gracia', 'C/ Real'];
const NL_PLACES: [string, number][] = [['Amsterdam', 1], ['Utrecht', 3], ['Zwolle', 8], ['Groningen', 9], ['Eindhoven', 5], ['Den Haag', 2], ["'s-Hertogenbosch", 5]];
const NL_STREETS = ['Prinsengracht', 'Dorpsstraat', 'Kerkweg', 'Molenlaan', 'Oranjestraat', 'Julianalaan', 'Beatrixstraat'];

/** Spanish DNI: eight digits and the mod-23 letter. */
function dni(g: G): string {
  const n = g.int(10_000_000, 79_999_999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}

/** Dutch BSN passing the 11-test. */
function bsn(g: G): string {
  for (;;) {
    const d = g.digits(9).split('').map(Number);
    const sum = d.slice(0, 8).reduce((s, x, i) => s + x * (9 - i), 0) - d[8]!;
    if (d[0] !== 0 && sum % 11 === 0) return d.join('');
  }
}

function europe2(g: G, k: number): Screen {
  const sex: Sex = g.pick(['female', 'male'] as const);
  if (k === 0) {
    const first = g.pick(sex === 'female' ? ES_POOL.f : ES_POOL.m);
    const ap1 = g.pick(ES_POOL.last);
    const ap2 = g.pick(ES_POOL.last.filter((x) => x !== ap1));
    const dob = dobAged(g, 45, 95);
    const age = ageOn(dob, g.today);
    const [loc, cp2, prov] = g.pick(ES_PLACES);
    const cp = `${cp2}${g.digits(3)}`;
    const dom = `${g.pick(ES_STREETS)}, ${g.int(1, 180)}, ${g.int(1, 8)}º ${g.pick(['A', 'B', 'C', 'Izda.', 'Dcha.'])}`;
    const hija = { first: g.pick(ES_POOL.f.filter((x) => x !== first)), ap1: g.pick(ES_POOL.last), ap2: ap1 };
    const nhc = g.digits(7);
    const episodio = g.digits(8);
    const ingreso = t(daysFrom(g.today, -g.int(0, 3)), g.int(7, 20), g.int(0, 59));
    const cip = `${ascii(ap1).slice(0, 2).toUpperCase()}${ascii(ap2).slice(0, 2).toUpperCase()}${String(dob.getUTCFullYear()).slice(2)}${pad(dob.getUTCMonth() + 1)}${pad(dob.getUTCDate())}${sex === 'female' ? '1' : '0'}${g.digits(3)}`;
    const nss = `${cp2}/${g.digits(8)}/${g.digits(2)}`;
    const med = { first: g.pick(ES_POOL.f), last: g.pick(ES_POOL.last) };
    const r = (l: string, v: Part) => h`<tr><td class="l">${l}</td><td>${v}</td></tr>`;
    return {
      title: 'HCIS — Historia Clínica',
      css: BASE_CSS + '.cab{background:#dfeee0;padding:5px;border-bottom:2px solid #4a7c59}.l{color:#5a5a5a;width:200px}.col{display:inline-block;vertical-align:top;margin:6px 18px}',
      body: h`
<div class="menu">Archivo · Paciente · Episodios · Órdenes · Resultados · Informes · Ayuda</div>
<div class="cab patient-banner">${N(`${ap1} ${ap2}, ${first}`)} · ${sex === 'female' ? 'Mujer' : 'Hombre'} · ${A(age, ' años')} · F. nac. ${phi('DATE', `${pad(dob.getUTCDate())}/${pad(dob.getUTCMonth() + 1)}/${dob.getUTCFullYear()}`)} · NHC ${phi('MRN', nhc)} · Episodio ${phi('ACCOUNT', episodio)}</div>
<div class="col"><h4>Filiación</h4><table>
  ${r('Nombre', N(first))}
  ${r('Primer apellido', N(ap1))}
  ${r('Segundo apellido', N(ap2))}
  ${r('Fecha de nacimiento', X(dob, 'es'))}
  ${r('DNI/NIE', phi('ID', dni(g)))}
  ${r('CIP / TSI', phi('HEALTH_PLAN', cip))}
  ${r('Nº afiliación Seg. Social', phi('SSN', nss))}
  ${r('Domicilio', phi('ADDRESS', dom))}
  ${r('C.P.', phi('ZIP', cp))}
  ${r('Localidad', phi('ADDRESS', loc))}
  ${r('Provincia', prov)}
  ${r('Teléfono', phi('PHONE', intl(g, 'es', false)))}
  ${r('Móvil', phi('PHONE', intl(g, 'es', true)))}
  ${r('Correo electrónico', phi('EMAIL', `${ascii(first).toLowerCase().replace(/[^a-z]/g, '')}.${ascii(ap1).toLowerCase()}${g.int(1, 99)}@${g.pick(['gmail.com', 'hotmail.es', 'telefonica.net'])}`))}
</table></div>
<div class="col"><h4>Contacto</h4><table>
  ${r('Persona de contacto', h`${N(`${hija.first} ${hija.ap1} ${hija.ap2}`)} (hija)`)}
  ${r('Teléfono contacto', phi('PHONE', intl(g, 'es', true)))}
  ${r('Médico de familia', `Dra. ${med.first} ${med.last} — C.S. Las Delicias`)}
  ${r('Aseguradora', 'Sistema Nacional de Salud')}
</table></div>
<h4>Episodio actual</h4>
<p>Ingreso: ${X(ingreso, 'es', '24', ', ')} por Urgencias · Servicio: Medicina Interna · Cama 512-B · Médico responsable: Dr. ${g.pick(ES_POOL.m)} ${g.pick(ES_POOL.last)}</p>
<p>Alergias: penicilina (exantema). Antecedentes: enfermedad de Crohn (diagnóstico 1998), enfermedad de Graves-Basedow tratada con I-131, HTA, DM2. Tratamiento habitual: mesalazina 1 g/8 h, enalapril 10 mg/24 h, metformina 850 mg/12 h.</p>
<p>Evolución ${X(daysFrom(g.today, -1), 'esShort')}: Paciente de ${A(age, ' años')} que acude acompañad${sex === 'female' ? 'a' : 'o'} por su hija ${N(hija.first)}. Afebril, PA 128/76, FC 84 lpm. Analítica del ${X(daysFrom(g.today, -2), 'dmyShort')}: PCR 48 mg/L, Hb 10,9 g/dL. Alta prevista el ${X(daysFrom(g.today, 3), 'es')}.</p>
<div class="pie">Hospital Universitario Miguel Servet · Paseo Isabel la Católica 1-3, 50009 Zaragoza · Tel. 976 76 55 00 · Impreso ${X(g.today, 'dmyShort', '24')} · Pág. 1/2</div>`,
    };
  }
  const n = drawFrom(g, NL_POOL, sex);
  const prefix = g.pick(['van der', 'van den', 'de', 'van', "van 't", 'ter']);
  const roep = sex === 'female' ? g.pick(['Geert', 'Mien', 'Annie', 'Femke']) : g.pick(['Jan', 'Sjors', 'Gert', 'Piet']);
  const voornamen = n.first.includes('-') ? n.first.replace('-', ' ') : `${n.first} ${sex === 'female' ? 'Johanna' : 'Cornelis'}`;
  const voorletters = voornamen.split(/\s+/).map((x) => `${x.charAt(0)}.`).join('');
  const dob = dobAged(g, 50, 96);
  const age = ageOn(dob, g.today);
  const [plaats, pc1] = g.pick(NL_PLACES);
  const postcode = `${pc1}${g.digits(3)} ${g.letters(2, NL_POSTCODE_LETTERS)}`;
  const adres = `${g.pick(NL_STREETS)} ${g.int(1, 300)}${g.pick(['', '-1', ' A', '-II'])}`;
  const partner = drawFrom(g, NL_POOL, sex === 'female' ? 'male' : 'female');
  const partnerPrefix = g.pick(['de', 'van', 'van der']);
  const patnr = g.digits(7);
  const opname = t(daysFrom(g.today, -g.int(0, 4)), g.int(8, 18), g.int(0, 59));
  const huisarts = drawFrom(g, NL_POOL, g.pick(['female', 'male'] as const));
  const title = sex === 'female' ? 'Mevr.' : 'Dhr.';
  const full = `${prefix} ${n.last}`;
  const f = (l: string, v: Part) => h`<div class="veld"><label>${l}</label><div>${v}</div></div>`;
  return {
    title: 'HiX — Patiëntkaart',
    css: BASE_CSS + '.veld{display:inline-block;width:230px;margin:4px 10px;vertical-align:top}.veld label{display:block;font-size:11px;color:#6b6b6b}.kop{background:#e3ecf7;padding:5px}',
    body: h`
<div class="kop patient-banner">${N(`${title} ${voorletters} ${full}`)} · ${X(dob, 'dmyDash')} (${A(age, ' jr')}) · Patiëntnr. ${phi('MRN', patnr)} · BSN ${phi('ID', bsn(g))} · Afd. B4, kamer 12, bed 3</div>
<fieldset><legend>Persoonsgegevens</legend>
  ${f('Achternaam', N(n.last))}
  ${f('Voorvoegsel', N(prefix))}
  ${f('Voornamen', N(voornamen))}
  ${f('Voorletters', N(voorletters))}
  ${f('Roepnaam', N(roep))}
  ${f('Geslacht', sex === 'female' ? 'Vrouw' : 'Man')}
  ${f('Geboortedatum', X(dob, 'dmyDash'))}
  ${f('Naamgebruik', sex === 'female' ? h`Partnernaam gevolgd door eigen naam (${N(`${partnerPrefix} ${partner.last}-${full}`)})` : 'Eigen naam')}
</fieldset>
<fieldset><legend>Adres en contact</legend>
  ${f('Adres', phi('ADDRESS', adres))}
  ${f('Postcode', phi('ZIP', postcode))}
  ${f('Woonplaats', phi('ADDRESS', plaats))}
  ${f('Telefoon', phi('PHONE', intl(g, 'nl', false)))}
  ${f('Mobiel', phi('PHONE', intl(g, 'nl', true)))}
  ${f('E-mail', phi('EMAIL', `${roep.toLowerCase()}.${ascii(n.last).toLowerCase()}@${g.pick(['ziggo.nl', 'kpnmail.nl', 'gmail.com'])}`))}
  ${f('Contactpersoon 1', h`${N(`${partner.first} ${partnerPrefix} ${partner.last}`)} (${sex === 'female' ? 'echtgenoot' : 'echtgenote'}) ${phi('PHONE', intl(g, 'nl', true))}`)}
</fieldset>
<fieldset><legend>Verzekering en zorgverleners</legend>
  ${f('Zorgverzekeraar', 'Zilveren Kruis Achmea (UZOVI 3311)')}
  ${f('Polisnummer', phi('HEALTH_PLAN', g.digits(9)))}
  ${f('Huisarts', `${huisarts.first.charAt(0)}. ${huisarts.last}, huisarts`)}
  ${f('Apotheek', 'Apotheek De Gaper, Utrecht')}
</fieldset>
<h4>Decursus</h4>
<p><b>${X(opname, 'dmyDash', '24')}</b> Opname via SEH. ${N(`${title} ${full}`)}, ${A(age, ' jaar')}, bekend met M. Parkinson en ziekte van Crohn, opgenomen i.v.m. delier bij urosepsis. Woont samen met ${sex === 'female' ? 'echtgenoot' : 'echtgenote'} ${N(partner.first)} in ${phi('ADDRESS', plaats)}. Thuiszorg 2x/dag. Familie (dochter) belt dagelijks; eerste contactpersoon blijft ${sex === 'female' ? 'echtgenoot' : 'echtgenote'}.</p>
<p><b>${X(daysFrom(g.today, -1), 'nl')}</b> Kweek: E. coli, gevoelig voor ceftriaxon. DOS-score 4. Ontslag gepland ${X(daysFrom(g.today, 2), 'nl')}, overdracht naar huisarts.</p>
<div class="voet">UMC Utrecht · Heidelberglaan 100, 3584 CX Utrecht · 088 755 5555 · Afgedrukt ${X(g.today, 'dmyDash', '24')} · versie 6.3</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 15. MPI duplicate-merge review (two records side by side); HIE record-locator viewer

function mpiHie(g: G, k: number): Screen {
  const p = patient(g, 30, 97, g.pick(['igbo', 'filipino', 'greek', 'ethiopian', 'scottish', 'persian']));
  const steward = clinician(g, ['HIM']);
  if (k === 0) {
    const oldAddr = address(g);
    const bFirst = p.nick || p.first.split(' ')[0]!;
    const bLast = p.last.includes('-') ? p.last.split('-')[0]! : p.last.includes(' ') ? p.last.replace(' ', '') : `${p.last}`;
    const [y0, m0, d0] = [p.dob.getUTCFullYear(), p.dob.getUTCMonth(), p.dob.getUTCDate()];
    // Day and month swapped when that is a valid date, else the day off by one.
    const bDob = d0 <= 12 && d0 !== m0 + 1 ? new Date(Date.UTC(y0, d0 - 1, m0 + 1)) : new Date(Date.UTC(y0, m0, d0 === 1 ? 2 : d0 - 1));
    const mrnA = mrnStyled(g, 2);
    const mrnB = `E${g.digits(7)}`;
    const euidA = g.digits(12);
    const euidB = g.digits(12);
    const bPhone = g.phone();
    const rows: [string, Part, Part, string][] = [
      ['Last name', N(p.last), N(bLast), p.last === bLast ? '+3.9' : '+1.2 (partial)'],
      ['First name', N(p.first), N(bFirst), p.first === bFirst ? '+3.1' : '+1.8 (nickname table)'],
      ['Middle', p.middle ? N(p.middle) : '', '', '0'],
      ['Date of birth', D(p.dob, 'mdy'), D(bDob, 'mdy'), '+2.2 (edit distance 1)'],
      ['Sex', sexLetter(p), sexLetter(p), '+0.4'],
      ['SSN', phi('SSN', p.ssn), '', 'n/a'],
      ['Facility MRN', h`${phi('MRN', mrnA)} (KVMC)`, h`${phi('MRN', mrnB)} (SBRH)`, '—'],
      ['Enterprise ID', phi('MRN', euidA), phi('MRN', euidB), '—'],
      ['Street', phi('ADDRESS', street(p)), phi('ADDRESS', oldAddr.street), '-0.6'],
      ['City / State / ZIP', h`${phi('ADDRESS', p.city)}, ${p.state} ${phi('ZIP', p.zip)}`, h`${phi('ADDRESS', oldAddr.city)}, ${oldAddr.state} ${phi('ZIP', oldAddr.zip)}`, '+0.3 (state)'],
      ['Home phone', P(p.home, 'dash'), P(bPhone, 'bare'), '-0.2'],
      ['Cell phone', P(p.cell, 'dash'), P(p.cell, 'bare'), '+2.6'],
      ['Email', phi('EMAIL', p.email), '', 'n/a'],
      ["Mother's maiden name", N(p.maiden.toUpperCase()), N(p.maiden.toUpperCase()), '+1.5'],
      ['Last encounter', D(g.past(5, 60), 'mdy'), D(g.past(900, 2400), 'mdy'), '—'],
      ['Created', h`${D(g.past(2500, 5000), 'mdy')} by interface`, h`${D(g.past(2500, 5000), 'mdy')} by ED registration`, '—'],
    ];
    return {
      title: 'Enterprise MPI — Potential Duplicate Review',
      css: BASE_CSS + '.cmp td,.cmp th{border:1px solid #ccc;padding:3px 8px}.cmp th{background:#f0f0f0}.diff{background:#fff4d6}.score{font-size:20px;font-weight:bold}',
      body: h`
<div class="mpi-top">Enterprise Master Patient Index · Data Stewardship · Task 3 of 41 · Assigned ${steward.first} ${steward.last}, ${steward.credential}</div>
<div class="score">Match score 0.91 · Probable duplicate (threshold 0.85)</div>
<table class="cmp"><tr><th>Field</th><th>Record A (survivor)</th><th>Record B (candidate)</th><th>Weight</th></tr>
${rows.map(([f, a, b, w]) => h`<tr><td>${f}</td><td>${a}</td><td class="diff">${b}</td><td>${w}</td></tr>`)}</table>
<h4>Steward notes</h4>
<p>${D(daysFrom(g.today, -1), 'mdy1')} — Called pt at ${P(p.cell, 'paren')}; confirmed ${he(p)} was seen in SBRH ED in ${g.int(2016, 2021)} under "${N(`${bFirst} ${bLast}`)}", old address ${phi('ADDRESS', oldAddr.street)}. ${cap(his(p))} ${p.child.relation} ${N(firstLast(p.child))} confirmed same DOB by phone. Record B DOB is a keying error. Recommend merge B → A; notify SBRH HIM (fax 413-555-0102) and update the HIE.</p>
<p>Not a duplicate of: ${N(lastFirst(patient(g, 30, 90, p.pool)))} (score 0.62, same surname, different DOB and SSN).</p>
<div class="actions"><button>Merge B into A</button> <button>Link only</button> <button>Not a duplicate</button> <button>Defer</button> · Algorithm v4.7 · blocking keys: soundex(last)+DOB year</div>`,
    };
  }
  const orgs = [
    ['Kestrel Valley Medical Center', '2.16.840.1.113883.3.8810.1', '2200 Medical Pkwy, Springfield, MA 01199', '(413) 794-0000'],
    ['St. Brendan Regional Hospital', '2.16.840.1.113883.3.4471.2', '475 Hospital Dr, Holyoke, MA 01040', '(413) 534-2500'],
    ['Harborview Community Health', '2.16.840.1.113883.3.1204.7', '90 Ferry St, Chicopee, MA 01013', '(413) 594-3100'],
    ['Quest Diagnostics', '2.16.840.1.113883.3.94', 'Secaucus, NJ', '1-866-697-8378'],
  ] as const;
  const oldAddr = address(g);
  const moved = g.past(200, 700);
  const docs = Array.from({ length: 8 }, () => ({ d: g.past(3, 900), org: g.pick(orgs)[0], type: g.pick(['Continuity of Care Document', 'Discharge Summary', 'ED Note', 'Lab Result Report', 'Progress Note', 'Referral Note', 'Imaging Report']), author: clinician(g), uid: `urn:oid:2.16.840.1.113883.3.${g.digits(4)}.${g.digits(6)}` })).sort((a, b) => b.d.getTime() - a.d.getTime());
  return {
    title: 'HIE Clinical Viewer — Record Locator',
    css: BASE_CSS + '.srch{background:#f2f6f9;padding:6px}.links td,.links th,.docs td,.docs th{border:1px solid #d0d7de;font-size:12px}.uid{color:#888;font-size:10px}',
    body: h`
<div class="hie-top">Mass HIway · Clinical Viewer · Query via Carequality · User ${steward.first.charAt(0).toLowerCase()}${ascii(steward.last).toLowerCase()} · Purpose of use: TREATMENT</div>
<div class="srch">Searched: last <b>${N(p.last.toUpperCase())}</b> first <b>${N(p.first.toUpperCase())}</b> DOB <b>${D(p.dob, 'mdy')}</b> sex <b>${sexLetter(p)}</b> ZIP <b>${phi('ZIP', p.zip)}</b> · ${D(at(g.today, -12), 'mdy', '12')}</div>
<h4>Patient</h4>
<p>${N(fullName(p))} · ${A(p.age, ' y')} · ${sexWord(p)} · ${phi('ADDRESS', street(p))}, ${phi('ADDRESS', p.city)}, ${p.state} ${phi('ZIP', p.zip)} · ${P(p.cell, 'paren')} · also known as ${N(`${p.first} ${p.maiden}`)}${p.nick ? h`, ${N(`${p.nick} ${p.last}`)}` : ''}</p>
<p>Previous address: ${phi('ADDRESS', oldAddr.street)}, ${phi('ADDRESS', oldAddr.city)}, ${oldAddr.state} ${phi('ZIP', oldAddr.zip)} (until ${D(moved, 'monyyyy')}). HIE consent: opted in ${D(g.past(800, 1500), 'mdy')}.</p>
<h4>Patient links (${orgs.length})</h4>
<table class="links"><tr><th>Organization</th><th>Local patient ID</th><th>Assigning authority</th><th>Address</th><th>Phone</th></tr>
${orgs.map(([org, oid, addr, ph], i) => h`<tr><td>${org}</td><td>${phi('MRN', i === 3 ? `QD${g.digits(9)}` : mrnStyled(g, i))}</td><td>${oid}</td><td>${addr}</td><td>${ph}</td></tr>`)}</table>
<h4>Documents (${docs.length})</h4>
<table class="docs"><tr><th>Date</th><th>Type</th><th>Author</th><th>Source</th><th>Document ID</th></tr>
${docs.map((x) => h`<tr><td>${D(x.d, 'mondy')}</td><td>${x.type}</td><td>${provFLC(x.author)}</td><td>${x.org}</td><td class="uid">${x.uid}</td></tr>`)}</table>
<p class="foot">Emergency contact on latest CCD: ${N(firstLast(p.spouse))} (${p.spouse.relation}) ${P(p.spouse.phone, 'dot')}. Results may be incomplete. Viewer build 2025.09.1 · Page 1 of 1.</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 16. Release-of-information authorization with signatures and witness; discharge-instructions printout

function consentDischarge(g: G, k: number): Screen {
  const p = patient(g, 28, 94, g.pick(['yoruba', 'portuguese', 'japanese', 'words', 'nativeAmerican', 'punjabi']));
  const mrn = mrnStyled(g, 0);
  if (k === 0) {
    const rep = p.child;
    const repAddr = address(g);
    const repFax = g.phone();
    const witness = clinician(g, ['Patient Access Representative', 'HIM Specialist']);
    const interp = clinician(g, ['Certified Medical Interpreter']);
    const from = g.past(300, 700);
    const to = g.past(5, 30);
    const signed = at(g.today, -g.int(20, 200));
    const expires = daysFrom(g.today, 365);
    const chk = (on: boolean, label: string) => h`<li>${on ? '☒' : '☐'} ${label}</li>`;
    return {
      title: 'Authorization for Release of Protected Health Information',
      css: BASE_CSS + '.form{max-width:820px;margin:10px auto;font:13px/1.5 Georgia,serif}.form h2{text-align:center;font-size:16px}.line{border-bottom:1px solid #000;display:inline-block;min-width:220px}.sigbox{border:1px solid #999;padding:6px;margin-top:8px}ul{list-style:none}',
      body: h`
<div class="form">
<div class="org">Kestrel Valley Medical Center · Health Information Management · 2200 Medical Pkwy, Springfield, MA 01199 · Phone (413) 794-2010 · Fax (413) 794-2099</div>
<h2>AUTHORIZATION FOR USE AND DISCLOSURE OF PROTECTED HEALTH INFORMATION</h2>
<p>Patient name <span class="line">${N(fullName(p))}</span> Date of birth <span class="line">${D(p.dob, 'mdy')}</span> MRN <span class="line">${phi('MRN', mrn)}</span></p>
<p>Other names used <span class="line">${N(`${p.first} ${p.maiden}`)}</span> Phone <span class="line">${P(p.home, 'paren')}</span></p>
<p>Address <span class="line">${phi('ADDRESS', street(p))}, ${phi('ADDRESS', p.city)}, ${p.state} ${phi('ZIP', p.zip)}</span></p>
<p><b>1. I authorize</b> Kestrel Valley Medical Center and its affiliated clinics <b>to release</b> the information below <b>to</b>:</p>
<ul><li>Name / organization: ${N(firstLast(rep))} (${rep.relation})</li>
<li>Address: ${phi('ADDRESS', repAddr.street)}, ${phi('ADDRESS', repAddr.city)}, ${repAddr.state} ${phi('ZIP', repAddr.zip)}</li>
<li>Fax: ${phi('FAX', fp(repFax, 'paren'))} · Email: ${phi('EMAIL', emailOf(g, rep))}</li>
<li>and to: Brennan &amp; Tate LLP, 1 Federal Street, Suite 900, Springfield, MA 01105 (attorneys), fax (413) 733-0190</li></ul>
<p><b>2. Information to be released</b> for dates of service <span class="line">${D(from, 'mdy')}</span> to <span class="line">${D(to, 'mdy')}</span>:</p>
<ul>${chk(true, 'Discharge summary')}${chk(true, 'History and physical')}${chk(true, 'Laboratory and imaging reports')}${chk(false, 'Entire record')}${chk(true, 'Itemized billing statement')}${chk(false, 'Psychotherapy notes (separate authorization required)')}</ul>
<p>I specifically authorize release of (initial each): HIV/AIDS-related information <span class="line">[initialed]</span> · Substance use disorder records (42 CFR Part 2) <span class="line">[not initialed]</span> · Genetic testing <span class="line">[initialed]</span></p>
<p><b>3. Purpose:</b> ☒ Personal use / family caregiving ☒ Legal ☐ Insurance ☐ Continuing care</p>
<p><b>4. Expiration:</b> This authorization expires on <span class="line">${D(expires, 'mdy')}</span> or upon this event: conclusion of the legal matter.</p>
<p><b>5.</b> I understand I may revoke this authorization in writing at any time, except to the extent action has already been taken; that treatment will not be conditioned on signing; and that information disclosed may be re-disclosed by the recipient and no longer protected. A copy of this form is as valid as the original.</p>
<div class="sigbox">
  <p>Signature of patient or legal representative: <span class="line sig">/s/ ${N(firstLast(p.age > 89 ? rep : p))}</span> (signature pad)</p>
  <p>Date / time: <span class="line">${D(signed, 'mdy', '12')}</span></p>
  <p>If signed by a representative, printed name: <span class="line">${p.age > 89 ? N(firstLast(rep)) : 'N/A'}</span> Relationship / authority: <span class="line">${p.age > 89 ? `${cap(rep.relation)} — health care agent (HCP on file)` : 'N/A'}</span></p>
  <p>Witness: <span class="line">${witness.first} ${witness.last}, ${witness.credential}</span> · Interpreter: <span class="line">${p.pool === 'japanese' || p.pool === 'portuguese' || p.pool === 'punjabi' ? `${interp.first} ${interp.last}, ${interp.credential} (ID ${g.int(1000, 9999)})` : 'not used'}</span></p>
</div>
<p class="office">For HIM use: request # ${phi('ID', `ROI-${g.digits(7)}`)} · Logged ${D(at(signed, 30), 'mdy')} · Fee waived (patient request) · Copies: 1 · Form HIM-07, rev. 7 · Page 1 of 1</p>
</div>`,
    };
  }
  const admit = t(daysFrom(g.today, -g.int(3, 6)), g.int(1, 22), g.int(0, 59));
  const dc = t(g.today, 13, g.pick([10, 25, 40]));
  const att = clinician(g, ['MD']);
  const nurse = clinician(g, ['RN']);
  const ride = p.spouse;
  const fu = [t(daysFrom(g.today, g.int(5, 9)), g.int(8, 15), g.pick([0, 15, 30, 45])), t(daysFrom(g.today, g.int(12, 20)), g.int(8, 15), g.pick([0, 15, 30, 45]))];
  const labDay = daysFrom(g.today, g.int(4, 7));
  return {
    title: 'Discharge Instructions',
    css: BASE_CSS + '@media print{.noprint{display:none}}.pg{max-width:780px;margin:10px auto;font:13px/1.5 Arial}.pg h2{border-bottom:2px solid #333}.med td,.med th{border:1px solid #aaa;padding:3px}.barcode{font-family:"Libre Barcode 128",monospace;font-size:28px}',
    body: h`
<div class="noprint">Print preview · 3 pages · Printer: \\\\KVMC-PRN\\4W-NURSE-02 (ZD621 S/N ${g.upper(4)}${g.digits(6)})</div>
<div class="pg">
<div class="org">Kestrel Valley Medical Center · 4 West Medical · (413) 794-4100</div>
<h2>Discharge Instructions for ${N(firstLast(p))}</h2>
<table><tr><td>Date of birth</td><td>${D(p.dob, 'month')}</td><td>MRN</td><td>${phi('MRN', mrn)}</td></tr>
<tr><td>Admitted</td><td>${D(admit, 'month')}</td><td>Discharged</td><td>${D(dc, 'month', '12', ' at ')}</td></tr>
<tr><td>Attending</td><td>${drName(att)}</td><td>Your nurse</td><td>${nurse.first} ${nurse.last.charAt(0)}., RN</td></tr></table>
<h3>Why you were in the hospital</h3>
<p>Atrial fibrillation with a fast heart rate, caused by an overactive thyroid (Graves' disease). Your heart rhythm is now controlled.</p>
<h3>Your medicines</h3>
<table class="med"><tr><th></th><th>Medicine</th><th>How to take it</th><th>Next dose</th></tr>
<tr><td>START</td><td>methimazole 10 mg tablet</td><td>1 tablet by mouth twice a day</td><td>Tonight 9 PM</td></tr>
<tr><td>START</td><td>apixaban (ELIQUIS) 5 mg tablet</td><td>1 tablet twice a day — blood thinner</td><td>Tonight 9 PM</td></tr>
<tr><td>CHANGE</td><td>metoprolol succinate ER 50 mg</td><td>was 25 mg; now 50 mg once a day</td><td>Tomorrow 8 AM</td></tr>
<tr><td>STOP</td><td>aspirin 81 mg</td><td>Do not take with Eliquis</td><td>—</td></tr></table>
<h3>Follow-up appointments</h3>
<ul><li>${D(fu[0]!, 'weekday', '12', ' at ')} — ${drName(clinician(g))}, Endocrinology, Kestrel Valley Specialty Clinic, 2250 Medical Pkwy, Suite 310, Springfield, MA 01199 · (413) 794-3300</li>
<li>${D(fu[1]!, 'weekday', '12', ' at ')} — ${provFLC(clinician(g, ['NP']))}, Pine Hollow Family Practice, 88 Canal St, Holyoke · (413) 536-7700</li>
<li>Blood tests (thyroid, CBC, liver) on or after ${D(labDay, 'monthDay')} at any Quest Diagnostics; order is on file.</li></ul>
<h3>Call your doctor or come back if you have</h3>
<ul><li>Fever over 100.4 °F or sore throat (methimazole can lower white cells)</li><li>Heart racing over 120 beats a minute, chest pain, fainting</li><li>Black stools, blood in urine, or a brown/red color in vomit</li><li>Yellow skin or eyes</li></ul>
<p>Call 911 for trouble breathing, stroke signs (face drooping, arm weakness, speech difficulty).</p>
<h3>Going home</h3>
<p>Your ride: ${N(firstLast(ride))} (${ride.relation}), ${P(ride.phone, 'paren')}. Home health: VNA of Western Mass will call you within 48 hours at ${P(p.cell, 'paren')}. Prescriptions sent to CVS Pharmacy #1121, 1210 Boston Rd, Springfield, MA 01119.</p>
<p>Diet: regular, heart healthy. Activity: as tolerated; no driving for 48 hours.</p>
<div class="foot">Printed ${D(at(dc, -20), 'mdy', '12')} by ${nurse.first.charAt(0).toLowerCase()}${ascii(nurse.last).toLowerCase().replace(/[^a-z]/g, '')} · Page 1 of 3 · ${N(LASTFIRST(p, false))} · ${phi('MRN', mrn)} <span class="barcode">*${phi('MRN', mrn)}*</span></div>
</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 17. E-prescribing screen (PBM eligibility, fill history, PDMP); wristband and label print preview

function erxLabels(g: G, k: number): Screen {
  const p = patient(g, k === 0 ? 30 : 60, k === 0 ? 82 : 97, g.pick(['telugu', 'tamil', 'hawaiian', 'somali', 'polish', 'words']));
  const mrn = mrnStyled(g, k === 0 ? 3 : 1);
  if (k === 0) {
    const pres = clinician(g, ['MD', 'DO', 'NP']);
    const dea = `${g.pick(['A', 'B', 'F', 'M'])}${ascii(pres.last).charAt(0).toUpperCase()}${g.digits(7)}`;
    const fills = Array.from({ length: 5 }, () => ({ d: g.past(10, 300), drug: g.pick(MEDS)[0], qty: g.pick([30, 90, 60]), pharm: g.pick(['CVS Pharmacy #1121', 'Walgreens #07718', 'Express Scripts Mail']) })).sort((a, b) => b.d.getTime() - a.d.getTime());
    const pdmp = [{ d: g.past(20, 60), drug: 'oxycodone-acetaminophen 5-325 mg', qty: 12, by: clinician(g) }, { d: g.past(120, 200), drug: 'tramadol 50 mg', qty: 20, by: clinician(g) }];
    const rxNo = g.digits(7);
    return {
      title: 'DrFirst Rcopia — Prescribe',
      css: BASE_CSS + '.rx-h{background:#004b87;color:#fff;padding:5px}.pane{border:1px solid #ccd;margin:6px;padding:6px}.tbl td,.tbl th{border:1px solid #ddd;font-size:12px}',
      body: h`
<div class="rx-h">Rcopia 4 · Prescribe · ${pres.first} ${pres.last}, ${pres.credential} · DEA ${dea} · NPI ${npi(g)}</div>
<div class="pane patient-header"><b>${N(lastFirst(p))}</b> · DOB ${D(p.dob, 'mdy')} · ${A(p.age, ' y')} · ${sexLetter(p)} · MRN ${phi('MRN', mrn)} · ${phi('ADDRESS', street(p))}, ${phi('ADDRESS', p.city)}, ${p.state} ${phi('ZIP', p.zip)} · ${P(p.cell, 'dash')} · Wt ${g.int(50, 110)} kg · CrCl 58 mL/min</div>
<div class="pane"><h4>Coverage (PBM eligibility, ${D(at(g.today, -90), 'mdy', '12')})</h4>
<table class="tbl"><tr><th>PBM</th><th>Member ID</th><th>Rx BIN</th><th>PCN</th><th>Rx Group</th><th>Cardholder</th><th>Formulary</th></tr>
<tr><td>Express Scripts</td><td>${phi('HEALTH_PLAN', p.memberId)}</td><td>003858</td><td>A4</td><td>${phi('HEALTH_PLAN', `${g.upper(4)}${g.digits(3)}`)}</td><td>${N(U(firstLast(p)))}</td><td>Tier 2 · PA not required</td></tr></table></div>
<div class="pane"><h4>New prescription</h4>
<table class="tbl"><tr><td>Drug</td><td>apixaban 5 mg tablet (ELIQUIS) · NDC 0003-0894-21</td></tr>
<tr><td>Sig</td><td>Take 1 tablet by mouth twice daily</td></tr><tr><td>Qty / Refills</td><td>60 tablets / 5 · DAW: no</td></tr>
<tr><td>Pharmacy</td><td>CVS Pharmacy #1121 · NCPDP 2212345 · 1210 Boston Rd, Springfield, MA 01119 · (413) 782-0341 · fax (413) 782-0355</td></tr>
<tr><td>Note to pharmacist</td><td>Stop aspirin. Pt's ${p.child.relation} ${N(p.child.first)} picks up; ok to text ${P(p.child.phone, 'dot')}.</td></tr>
<tr><td>Alerts</td><td>Drug-drug: apixaban + aspirin (major) — overridden: aspirin discontinued. Drug-disease: none. Allergy: none (Penicillins — no cross-sensitivity).</td></tr></table></div>
<div class="pane"><h4>Medication history (Surescripts, last 12 months)</h4>
<table class="tbl"><tr><th>Fill date</th><th>Drug</th><th>Qty</th><th>Pharmacy</th><th>Prescriber</th></tr>
${fills.map((f) => h`<tr><td>${D(f.d, 'mdy1')}</td><td>${f.drug}</td><td>${f.qty}</td><td>${f.pharm}</td><td>${drName(clinician(g))}</td></tr>`)}</table></div>
<div class="pane"><h4>PDMP (MassPAT) check ${D(at(g.today, -5), 'mdy', '12')}</h4>
<table class="tbl"><tr><th>Filled</th><th>Drug</th><th>Qty</th><th>Prescriber</th><th>MME/day</th></tr>
${pdmp.map((x) => h`<tr><td>${X(x.d, 'apos')}</td><td>${x.drug}</td><td>${x.qty}</td><td>${provFLC(x.by)}</td><td>${g.int(10, 30)}</td></tr>`)}</table>
<p>Narx score 210 · Overdose risk score 180 · 2 prescribers / 2 pharmacies in 12 months.</p></div>
<div class="pane">Pending: Rx # ${phi('ID', rxNo)} · status Signed, transmitting (message ID ${g.f.string.uuid()}) · Last login ${D(at(g.today, -300), 'mdy', '12')}</div>`,
    };
  }
  const fin = g.digits(9);
  const att = clinician(g, ['MD', 'DO']);
  const admit = t(daysFrom(g.today, -1), 21, 40);
  const printed = at(g.today, -15);
  const accs = Array.from({ length: 3 }, () => `${String(g.today.getUTCFullYear()).slice(2)}-${pad(dayOfYear(g.today), 3)}-${g.digits(5)}`);
  const band = (extra: Part) => h`<div class="band"><div class="b-name">${N(LASTFIRST(p, false))}</div>
  <div>DOB: ${D(p.dob, 'mdy')} ${sexLetter(p)} ${A(p.age, 'Y')}</div>
  <div>MRN: ${phi('MRN', mrn)} FIN: ${phi('ACCOUNT', fin)}</div>
  <div class="bc">*${phi('MRN', mrn)}*</div>${extra}</div>`;
  return {
    title: 'Label Print Preview',
    css: BASE_CSS + '.band{border:1px dashed #999;width:560px;padding:6px;margin:8px;font:12px Arial}.b-name{font-weight:bold;font-size:14px}.bc{font-family:"Libre Barcode 39",monospace;font-size:24px}.lbl{display:inline-block;border:1px dashed #999;width:250px;padding:4px;margin:4px;font:11px Arial}.alert{background:#fd0;font-weight:bold}',
    body: h`
<div class="pp-top">Print Preview · Document: Admission label set · Printer: 4W-ZEBRA-01 (ZD621 · S/N ${g.digits(2)}${g.upper(1)}${g.digits(6)}) · Copies 1 · Zoom 100%</div>
<h4>Wristband (adult, 1 of 1)</h4>
${band(h`<div class="alert">ALLERGY: LATEX · FALL RISK · DNR</div><div>Attending: ${U(att.last)}, ${U(att.first)} · Adm ${D(admit, 'mdy')}</div>`)}
<h4>Specimen labels (3)</h4>
${accs.map((a, i) => h`<div class="lbl"><b>${N(LASTFIRST(p, false))}</b><br>${phi('MRN', mrn)} · ${D(p.dob, 'mdy2')}<br>Acc ${phi('ID', a)} · ${['LAV', 'SST', 'BLUE'][i]}<br>Coll ${D(at(g.today, -60 + i), 'mdy2', '24')} ___<br><span class="bc">*${phi('ID', a.replace(/-/g, ''))}*</span></div>`)}
<h4>Chart labels (sheet of 6)</h4>
${[0, 1, 2, 3, 4, 5].map(() => h`<div class="lbl">${N(LASTFIRST(p, false))}<br>${phi('MRN', mrn)} / ${phi('ACCOUNT', fin)}<br>${D(p.dob, 'mdy')} · ${A(p.age, 'Y')} · ${sexLetter(p)}<br>Adm ${D(admit, 'mdy')} · ${U(att.last)}</div>`)}
<h4>Visitor / family badge</h4>
<div class="lbl">VISITOR · 4 WEST · ${N(U(firstLast(p.child)))} (${p.child.relation.toUpperCase()}) · valid ${D(g.today, 'mdy')} · Rm 4W-418</div>
<div class="pp-foot">Printed by unit clerk kjones2 · ${D(printed, 'mdy', '24')} · Label template v2.3 · Page 1 of 1</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 18. Genetics consult with a pedigree described in text; a chart's sticky-note thread

function geneticsNotes(g: G, k: number): Screen {
  if (k === 0) {
    const p = asFemale(g, patient(g, 30, 52, g.pick(['polish', 'greek', 'scottish', 'persian', 'dutch'])));
    const gc = clinician(g, ['MS, CGC']);
    const md = clinician(g, ['MD']);
    const mom = p.mother;
    const aunt = drawName(g, p.pool, 'female', mom.last, mom.first);
    const sis = drawName(g, p.pool, 'female', p.last, p.first);
    const bro = drawName(g, p.pool, 'male', p.last);
    const cousin = drawName(g, p.pool, 'female');
    const gm = { ...drawName(g, p.pool, 'female', mom.last), first: g.pick(POOLS[p.pool]!.f.filter((x) => x !== mom.first && x !== aunt.first)) };
    const gmAge = g.int(90, 99);
    const gfAge = g.int(70, 88);
    const sisAddr = address(g);
    const accession = `${g.digits(2)}-${g.digits(6)}`;
    const visit = g.past(0, 0.2);
    return {
      title: 'Cancer Genetics Consultation',
      css: BASE_CSS + '.doc{max-width:860px;margin:8px auto;font:14px/1.55 Georgia,serif}.doc h4{font:bold 12px Arial;text-transform:uppercase;color:#3b5b7a}',
      body: h`
<div class="doc">
<div class="hdr">Cancer Genetics Program · ${N(fullName(p))} · DOB ${D(p.dob, 'mdy')} · MRN ${phi('MRN', p.mrn)} · Visit ${D(visit, 'mdy')} · Counselor ${provFLC(gc)} · Supervising ${provFLC(md)}</div>
<h4>Reason for referral</h4>
<p>${N(`${p.prefix} ${p.last}`)} is a ${p.age}-year-old woman referred by ${drName(clinician(g))} for hereditary cancer risk assessment after her sister was found to carry a BRCA2 pathogenic variant.</p>
<h4>Family history (pedigree, three generations)</h4>
<p><b>Proband (III-2):</b> ${p.age} y, no cancer. Menarche 12, G2P2, first live birth at 29. Mammogram ${D(g.past(60, 200), 'mdy')}: BI-RADS 2, heterogeneously dense.</p>
<p><b>Sister (III-1):</b> ${N(firstLast(sis))}, ${p.age + 4} y, triple-negative breast cancer dx at ${p.age + g.int(0, 3)}; BRCA2 c.5946delT (p.Ser1982Argfs*22), pathogenic, tested at Ambry Genetics. Lives at ${phi('ADDRESS', sisAddr.street)}, ${phi('ADDRESS', sisAddr.city)}; consented to share her report.</p>
<p><b>Brother (III-3):</b> ${N(bro.first)}, ${g.int(p.age - 6, p.age - 1)} y, healthy; not yet tested.</p>
<p><b>Mother (II-2):</b> ${N(`${mom.first} ${mom.last}`)}, died at ${g.int(58, 72)} of ovarian cancer (high-grade serous, dx at ${g.int(52, 57)}). <b>Maternal aunt (II-3):</b> ${N(`${aunt.first} ${aunt.last}`)}, pancreatic cancer at ${g.int(60, 70)}. <b>Maternal first cousin (III-5):</b> ${N(firstLast(cousin))}, melanoma at 33.</p>
<p><b>Maternal grandmother (I-2):</b> ${N(`${gm.first} ${gm.last}`)}, breast cancer at 68, died at ${phi('AGE_OVER_89', `${gmAge} y`)} of a stroke. <b>Maternal grandfather (I-1):</b> prostate cancer, died at ${gfAge}. Paternal side: father alive at ${g.int(70, 84)}, colon polyps; paternal uncle with Huntington disease (not relevant to this referral). No Ashkenazi Jewish ancestry reported. No consanguinity.</p>
<h4>Risk assessment</h4>
<p>Meets NCCN criteria for testing (first-degree relative with a known pathogenic variant). Tyrer-Cuzick v8 lifetime breast cancer risk 28.4% before testing. Li-Fraumeni, Cowden and Lynch syndrome features absent.</p>
<h4>Plan</h4>
<p>Single-site testing for the familial BRCA2 variant; saliva kit sent, requisition/accession ${phi('ID', accession)}. Results by phone to ${P(p.cell, 'paren')} or in person. Family letter for cascade testing given for ${his(p)} brother and cousin. GINA reviewed. Follow-up ${D(daysFrom(g.today, 21), 'weekday', '12', ' at ')}.</p>
<p class="sig">${provFLC(gc)} · ${D(at(visit, 90), 'mdy', '12')} · 60 min, &gt; 50% counseling (96041)</p>
</div>`,
    };
  }
  const p = patient(g, 38, 96, g.pick(['words', 'filipino', 'hawaiian', 'samoan']));
  const staff = [clinician(g, ['RN']), clinician(g, ['MA']), clinician(g, ['Front Desk']), clinician(g, ['Billing']), clinician(g, ['LCSW']), clinician(g, ['MD'])];
  const ex = drawName(g, 'words', p.sex === 'female' ? 'male' : 'female');
  const son = drawName(g, 'words', 'male', p.last);
  son.first = 'Will';
  const dau = drawName(g, p.pool, 'female', g.chance(0.5) ? p.last : undefined);
  const newAddr = address(g);
  const plate = `${g.int(1, 9)}${g.upper(3)}${g.digits(2)}`;
  const moved = g.past(6, 10);
  const pref = p.nick || 'Sunny';
  const notes: [number, Date, Part][] = [
    [2, at(g.today, -g.int(12000, 16000)), h`Pt prefers to be called "${N(pref)}" — please use at check-in.`],
    [4, at(g.today, -g.int(9000, 11000)), h`Do NOT release any information to ${p.sex === 'female' ? 'ex-husband' : 'ex-wife'} ${N(firstLast(ex))}, even if ${ex.sex === 'female' ? 'she' : 'he'} claims to be the emergency contact. Protective order on file (scanned to Media).`],
    [1, at(g.today, -g.int(7000, 8500)), h`Son ${N(`${son.first} ${son.last}`)} calls daily from London, ${phi('PHONE', intl(g, 'uk', true))} — pt signed verbal consent for him. Will call back if he misses us.`],
    [2, moved, h`Address changed ${D(moved, 'md')}: ${phi('ADDRESS', newAddr.street)}, ${phi('ADDRESS', newAddr.city)} ${phi('ZIP', newAddr.zip)}. Old address returned mail.`],
    [3, at(g.today, -g.int(3000, 4000)), h`Bill: pt on payment plan $40/mo. Send the bill to ${his(p)} daughter ${N(firstLast(dau))}, ${phi('EMAIL', emailOf(g, dau))}. Account ${phi('ACCOUNT', g.digits(8))}.`],
    [0, at(g.today, -g.int(1000, 2000)), h`Hard of hearing — use the pocket talker. Service dog "Brownie" (yellow lab) comes to visits; ok per policy.`],
    [1, at(g.today, -g.int(300, 900)), h`Drives ${him(p)}self; parks in accessible spot, plate ${phi('VEHICLE', plate)} (${p.state}). Brown sedan.`],
    [5, at(g.today, -g.int(60, 200)), h`Stone in R kidney on CT (7 mm) — pt aware. Urology referral placed; young nephew helps with the portal.`],
  ];
  notes.sort((a, b) => b[1].getTime() - a[1].getTime());
  return {
    title: 'Chart — Sticky Notes',
    css: BASE_CSS + '.sticky{background:#fff8b3;box-shadow:1px 2px 4px #bbb;margin:8px;padding:8px;width:520px}.sticky .meta{font-size:11px;color:#666}.hdr{background:#eef;padding:5px}',
    body: h`
<div class="hdr patient-banner">${N(lastFirst(p))} · ${D(p.dob, 'mdy')} · ${A(p.age, ' yo')} · ${sexLetter(p)} · MRN ${phi('MRN', mrnStyled(g, 3))} · PCP ${drName(staff[5]!)} · 8 sticky notes</div>
<div class="tools">+ New note · Show: All (8) · Mine · Shared with practice</div>
${notes.map(([who, when, text]) => h`<div class="sticky"><div class="meta">${staff[who]!.first} ${staff[who]!.last}, ${staff[who]!.credential} · ${D(when, 'mondy', '12')}</div><div class="txt">${text}</div><div class="meta">Reply · Edit · Resolve</div></div>`)}
<div class="foot">Sticky notes are not part of the legal medical record. Visible to practice staff only. v2.4</div>`,
  };
}

// ---------------------------------------------------------------------------------------------

const LAYOUTS: Layout[] = [
  ['encounter-summary-collapsible', encounterSummary, ['en', 'en']],
  ['claim-charge-entry', claimEntry, ['en', 'en']],
  ['ophthalmology-retina', ophthalmology, ['en', 'en']],
  ['prenatal-nicu', obNicu, ['en', 'en']],
  ['dialysis-infusion', dialysisInfusion, ['en', 'en']],
  ['transplant-waitlist', transplant, ['en', 'en']],
  ['lis-blood-bank', lisBloodBank, ['en', 'en']],
  ['utilization-hospice-notes', reviewNotes, ['en', 'en']],
  ['telehealth-referral-queues', queues, ['en', 'en']],
  ['registration-wizard-mobile', registration, ['en', 'en']],
  ['eligibility-workers-comp', payerForms, ['en', 'en']],
  ['school-jail-health', schoolJail, ['en', 'en']],
  ['german-french-chart', europe1, ['en', 'en']],
  ['spanish-dutch-chart', europe2, ['en', 'en']],
  ['mpi-merge-hie-viewer', mpiHie, ['en', 'en']],
  ['roi-consent-discharge-print', consentDischarge, ['en', 'en']],
  ['erx-wristband-labels', erxLabels, ['en', 'en']],
  ['genetics-sticky-notes', geneticsNotes, ['en', 'en']],
];

export function generateUnseenPages(seed = UNSEEN_SEED): ProbePage[] {
  return generateLayoutPages(LAYOUTS, seed, 137, TODAY);
}
