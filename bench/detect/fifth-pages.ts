/**
 * A FIFTH BLIND corpus of EHR screens: screens and products that neither the reference corpus
 * (Medplum), the first probe (bench/detect/probe-pages.ts), the held-out set
 * (bench/detect/holdout-pages.ts), the unseen set (bench/detect/unseen-pages.ts) nor the blind set
 * (bench/detect/blind-pages.ts) has. It stands in for screens nobody on the team has seen: it was
 * written without looking at the engine (nothing under shared/detect/, extension/, docs/ or worker/,
 * and no test, was read) and must never be edited to make the engine pass or fail; fix a page only
 * when its ground truth is wrong.
 *
 * Styles (two pages each): labor & delivery tracking board and mother-baby couplet list; death
 * certificate worksheet (form boxes) and funeral home's decedent-information sheet; 12-lead ECG
 * report (MUSE-like, all caps) and echocardiogram report; cardiac-device remote-monitoring
 * transmission and CGM/insulin-pump download report; prescription drug monitoring program (PDMP)
 * reports (risk-score summary and state table); OCR text of a scanned insurance card (front/back) and
 * of a driver's licence; POLST form and health-care-proxy / advance-directive registry view;
 * inpatient belongings inventory and ED valuables-envelope log; dietary tray tickets (cards) and a
 * diet-office order board; HIM coding worklist (encoder) and chart-deficiency / physician-query list;
 * tumor-board agenda and heart-team conference list; child-abuse mandated report and adult
 * protective services referral; home-oxygen certificate of medical necessity (CMS-484) and a power
 * wheelchair detailed written order; Singapore polyclinic (NRIC) and Malaysian klinik kesihatan
 * (MyKad) screens; Thai hospital OPD (Buddhist-era dates) and Indonesian RSUD (NIK, BPJS) screens;
 * Japanese clinic chart (romanized, Japanese era dates, My Number) and Taiwanese clinic (ROC dates,
 * NHI card) screens; Danish (CPR) and Icelandic (kennitala) chart screens; New Zealand discharge
 * summary (NHI) and Australian ED discharge letter (Medicare, IHI, DVA); Nigerian (NIN, NHIA) and
 * Ghanaian (Ghana Card, NHIS) outpatient cards; Estonian (isikukood) and Lithuanian (asmens kodas)
 * chart screens. Mixed within pages: th/td tables, dl lists, label + input, "Label: value" inline,
 * aria-labels, icons with no label, values with no label where the layout implies them, boxed and
 * split values, all caps, odd separators (" | ", " // ", "::", "·"), abbreviations, OCR noise.
 *
 * Deterministic: seeded @faker-js/faker through the first probe's generator (G) for the US parts
 * (street addresses, cities, ZIPs, phones, birth dates, clinicians' and staff names), with
 * hand-written name pools of origins the earlier sets do not use: Thai (with nicknames), Lao, Khmer,
 * Burmese and Karen (honorifics Daw/U/Saw/Naw, no surname), Tibetan, Mongolian, Malay (bin/binti),
 * Singaporean Hokkien/Teochew, Javanese/Balinese single names and Batak surnames, Taiwanese
 * (Wade-Giles, with characters), Okinawan (with katakana), Sinhala, Malayalam (Kerala Christian),
 * Hausa/Fulani, Akan (day names), Cook Islands Māori and Niuean, Danish, Icelandic (patronymics),
 * Estonian, Lithuanian (inflected women's surnames), Albanian, Bosnian/Serbian/Croatian, Cajun
 * (with nicknames), Ashkenazi/Yiddish, and English given names and surnames that are ordinary or
 * clinical-looking words (Grace, Hope, Faith, Rose, Ivy, Gray, Cole, Mason, Wade; Baker, Wells,
 * Hale, Marsh, Black, Green, Lane, Page, Banks, Parker, Nurse, Doctor); nicknames, initials,
 * hyphenated and double surnames, particles (bin, binti, a/l), suffixes (Jr., III), and a fixed
 * "today" (Wednesday 21 January 2026).
 *
 * Ground truth is recorded while a page is written, with the first probe's builder (`phi` marks a
 * value, `finish` turns marks into offsets and checks them; `checkTruth` (holdout-pages.ts) re-checks
 * offsets and overlaps). Conventions are the blind set's, copied here verbatim:
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
 * - (unseen set) A value split over boxes is marked box by box, each part with the value's type.
 *   Dates in any language or format are DATE; gestational ages, days of life, post-op days, hospital
 *   days, cycle days and durations are not. "Baby Girl"/"Baby Boy" is part of the NAME; an alias
 *   ("AKA") is a NAME. A masked SSN's visible part is an SSN. A place of birth below country level
 *   (city) is ADDRESS. A national social-security number is SSN; another national identity number is
 *   ID; a statutory or private insurance number is HEALTH_PLAN; a hospital's patient number is MRN and
 *   its case/stay number ACCOUNT; a patient's order, specimen, band, student, booking and referral
 *   numbers are ID; a driver's licence is DRIVERS_LICENSE. Staff of payers, employers, agencies and
 *   police acting in their role are not PHI; employers' names are organisations; product codes,
 *   equipment serials, page numbers, versions and match scores are not PHI.
 *
 * Additions, for values these screens have and the earlier sets did not (none changes a rule above):
 * - (blind set, applied here as there) A patient's or relative's initials written for their name are
 *   NAME; a patronymic is part of a NAME; addresses abroad: the street line and every locality below
 *   the country's first administrative level are ADDRESS, the first level and the country are not
 *   PHI, the postcode is ZIP; a guarantor's or patient's bank or card account (masked: the visible
 *   digits) is ACCOUNT; a passport number is PASSPORT; the patient's vehicle plate and VIN are VEHICLE;
 *   a pacemaker's, CPAP's or insulin pump's serial is DEVICE; bed and room labels are not PHI.
 * - Calendar eras: a Buddhist-era date ("21 ม.ค. 2569", "21/01/2569"), a Japanese era date
 *   ("令和8年1月21日", "R8.1.21", "S27.3.4") and a Republic of China date ("115/01/21", "民國115年1月21日")
 *   are DATE, like any other date.
 * - Honorifics and name forms: Burmese U/Daw/Ko/Ma and Karen Saw/Naw, Malay bin/binti and Indian a/l,
 *   an Icelandic patronymic, a Thai nickname ("Noi"), a Cajun nickname ("T-Boy"), a name in katakana
 *   or Chinese characters beside its romanization: each is (part of) a NAME. A newborn's "Baby Boy A"
 *   twin label is part of the NAME.
 * - National identifiers: Singapore NRIC/FIN, Malaysian MyKad number, Thai national ID, Indonesian
 *   NIK, Taiwanese national ID, Japanese My Number, Danish CPR-nummer, Icelandic kennitala, Estonian
 *   isikukood, Lithuanian asmens kodas, Nigerian NIN, Ghana Card PIN and NZ NHI are ID, as are a US
 *   death certificate's state and local file numbers, a driver's licence's document discriminator (DD),
 *   a valuables-envelope or belongings-bag number, an ECG/echo order or accession number, a PDMP
 *   patient/record ID and a POLST/advance-directive registry number.
 * - Insurance numbers: Indonesian BPJS Kesehatan card number, Taiwanese NHI card number, a Japanese
 *   insured person's number (被保険者番号, 記号・番号), Nigerian NHIA enrolee number, Ghanaian NHIS
 *   membership number, Australian DVA file number, a European Health Insurance Card number and a
 *   card's RxGRP are HEALTH_PLAN. Not PHI: a Japanese insurer number (保険者番号) and a card's RxBIN
 *   and RxPCN (they name the payer or processor), a Danish sygesikringsgruppe, a Thai benefit scheme.
 * - Addresses: a Ghanaian GhanaPost GPS digital address ("GA-492-7781"), a Thai moo/tambon/amphoe, an
 *   Indonesian RT/RW, kelurahan and kecamatan, a Nigerian LGA, a Singapore block/unit ("Blk 412 …
 *   #08-1123"), a Danish or Lithuanian kommune/savivaldybė are ADDRESS; a Thai changwat, an
 *   Indonesian provinsi, a Japanese prefecture, a Nigerian or Malaysian state, a Danish region, an
 *   Estonian maakond and a Lithuanian apskritis are first-level and not PHI. A place of death that
 *   is a home address is ADDRESS; a hospital, cemetery or funeral home is an organisation.
 * - Devices: an ICD's or pacemaker's leads' serials, a home remote monitor's serial, a CGM
 *   transmitter ID or receiver serial, a home oxygen concentrator's serial, a hearing aid's serial
 *   and a patient's phone IMEI are DEVICE; a device model or catalogue number is not.
 * - Other values: an online obituary or guestbook page about the patient is URL, like a fundraiser
 *   page. A live-in caregiver (Singapore foreign domestic worker) is a household member: her name and
 *   FIN are PHI. Hospital numbers abroad follow the unseen-set rule (Thai HN, Japanese 患者ID,
 *   Taiwanese 病歷號, Indonesian No. RM, Ghanaian folder number, Nigerian hospital number, Australian
 *   UR are MRN; Thai VN, NZ event number and Estonian ravijuhtum are ACCOUNT); a BPJS SEP number, a
 *   Medicare prior-authorisation UTN and an e-referral number are ID; the Japanese 被保険者番号 holds
 *   for long-term-care insurance too (HEALTH_PLAN). In an address, "Singapore" before the postcode is the
 *   country and a Taiwanese special municipality (台北市) is first-level: not PHI; the 〒 mark is not
 *   part of the ZIP.
 * - Scanned and decoded text: an OCR-garbled value ("1O/28/1966", "XKWll0995904") is marked with its
 *   type as printed; in a decoded PDF417 barcode the value after its three-letter element ID ("DAQ",
 *   "DBB", "DCS") is marked without the ID, and the issuer header ("ANSI 636002…") is not PHI.
 * - Not PHI, as hard negatives: tooth numbers, gestational ages (39w2d), cervical exams (4/80/-1),
 *   Apgar scores, G/P counts, ECG intervals and axes, DRGs, HCPCS/CPT/ICD/LOINC/NDC codes, MME, risk
 *   scores, lot numbers, diet orders, organ-donor and code-status flags, clinicians' pager numbers.
 */
import {
  A, BASE_CSS, D, FACILITIES, G, MON, MONTH, N, P, STREET_NAMES, STREET_SUFFIX, US_PLACES, WEEKDAY,
  fd, fp, ft, h, luhnCheckDigit, pad, phi, sexLetter, sexWord,
  type Html, type Part, type Patient, type Phone, type ProbePage, type Provider, type Relative, type Screen, type Sex,
} from './probe-pages';
import { generateLayoutPages, type Layout } from './holdout-pages';
import { addDays, addMin, at, Dd, dmyDot, dmySlash, drFL, hm, hmc, ini, ip4, Mo, money, provFLC, series, streetLine, T, Y, ymd } from './blind-pages';

export const FIFTH_SEED = 21_012_026;
/** "Today" for every page (a Wednesday): fixed so the corpus is the same on every run. */
const TODAY = new Date('2026-01-21T13:50:00Z');
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Names of many origins (hand-written pools)

interface Pool {
  f: string[];
  m: string[];
  last: string[];
  /** Women's surnames where the language inflects them (Lithuanian married forms). */
  lastF?: string[];
}

const POOLS = {
  thai: { f: ['Siriporn', 'Nongluck', 'Pranee', 'Kanokwan', 'Wanida', 'Ratchanee'], m: ['Somchai', 'Prasert', 'Wichai', 'Thanakorn', 'Anan', 'Surachai'], last: ['Srisawat', 'Boonmee', 'Thongdee', 'Saelim', 'Kaewkongka', 'Phromma', 'Jaidee', 'Wongchai'] },
  lao: { f: ['Khamla', 'Bounmy', 'Viengkham', 'Souksavanh', 'Phetsamone', 'Chanthala'], m: ['Somphone', 'Khamphanh', 'Bounthavy', 'Sengphet', 'Vilayphone', 'Thongsavath'], last: ['Phommachanh', 'Sisavath', 'Vongphachanh', 'Keomany', 'Chanthavong', 'Inthavong', 'Southammavong'] },
  khmer: { f: ['Sokha', 'Chanthou', 'Sreymom', 'Bopha', 'Kunthea', 'Sophea'], m: ['Sokhom', 'Vuthy', 'Dara', 'Sovann', 'Rithy', 'Samnang'], last: ['Chea', 'Sok', 'Keo', 'Chhim', 'Pich', 'Meas', 'Prum', 'Touch'] },
  cajun: { f: ['Clothilde', 'Odile', 'Eunice', 'Marie-Ange', 'Noelie', 'Lorena'], m: ['Alcide', 'Ulysse', 'Octave', 'Clovis', 'Théophile', 'Dudley'], last: ['Thibodeaux', 'Boudreaux', 'Arceneaux', 'Broussard', 'Guidry', 'Fontenot', 'Landry', 'Breaux'] },
  ashkenazi: { f: ['Chaya', 'Faigy', 'Perel', 'Malka', 'Raizel', 'Blima'], m: ['Mendel', 'Yankel', 'Hershel', 'Zalman', 'Feivel', 'Velvel'], last: ['Rosenbaum', 'Goldfarb', 'Feldman', 'Weinstein', 'Kornblum', 'Teitelbaum', 'Grünwald', 'Halberstam'] },
  albanian: { f: ['Drita', 'Mimoza', 'Blerina', 'Vjosa', 'Lindita', 'Shpresa'], m: ['Arben', 'Besnik', 'Driton', 'Gëzim', 'Ilir', 'Fatmir'], last: ['Hoxha', 'Krasniqi', 'Berisha', 'Gashi', 'Shehu', 'Kelmendi', 'Dervishi'] },
  bosnian: { f: ['Jasmina', 'Amra', 'Snježana', 'Milica', 'Ljiljana', 'Mirsada'], m: ['Dragan', 'Emir', 'Zoran', 'Nenad', 'Mirsad', 'Haris'], last: ['Hodžić', 'Begović', 'Petrović', 'Jovanović', 'Kovačević', 'Šarić', 'Mehmedović'] },
  tibetan: { f: ['Tenzin Dolma', 'Sonam Wangmo', 'Pema Yangchen', 'Dechen Lhamo', 'Kunga Choedon', 'Tsering Yangzom'], m: ['Lobsang Tashi', 'Pema Tsering', 'Tenzin Norbu', 'Karma Gyaltsen', 'Ngawang Dorjee', 'Jampa Phuntsok'], last: [] as string[] },
  burmese: { f: ['Daw Khin Myint', 'Daw Aye Aye Than', 'Ma Thida Win', 'Daw Nwe Nwe Oo', 'Naw Say Paw', 'Naw Eh Htoo'], m: ['U Tun Aung', 'U Kyaw Min Oo', 'Ko Zaw Lin Htet', 'Saw Eh Doh', 'Saw Ler Htoo', 'U Myint Swe'], last: [] as string[] },
  mongolian: { f: ['Bolormaa', 'Oyuunchimeg', 'Enkhtuya', 'Sarangerel', 'Naranchimeg', 'Altantsetseg'], m: ['Ganbaatar', 'Batbayar', 'Tömörbaatar', 'Erdenebat', 'Sükhbaatar', 'Munkhbat'], last: ['Ganbaataryn', 'Dorjiin', 'Batyn', 'Tserendorjiin', 'Luvsangiin', 'Purevjavyn'] },
  sinhala: { f: ['Dilani', 'Nadeesha', 'Kumudini', 'Anusha', 'Chathurika', 'Sanduni'], m: ['Chaminda', 'Tharindu', 'Lasantha', 'Nuwan', 'Sampath', 'Ruwan'], last: ['Wickramasinghe', 'Jayasuriya', 'Gunawardena', 'Senanayake', 'Dissanayake', 'Ranasinghe', 'Abeysekera'] },
  malayalam: { f: ['Aleyamma', 'Thankamma', 'Mariamma', 'Annamma', 'Sosamma', 'Rincy'], m: ['Kunjumon', 'Kurian', 'Chacko', 'Varghese', 'Thomaskutty', 'Babu'], last: ['Varghese', 'Kurian', 'Mathew', 'Thomas', 'Puthenpurackal', 'Kallarackal', 'Chirayath'] },
  wordy: { f: ['Grace', 'Hope', 'Faith', 'Rose', 'Ivy', 'Pearl', 'Joy', 'Dawn'], m: ['Gray', 'Cole', 'Mason', 'Hunter', 'Wade', 'Chase', 'Forrest', 'Carter'], last: ['Baker', 'Wells', 'Hale', 'Marsh', 'Black', 'Green', 'Lane', 'Page', 'Banks', 'Parker', 'Nurse', 'Doctor'] },
} satisfies Record<string, Pool>;

type Origin = keyof typeof POOLS;
const US_ORIGINS: Origin[] = ['thai', 'lao', 'khmer', 'cajun', 'ashkenazi', 'albanian', 'bosnian', 'mongolian', 'sinhala', 'malayalam', 'wordy', 'wordy', 'wordy'];

interface Who {
  sex: Sex;
  first: string;
  last: string;
}

const FEMALE_RELATIONS = ['daughter', 'sister', 'niece', 'granddaughter', 'wife', 'mother', 'daughter-in-law', 'aunt', 'grandmother', 'partner (F)'];

/** A name from a pool; pools without surnames (Tibetan, Burmese) give the whole name as `first` and an empty `last`. */
function who(g: G, origin: Origin, sex: Sex = g.pick(['female', 'male'] as const), last?: string): Who {
  const pool: Pool = POOLS[origin];
  if (pool.last.length === 0) return { sex, first: g.pick(sex === 'female' ? pool.f : pool.m), last: '' };
  const i = g.int(0, pool.last.length - 1);
  const surname = last ?? (sex === 'female' && pool.lastF ? pool.lastF[i]! : pool.last[i]!);
  return { sex, first: g.pick(sex === 'female' ? pool.f : pool.m), last: surname };
}

const full = (w: Who) => (w.last ? `${w.first} ${w.last}` : w.first);

/** Latin letters only, for e-mail addresses. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/ð/g, 'd')
    .replace(/þ/g, 'th')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function mail(g: G, first: string, last: string, domains = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'aol.com', 'att.net']): string {
  const a = fold(first.split(/[ -]/)[0]!);
  const b = fold(last || first.split(' ').slice(-1)[0]!);
  const shape = g.int(0, 3);
  const local = shape === 0 ? `${a}.${b}` : shape === 1 ? `${a.charAt(0)}${b}${g.int(1, 99)}` : shape === 2 ? `${a}${b.charAt(0)}${g.int(10, 1999)}` : `${b}_${a}`;
  return `${local}@${g.pick(domains)}`;
}

/** A US patient (faker address, phones, dates) named from a pool; spouse and child renamed from the same pool. */
function pat(g: G, origin: Origin, minAge = 20, maxAge = 95, sex?: Sex): Patient {
  const p = g.patient(minAge, maxAge);
  const w = who(g, origin, sex ?? p.sex);
  p.sex = w.sex;
  p.first = w.first;
  p.last = w.last;
  p.middle = g.chance(0.4) && POOLS[origin].last.length > 0 ? who(g, origin, w.sex).first.split(' ')[0]! : '';
  p.prefix = w.sex === 'female' ? g.pick(['Mrs.', 'Ms.']) : 'Mr.';
  p.email = mail(g, p.first, p.last);
  p.maiden = who(g, origin, 'female').last;
  renameRelative(g, p.spouse, origin, w.sex === 'female' ? 'husband' : 'wife', g.chance(0.6) ? p.last : undefined);
  renameRelative(g, p.child, origin, p.child.relation, g.chance(0.6) ? p.last : undefined);
  return p;
}

function renameRelative(g: G, r: Relative, origin: Origin, relation: string, last?: string): void {
  const sex: Sex = FEMALE_RELATIONS.includes(relation) ? 'female' : 'male';
  const w = who(g, origin, sex, last);
  r.relation = relation;
  r.sex = sex;
  r.first = w.first;
  r.last = w.last;
  r.middle = '';
  r.prefix = sex === 'female' ? 'Mrs.' : 'Mr.';
}

function relative(g: G, origin: Origin, relation: string, last?: string): Relative {
  const sex: Sex = FEMALE_RELATIONS.includes(relation) ? 'female' : 'male';
  const w = who(g, origin, sex, last);
  return { sex, prefix: sex === 'female' ? 'Ms.' : 'Mr.', first: w.first, middle: '', last: w.last, relation, phone: g.phone() };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const LF = (p: Who) => (p.last ? `${p.last}, ${p.first}` : p.first);
const LFU = (p: Who) => (p.last ? `${p.last.toUpperCase()}, ${p.first.toUpperCase()}` : p.first.toUpperCase());
const login = (p: Provider) => `${p.first.charAt(0).toLowerCase()}${fold(p.last).slice(0, 7)}`;
const MBI_L = 'ACDEFGHJKMNPQRTUVWXY';
const mbi = (g: G) => `${g.int(1, 9)}${g.letters(1, MBI_L)}${g.letters(1, MBI_L + '0123456789')}${g.int(0, 9)}${g.letters(1, MBI_L)}${g.letters(1, MBI_L + '0123456789')}${g.int(0, 9)}${g.letters(2, MBI_L)}${g.digits(2)}`;
const usStreet = (g: G) => `${g.int(10, 4999)} ${g.pick(STREET_NAMES)} ${g.pick(STREET_SUFFIX)}`;
const usPhone = (g: G): Phone => g.phone();

/** A birth date for an age range on TODAY (00:00 UTC). */
function birth(g: G, minAge: number, maxAge: number): Date {
  const d = g.f.date.birthdate({ mode: 'age', min: minAge, max: maxAge, refDate: TODAY });
  d.setUTCHours(0, 0, 0, 0);
  return d;
}

function ageOf(dob: Date, on: Date = TODAY): number {
  let age = Y(on) - Y(dob);
  if (Mo(on) < Mo(dob) || (Mo(on) === Mo(dob) && Dd(on) < Dd(dob))) age--;
  return age;
}


// National identifiers, with their real check digits.

/** Singapore NRIC (S/T) or FIN (F/G). */
function nric(g: G, prefix: 'S' | 'T' | 'F' | 'G'): string {
  const d = g.digits(7);
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = d.split('').reduce((acc, x, i) => acc + Number(x) * w[i]!, 0);
  if (prefix === 'T' || prefix === 'G') sum += 4;
  const table = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK';
  return `${prefix}${d}${table[sum % 11]}`;
}

/** Malaysian MyKad: YYMMDD-PB-###G (last digit odd for men). */
function mykad(g: G, dob: Date, sex: Sex, pb: string): string {
  const last = g.int(0, 4) * 2 + (sex === 'male' ? 1 : 0);
  return `${String(Y(dob)).slice(2)}${pad(Mo(dob) + 1)}${pad(Dd(dob))}-${pb}-${g.digits(3)}${last}`;
}

/** Thai national ID, 13 digits with its mod-11 check digit, written X-XXXX-XXXXX-XX-X. */
function thaiId(g: G): string {
  const body = `${g.int(1, 5)}${g.digits(11)}`;
  const sum = body.split('').reduce((acc, x, i) => acc + Number(x) * (13 - i), 0);
  const s = body + ((11 - (sum % 11)) % 10);
  return `${s[0]}-${s.slice(1, 5)}-${s.slice(5, 10)}-${s.slice(10, 12)}-${s[12]}`;
}

/** Indonesian NIK: region (6) + DDMMYY (women's day + 40) + serial (4). */
function nik(g: G, region: string, dob: Date, sex: Sex): string {
  return `${region}${pad(Dd(dob) + (sex === 'female' ? 40 : 0))}${pad(Mo(dob) + 1)}${String(Y(dob)).slice(2)}${pad(g.int(1, 40), 4)}`;
}

/** Taiwanese national ID: letter, 1 (men) / 2 (women), 7 digits, check digit. */
function twId(g: G, sex: Sex): string {
  const codes: Record<string, number> = { A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, J: 18, K: 19, L: 20, M: 21, N: 22, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, X: 30, Y: 31, W: 32, Z: 33, I: 34, O: 35 };
  const letter = g.pick(['A', 'B', 'D', 'E', 'F', 'H', 'T']);
  const n = codes[letter]!;
  const digits = `${sex === 'male' ? 1 : 2}${g.digits(7)}`;
  const sum = Math.floor(n / 10) + (n % 10) * 9 + digits.split('').reduce((acc, x, i) => acc + Number(x) * (8 - i), 0);
  return `${letter}${digits}${(10 - (sum % 10)) % 10}`;
}

/** Japanese My Number (individual number): 11 digits and a check digit, written in groups of four. */
function myNumber(g: G): string {
  const body = `${g.int(1, 9)}${g.digits(10)}`;
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = Number(body[11 - n]);
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const r = sum % 11;
  const s = body + (r <= 1 ? 0 : 11 - r);
  return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
}

/** Danish CPR-nummer DDMMYY-SSSS (last digit odd for men). */
function cpr(g: G, dob: Date, sex: Sex): string {
  const last = g.int(0, 4) * 2 + (sex === 'male' ? 1 : 0);
  return `${pad(Dd(dob))}${pad(Mo(dob) + 1)}${String(Y(dob)).slice(2)}-${g.int(0, 3)}${g.digits(2)}${last}`;
}

/** Icelandic kennitala DDMMYY-RRCC (check digit, century digit). */
function kennitala(g: G, dob: Date): string {
  for (;;) {
    const body = `${pad(Dd(dob))}${pad(Mo(dob) + 1)}${String(Y(dob)).slice(2)}${g.int(2, 9)}${g.int(0, 9)}`;
    const w = [3, 2, 7, 6, 5, 4, 3, 2];
    const sum = body.split('').reduce((acc, x, i) => acc + Number(x) * w[i]!, 0);
    let c = 11 - (sum % 11);
    if (c === 11) c = 0;
    if (c === 10) continue;
    return `${body.slice(0, 6)}-${body.slice(6)}${c}${Y(dob) >= 2000 ? 0 : 9}`;
  }
}

/** Estonian isikukood / Lithuanian asmens kodas: G YYMMDD SSS C. */
function balticId(g: G, dob: Date, sex: Sex): string {
  const gen = (Y(dob) >= 2000 ? 5 : 3) + (sex === 'female' ? 1 : 0);
  const body = `${gen}${String(Y(dob)).slice(2)}${pad(Mo(dob) + 1)}${pad(Dd(dob))}${g.digits(3)}`;
  const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1];
  const w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3];
  const mod = (w: number[]) => body.split('').reduce((acc, x, i) => acc + Number(x) * w[i]!, 0) % 11;
  let c = mod(w1);
  if (c === 10) c = mod(w2);
  if (c === 10) c = 0;
  return body + c;
}

/** New Zealand NHI, old format AAANNNC (no I or O). */
function nhi(g: G): string {
  const alpha = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  for (;;) {
    const letters = g.letters(3, alpha);
    const digits = g.digits(3);
    const vals = [...letters.split('').map((c) => alpha.indexOf(c) + 1), ...digits.split('').map(Number)];
    const sum = vals.reduce((acc, v, i) => acc + v * (7 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 11) continue;
    return `${letters}${digits}${check === 10 ? 0 : check}`;
  }
}

/** Australian Medicare card number (8 digits, check digit, issue number), written 4-5-1. */
function auMedicare(g: G): string {
  const d = `${g.int(2, 6)}${g.digits(7)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9];
  const check = d.split('').reduce((acc, x, i) => acc + Number(x) * w[i]!, 0) % 10;
  const s = `${d}${check}${g.int(1, 5)}`;
  return `${s.slice(0, 4)} ${s.slice(4, 9)} ${s.slice(9)}`;
}

/** Australian Individual Healthcare Identifier: 800360 + 9 digits + Luhn, in groups of four. */
function ihi(g: G): string {
  const body = `800360${g.digits(9)}`;
  const s = body + luhnCheckDigit(body);
  return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8, 12)} ${s.slice(12)}`;
}

// ---------------------------------------------------------------------------------------------
// 1. Labor & delivery tracking board; mother-baby couplet list

function laborBoard(g: G, k: number): Screen {
  const css = BASE_CSS + '.hdr{background:#5b2a6e;color:#fff;padding:5px}.brd td,.brd th{border:1px solid #c9b6d6;font-size:12px}.brd th{background:#efe6f5}.cat1{background:#e6f6e6}.cat2{background:#fff6d6}.pane{border:1px solid #bbb;margin:6px;padding:4px}.chip{border-radius:8px;background:#eee;padding:0 5px;font-size:10px;margin-left:2px}';
  const origins: Origin[] = ['cajun', 'cajun', 'khmer', 'lao', 'wordy', 'cajun', 'thai', 'wordy'];
  if (k === 0) {
    const rows = origins.map((o, i) => {
      const p = pat(g, o, 17, 43, 'female');
      const gest = g.int(34, 41);
      const gd = g.int(0, 6);
      const edd = addDays(TODAY, (40 - gest) * 7 - gd + g.int(-1, 1));
      const grav = g.int(1, 6);
      const para = g.int(0, grav - 1);
      const dil = g.int(1, 10);
      const room = i < 6 ? `LDR ${i + 1}` : `Triage ${i - 5}`;
      const rom = g.chance(0.5) ? h`SROM ${hm(addMin(TODAY, -g.int(30, 600)))}` : g.chance(0.5) ? 'Intact' : h`AROM ${hm(addMin(TODAY, -g.int(30, 300)))}`;
      const nurse = g.provider();
      const ob = g.provider();
      return { p, gest, gd, edd, grav, para, dil, room, rom, nurse, ob, cat: g.pick(['I', 'I', 'I', 'II']), epi: g.pick(['Yes', 'No', 'Req', 'IV pain']), gbs: g.pick(['Neg', 'Pos', 'Unk', 'Neg']),
        note: g.pick(['IOL - Pitocin 6 mu', 'PROM, IOL', 'Spont labor', 'r/o labor', 'Pre-E w/o SF, Mg', 'VBAC TOLAC', 'Twins, di/di', 'Decreased FM']) };
    });
    const sel = rows[0]!;
    const fob = who(g, 'cajun', 'male');
    const mother = relative(g, 'cajun', 'mother', sel.p.maiden);
    const nick = g.pick(['T-Boy', 'Boo', 'Petit']);
    const fin = g.digits(10);
    const prenatalFrom = g.pick(['Acadiana Women’s Clinic', 'Bayou Teche OB/GYN', 'Lafayette Family Practice']);
    return {
      title: 'L&D Tracking Board',
      css,
      body: h`
<div class="hdr"><b>L&amp;D Tracking Board</b> · Women's &amp; Infants' Pavilion · ${D(TODAY, 'mdy', '24')} · Census ${rows.length} · Charge RN: ${g.provider().first} · In-house OB: Dr. ${g.provider().last} (pgr 4471) · Anesthesia: Dr. ${g.provider().last}</div>
<table class="brd">
  <tr><th>Room</th><th>Patient</th><th>Age</th><th>G/P</th><th>EGA</th><th>EDD</th><th>Cx</th><th>ROM</th><th>GBS</th><th>Epidural</th><th>FHR Cat</th><th>RN</th><th>OB</th><th>Comments</th></tr>
  ${rows.map((r) => h`<tr class="${r.cat === 'I' ? 'cat1' : 'cat2'}"><td>${r.room}</td><td>${N(`${r.p.last.toUpperCase()}, ${ini(r.p.first)}.`)}</td><td>${r.p.age}</td><td>G${r.grav}P${r.para}</td><td>${r.gest}w${r.gd}d</td><td>${D(r.edd, 'mdy2')}</td><td>${r.dil}/${g.pick([50, 60, 80, 90, 100])}/${g.pick(['-3', '-2', '-1', '0', '+1'])}</td><td>${r.rom}</td><td>${r.gbs}</td><td>${r.epi}</td><td>${r.cat}</td><td>${r.nurse.first} ${ini(r.nurse.last)}.</td><td>${r.ob.last}</td><td>${r.note}</td></tr>`)}
</table>
<div class="pane"><b>${sel.room} — ${N(`${sel.p.first} ${sel.p.last}`)}</b> <span class="chip">Pref. name: ${N(sel.p.first.split('-')[0]!)}</span>
  <table>
    <tr><td>DOB</td><td>${D(sel.p.dob, 'mdy')}</td><td>MRN</td><td>${phi('MRN', sel.p.mrn)}</td><td>FIN</td><td>${phi('ACCOUNT', fin)}</td></tr>
    <tr><td>Blood type</td><td>O NEG — RhoGAM 28 wk given</td><td>Rubella</td><td>Immune</td><td>HIV / HBsAg</td><td>Neg / Neg</td></tr>
    <tr><td>Prenatal care</td><td>${prenatalFrom} — records faxed ${D(addDays(TODAY, -g.int(2, 20)), 'md')}</td><td>Peds</td><td>Dr. ${g.provider().last}</td><td>Feeding plan</td><td>Breast</td></tr>
  </table>
  <p>Support person: FOB ${N(`${fob.first} "${nick}" ${fob.last}`)} at bedside, cell ${P(sel.p.spouse.phone, 'dash')}. Pt's mother ${N(`${mother.first} ${mother.last}`)} (${P(mother.phone, 'paren')}) to be called after delivery — pt requests no other visitors, no info to ex-partner. Cell on file ${P(sel.p.cell, 'dot')}. Home: ${phi('ADDRESS', sel.p.street)}, ${phi('ADDRESS', sel.p.city)}, ${sel.p.state} ${phi('ZIP', sel.p.zip)}.</p>
  <p>Labor course: arrived ${T(`${fd(addMin(TODAY, -420), 'md')} ${hm(addMin(TODAY, -420))}`)} with ctx q3-4 min; ${sel.rom}. Cx ${sel.dil}/80/-1 at ${hm(addMin(TODAY, -60))}. Pitocin per protocol, max 20 mu/min. Tdap given ${D(addDays(TODAY, -g.int(30, 60)), 'mdy')} (Lot AC52B${g.digits(3)}AA). EFW 3,450 g by Leopold's. Plan: anticipate SVD; Peds to delivery if meconium.</p></div>
<footer>Board refreshes every 30 s · Do not print · Page 1 of 1</footer>`,
    };
  }
  const dads = ['cajun', 'khmer', 'wordy', 'lao', 'cajun', 'thai'] as Origin[];
  const couplets = dads.map((o, i) => {
    const mom = pat(g, o, 18, 41, 'female');
    const born = addMin(TODAY, -g.int(6, 60) * 60);
    const sex: Sex = g.pick(['female', 'male'] as const);
    const twin = i === 2;
    const label = (s: Sex, tw = '') => `Baby ${s === 'female' ? 'Girl' : 'Boy'}${tw} ${mom.last}`;
    const babies = twin ? [{ name: label('male', ' A'), sex: 'male' as Sex }, { name: label('male', ' B'), sex: 'male' as Sex }] : [{ name: label(sex), sex }];
    return {
      mom, born, babies: babies.map((b) => ({ ...b, mrn: `${g.int(7, 9)}${g.digits(7)}`, band: `${g.digits(5)}`, wt: g.int(2410, 4320), apgar: `${g.int(6, 9)}/${g.int(8, 9)}`, bili: (g.int(20, 98) / 10).toFixed(1), feed: g.pick(['Breast', 'Formula', 'Combo']), hep: g.chance(0.8) })),
      room: `MB ${310 + i}`, ped: g.provider(), kit: `${g.digits(8)}`, delivery: g.pick(['SVD', 'SVD', 'Primary C/S', 'Repeat C/S', 'VAVD']),
    };
  });
  const sel = couplets[1]!;
  const selBaby = sel.babies[0]!;
  const grandma = relative(g, 'khmer', 'grandmother', sel.mom.maiden);
  return {
    title: 'Mother-Baby Couplets',
    css,
    body: h`
<div class="hdr"><b>Mother-Baby Unit</b> · Couplet Care List · ${D(TODAY, 'weekday')} · ${couplets.length} couplets · Lactation on unit until 19:00</div>
<table class="brd">
  <tr><th>Room</th><th>Mother</th><th>Mom MRN</th><th>Delivery</th><th>Infant</th><th>Infant MRN</th><th>Band #</th><th>Born</th><th>Wt (g)</th><th>Apgar</th><th>Feeding</th><th>TcB</th><th>Hep B</th><th>NBS kit</th><th>Pediatrician</th></tr>
  ${couplets.map((c) => c.babies.map((b, j) => h`<tr><td>${j === 0 ? c.room : ''}</td><td>${j === 0 ? N(`${c.mom.last}, ${c.mom.first}`) : '〃'}</td><td>${j === 0 ? phi('MRN', c.mom.mrn) : ''}</td><td>${c.delivery}</td><td>${N(b.name)}</td><td>${phi('MRN', b.mrn)}</td><td>${phi('ID', b.band)}</td><td>${D(c.born, 'mdy2', '24')}</td><td>${b.wt}</td><td>${b.apgar}</td><td>${b.feed}</td><td>${b.bili}</td><td>${b.hep ? h`Given (lot ${g.upper(1)}${g.digits(4)}${g.upper(2)})` : 'Declined'}</td><td>${phi('ID', `${c.kit}${j}`)}</td><td>${c.ped.last}</td></tr>`))}
</table>
<div class="pane"><b>${sel.room}</b> · ${N(`${sel.mom.first} ${sel.mom.last}`)} &amp; ${N(selBaby.name)}
  <dl><dt>Mother DOB</dt><dd>${D(sel.mom.dob, 'mdy')}</dd>
  <dt>Infant born</dt><dd>${D(sel.born, 'month', '12', ' at ')} · ${sel.delivery} · ${selBaby.wt} g · Apgar ${selBaby.apgar} · 38w6d</dd>
  <dt>Security</dt><dd>Hugs tag applied to infant ankle, matched to mother's band ${phi('ID', selBaby.band)} — pass-code word on file.</dd>
  <dt>Father / partner</dt><dd>${N(`${sel.mom.spouse.first} ${sel.mom.spouse.last}`)} ${P(sel.mom.spouse.phone, 'paren')}</dd>
  <dt>Birth certificate</dt><dd>Worksheet given; baby's name chosen: ${N(`${who(g, 'khmer', selBaby.sex).first} ${sel.mom.last}`)}. SSN application (Form SS-5) requested. Mother's address for certificate: ${phi('ADDRESS', streetLine(sel.mom))}, ${phi('ADDRESS', sel.mom.city)}, ${sel.mom.state} ${phi('ZIP', sel.mom.zip)}.</dd>
  <dt>Notes</dt><dd>Maternal grandmother ${N(`${grandma.first} ${grandma.last}`)} speaks Khmer only; interpreter line used. Hearing screen passed bilaterally (ABR). CCHD screen 98%/99% — pass. Circumcision: N/A. Discharge anticipated ${D(addDays(TODAY, 1), 'md')}; 1st peds visit ${D(addDays(TODAY, 3), 'mdy', '12')} with Dr. ${sel.ped.last}.</dd></dl></div>
<footer>Printed by ${login(g.provider())} · ${hm(TODAY)} · Page 1 of 1 · Down syndrome screen, Apgar and CCHD per unit protocol</footer>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Death certificate worksheet (U.S. standard certificate items, form boxes); funeral home decedent-information sheet

const bx = (type: 'DATE' | 'SSN' | 'NAME' | 'ZIP', parts: string[], sep = '–') => parts.map((x, i) => h`${i ? h`<span class="sep">${sep}</span>` : ''}<span class="bx">${phi(type, x)}</span>`);

function deathCert(g: G, k: number): Screen {
  const css = BASE_CSS + '.dc{border:2px solid #222;margin:6px}.dc td{border:1px solid #555;font-size:12px;vertical-align:top;padding:2px 4px}.it{display:block;font-size:9px;color:#333;text-transform:uppercase}.bx{display:inline-block;border:1px solid #333;min-width:14px;padding:0 3px;margin-right:2px;font:13px monospace}.ws{margin:8px}.ws h3{border-bottom:2px solid #333}.ws td{padding:2px 8px;border-bottom:1px dotted #aaa}';
  const certifier = { ...g.provider(), credential: 'MD' };
  const director = g.provider();
  if (k === 0) {
    const p = pat(g, 'albanian', 90, 98, 'male');
    const middle = g.pick(['Ramadan', 'Hysen', 'Xhemal']);
    const wife = who(g, 'albanian', 'female');
    const wifeMaiden = who(g, 'albanian', 'female').last;
    const father = who(g, 'albanian', 'male', p.last);
    const motherMaiden = who(g, 'albanian', 'female');
    const son = relative(g, 'albanian', 'son', p.last);
    const sonStreet = usStreet(g);
    const [sonCity, sonState, sonZip3] = g.pick(US_PLACES);
    const death = at(addDays(TODAY, -3), 4, 10);
    const pronounced = addMin(death, 35);
    const county = `${g.f.location.county()}`;
    const stateFile = `${Y(TODAY)}-${g.digits(6)}`;
    const localFile = `${g.digits(4)}`;
    const ssn = p.ssn.split('-');
    const dobParts = [pad(Mo(p.dob) + 1), pad(Dd(p.dob)), String(Y(p.dob))];
    const cell = (item: string, label: string, value: Part, span = 1) => h`<td colspan="${String(span)}"><span class="it">${item}. ${label}</span>${value}</td>`;
    return {
      title: 'EDRS - Death Certificate Worksheet',
      css,
      body: h`
<div class="top">Electronic Death Registration System · Case ${phi('ID', stateFile)} · Status: Medical certification pending · User: ${login(director)} (Funeral Home) · <a>Decedent</a> <a>Disposition</a> <a>Medical</a> <a>Validate</a></div>
<h3>CERTIFICATE OF DEATH — WORKSHEET (NOT A CERTIFIED COPY)</h3>
<div>STATE FILE NO. ${phi('ID', stateFile)} · LOCAL FILE NO. ${phi('ID', localFile)}</div>
<table class="dc">
  <tr>${cell('1', "Decedent's legal name (include AKA's if any) (First, Middle, Last)", h`<span class="bx">${N(p.first.toUpperCase())}</span> <span class="bx">${N(middle.toUpperCase())}</span> <span class="bx">${N(p.last.toUpperCase())}</span> AKA <span class="bx">${N(`${g.pick(['Benny', 'Al', 'Ben'])} ${p.last.toUpperCase()}`)}</span>`, 3)}${cell('2', 'Sex', 'M')}${cell('3', 'Social Security Number', bx('SSN', ssn))}</tr>
  <tr>${cell('4a', 'Age — last birthday (years)', h`<span class="bx">${A(p.age)}</span>`)}${cell('4b', 'Under 1 year', '—')}${cell('5', 'Date of birth (Mo/Day/Yr)', bx('DATE', dobParts, '/'))}${cell('6', 'Birthplace (City and State or Foreign Country)', h`${phi('ADDRESS', g.pick(['Shkodër', 'Korçë', 'Gjirokastër']))}, ALBANIA`, 2)}</tr>
  <tr>${cell('7a', 'Residence — State', p.state)}${cell('7b', 'County', phi('ADDRESS', county))}${cell('7c', 'City or town', phi('ADDRESS', p.city.toUpperCase()))}${cell('7d', 'Street and number', phi('ADDRESS', p.street.toUpperCase()))}${cell('7e', 'Apt. no.', p.unit ? phi('ADDRESS', p.unit) : '')}${cell('7f', 'Zip code', h`<span class="bx">${phi('ZIP', p.zip)}</span>`)}</tr>
  <tr>${cell('8', 'Ever in US Armed Forces?', 'No')}${cell('9', 'Marital status at time of death', 'Married')}${cell('10', "Surviving spouse's name (if wife, give name prior to first marriage)", N(`${wife.first.toUpperCase()} ${wifeMaiden.toUpperCase()}`), 2)}${cell('11', "Father's name (First, Middle, Last)", N(`${father.first} ${father.last}`))}${cell('12', "Mother's name prior to first marriage", N(`${motherMaiden.first} ${motherMaiden.last}`))}</tr>
  <tr>${cell('13a', "Informant's name", N(`${son.first} ${son.last}`))}${cell('13b', 'Relationship to decedent', 'Son')}${cell('13c', 'Mailing address (Street and Number, City, State, Zip Code)', h`${phi('ADDRESS', sonStreet)}, ${phi('ADDRESS', sonCity)}, ${sonState} ${phi('ZIP', sonZip3 + g.digits(2))}`, 4)}</tr>
  <tr>${cell('14', 'Place of death', '☒ Decedent’s home ☐ Hospital ☐ Nursing home/LTC ☐ Hospice facility', 3)}${cell('15', 'Facility name (if not institution, give street & number)', phi('ADDRESS', p.street.toUpperCase()), 2)}${cell('16', 'City or town, state and zip code', h`${phi('ADDRESS', p.city.toUpperCase())}, ${p.state} ${phi('ZIP', p.zip)}`)}${cell('17', 'County of death', phi('ADDRESS', county))}</tr>
  <tr>${cell('18', 'Method of disposition', '☒ Burial')}${cell('19', 'Place of disposition (name of cemetery, crematory, other place)', g.pick(['St. Mary Albanian Orthodox Cemetery', 'Forest Hills Memorial Park', 'Holy Cross Cemetery']), 2)}${cell('20', 'Location — city, town and state', `${g.pick(US_PLACES)[0]}, ${p.state}`)}${cell('21', 'Name and complete address of funeral facility', `${g.pick(['Lanigan & Sons Funeral Home', 'Oakwood Chapel of Memories'])}, 118 Elm St`, 2)}</tr>
  <tr>${cell('22', 'Signature of funeral service licensee', `${director.first} ${director.last}, FD`)}${cell('23', 'License number', `FD-${g.digits(5)}`)}${cell('24', 'Date pronounced dead (Mo/Day/Yr)', D(pronounced, 'mdy'))}${cell('25', 'Time pronounced dead', hm(pronounced))}${cell('26', 'Signature of person pronouncing death', `${g.provider().first} ${g.provider().last}, RN (Hospice)`)}${cell('27', 'License number', `RN${g.digits(6)}`)}</tr>
  <tr>${cell('28', 'Date signed', D(pronounced, 'mdy'))}${cell('29', 'Actual or presumed date of death', T(`${MONTH[Mo(death)]!.toUpperCase()} ${Dd(death)}, ${Y(death)}`))}${cell('30', 'Actual or presumed time of death', hm(death))}${cell('31', 'Was medical examiner or coroner contacted?', 'No', 3)}</tr>
</table>
<table class="dc">
  <tr><td colspan="2"><span class="it">32. Part I — Chain of events</span>
    a. Cardiogenic shock — <i>approx. interval:</i> hours<br>b. Acute ST-elevation myocardial infarction — 2 days<br>c. Atherosclerotic coronary artery disease — years<br>d. —</td>
    <td><span class="it">Part II — Other significant conditions</span>Parkinson disease; type 2 diabetes mellitus; chronic kidney disease stage 3b</td></tr>
  <tr><td><span class="it">33. Autopsy performed?</span>No</td><td><span class="it">35. Did tobacco use contribute?</span>Probably (former smoker, quit 1988)</td><td><span class="it">37. Manner of death</span>☒ Natural</td></tr>
  <tr><td><span class="it">45. Certifier</span>☒ Certifying physician — ${provFLC(certifier)}</td><td><span class="it">46. Name, address and zip of person completing cause of death</span>${drFL(certifier)}, Hospice of the Valley, 1200 Medical Pkwy</td><td><span class="it">48. License number / 49. Date certified</span>MD-${g.digits(6)} · ${D(addDays(death, 1), 'mdy')}</td></tr>
  <tr><td><span class="it">51. Decedent's education</span>High school graduate or GED</td><td><span class="it">53. Race</span>White — Albanian</td><td><span class="it">54. Usual occupation / 55. Kind of business</span>Tailor / Clothing alteration</td></tr>
</table>
<div class="notes"><b>Validation messages:</b> ⚠ Item 4a: age ${A(p.age, ' years')} — verify against DOB (OK). ⚠ Item 32: interval for line a is vague — certifier notified ${T(`${fd(addDays(death, 1), 'md')} ${hm(addMin(death, 500))}`)}. ✓ SSN verified with SSA (EVVE/SSOLV).</div>
<footer>For registrar only — Date filed: ______ · Form rev. 2003 · Page 1 of 2</footer>`,
    };
  }
  const w = who(g, 'bosnian', 'male');
  const dob = birth(g, 84, 89);
  const death = at(addDays(TODAY, -2), 2, 40);
  const ssn = `${g.int(100, 665)}-${g.digits(2)}-${g.digits(4)}`;
  const medicare = mbi(g);
  const known = g.pick(['Mika', 'Zoki', 'Dado']);
  const wife = who(g, 'bosnian', 'female', w.last);
  const kids = [relative(g, 'bosnian', 'daughter', w.last), relative(g, 'bosnian', 'son', w.last), relative(g, 'bosnian', 'daughter')];
  const kidCities = kids.map(() => g.pick(US_PLACES));
  const grand = Array.from({ length: 3 }, () => who(g, 'bosnian'));
  const informant = kids[0]!;
  const informantEmail = mail(g, informant.first, informant.last);
  const services = at(addDays(TODAY, 2), 11, 0);
  const visitation = at(addDays(TODAY, 1), 17, 0);
  const lastAddr = usStreet(g);
  const [lastCity, lastState, lastZip3] = g.pick(US_PLACES);
  const birthplace = g.pick(['Mostar', 'Tuzla', 'Zenica', 'Banja Luka']);
  const home = g.pick([['Riverside Memorial Chapel', 'riversidememorialchapel.com'], ['Brookfield Funeral Home', 'brookfieldfuneral.com'], ['Hillcrest Family Funeral Care', 'hillcrestfuneralcare.com']] as [string, string][]);
  const slug = `${fold(w.first)}-${fold(w.last)}-${Y(dob)}`;
  return {
    title: 'Arrangement Conference — Vital Statistics',
    css,
    body: h`
<div class="top">${home[0]} · Case Manager · Arrangements · <b>Vital Statistics</b> · Obituary · Merchandise · Contract</div>
<div class="ws"><h3>DECEDENT INFORMATION — gathered from informant at arrangement conference ${D(addDays(TODAY, -1), 'mdy', '12')}</h3>
<table>
  <tr><td>Full legal name</td><td>${N(`${w.first} ${w.last}`)}</td><td>Known as</td><td>"${N(known)}"</td></tr>
  <tr><td>Date of birth</td><td>${D(dob, 'month')}</td><td>Place of birth</td><td>${phi('ADDRESS', birthplace)}, Bosnia and Herzegovina</td></tr>
  <tr><td>Date / time of death</td><td>${T(`${fd(death, 'mondy')} at ${ft(death, '12')}`)}</td><td>Place of death</td><td>${g.pick(['Meadowbrook Care Center', 'Sunrise Senior Living - Memory Care'])} (nursing home), 40 Orchard Rd</td></tr>
  <tr><td>Social Security #</td><td>${phi('SSN', ssn)}</td><td>Medicare #</td><td>${phi('HEALTH_PLAN', medicare)}</td></tr>
  <tr><td>Last residence</td><td colspan="3">${phi('ADDRESS', lastAddr)}, ${phi('ADDRESS', lastCity)}, ${lastState} ${phi('ZIP', lastZip3 + g.digits(2))} (lived there 22 yrs)</td></tr>
  <tr><td>Father</td><td>${N(`${who(g, 'bosnian', 'male').first} ${w.last}`)}</td><td>Mother (maiden)</td><td>${N(`${who(g, 'bosnian', 'female').first} ${who(g, 'bosnian', 'female').last}`)}</td></tr>
  <tr><td>Occupation</td><td>Machinist, 31 yrs — Pratt &amp; Whitney</td><td>Education</td><td>Trade school</td></tr>
  <tr><td>Veteran</td><td>No (served JNA 1958-60)</td><td>Religion</td><td>Muslim — janazah requested; imam of the Islamic Center to officiate</td></tr>
  <tr><td>Informant</td><td colspan="3">${N(`${informant.first} ${informant.last}`)} (daughter) · ${P(informant.phone, 'paren')} · ${phi('EMAIL', informantEmail)}</td></tr>
  <tr><td>Physician to sign</td><td colspan="3">${drFL(certifier)} (attending at facility) — EDRS request sent</td></tr>
</table></div>
<div class="ws"><h3>Obituary draft</h3>
<p>${N(`${w.first} "${known}" ${w.last}`)}, ${ageOf(dob, death)}, of ${phi('ADDRESS', lastCity)}, passed away peacefully on ${D(death, 'month')}. He was born in ${phi('ADDRESS', birthplace)} on ${D(dob, 'month')}, and came to the United States as a refugee in 1996. He was predeceased by his beloved wife of 52 years, ${N(wife.first)}, in 2019. He is survived by his children ${N(`${kids[0]!.first} ${kids[0]!.last}`)} of ${phi('ADDRESS', kidCities[0]![0])}, ${N(`${kids[1]!.first} ${kids[1]!.last}`)} and his wife ${N(who(g, 'bosnian', 'female').first)} of ${phi('ADDRESS', kidCities[1]![0])}, and ${N(`${kids[2]!.first} ${kids[2]!.last}`)} of ${phi('ADDRESS', kidCities[2]![0])}, ${kidCities[2]![1]}; and grandchildren ${N(grand[0]!.first)}, ${N(grand[1]!.first)} and ${N(grand[2]!.first)}.</p>
<p>Visitation ${T(`${WEEKDAY[visitation.getUTCDay()]}, ${MONTH[Mo(visitation)]} ${Dd(visitation)}`)}, 5-7 PM. Janazah prayer ${T(`${WEEKDAY[services.getUTCDay()]}, ${MON[Mo(services)]}. ${Dd(services)}, ${Y(services)} at 11 AM`)} at the Islamic Center, burial to follow at Pine Grove Cemetery. In lieu of flowers, donations to the Parkinson's Foundation. Online guestbook: ${phi('URL', `www.${home[1]}/obituaries/${slug}`)}</p></div>
<div class="ws"><h3>Certified copies</h3><p>6 copies ordered @ $20.00 · Permit for disposition applied ${D(TODAY, 'mdy')} · Funeral director ${director.first} ${director.last} (Lic. FD${g.digits(5)}) · Office (413) 555-0188</p></div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 3. 12-lead ECG report (MUSE-like, all caps); transthoracic echocardiogram report

const DMON = (d: Date) => `${pad(Dd(d))}-${MON[Mo(d)]!.toUpperCase()}-${Y(d)}`;

function cardioReports(g: G, k: number): Screen {
  const css = BASE_CSS + '.ecg{font:12px/1.35 "Courier New",monospace;margin:8px;border:1px solid #999;padding:6px;background:#fffdf5}.ecg .col{display:inline-block;vertical-align:top;width:300px}.trace{height:60px;border:1px dashed #e88;margin:4px 0;color:#c66;font-size:10px}.rpt{margin:8px}.rpt h3{background:#234;color:#fff;padding:3px 6px;margin:0}.m td,.m th{border:1px solid #ccc;font-size:12px}';
  if (k === 0) {
    const w = who(g, 'tibetan', 'male');
    const dob = birth(g, 90, 95);
    const age = ageOf(dob);
    const acq = at(TODAY, 8, 14);
    acq.setUTCSeconds(33);
    const confirmed = addMin(acq, 48);
    confirmed.setUTCSeconds(11);
    const pid = g.digits(8);
    const acct = g.digits(10);
    const order = g.digits(8);
    const referrer = g.provider();
    const reader = { ...g.provider(), credential: 'MD' };
    const prior = [addDays(TODAY, -g.int(40, 90)), addDays(TODAY, -g.int(200, 400)), addDays(TODAY, -g.int(500, 900))];
    const rate = g.int(58, 96);
    const pr = g.int(150, 210);
    const qrs = g.int(84, 118);
    const qt = g.int(360, 420);
    const qtc = Math.round(qt / Math.sqrt(60 / rate));
    const t12 = (d: Date) => `${Mo(d) + 1}/${Dd(d)}/${Y(d)} ${ft(d, '12').replace(' ', `:${pad(d.getUTCSeconds())} `)}`;
    return {
      title: 'MUSE - ECG Review',
      css,
      body: h`
<div class="top">MUSE Cardiology Information System · Edit / Confirm · Site 1 · Loc 7 · <span>${login(reader)}</span></div>
<div class="ecg">
  <div><span aria-label="Patient name">${N(w.first.toUpperCase())}</span>&nbsp;&nbsp;&nbsp; <span aria-label="Patient ID">ID:${phi('MRN', pid)}</span>&nbsp;&nbsp;&nbsp; <span aria-label="Acquisition">${T(`${DMON(acq)} ${ft(acq, 'sec')}`)}</span>&nbsp;&nbsp;&nbsp; RIVERSIDE REGIONAL MEDICAL CENTER &nbsp; ROUTINE RETRO</div>
  <div class="col">${T(DMON(dob))} (${A(age, ' yr')})<br>Male&nbsp;&nbsp; Asian<br>Room:ED 14<br>Loc:7&nbsp;&nbsp; Option:23<br>Acct #: ${phi('ACCOUNT', acct)}<br>Order #: ${phi('ID', order)}</div>
  <div class="col">Vent. rate&nbsp;&nbsp; ${rate} BPM<br>PR interval&nbsp;&nbsp; ${pr} ms<br>QRS duration&nbsp;&nbsp; ${qrs} ms<br>QT/QTc&nbsp;&nbsp; ${qt}/${qtc} ms<br>P-R-T axes&nbsp;&nbsp; ${g.int(20, 70)} ${g.int(-45, -31)} ${g.int(10, 80)}</div>
  <div class="col">SINUS RHYTHM WITH 1ST DEGREE A-V BLOCK<br>LEFT ANTERIOR FASCICULAR BLOCK<br>LOW VOLTAGE QRS<br>NONSPECIFIC T WAVE ABNORMALITY<br>ABNORMAL ECG</div>
  <div>WHEN COMPARED WITH ECG OF ${T(`${DMON(prior[0]!)} 10:22`)},<br>PR INTERVAL HAS INCREASED<br>T WAVE INVERSION NOW EVIDENT IN LATERAL LEADS</div>
  <div>Technician: ${g.upper(2)} &nbsp; Test ind: CHEST PAIN, SOB &nbsp; Referred by: ${referrer.last.toUpperCase()}, ${referrer.first.toUpperCase()} &nbsp; Confirmed by: ${reader.last.toUpperCase()}, ${reader.first.toUpperCase()} MD (${g.int(100, 999)}) on ${T(t12(confirmed))}</div>
  <div class="trace">I aVR V1 V4 — II aVL V2 V5 — III aVF V3 V6 — II rhythm · 25 mm/s 10 mm/mV 150 Hz 100B CL · P? · Page 1 of 1</div>
</div>
<div class="rpt"><h3>Prior ECGs for this patient (${prior.length})</h3><table class="m"><tr><th>Acquired</th><th>Rate</th><th>Statement</th><th>Confirmed</th></tr>
${prior.map((d) => h`<tr><td>${T(`${DMON(d)} ${pad(g.int(7, 18))}:${pad(g.int(0, 59))}`)}</td><td>${g.int(55, 90)}</td><td>${g.pick(['Sinus rhythm, LAFB, otherwise normal', 'Sinus bradycardia', 'Normal sinus rhythm, low voltage'])}</td><td>Y</td></tr>`)}</table>
<p>Patient preferred name: "${N('Pala')}" (Tibetan for father), per son ${N(who(g, 'tibetan', 'male').first)}. Patient confirmed by 2 identifiers (name + DOB) at acquisition.</p></div>`,
    };
  }
  const p = pat(g, 'wordy', 60, 88, 'male');
  p.first = g.pick(['Gray', 'Cole', 'Wade']);
  p.last = g.pick(['Nurse', 'Doctor', 'Page']);
  const sono = { first: g.pick(['Faith', 'Hope', 'Grace']), last: g.pick(['Lane', 'Banks', 'Wells']) };
  const reader = g.provider();
  const referrer = g.provider();
  const study = at(TODAY, 10, 5);
  const priorStudy = addDays(TODAY, -g.int(300, 700));
  const acc = `EC${String(Y(TODAY)).slice(2)}${g.digits(6)}`;
  const ht = g.int(165, 185);
  const wt = g.int(70, 105);
  const bsa = Math.sqrt((ht * wt) / 3600).toFixed(2);
  const ef = g.int(30, 60);
  const wife = p.spouse;
  return {
    title: 'Echo Report',
    css,
    body: h`
<div class="rpt"><h3>TRANSTHORACIC ECHOCARDIOGRAM REPORT</h3>
<table class="m">
  <tr><th>Patient</th><td>${N(`${p.last.toUpperCase()}, ${p.first.toUpperCase()}`)}</td><th>MRN</th><td>${phi('MRN', p.mrn)}</td><th>Accession</th><td>${phi('ID', acc)}</td></tr>
  <tr><th>DOB</th><td>${D(p.dob, 'mdy')}</td><th>Age / Sex</th><td>${p.age} yrs / M</td><th>Study date</th><td>${D(study, 'mdy', '12')}</td></tr>
  <tr><th>Height</th><td>${ht} cm</td><th>Weight</th><td>${wt} kg</td><th>BSA</th><td>${bsa} m²</td></tr>
  <tr><th>BP</th><td>${g.int(110, 150)}/${g.int(60, 90)}</td><th>HR</th><td>${g.int(55, 95)}</td><th>Rhythm</th><td>Atrial fibrillation</td></tr>
  <tr><th>Referring</th><td>${drFL(referrer)}</td><th>Reading</th><td>${provFLC({ ...reader, credential: 'MD, FASE' })}</td><th>Sonographer</th><td>${sono.first} ${sono.last}, RDCS</td></tr>
  <tr><th>Location</th><td>Echo Lab 2 (outpatient)</td><th>Image quality</th><td>Technically difficult</td><th>Contrast</th><td>Definity 1.3 mL (lot ${g.digits(5)}A)</td></tr>
</table>
<p><b>Indication:</b> Dyspnea on exertion (R06.09); aortic stenosis, follow-up (I35.0). Patient is a retired page at the State House — hobbies: woodworking. Accompanied by wife ${N(`${wife.first} ${wife.last}`)}.</p>
<h3>Measurements</h3>
<table class="m"><tr><th>2D / M-mode</th><th>Value</th><th>Normal</th><th>Doppler</th><th>Value</th></tr>
  <tr><td>LVIDd</td><td>${(g.int(44, 60) / 10).toFixed(1)} cm</td><td>4.2–5.8</td><td>AV peak velocity</td><td>${(g.int(30, 45) / 10).toFixed(1)} m/s</td></tr>
  <tr><td>IVSd</td><td>${(g.int(9, 14) / 10).toFixed(1)} cm</td><td>0.6–1.0</td><td>AV mean gradient</td><td>${g.int(20, 45)} mmHg</td></tr>
  <tr><td>LVPWd</td><td>${(g.int(9, 13) / 10).toFixed(1)} cm</td><td>0.6–1.0</td><td>AVA (VTI)</td><td>${(g.int(7, 12) / 10).toFixed(1)} cm²</td></tr>
  <tr><td>LVEF (biplane)</td><td>${ef}%</td><td>52–72</td><td>E/e' avg</td><td>${g.int(8, 18)}</td></tr>
  <tr><td>LA volume index</td><td>${g.int(30, 55)} mL/m²</td><td>16–34</td><td>RVSP</td><td>${g.int(25, 55)} mmHg</td></tr>
  <tr><td>TAPSE</td><td>${(g.int(14, 24) / 10).toFixed(1)} cm</td><td>&gt; 1.7</td><td>TR Vmax</td><td>${(g.int(22, 34) / 10).toFixed(1)} m/s</td></tr></table>
<h3>Findings</h3>
<ul><li>Left ventricle: normal cavity size, moderate concentric LVH. LVEF ${ef}% by Simpson's biplane. Grade II diastolic dysfunction (indeterminate in AF).</li>
<li>Aortic valve: trileaflet, severely calcified, reduced excursion. Findings consistent with moderate-to-severe aortic stenosis. No AI.</li>
<li>Mitral valve: mild MAC, mild MR. Tricuspid: mild TR. Pulmonic: normal.</li>
<li>Right ventricle: normal size and function. IVC 1.9 cm, &lt; 50% collapse (RAP 8 mmHg).</li>
<li>Pericardium: no effusion. Aorta: root 3.6 cm, ascending 3.9 cm.</li></ul>
<h3>Conclusions</h3>
<ol><li>Moderate-to-severe calcific aortic stenosis; progressed since prior study of ${D(priorStudy, 'mdy')} (mean gradient then 22 mmHg).</li><li>LVEF ${ef}%.</li><li>Recommend structural heart / TAVR evaluation — heart team conference.</li></ol>
<p>Electronically signed by ${provFLC({ ...reader, credential: 'MD' })} on ${D(addMin(study, 190), 'mdy', '12')}. Critical finding communicated to ${drFL(referrer)} by phone. Study instance UID 1.2.840.113619.2.${g.digits(3)}.${g.digits(7)}.${g.digits(5)}.${g.digits(10)}.</p></div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Cardiac-device remote-monitoring transmission (CareLink-like); CGM / insulin-pump download report (Clarity-like)

function remoteMonitoring(g: G, k: number): Screen {
  const css = BASE_CSS + '.bar{background:#0b4f6c;color:#fff;padding:5px}.card{display:inline-block;vertical-align:top;border:1px solid #ccc;border-radius:6px;margin:6px;padding:6px;min-width:220px}.big{font-size:22px;font-weight:bold}.t td,.t th{border-bottom:1px solid #e3e3e3;font-size:12px}.alert{color:#b00}';
  const nurse = { ...g.provider(), credential: 'RN, CCDS' };
  if (k === 0) {
    const p = pat(g, 'ashkenazi', 90, 96, 'female');
    const daughter = relative(g, 'ashkenazi', 'daughter');
    const implant = addDays(TODAY, -g.int(900, 2400));
    const serial = `RNB${g.digits(6)}H`;
    const raLead = `PJN${g.digits(7)}`;
    const rvLead = `PJN${g.digits(7)}`;
    const monitor = `RNB${g.digits(6)}R`;
    const rx = at(addDays(TODAY, -1), 3, 12);
    const eps = Array.from({ length: 5 }, (_, i) => {
      const d = addMin(rx, -g.int(60, 60 * 24 * 28) - i * 600);
      return { d, type: g.pick(['AT/AF', 'AT/AF', 'VT-NS', 'High V rate']), dur: g.pick(['00:00:14', '00:02:31', '00:41:09', '03:12:45', '00:00:06']), rate: g.int(150, 210) };
    }).sort((a, b) => b.d.getTime() - a.d.getTime());
    return {
      title: 'CareLink - Transmission',
      css,
      body: h`
<div class="bar"><b>CareLink™ Network</b> · Clinic: Heart Rhythm Associates · Patients · Transmissions · Alerts · Reports · ${nurse.first} ${nurse.last}</div>
<h2>${N(`${p.last}, ${p.first}`)} <small>· DOB ${D(p.dob, 'mondy')} · ${A(p.age, ' y')} · Patient ID ${phi('MRN', p.mrn)}</small></h2>
<div class="card"><div>Device</div><div class="big">Azure XT DR MRI</div>W1DR01 · Serial ${phi('DEVICE', serial)}<br>Implanted ${D(implant, 'mondy')} · ${drFL(g.provider())}</div>
<div class="card"><div>Leads</div>RA: 5076-52 cm · SN ${phi('DEVICE', raLead)}<br>RV: 5076-58 cm · SN ${phi('DEVICE', rvLead)}<br>Implanted with device</div>
<div class="card"><div>Monitor</div>MyCareLink 24950 · SN ${phi('DEVICE', monitor)}<br>Connection: cellular · Last check-in ${T(`${fd(rx, 'mondy')} ${ft(rx, '12')}`)}</div>
<div class="card"><div>Transmission</div><div class="big">Scheduled</div>Received ${T(`${DMON(rx)} ${hm(rx)}`)}<br>Reviewed: pending</div>
<h3>Battery &amp; leads</h3>
<table class="t"><tr><th>Battery</th><td>2.98 V · RRT est. 7.5 yrs</td><th>Mode</th><td>DDDR 60/130</td></tr>
  <tr><th>RA impedance</th><td>${g.int(380, 620)} Ω</td><th>RA sensing</th><td>${(g.int(15, 40) / 10).toFixed(1)} mV</td></tr>
  <tr><th>RV impedance</th><td>${g.int(400, 700)} Ω</td><th>RV capture threshold</th><td>0.75 V @ 0.40 ms</td></tr>
  <tr><th>% AP / % VP</th><td>${g.int(20, 80)}% / ${g.int(1, 12)}%</td><th>AT/AF burden</th><td class="alert">${(g.int(5, 90) / 10).toFixed(1)}% (↑)</td></tr></table>
<h3>Episodes since last session (${eps.length})</h3>
<table class="t"><tr><th>Date/Time</th><th>Type</th><th>Duration</th><th>Max V rate</th><th>EGM</th></tr>
${eps.map((e) => h`<tr><td>${T(`${fd(e.d, 'mdy')} ${ft(e.d, 'sec')}`)}</td><td>${e.type}</td><td>${e.dur}</td><td>${e.rate} bpm</td><td>View</td></tr>`)}</table>
<h3>Clinic notes</h3>
<ul><li>${T(`${fd(TODAY, 'mdy')} ${hm(addMin(TODAY, -45))}`)} — ${nurse.first} ${nurse.last}: AF burden up from 0.8%. Not on anticoagulation (CHA₂DS₂-VASc 5; hx subdural 2019). Called pt's home ${P(p.home, 'paren')}, no answer; spoke with daughter ${N(`${daughter.first} ${daughter.last}`)} at ${P(daughter.phone, 'dash')} — pt well, no syncope. Routed to Dr. ${g.provider().last}.</li>
<li>Pt lives alone in assisted living; monitor plugged in at bedside. Address on file: ${phi('ADDRESS', streetLine(p))}, ${phi('ADDRESS', p.city)}, ${p.state} ${phi('ZIP', p.zip)}.</li>
<li>Next scheduled remote: ${D(addDays(TODAY, 91), 'mdy')}. In-clinic check ${D(addDays(TODAY, 182), 'monyyyy')}.</li></ul>
<footer>Technical support 1-800-929-4043 · Page 1 of 3</footer>`,
    };
  }
  const w = who(g, 'lao', g.pick(['female', 'male'] as const));
  const p = pat(g, 'lao', 13, 16, w.sex);
  p.first = w.first;
  const mom = relative(g, 'lao', 'mother', p.last);
  const from = addDays(TODAY, -30);
  const to = addDays(TODAY, -1);
  const receiver = `PG${g.digits(8)}`;
  const tx = `8${g.letters(5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`;
  const pump = g.digits(7);
  const upload = at(to, 21, 14);
  const ip = ip4(g);
  const clinicId = `DX-${g.digits(6)}`;
  const day = Array.from({ length: 7 }, (_, i) => addDays(to, -6 + i));
  const momEmail = mail(g, mom.first, mom.last);
  return {
    title: 'Dexcom Clarity - Clinic',
    css,
    body: h`
<div class="bar"><b>Dexcom CLARITY</b> for Clinics · Pediatric Endocrinology · Patients · Reports · Sharing · ${nurse.first} ${nurse.last}</div>
<h2>${N(`${p.first} ${p.last}`)} <small>· ${D(p.dob, 'mdy')} · Clinic patient ID ${phi('MRN', clinicId)}</small></h2>
<div>Overview · ${T(fd(from, 'mondy'))} – ${T(fd(to, 'mondy'))} (30 days) · Compare to previous period</div>
<div class="card"><div>Average glucose</div><div class="big">${g.int(150, 220)} mg/dL</div>GMI ${(g.int(70, 85) / 10).toFixed(1)}% · SD ${g.int(50, 80)}</div>
<div class="card"><div>Time in range</div>Very high &gt;250: ${g.int(10, 25)}%<br>High 181–250: ${g.int(15, 30)}%<br>In range 70–180: ${g.int(40, 60)}%<br>Low 54–69: ${g.int(1, 4)}%<br>Very low &lt;54: &lt;1%</div>
<div class="card"><div>Sensor usage</div><div class="big">${g.int(85, 99)}%</div>Days with CGM data 28/30 · Calibrations/day 0</div>
<div class="card"><div>Devices</div>G6 transmitter ID ${phi('DEVICE', tx)}<br>Receiver SN ${phi('DEVICE', receiver)}<br>t:slim X2 pump SN ${phi('DEVICE', pump)} (Control-IQ)</div>
<h3>Patterns</h3><table class="t"><tr><th>Day</th>${day.map((d) => h`<th>${T(`${WEEKDAY[d.getUTCDay()]!.slice(0, 3)} ${fd(d, 'md')}`)}</th>`)}</tr>
<tr><td>Nighttime lows</td>${day.map(() => h`<td>${g.int(0, 2)}</td>`)}</tr><tr><td>Post-lunch highs</td>${day.map(() => h`<td>${g.int(0, 3)}</td>`)}</tr></table>
<p class="alert">Best day: ${D(day[g.int(0, 6)]!, 'weekday')}. Pattern: highs 12:00–15:00 on school days — lunch bolus often missed (pump history: 9 of 20 school lunches without bolus).</p>
<h3>Uploads &amp; sharing</h3>
<table class="t"><tr><th>Last upload</th><td>${D(upload, 'mondy', '24')} · Dexcom G6 app (iOS) · from ${phi('IP', ip)}</td></tr>
<tr><th>Account</th><td>${phi('EMAIL', momEmail)} (parent/guardian account)</td></tr>
<tr><th>Followers (Share)</th><td>${N(`${mom.first} ${mom.last}`)} (mother) · ${P(mom.phone, 'dash')}; school nurse at ${g.pick(['Lincoln Middle School', 'Roosevelt Junior High', 'Jefferson Middle School'])}</td></tr></table>
<p>Note for visit ${D(addDays(TODAY, 2), 'mdy', '12')}: review lunch bolus plan with pt and mother; Lao interpreter requested for mother. Insulin-to-carb ratio 1:12, ISF 1:45, target 110. Lot numbers of sensors not tracked here.</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Prescription drug monitoring program reports: risk-score summary (NarxCare-like); plain state PMP table

const PDMP_DRUGS: [string, number, number][] = [
  ['Oxycodone HCl 5 mg tab', 30, 7.5], ['Hydrocodone-APAP 5-325 mg tab', 20, 5], ['Tramadol HCl 50 mg tab', 60, 1], ['Alprazolam 0.5 mg tab', 30, 0],
  ['Zolpidem tartrate 10 mg tab', 30, 0], ['Buprenorphine-naloxone 8-2 mg film', 14, 0], ['Gabapentin 300 mg cap', 90, 0], ['Amphetamine salts 20 mg tab', 30, 0],
  ['Oxycodone-APAP 10-325 mg tab', 60, 15], ['Clonazepam 1 mg tab', 60, 0],
];
const PHARMACIES = ['CVS/Pharmacy #4471', 'Walgreens #10932', 'Walmart Pharmacy 10-2281', 'Rite Aid #3312', 'Stop & Shop Pharmacy 0457', 'Costco Pharmacy #318', 'Big Y Pharmacy'];

function pdmp(g: G, k: number): Screen {
  const css = BASE_CSS + '.hdr{background:#26415e;color:#fff;padding:5px}.score{display:inline-block;border:2px solid #26415e;border-radius:6px;margin:6px;padding:6px 12px;text-align:center}.score b{display:block;font-size:24px}.rx td,.rx th{border:1px solid #ccc;font-size:11px}.crit{border:1px solid #bbb;margin:6px;padding:4px;background:#f7f7f7}';
  const requester = g.provider();
  const rxRow = (fill: Date, written: Date, drug: [string, number, number], prescriber: Provider, pharmacy: string, rx: string, pay: string, refill: number) =>
    h`<tr><td>${D(fill, 'mdy')}</td><td>${D(written, 'mdy')}</td><td>${drug[0]}</td><td>${drug[1]}</td><td>${g.pick([5, 7, 15, 30])}</td><td>${drug[2] ? (drug[2] * g.int(2, 6)).toFixed(1) : ''}</td><td>${prescriber.last}, ${prescriber.first}</td><td>${pharmacy}</td><td>${phi('ID', rx)}</td><td>${refill}</td><td>${pay}</td><td>MA</td></tr>`;
  if (k === 0) {
    const p = pat(g, 'wordy', 40, 66, 'female');
    p.first = g.pick(['Hope', 'Faith', 'Grace']);
    p.last = g.pick(['Black', 'Marsh', 'Hale']);
    const prescribers = [g.provider(), g.provider(), g.provider(), g.provider()];
    const fills = Array.from({ length: 11 }, () => {
      const fill = addDays(TODAY, -g.int(3, 360));
      return { fill, written: addDays(fill, -g.int(0, 4)), drug: g.pick(PDMP_DRUGS), prescriber: g.pick(prescribers), pharmacy: g.pick(PHARMACIES), rx: `${g.int(1, 9)}${g.digits(6)}`, pay: g.pick(['Commercial', 'Commercial', 'Medicaid', 'Cash']), refill: g.int(0, 2) };
    }).sort((a, b) => b.fill.getTime() - a.fill.getTime());
    const altStreet = usStreet(g);
    const [altCity, altState, altZip3] = g.pick(US_PLACES);
    const dobAlt = addDays(p.dob, 30);
    const other = g.pick(POOLS.wordy.last.filter((x) => x !== p.last));
    return {
      title: 'PMP Gateway — Patient Report',
      css,
      body: h`
<div class="hdr"><b>PMP AWARxE · NarxCare</b> · Patient Request · Requests History · My Delegates · Requested by ${drFL(requester)} (DEA ${g.upper(2)}${g.digits(7)}) · ${D(TODAY, 'mdy', '12')}</div>
<form class="crit"><label for="q-ln">Last name</label> <input id="q-ln" value="${p.last.toUpperCase()}"> <label for="q-fn">First name</label> <input id="q-fn" value="${p.first.toUpperCase()}"> <label for="q-dob">DOB</label> <input id="q-dob" value="${fd(p.dob, 'mdy')}"> <button>Search</button></form>
<div class="crit">Search criteria — Last name: <b>${N(p.last.toUpperCase())}</b> First name: <b>${N(p.first.toUpperCase())}</b> DOB: <b>${D(p.dob, 'mdy')}</b> · Partial match: on · Date range: ${D(addDays(TODAY, -365), 'mdy')} – ${D(TODAY, 'mdy')} · States: MA, NH, RI, CT, VT, NY</div>
<div class="score">Narcotic<b>${pad(g.int(200, 650), 3)}</b></div><div class="score">Sedative<b>${pad(g.int(100, 500), 3)}</b></div><div class="score">Stimulant<b>000</b></div><div class="score">Overdose Risk Score<b>${g.int(300, 700)}</b></div>
<div class="crit">Additional risk indicators: ⚑ &gt; 5 providers in 90 days · ⚑ Active opioid + benzodiazepine overlap · ⚑ &gt; 90 MME/day on ${D(fills[0]!.fill, 'md')}</div>
<h3>Patient(s) matched</h3>
<table class="rx"><tr><th>Name</th><th>DOB</th><th>Address</th><th>Source</th></tr>
<tr><td>${N(`${p.last.toUpperCase()}, ${p.first.toUpperCase()} ${p.middle ? ini(p.middle).toUpperCase() : ''}`.trim())}</td><td>${D(p.dob, 'mdy')}</td><td>${phi('ADDRESS', p.street.toUpperCase())}, ${phi('ADDRESS', p.city.toUpperCase())}, ${p.state} ${phi('ZIP', p.zip)}</td><td>MA</td></tr>
<tr><td>${N(`${p.last.toUpperCase()}-${other.toUpperCase()}, ${p.first.toUpperCase()}`)}</td><td>${D(dobAlt, 'mdy')}</td><td>${phi('ADDRESS', altStreet.toUpperCase())}, ${phi('ADDRESS', altCity.toUpperCase())}, ${altState} ${phi('ZIP', altZip3 + g.digits(2))}</td><td>NH</td></tr></table>
<h3>Prescriptions (${fills.length})</h3>
<table class="rx"><tr><th>Fill date</th><th>Written</th><th>Drug</th><th>Qty</th><th>Days</th><th>MME/day</th><th>Prescriber</th><th>Pharmacy</th><th>Rx #</th><th>Refill</th><th>Pay type</th><th>PMP</th></tr>
${fills.map((f) => rxRow(f.fill, f.written, f.drug, f.prescriber, f.pharmacy, f.rx, f.pay, f.refill))}</table>
<div class="crit"><b>Providers:</b> ${prescribers.map((x) => `${x.last}, ${x.first} ${x.credential}`).join(' · ')} · <b>Pharmacies:</b> ${new Set(fills.map((f) => f.pharmacy)).size}</div>
<p>Report viewed by ${requester.first} ${requester.last} and added to chart note. Naloxone co-prescribed. Urine drug screen ordered. Narx Scores are not a diagnosis. Page 1 of 2</p>`,
    };
  }
  const origin: Origin = g.pick(['mongolian', 'khmer'] as Origin[]);
  const p = pat(g, origin, 28, 60, 'male');
  const pmpId = g.digits(8);
  const prescribers = [g.provider(), g.provider()];
  const fills = Array.from({ length: 8 }, () => {
    const fill = addDays(TODAY, -g.int(3, 180));
    return { fill, written: addDays(fill, -g.int(0, 3)), drug: g.pick(PDMP_DRUGS.slice(5, 8)), prescriber: g.pick(prescribers), pharmacy: g.pick(PHARMACIES), rx: `RX${g.digits(7)}`, pay: g.pick(['Medicaid', 'Medicaid', 'Cash']), refill: g.int(0, 3) };
  }).sort((a, b) => b.fill.getTime() - a.fill.getTime());
  const delegate = g.provider();
  const name = origin === 'mongolian' ? `${p.last} ${p.first}` : `${p.first} ${p.last}`;
  return {
    title: 'Prescription Monitoring Program',
    css,
    body: h`
<div class="hdr">Commonwealth Prescription Monitoring Program — Patient Rx History Report</div>
<pre class="crit">Report Date:   ${T(`${fd(TODAY, 'mdy')} ${ft(TODAY, 'sec')}`)}
Requestor:     ${requester.last.toUpperCase()}, ${requester.first.toUpperCase()} (delegate: ${delegate.first} ${delegate.last}, MA)
Patient:       ${N(name.toUpperCase())}
PMP ID:        ${phi('ID', pmpId)}
DOB:           ${D(p.dob, 'mdy')}      Gender: M
Address:       ${phi('ADDRESS', p.street.toUpperCase())} // ${phi('ADDRESS', p.city.toUpperCase())} ${p.state} ${phi('ZIP', p.zip)}
Phone:         ${P(p.cell, 'bare')}
Range:         ${D(addDays(TODAY, -180), 'mdy')} to ${D(TODAY, 'mdy')}</pre>
<table class="rx"><tr><th>Filled</th><th>Written</th><th>Drug</th><th>Qty</th><th>Days</th><th>MME/day</th><th>Prescriber</th><th>Pharmacy</th><th>Rx #</th><th>Refill</th><th>Pay</th><th>St</th></tr>
${fills.map((f) => rxRow(f.fill, f.written, f.drug, f.prescriber, f.pharmacy, f.rx, f.pay, f.refill))}</table>
<p>Summary: ${fills.length} prescriptions · ${prescribers.length} prescribers · buprenorphine MAT, consistent single prescriber (${drFL(prescribers[0]!)}). No overlapping benzodiazepines. NDC 12496-1208-3 dispensed at most fills.</p>
<p>This report is confidential (M.G.L. c. 94C § 24A). Page 1 of 1.</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 6. OCR text of scanned cards at registration: insurance card front/back; driver's licence with its PDF417 barcode read

function cardScan(g: G, k: number): Screen {
  const css = BASE_CSS + '.wrap{display:flex}.img{width:48%;margin:6px;border:1px solid #999;padding:6px;background:#f4f4f4}.ocr{font:12px/1.5 monospace;white-space:pre-wrap;background:#fff;border:1px dashed #aaa;padding:4px}.parsed td{border-bottom:1px solid #ddd;font-size:12px}.conf{color:#888;font-size:10px}';
  const clerk = g.provider();
  if (k === 0) {
    const karenF = ['Naw Say Paw', 'Naw Eh Htoo', 'Naw Paw Htoo', 'Naw Mu Wah', 'Naw Hser Nay'];
    const karenM = ['Saw Eh Doh', 'Saw Ler Htoo', 'Saw Kaw Htoo', 'Saw Pah Lah', 'Saw Tha Blay'];
    const mem = { first: karenF[g.int(0, 1)]! };
    const spouse = { first: g.pick(karenM.slice(0, 2)) };
    const kids = [{ first: g.pick(karenF.slice(2)) }, { first: g.pick(karenM.slice(2)) }];
    const dob = birth(g, 30, 52);
    const memberId = `XKW${g.digits(9)}`;
    const ocrId = memberId.replace(/1/g, 'l');
    const group = `${g.digits(6)}-0${g.int(10, 99)}`;
    const rxgrp = `RX${g.digits(4)}`;
    const eff = at(addDays(TODAY, -g.int(10, 380)), 0, 0);
    const pcp = g.provider();
    return {
      title: 'Document Capture — Insurance Card',
      css,
      body: h`
<div class="top">Registration · Document Capture · Batch ${g.int(1000, 9999)} · Scanned by ${login(clerk)} at ${hm(addMin(TODAY, -14))} · Scanner fi-7160 SN A${g.digits(7)}</div>
<div class="wrap">
<div class="img"><b>Front (OCR)</b><div class="ocr">Blue Cross Blue Shield
of Massachusetts    ✚ PPO
Member
${N(mem.first.toUpperCase())}
ID    ${phi('HEALTH_PLAN', ocrId)}
Group ${phi('HEALTH_PLAN', group)}    Plan 310
RxBIN 003858  RxPCN A4
RxGRP ${phi('HEALTH_PLAN', rxgrp)}
Dependents:
  ${N(spouse.first.toUpperCase())}
  ${N(kids[0]!.first.toUpperCase())}
  ${N(kids[1]!.first.toUpperCase())}
PCP ${pcp.last.toUpperCase()} ${ini(pcp.first)}  (413) 555-0142
Eff ${T(`${pad(Mo(eff) + 1)}/${pad(Dd(eff))}/${Y(eff)}`)}
OV $25  SPEC $50  ER $150  UC $50</div><div class="conf">OCR confidence 0.87 · rotated 2°</div></div>
<div class="img"><b>Back (OCR)</b><div class="ocr">Members: call 1-800-262-2583 (TTY 711)
Providers: 1-800-882-1228 · bluecrossma.org/providers
Submit claims to: P.O. Box 986020, Boston MA 02298
Pharmacist help desk 1-800-364-1653
This card does not guarantee coverage.
In an emergency call 911 or go to the nearest ER.
Pre-certification required for inpatient admissions.</div><div class="conf">OCR confidence 0.93</div></div>
</div>
<h3>Parsed fields — verify before saving</h3>
<table class="parsed">
  <tr><td>Subscriber name</td><td>${N(mem.first)}</td><td class="conf">from "Member"</td><td>✓ Accept</td></tr>
  <tr><td>Subscriber DOB</td><td>${D(dob, 'mdy')}</td><td class="conf">not on card — entered by clerk</td><td>✓</td></tr>
  <tr><td>Member ID</td><td>${phi('HEALTH_PLAN', memberId)}</td><td class="conf">corrected l→1</td><td>✓ Accept</td></tr>
  <tr><td>Group #</td><td>${phi('HEALTH_PLAN', group)}</td><td class="conf">0.91</td><td>✓ Accept</td></tr>
  <tr><td>Payer ID (EDI)</td><td>SB700</td><td class="conf">lookup</td><td>✓</td></tr>
  <tr><td>Relationship to patient</td><td>Child — patient is ${N(kids[0]!.first)} (dependent 01)</td><td class="conf">clerk</td><td>edit</td></tr>
  <tr><td>Effective</td><td>${D(eff, 'mdy')}</td><td class="conf">0.88</td><td>✓</td></tr>
</table>
<p>Note: Karen family, no surnames — registered with the full name in the last-name field per policy ("${N(kids[0]!.first.split(' ').slice(1).join(' '))}" as first name, "${N(kids[0]!.first.split(' ')[0]!)}" as last name is WRONG — honorific). Interpreter (Karen/S'gaw) by phone. Contact: ${P(g.phone(), 'paren')} (mother's cell).</p>`,
    };
  }
  const p = pat(g, 'sinhala', 35, 70, 'female');
  const middle = who(g, 'sinhala', 'female').first;
  const dl = `S${g.digits(8)}`;
  const iss = addDays(TODAY, -g.int(300, 1500));
  const exp = new Date(Date.UTC(Y(iss) + 5, Mo(p.dob), Dd(p.dob)));
  const dd = `${pad(Mo(iss) + 1)}${pad(Dd(iss))}${Y(iss)} ${g.digits(8)}`;
  const ddBar = dd.replace(' ', '');
  const zip4 = `${p.zip}${g.digits(4)}`;
  const mmddyyyy = (d: Date) => `${pad(Mo(d) + 1)}${pad(Dd(d))}${Y(d)}`;
  const street = p.street.toUpperCase();
  const city = p.city.toUpperCase();
  const oldStreet = usStreet(g);
  return {
    title: 'Document Capture — Photo ID',
    css,
    body: h`
<div class="top">Registration · Document Capture · Photo ID · Scanned by ${login(clerk)} · ${hm(addMin(TODAY, -6))}</div>
<div class="wrap">
<div class="img"><b>Front (OCR)</b><div class="ocr">${p.state === 'MA' ? 'Massachusetts' : 'DRIVER LICENSE'}   USA
DRIVER'S LICENSE          CLASS D
4d DLN ${phi('DRIVERS_LICENSE', dl)}
1 ${N(p.last.toUpperCase())}
2 ${N(`${p.first.toUpperCase()} ${ini(middle)}`)}
8 ${phi('ADDRESS', street)}
  ${phi('ADDRESS', city)}, ${p.state} ${phi('ZIP', p.zip)}
3 DOB ${T(fd(p.dob, 'mdy').replace(/0/g, 'O'))}
4b EXP ${D(exp, 'mdy')}     4a ISS ${D(iss, 'mdy')}
15 SEX F   16 HGT 5'-0${g.int(1, 7)}"   18 EYES BRO
12 REST NONE   9a END NONE
5 DD ${phi('ID', dd)}
♥ ORGAN DONOR        ${T(fd(p.dob, 'mdy2'))}</div><div class="conf">OCR confidence 0.81 · glare detected</div></div>
<div class="img"><b>Back — PDF417 decoded</b><div class="ocr">@
ANSI 636002100002DL00410288ZM03290034DLDCAD
DCBNONE
DCDNONE
DBA${phi('DATE', mmddyyyy(exp))}
DCS${N(p.last.toUpperCase())}
DAC${N(p.first.toUpperCase())}
DAD${N(middle.toUpperCase())}
DBD${phi('DATE', mmddyyyy(iss))}
DBB${phi('DATE', mmddyyyy(p.dob))}
DBC2
DAYBRO
DAU06${g.int(1, 7)} IN
DAG${phi('ADDRESS', street)}
DAI${phi('ADDRESS', city)}
DAJ${p.state}
DAK${phi('ZIP', zip4)}
DAQ${phi('DRIVERS_LICENSE', dl)}
DCF${phi('ID', ddBar)}
DCGUSA
DDEN
DDK1</div></div>
</div>
<h3>Compare with registration</h3>
<table class="parsed"><tr><th>Field</th><th>ID</th><th>Registration</th><th>Match</th></tr>
<tr><td>Name</td><td>${N(`${p.first} ${p.last}`)}</td><td>${N(`${p.last}, ${p.first}`)}</td><td>✓</td></tr>
<tr><td>DOB</td><td>${D(p.dob, 'mdy')}</td><td>${D(p.dob, 'mdy')}</td><td>✓</td></tr>
<tr><td>Address</td><td>${phi('ADDRESS', p.street)}</td><td>${phi('ADDRESS', oldStreet)}</td><td>✗ update?</td></tr>
<tr><td>Licence expires</td><td>${D(exp, 'iso')}</td><td>—</td><td>valid</td></tr></table>
<p>ID verified in person by ${clerk.first} ${ini(clerk.last)}. (Red-flags rule: photo matches.) Patient's husband ${N(`${p.spouse.first} ${p.spouse.last}`)} present.</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 7. POLST form (filled, printed from the EHR); advance-directive registry view (health care proxy, living will, MOLST)

function advanceDirective(g: G, k: number): Screen {
  const css = BASE_CSS + '.polst{border:3px solid #c2185b;margin:6px;padding:4px;background:#fff0f6}.sec{border:1px solid #c2185b;margin:4px 0;padding:3px}.sec h4{margin:0;background:#c2185b;color:#fff;padding:1px 4px}.fld{display:inline-block;border-bottom:1px solid #333;min-width:120px;padding:0 4px;margin-right:8px}label{font-size:10px;color:#555;display:block}.reg td,.reg th{border:1px solid #ccc;font-size:12px}';
  const clinician = { ...g.provider(), credential: g.pick(['MD', 'NP', 'DO']) };
  if (k === 0) {
    const p = pat(g, 'ashkenazi', 90, 99, 'male');
    const son = relative(g, 'ashkenazi', 'son', p.last);
    const dtr = relative(g, 'ashkenazi', 'daughter');
    const signed = addDays(TODAY, -g.int(1, 20));
    const reg = `POLST-${String(Y(TODAY)).slice(2)}-${g.digits(6)}`;
    const last4 = p.ssn.slice(-4);
    const yiddish = g.pick(['Velvele', 'Hershy', 'Zalmy']);
    return {
      title: 'POLST — Portable Medical Order',
      css,
      body: h`
<div class="polst">
<div><b>PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)</b> · HIPAA PERMITS DISCLOSURE OF POLST TO OTHER HEALTH CARE PROFESSIONALS AS NECESSARY · Registry ID ${phi('ID', reg)}</div>
<div><label for="pl">Patient Last Name</label><span class="fld" id="pl">${N(p.last)}</span><label for="pf">First Name</label><span class="fld" id="pf">${N(p.first)}</span><label for="pm">Middle</label><span class="fld" id="pm">${p.middle ? N(p.middle) : ''}</span>
  <label for="pd">Date of Birth (mm/dd/yyyy)</label><span class="fld" id="pd">${D(p.dob, 'mdy')}</span><label for="pg">Gender</label><span class="fld" id="pg">M</span><label for="ps">Last 4 SSN</label><span class="fld" id="ps">${phi('SSN', last4)}</span></div>
<div class="sec"><h4>A. CARDIOPULMONARY RESUSCITATION (CPR)</h4>If person has no pulse and is not breathing: ☐ Attempt Resuscitation/CPR ☒ Do Not Attempt Resuscitation/DNR</div>
<div class="sec"><h4>B. MEDICAL INTERVENTIONS</h4>☐ Full Treatment ☒ Selective Treatment — avoid intensive care if possible; may use IV fluids, antibiotics, non-invasive ventilation (BiPAP). ☐ Comfort-Focused Treatment<br>Additional orders: No dialysis. Transfer to hospital only if comfort needs cannot be met at home.</div>
<div class="sec"><h4>C. ARTIFICIALLY ADMINISTERED NUTRITION</h4>☐ Long-term ☒ Defined trial period (max 14 days) ☐ No artificial nutrition</div>
<div class="sec"><h4>D. INFORMATION AND SIGNATURES</h4>Discussed with: ☒ Patient ☒ Legally recognized decisionmaker (health care agent)<br>
  <label for="cs">Signature of physician / NP / PA — print name, license #, phone</label><span class="fld" id="cs">${provFLC(clinician)} · Lic. ${g.upper(2)}${g.digits(6)} · (617) 555-0190</span> <label for="cd">Date</label><span class="fld" id="cd">${D(signed, 'mdy')}</span><br>
  <label for="ds">Signature of patient or decisionmaker — print name</label><span class="fld" id="ds">${N(`${son.first} ${son.last}`)}</span> <label for="dr">Relationship</label><span class="fld" id="dr">Son / HCP agent</span> <label for="dd">Date</label><span class="fld" id="dd">${D(signed, 'mdy1')}</span></div>
<div class="sec"><h4>CONTACT INFORMATION (optional)</h4>Health care agent: ${N(`${son.first} ${son.last}`)} · Relationship: son · Phone: ${P(son.phone, 'paren')}<br>
  Other contact: ${N(`${dtr.first} ${dtr.last}`)} (daughter) ${P(dtr.phone, 'dash')} · Patient's home: ${P(p.home, 'dash')}<br>
  Health care professional preparing form: ${g.provider().first} ${g.provider().last}, LICSW · Palliative Care · (617) 555-0123 · Date prepared ${D(addDays(signed, -1), 'mdy')}</div>
<div>Notes: patient answers to "${N(yiddish)}" (family name for him); Yiddish-speaking, understands English. Shabbat observant — no elective procedures Friday sundown to Saturday. SEND FORM WITH PERSON WHENEVER TRANSFERRED OR DISCHARGED · Page 1 of 2</div>
</div>`,
    };
  }
  const p = pat(g, 'tibetan', 62, 88, 'female');
  const agent = relative(g, 'tibetan', 'son');
  const alt = relative(g, 'tibetan', 'daughter-in-law');
  while (alt.first === p.first) alt.first = who(g, 'tibetan', 'female').first;
  const witness = who(g, 'wordy', 'female');
  const sw = g.provider();
  const agentStreet = usStreet(g);
  const [agentCity, agentState, agentZip3] = g.pick(US_PLACES);
  const agentEmail = mail(g, agent.first, '');
  const docs: [string, Date, string, string][] = [
    ['Health Care Proxy (M.G.L. c. 201D)', addDays(TODAY, -g.int(400, 1500)), 'Active', 'Scanned'],
    ['Living Will / Personal Directive', addDays(TODAY, -g.int(400, 1500)), 'Active', 'Scanned'],
    ['MOLST', addDays(TODAY, -g.int(10, 90)), 'Active', 'Electronic'],
    ['Organ donation — Registry of Motor Vehicles', addDays(TODAY, -g.int(1500, 3000)), 'Donor: Yes', 'RMV feed'],
  ];
  const ext = `x${g.int(100, 999)}`;
  return {
    title: 'Advance Directives',
    css,
    body: h`
<div class="top">Chart · <b>Advance Care Planning</b> · ${N(`${p.first}`)} · MRN ${phi('MRN', p.mrn)} · DOB ${D(p.dob, 'dmony')} · ${p.age} y · F · Code status: <b>DNR/DNI (MOLST)</b></div>
<h3>Documents on file</h3>
<table class="reg"><tr><th>Document</th><th>Signed</th><th>Status</th><th>Source</th><th>Reviewed</th></tr>
${docs.map(([name, d, st, src]) => h`<tr><td>${name}</td><td>${D(d, 'mdy')}</td><td>${st}</td><td>${src}</td><td>${D(addDays(TODAY, -g.int(1, 9)), 'mdy')} by ${sw.last}</td></tr>`)}</table>
<h3>Health care agent</h3>
<dl><dt>Primary agent</dt><dd>${N(agent.first)} (son) — 🏠 ${phi('ADDRESS', agentStreet)}, ${phi('ADDRESS', agentCity)}, ${agentState} ${phi('ZIP', agentZip3 + g.digits(2))}</dd>
<dd>☎ ${P(agent.phone, 'paren')} · 📱 ${P(g.phone(), 'dash')} · work ${phi('PHONE', `${fp(g.phone(), 'paren')} ${ext}`)} · ✉ ${phi('EMAIL', agentEmail)}</dd>
<dt>Alternate agent</dt><dd>${N(alt.first)} (daughter-in-law) — ${P(alt.phone, 'dot')}</dd>
<dt>Witnesses</dt><dd>${N(`${witness.first} ${witness.last}`)} (neighbor); ${sw.first} ${sw.last}, LICSW</dd>
<dt>Effective</dt><dd>Upon determination of incapacity by attending physician. Invoked: No.</dd></dl>
<h3>Patient's stated wishes (from living will, ${D(docs[1]![1], 'monyyyy')})</h3>
<blockquote>I do not want to be kept alive on machines if I cannot recognise my family. I want to die at home if possible, with a lama present. Please contact my son ${N(agent.first)} first. My name is ${N(p.first)}; please do not shorten it.</blockquote>
<p>Spiritual care: Buddhist · Interpreter: Tibetan (Lhasa dialect) · Last ACP conversation ${D(addDays(TODAY, -g.int(10, 30)), 'mdy')} with ${sw.first} ${sw.last}, 35 min (CPT 99497).</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 8. Inpatient belongings inventory; ED security valuables-envelope log

function imei(g: G): string {
  const body = `35${g.digits(12)}`;
  const s = body + luhnCheckDigit(body);
  return `${s.slice(0, 2)} ${s.slice(2, 8)} ${s.slice(8, 14)} ${s.slice(14)}`;
}

function belongings(g: G, k: number): Screen {
  const css = BASE_CSS + '.frm td,.frm th{border:1px solid #999;font-size:12px;padding:3px}.frm th{background:#eee}.sig{display:inline-block;border-bottom:1px solid #000;min-width:180px;margin-right:10px}.log td,.log th{border-bottom:1px solid #ddd;font-size:12px}';
  const rn = g.provider();
  const officer = g.provider();
  if (k === 0) {
    const p = pat(g, 'albanian', 55, 84, 'male');
    const wife = p.spouse;
    const bag = `B-${g.digits(6)}`;
    const card = g.digits(4);
    const card2 = g.digits(4);
    const ssn4 = p.ssn.slice(-4);
    const hearL = `${g.digits(10)}`;
    const hearR = `${g.digits(10)}`;
    const plate = `${g.int(1, 9)}${g.letters(2, 'ABCDEFGHJKLMNPRSTVWXYZ')} ${g.digits(3)}`;
    const admit = at(addDays(TODAY, -1), 22, 35);
    const returned = at(TODAY, 11, 20);
    return {
      title: 'Patient Belongings Inventory',
      css,
      body: h`
<div class="top">Nursing · Admission Navigator · <b>Belongings</b> · ${N(LF(p))} · ${p.age} y · MRN ${phi('MRN', p.mrn)} · 6 West Rm 612-B</div>
<h3>PATIENT BELONGINGS / VALUABLES INVENTORY</h3>
<p>Date/time inventoried: ${D(admit, 'mdy', '24')} · Bag # ${phi('ID', bag)} · Arrived via: ED</p>
<table class="frm"><tr><th>Item</th><th>Description</th><th>Qty</th><th>Disposition</th></tr>
  <tr><td>Wallet</td><td>Brown leather. Contains: MA driver's license ${phi('DRIVERS_LICENSE', p.dl)}; Visa ending ${phi('ACCOUNT', card)}; debit card ****${phi('ACCOUNT', card2)}; Social Security card (xxx-xx-${phi('SSN', ssn4)}); Medicare card; cash $47.00 (two $20, one $5, two $1)</td><td>1</td><td>Sent home with wife</td></tr>
  <tr><td>Cell phone</td><td>iPhone 13, black case, cracked screen · IMEI ${phi('DEVICE', imei(g))}</td><td>1</td><td>At bedside</td></tr>
  <tr><td>Hearing aids</td><td>Phonak Audéo L90 — L SN ${phi('DEVICE', hearL)}, R SN ${phi('DEVICE', hearR)} · in blue case</td><td>2</td><td>At bedside</td></tr>
  <tr><td>Dentures</td><td>Upper full; lower partial (teeth #22–27 replaced)</td><td>2</td><td>Labeled cup at bedside</td></tr>
  <tr><td>Eyeglasses</td><td>Bifocals, gold frame</td><td>1</td><td>At bedside</td></tr>
  <tr><td>Jewelry</td><td>Wedding band, yellow metal; wristwatch (Seiko)</td><td>2</td><td>Ring taped on (patient refused removal)</td></tr>
  <tr><td>Keys / vehicle</td><td>Car keys (Toyota). Vehicle: silver Camry, MA plate ${phi('VEHICLE', plate)}, Garage B level 3</td><td>1 set</td><td>Sent home with wife; wife to move car</td></tr>
  <tr><td>Clothing</td><td>Jeans, flannel shirt, boots, belt, coat</td><td>—</td><td>Patient belongings bag</td></tr>
  <tr><td>Medications from home</td><td>Lisinopril 20 mg, metformin 500 mg, tiotropium inhaler</td><td>3</td><td>Sent to pharmacy (locked)</td></tr>
</table>
<p>Released to: ${N(`${wife.first} ${wife.last}`)} (wife) · ID checked · phone ${P(wife.phone, 'paren')} · at ${D(returned, 'mdy', '24')}</p>
<p><span class="sig">${N(`${p.first} ${p.last}`)}</span> Patient signature · <span class="sig">${rn.first} ${rn.last}, RN</span> RN · <span class="sig">${g.provider().first} ${g.provider().last}, PCA</span> Witness</p>
<p class="fine">The hospital is not responsible for items kept at the bedside. Valuables should be sent home or placed in the hospital safe (Security x4100). Page 1 of 1 · Form NUR-114 rev. C</p>`,
    };
  }
  const rows = Array.from({ length: 12 }, (_, i) => {
    const p = pat(g, i === 3 || i === 8 ? 'burmese' : g.pick(US_ORIGINS), 18, 97);
    const tin = addMin(TODAY, -g.int(60, 60 * 72) - i * 40);
    const released = g.chance(0.55);
    const relTo = released ? (g.chance(0.5) ? ('patient' as const) : relative(g, g.pick(US_ORIGINS), g.pick(p.age > 55 ? ['wife', 'husband', 'son', 'daughter'] : ['wife', 'husband', 'mother', 'sister', 'brother']))) : undefined;
    const contents = g.pick(['Wallet, $112 cash, 2 cards', 'Purse, phone, keys', 'Cash $1,340 (counted x2)', 'Watch, 2 rings, chain', 'Phone, wallet, vape', 'Backpack — laptop', 'Wallet, ID, bus pass', 'Envelope: $63.25 + coins']);
    return { p, tin, env: `${g.digits(7)}`, released, relTo, contents, off: g.provider(), tout: new Date(Math.min(addMin(tin, g.int(60, 60 * 40)).getTime(), addMin(TODAY, -g.int(10, 90)).getTime())) };
  });
  return {
    title: 'Security — Valuables Log',
    css,
    body: h`
<div class="top"><b>Public Safety</b> · Valuables &amp; Property · Emergency Department safe · Shift: Days · Supervisor ${officer.first} ${officer.last}</div>
<h3>Valuables envelopes — last 72 h (${rows.length})</h3>
<table class="log"><tr><th>Envelope #</th><th>In</th><th>Patient</th><th>MRN</th><th>DOB</th><th>Contents</th><th>Officer</th><th>Status</th><th>Released to</th><th>Out</th></tr>
${rows.map((r) => h`<tr><td>${phi('ID', r.env)}</td><td>${T(`${fd(r.tin, 'md')} ${hmc(r.tin)}`)}</td><td>${N(LFU(r.p))}</td><td>${phi('MRN', r.p.mrn)}</td><td>${D(r.p.dob, 'mdy2')}</td><td>${r.contents}</td><td>${r.off.last} #${g.int(100, 499)}</td><td>${r.released ? 'Released' : 'In safe'}</td><td>${r.relTo === undefined ? '' : r.relTo === 'patient' ? 'Patient' : h`${N(`${r.relTo.first} ${r.relTo.last}`)} (${r.relTo.relation})`}</td><td>${r.released ? T(`${fd(r.tout, 'md')} ${hmc(r.tout)}`) : ''}</td></tr>`)}</table>
<p>Reminder: envelopes unclaimed after 30 days go to Lost &amp; Found (x4100). Two-officer count required above $500. Cash over $1,000: notify supervisor. Age 90+ and incapacitated patients: release only to HCP/guardian.</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 9. Dietary tray tickets (printed cards); diet-office order board

const DIETS = ['Regular', 'Cardiac 2 g Na', 'Consistent carbohydrate (CCHO) 1800', 'Renal 2 g Na/2 g K/1 g Phos', 'Clear liquids', 'Full liquids', 'IDDSI Level 4 Pureed / Mildly thick liquids', 'Low fiber', 'Gluten-free', 'NPO after midnight'];
const MENU = ['Baked cod with lemon', 'Green beans', 'Rice pilaf', 'Turkey sandwich on wheat', 'Tomato soup', 'Baked chicken', 'Mashed potatoes', 'Black bean soup', 'Cranberry juice 4 oz', 'Rose hip tea', 'Jell-O (sugar-free)', 'Vanilla pudding', 'Black pepper packet', 'Ginger ale', 'Chicken broth', 'Oatmeal'];

function dietary(g: G, k: number): Screen {
  const css = BASE_CSS + '.tickets{display:flex;flex-wrap:wrap}.tk{width:230px;border:1px dashed #333;margin:4px;padding:4px;font:12px monospace}.tk .nm{font-weight:bold;font-size:14px}.tk .al{color:#b00;font-weight:bold}.ob td,.ob th{border:1px solid #ccc;font-size:12px}';
  const dietitian = { ...g.provider(), credential: 'RD, LDN' };
  if (k === 0) {
    const meal = at(TODAY, 11, 30);
    const tickets = Array.from({ length: 9 }, (_, i) => {
      const origin: Origin = i < 3 ? 'wordy' : g.pick(US_ORIGINS);
      const p = pat(g, origin, 30, 99);
      if (i === 1) p.age = Math.max(p.age, 90);
      return { p, room: `${g.pick(['4', '5', '6'])}${pad(g.int(1, 40))}-${g.pick(['A', 'B'])}`, diet: g.pick(DIETS), al: g.pick(['NKFA', 'NKFA', 'Peanut', 'Shellfish', 'Lactose intol.', 'Egg']), items: g.some(MENU, 3, 5), pref: g.pick(['', '', 'Halal — no pork', 'Kosher (sealed tray)', 'Prefers rice', 'No red meat', 'Vegetarian', 'Needs set-up assist']) };
    });
    if (Y(tickets[1]!.p.dob) > Y(TODAY) - 90) tickets[1]!.p.dob = new Date(Date.UTC(Y(TODAY) - 93, Mo(tickets[1]!.p.dob), Dd(tickets[1]!.p.dob)));
    tickets[1]!.p.age = ageOf(tickets[1]!.p.dob);
    return {
      title: 'Tray Tickets — Lunch',
      css,
      body: h`
<div class="top">CBORD Patient Service · Tray Tickets · Lunch · Unit 4/5/6 · Printed ${T(`${fd(TODAY, 'mdy2')} ${hm(addMin(meal, -95))}`)} · Diet office x3663</div>
<div class="tickets">
${tickets.map((t, i) => h`<div class="tk"><div class="nm">${N(i % 3 === 0 ? LFU(t.p) : `${t.p.first} ${t.p.last}`)}</div>
  <div>${t.room} · ${i % 2 === 0 ? h`DOB ${D(t.p.dob, 'mdy2')}` : h`Age ${A(t.p.age)}`}</div>
  <div>LUNCH ${T(fd(meal, 'mdy2'))}</div>
  <div>${t.diet}</div>
  <div class="al">${t.al === 'NKFA' ? 'NKFA' : `ALLERGY: ${t.al.toUpperCase()}`}</div>
  <ul>${t.items.map((it) => h`<li>${it}</li>`)}</ul>
  <div>${t.pref}</div>
  <div>☐ Checked by ______ · Tray ${i + 1}/${tickets.length}</div></div>`)}
</div>
<p>Dietitian on call: ${dietitian.first} ${dietitian.last}, ${dietitian.credential} (pager 2290). Late trays: call x3663 before 13:30.</p>`,
    };
  }
  const rows = Array.from({ length: 11 }, () => {
    const p = pat(g, g.pick(US_ORIGINS), 45, 97);
    const ordered = addMin(TODAY, -g.int(30, 60 * 60));
    return { p, ordered, room: `${g.int(3, 8)}${pad(g.int(1, 36))}`, diet: g.pick(DIETS), fluid: g.pick(['', '', '1500 mL', '1200 mL', '2000 mL']), supp: g.pick(['', 'Ensure Plus BID', 'Nepro TID', 'Glucerna 1 can daily', 'Juven BID', 'Boost Breeze TID']), md: g.provider(), iso: g.chance(0.2) };
  });
  const sel = rows[0]!;
  const dtr = relative(g, 'wordy', 'daughter');
  dtr.first = g.pick(['Faith', 'Hope', 'Joy']);
  return {
    title: 'Diet Office — Order Board',
    css,
    body: h`
<div class="top"><b>Diet Office</b> · Active Diet Orders · ${D(TODAY, 'weekday')} · Filter: all units · Sort: room</div>
<table class="ob"><tr><th>Room</th><th>Patient</th><th>Age</th><th>Diet order</th><th>Fluid restr.</th><th>Supplement</th><th>Ordered</th><th>Ordering provider</th><th>Iso</th></tr>
${rows.map((r) => h`<tr><td>${r.room}</td><td>${N(LF(r.p))}</td><td>${A(r.p.age)}</td><td>${r.diet}</td><td>${r.fluid}</td><td>${r.supp}</td><td>${T(`${fd(r.ordered, 'md')} ${ft(r.ordered, '12s')}`)}</td><td>${r.md.last}, ${ini(r.md.first)}</td><td>${r.iso ? 'Disposable' : ''}</td></tr>`)}</table>
<h3>Notes — Rm ${sel.room}</h3>
<ul><li>${T(`${fd(TODAY, 'md')} ${hm(addMin(TODAY, -180))}`)} ${dietitian.first} ${ini(dietitian.last)}., RD: Calorie count day 2 — 45% of estimated needs (1,650 kcal, 75 g protein). Pt's daughter ${N(`${dtr.first} ${dtr.last}`)} brings food from home (${P(dtr.phone, 'dash')} if questions about what is allowed). Add Ensure Plus BID. Weight ${g.int(48, 60)}.${g.int(0, 9)} kg, down 4 kg since ${D(addDays(TODAY, -40), 'mdy')}.</li>
<li>Speech: IDDSI level 4 per bedside swallow ${D(addDays(TODAY, -1), 'md')}; repeat MBS ${D(addDays(TODAY, 2), 'md')}.</li>
<li>Graves disease hx — iodine not restricted. Green tea OK. Hope to advance to level 5 by discharge.</li></ul>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 10. HIM coding worklist (encoder); chart-deficiency and physician-query list

const DRGS: [string, string, number][] = [
  ['291', 'Heart failure & shock w MCC', 1.3454], ['871', 'Septicemia w/o MV >96 hrs w MCC', 1.9826], ['193', 'Simple pneumonia & pleurisy w MCC', 1.3071],
  ['470', 'Major hip & knee joint replacement w/o MCC', 1.9104], ['190', 'COPD w MCC', 1.1537], ['683', 'Renal failure w CC', 0.8773], ['065', 'Intracranial hemorrhage or cerebral infarction w CC', 1.0082],
  ['378', 'GI hemorrhage w CC', 0.9955], ['640', 'Misc disorders of nutrition, metabolism w MCC', 1.1102], ['392', 'Esophagitis, gastroent & misc digest disorders w/o MCC', 0.7564],
];

function himWorklist(g: G, k: number): Screen {
  const css = BASE_CSS + '.wl td,.wl th{border:1px solid #d0d0d0;font-size:11px}.wl th{background:#e9eef3}.pane{border:1px solid #aaa;margin:6px;padding:4px}.q{background:#fffbe6;border-left:3px solid #e0a800;padding:4px;margin:4px}';
  const coder = g.provider();
  if (k === 0) {
    const rows = Array.from({ length: 12 }, () => {
      const p = pat(g, g.pick(US_ORIGINS), 22, 98);
      const los = g.int(2, 11);
      const dc = addDays(TODAY, -g.int(1, 9));
      const drg = g.pick(DRGS);
      return { p, los, dc, adm: addDays(dc, -los), drg, acct: g.digits(10), att: g.provider(), status: g.pick(['Uncoded', 'Uncoded', 'In progress', 'Query pending', 'Hold — missing DS', 'Final']), pay: g.pick(['Medicare A', 'Medicare Adv', 'MassHealth', 'BCBS', 'Self-pay', 'Tufts']) };
    });
    const sel = rows[0]!;
    const att = sel.att;
    return {
      title: '360 Encompass — Coding Worklist',
      css,
      body: h`
<div class="top">360 Encompass · Worklist: IP — DNFB · Coder: ${coder.first} ${coder.last}, CCS · DNFB total ${money(g.int(180000000, 420000000))} · ${D(TODAY, 'mdy')}</div>
<table class="wl"><tr><th>Account</th><th>MRN</th><th>Patient</th><th>Admit</th><th>Disch</th><th>LOS</th><th>Payer</th><th>Attending</th><th>Working DRG</th><th>RW</th><th>Status</th><th>DNFB days</th></tr>
${rows.map((r) => h`<tr><td>${phi('ACCOUNT', r.acct)}</td><td>${phi('MRN', r.p.mrn)}</td><td>${N(LFU(r.p))}</td><td>${D(r.adm, 'mdy2')}</td><td>${D(r.dc, 'mdy2')}</td><td>${r.los}</td><td>${r.pay}</td><td>${r.att.last}</td><td>${r.drg[0]} ${r.drg[1]}</td><td>${r.drg[2].toFixed(4)}</td><td>${r.status}</td><td>${Math.round((TODAY.getTime() - r.dc.getTime()) / DAY)}</td></tr>`)}</table>
<div class="pane"><b>Account ${phi('ACCOUNT', sel.acct)}</b> · ${N(`${sel.p.first} ${sel.p.last}`)} · DOB ${D(sel.p.dob, 'mdy')} · ${A(sel.p.age, 'Y')} · ${sexWord(sel.p)} · Admit ${D(sel.adm, 'mdy')} · Discharge ${D(sel.dc, 'mdy')} to SNF (disp 03)
<table class="wl"><tr><th>Seq</th><th>Code</th><th>Description</th><th>POA</th></tr>
  <tr><td>PDx</td><td>I50.23</td><td>Acute on chronic systolic (congestive) heart failure</td><td>Y</td></tr>
  <tr><td>2</td><td>N17.9</td><td>Acute kidney failure, unspecified</td><td>N</td></tr>
  <tr><td>3</td><td>E87.1</td><td>Hypo-osmolality and hyponatremia</td><td>Y</td></tr>
  <tr><td>4</td><td>I48.20</td><td>Chronic atrial fibrillation, unspecified</td><td>Y</td></tr>
  <tr><td>5</td><td>Z79.01</td><td>Long term (current) use of anticoagulants</td><td>E</td></tr>
  <tr><td>PCS</td><td>4A023N7</td><td>Measurement of cardiac sampling and pressure, left heart, percutaneous</td><td>—</td></tr></table>
<div class="q"><b>CDI query to ${drFL(att)}</b> (sent ${D(addDays(sel.dc, 1), 'mdy', '12')}): "${N(`${sel.p.prefix} ${sel.p.last}`)} had Na 124 on admission, treated with fluid restriction. Please document the clinical significance, if any: ☐ Hyponatremia ☐ SIADH ☐ Other ☐ Unable to determine." — Response: <i>pending</i></div>
<div>Expected reimbursement ${money(g.int(900000, 1600000))} · Grouper MS-DRG v43 · Claim will drop after final coding; prior claim ${phi('ID', `${g.digits(13)}`)} (${D(addDays(sel.adm, -g.int(40, 200)), 'monyyyy')} admission) was denied — see appeal.</div></div>`,
    };
  }
  const doc = g.provider();
  const defs = Array.from({ length: 10 }, () => {
    const p = pat(g, g.pick(US_ORIGINS), 19, 97);
    const dc = addDays(TODAY, -g.int(3, 40));
    return { p, dc, acct: g.digits(9), doc: g.pick(['Discharge summary', 'H&P', 'Operative report', 'Verbal order', 'Consult note']), def: g.pick(['Dictate', 'Sign', 'Sign', 'Co-sign', 'Authenticate order', 'Query response']) };
  });
  const wife = relative(g, 'cajun', 'wife');
  const sel = defs[1]!;
  return {
    title: 'Chart Deficiencies',
    css,
    body: h`
<div class="top">HIM · Deficiency Tracking · Physician: <b>${doc.last}, ${doc.first} ${doc.credential}</b> · Dept: Hospital Medicine · Suspension date: ${D(addDays(TODAY, 6), 'mdy')}</div>
<p>You have ${defs.length} incomplete records, ${defs.filter((d) => (TODAY.getTime() - d.dc.getTime()) / DAY > 21).length} delinquent (&gt; 21 days). Records delinquent on the suspension date will result in loss of admitting privileges per Medical Staff Bylaws Art. 7.</p>
<table class="wl"><tr><th>Patient</th><th>MRN</th><th>Account</th><th>Discharged</th><th>Document</th><th>Deficiency</th><th>Age (days)</th><th></th></tr>
${defs.map((d) => h`<tr><td>${N(LF(d.p))}</td><td>${phi('MRN', d.p.mrn)}</td><td>${phi('ACCOUNT', d.acct)}</td><td>${D(d.dc, 'mdy')}</td><td>${d.doc}</td><td>${d.def}</td><td>${Math.round((TODAY.getTime() - d.dc.getTime()) / DAY)}</td><td>Open ▸</td></tr>`)}</table>
<h3>Query response needed</h3>
<div class="q">Patient ${N(`${sel.p.first} ${sel.p.last}`)} (MRN ${phi('MRN', sel.p.mrn)}), discharged ${D(sel.dc, 'mondy')}: the H&amp;P states "malnutrition" and the RD assessment documents severe protein-calorie malnutrition (weight loss 12% in 3 months, intake &lt; 50%). Please clarify the severity in the discharge summary. Note: per family (wife ${N(`${wife.first} ${wife.last}`)}), pt had not eaten well since ${D(addDays(sel.dc, -95), 'monthDay')}.</div>
<p>Questions: HIM Coding Office x2254 · Release of information is not handled here. Page 1 of 1</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 11. Multidisciplinary tumor-board agenda; heart-team (structural) conference list

function conference(g: G, k: number): Screen {
  const css = BASE_CSS + '.ag td,.ag th{border:1px solid #bbb;font-size:12px;vertical-align:top}.ag th{background:#ececf6}.case{border-left:4px solid #5c6bc0;margin:6px;padding:4px}';
  if (k === 0) {
    const meeting = at(addDays(TODAY, 1), 12, 0);
    const cases = Array.from({ length: 7 }, (_, i) => {
      const p = pat(g, g.pick(US_ORIGINS), 38, 94);
      const ct = addDays(TODAY, -g.int(14, 40));
      const bx = addDays(ct, g.int(2, 10));
      const dx = g.pick(['RUL adenocarcinoma, cT2aN1M0 (AJCC 8th), PD-L1 TPS 60%, EGFR/ALK neg', 'Pancreatic head adenocarcinoma, borderline resectable (SMV abutment)', 'Rectal adenocarcinoma, cT3N1, MRI CRM threatened',
        'HCC on NASH cirrhosis, LI-RADS 5, Child-Pugh A', 'Esophageal adenocarcinoma GEJ Siewert II, cT3N1', 'Small cell lung ca, limited stage', 'Cholangiocarcinoma, perihilar (Bismuth IIIa)']);
      return { i, p, ct, bx, dx, acc: `S${String(Y(TODAY)).slice(2)}-${g.digits(5)}`, pres: g.provider(), q: g.pick(['Surgical candidacy?', 'Neoadjuvant vs upfront resection', 'SBRT vs surgery (FEV1 42%)', 'Trial eligibility', 'Y90 vs TACE', 'Second opinion — outside path review']) };
    });
    const sel = cases[0]!;
    return {
      title: 'Thoracic & GI Tumor Board',
      css,
      body: h`
<h2>Multidisciplinary Thoracic &amp; GI Tumor Board</h2>
<p>${T(`${WEEKDAY[meeting.getUTCDay()]}, ${MONTH[Mo(meeting)]} ${Dd(meeting)}, ${Y(meeting)}`)} · 12:00–13:00 · Cancer Center Conf. Rm 3B and Teams (meeting ID 219 884 331 07, passcode on intranet) · Coordinator: ${g.provider().first} ${g.provider().last}, x5520 · CONFIDENTIAL — peer review / quality improvement</p>
<table class="ag"><tr><th>#</th><th>Patient</th><th>MRN</th><th>Age/Sex</th><th>Presenter</th><th>Diagnosis</th><th>Path</th><th>Imaging</th><th>Question</th></tr>
${cases.map((c) => h`<tr><td>${c.i + 1}</td><td>${N(LFU(c.p))}</td><td>${phi('MRN', c.p.mrn)}</td><td>${A(c.p.age, '')}${sexLetter(c.p)}</td><td>${c.pres.last}</td><td>${c.dx}</td><td>${phi('ID', c.acc)} (${D(c.bx, 'md')})</td><td>CT C/A/P ${D(c.ct, 'md')}; PET ${D(addDays(c.ct, 6), 'md')}</td><td>${c.q}</td></tr>`)}</table>
<div class="case"><b>Case 1 — ${N(`${sel.p.first} ${sel.p.last}`)}</b>, ${A(sel.p.age, '-year-old')} ${sel.p.sex === 'female' ? 'woman' : 'man'}, former smoker (40 pack-years, quit 2011), ECOG 1. Incidental RUL mass on CT for fall workup ${D(sel.ct, 'mdy')}. EBUS-TBNA ${D(sel.bx, 'mdy')}: station 11R positive, 4R/7 negative. PFTs: FEV1 ${g.int(40, 90)}%, DLCO ${g.int(40, 80)}%. Lives with ${sel.p.child.relation} ${N(sel.p.child.first)}; drives. Outside records from ${g.pick(['Baystate Medical Center', 'Dana-Farber', 'UMass Memorial'])}.<br>
<i>Recommendation:</i> ______________________</div>
<p>Attendees to sign in · Pathology: Dr. ${g.provider().last} · Radiology: Dr. ${g.provider().last} · Rad Onc: Dr. ${g.provider().last} · Thoracic Surgery: Dr. ${g.provider().last} · Nurse navigator: ${g.provider().first} ${g.provider().last}, RN · Page 1 of 2</p>`,
    };
  }
  const meeting = at(addDays(TODAY, 6), 7, 0);
  const cases = Array.from({ length: 6 }, (_, i) => {
    const p = pat(g, g.pick(['wordy', 'cajun', 'ashkenazi', 'albanian', 'bosnian', 'malayalam'] as Origin[]), 71, 97);
    if (i === 5) p.last = `${p.last} III`;
    return { i, p, sts: (g.int(15, 95) / 10).toFixed(1), kccq: g.int(20, 70), walk: (g.int(50, 110) / 10).toFixed(1), ava: (g.int(6, 10) / 10).toFixed(1), mg: g.int(35, 62), cta: addDays(TODAY, -g.int(2, 25)), caregiver: relative(g, 'wordy', g.pick(['daughter', 'son', 'wife', 'niece'])), ref: g.provider() };
  });
  return {
    title: 'Structural Heart Conference',
    css,
    body: h`
<h2>Heart Team — Structural Heart Conference</h2>
<p>${T(`${fd(meeting, 'mondy')} 07:00`)} · Cardiac Surgery Library · Presenter: TAVR coordinator · ${cases.length} patients · <i>Lives alone = ⌂1</i></p>
<table class="ag"><tr><th>#</th><th>Patient</th><th>DOB</th><th>Age</th><th>Referring</th><th>AVA cm²</th><th>MG mmHg</th><th>STS PROM %</th><th>KCCQ-12</th><th>5-m walk s</th><th>CTA</th><th>Caregiver / contact</th></tr>
${cases.map((c) => h`<tr><td>${c.i + 1}</td><td>${N(LF(c.p))}</td><td>${D(c.p.dob, 'mdy')}</td><td>${A(c.p.age)}</td><td>${drFL(c.ref)}</td><td>${c.ava}</td><td>${c.mg}</td><td>${c.sts}</td><td>${c.kccq}</td><td>${c.walk}</td><td>${D(c.cta, 'md')}</td><td>${N(c.caregiver.first)} (${c.caregiver.relation}) ${P(c.caregiver.phone, 'dash')}</td></tr>`)}</table>
<div class="case">#1 ${N(c0(cases))}: Parkinson disease, frailty 3/4 (Essential Frailty Toolset). Candidly states "I want to see my granddaughter ${N(who(g, 'wordy', 'female').first)} graduate in ${T(`${MONTH[4]} ${Y(TODAY)}`)}." Shared decision-making visit ${D(addDays(TODAY, 9), 'mdy')}. Access: femoral 6.8/7.1 mm — OK for transfemoral.</div>
<div class="case">#3 — ${N(LF(cases[2]!.p))}: porcelain aorta; surgical risk prohibitive. ${A(cases[2]!.p.age, ' y/o')}. Consider TAVR 26 mm Sapien 3 Ultra RESILIA. Second surgeon: Dr. ${g.provider().last}.</div>
<p>Decisions recorded in the conference note template; each patient to receive letter with decision and scheduling number (413) 555-0166.</p>`,
  };
}

const c0 = (cases: { p: Patient }[]) => `${cases[0]!.p.first} ${cases[0]!.p.last}`;

// ---------------------------------------------------------------------------------------------
// 12. Child-abuse mandated report (51A-style); adult protective services referral (elder financial exploitation)

function protective(g: G, k: number): Screen {
  const css = BASE_CSS + '.f td{border:1px solid #999;font-size:12px;padding:3px;vertical-align:top}.f .lb{font-size:10px;color:#444;display:block}.sec{background:#333;color:#fff;padding:2px 6px;margin-top:6px}.narr{border:1px solid #999;padding:4px}';
  const sw = { ...g.provider(), credential: 'LICSW' };
  const md = g.provider();
  if (k === 0) {
    const mom = pat(g, 'khmer', 24, 36, 'female');
    const child = who(g, 'khmer', g.pick(['female', 'male'] as const), mom.last);
    const cdob = birth(g, 1, 3);
    const sib = who(g, 'khmer', undefined, mom.last);
    const sibDob = birth(g, 5, 8);
    const dad = who(g, 'khmer', 'male', mom.last);
    const uncle = who(g, 'khmer', 'male', g.pick(['Chea', 'Sok', 'Prum']));
    while (uncle.first === dad.first) uncle.first = who(g, 'khmer', 'male').first;
    const unclePhone = g.phone();
    const seen = at(TODAY, 9, 40);
    const called = at(TODAY, 11, 5);
    return {
      title: 'Report of Suspected Child Abuse or Neglect',
      css,
      body: h`
<h3>REPORT OF A CHILD ALLEGED TO BE SUFFERING FROM ABUSE OR NEGLECT (mandated reporter) — oral report made ${T(`${fd(called, 'mdy')} ${ft(called, '12')}`)}; written report due within 48 hours</h3>
<div class="sec">I. REPORTER</div>
<table class="f"><tr><td><span class="lb">Name</span>${sw.first} ${sw.last}, ${sw.credential}</td><td><span class="lb">Role</span>Hospital social worker (mandated)</td><td><span class="lb">Agency</span>Pediatric Emergency Dept.</td><td><span class="lb">Phone</span>(413) 555-0172</td></tr></table>
<div class="sec">II. CHILD</div>
<table class="f"><tr><td><span class="lb">Name</span>${N(`${child.first} ${child.last}`)}</td><td><span class="lb">Date of birth</span>${D(cdob, 'mdy')}</td><td><span class="lb">Age</span>${ageOf(cdob)} yr ${g.int(1, 11)} mo</td><td><span class="lb">Sex</span>${child.sex === 'female' ? 'F' : 'M'}</td></tr>
<tr><td colspan="2"><span class="lb">Address</span>${phi('ADDRESS', streetLine(mom))}, ${phi('ADDRESS', mom.city)} ${phi('ZIP', mom.zip)}</td><td><span class="lb">Child care</span>Home with grandmother weekdays</td><td><span class="lb">MRN</span>${phi('MRN', `${g.int(7, 9)}${g.digits(7)}`)}</td></tr></table>
<div class="sec">III. PARENTS / CARETAKERS AND HOUSEHOLD</div>
<table class="f"><tr><td><span class="lb">Mother</span>${N(`${mom.first} ${mom.last}`)}</td><td><span class="lb">Phone</span>${P(mom.cell, 'paren')}</td><td><span class="lb">Language</span>Khmer; English limited</td></tr>
<tr><td><span class="lb">Father</span>${N(`${dad.first} ${dad.last}`)}</td><td><span class="lb">Phone</span>${P(mom.spouse.phone, 'paren')}</td><td><span class="lb">Employer</span>Lowell fish-processing plant (night shift)</td></tr>
<tr><td><span class="lb">Sibling</span>${N(sib.first)}, ${D(sibDob, 'mdy')}</td><td><span class="lb">School</span>${g.pick(['Bartlett Community Partnership School', 'Murkland Elementary', 'Greenhalge Elementary'])}, grade 1</td><td><span class="lb">Other adults in home</span>maternal uncle ${N(`${uncle.first} ${uncle.last}`)}, ${g.int(25, 40)}, ${P(unclePhone, 'dash')}</td></tr></table>
<div class="sec">IV. NATURE OF INJURIES / CONDITION</div>
<div class="narr">Child brought to ED ${D(seen, 'mdy', '24')} by mother for "not using left arm" after a fall from the couch reported by uncle, who was caring for the child on ${D(addDays(TODAY, -1), 'weekday')}. Exam: spiral fracture of L humerus (X-ray), bruising to L upper arm and to both ears (TEN-4-FACESp positive), 3 patterned bruises on back in different stages of healing. Skeletal survey: healing posterior rib fractures R 6-7. Head CT: no acute findings. Ophtho: no retinal hemorrhages. Labs: CBC, CMP, coags, lipase normal. Vitamin D 28. No bleeding disorder history. Mother's account consistent; uncle's account changed twice. Dr. ${md.last} (child protection team) consulted; injuries are concerning for inflicted trauma. Child admitted for safety. Father is aware; mother cooperative and protective per SW assessment.</div>
<div class="sec">V. ACTIONS</div>
<p>Hotline called ${T(`${fd(called, 'md')} ${hm(called)}`)}; screener requested written report by fax. Hospital security informed that uncle ${N(uncle.first)} is not to visit. Police notified by DCF. Photos taken by Clinical Photography (7 images) and stored in chart media.</p>`,
    };
  }
  const p = pat(g, 'cajun', 90, 96, 'female');
  p.city = g.pick(['Breaux Bridge', 'Opelousas', 'Abbeville', 'Eunice', 'Ville Platte']);
  p.zip = `705${g.digits(2)}`;
  const nephew = who(g, 'cajun', 'male', g.pick(['Guidry', 'Landry', 'Breaux']));
  const nick = g.pick(['T-Boy', 'Boo', 'Nonc']);
  const nephewPhone = g.phone();
  const plate = `${g.upper(3)} ${g.digits(3)}`;
  const acct = g.digits(4);
  const neighbor = who(g, 'wordy', 'female');
  const gofund = `gofundme.com/f/help-${fold(p.first)}-${fold(p.last)}-stay-home`;
  const cashed = addDays(TODAY, -g.int(20, 40));
  const amount = g.int(1200, 4800);
  return {
    title: 'APS Referral — Elder Protective Services',
    css,
    body: h`
<h3>ELDER PROTECTIVE SERVICES — REPORT OF SUSPECTED ABUSE, NEGLECT, SELF-NEGLECT OR FINANCIAL EXPLOITATION</h3>
<p>Report taken ${D(TODAY, 'mdy', '12')} · Reporter: ${sw.first} ${sw.last}, ${sw.credential}, ${g.pick(['Our Lady of Lourdes Regional', 'Lafayette General'])} case management, (337) 555-0140 · Reporter wishes to be kept confidential: Yes</p>
<table class="f">
<tr><td><span class="lb">Elder's name</span>${N(`${p.first} ${p.last}`)}</td><td><span class="lb">DOB / age</span>${D(p.dob, 'mdy')} / ${A(p.age, ' years')}</td><td><span class="lb">Phone</span>${P(p.home, 'paren')}</td></tr>
<tr><td colspan="2"><span class="lb">Address</span>${phi('ADDRESS', p.street)}, ${phi('ADDRESS', p.city)}, LA ${phi('ZIP', p.zip)} — rural, off parish road, lives alone</td><td><span class="lb">Language</span>Cajun French / English</td></tr>
<tr><td><span class="lb">Alleged perpetrator</span>${N(`${nephew.first} "${nick}" ${nephew.last}`)}</td><td><span class="lb">Relationship</span>Great-nephew; has POA (financial) since ${Y(TODAY) - 2}</td><td><span class="lb">Perpetrator phone</span>${phi('PHONE', fp(nephewPhone, 'dash'))}</td></tr>
<tr><td colspan="3"><span class="lb">Vehicle</span>white Ford F-150, LA plate ${phi('VEHICLE', plate)} (seen parked at elder's home)</td></tr>
</table>
<div class="sec">Description of concern</div>
<div class="narr">Pt admitted ${D(addDays(TODAY, -4), 'mdy')} for dehydration and a fall; found at home by neighbor ${N(`${neighbor.first} ${neighbor.last}`)} after ~2 days on the floor. Pt is alert and oriented x3 (SLUMS 24/30), states that her great-nephew "${N(nick)}" "takes care of the money" and that her Social Security and pension checks go to a joint account at Teche Federal (acct ending ${phi('ACCOUNT', acct)}). Electricity was disconnected ${D(addDays(TODAY, -12), 'monthDay')}. Pharmacy reports pt's insulin not picked up since ${D(addDays(TODAY, -75), 'monyyyy')}. Pt showed SW a check for $${amount.toLocaleString('en-US')} dated ${D(cashed, 'mdy1')} she says she did not sign. Nephew also started an online fundraiser "to keep ${N(`Tante ${p.first}`)} home": ${phi('URL', gofund)}. Neighbor reports the nephew visits only when the checks arrive. Pt does not want nephew arrested but wants "her money back"; consents to APS referral. Capacity evaluation by Dr. ${md.last} (psychiatry) pending.</div>
<p>Other family: ${p.child.relation} ${N(`${p.child.first} ${p.child.last}`)} in ${phi('ADDRESS', g.pick(['Houston', 'Beaumont', 'Lake Charles']))}, ${P(p.child.phone, 'dash')} — pt agrees she may be contacted. Risk: high. Response requested within 24 h.</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 13. Home-oxygen certificate of medical necessity (CMS-484); power wheelchair detailed written order

function dmeOrder(g: G, k: number): Screen {
  const css = BASE_CSS + '.cmn td{border:1px solid #333;font-size:12px;padding:3px;vertical-align:top}.cmn .lb{font-size:9px;display:block;color:#333;text-transform:uppercase}.q td{border-bottom:1px dotted #999;font-size:12px}.bx{display:inline-block;border:1px solid #333;min-width:14px;padding:0 3px;margin-right:2px;font:13px monospace}';
  const doc = g.provider();
  const npi = `1${g.digits(9)}`;
  if (k === 0) {
    const p = pat(g, 'wordy', 66, 92, 'male');
    p.first = g.pick(['Mason', 'Hunter', 'Chase']);
    p.last = g.pick(['Baker', 'Wells', 'Parker']);
    const medicare = mbi(g);
    const abg = addDays(TODAY, -g.int(1, 20));
    const init = addDays(TODAY, -g.int(0, 3));
    const conc = `${g.upper(2)}${g.digits(8)}`;
    const supplierPhone = '(800) 555-0134';
    const hcpcs = ['E1390', 'E0431', 'E1392'];
    const dobParts = [pad(Mo(p.dob) + 1), pad(Dd(p.dob)), String(Y(p.dob)).slice(2)];
    return {
      title: 'CMN — CMS-484 Oxygen',
      css,
      body: h`
<div class="top">DME Orders · Parachute Health · Order #${phi('ID', g.digits(7))} · Supplier: Lincare — Springfield branch · Status: Awaiting signature</div>
<h3>CERTIFICATE OF MEDICAL NECESSITY — CMS-484 — OXYGEN</h3>
<table class="cmn">
  <tr><td colspan="2"><span class="lb">Section A · Certification type/date</span>☒ INITIAL ${D(init, 'mdy2')} ☐ REVISED ☐ RECERTIFICATION</td><td><span class="lb">Patient name, address, telephone and Medicare number</span>${N(`${p.last.toUpperCase()} JR, ${p.first.toUpperCase()}`)}<br>${phi('ADDRESS', p.street.toUpperCase())}<br>${phi('ADDRESS', p.city.toUpperCase())}, ${p.state} ${phi('ZIP', p.zip)}<br>${P(p.home, 'paren')} · MBI ${phi('HEALTH_PLAN', medicare)}</td>
  <td><span class="lb">Supplier name, address, telephone and NSC or NPI #</span>Lincare Inc., 45 Industry Ave, Springfield MA 01104 · ${supplierPhone} · NSC 1234560001</td></tr>
  <tr><td><span class="lb">Place of service</span>12 (home)</td><td><span class="lb">HCPCS</span>${hcpcs.join(' · ')}</td><td><span class="lb">Patient DOB</span>${bx('DATE', dobParts, '/')} <span class="lb">Sex</span>M <span class="lb">Ht / Wt</span>70 in / 168 lbs</td>
  <td><span class="lb">Physician name, address, telephone and NPI</span>${drFL(doc)}, ${g.pick(FACILITIES)} Pulmonary, 300 Carew St · (413) 555-0150 · NPI ${npi}</td></tr>
</table>
<h4>Section B — Information in this section may not be completed by the supplier</h4>
<table class="q">
  <tr><td>Est. length of need (months)</td><td>99 (lifetime)</td><td>Dx codes (ICD-10)</td><td>J44.1 · J96.11 · I27.23</td></tr>
  <tr><td>1a. Result of most recent test (PaO2 / SaO2)</td><td>PaO2 ${g.int(48, 55)} mm Hg / SaO2 ${g.int(84, 88)} %</td><td>1b. Date of test</td><td>${D(abg, 'mdy')}</td></tr>
  <tr><td>2. Was the test performed (1) within 2 days prior to discharge (2) while an inpatient (3) under other circumstances?</td><td>1</td><td>3. Condition during test</td><td>2 (exercise)</td></tr>
  <tr><td>4. Portable oxygen prescribed?</td><td>Y</td><td>5. Oxygen flow rate (LPM)</td><td>2 LPM at rest, 3 LPM with exertion and sleep</td></tr>
  <tr><td>7. Dependent edema / cor pulmonale / Hct &gt; 56%</td><td>Y (P-pulmonale on ECG)</td><td>Name of person answering Section B</td><td>${doc.first} ${doc.last} — ${doc.credential}</td></tr>
</table>
<h4>Section C — Narrative (supplier)</h4>
<p>Stationary concentrator Inogen At Home, SN ${phi('DEVICE', conc)}; portable Inogen One G5 with 2 batteries; delivered ${D(addDays(init, 1), 'mdy')}; set-up and education given to ${N(`${p.first} ${p.last} Jr.`)} and his wife ${N(`${p.spouse.first} ${p.spouse.last}`)}. No smoking in home — pt quit 2019. Backup E-cylinders x4. Allowed amount E1390 $${(g.int(15000, 19000) / 100).toFixed(2)}/mo.</p>
<h4>Section D — Attestation</h4>
<p>I certify that I am the treating physician identified in Section A… Physician signature __________ Date ______ · Fax signed CMN to (800) 555-0135 · Page 1 of 1</p>`,
    };
  }
  const p = pat(g, 'malayalam', 55, 80, 'male');
  const middleInit = g.upper(1);
  const dil = relative(g, 'malayalam', 'daughter-in-law', p.last);
  const medicare = mbi(g);
  const medigap = `${g.upper(3)}${g.digits(9)}`;
  const f2f = addDays(TODAY, -g.int(10, 40));
  const ot = addDays(f2f, g.int(3, 10));
  const order = addDays(TODAY, -g.int(0, 5));
  const ref = `PA${g.digits(10)}`;
  return {
    title: 'Detailed Written Order — Power Mobility',
    css,
    body: h`
<div class="top">Brightree · Patient ${N(`${p.last}, ${p.first} ${middleInit}.`)} · Intake · Documents · <b>DWO / SWO</b> · Prior auth</div>
<h3>STANDARD WRITTEN ORDER — POWER WHEELCHAIR (GROUP 2)</h3>
<dl>
<dt>Beneficiary</dt><dd>${N(`${p.first} ${middleInit}. ${p.last}`)} · DOB ${D(p.dob, 'mdy1')} · MBI ${phi('HEALTH_PLAN', medicare)} · Secondary: AARP Medicare Supplement Plan G ${phi('HEALTH_PLAN', medigap)}</dd>
<dt>Delivery address</dt><dd>${phi('ADDRESS', streetLine(p))} :: ${phi('ADDRESS', p.city)} :: ${p.state} :: ${phi('ZIP', p.zip)} — ground floor, ramp installed</dd>
<dt>Contact for delivery</dt><dd>${N(`${dil.first} ${dil.last}`)} (daughter-in-law) ${P(dil.phone, 'dash')}; patient ${P(p.cell, 'dash')}</dd>
<dt>Order date</dt><dd>${D(order, 'mdy')}</dd>
<dt>Items</dt><dd><table class="q"><tr><th>HCPCS</th><th>Description</th><th>Qty</th><th>Length of need</th></tr>
  <tr><td>K0823</td><td>Power wheelchair, group 2 standard, captains chair, patient weight ≤ 300 lbs</td><td>1</td><td>99</td></tr>
  <tr><td>E2366</td><td>Power wheelchair accessory, U-1 battery, sealed lead acid</td><td>2</td><td>99</td></tr>
  <tr><td>E0950</td><td>Tray</td><td>1</td><td>99</td></tr>
  <tr><td>K0669</td><td>Seat cushion, skin protection, adjustable</td><td>1</td><td>99</td></tr></table></dd>
<dt>Diagnoses</dt><dd>G35 Multiple sclerosis; M62.81 Muscle weakness; R26.89 Other abnormalities of gait</dd>
<dt>Face-to-face examination</dt><dd>${D(f2f, 'mdy')} with ${drFL(doc)} (neurology) — MRADLs impaired in home; cannot self-propel manual wheelchair (upper-extremity weakness 3/5); cognitively able to operate PWC safely.</dd>
<dt>Specialty evaluation (LCMP)</dt><dd>OT/ATP seating evaluation ${D(ot, 'mdy')} — ${g.provider().first} ${g.provider().last}, OTR/L; ATP ${g.provider().first} ${g.provider().last} (RESNA #${g.digits(5)})</dd>
<dt>Prior authorization</dt><dd>Submitted to Jurisdiction A DME MAC ${D(addDays(order, 1), 'mdy')} · UTN ${phi('ID', ref)} · Decision expected in 10 business days</dd>
<dt>Ordering practitioner</dt><dd>${provFLC(doc)} · NPI ${npi} · signature on file, e-signed ${D(order, 'mdy', '12')}</dd>
</dl>
<p>Home assessment photo: 3 steps at entry (ramp built by son ${N(p.child.first)}, ${Y(TODAY) - 1}). Dr. ${doc.last} notes Kerala Christian family; patient prefers to be called "${N(`${p.first} Achayan`)}". Page 1 of 1</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 14. Singapore polyclinic consult screen (NRIC); Malaysian klinik kesihatan record (MyKad, Malay labels)

const SG_SURNAMES = ['Tan', 'Lim', 'Goh', 'Teo', 'Ong', 'Koh', 'Chua', 'Sim', 'Yeo', 'Quek', 'Heng', 'Toh'];
const SG_GIVEN_F = ['Siew Hong', 'Bee Leng', 'Swee Lian', 'Lay Hoon', 'Geok Choo', 'Ah Moi', 'Poh Lian', 'Hui Min'];
const SG_GIVEN_M = ['Ah Kow', 'Kok Seng', 'Chee Wee', 'Boon Huat', 'Teck Soon', 'Kim Hock', 'Ah Beng', 'Wee Liang'];
const MALAY_F = ['Siti Aminah', 'Nurul Aisyah', 'Noraini', 'Rohani', 'Zaleha', 'Faridah', 'Nor Hayati'];
const MALAY_M = ['Muhammad Hafiz', 'Ahmad Faizal', 'Mohd Rizal', 'Azman', 'Kamarul Ariffin', 'Zulkifli', 'Shahrul Nizam'];
const MALAY_FATHERS = ['Abdullah', 'Ismail', 'Osman', 'Rahman', 'Hassan', 'Yusof', 'Ibrahim', 'Omar'];
const MS_MONTH = ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'];

function sgMy(g: G, k: number): Screen {
  const css = BASE_CSS + '.ban{background:#8d1b3d;color:#fff;padding:5px}.box{border:1px solid #ccc;margin:6px;padding:4px}.kv td:nth-child(odd){color:#666}.t td,.t th{border-bottom:1px solid #eee;font-size:12px}';
  if (k === 0) {
    const sur = g.pick(SG_SURNAMES);
    const given = g.pick(SG_GIVEN_M);
    const dob = birth(g, 74, 86);
    const id = nric(g, 'S');
    const dtrSur = g.pick(SG_SURNAMES.filter((s) => s !== sur));
    const dtr = `${dtrSur} ${g.pick(SG_GIVEN_F)}`;
    const helper = g.pick(['Sri Wahyuni', 'Siti Rohmah', 'Dewi Kartika', 'Marites Dela Cruz']);
    const helperFin = nric(g, 'G');
    const blk = g.int(100, 699);
    const town = g.pick([['Ang Mo Kio Ave 10', '56'], ['Bedok North St 3', '46'], ['Toa Payoh Lor 8', '31'], ['Jurong West St 42', '64'], ['Yishun Ring Rd', '76']] as [string, string][]);
    const unit = `#${pad(g.int(2, 16))}-${g.int(100, 1500)}`;
    const post = `${town[1]}0${pad(blk, 3)}`;
    const hp = `+65 ${g.pick(['8', '9'])}${g.digits(3)} ${g.digits(4)}`;
    const dtrHp = `${g.pick(['8', '9'])}${g.digits(3)} ${g.digits(4)}`;
    const visit = at(TODAY, 9, 25);
    const last = addDays(TODAY, -g.int(80, 120));
    const dr = `${g.pick(SG_SURNAMES)} ${g.pick(['Wei Ming', 'Jia Hui', 'Kai Xiang', 'Shu Ting'])}`;
    return {
      title: 'Polyclinic — Consultation',
      css,
      body: h`
<div class="ban">${N(`${sur.toUpperCase()} ${given.toUpperCase()}`)} · ${phi('ID', id)} · M · ${ageOf(dob)} yrs · ${T(dmySlash(dob))} · Chinese (Hokkien) · <b>Drug allergy: ALLOPURINOL (SJS)</b> · CHAS Blue · Healthier SG enrolled</div>
<div class="box"><b>Particulars</b><table class="kv">
  <tr><td>Name as in NRIC</td><td>${N(`${sur.toUpperCase()} ${given.toUpperCase()}`)}</td><td>NRIC</td><td>${phi('ID', id)}</td></tr>
  <tr><td>Address</td><td colspan="3">${phi('ADDRESS', `Blk ${blk} ${town[0]}`)} ${phi('ADDRESS', unit)} Singapore ${phi('ZIP', post)}</td></tr>
  <tr><td>Mobile</td><td>${phi('PHONE', hp)}</td><td>Language</td><td>Hokkien, some Mandarin</td></tr>
  <tr><td>NOK</td><td colspan="3">${N(dtr)} (daughter) ${phi('PHONE', dtrHp)} · Caregiver: FDW ${N(helper)} (FIN ${phi('ID', helperFin)}) accompanies to visits</td></tr></table></div>
<div class="box"><b>Consult ${T(`${pad(Dd(visit))}-${MON[Mo(visit)]}-${Y(visit)} ${hm(visit)}`)}</b> · Dr ${dr} (Family Physician) · Room 7
<p>S: Chronic disease review (DM, HTN, HLD, gout). Pt says "kah-ki" (self) takes meds, but helper ${N(helper.split(' ')[0]!)} reports misses evening dose ~3x/wk. No chest pain. Occasional knee pain, no flares since febuxostat started ${D(last, 'dmy')}.</p>
<p>O: BP 148/82, HR 76, BMI 25.9. Foot screen: monofilament intact, DP pulses +. Retinal photo ${T(`${Dd(last)}/${Mo(last) + 1}/${String(Y(last)).slice(2)}`)}: mild NPDR both eyes.</p>
<table class="t"><tr><th>Test</th><th>${T(dmySlash(addDays(TODAY, -7)))}</th><th>${T(dmySlash(last))}</th></tr>
  <tr><td>HbA1c</td><td>7.8 %</td><td>8.4 %</td></tr><tr><td>LDL-C</td><td>2.9 mmol/L</td><td>3.2 mmol/L</td></tr><tr><td>eGFR</td><td>55</td><td>58</td></tr><tr><td>Urine ACR</td><td>12.1 mg/mmol</td><td>9.8 mg/mmol</td></tr></table>
<p>A/P: 1) T2DM suboptimal — add empagliflozin 10 mg OM. 2) HTN — increase amlodipine to 10 mg OM. 3) Webster pack via pharmacy; educate helper. MediSave 700 claimable. Next review ${D(addDays(TODAY, 84), 'dmony')}, lab 1 week before. Daughter ${N(dtr)} to be updated by phone.</p></div>
<div class="box">Dispensed: empagliflozin 10 mg ×84 · amlodipine 10 mg ×84 · metformin 850 mg BD ×168 · febuxostat 40 mg ×84 · atorvastatin 20 mg ON ×84 · Batch B7741 · Polyclinic hotline 6643 6969</div>`,
    };
  }
  const female = g.chance(0.5);
  const given = g.pick(female ? MALAY_F : MALAY_M);
  const father = g.pick(MALAY_FATHERS);
  const sex: Sex = female ? 'female' : 'male';
  const name = `${given} ${female ? 'binti' : 'bin'} ${father}`;
  const dob = birth(g, 52, 78);
  const ic = mykad(g, dob, sex, g.pick(['10', '14', '08', '07']));
  const kin = `${g.pick(female ? MALAY_M : MALAY_F)} ${female ? 'bin' : 'binti'} ${g.pick(MALAY_FATHERS)}`;
  const street = `No. ${g.int(1, 90)}, Jalan ${g.pick(['Mawar', 'Melati', 'Kenanga', 'Cempaka', 'Seroja'])} ${g.int(1, 12)}`;
  const [taman, postcode, bandar] = g.pick([['Taman Sri Muda', '40400', 'Shah Alam'], ['Taman Melawati', '53100', 'Kuala Lumpur'], ['Taman Bukit Indah', '81200', 'Johor Bahru'], ['Taman Klang Jaya', '41200', 'Klang']] as [string, string, string][]);
  const phone = `01${g.int(0, 9)}-${g.digits(3)} ${g.digits(4)}`;
  const kinPhone = `+60 1${g.int(1, 9)}-${g.digits(3)} ${g.digits(4)}`;
  const mrn = `KK${g.digits(2)}-${Y(TODAY)}-${g.digits(6)}`;
  const msDate = (d: Date) => `${Dd(d)} ${MS_MONTH[Mo(d)]} ${Y(d)}`;
  const visit = at(TODAY, 8, 50);
  const queue = [
    [name, ic, 'Klinik Pesakit Luar'],
    [`${g.pick(['Ravi', 'Muniandy', 'Suresh'])} a/l ${g.pick(['Krishnan', 'Subramaniam', 'Maniam'])}`, mykad(g, birth(g, 40, 70), 'male', '08'), 'Klinik Diabetes'],
    [`${g.pick(SG_SURNAMES)} ${g.pick(SG_GIVEN_F)}`, mykad(g, birth(g, 40, 70), 'female', '07'), 'Klinik Ibu & Anak'],
  ];
  return {
    title: 'TPC-OHCIS — Rekod Pesakit',
    css,
    body: h`
<div class="ban">Klinik Kesihatan ${g.pick(['Seksyen 7', 'Kelana Jaya', 'Bandar Botanik'])} · Sistem Rekod Kesihatan · Pengguna: ${g.provider().first.toUpperCase()} (Pegawai Perubatan)</div>
<div class="box"><b>Senarai giliran</b><table class="t"><tr><th>Bil.</th><th>Nama</th><th>No. MyKad</th><th>Klinik</th></tr>
${queue.map((q, i) => h`<tr><td>${i + 1}</td><td>${N(q[0]!.toUpperCase())}</td><td>${phi('ID', q[1]!)}</td><td>${q[2]}</td></tr>`)}</table></div>
<div class="box"><b>Maklumat Pesakit</b><table class="kv">
  <tr><td>Nama</td><td>${N(name.toUpperCase())}</td><td>No. MyKad</td><td>${phi('ID', ic)}</td></tr>
  <tr><td>Tarikh lahir</td><td>${T(msDate(dob))}</td><td>Umur</td><td>${ageOf(dob)} tahun</td></tr>
  <tr><td>Jantina</td><td>${female ? 'Perempuan' : 'Lelaki'}</td><td>No. Rekod (MRN)</td><td>${phi('MRN', mrn)}</td></tr>
  <tr><td>Alamat</td><td colspan="3">${phi('ADDRESS', street)}, ${phi('ADDRESS', taman)}, ${phi('ZIP', postcode)} ${phi('ADDRESS', bandar)}, ${bandar === 'Kuala Lumpur' ? 'W.P. Kuala Lumpur' : bandar === 'Johor Bahru' ? 'Johor' : 'Selangor'}</td></tr>
  <tr><td>No. telefon</td><td>${phi('PHONE', phone)}</td><td>Waris</td><td>${N(kin)} (${female ? 'suami' : 'isteri'}) ${phi('PHONE', kinPhone)}</td></tr></table></div>
<div class="box"><b>Rawatan ${T(`${msDate(visit)}, ${hm(visit)}`)}</b>
<p>Aduan: batuk 2 minggu, demam malam. Tiada kontak TB diketahui. Sejarah: DM jenis 2 (2015), HPT. Pemeriksaan: BP 138/84, nadi 92, suhu 37.8 °C, SpO2 97%. Paru-paru: krepitasi kanan atas.</p>
<p>Pelan: CXR, sputum AFB x2, GeneXpert. Semak semula ${T(msDate(addDays(TODAY, 3)))}. Surat cuti sakit (MC) 2 hari: ${T(msDate(TODAY))} – ${T(msDate(addDays(TODAY, 1)))}.</p></div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 15. Thai hospital OPD screen (HOSxP-like; Buddhist-era dates, Thai script); Indonesian RSUD inpatient admission (SIMRS; NIK, BPJS)

const TH_MON = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const TH_NAMES_F: [string, string][] = [['Siriporn', 'ศิริพร'], ['Wanida', 'วนิดา'], ['Kanokwan', 'กนกวรรณ'], ['Pranee', 'ปราณี']];
const TH_NAMES_M: [string, string][] = [['Somchai', 'สมชาย'], ['Prasert', 'ประเสริฐ'], ['Wichai', 'วิชัย'], ['Anan', 'อนันต์']];
const TH_SURNAMES: [string, string][] = [['Srisawat', 'ศรีสวัสดิ์'], ['Boonmee', 'บุญมี'], ['Thongdee', 'ทองดี'], ['Jaidee', 'ใจดี']];
const ID_MONTH = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

function thaiIndo(g: G, k: number): Screen {
  const css = BASE_CSS + '.ban{background:#1b5e20;color:#fff;padding:5px}.box{border:1px solid #ccc;margin:6px;padding:4px}.kv td:nth-child(odd){color:#666}.t td,.t th{border-bottom:1px solid #eee;font-size:12px}.side{float:right;width:260px;border:1px solid #ccc;margin:6px;padding:4px;font-size:12px}';
  if (k === 0) {
    const female = g.chance(0.5);
    const [given, givenTh] = g.pick(female ? TH_NAMES_F : TH_NAMES_M);
    const [sur, surTh] = g.pick(TH_SURNAMES);
    const title = female ? ['Nang', 'นาง'] : ['Nai', 'นาย'];
    const nick = g.pick(female ? ['Noi', 'Ploy', 'Nok'] : ['Lek', 'Yai', 'Daeng']);
    const dob = birth(g, 55, 80);
    const be = (d: Date) => Y(d) + 543;
    const thDate = (d: Date) => `${Dd(d)} ${TH_MON[Mo(d)]} ${be(d)}`;
    const slashBE = (d: Date) => `${pad(Dd(d))}/${pad(Mo(d) + 1)}/${be(d)}`;
    const id = thaiId(g);
    const hn = `${String(be(TODAY) - 5).slice(2)}-${g.digits(6)}`;
    const vn = `${String(be(TODAY)).slice(2)}${pad(Mo(TODAY) + 1)}${pad(Dd(TODAY))}${g.digits(4)}`;
    const [kin, kinTh] = g.pick(TH_NAMES_F);
    const phone = `08${g.int(1, 9)}-${g.digits(3)}-${g.digits(4)}`;
    const kinPhone = `09${g.int(0, 9)}-${g.digits(3)}-${g.digits(4)}`;
    const moo = g.int(1, 12);
    const [tambon, amphoe, changwat, post] = g.pick([['Suthep', 'Mueang Chiang Mai', 'Chiang Mai', '50200'], ['Nai Mueang', 'Mueang Khon Kaen', 'Khon Kaen', '40000'], ['Ban Pet', 'Mueang Khon Kaen', 'Khon Kaen', '40000'], ['Nong Pa Khrang', 'Mueang Chiang Mai', 'Chiang Mai', '50000']] as [string, string, string, string][]);
    const visit = at(TODAY, 8, 40);
    const appt = at(addDays(TODAY, 28), 9, 0);
    const doctor = g.pick(['นพ. ธนากร วงศ์ชัย', 'พญ. รัชนี แก้วกองกา']);
    return {
      title: 'HOSxP — OPD',
      css,
      body: h`
<div class="ban">HOSxP · ห้องตรวจอายุรกรรม 3 · ${T(thDate(TODAY))} · ผู้ใช้: ${doctor}</div>
<div class="box"><b>ข้อมูลผู้ป่วย / Patient</b><table class="kv">
  <tr><td>HN</td><td>${phi('MRN', hn)}</td><td>VN</td><td>${phi('ACCOUNT', vn)}</td></tr>
  <tr><td>ชื่อ-สกุล</td><td>${N(`${title[1]}${givenTh} ${surTh}`)}</td><td>Name</td><td>${N(`${title[0]} ${given} ${sur.toUpperCase()}`)}</td></tr>
  <tr><td>ชื่อเล่น (nickname)</td><td>${N(nick)}</td><td>เลขบัตรประชาชน</td><td>${phi('ID', id)}</td></tr>
  <tr><td>วันเกิด</td><td>${T(slashBE(dob))}</td><td>อายุ</td><td>${ageOf(dob)} ปี ${g.int(0, 11)} เดือน</td></tr>
  <tr><td>ที่อยู่</td><td colspan="3">${phi('ADDRESS', `${g.int(1, 299)}/${g.int(1, 40)} Moo ${moo}`)}, T. ${phi('ADDRESS', tambon)}, A. ${phi('ADDRESS', amphoe)}, จ.${changwat} ${phi('ZIP', post)}</td></tr>
  <tr><td>โทรศัพท์</td><td>${phi('PHONE', phone)}</td><td>ผู้ติดต่อ</td><td>${N(kin)} (${N(kinTh)}) ลูกสาว (daughter) ${phi('PHONE', kinPhone)}</td></tr>
  <tr><td>สิทธิการรักษา</td><td>UC (บัตรทอง) — หน่วยบริการประจำ: รพ.สต. บ้านหนองหอย</td><td>แพ้ยา</td><td>Sulfa</td></tr></table></div>
<div class="box"><b>Screening (คัดกรอง) ${T(`${thDate(visit)} ${hm(visit)} น.`)}</b> · BW 58 kg · Ht 155 cm · BMI 24.1 · BP 152/90 · PR 88 · RR 18 · T 37.2 °C · DTX 186 mg/dL · Pain 2/10</div>
<div class="box"><b>Doctor note</b>
<p>CC: ปวดเข่าขวา 2 สัปดาห์ (R knee pain 2 wk). PI: ${A(ageOf(dob), '')}-yr-old with DM, HT. No trauma. PE: R knee effusion, warm, ROM limited. Impression: OA knee with effusion, r/o gout. Plan: arthrocentesis, uric acid, ESR. Meloxicam 7.5 mg OD pc x 7 d, omeprazole 20 mg OD ac.</p>
<p>ICD-10: M17.1, E11.9, I10 · นัดครั้งต่อไป (next appointment): ${T(`${thDate(appt)} ${hm(appt)}`)} · Lab ก่อนพบแพทย์ · Lot paracetamol 500: 2511A</p></div>
<div class="box">Printed ${T(`${slashBE(TODAY)} ${hm(addMin(TODAY, -20))}`)} · Pharmacy window 3 · Hospital call centre 053-936-150</div>`,
    };
  }
  const female = g.chance(0.5);
  const name = female ? g.pick(['Sri Wahyuni', 'Suharti', 'Wartini', 'Dewi Lestari', 'Sumarni']) : g.pick(['Sutrisno', 'Bambang Setiawan', 'Agus Salim', 'Suparman', 'Joko Santoso']);
  const dob = birth(g, 48, 75);
  const sex: Sex = female ? 'female' : 'male';
  const nikNo = nik(g, '327301', dob, sex);
  const bpjs = `000${g.digits(10)}`;
  const rm = `${g.digits(2)}-${g.digits(2)}-${g.digits(2)}`;
  const sep = `1019R001${pad(Mo(TODAY) + 1)}${String(Y(TODAY)).slice(2)}V${g.digits(6)}`;
  const rujukan = `1019${g.digits(4)}${g.upper(1)}${g.digits(6)}`;
  const spouse = female ? g.pick(['Sutrisno', 'Suparman', 'Joko Santoso']) : g.pick(['Sri Wahyuni', 'Sumarni', 'Wartini']);
  const hp = `0812-${g.digits(4)}-${g.digits(4)}`;
  const spHp = `+62 813-${g.digits(4)}-${g.digits(4)}`;
  const rt = `RT ${pad(g.int(1, 12), 3)}/RW ${pad(g.int(1, 10), 3)}`;
  const idDate = (d: Date) => `${Dd(d)} ${ID_MONTH[Mo(d)]} ${Y(d)}`;
  const masuk = at(TODAY, 10, 15);
  const ward = [
    ['1', 'Ni Made Sukerti', `${g.digits(2)}-${g.digits(2)}-${g.digits(2)}`],
    ['2', name, rm],
    ['3', 'Tiurma Simanjuntak', `${g.digits(2)}-${g.digits(2)}-${g.digits(2)}`],
    ['4', 'I Ketut Suarta', `${g.digits(2)}-${g.digits(2)}-${g.digits(2)}`],
  ];
  return {
    title: 'SIMRS — Pendaftaran Rawat Inap',
    css,
    body: h`
<div class="ban">SIMRS RSUD Kota Bandung · Pendaftaran Rawat Inap · Petugas: ${g.provider().first.toUpperCase()}</div>
<div class="side"><b>Ruang Melati 3 — hari ini</b><table class="t">${ward.map((w) => h`<tr><td>Bed ${w[0]}</td><td>${N(w[1]!)}</td><td>${phi('MRN', w[2]!)}</td></tr>`)}</table></div>
<div class="box"><b>Data Pasien</b><table class="kv">
  <tr><td>No. RM</td><td>${phi('MRN', rm)}</td><td>NIK</td><td>${phi('ID', nikNo)}</td></tr>
  <tr><td>Nama</td><td>${N(name.toUpperCase())}</td><td>Jenis kelamin</td><td>${female ? 'Perempuan' : 'Laki-laki'}</td></tr>
  <tr><td>Tgl. lahir</td><td>${T(`${pad(Dd(dob))}-${pad(Mo(dob) + 1)}-${Y(dob)}`)}</td><td>Umur</td><td>${ageOf(dob)} th</td></tr>
  <tr><td>Alamat</td><td colspan="3">${phi('ADDRESS', `Jl. ${g.pick(['Cihampelas', 'Dago', 'Sukajadi', 'Pasirkaliki'])} No. ${g.int(1, 220)}`)}, ${phi('ADDRESS', rt)}, Kel. ${phi('ADDRESS', g.pick(['Cipaganti', 'Lebakgede', 'Sukagalih']))}, Kec. ${phi('ADDRESS', g.pick(['Coblong', 'Sukajadi', 'Cicendo']))}, ${phi('ADDRESS', 'Kota Bandung')}, Jawa Barat ${phi('ZIP', `401${g.int(11, 72)}`)}</td></tr>
  <tr><td>No. HP</td><td>${phi('PHONE', hp)}</td><td>Penanggung jawab</td><td>${N(spouse)} (${female ? 'suami' : 'istri'}) ${phi('PHONE', spHp)}</td></tr></table></div>
<div class="box"><b>Penjamin</b><table class="kv">
  <tr><td>Cara bayar</td><td>BPJS Kesehatan — PBI</td><td>No. kartu BPJS</td><td>${phi('HEALTH_PLAN', bpjs)}</td></tr>
  <tr><td>No. SEP</td><td>${phi('ID', sep)}</td><td>No. rujukan</td><td>${phi('ID', rujukan)} dari Puskesmas ${g.pick(['Sukajadi', 'Pasirkaliki', 'Dago'])}</td></tr>
  <tr><td>Kelas</td><td>3</td><td>Faskes tingkat 1</td><td>Puskesmas (kode 10040201)</td></tr></table></div>
<div class="box"><b>Masuk ${T(`${idDate(masuk)} pukul ${hm(masuk)} WIB`)}</b> · Ruang Melati 3 bed 2 · DPJP: dr. ${g.pick(['Rina Siregar, Sp.PD', 'Hotma Nasution, Sp.PD', 'Andi Harahap, Sp.JP'])}
<p>Diagnosa masuk: Demam berdarah dengue (A91) hari ke-4. Trombosit 42.000/µL, Ht 46%. Rencana: infus RL 1500 mL/24 jam, cek DL/6 jam. Keluarga (${N(spouse.split(' ')[0]!)}) diminta menunggu di luar ruangan. Kontrol ulang jadwal ${T(idDate(addDays(TODAY, 7)))}.</p></div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 16. Japanese clinic chart (電子カルテ; romanized with katakana, Japanese era dates, My Number); Taiwanese clinic HIS (ROC dates, NHI card)

const OKI_SUR: [string, string][] = [['Higa', 'ヒガ'], ['Chinen', 'チネン'], ['Kinjo', 'キンジョウ'], ['Shimabukuro', 'シマブクロ'], ['Nakandakari', 'ナカンダカリ'], ['Arakaki', 'アラカキ'], ['Yonamine', 'ヨナミネ'], ['Oshiro', 'オオシロ']];
const OKI_F: [string, string][] = [['Kamado', 'カマド'], ['Ushi', 'ウシ'], ['Tsuru', 'ツル'], ['Haruko', 'ハルコ']];
const OKI_M: [string, string][] = [['Seitoku', 'セイトク'], ['Kamejiro', 'カメジロウ'], ['Choko', 'チョウコウ'], ['Koei', 'コウエイ']];
const TW_PEOPLE: [string, string, Sex][] = [['Tsai Shu-fen', '蔡淑芬', 'female'], ['Kuo Hsiu-ying', '郭秀英', 'female'], ['Chou Mei-ling', '周美玲', 'female'], ['Yeh Ya-ting', '葉雅婷', 'female'],
  ['Hsieh Chih-ming', '謝志明', 'male'], ['Hsu Chien-hung', '許建宏', 'male'], ['Kao Wen-hsiung', '高文雄', 'male'], ['Tseng Kuo-hua', '曾國華', 'male']];
const JA_WEEK = ['日', '月', '火', '水', '木', '金', '土'];

/** Japanese era date: 昭和/平成/令和 year, with the letter form (S/H/R) for the short style. */
function era(d: Date): [string, string, number] {
  const y = Y(d);
  if (y >= 2019 && (y > 2019 || Mo(d) >= 4)) return ['令和', 'R', y - 2018];
  if (y >= 1989) return ['平成', 'H', y - 1988];
  if (y >= 1926) return ['昭和', 'S', y - 1925];
  return ['大正', 'T', y - 1911];
}

function japanTaiwan(g: G, k: number): Screen {
  const css = BASE_CSS + '.ban{background:#2c3e70;color:#fff;padding:5px}.box{border:1px solid #ccc;margin:6px;padding:4px}.kv td:nth-child(odd){color:#666}.soap td{border:1px solid #ddd;font-size:12px;vertical-align:top}.t td,.t th{border-bottom:1px solid #eee;font-size:12px}';
  if (k === 0) {
    const female = g.chance(0.6);
    const [sur, surKana] = g.pick(OKI_SUR);
    const [given, givenKana] = g.pick(female ? OKI_F : OKI_M);
    const dob = birth(g, 90, 98);
    const [eraName, eraLetter, eraYear] = era(dob);
    const jDate = (d: Date) => { const [n, , y] = era(d); return `${n}${y}年${Mo(d) + 1}月${Dd(d)}日`; };
    const pid = pad(g.int(1, 99999), 7);
    const myNo = myNumber(g);
    const insured = g.digits(8);
    const kaigo = g.digits(10);
    const chome = `${g.int(1, 4)}-${g.int(1, 30)}-${g.int(1, 20)}`;
    const [city, cityKanji, zip, aza, azaRom] = g.pick([['Ginowan-shi', '宜野湾市', '901-22', '大謝名', 'Ojana'], ['Naha-shi', '那覇市', '903-08', '首里', 'Shuri'], ['Okinawa-shi', '沖縄市', '904-00', '胡屋', 'Goya'], ['Urasoe-shi', '浦添市', '901-21', '牧港', 'Makiminato']] as [string, string, string, string, string][]);
    const zipFull = `${zip}${g.digits(2)}`;
    const tel = `098-${g.int(800, 999)}-${g.digits(4)}`;
    const dtrTel = `090-${g.digits(4)}-${g.digits(4)}`;
    const visit = at(TODAY, 10, 20);
    const next = addDays(TODAY, 28);
    const cm = g.pick(['Kaneshiro', 'Tamaki']);
    return {
      title: '電子カルテ — 外来',
      css,
      body: h`
<div class="ban">ゆいまーる内科クリニック · 電子カルテ · 外来 · ${T(`${jDate(TODAY)}(${JA_WEEK[TODAY.getUTCDay()]})`)} · 担当: 玉城 院長</div>
<div class="box"><table class="kv">
  <tr><td>患者ID</td><td>${phi('MRN', pid)}</td><td>フリガナ</td><td>${N(`${surKana} ${givenKana}`)}</td></tr>
  <tr><td>氏名 (romanized)</td><td>${N(`${sur.toUpperCase()} ${given}`)}</td><td>性別</td><td>${female ? '女' : '男'}</td></tr>
  <tr><td>生年月日</td><td>${T(`${eraName}${eraYear}年${Mo(dob) + 1}月${Dd(dob)}日`)} (${T(`${Y(dob)}/${pad(Mo(dob) + 1)}/${pad(Dd(dob))}`)}) · ${T(`${eraLetter}${eraYear}.${Mo(dob) + 1}.${Dd(dob)}`)}</td><td>年齢</td><td>${A(ageOf(dob), '歳')}</td></tr>
  <tr><td>住所</td><td colspan="3">〒${phi('ZIP', zipFull)} 沖縄県${phi('ADDRESS', cityKanji)}${phi('ADDRESS', `${aza}${chome}`)} (${phi('ADDRESS', `${chome} ${azaRom}`)}, ${phi('ADDRESS', city)}, Okinawa)</td></tr>
  <tr><td>電話</td><td>${phi('PHONE', tel)}</td><td>キーパーソン</td><td>長女 ${N('宮城 節子')} (${N('Miyagi Setsuko')}) ${phi('PHONE', dtrTel)}</td></tr>
  <tr><td>保険</td><td colspan="3">後期高齢者医療 · 保険者番号 39472018 · 被保険者番号 ${phi('HEALTH_PLAN', insured)} · 負担割合 1割 · 介護保険 被保険者番号 ${phi('HEALTH_PLAN', kaigo)} (要介護2)</td></tr>
  <tr><td>本人確認</td><td colspan="3">マイナンバーカード (個人番号 ${phi('ID', myNo)}) · オンライン資格確認 済 ${T(`R${era(TODAY)[2]}.${Mo(TODAY) + 1}.${Dd(TODAY)}`)}</td></tr></table></div>
<table class="soap"><tr><th>S</th><td>「膝が痛い」. Daughter ${N('Setsuko')} says appetite down since ${T(`${era(addDays(TODAY, -30))[0]}${era(addDays(TODAY, -30))[2]}年${Mo(addDays(TODAY, -30)) + 1}月`)}. Walks with cane. No falls.</td></tr>
<tr><th>O</th><td>BP 142/78 · P 72 整 · SpO2 97% · BW 41.2 kg (−1.8 kg) · 浮腫なし</td></tr>
<tr><th>A</th><td>#1 高血圧症 (I10) #2 変形性膝関節症 (M17.0) #3 体重減少 — r/o malignancy vs. 食思不振</td></tr>
<tr><th>P</th><td>Rp) アムロジピン 5mg 1錠 分1 朝食後 28日分 / セレコキシブ 100mg 2錠 分2 14日分 / レバミピド 100mg 3錠 分3 14日分. 採血 (CBC, 生化, TSH). ケアマネ ${cm} 様へ情報提供. 次回 ${T(`${Mo(next) + 1}/${Dd(next)}(${JA_WEEK[next.getUTCDay()]})`)} ${hm(visit)}.</td></tr></table>
<div class="box">記載: 玉城 (院長) ${T(`${Y(visit)}/${pad(Mo(visit) + 1)}/${pad(Dd(visit))} ${hm(addMin(visit, 18))}`)} · 薬局: あおぞら薬局 098-000-1234</div>`,
    };
  }
  const [rom, han, sex] = g.pick(TW_PEOPLE);
  const dob = birth(g, 58, 82);
  const roc = (d: Date) => `${pad(Y(d) - 1911, 3)}/${pad(Mo(d) + 1)}/${pad(Dd(d))}`;
  const twDate = (d: Date) => `民國${Y(d) - 1911}年${Mo(d) + 1}月${Dd(d)}日`;
  const nid = twId(g, sex);
  const nhiCard = `0000 ${g.digits(4)} ${g.digits(4)}`;
  const chart = g.digits(7);
  const sonGiven = g.pick([['Chia-hao', '家豪'], ['Chun-chieh', '俊傑'], ['Chih-wei', '志偉']] as [string, string][]);
  const surHan = han.charAt(0);
  const surRom = rom.split(' ')[0]!;
  const [dist, distHan, post] = g.pick([['Da\'an Dist.', '大安區', '106'], ['Zhongshan Dist.', '中山區', '104'], ['Wenshan Dist.', '文山區', '116'], ['Neihu Dist.', '內湖區', '114']] as [string, string, string][]);
  const street = `${g.pick(['和平東路二段', '民生東路三段', '興隆路二段', '成功路一段'])}${g.int(1, 300)}號${g.int(2, 12)}樓`;
  const mobile = `09${g.digits(2)}-${g.digits(3)}-${g.digits(3)}`;
  const sonMobile = `+886 9${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`;
  const visit = at(TODAY, 15, 10);
  const priorVisits = [addDays(TODAY, -28), addDays(TODAY, -56), addDays(TODAY, -91)];
  return {
    title: '門診醫令系統',
    css,
    body: h`
<div class="ban">安心家庭醫學科診所 · 門診醫令 · 看診日 ${T(roc(TODAY))} · 醫師 陳 (Dr. Chen) · 健保卡讀卡成功</div>
<div class="box"><table class="kv">
  <tr><td>病歷號</td><td>${phi('MRN', chart)}</td><td>姓名</td><td>${N(han)} (${N(rom)})</td></tr>
  <tr><td>身分證字號</td><td>${phi('ID', nid)}</td><td>性別</td><td>${sex === 'female' ? '女' : '男'}</td></tr>
  <tr><td>出生日期</td><td>${T(roc(dob))} (${T(twDate(dob))})</td><td>年齡</td><td>${ageOf(dob)} 歲</td></tr>
  <tr><td>健保卡號</td><td>${phi('HEALTH_PLAN', nhiCard)}</td><td>身分</td><td>一般 (部分負擔 50 元)</td></tr>
  <tr><td>地址</td><td colspan="3">${phi('ZIP', post)} 台北市${phi('ADDRESS', distHan)}${phi('ADDRESS', street)} (${phi('ADDRESS', dist)}, Taipei City)</td></tr>
  <tr><td>手機</td><td>${phi('PHONE', mobile)}</td><td>緊急聯絡人</td><td>兒子 ${N(`${surHan}${sonGiven[1]}`)} (${N(`${surRom} ${sonGiven[0]}`)}) ${phi('PHONE', sonMobile)}</td></tr></table></div>
<div class="box"><b>本次就診 ${T(`${roc(visit)} ${hm(visit)}`)}</b>
<p>主訴: 咳嗽 5 天, 喉嚨痛. 無發燒. 過去病史: DM (E11.9), HTN (I10), hyperlipidemia. BP 136/82, T 36.9, SpO2 98%.</p>
<p>診斷: J06.9 急性上呼吸道感染. 處方: Acetaminophen 500mg 1# QID PRN × 3 天; Dextromethorphan 15mg 1# TID × 3 天; Metformin 500mg 1# BID × 28 天 (慢箋 第2次, 共3次).</p>
<p>連續處方箋 下次領藥 ${T(roc(addDays(TODAY, 28)))} · 回診 ${T(twDate(addDays(TODAY, 84)))}</p></div>
<div class="box"><b>就診紀錄</b><table class="t"><tr><th>日期</th><th>診斷</th><th>醫師</th></tr>${priorVisits.map((d) => h`<tr><td>${T(roc(d))}</td><td>E11.9, I10</td><td>陳</td></tr>`)}</table></div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 17. Danish hospital chart (Sundhedsplatformen-like; CPR-nummer); Icelandic health-centre record (Saga-like; kennitala, patronymics)

const DA_MONTH = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const DA_DAY = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];
const DA_F = ['Mette', 'Birgitte', 'Lone', 'Dorthe', 'Kirsten', 'Inger'];
const DA_M = ['Søren', 'Jørgen', 'Bent', 'Henrik', 'Poul', 'Kasper'];
const DA_LAST = ['Jørgensen', 'Sørensen', 'Rasmussen', 'Kjærgaard', 'Østergaard', 'Mikkelsen', 'Frederiksen', 'Bech'];
const IS_MONTH = ['janúar', 'febrúar', 'mars', 'apríl', 'maí', 'júní', 'júlí', 'ágúst', 'september', 'október', 'nóvember', 'desember'];
const IS_F = ['Sigríður', 'Guðrún', 'Kristín', 'Ragnheiður', 'Þórunn', 'Hrafnhildur'];
const IS_M = ['Guðmundur', 'Sigurður', 'Jón', 'Ólafur', 'Gunnar', 'Þorsteinn'];
const IS_GEN: Record<string, string> = { Guðmundur: 'Guðmunds', Sigurður: 'Sigurðar', Jón: 'Jóns', Ólafur: 'Ólafs', Gunnar: 'Gunnars', Þorsteinn: 'Þorsteins' };
/** Fathers' names and their genitive stems for patronymics. */
const IS_FATHERS: [string, string][] = [['Jón', 'Jóns'], ['Guðmundur', 'Guðmunds'], ['Sigurður', 'Sigurðar'], ['Ólafur', 'Ólafs'], ['Einar', 'Einars'], ['Magnús', 'Magnús'], ['Stefán', 'Stefáns'], ['Kristján', 'Kristjáns']];

function nordic(g: G, k: number): Screen {
  const css = BASE_CSS + '.ban{background:#00563f;color:#fff;padding:5px}.box{border:1px solid #ccc;margin:6px;padding:4px}.kv td:nth-child(odd){color:#666}.j td{border-bottom:1px solid #eee;vertical-align:top;font-size:12px}';
  if (k === 0) {
    const female = g.chance(0.5);
    const sex: Sex = female ? 'female' : 'male';
    const first = g.pick(female ? DA_F : DA_M);
    const middle = g.pick(['Marie', 'Kirstine', 'Juul', 'Holm', 'Bach']);
    const last = g.pick(DA_LAST);
    const dob = birth(g, 68, 88);
    const cprNo = cpr(g, dob, sex);
    const son = `${g.pick(DA_M)} ${last}`;
    const street = `${g.pick(['Nørrebrogade', 'Jagtvej', 'Amagerbrogade', 'Valby Langgade', 'Frederikssundsvej'])} ${g.int(1, 180)}, ${g.int(1, 5)}. ${g.pick(['tv.', 'th.', 'mf.'])}`;
    const [post, by, kommune] = g.pick([['2200', 'København N', 'Københavns Kommune'], ['2300', 'København S', 'Københavns Kommune'], ['2500', 'Valby', 'Københavns Kommune'], ['2700', 'Brønshøj', 'Københavns Kommune'], ['2650', 'Hvidovre', 'Hvidovre Kommune']] as [string, string, string][]);
    const tlf = `+45 ${g.digits(2)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)}`;
    const sonTlf = `${g.int(20, 61)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)}`;
    const indl = at(addDays(TODAY, -2), 17, 42);
    const daLong = (d: Date) => `${Dd(d)}. ${DA_MONTH[Mo(d)]} ${Y(d)}`;
    const dash = (d: Date) => `${pad(Dd(d))}-${pad(Mo(d) + 1)}-${Y(d)}`;
    const notes: [Date, string, Html][] = [
      [at(TODAY, 8, 55), 'Stuegang — overlæge Anne Vestergaard', h`Pt. klinisk bedre, afebril. CRP 64 (fra 212). Skift til p.o. amoxicillin/clavulansyre. Forventet udskrivelse ${T(`${DA_DAY[addDays(TODAY, 2).getUTCDay()]} d. ${daLong(addDays(TODAY, 2))}`)}.`],
      [at(addDays(TODAY, -1), 19, 10), 'Sygeplejenotat — spl. Rasmus Holm', h`Sønnen ${N(son)} på besøg, ønsker at blive ringet op ved ændringer. Pt. bor alene, kommunal hjemmepleje 2 x dagligt.`],
      [indl, 'Indlæggelsesnotat — læge Camilla Bech', h`${A(ageOf(dob), '-årig')} ${female ? 'kvinde' : 'mand'} indlagt via 1813 med feber og dyspnø. Røntgen thorax: infiltrat hø. underlap. Tidligere: KOL (GOLD 2), atrieflimren (AK-behandling), Parkinsons sygdom.`],
    ];
    return {
      title: 'Sundhedsplatformen — Journal',
      css,
      body: h`
<div class="ban">${phi('ID', cprNo)} ${N(`${last}, ${first} ${middle}`)} · ${ageOf(dob)} år · ${female ? 'Kvinde' : 'Mand'} · Medicinsk afd. M3, stue 12 seng 2 · <b>CAVE:</b> Penicillin? (tvivlsom)</div>
<div class="box"><b>Patientoplysninger</b><table class="kv">
  <tr><td>CPR-nr.</td><td>${phi('ID', cprNo)}</td><td>Navn</td><td>${N(`${first} ${middle} ${last}`)}</td></tr>
  <tr><td>Adresse</td><td>${phi('ADDRESS', street)}, ${phi('ZIP', post)} ${phi('ADDRESS', by)}</td><td>Kommune / region</td><td>${phi('ADDRESS', kommune)} / Region Hovedstaden</td></tr>
  <tr><td>Telefon</td><td>${phi('PHONE', tlf)}</td><td>Sygesikringsgruppe</td><td>1</td></tr>
  <tr><td>Nærmeste pårørende</td><td>${N(son)} (søn), tlf. ${phi('PHONE', sonTlf)}</td><td>Egen læge</td><td>Lægerne Nørrebro, tlf. 35 37 00 00</td></tr>
  <tr><td>Indlagt</td><td>${T(`${dash(indl)} kl. ${hm(indl)}`)}</td><td>Født</td><td>${T(daLong(dob))}</td></tr></table></div>
<div class="box"><b>Journalnotater</b><table class="j">${notes.map(([d, who_, text]) => h`<tr><td>${T(`${pad(Dd(d))}.${pad(Mo(d) + 1)}.${String(Y(d)).slice(2)} ${hm(d)}`)}</td><td><b>${who_}</b><br>${text}</td></tr>`)}</table></div>
<div class="box"><b>FMK — Fælles Medicinkort</b> (sidst afstemt ${T(dash(addDays(TODAY, -2)))}): Eliquis 5 mg x 2 · Madopar 125 mg x 3 · Spiolto Respimat 2 pust x 1 · Amoxicillin/clavulansyre 500/125 mg x 3 t.o.m. ${T(`${Dd(addDays(TODAY, 5))}/${Mo(addDays(TODAY, 5)) + 1}`)}</div>
<div class="box"><b>Svar</b>: NPU02319 B-Hæmoglobin 7,4 mmol/L · NPU19748 P-CRP 64 mg/L · NPU18016 P-Kreatinin 98 µmol/L · taget ${T(`${dash(TODAY)} 06:30`)}</div>`,
    };
  }
  const female = g.chance(0.6);
  const first = g.pick(female ? IS_F : IS_M);
  const [father, fatherGen] = g.pick(IS_FATHERS);
  const last = `${fatherGen}${female ? 'dóttir' : 'son'}`;
  const dob = birth(g, 70, 92);
  const kt = kennitala(g, dob);
  const [, spouseFatherGen] = g.pick(IS_FATHERS.filter(([f]) => f !== father));
  const spouseFirst = g.pick(female ? IS_M : IS_F);
  const spouseName = `${spouseFirst} ${spouseFatherGen}${female ? 'son' : 'dóttir'}`;
  const husband = female ? spouseFirst : first;
  const child = `${g.pick(IS_M)} ${IS_GEN[husband]}son`;
  const street = `${g.pick(['Laugavegur', 'Hverfisgata', 'Hringbraut', 'Álfheimar', 'Bústaðavegur'])} ${g.int(1, 140)}`;
  const [post, town] = g.pick([['101', 'Reykjavík'], ['105', 'Reykjavík'], ['200', 'Kópavogur'], ['220', 'Hafnarfjörður']] as [string, string][]);
  const phone = `${g.pick(['5', '6', '8'])}${g.digits(2)} ${g.digits(4)}`;
  const childPhone = `+354 ${g.pick(['6', '7', '8'])}${g.digits(2)} ${g.digits(4)}`;
  const isDate = (d: Date) => `${Dd(d)}. ${IS_MONTH[Mo(d)]} ${Y(d)}`;
  const visit = at(TODAY, 13, 15);
  return {
    title: 'Saga — Sjúkraskrá',
    css,
    body: h`
<div class="ban">Heilsugæslan ${g.pick(['Miðbæ', 'Hlíðum', 'Hamraborg'])} · Saga · ${N(`${first} ${last}`)} · ${phi('ID', kt)} · ${A(ageOf(dob), ' ára')}</div>
<div class="box"><b>Persónuupplýsingar</b><table class="kv">
  <tr><td>Kennitala</td><td>${phi('ID', kt)}</td><td>Nafn</td><td>${N(`${first} ${last}`)}</td></tr>
  <tr><td>Heimilisfang</td><td>${phi('ADDRESS', street)}, ${phi('ZIP', post)} ${phi('ADDRESS', town)}</td><td>Sími</td><td>${phi('PHONE', phone)}</td></tr>
  <tr><td>Maki</td><td>${N(spouseName)}</td><td>Aðstandandi</td><td>${N(child)} (sonur), ${phi('PHONE', childPhone)}</td></tr>
  <tr><td>Heimilislæknir</td><td>Anna Kristjánsdóttir, sérfræðilæknir</td><td>Fædd/ur</td><td>${T(isDate(dob))}</td></tr></table></div>
<div class="box"><b>Samskipti ${T(`${isDate(visit)} kl. ${hm(visit)}`)}</b> — Anna Kristjánsdóttir
<p>Kemur í eftirlit vegna háþrýstings og sykursýki týpu 2. Líðan góð. Sonur, ${N(child.split(' ')[0]!)}, kom með. BÞ 146/84, púls 72, þyngd 78 kg. HbA1c 54 mmól/mól (${T(`${pad(Dd(addDays(TODAY, -10)))}.${pad(Mo(addDays(TODAY, -10)) + 1)}.${Y(TODAY)}`)}).</p>
<p>Áætlun: Auka amlódipín í 10 mg. Endurkoma eftir 3 mánuði, ${T(`${IS_MONTH[Mo(addDays(TODAY, 90))]} ${Y(addDays(TODAY, 90))}`)}. Lyfjaendurnýjun í Heilsuveru. Greining: I10, E11.9.</p></div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 18. New Zealand discharge summary (NHI; Cook Islands Māori / Niuean names); Australian ED discharge letter (Medicare, IHI, DVA)

const CK_F = ['Tepaeru', 'Mii', 'Ngapoko', 'Tuaine', 'Vaine', 'Ngatokorua'];
const CK_M = ['Teariki', 'Tangaroa', 'Mataio', 'Poko', 'Tepaki', 'Tauei'];
const CK_LAST = ['Tangimetua', 'Marsters', 'Tuatai', 'Pokoati', 'Tararo', 'Talagi', 'Tukuitonga', 'Pulehetoa'];

function nzAu(g: G, k: number): Screen {
  const css = BASE_CSS + '.ban{background:#003b5c;color:#fff;padding:5px}.box{border:1px solid #ccc;margin:6px;padding:4px}.kv td:nth-child(odd){color:#666}.t td,.t th{border-bottom:1px solid #eee;font-size:12px}';
  const nzDate = (d: Date) => dmySlash(d);
  if (k === 0) {
    const female = g.chance(0.5);
    const first = g.pick(female ? CK_F : CK_M);
    const last = g.pick(CK_LAST);
    const dob = birth(g, 62, 84);
    const nhiNo = nhi(g);
    const dtr = `${g.pick(CK_F)} ${g.pick(CK_LAST)}-${last}`;
    const street = `${g.int(1, 140)} ${g.pick(['Bairds Road', 'Ōtara Road', 'Preston Road', 'Great South Road', 'Tangaroa Street'])}`;
    const [suburb, post] = g.pick([['Ōtara', '2023'], ['Māngere', '2022'], ['Papatoetoe', '2025'], ['Manurewa', '2102']] as [string, string][]);
    const phone = `09 ${g.int(250, 299)} ${g.digits(4)}`;
    const dtrPhone = `021 ${g.digits(3)} ${g.digits(4)}`;
    const adm = addDays(TODAY, -g.int(4, 8));
    const dn = `DN${g.digits(7)}`;
    const eventNo = `${g.upper(1)}${g.digits(8)}`;
    return {
      title: 'Discharge Summary — Te Whatu Ora Counties Manukau',
      css,
      body: h`
<div class="ban">Te Whatu Ora — Health New Zealand · Counties Manukau · Middlemore Hospital · <b>DISCHARGE SUMMARY</b></div>
<div class="box"><table class="kv">
  <tr><td>Name</td><td>${N(`${last.toUpperCase()}, ${first}`)}</td><td>NHI</td><td>${phi('ID', nhiNo)}</td></tr>
  <tr><td>DOB</td><td>${T(nzDate(dob))}</td><td>Gender</td><td>${female ? 'Female' : 'Male'}</td></tr>
  <tr><td>Address</td><td>${phi('ADDRESS', street)}, ${phi('ADDRESS', suburb)}, ${phi('ADDRESS', 'Auckland')} ${phi('ZIP', post)}</td><td>Phone</td><td>${phi('PHONE', phone)}</td></tr>
  <tr><td>Ethnicity</td><td>Cook Island Māori; Niuean</td><td>Event no.</td><td>${phi('ACCOUNT', eventNo)}</td></tr>
  <tr><td>Admitted</td><td>${T(nzDate(adm))}</td><td>Discharged</td><td>${T(`${nzDate(TODAY)} 11:30`)}</td></tr>
  <tr><td>Ward / consultant</td><td>Ward 33 General Medicine / Dr Alofa Tuimavave</td><td>GP</td><td>Dr Ruth Ngata, Ōtara Family &amp; Christian Health Centre</td></tr></table></div>
<div class="box"><b>Diagnoses</b><ol><li>Community-acquired pneumonia, RLL (CURB-65 = 2)</li><li>Type 2 diabetes, HbA1c 92 mmol/mol — insulin started</li><li>Gout — acute flare R 1st MTP during admission</li></ol>
<b>Clinical course</b><p>${N(first)} presented via ED with 4 days of fever and productive cough. Treated with IV amoxicillin then oral. Diabetes educator saw ${female ? 'her' : 'him'} with daughter ${N(dtr)}, who will help with insulin (Lantus 14 units nocte). Cook Islands Māori interpreter used for family meeting ${T(nzDate(addDays(TODAY, -2)))}. Falls risk low.</p>
<b>Medication changes</b><table class="t"><tr><th>Medicine</th><th>Change</th></tr><tr><td>Insulin glargine 100 u/mL</td><td>NEW — 14 units at night</td></tr><tr><td>Amoxicillin 500 mg TDS</td><td>NEW — until ${T(nzDate(addDays(TODAY, 3)))}</td></tr><tr><td>Colchicine 500 mcg</td><td>NEW — BD for 5 days</td></tr><tr><td>Metformin 1 g BD</td><td>Continue</td></tr><tr><td>Gliclazide 80 mg</td><td>STOPPED</td></tr></table>
<b>Follow-up</b><ul><li>GP in 1 week — HbA1c plan, gout prophylaxis (allopurinol after flare settles).</li><li>District nursing referral ${phi('ID', dn)} — insulin support, first visit ${T(`${nzDate(addDays(TODAY, 1))} am`)}.</li><li>Contact: daughter ${N(dtr)} ☎ ${phi('PHONE', dtrPhone)}.</li></ul></div>
<div class="box">Author: Dr Alofa Tuimavave (Registrar) · Electronically signed ${T(`${nzDate(TODAY)} 10:52`)} · Copy to GP via HealthLink EDI · Page 1 of 2</div>`,
    };
  }
  const p = pat(g, 'wordy', 74, 89, 'male');
  p.first = g.pick(['Cole', 'Wade', 'Forrest']);
  p.last = g.pick(['Banks', 'Lane', 'Marsh']);
  const wife = who(g, 'sinhala', 'female');
  const medicare = auMedicare(g);
  const expiry = addDays(TODAY, g.int(200, 1400));
  const ihiNo = ihi(g);
  const dva = `N${g.upper(1)}${g.digits(6)}`;
  const ur = g.digits(7);
  const dl = g.digits(8);
  const street = `Unit ${g.int(1, 12)}/${g.int(2, 90)} ${g.pick(['Banksia Street', 'Waratah Avenue', 'Wattle Road', 'Jacaranda Close'])}`;
  const [suburb, post] = g.pick([['Bankstown', '2200'], ['Parramatta', '2150'], ['Blacktown', '2148'], ['Liverpool', '2170']] as [string, string][]);
  const mob = `04${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`;
  const home = `(02) 9${g.digits(3)} ${g.digits(4)}`;
  const arrive = at(TODAY, 3, 48);
  const dc = at(TODAY, 9, 35);
  const auDay = (d: Date) => `${WEEKDAY[d.getUTCDay()]!.slice(0, 3)} ${Dd(d)} ${MON[Mo(d)]} ${Y(d)}`;
  return {
    title: 'ED Discharge Letter — eMR',
    css,
    body: h`
<div class="ban">NSW Health · South Western Sydney LHD · Bankstown-Lidcombe Hospital Emergency Department · <b>ED DISCHARGE LETTER</b></div>
<div class="box"><table class="kv">
  <tr><td>Patient</td><td>${N(`${p.first.toUpperCase()} ${p.last.toUpperCase()}`)}</td><td>MRN (UR)</td><td>${phi('MRN', ur)}</td></tr>
  <tr><td>DOB</td><td>${T(dmySlash(p.dob))} (${p.age}y)</td><td>Sex</td><td>M</td></tr>
  <tr><td>Address</td><td>${phi('ADDRESS', street)}, ${phi('ADDRESS', suburb.toUpperCase())} NSW ${phi('ZIP', post)}</td><td>Phone</td><td>${phi('PHONE', home)} / ${phi('PHONE', mob)}</td></tr>
  <tr><td>Medicare</td><td>${phi('HEALTH_PLAN', medicare)} · valid to ${T(`${pad(Mo(expiry) + 1)}/${Y(expiry)}`)}</td><td>DVA</td><td>Gold Card ${phi('HEALTH_PLAN', dva)}</td></tr>
  <tr><td>IHI</td><td>${phi('ID', ihiNo)}</td><td>ID sighted</td><td>NSW driver licence ${phi('DRIVERS_LICENSE', dl)}</td></tr>
  <tr><td>NOK</td><td>${N(`${wife.first} ${p.last}`)} (wife) ${phi('PHONE', `+61 4${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`)}</td><td>GP</td><td>Dr Nuwan Senanayake, Chapel Road Medical Centre</td></tr></table></div>
<div class="box"><b>Attendance</b> ${T(`${auDay(arrive)} ${hm(arrive)}`)} → discharged ${T(`${auDay(dc)} ${hm(dc)}`)} · Triage category 3 · Arrived by NSW Ambulance
<p><b>Presenting problem:</b> fall at home (mechanical, tripped on rug) with R wrist pain. Not on anticoagulants. No head strike. Lives with wife ${N(wife.first)} in a unit, independent.</p>
<p><b>Findings:</b> distal radius fracture R, minimally displaced (Colles type). Neurovascularly intact. ECG: SR 78. BSL 7.2.</p>
<p><b>Management:</b> haematoma block, closed reduction, backslab. Paracetamol 1 g QID, oxycodone 5 mg PRN (3 tabs supplied).</p>
<p><b>Follow-up:</b> Fracture clinic ${T(`${auDay(addDays(TODAY, 7))} 09:00`)} (letter posted to patient). Return to ED if fingers become numb, cold or blue.</p>
<p>Seen by Dr Chaminda Jayasuriya (ED registrar), supervised by Dr Emma Walsh (ED staff specialist). Ph (02) 9722 8000.</p></div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 19. Nigerian teaching-hospital e-record (NIN, NHIA; Hausa/Fulani names, Hajj medical); Ghanaian OPD folder (Ghana Card, NHIS; Akan names)

const HA_F = ['Hauwa', 'Hadiza', 'Binta', 'Amina', 'Rakiya', 'Zainab'];
const HA_M = ['Abubakar', 'Usman', 'Sani', 'Garba', 'Musa', 'Aminu'];
const HA_LAST = ['Bello', 'Danjuma', 'Abdullahi', 'Sule', 'Yakubu', 'Dantata', 'Jauro', 'Buba'];
const AK_F = ['Akosua', 'Adwoa', 'Abena', 'Akua', 'Yaa', 'Afua', 'Ama'];
const AK_M = ['Kwame', 'Kofi', 'Kwaku', 'Yaw', 'Kwabena', 'Kwasi', 'Kojo'];
const AK_LAST = ['Mensah', 'Owusu', 'Boateng', 'Asante', 'Ofori', 'Agyeman', 'Acheampong', 'Osei', 'Owusu-Ansah', 'Ofori-Atta'];

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${s}`;
}

function westAfrica(g: G, k: number): Screen {
  const css = BASE_CSS + '.ban{background:#006b3f;color:#fff;padding:5px}.box{border:1px solid #ccc;margin:6px;padding:4px}.kv td:nth-child(odd){color:#666}.t td,.t th{border-bottom:1px solid #eee;font-size:12px}';
  if (k === 0) {
    const female = g.chance(0.5);
    const first = g.pick(female ? HA_F : HA_M);
    const middle = g.pick(HA_M);
    const last = g.pick(HA_LAST);
    const title = female ? 'Hajiya' : 'Alhaji';
    const dob = birth(g, 45, 70);
    const nin = g.digits(11);
    const hosp = `AKTH/${String(Y(TODAY)).slice(2)}/${g.digits(6)}`;
    const nhia = `NHIA/KN/${g.digits(7)}/${g.pick(['A', 'B', 'C'])}`;
    const passport = `A${g.digits(8)}`;
    const spouse = `${g.pick(female ? HA_M : HA_F)} ${g.pick(HA_LAST)}`;
    const phone = `+234 80${g.int(3, 9)} ${g.digits(3)} ${g.digits(4)}`;
    const spPhone = `08${g.int(0, 1)}${g.int(0, 9)} ${g.digits(3)} ${g.digits(4)}`;
    const [street, lga] = g.pick([['No. 14 Ibrahim Taiwo Road', 'Fagge'], ['No. 3 Zoo Road', 'Tarauni'], ['No. 27 Sokoto Road', 'Nassarawa'], ['No. 9 Gwarzo Road', 'Gwale']] as [string, string][]);
    const visit = at(TODAY, 10, 0);
    const ngDate = (d: Date) => `${ordinal(Dd(d))} ${MONTH[Mo(d)]}, ${Y(d)}`;
    return {
      title: 'AKTH e-Record — Medical Outpatient',
      css,
      body: h`
<div class="ban">Aminu Kano Teaching Hospital, Kano · Health Records · Medical Outpatient Clinic (MOPD) · ${T(ngDate(TODAY))}</div>
<div class="box"><b>Patient bio-data</b><table class="kv">
  <tr><td>Hospital No.</td><td>${phi('MRN', hosp)}</td><td>NIN</td><td>${phi('ID', nin)}</td></tr>
  <tr><td>Name</td><td>${N(`${title} ${first} ${middle} ${last}`)}</td><td>Sex</td><td>${female ? 'F' : 'M'}</td></tr>
  <tr><td>Date of birth</td><td>${T(dmySlash(dob))}</td><td>Age</td><td>${ageOf(dob)} yrs</td></tr>
  <tr><td>Address</td><td>${phi('ADDRESS', street)}, ${phi('ADDRESS', lga)} LGA, Kano State</td><td>Phone</td><td>${phi('PHONE', phone)}</td></tr>
  <tr><td>Next of kin</td><td>${N(spouse)} (${female ? 'husband' : 'wife'}) ${phi('PHONE', spPhone)}</td><td>Religion / tribe</td><td>Islam / Hausa-Fulani</td></tr>
  <tr><td>Payment</td><td>NHIA — enrolee no. ${phi('HEALTH_PLAN', nhia)} (Formal Sector)</td><td>International passport</td><td>${phi('PASSPORT', passport)}</td></tr></table></div>
<div class="box"><b>Clinic note — ${T(`${dmySlash(visit)} ${hm(visit)}`)}</b>
<p>Indication: Hajj medical screening (State Pilgrims Welfare Board form) + review of HTN/DM. ${N(`${title} ${last}`)} travels with ${female ? 'husband' : 'wife'} ${N(spouse.split(' ')[0]!)}. No chest pain, no exertional dyspnoea. BP 150/92, PR 84, BMI 29. FBS 8.9 mmol/L, PCV 36%, genotype AS, HBsAg neg, Hb electrophoresis AS.</p>
<p>Vaccines: meningococcal ACWY given today (batch MN${g.digits(4)}), yellow fever certificate valid (issued ${T(dmySlash(addDays(TODAY, -g.int(800, 2500))))}). Fit to travel. Tabs amlodipine 10 mg daily, metformin 1 g bd, losartan 50 mg daily. TCA (to come again) ${T(ngDate(addDays(TODAY, 42)))}.</p>
<p>Seen by Dr Aisha Ringim (SR, Medicine) for Prof. Ibrahim Gezawa. Health records: 064-669 000.</p></div>`,
    };
  }
  const female = g.chance(0.5);
  const first = g.pick(female ? AK_F : AK_M);
  const last = g.pick(AK_LAST);
  const christian = g.pick(female ? ['Comfort', 'Gifty', 'Patience', 'Mercy'] : ['Emmanuel', 'Isaac', 'Samuel', 'Daniel']);
  const dob = birth(g, 35, 80);
  const card = `GHA-${g.digits(9)}-${g.int(0, 9)}`;
  const nhis = g.digits(8);
  const folder = `KB/OPD/${String(Y(TODAY)).slice(2)}/${g.digits(6)}`;
  const gps = `GA-${g.digits(3)}-${g.digits(4)}`;
  const [area, house] = g.pick([['Adabraka', 'House No. 12, Okai Kwei St'], ['Dansoman', 'Hse 47, Sakaman Rd'], ['Madina', 'D 14 Zongo Junction'], ['Nima', 'H/No. C288/3']] as [string, string][]);
  const phone = `0${g.pick(['24', '54', '20', '27'])} ${g.digits(3)} ${g.digits(4)}`;
  const kin = `${g.pick(female ? AK_M : AK_F)} ${g.pick(AK_LAST)}`;
  const kinPhone = `+233 ${g.pick(['24', '20', '55'])} ${g.digits(3)} ${g.digits(4)}`;
  const visit = at(TODAY, 9, 5);
  const dash = (d: Date) => `${pad(Dd(d))}-${pad(Mo(d) + 1)}-${Y(d)}`;
  return {
    title: 'Lightwave HIMS — OPD',
    css,
    body: h`
<div class="ban">Korle Bu Teaching Hospital · Lightwave HIMS · OPD Records · Polyclinic · ${T(dash(TODAY))}</div>
<div class="box"><table class="kv">
  <tr><td>Folder No.</td><td>${phi('MRN', folder)}</td><td>Ghana Card PIN</td><td>${phi('ID', card)}</td></tr>
  <tr><td>Surname</td><td>${N(last.toUpperCase())}</td><td>Other names</td><td>${N(`${christian} ${first}`)}</td></tr>
  <tr><td>DOB / Age</td><td>${T(dash(dob))} / ${ageOf(dob)}</td><td>Sex</td><td>${female ? 'Female' : 'Male'}</td></tr>
  <tr><td>Residential address</td><td>${phi('ADDRESS', house)}, ${phi('ADDRESS', area)}, ${phi('ADDRESS', 'Accra')} · Greater Accra Region</td><td>GPS address</td><td>${phi('ADDRESS', gps)}</td></tr>
  <tr><td>Telephone</td><td>${phi('PHONE', phone)}</td><td>NHIS membership no.</td><td>${phi('HEALTH_PLAN', nhis)} (valid to ${T(`${MON[Mo(addDays(TODAY, 200))]} ${Y(addDays(TODAY, 200))}`)})</td></tr>
  <tr><td>Next of kin</td><td colspan="3">${N(kin)} (${g.pick(['brother', 'sister', 'spouse'])}) ${phi('PHONE', kinPhone)}</td></tr></table></div>
<div class="box"><b>Vitals (OPD nurse)</b> BP 168/104 · P 90 · T 36.7 · Wt 82 kg · RBS 6.8 mmol/L<br>
<b>Doctor's notes ${T(`${dash(visit)} ${hm(visit)}`)}</b>
<p>${N(`${female ? 'Madam' : 'Mr'} ${first}`)} reports headaches x 1/12. Not on treatment. Father died of stroke at 60. Hx sickle cell trait. Impression: Stage 2 hypertension. Plan: nifedipine retard 20 mg bd, HCTZ 25 mg daily, U/E/Cr, lipids, ECG, urine R/E. Review in 2/52. Advised to reduce salt, no herbal preparations.</p>
<p>Dr Kwesi Ampofo (Medical Officer) · Pharmacy: NHIS-covered items dispensed · Records: 0302 739 510</p></div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 20. Estonian hospital record (isikukood); Lithuanian e-health record (asmens kodas, inflected surnames)

const ET_F = ['Kadri', 'Triin', 'Maarika', 'Liis', 'Külli', 'Merike'];
const ET_M = ['Tõnu', 'Jaan', 'Rein', 'Priit', 'Margus', 'Toomas'];
const ET_LAST = ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Põder', 'Pärn'];
const ET_MONTH = ['jaanuar', 'veebruar', 'märts', 'aprill', 'mai', 'juuni', 'juuli', 'august', 'september', 'oktoober', 'november', 'detsember'];
const LT_F = ['Rūta', 'Aušra', 'Jurgita', 'Gintarė', 'Birutė', 'Dalia'];
const LT_M = ['Vytautas', 'Algirdas', 'Mindaugas', 'Gediminas', 'Darius', 'Saulius'];
/** Lithuanian surnames: man, married woman, unmarried woman. */
const LT_LAST: [string, string, string][] = [['Kazlauskas', 'Kazlauskienė', 'Kazlauskaitė'], ['Petrauskas', 'Petrauskienė', 'Petrauskaitė'], ['Jankauskas', 'Jankauskienė', 'Jankauskaitė'],
  ['Stankevičius', 'Stankevičienė', 'Stankevičiūtė'], ['Vasiliauskas', 'Vasiliauskienė', 'Vasiliauskaitė'], ['Žukauskas', 'Žukauskienė', 'Žukauskaitė']];
const LT_MONTH_GEN = ['sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo', 'spalio', 'lapkričio', 'gruodžio'];

function baltic(g: G, k: number): Screen {
  const css = BASE_CSS + '.ban{background:#0f4c81;color:#fff;padding:5px}.box{border:1px solid #ccc;margin:6px;padding:4px}.kv td:nth-child(odd){color:#666}.t td,.t th{border-bottom:1px solid #eee;font-size:12px}';
  if (k === 0) {
    const female = g.chance(0.5);
    const sex: Sex = female ? 'female' : 'male';
    const first = g.pick(female ? ET_F : ET_M);
    const last = g.pick(ET_LAST);
    const dob = birth(g, 60, 85);
    const ik = balticId(g, dob, sex);
    const son = `${g.pick(ET_M)} ${last}`;
    const rural = g.chance(0.5);
    const addr = rural
      ? h`${phi('ADDRESS', `${g.pick(['Männi', 'Kuuse', 'Allika', 'Metsa'])} talu`)}, ${phi('ADDRESS', g.pick(['Vaida küla', 'Ravila alevik', 'Kolga küla']))}, ${phi('ADDRESS', g.pick(['Rae vald', 'Kose vald', 'Kuusalu vald']))}, ${phi('ZIP', `75${g.digits(3)}`)} Harju maakond`
      : h`${phi('ADDRESS', `${g.pick(['Pärnu mnt', 'Narva mnt', 'Tartu mnt', 'Sõpruse pst'])} ${g.int(2, 180)}-${g.int(1, 60)}`)}, ${phi('ZIP', `1${g.digits(4)}`)} ${phi('ADDRESS', 'Tallinn')}, Harju maakond`;
    const phone = `+372 5${g.digits(3)} ${g.digits(4)}`;
    const sonPhone = `5${g.digits(3)} ${g.digits(3)}`;
    const adm = at(addDays(TODAY, -3), 14, 20);
    const etDate = (d: Date) => `${Dd(d)}. ${ET_MONTH[Mo(d)]} ${Y(d)}`;
    const caseNo = `${String(Y(TODAY)).slice(2)}${g.digits(6)}`;
    return {
      title: 'Liisa — Haiguslugu',
      css,
      body: h`
<div class="ban">Tallinna ${g.pick(['Regionaalhaigla', 'Lääne-Tallinna Keskhaigla'])} | Liisa | Sisehaiguste osakond | ${N(`${first} ${last}`)} | ${phi('ID', ik)}</div>
<div class="box"><b>Patsient</b><table class="kv">
  <tr><td>Isikukood</td><td>${phi('ID', ik)}</td><td>Nimi</td><td>${N(`${last.toUpperCase()} ${first}`)}</td></tr>
  <tr><td>Sünniaeg</td><td>${T(dmyDot(dob))}</td><td>Vanus</td><td>${ageOf(dob)} a</td></tr>
  <tr><td>Aadress</td><td colspan="3">${addr}</td></tr>
  <tr><td>Telefon</td><td>${phi('PHONE', phone)}</td><td>Kontaktisik</td><td>${N(son)} (poeg), ${phi('PHONE', sonPhone)}</td></tr>
  <tr><td>Ravijuhtum</td><td>${phi('ACCOUNT', caseNo)}</td><td>Kindlustus</td><td>Tervisekassa — kehtib</td></tr></table></div>
<div class="box"><b>Epikriis (mustand)</b>
<p>Hospitaliseeritud ${T(`${dmyDot(adm)} kell ${hm(adm)}`)} EMO kaudu. Põhidiagnoos: I48.1 Püsiv kodade virvendus, kiire ventrikulaarse vastusega. Kaasuvad: I11.0, E11.9. Ravi: bisoprolool 5 mg, apiksabaan 5 mg x 2. EKG: AF, ventrikli sagedus 138 → 84.</p>
<p>Poeg ${N(son.split(' ')[0]!)} teavitatud. Kontroll perearsti juures ${T(etDate(addDays(TODAY, 10)))}. Kardioloogi vastuvõtt ${T(`${ET_MONTH[Mo(addDays(TODAY, 45))]} ${Y(addDays(TODAY, 45))}`)}. Koostas: dr. Margus Kask (arst-resident), kinnitas dr. Külli Saar.</p></div>`,
    };
  }
  const female = g.chance(0.6);
  const sex: Sex = female ? 'female' : 'male';
  const [man, wife, girl] = g.pick(LT_LAST);
  const first = g.pick(female ? LT_F : LT_M);
  const last = female ? wife : man;
  const dob = birth(g, 58, 84);
  const ak = balticId(g, dob, sex);
  const spouse = female ? `${g.pick(LT_M)} ${man}` : `${g.pick(LT_F)} ${wife}`;
  const daughter = `${g.pick(LT_F)} ${girl}`;
  const ehic = `80440${g.digits(15)}`;
  const street = `${g.pick(['Gedimino pr.', 'Savanorių pr.', 'Žirmūnų g.', 'Kalvarijų g.'])} ${g.int(1, 180)}-${g.int(1, 90)}`;
  const post = `LT-${g.digits(5)}`;
  const phone = `+370 6${g.digits(2)} ${g.digits(5)}`;
  const dPhone = `86${g.digits(2)} ${g.digits(5)}`;
  const visit = at(TODAY, 11, 40);
  const ltLong = (d: Date) => `${Y(d)} m. ${LT_MONTH_GEN[Mo(d)]} ${Dd(d)} d.`;
  return {
    title: 'ESPBI IS — Paciento duomenys',
    css,
    body: h`
<div class="ban">E. sveikatos paslaugų ir bendradarbiavimo infrastruktūros IS (ESPBI IS) · VšĮ Vilniaus miesto klinikinė ligoninė · Šeimos gydytojas</div>
<div class="box"><table class="kv">
  <tr><td>Vardas, pavardė</td><td>${N(`${first} ${last}`)}</td><td>Asmens kodas</td><td>${phi('ID', ak)}</td></tr>
  <tr><td>Gimimo data</td><td>${T(ymd(dob))}</td><td>Lytis</td><td>${female ? 'Moteris' : 'Vyras'}</td></tr>
  <tr><td>Adresas</td><td colspan="3">${phi('ADDRESS', street)}, ${phi('ZIP', post)} ${phi('ADDRESS', 'Vilnius')} (${phi('ADDRESS', 'Vilniaus m. sav.')}, Vilniaus apskr.)</td></tr>
  <tr><td>Telefonas</td><td>${phi('PHONE', phone)}</td><td>Draustumas PSDF</td><td>Apdraustas (${T(ymd(TODAY))})</td></tr>
  <tr><td>Sutuoktinis</td><td>${N(spouse)}</td><td>Kontaktinis asmuo</td><td>${N(daughter)} (dukra), ${phi('PHONE', dPhone)}</td></tr>
  <tr><td>EDKK</td><td colspan="3">${phi('HEALTH_PLAN', ehic)} · galioja iki ${T(ymd(addDays(TODAY, g.int(300, 1500))))}</td></tr></table></div>
<div class="box"><b>Apsilankymas ${T(`${ltLong(visit)} ${hm(visit)}`)}</b> — E025 forma
<p>Skundai: dusulys lipant laiptais, kojų tinimas. Anamnezė: arterinė hipertenzija, ŠN (NYHA II). AKS 156/92, ŠSD 88, SpO2 95%. NT-proBNP 1240 pg/ml (${T(ymd(addDays(TODAY, -3)))}).</p>
<p>Planas: furozemidas 40 mg ryte, kontrolė po 2 sav. Siuntimas kardiologo konsultacijai — e. siuntimo Nr. ${phi('ID', `${g.digits(9)}`)}. Dukra ${N(daughter.split(' ')[0]!)} informuota telefonu. Gyd. Dalia Petrauskienė (šeimos gydytoja).</p></div>`,
  };
}

// ---------------------------------------------------------------------------------------------

const LAYOUTS: Layout[] = [
  ['ld-board-couplets', laborBoard, ['en', 'en']],
  ['death-certificate-worksheet', deathCert, ['en', 'en']],
  ['ecg-echo-reports', cardioReports, ['en', 'en']],
  ['device-cgm-remote-monitoring', remoteMonitoring, ['en', 'en']],
  ['pdmp-reports', pdmp, ['en', 'en']],
  ['card-scan-ocr', cardScan, ['en', 'en']],
  ['polst-advance-directives', advanceDirective, ['en', 'en']],
  ['belongings-valuables', belongings, ['en', 'en']],
  ['diet-tray-tickets-board', dietary, ['en', 'en']],
  ['him-coding-deficiencies', himWorklist, ['en', 'en']],
  ['tumor-board-heart-team', conference, ['en', 'en']],
  ['protective-services-reports', protective, ['en', 'en']],
  ['dme-oxygen-wheelchair-orders', dmeOrder, ['en', 'en']],
  ['singapore-malaysia-clinic', sgMy, ['en', 'en']],
  ['thai-indonesian-hospital', thaiIndo, ['en', 'en']],
  ['japan-taiwan-clinic', japanTaiwan, ['en', 'en']],
  ['danish-icelandic-chart', nordic, ['en', 'en']],
  ['nz-australia-discharge', nzAu, ['en', 'en']],
  ['nigeria-ghana-opd', westAfrica, ['en', 'en']],
  ['estonia-lithuania-chart', baltic, ['en', 'en']],
];

export function generateFifthPages(seed = FIFTH_SEED): ProbePage[] {
  return generateLayoutPages(LAYOUTS, seed, 157, TODAY);
}
