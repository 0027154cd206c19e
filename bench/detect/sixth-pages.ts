/**
 * A SIXTH BLIND corpus of EHR screens: screens and products that neither the reference corpus
 * (Medplum), the first probe (bench/detect/probe-pages.ts), the held-out set
 * (bench/detect/holdout-pages.ts), the unseen set (bench/detect/unseen-pages.ts), the blind set
 * (bench/detect/blind-pages.ts) nor the fifth set (bench/detect/fifth-pages.ts) has. It stands in for
 * screens nobody on the team has seen: it was written without looking at the engine (nothing under
 * shared/detect/, extension/, docs/ or worker/, and no test, was read; the detector was run once, after
 * the pages were final, to record the first-run figure) and must never be edited to make the engine
 * pass or fail; fix a page only when its ground truth is wrong.
 *
 * Styles (two pages each): cath-lab hemodynamic/event log (Mac-Lab-like) and IR moderate-sedation
 * procedure record; OR case-cart pick list and sterile-processing tray tracking with a sterilizer-load
 * recall (patients assigned to trays); BCMA barcode-scan exception report and IV-pump
 * auto-programming (EHR interoperability) log with its HL7 RGV message; admission medication
 * reconciliation with outside fill history (Surescripts) and a retail-pharmacy immunization record
 * with its state IIS submission (HL7 VXU); patient-portal proxy-access administration and an EMPI
 * merge/unmerge/overlay audit report; good-faith-estimate letter (self-pay) and a payer's Explanation
 * of Benefits as PDF text; collections-agency placement file (fixed-width records) and a
 * financial-assistance (charity care) application review; interpreter-services request queue and
 * patient-transport (porter) dispatch board; sitter / 1:1 constant-observation log and a North
 * Carolina involuntary-commitment petition with first examination; guardianship/conservatorship
 * record (hospital legal affairs) and a prison medical intersystem transfer summary; travel-medicine
 * consult with the yellow-fever certificate (ICVP, bilingual) and an occupational-health respirator
 * clearance with fit tests; sports pre-participation physical (PPE form) and a post-injury concussion
 * test report (ImPACT-like); polysomnography report and an audiology report with hearing-aid fitting;
 * optometry spectacle/contact-lens prescription and an optical-lab job ticket (monospace); organ
 * procurement (OPO) donor referral and a blood-donor deferral registry; hospital-at-home command
 * center (remote vitals tiles) and a wearable (smartwatch) data import with its export.xml; Swiss
 * (Graubünden, AHV) and Austrian (SVNR, e-card) chart screens; Chilean CESFAM (RUN, FONASA) and
 * Peruvian hospital (DNI, SIS) records; Pakistani OPD slip (CNIC, Urdu) and Egyptian Universal Health
 * Insurance record (national ID, Arabic, RTL, Arabic-Indic digits); Latvian family-doctor record
 * (personas kods) and Kazakh polyclinic record (IIN, Cyrillic, with a Latin lab header). Mixed within
 * pages: th/td tables, key/value tables, form boxes with small labels, "Label: value" inline,
 * fixed-width and monospace text, HL7 segments, XML in a pre, values with no label where the layout
 * implies them, all caps, "LAST, F." initials on boards, odd separators ("·", " — ", "^"), non-Latin
 * scripts (Arabic, Urdu, Cyrillic) and right-to-left blocks.
 *
 * Deterministic: seeded @faker-js/faker through the first probe's generator (G) for the US parts
 * (street addresses, cities, ZIPs, phones, birth dates, record numbers, clinicians' and staff names),
 * with hand-written name pools of origins the earlier sets do not use: Pennsylvania Amish, Chamorro,
 * Marshallese, Dinka/Nuer (South Sudanese), Congolese (Luba, Kongo, Swahili), Assyrian/Chaldean,
 * Cape Verdean, Basque, Iu Mien, Montagnard (Rhade/Jarai, with Y and H' prefixes), Swiss German and
 * Romansh, Austrian, Mapuche, Quechua, Sindhi/Urdu/Baloch (Pakistani, with Urdu script), Egyptian
 * (Coptic and Muslim, with Arabic script), Latvian (gendered surnames) and Kazakh (Cyrillic, Kazakh
 * patronymics, romanized), and English given names and surnames that are ordinary or clinical words
 * (April, June, Autumn, Holly, Iris, Ruby, Hazel, Olive, Willow, Robin, Amber; Guy, Drew, Rusty, Sonny,
 * Buck, Frank, Cliff, Dale, Glen, Lance, Ray, Colt, Noble; Fox, Hart, Bell, Snow, Frost, Winter, Day,
 * Rich, Swan, Bird, Shepherd, Porter, Chambers, Ward, Temple, Judge, Pain, Bone, Heal, Lamb; the
 * Romansh surname Item), honorifics, hyphenated and double surnames, and a fixed "today" (Thursday
 * 12 March 2026).
 *
 * Ground truth is recorded while a page is written, with the first probe's builder (`phi` marks a
 * value, `finish` turns marks into offsets and checks them; `checkTruth` (holdout-pages.ts) re-checks
 * offsets and overlaps). Conventions are the fifth set's (which carry the held-out, unseen and blind
 * sets' rules), copied here verbatim:
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
 * (fifth set) Additions, for values its screens had and the earlier sets did not (none changes a rule above):
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
 *
 * (sixth set) Additions, for values these screens have and the earlier sets did not (none changes a
 * rule above):
 * - Identifiers of the patient's own records and requests are ID: an interpreter request, a transport
 *   job, a pump program's order number, an optical-lab job, a good-faith-estimate number, a
 *   financial-assistance application, an OPO referral number and UNOS donor ID, a blood-donor ID, a
 *   sleep-study number, an IIS client ID, a student ID, a DOC commitment number and state SID, a
 *   Chilean GES notification folio, a Peruvian FUA number, a Latvian e-referral number. A court's file
 *   or docket number for the patient's own proceeding (guardianship, a custody order that revokes a
 *   proxy, an involuntary commitment) is ID; an agency's investigation case number (medical examiner,
 *   privacy office) stays not PHI, as before. A patient's or proxy's portal user name and a one-time
 *   portal activation code are ID. A USCIS A-Number is ID (another national identity number).
 * - MRN: an EMPI enterprise ID (EID), a pharmacy's patient number, a proxy's own MRN, a scanned
 *   wristband's MRN (marked without the barcode's "*" delimiters). ACCOUNT: an optical store account.
 * - National numbers: the Swiss AHV number and the Austrian Versicherungsnummer (SVNR, also a
 *   co-insured spouse's) are national social-security numbers: SSN. The Chilean RUN, Peruvian DNI,
 *   Pakistani CNIC, Egyptian national ID (الرقم القومي), Latvian personas kods and Kazakh IIN (ИИН)
 *   are ID. HEALTH_PLAN: a Swiss insurance card number and policy number, a Peruvian SIS affiliation,
 *   an Egyptian Universal Health Insurance number, a travel-insurance policy, an EHIC (EVAK) number, a
 *   Medicaid (ARKids, MassHealth) ID, a hearing-aid benefit (TruHearing) member number. Not PHI: a
 *   FONASA tramo, Sehat Sahulat eligibility, ОСМС status, an insurer's name.
 * - Addresses abroad: a Swiss canton (GR), Austrian Bundesland, Chilean región, Peruvian
 *   departamento, Pakistani province (Sindh), Egyptian governorate (محافظة بورسعيد, Port Said
 *   Governorate), Latvian novads and state city (valstspilsēta, Rīga) and Kazakh oblast (обл.) are
 *   first-level: not PHI. A Chilean comuna and villa, a Peruvian provincia, distrito and comunidad
 *   campesina, a Karachi block and town, an Egyptian district (حي), a Latvian pagasts and farmstead
 *   name (“Priedes”), a Kazakh city ("г. Темиртау", the abbreviation inside the span) are ADDRESS. A
 *   US county named on its own ("County: Guilford") is ADDRESS. Arabic-Indic digits in an address,
 *   date or phone are marked like Latin ones. An organisation's name that holds a place name (Civil
 *   Hospital Karachi, Greensboro Police, Поликлиника №3 г. Темиртау) is an organisation: not PHI.
 * - Names: a Chamorro "Tan", an Assyrian "Nana", a Montagnard Y / H' prefix, Mien two-part given
 *   names, a Kazakh patronymic (-ұлы, -қызы), an Austrian academic title (Ing., Dipl.-Ing.), Chilean
 *   and Peruvian double surnames are (part of) one NAME; a name in Arabic or Urdu script is a NAME like
 *   its romanization. A device named after its owner ("Robin’s Apple Watch", also inside an XML
 *   attribute) has the owner's name marked as NAME without the possessive. A relative who works at the
 *   hospital, named as a relative, is a NAME; a staff member who shares a patient's surname (a
 *   transporter named Porter on the board that lists a patient Porter) is not.
 * - Dates: Austrian "Jänner", Latvian "2026. gada 12. marts" and dates with a trailing dot
 *   ("12.03.2026."), Russian genitive months with "г.", Arabic month names with Arabic-Indic digits are
 *   DATE. A time after a date and a comma, or a time range after a date ("03/13/2026 09:00–11:00"), is
 *   glued and part of the DATE. Every date on the page counts, so a vaccine lot's expiry, a VIS
 *   edition date, an Rx expiry and a warranty end are DATE. A packed date in a fixed-width record or a
 *   file name (YYYYMMDD) is DATE; a zero date ("00000000") is not.
 * - Fixed-width records: each field is marked on its own, without its padding (guarantor last name,
 *   first name and middle initial separately).
 * - Devices: a patient's hearing aids and the remote microphone worn by a relative, a home CPAP (also
 *   one returned under a recall), a hospital-at-home kit (tablet, BP cuff, oximeter) and its cellular
 *   gateway IMEI, a smartwatch's and a phone's serials, a home BP monitor's Bluetooth MAC address are
 *   DEVICE. Not PHI: IV pumps and their channels, sterilizers and tray barcodes (facility equipment).
 * - Not PHI, as hard negatives: implant and supply REF/LOT/catalogue numbers, GTINs and NDCs,
 *   sterilizer loads and biological-indicator lots, message control IDs, placement batch and client
 *   numbers, a payer's check number, DINs, vendor interpreter IDs, a family-lounge pager, a radio
 *   channel, a queue token, a lockbox code, fit factors, audiogram thresholds, speech scores,
 *   spectacle and contact-lens values and frame measurements, sleep indices, concussion composites,
 *   percentiles, presumptive-eligibility and match scores, FPL percentages, itineraries by country.
 */
import {
  A, BASE_CSS, D, G, MON, MONTH, N, P, STREET_NAMES, STREET_SUFFIX, US_PLACES,
  ageOn, fd, ft, h, luhnCheckDigit, pad, phi, sexLetter, sexWord,
  type Html, type Patient, type ProbePage, type Provider, type Relative, type Screen, type Sex,
} from './probe-pages';
import { type PhiType } from '../../shared/phi-types';
import { generateLayoutPages, type Layout } from './holdout-pages';
import { addDays, addMin, at, Dd, dmyDot, dmySlash, drFL, hm, ini, ip4, Mo, money, provFLC, series, streetLine, T, Y } from './blind-pages';

export const SIXTH_SEED = 12_032_026;
/** "Today" for every page (a Thursday): fixed so the corpus is the same on every run. */
const TODAY = new Date('2026-03-12T15:20:00Z');
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Names of origins the earlier sets do not use (hand-written pools)

interface Pool {
  f: string[];
  m: string[];
  last: string[];
}

const POOLS = {
  amish: { f: ['Sadie', 'Mattie', 'Katie', 'Fannie', 'Lydia', 'Malinda', 'Susie'], m: ['Amos', 'Eli', 'Levi', 'Jonas', 'Reuben', 'Menno', 'Ammon'], last: ['Yoder', 'Stoltzfus', 'Beiler', 'Lapp', 'Esh', 'Zook', 'Fisher', 'King', 'Hershberger', 'Glick'] },
  chamorro: { f: ['Rosalia', 'Dolores', 'Trinidad', 'Remedios', 'Josefina', 'Ana Marie'], m: ['Joaquin', 'Vicente', 'Ignacio', 'Juan Carlos', 'Francisco', 'Jesus'], last: ['Taitano', 'San Nicolas', 'Quinata', 'Aguon', 'Blas', 'Camacho', 'Manibusan', 'Leon Guerrero', 'Cepeda', 'Mendiola'] },
  marshallese: { f: ['Neijon', 'Tarjikit', 'Limam', 'Jeinat', 'Kanchi', 'Bwilmar'], m: ['Jebro', 'Lanej', 'Kilon', 'Anjo', 'Jabwe', 'Tonke'], last: ['Kabua', 'Jetnil', 'Langrine', 'Lajuon', 'Anjain', 'deBrum', 'Lakjohn', 'Zackhras'] },
  dinka: { f: ['Nyandeng', 'Achol', 'Ayen', 'Nyakuoth', 'Adut', 'Abuk'], m: ['Garang', 'Deng', 'Majok', 'Gatluak', 'Mabior', 'Kuol'], last: ['Deng', 'Garang', 'Akech', 'Mayen', 'Chol', 'Bol', 'Ajak', 'Manyang'] },
  congolese: { f: ['Ngalula', 'Mbuyi', 'Kapinga', 'Nsimire', 'Bijou', 'Mapendo'], m: ['Kalonji', 'Tshibangu', 'Ilunga', 'Mukendi', 'Bahati', 'Kabasele'], last: ['Tshimanga', 'Kasongo', 'Kalala', 'Lukusa', 'Mbala', 'Kabeya', 'Ngoy', 'Nzuzi'] },
  assyrian: { f: ['Shamiram', 'Ninva', 'Atoor', 'Nahrain', 'Bellis', 'Sawsan'], m: ['Sargon', 'Ninos', 'Ashur', 'Odisho', 'Shimon', 'Yonan'], last: ['Shamoon', 'Odisho', 'Kassab', 'Yousif', 'Warda', 'Benyamin', 'Khamis', 'Toma'] },
  capeverdean: { f: ['Djenifer', 'Dulce', 'Nilza', 'Edna', 'Zenaida', 'Ivone'], m: ['Edmilson', 'Nilton', 'Arlindo', 'Adilson', 'Zeca', 'Djarson'], last: ['Fortes', 'Tavares', 'Semedo', 'Monteiro', 'Varela', 'Barbosa', 'Lopes', 'Brito'] },
  basque: { f: ['Itziar', 'Nerea', 'Ainhoa', 'Maite', 'Arantxa', 'Garazi'], m: ['Iñaki', 'Unai', 'Gorka', 'Xabier', 'Ander', 'Koldo'], last: ['Etxeberria', 'Goikoetxea', 'Urkiza', 'Arrieta', 'Zubizarreta', 'Olaizola', 'Ibarguren', 'Agirre'] },
  mien: { f: ['Nai Fin', 'Kao Chan', 'Fam Lai', 'Mey Chiem', 'Lai Ching'], m: ['Kao Sin', 'Fou Seng', 'Lai Chow', 'Ton Meuang', 'Chan Kuang'], last: ['Saechao', 'Saelee', 'Saefong', 'Saeturn', 'Saephan', 'Saelio'] },
  montagnard: { f: ["H'Nhi", "H'Lanh", "H'Rin", "H'Pri", "H'Bla"], m: ['Y Ben', 'Y Nuen', 'Y Thoai', 'Y Suan', 'Y Doan'], last: ['Ksor', 'Rmah', 'Niê', 'Siu', 'Mlô', 'Rahlan', 'Êban'] },
  wordy: {
    f: ['April', 'June', 'Autumn', 'Holly', 'Iris', 'Ruby', 'Hazel', 'Olive', 'Willow', 'Robin', 'Amber'],
    m: ['Guy', 'Drew', 'Rusty', 'Sonny', 'Buck', 'Frank', 'Cliff', 'Dale', 'Glen', 'Lance', 'Ray', 'Colt', 'Noble'],
    last: ['Fox', 'Hart', 'Bell', 'Snow', 'Frost', 'Winter', 'Day', 'Rich', 'Swan', 'Bird', 'Shepherd', 'Porter', 'Chambers', 'Ward', 'Temple', 'Judge', 'Pain', 'Bone', 'Heal', 'Lamb'],
  },
} satisfies Record<string, Pool>;

type Origin = keyof typeof POOLS;
const US_ORIGINS: Origin[] = ['amish', 'chamorro', 'marshallese', 'dinka', 'congolese', 'assyrian', 'capeverdean', 'basque', 'mien', 'montagnard', 'wordy', 'wordy', 'wordy'];

interface Who {
  sex: Sex;
  first: string;
  last: string;
}

const FEMALE_KIN = ['daughter', 'sister', 'niece', 'granddaughter', 'wife', 'mother', 'daughter-in-law', 'aunt', 'grandmother', 'stepmother', 'ex-girlfriend'];

function who(g: G, origin: Origin, sex: Sex = g.pick(['female', 'male'] as const), last?: string): Who {
  const pool: Pool = POOLS[origin];
  const surname = last ?? g.pick(pool.last);
  const given = (sex === 'female' ? pool.f : pool.m).filter((x) => x !== surname);
  return { sex, first: g.pick(given), last: surname };
}

const full = (w: { first: string; last: string }) => `${w.first} ${w.last}`;
const LF = (w: { first: string; last: string }) => `${w.last}, ${w.first}`;
const LFU = (w: { first: string; last: string }) => `${w.last.toUpperCase()}, ${w.first.toUpperCase()}`;

/** A relative (or other private person) named from a pool, with a US phone. */
function kin(g: G, origin: Origin, relation: string, last?: string): Relative {
  const sex: Sex = FEMALE_KIN.includes(relation) ? 'female' : 'male';
  const w = who(g, origin, sex, last);
  return { sex, prefix: sex === 'female' ? 'Ms.' : 'Mr.', first: w.first, middle: '', last: w.last, relation, phone: g.phone() };
}

/** Latin letters only (for e-mail addresses, user names and file names). */
function ascii(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
}

function mailFor(g: G, first: string, last: string): string {
  const a = ascii(first.split(' ')[0]!);
  const b = ascii(last);
  const local = g.pick([`${a}.${b}`, `${a}${b}${g.int(1, 99)}`, `${a.charAt(0)}${b}${g.int(60, 2009)}`, `${b}.${a}`]);
  return `${local}@${g.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'hotmail.com', 'proton.me'])}`;
}

/** A US patient (faker address, phones, identifiers) named from a pool; spouse and child renamed from the same pool. */
function pat(g: G, origin: Origin, minAge = 20, maxAge = 95, sex?: Sex): Patient {
  const p = g.patient(minAge, maxAge);
  const w = who(g, origin, sex ?? p.sex);
  p.sex = w.sex;
  p.first = w.first;
  p.last = w.last;
  p.middle = g.chance(0.35) ? who(g, origin, w.sex).first.split(' ')[0]! : '';
  p.prefix = w.sex === 'female' ? 'Ms.' : 'Mr.';
  p.email = mailFor(g, p.first, p.last);
  p.maiden = g.pick(POOLS[origin].last);
  const spouse = kin(g, origin, w.sex === 'female' ? 'husband' : 'wife', g.chance(0.6) ? p.last : undefined);
  const childRel = g.pick(['daughter', 'son', 'daughter', 'niece', 'grandson']);
  const child = kin(g, origin, childRel, g.chance(0.6) ? p.last : undefined);
  p.spouse = spouse;
  p.child = child;
  return p;
}

/** A birth date for an age range on TODAY (00:00 UTC). */
function born(g: G, minAge: number, maxAge: number): Date {
  const d = g.f.date.birthdate({ mode: 'age', min: minAge, max: maxAge, refDate: TODAY });
  d.setUTCHours(0, 0, 0, 0);
  return d;
}

const ageNow = (dob: Date) => ageOn(dob, TODAY);
const yy = String(Y(TODAY)).slice(2);
const login = (p: Provider) => `${p.first.charAt(0).toLowerCase()}${ascii(p.last).slice(0, 7)}`;
const staff = (p: Provider) => `${p.first} ${p.last}`;
const usStreet = (g: G) => `${g.int(12, 4980)} ${g.pick(STREET_NAMES)} ${g.pick(STREET_SUFFIX)}`;
const ymdC = (d: Date) => `${Y(d)}${pad(Mo(d) + 1)}${pad(Dd(d))}`;
const hl7ts = (d: Date) => `${ymdC(d)}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
/** A time with seconds (times alone are not PHI). */
const hms = (d: Date) => `${hm(d)}:${pad(d.getUTCSeconds())}`;
/** A US address on one line: street, city, state, ZIP, each part marked. */
const usAddr = (p: { street: string; unit?: string; city: string; state: string; zip: string }, upper = false) => {
  const u = (s: string) => (upper ? s.toUpperCase() : s);
  const street = p.unit ? `${p.street} ${p.unit}` : p.street;
  return h`${phi('ADDRESS', u(street))}, ${phi('ADDRESS', u(p.city))}, ${p.state} ${phi('ZIP', p.zip)}`;
};
/** A US place for a relative or a second address: [street, city, state, zip]. */
function usPlace(g: G): { street: string; city: string; state: string; zip: string } {
  const [city, state, zip3] = g.pick(US_PLACES);
  return { street: usStreet(g), city, state, zip: zip3 + g.digits(2) };
}

/** Lancaster County, PA: Amish settlement towns and their ZIP codes. */
const AMISH_TOWNS: [string, string][] = [['Gordonville', '17529'], ['Bird-in-Hand', '17505'], ['Intercourse', '17534'], ['Ronks', '17572'], ['Strasburg', '17579'], ['Paradise', '17562']];
const amishRoad = (g: G) => `${g.int(100, 4999)} ${g.pick(['Old Philadelphia Pike', 'Harvest Dr', 'Irishtown Rd', 'Newport Rd', 'Mill Creek School Rd', 'Stumptown Rd'])}`;

// ---------------------------------------------------------------------------------------------
// 1. Cath-lab hemodynamic / event log (Mac-Lab-like); IR moderate-sedation procedure record

function cathIr(g: G, k: number): Screen {
  const css = BASE_CSS + '.bar{background:#203040;color:#fff;padding:4px 8px}.ban td{padding:2px 8px;border-right:1px solid #ccc;font-size:12px}.log td,.log th{border-bottom:1px solid #ddd;font:12px Consolas,monospace}.tot{margin:6px;border:1px solid #aaa;padding:4px}.note{margin:6px}';
  if (k === 0) {
    const p = pat(g, 'amish', 54, 79, 'male');
    const [town, zip] = g.pick(AMISH_TOWNS);
    p.city = town;
    p.state = 'PA';
    p.zip = zip;
    p.unit = '';
    p.street = amishRoad(g);
    const neighbor = who(g, 'wordy', 'female');
    const nPhone = g.phone();
    const caseNo = `CL${yy}-${g.digits(5)}`;
    const acct = g.digits(10);
    const start = at(TODAY, 7, 52);
    start.setUTCSeconds(14);
    const op = g.provider();
    const fellow = g.provider();
    const rn = g.provider();
    const tech = g.provider();
    const prior = addDays(TODAY, -g.int(500, 2400));
    const ht = g.int(165, 190);
    const wt = g.int(80, 125);
    const ev = (min: number) => hms(addMin(start, min));
    const events: [number, string, string][] = [
      [0, 'Patient in room. Identity verified (name + DOB), band scanned. Consent on chart.', rn.last],
      [6, 'TIME OUT — all staff. Site: R radial (Barbeau B). Allergy: iodinated contrast — premedicated (prednisone 50 mg x3, diphenhydramine 50 mg).', rn.last],
      [11, `Lidocaine 2% 2 mL local. R radial access, 6F Glidesheath Slender (LOT 24K${g.digits(4)}).`, fellow.last],
      [12, 'Radial cocktail: verapamil 2.5 mg + NTG 200 mcg IA; heparin 5,000 units IA.', rn.last],
      [16, `AO ${g.int(120, 150)}/${g.int(64, 84)} (${g.int(88, 104)}) mmHg.`, tech.last],
      [19, `LV ${g.int(120, 150)}/${g.int(8, 16)}, LVEDP ${g.int(16, 26)} mmHg.`, tech.last],
      [27, 'Angio: LM patent. LAD 90% mid, TIMI 2. LCx 40% prox. RCA dominant, 30% mid.', op.last],
      [38, `Heparin 3,000 units IV. ACT ${g.int(250, 320)} s.`, rn.last],
      [43, 'Guide EBU 3.5 6F; wire Runthrough NS to distal LAD.', fellow.last],
      [51, 'Pre-dil NC Emerge 2.5 x 12 mm @ 12 atm.', op.last],
      [58, `Stent Xience Skypoint 3.0 x 28 mm @ 14 atm (REF 1500300-28, LOT ${g.digits(7)}).`, op.last],
      [65, 'Post-dil NC 3.25 x 15 mm @ 18 atm. TIMI 3, 0% residual.', op.last],
      [73, 'TR Band 15 mL air; sheath out. Patent hemostasis (reverse Barbeau).', rn.last],
      [76, 'Patient out of room to CVRU bay 6, stable.', rn.last],
    ];
    return {
      title: 'Mac-Lab — Procedure Log',
      css,
      body: h`
<div class="bar">Mac-Lab™ AltiX · Cath Lab 2 · Case ${phi('ID', caseNo)} · Procedure date ${D(start, 'mdy')} · Recorder: ${login(tech)}</div>
<table class="ban"><tr><td>${N(LFU(p))}</td><td>MRN ${phi('MRN', p.mrn)}</td><td>Acct ${phi('ACCOUNT', acct)}</td><td>DOB ${D(p.dob, 'mdy')}</td><td>${A(p.age, 'Y')} M</td><td>Ht ${ht} cm / Wt ${wt} kg</td><td>BSA ${Math.sqrt((ht * wt) / 3600).toFixed(2)} m²</td><td>Cr 1.04 · eGFR 71</td></tr></table>
<p class="note"><b>Procedure:</b> LHC, selective coronary angiography, LV gram, PCI mid LAD (DES x1) · <b>Indication:</b> NSTEMI (I21.4), hs-troponin 2,840 ng/L, TIMI score 4 · <b>Operator:</b> ${drFL(op)} · <b>Fellow:</b> ${drFL(fellow)} · <b>RN:</b> ${staff(rn)} · <b>Tech:</b> ${staff(tech)}, RCIS</p>
<table class="log"><tr><th>Time</th><th>Event</th><th>By</th></tr>
${events.map(([m, text, by]) => h`<tr><td>${ev(m)}</td><td>${text}</td><td>${by}</td></tr>`)}</table>
<div class="tot">Contrast: Visipaque 320 — ${g.int(110, 180)} mL · Fluoro time ${(g.int(80, 160) / 10).toFixed(1)} min · Air kerma ${g.int(600, 1100)} mGy · DAP ${(g.int(300, 700) / 10).toFixed(1)} Gy·cm² · EBL &lt; 10 mL · Sedation: midazolam 2 mg, fentanyl 75 mcg</div>
<div class="note"><b>Post-procedure:</b> ticagrelor 180 mg load then 90 mg BID x 12 months; aspirin 81 mg daily; high-intensity statin. Echo in AM. Prior cath ${D(prior, 'mdy')} at Lancaster General: non-obstructive disease.</div>
<div class="note"><b>Family:</b> wife ${N(full(p.spouse))} and ${p.child.relation} ${N(full(p.child))} in the cath-lab family lounge (family pager #14); updated by ${drFL(op)} at ${hm(addMin(start, 84))}. Patient is Old Order Amish — no telephone at home; messages through neighbor ${N(full(neighbor))} ${P(nPhone, 'paren')}. Home: ${usAddr(p)}. Self-pay (church aid fund) — financial counselor notified. Ride home arranged by family (hired driver).</div>`,
    };
  }
  const p = pat(g, 'assyrian', 90, 96, 'female');
  const dtr = kin(g, 'assyrian', 'daughter');
  const son = kin(g, 'assyrian', 'son', p.last);
  const specimen = `S${yy}-${g.digits(5)}`;
  const acc = `IR${yy}${g.digits(6)}`;
  const fin = g.digits(9);
  const start = at(TODAY, 10, 35);
  const ir = g.provider();
  const rn = g.provider();
  const ct = addDays(TODAY, -g.int(2, 4));
  const hr = series(g, 9, 92, 6, 60, 120);
  const sys = series(g, 9, 142, 10, 96, 180);
  const spo = series(g, 9, 96, 2, 90, 100);
  const meds = ['Fentanyl 25 mcg IV', '', 'Midazolam 0.5 mg IV', '', 'Fentanyl 25 mcg IV', '', '', '', ''];
  return {
    title: 'IR Sedation / Procedure Record',
    css,
    body: h`
<div class="bar">Interventional Radiology · Suite 3 · Moderate Sedation &amp; Procedure Record · ${D(start, 'mondy')}</div>
<table class="ban"><tr><td>${N(`${p.last}, ${p.first}`)}</td><td>MRN ${phi('MRN', p.mrn)}</td><td>FIN ${phi('ACCOUNT', fin)}</td><td>DOB ${D(p.dob, 'mondy')}</td><td>${A(p.age, ' y')} F</td><td>Wt 48 kg</td><td>Accession ${phi('ID', acc)}</td></tr></table>
<p class="note"><b>Procedure:</b> US/fluoro-guided percutaneous cholecystostomy · <b>Indication:</b> acute calculous cholecystitis, poor surgical candidate (CT A/P ${D(ct, 'mdy')}) · ASA 3 · Mallampati II · NPO since 22:00 · INR 1.1 · Plt 212 · Cr 1.3 · <b>IR:</b> ${drFL(ir)} · <b>RN:</b> ${staff(rn)}</p>
<p class="note"><b>Consent:</b> signed by patient, with daughter ${N(full(dtr))} (health care agent) present; Assyrian Neo-Aramaic interpreter by video (interpreter ID 41882). Patient goes by "${N(`Nana ${p.first}`)}".</p>
<table class="log"><tr><th>Time</th><th>BP</th><th>HR</th><th>RR</th><th>SpO₂</th><th>EtCO₂</th><th>MOASS</th><th>Medication</th></tr>
${hr.map((x, i) => h`<tr><td>${hm(addMin(start, i * 5))}</td><td>${sys[i]}/${g.int(55, 85)}</td><td>${x}</td><td>${g.int(12, 20)}</td><td>${spo[i]}%</td><td>${g.int(32, 44)}</td><td>${i < 2 ? 5 : g.int(3, 4)}</td><td>${meds[i]}</td></tr>`)}</table>
<div class="tot">Device: Cook 10.2 Fr Cope-loop drainage catheter (REF G12024, LOT ${g.digits(8)}) · Fluoro 2.1 min · DAP 4.8 Gy·cm² · Specimen: bile for Gram stain/culture, specimen ${phi('ID', specimen)} · EBL minimal · Complications: none</div>
<div class="note"><b>Post-procedure:</b> drain to gravity bag; flush 10 mL NS q8h; bed rest 2 h. Home health referral for drain care at discharge — home: ${usAddr(p)}. Daughter ${N(dtr.first)} ${P(dtr.phone, 'dash')}; son ${N(full(son))} ${P(son.phone, 'dot')} (drives patient to follow-up ${D(addDays(TODAY, 14), 'mdy')}). Sedation end ${hm(addMin(start, 44))}; Aldrete 9 at ${hm(addMin(start, 75))}.</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. OR case-cart pick list; sterile-processing tray tracking with a load recall (patients assigned)

function caseCart(g: G, k: number): Screen {
  const css = BASE_CSS + '.hd{background:#37474f;color:#fff;padding:4px 8px}.pk td,.pk th{border:1px solid #bbb;font-size:11px}.pk th{background:#eceff1}.box{border:1px solid #999;margin:6px;padding:4px}.warn{color:#b71c1c;font-weight:bold}';
  const dos = addDays(TODAY, 1);
  if (k === 0) {
    const cases = Array.from({ length: 6 }, (_, i) => {
      const p = i === 0 ? pat(g, 'chamorro', 62, 88, 'female') : pat(g, g.pick(US_ORIGINS), 24, 88);
      return {
        p, caseNo: `${yy}-${g.digits(6)}`, or: `OR ${g.int(1, 14)}`, time: `${pad(7 + i)}:${g.pick(['00', '15', '30', '45'])}`, surgeon: g.provider(),
        proc: g.pick(['Arthroplasty, knee, total (R)', 'Lap cholecystectomy', 'ORIF distal radius (L)', 'Lumbar laminectomy L4-5', 'Robotic prostatectomy', 'Arthroscopy shoulder, RCR (R)', 'Hernia repair, inguinal, lap (B)']),
        status: g.pick(['Picked', 'Picked', 'Short 2', 'Pending', 'Picked — implants on loaner']),
      };
    });
    const sel = cases[0]!;
    sel.proc = 'Arthroplasty, knee, total (R)';
    const granddaughter = kin(g, 'chamorro', 'granddaughter');
    const items: [string, string, string, number, number, string][] = [
      ['104773', 'Triathlon CR femoral component, size 5, right', '5510-F-502', 1, 2, 'IMPL-03'],
      ['104812', 'Triathlon tibial baseplate, size 4', '5520-B-400', 1, 2, 'IMPL-03'],
      ['104830', 'X3 tibial insert CR, 11 mm, size 4', '5531-G-411', 1, 3, 'IMPL-04'],
      ['104855', 'Patella, symmetric, 32 mm', '5550-L-329', 1, 1, 'IMPL-04'],
      ['220418', 'Simplex P bone cement w/ tobramycin 40 g', '6197-9-010', 2, 1, 'B-14-03'],
      ['220455', 'Mixevac III cement mixer', '0306-565-000', 1, 0, 'B-14-05'],
      ['330021', 'Ioban 2 antimicrobial incise drape 6650EZ', '6650EZ', 1, 1, 'C-02-11'],
      ['330190', 'Tourniquet cuff, single, 34 in', '5921-034-235', 1, 0, 'C-06-02'],
      ['410077', 'InterPulse lavage, fan spray', '0210-010-000', 1, 0, 'D-01-09'],
      ['410301', 'Prevena incision management 13 cm', 'PRE1001US', 1, 0, 'D-03-01'],
      ['500112', 'Gloves, surgical, latex-free, 7.5 (Biogel PI)', '40875', 6, 0, 'E-11-04'],
    ];
    return {
      title: 'OR Case Cart Pick List',
      css,
      body: h`
<div class="hd"><b>Surgical Services — Case Cart Pick List</b> · Date of surgery ${D(dos, 'weekday')} · Printed ${D(TODAY, 'mdy2', '24')} by SPD (${login(g.provider())}) · Main OR</div>
<table class="pk"><tr><th>OR</th><th>Time</th><th>Case #</th><th>Patient</th><th>MRN</th><th>Procedure</th><th>Surgeon</th><th>Cart</th></tr>
${cases.map((c) => h`<tr><td>${c.or}</td><td>${c.time}</td><td>${phi('ID', c.caseNo)}</td><td>${N(LFU(c.p))}</td><td>${phi('MRN', c.p.mrn)}</td><td>${c.proc}</td><td>${c.surgeon.last}</td><td>${c.status}</td></tr>`)}</table>
<div class="box"><b>Case ${phi('ID', sel.caseNo)}</b> · ${N(full(sel.p))} · MRN ${phi('MRN', sel.p.mrn)} · DOB ${D(sel.p.dob, 'mdy')} · ${A(sel.p.age, 'y')} ${sexLetter(sel.p)} · Wt 131 kg (bariatric table) · Preference card: ${sel.surgeon.last.toUpperCase()} — TKA CR Right — v7
<div class="warn">ALLERGY: LATEX · CHLORHEXIDINE — latex-free cart, povidone-iodine prep</div>
<table class="pk"><tr><th>Item #</th><th>Description</th><th>Mfr #</th><th>Pick</th><th>Hold</th><th>Location</th><th>✓</th></tr>
${items.map(([no, desc, mfr, pick, hold, loc]) => h`<tr><td>${no}</td><td>${desc}</td><td>${mfr}</td><td>${pick}</td><td>${hold}</td><td>${loc}</td><td>☐</td></tr>`)}</table>
<p>Implant rep: Stryker (vendor credentialed, Reptrax). Loaner instrument sets: Triathlon primary 1–4, received ${D(addDays(TODAY, -1), 'md')}. Blood: type &amp; screen current; 2 units on hold.</p>
<p>Special instructions: patient is Deaf — ASL interpreter booked for pre-op holding 06:15. Husband ${N(full(sel.p.spouse))} to be called when the patient reaches PACU: ${P(sel.p.spouse.phone, 'paren')}. Patient's granddaughter ${N(full(granddaughter))} works in the OR as a scrub tech — not to be assigned to this room (patient's request).</p></div>
<footer>Cart #${g.int(10, 60)} · Picked by ______ · Checked by ______ · Form SPD-22 rev. 4</footer>`,
    };
  }
  const load = `0310-${pad(g.int(1, 9))}`;
  const trays = ['Major ortho basic', 'Small fragment set', 'Laparoscopy basic', 'Minor procedure', 'Hand tray', 'Spine instruments A', 'Major general'];
  const rows = Array.from({ length: 7 }, (_, i) => {
    const p = pat(g, i % 2 === 0 ? 'chamorro' : g.pick(US_ORIGINS), 19, 92);
    const used = at(addDays(TODAY, -2 + (i > 3 ? 1 : 0)), 7 + i, g.pick([5, 20, 35, 50]));
    return { p, tray: `T-${g.digits(6)}`, name: trays[i]!, caseNo: `${yy}-${g.digits(6)}`, used, or: `OR ${g.int(1, 14)}`, surgeon: g.provider() };
  });
  const notified = rows.slice(0, 4);
  return {
    title: 'Instrument Tracking — Load Recall',
    css,
    body: h`
<div class="hd"><b>Instrument Tracking</b> · Sterile Processing · Recall / Traceability · User ${login(g.provider())} · ${D(TODAY, 'mdy', '24')}</div>
<div class="box warn">LOAD RECALL — Steam sterilizer AMSCO 600 #3, load ${load} (cycle 4 min 270 °F prevac). Biological indicator Attest 1292 (lot 23A41B) POSITIVE at 24 h, read ${D(addDays(TODAY, -1), 'mdy', '24')}. Trays from this load used on patients below.</div>
<table class="pk"><tr><th>Tray barcode</th><th>Tray</th><th>Load</th><th>Case #</th><th>Patient</th><th>MRN</th><th>Used</th><th>Room</th><th>Surgeon</th></tr>
${rows.map((r) => h`<tr><td>${r.tray}</td><td>${r.name}</td><td>${load}</td><td>${phi('ID', r.caseNo)}</td><td>${N(LF(r.p))}</td><td>${phi('MRN', r.p.mrn)}</td><td>${D(r.used, 'mdy', '24')}</td><td>${r.or}</td><td>${r.surgeon.last}</td></tr>`)}</table>
<div class="box"><b>Infection prevention — patient follow-up list</b> (letters to address on file; phone call by Risk Management)
<table class="pk"><tr><th>Patient</th><th>DOB</th><th>Address</th><th>Phone</th><th>Status</th></tr>
${notified.map((r, i) => h`<tr><td>${N(full(r.p))}</td><td>${D(r.p.dob, 'mdy')}</td><td>${usAddr(r.p)}</td><td>${P(i === 1 ? r.p.home : r.p.cell, 'paren')}</td><td>${i === 2 ? h`Discharged to SNF (Heritage Hall) — call ${r.p.child.relation} ${N(full(r.p.child))} ${P(r.p.child.phone, 'dash')}` : 'Letter queued'}</td></tr>`)}</table></div>
<p>Root cause in progress: door gasket leak on sterilizer #3 (Bowie-Dick passed ${D(addDays(TODAY, -2), 'md')}). Sterilizer out of service; service ticket with STERIS. Quarantined: 14 trays, 22 peel packs. Prepared by SPD manager; reviewed by Infection Prevention (${g.provider().last}).</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 3. BCMA barcode-scan exception report; IV-pump auto-programming (EHR interoperability) log

const BCMA_MEDS = ['HYDROmorphone 0.5 mg/0.5 mL inj (NDC 0409-2634-01)', 'Insulin lispro 100 units/mL pen (NDC 0002-7714-01)', 'Enoxaparin 40 mg/0.4 mL syr (NDC 0075-8014-01)',
  'Metoprolol tartrate 25 mg tab (NDC 51079-0801-20)', 'Vancomycin 1.25 g/250 mL IVPB', 'Potassium chloride 20 mEq ER tab', 'Oxycodone 5 mg tab (NDC 0406-0552-62)', 'Piperacillin-tazobactam 3.375 g IVPB'];

function bcmaPump(g: G, k: number): Screen {
  const css = BASE_CSS + '.hd{background:#1a237e;color:#fff;padding:4px 8px}.rp td,.rp th{border:1px solid #c5cae9;font-size:11px}.rp th{background:#e8eaf6}.box{border:1px solid #999;margin:6px;padding:4px}pre{font:11px/1.4 monospace;background:#f6f6f6;border:1px solid #ccc;padding:4px;white-space:pre-wrap}';
  if (k === 0) {
    const exceptions = ['Wrong patient scanned', 'Wristband unreadable — manual entry', 'Medication not on profile', 'Dose early (> 60 min)', 'Override — no scan', 'Expired product', 'Wrong dose form'];
    const rows = Array.from({ length: 10 }, (_, i) => {
      const p = pat(g, g.pick(US_ORIGINS), 22, 94);
      const ex = i === 2 ? exceptions[0]! : g.pick(exceptions.slice(1));
      return { p, when: addMin(TODAY, -g.int(60, 60 * 24 * 7)), room: `5W-${g.int(501, 532)}${g.pick(['A', 'B'])}`, med: g.pick(BCMA_MEDS), ex, rn: g.provider(), other: ex === exceptions[0] ? pat(g, g.pick(US_ORIGINS), 30, 90) : undefined };
    }).sort((a, b) => b.when.getTime() - a.when.getTime());
    const wrong = rows.find((r) => r.other)!;
    return {
      title: 'BCMA Scan Exceptions',
      css,
      body: h`
<div class="hd"><b>Medication Administration — Barcode Scanning Exceptions</b> · Unit 5 West (Med/Surg) · ${D(addDays(TODAY, -7), 'mdy')} – ${D(TODAY, 'mdy')} · Run by Pharmacy Informatics</div>
<table class="rp"><tr><th>Unit</th><th>Administrations</th><th>Patient scan %</th><th>Med scan %</th><th>Overrides</th><th>Wrong-patient alerts</th></tr>
<tr><td>5 West</td><td>${g.int(2400, 3100)}</td><td>${(g.int(960, 995) / 10).toFixed(1)}%</td><td>${(g.int(950, 990) / 10).toFixed(1)}%</td><td>${g.int(12, 40)}</td><td>1</td></tr></table>
<table class="rp"><tr><th>Date/time</th><th>Room</th><th>Patient</th><th>MRN</th><th>Medication</th><th>Exception</th><th>Scanned value</th><th>User</th><th>Outcome</th></tr>
${rows.map((r) => h`<tr><td>${D(r.when, 'mdy', '24')}</td><td>${r.room}</td><td>${N(LF(r.p))}</td><td>${phi('MRN', r.p.mrn)}</td><td>${r.med}</td><td>${r.ex}</td><td>${r.other ? h`band *${phi('MRN', r.other.mrn)}*` : r.ex.startsWith('Wristband') ? 'manual: MRN typed' : `GTIN 0030${g.digits(10)}`}</td><td>${login(r.rn)}</td><td>${r.other ? 'Stopped — no dose given' : g.pick(['Given', 'Given — pharmacy notified', 'Not given', 'Given after verification'])}</td></tr>`)}</table>
<div class="box"><b>Near miss (wrong patient):</b> on ${D(wrong.when, 'month', '12', ' at ')} the RN scanned the wristband of the roommate, ${N(full(wrong.other!))} (MRN ${phi('MRN', wrong.other!.mrn)}, bed B), while giving ${wrong.med.split(' (')[0]} to ${N(full(wrong.p))} (bed A). The system alert stopped the administration. The roommate's wristband had been left on the shared overbed table after an IV restart; both patients were on the same insulin order set. Safety report filed (event type: near miss, no harm).</div>
<div class="box">Exceptions by type: wristband unreadable ${g.int(3, 8)} (printer ZD421 ribbon issue, IT ticket open) · override without scan ${g.int(2, 9)} · dose early ${g.int(1, 6)}. Compliance goal ≥ 95%. Questions: Pharmacy Informatics x3391.</div>`,
    };
  }
  const rows = Array.from({ length: 11 }, (_, i) => {
    const p = pat(g, i < 3 ? 'wordy' : g.pick(US_ORIGINS), 22, 93);
    const drug = g.pick([['Heparin 25,000 units/250 mL', '18 units/kg/h'], ['Norepinephrine 4 mg/250 mL', '0.05 mcg/kg/min'], ['Insulin regular 100 units/100 mL', '4.5 units/h'], ['Vancomycin 1.5 g/300 mL', '150 mL/h'], ['Propofol 1,000 mg/100 mL', '25 mcg/kg/min'], ['Sodium chloride 0.9% 1,000 mL', '75 mL/h'], ['Cefazolin 2 g/100 mL', '200 mL/h']] as [string, string][]);
    return { p, drug, order: `${g.digits(9)}`, when: addMin(TODAY, -g.int(5, 60 * 20)), ch: g.pick(['A', 'B', 'C', 'D']), pump: `${g.int(12, 19)}${g.digits(6)}`, result: g.pick(['Auto-programmed', 'Auto-programmed', 'Auto-programmed', 'Edited at pump (rate)', 'Rejected — exceeds hard limit', 'No association — manual']) };
  }).sort((a, b) => b.when.getTime() - a.when.getTime());
  const sel = rows[0]!;
  const ctrl = `${g.digits(12)}`;
  const hl7Name = `${sel.p.last.toUpperCase()}^${sel.p.first.toUpperCase()}${sel.p.middle ? `^${ini(sel.p.middle)}` : ''}`;
  return {
    title: 'Infusion Interoperability — Event Log',
    css,
    body: h`
<div class="hd"><b>Alaris™ EMR Interoperability</b> · Event log · ICU + Step-down · Guardrails profile: Adult ICU · ${D(TODAY, 'mondy')}</div>
<table class="rp"><tr><th>Time</th><th>Order #</th><th>Patient</th><th>MRN</th><th>Medication</th><th>Dose / rate</th><th>Ch</th><th>PCU serial</th><th>Result</th></tr>
${rows.map((r) => h`<tr><td>${D(r.when, 'mdy', 'sec')}</td><td>${phi('ID', r.order)}</td><td>${N(LFU(r.p))}</td><td>${phi('MRN', r.p.mrn)}</td><td>${r.drug[0]}</td><td>${r.drug[1]}</td><td>${r.ch}</td><td>${r.pump}</td><td>${r.result}</td></tr>`)}</table>
<div class="box"><b>Message detail</b> (outbound program request, RGV^O15) — association: wristband ${phi('MRN', sel.p.mrn)} + pump ${sel.pump} channel ${sel.ch}
<pre>MSH|^~\\&amp;|EHR|RRMC|ALARIS|RRMC|${phi('DATE', hl7ts(sel.when))}||RGV^O15^RGV_O15|${ctrl}|P|2.6
PID|||${phi('MRN', sel.p.mrn)}^^^RRMC^MR||${phi('NAME', hl7Name)}||${phi('DATE', ymdC(sel.p.dob))}|${sexLetter(sel.p)}
PV1||I|ICU^${g.int(1, 24)}^A
ORC|RE|${phi('ID', sel.order)}
RXG|1||${phi('DATE', hl7ts(sel.when))}|^${sel.drug[0]}|${sel.drug[1]}
OBX|1||PUMP_SN||${sel.pump}|||||||||||${sel.ch}</pre></div>
<p>Rejected programs go back to the nurse's worklist. Pump serials and channels belong to the biomed inventory (asset tags BME-${g.digits(5)}…). Weight used for dosing: ${g.int(50, 120)} kg (entered ${D(addDays(TODAY, -1), 'mdy')}).</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Admission medication reconciliation with outside fill history; retail-pharmacy immunization record with its IIS submission

const FILL_DRUGS: [string, number, number, string][] = [
  ['Amlodipine 10 mg tab', 30, 30, '1 tab PO daily'], ['Metformin ER 500 mg tab', 120, 30, '2 tabs PO BID with meals'], ['Lisinopril 20 mg tab', 90, 90, '1 tab PO daily'],
  ['Atorvastatin 40 mg tab', 90, 90, '1 tab PO qHS'], ['Insulin glargine 100 units/mL pen', 15, 30, '22 units SC qHS'], ['Tamsulosin 0.4 mg cap', 30, 30, '1 cap PO daily after supper'],
  ['Omeprazole 20 mg cap', 30, 30, '1 cap PO daily before breakfast'], ['Albuterol HFA 90 mcg inh', 18, 25, '2 puffs q4h PRN wheeze'], ['Hydrochlorothiazide 25 mg tab', 30, 30, '1 tab PO daily'],
  ['Gabapentin 300 mg cap', 90, 30, '1 cap PO TID'],
];
const PHARMACIES = ['CVS/pharmacy #2214 (413) 555-0107', 'Walgreens #08831 (413) 555-0151', 'Big Y Pharmacy #14 (413) 555-0168', 'Express Scripts Mail (800) 555-0116', 'Walmart Pharmacy 10-1722 (413) 555-0129'];

function medrecIis(g: G, k: number): Screen {
  const css = BASE_CSS + '.hd{background:#004d40;color:#fff;padding:4px 8px}.t td,.t th{border:1px solid #cfd8dc;font-size:11px}.t th{background:#e0f2f1}.box{border:1px solid #999;margin:6px;padding:4px}pre{font:11px/1.4 monospace;background:#f7f7f7;border:1px solid #ccc;padding:4px;white-space:pre-wrap}';
  if (k === 0) {
    const p = pat(g, 'dinka', 48, 76, 'male');
    const niece = kin(g, 'dinka', 'niece');
    const member = `${g.upper(3)}${g.digits(9)}`;
    const rxgrp = `${g.upper(4)}${g.digits(3)}`;
    const prescribers = [g.provider(), g.provider(), g.provider()];
    const fills = g.some(FILL_DRUGS, 7, 8).map((d) => {
      const last = addDays(TODAY, -g.int(4, 200));
      return { d, last, n: g.int(1, 6), pres: g.pick(prescribers), ph: g.pick(PHARMACIES), rx: `${g.int(1, 7)}${g.digits(6)}`, src: g.pick(['PBM claim', 'Pharmacy', 'PBM claim']) };
    }).sort((a, b) => b.last.getTime() - a.last.getTime());
    const actions = ['Continue', 'Continue', 'Hold', 'Discontinue', 'Continue — dose changed', 'Continue'];
    const pharmacist = g.provider();
    return {
      title: 'Medication History & Reconciliation',
      css,
      body: h`
<div class="hd"><b>Admission Medication Reconciliation</b> · ${N(LF(p))} · ${A(p.age, ' y')} ${sexLetter(p)} · DOB ${D(p.dob, 'mdy')} · MRN ${phi('MRN', p.mrn)} · 7 North 712</div>
<div class="box"><b>External medication history</b> (Surescripts, consent on file) — request matched on last name, first name, DOB and ZIP ${phi('ZIP', p.zip)} · Retrieved ${D(TODAY, 'mdy', '12')} · PBM: Express Scripts · Member ID ${phi('HEALTH_PLAN', member)} · RxBIN 003858 · PCN A4 · RxGRP ${phi('HEALTH_PLAN', rxgrp)}</div>
<table class="t"><tr><th>Medication</th><th>Qty</th><th>Days</th><th>Last fill</th><th>Fills (12 mo)</th><th>Prescriber</th><th>Pharmacy</th><th>Rx #</th><th>Source</th></tr>
${fills.map((f) => h`<tr><td>${f.d[0]}</td><td>${f.d[1]}</td><td>${f.d[2]}</td><td>${D(f.last, 'mdy')}</td><td>${f.n}</td><td>${f.pres.last}, ${f.pres.first} ${f.pres.credential}</td><td>${f.ph}</td><td>${phi('ID', f.rx)}</td><td>${f.src}</td></tr>`)}</table>
<h3>Prior-to-admission list (reconciled)</h3>
<table class="t"><tr><th>Medication</th><th>Sig</th><th>Last dose</th><th>Action</th><th>Comment</th></tr>
${fills.slice(0, 6).map((f, i) => h`<tr><td>${f.d[0]}</td><td>${f.d[3]}</td><td>${i === 1 ? 'unknown' : D(addDays(TODAY, -g.int(0, 9)), 'md')}</td><td>${actions[i]}</td><td>${i === 2 ? `Last fill ${g.int(95, 180)} days ago — likely not taking` : ''}</td></tr>`)}</table>
<div class="box"><b>Sources:</b> patient (Dinka; English limited), his niece and caregiver ${N(full(niece))} ${P(niece.phone, 'paren')}, pill bottles brought from home, PBM claims. Niece reports he stopped amlodipine "because of swelling" around ${T(`${MONTH[Mo(addDays(TODAY, -60))]} ${Y(addDays(TODAY, -60))}`)}, and takes a herbal preparation sent by his sister ${N(who(g, 'dinka', 'female').first)} from ${phi('ADDRESS', 'Juba')} (contents unknown; sample sent to pharmacy). Interpreter: Dinka, by phone.</div>
<p>Reconciled by ${provFLC({ ...pharmacist, credential: 'PharmD' })} at ${hm(addMin(TODAY, -35))}; co-signed by admitting resident. Preferred pharmacy: Walgreens #08831. Med adherence score (PDC) 0.62.</p>`,
    };
  }
  const p = pat(g, 'mien', 66, 84, 'female');
  const son = kin(g, 'mien', 'son', p.last);
  const pid = `${g.digits(8)}`;
  const order = `${g.digits(7)}`;
  const ctrl = `RX4471-${g.digits(6)}`;
  const iis = `${g.digits(10)}`;
  const given = at(TODAY, 14, 52);
  given.setUTCSeconds(g.int(0, 59));
  const lots = [`${g.upper(1)}${g.digits(1)}${g.upper(1)}${g.digits(2)}`, `${g.digits(6)}`];
  const exp1 = addDays(TODAY, g.int(120, 500));
  const exp2 = addDays(TODAY, g.int(60, 300));
  const vis1 = new Date('2023-02-04T00:00:00Z');
  const vis2 = new Date('2024-08-06T00:00:00Z');
  const prior = addDays(TODAY, -g.int(60, 150));
  const phoneHome = p.home;
  const rph = g.provider();
  const ML = 'ACDEFGHJKMNPQRTUVWXY';
  const mbiCard = `${g.int(1, 9)}${g.letters(2, ML)}${g.int(0, 9)}-${g.letters(2, ML)}${g.int(0, 9)}-${g.letters(2, ML)}${g.digits(2)}`;
  const hl7Name = `${p.last.toUpperCase()}^${p.first.toUpperCase()}`;
  const kinName = `${son.last.toUpperCase()}^${son.first.toUpperCase()}`;
  const street = p.street.toUpperCase();
  const city = p.city.toUpperCase();
  return {
    title: 'Rx Immunizations — Administration',
    css,
    body: h`
<div class="hd"><b>Pharmacy Immunizations</b> · Store #4471 · Clinical services · Pharmacist ${staff(rph)}, RPh · ${D(TODAY, 'mdy', '12')}</div>
<table class="t"><tr><th>Patient</th><td>${N(LF(p))}</td><th>Pharmacy patient #</th><td>${phi('MRN', pid)}</td><th>DOB</th><td>${D(p.dob, 'mdy')}</td></tr>
<tr><th>Address</th><td colspan="3">${usAddr(p)}</td><th>Phone</th><td>${P(phoneHome, 'paren')}</td></tr>
<tr><th>Medicare (MBI)</th><td>${phi('HEALTH_PLAN', mbiCard)}</td><th>Part D plan</th><td>SilverScript Choice · ID ${phi('HEALTH_PLAN', `${g.upper(1)}${g.digits(10)}`)}</td><th>Language</th><td>Iu Mien</td></tr></table>
<div class="box">Screening questionnaire answered with son ${N(full(son))} interpreting (${P(son.phone, 'dash')}): no fever, no severe reaction to a prior dose, not immunocompromised, no Guillain-Barré. Prior dose 1 RZV ${D(prior, 'mdy')} at this store.</div>
<table class="t"><tr><th>Vaccine</th><th>CVX</th><th>MVX</th><th>Lot</th><th>Exp</th><th>Dose</th><th>Route / site</th><th>VIS</th><th>Given</th></tr>
<tr><td>Shingrix (zoster recombinant) — dose 2</td><td>187</td><td>SKB</td><td>${lots[0]}</td><td>${D(exp1, 'mdy')}</td><td>0.5 mL</td><td>IM L deltoid</td><td>${D(vis1, 'mdy')}</td><td>${D(given, 'mdy', '24')}</td></tr>
<tr><td>Prevnar 20 (PCV20)</td><td>216</td><td>PFR</td><td>${lots[1]}</td><td>${D(exp2, 'mdy')}</td><td>0.5 mL</td><td>IM R deltoid</td><td>${D(vis2, 'mdy')}</td><td>${D(addMin(given, 2), 'mdy', '24')}</td></tr></table>
<div class="box"><b>State IIS submission preview</b> (HL7 2.5.1 VXU^V04) — status: queued
<pre>MSH|^~\\&amp;|RXPHARM|STORE4471|MIIS|MADPH|${phi('DATE', `${hl7ts(given)}-0500`)}||VXU^V04^VXU_V04|${ctrl}|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS
PID|1||${phi('MRN', pid)}^^^RXPHARM^PI||${phi('NAME', hl7Name)}^^^^L||${phi('DATE', ymdC(p.dob))}|F||2028-9^Asian^CDCREC|${phi('ADDRESS', street)}^^${phi('ADDRESS', city)}^${p.state}^${phi('ZIP', p.zip)}^^L||^PRN^PH^^^${phi('PHONE', phoneHome.area)}^${phi('PHONE', `${phoneHome.exchange}${phoneHome.line}`)}
PD1|||||||||||02^Reminder/Recall - any method^HL70215|N|${phi('DATE', ymdC(TODAY))}|||A|${phi('DATE', ymdC(prior))}
NK1|1|${phi('NAME', kinName)}|CHD^Child^HL70063
ORC|RE||${phi('ID', order)}^RXPHARM
RXA|0|1|${phi('DATE', hl7ts(given))}|${phi('DATE', hl7ts(given))}|187^Zoster recombinant^CVX|0.5|mL^mL^UCUM||00^New record^NIP001|||||||${lots[0]}||SKB^GSK^MVX|||CP|A
RXR|C28161^IM^NCIT|LD^Left Deltoid^HL70163
OBX|1|CE|64994-7^Vaccine fund pgm elig cat^LN|1|V01^Not VFC eligible^HL70064||||||F|||${phi('DATE', ymdC(given))}
OBX|2|TS|29768-9^VIS publication date^LN|1|${phi('DATE', ymdC(vis1))}||||||F</pre>
Last response: ACK AA · IIS client ID ${phi('ID', iis)} · 0 errors · 1 informational (county of residence missing).</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Patient-portal proxy-access administration; EMPI merge / unmerge audit report

function portalMpi(g: G, k: number): Screen {
  const css = BASE_CSS + '.hd{background:#4a148c;color:#fff;padding:4px 8px}.t td,.t th{border:1px solid #d1c4e9;font-size:11px}.t th{background:#ede7f6}.box{border:1px solid #999;margin:6px;padding:4px}.muted{color:#777}';
  if (k === 0) {
    const p = pat(g, 'wordy', 14, 16);
    const mom = kin(g, 'wordy', 'mother', p.last);
    const dad = kin(g, 'wordy', 'father', g.chance(0.5) ? p.last : undefined);
    const gma = kin(g, 'wordy', 'grandmother');
    const step = kin(g, 'wordy', 'stepmother', dad.last);
    const user = `${ascii(p.first)}${ascii(p.last)}${Y(p.dob) % 100}`;
    const momUser = `${ascii(mom.first)}.${ascii(mom.last)}`;
    const momMrn = g.digits(8);
    const code = `${g.upper(4)}-${g.upper(2)}${g.digits(2)}-${g.upper(4)}`;
    const lastLogin = addMin(TODAY, -g.int(60, 3000));
    const granted = addDays(p.dob, g.int(3, 30));
    const revoked = addDays(TODAY, -g.int(30, 200));
    const docket = `${Number(yy) - 1}W${g.digits(4)}`;
    const twelfth = new Date(Date.UTC(Y(p.dob) + 12, Mo(p.dob), Dd(p.dob)));
    const eighteenth = new Date(Date.UTC(Y(p.dob) + 18, Mo(p.dob), Dd(p.dob)));
    const dl = `S${g.digits(8)}`;
    const req = addDays(TODAY, -2);
    return {
      title: 'MyChart Proxy Access — Administration',
      css,
      body: h`
<div class="hd"><b>MyChart Administration</b> · Proxy access · Health Information Management · ${login(g.provider())}</div>
<table class="t"><tr><th>Patient</th><td>${N(full(p))}</td><th>MRN</th><td>${phi('MRN', p.mrn)}</td><th>DOB</th><td>${D(p.dob, 'mdy')}</td><th>Age</th><td>${p.age} (adolescent policy applies)</td></tr>
<tr><th>Portal user name</th><td>${phi('ID', user)}</td><th>E-mail</th><td>${phi('EMAIL', p.email)}</td><th>Status</th><td>Active</td><th>Last login</th><td>${D(lastLogin, 'mdy', '12')} from ${phi('IP', ip4(g))}</td></tr></table>
<h3>Proxies</h3>
<table class="t"><tr><th>Proxy</th><th>Relationship</th><th>Access</th><th>Proxy's own MRN</th><th>User name</th><th>Granted</th><th>Ends</th><th>Identity verified</th><th>Status</th></tr>
<tr><td>${N(full(mom))}</td><td>Mother</td><td>Adolescent (limited) — full until ${D(twelfth, 'mdy')}</td><td>${phi('MRN', momMrn)}</td><td>${phi('ID', momUser)}</td><td>${D(granted, 'mdy')}</td><td>${D(eighteenth, 'mdy')}</td><td>In person, MA license ${phi('DRIVERS_LICENSE', dl)}</td><td>Active</td></tr>
<tr><td>${N(full(dad))}</td><td>Father</td><td>Adolescent (limited)</td><td>—</td><td>—</td><td>${D(granted, 'mdy')}</td><td>${D(revoked, 'mdy')}</td><td>Form on file</td><td>Revoked — custody order (Probate &amp; Family Court docket ${phi('ID', docket)})</td></tr>
<tr><td>${N(full(gma))}</td><td>Grandmother</td><td>Billing only</td><td>—</td><td>—</td><td>${D(addDays(TODAY, -g.int(200, 900)), 'mdy')}</td><td>—</td><td>Notarized form</td><td>Active</td></tr></table>
<div class="box"><b>Pending request</b> — ${N(full(step))} (stepmother) requested proxy access on ${D(req, 'mdy')}; form uploaded as ProxyForm_${N(step.last)}_${T(ymdC(req))}.pdf. <span class="muted">Cannot approve: requester is not a legal guardian; father's access is revoked. Send denial letter to ${usAddr(usPlace(g))}.</span></div>
<div class="box"><b>Invite mother to re-link</b> — one-time activation code ${phi('ID', code)} (expires ${D(addDays(TODAY, 30), 'mdy')}); sent by text to ${P(mom.phone, 'dash')}.</div>
<div class="box"><b>Confidential adolescent note:</b> patient asked (visit ${D(addDays(TODAY, -9), 'mdy')}) that results of sensitive tests not be shown to proxies. Confidential flag set on 2 results; proxies see "This result is not available".</div>
<h3>Audit</h3>
<table class="t"><tr><th>When</th><th>User</th><th>Action</th></tr>
<tr><td>${D(addMin(TODAY, -42), 'mdy', 'sec')}</td><td>${login(g.provider())}</td><td>Viewed proxy list</td></tr>
<tr><td>${D(revoked, 'mdy', 'sec')}</td><td>${login(g.provider())}</td><td>Revoked proxy (court order scanned: CustodyOrder_${N(dad.last)}.pdf)</td></tr></table>`,
    };
  }
  const reasons = ['Duplicate — registration typo', 'Duplicate — newborn renamed', 'Duplicate — alias', 'Duplicate — maiden name', 'Overlay corrected', 'Unmerge — twins merged in error', 'Duplicate — transposed DOB'];
  const events = Array.from({ length: 9 }, (_, i) => {
    const origin: Origin = i % 3 === 0 ? 'mien' : i % 3 === 1 ? 'wordy' : g.pick(US_ORIGINS);
    const reason = reasons[i % reasons.length]!;
    const baby = reason.includes('newborn') || reason.includes('twins');
    const p = pat(g, origin, baby ? 0 : 18, baby ? 0 : 92, baby ? 'female' : undefined);
    let other = p.first;
    let otherLast = p.last;
    let otherDob = p.dob;
    if (reason.includes('typo')) other = p.first.length > 4 ? p.first.slice(0, -1) : `${p.first}e`;
    if (reason.includes('newborn')) other = 'Baby Girl';
    if (reason.includes('alias')) other = g.pick(POOLS[origin].f.concat(POOLS[origin].m).filter((x) => x !== p.first));
    if (reason.includes('maiden')) otherLast = g.pick(POOLS[origin].last);
    if (reason.includes('transposed')) otherDob = new Date(Date.UTC(Y(p.dob), Dd(p.dob) <= 12 ? Dd(p.dob) - 1 : Mo(p.dob), Dd(p.dob) <= 12 ? Mo(p.dob) + 1 : Dd(p.dob)));
    if (origin === 'mien' && reason.includes('typo')) otherLast = p.last.replace('Sae', 'Sae ');
    return {
      p, origin, reason, other, otherLast, otherDob, when: addMin(TODAY, -g.int(60, 60 * 24 * 28)), survivor: g.digits(8), retired: g.digits(8), eid: `E${g.digits(9)}`,
      ssn4: p.ssn.slice(-4), score: g.int(18, 29), tech: g.provider(), action: reason.startsWith('Unmerge') ? 'UNMERGE' : reason.startsWith('Overlay') ? 'OVERLAY-FIX' : 'MERGE',
    };
  }).sort((a, b) => b.when.getTime() - a.when.getTime());
  const tw = events.find((e) => e.action === 'UNMERGE')!;
  const twinA = `Baby Girl A ${tw.p.last}`;
  const twinB = `Baby Girl B ${tw.p.last}`;
  const ov = events.find((e) => e.action === 'OVERLAY-FIX')!;
  const ovOther = pat(g, 'wordy', 30, 80);
  const survivorName = (e: (typeof events)[number]) => (e.action === 'UNMERGE' ? twinA.toUpperCase() : LFU(e.p));
  const retiredName = (e: (typeof events)[number]) => (e.action === 'UNMERGE' ? twinB.toUpperCase() : e.action === 'OVERLAY-FIX' ? LFU(ovOther) : `${e.otherLast.toUpperCase()}, ${e.other.toUpperCase()}`);
  const retiredDob = (e: (typeof events)[number]) => (e.action === 'OVERLAY-FIX' ? ovOther.dob : e.otherDob);
  const twMom = kin(g, tw.origin, 'mother', tw.p.last);
  const twDad = kin(g, tw.origin, 'father', tw.p.last);
  return {
    title: 'EMPI — Merge / Unmerge Audit',
    css,
    body: h`
<div class="hd"><b>Enterprise Master Patient Index</b> · Audit report: merges, unmerges, overlay corrections · ${D(addDays(TODAY, -28), 'mdy')} to ${D(TODAY, 'mdy')} · Data Integrity team</div>
<p>${events.length} events · duplicate rate 0.8% · match algorithm: probabilistic, auto-link threshold 24, review 18–23 (scores are weights, not identifiers).</p>
<table class="t"><tr><th>Event time</th><th>Action</th><th>EID</th><th>Surviving MRN</th><th>Surviving name</th><th>Retired MRN</th><th>Retired name</th><th>DOB (retired)</th><th>SSN-4</th><th>Score</th><th>User</th><th>Reason</th></tr>
${events.map((e) => h`<tr><td>${D(e.when, 'mdy', '24')}</td><td>${e.action}</td><td>${phi('MRN', e.eid)}</td><td>${phi('MRN', e.survivor)}</td><td>${N(survivorName(e))}</td><td>${phi('MRN', e.retired)}</td><td>${N(retiredName(e))}</td><td>${D(retiredDob(e), 'mdy')}</td><td>${phi('SSN', e.ssn4)}</td><td>${e.score}</td><td>${login(e.tech)}</td><td>${e.reason}</td></tr>`)}</table>
<div class="box"><b>Unmerge detail</b> — twins ${N(twinA)} and ${N(twinB)} (born ${D(tw.p.dob, 'mdy')}) were merged in error on ${D(addDays(tw.when, -3), 'mdy')}; unmerged ${D(tw.when, 'mdy', '24')}. 14 results and 2 immunizations re-filed to ${N(twinB)} (MRN ${phi('MRN', tw.retired)}). Parents ${N(full(twMom))} and ${N(twDad.first)} informed by the nursery manager.</div>
<div class="box"><b>Overlay correction</b> — an ED visit of ${N(full(ovOther))} (DOB ${D(ovOther.dob, 'mdy')}) was filed to ${N(full(ov.p))}'s chart (MRN ${phi('MRN', ov.survivor)}) at registration; 3 documents and 1 encounter (account ${phi('ACCOUNT', ovOther.account)}) moved. Privacy office case PRV-${yy}-0117 opened; disclosure assessment pending.</div>
<p class="muted">Report ID DI-${yy}-${g.digits(4)} · Confidential · Page 1 of 1</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 6. Good-faith estimate letter (self-pay, No Surprises Act); payer Explanation of Benefits (PDF text)

function estimateEob(g: G, k: number): Screen {
  const css = BASE_CSS + '.let{max-width:760px;margin:12px;font:13px/1.5 Georgia,serif}.lh{border-bottom:2px solid #333;margin-bottom:8px}.t td,.t th{border:1px solid #bbb;font-size:12px}.t th{background:#f0f0f0}pre{font:11.5px/1.35 "Courier New",monospace;margin:8px}';
  if (k === 0) {
    const p = pat(g, 'basque', 28, 64, 'female');
    const gfe = `GFE-${yy}${g.digits(6)}`;
    const acct = g.digits(9);
    const sched = at(addDays(TODAY, g.int(12, 30)), 7, 30);
    const prepared = g.provider();
    const lines: [string, string, string, number, number][] = [
      ['Riverside Regional Medical Center (facility)', 'Hospital outpatient surgery, level 3', 'C1713 / 47562', 1, g.int(1_250_000, 1_620_000)],
      ['Riverside Regional Medical Center (facility)', 'Pre-op labs: CBC, CMP, hCG', '85025, 80053, 84703', 1, g.int(18_000, 29_000)],
      ['Valley Anesthesia Associates', 'Anesthesia, lap cholecystectomy (base 7 + time)', '00790', 1, g.int(160_000, 240_000)],
      ['Pioneer Valley Pathology', 'Surgical pathology, gallbladder', '88304', 1, g.int(14_000, 22_000)],
      ['Dr. ' + g.provider().last + ' (surgeon, Surgical Associates PC)', 'Laparoscopic cholecystectomy', '47562', 1, g.int(210_000, 320_000)],
    ];
    const total = lines.reduce((s, l) => s + l[4], 0);
    return {
      title: 'Good Faith Estimate',
      css,
      body: h`
<div class="let"><div class="lh"><b>Riverside Regional Medical Center</b> · Patient Financial Services · 400 Lakeview Blvd, Springfield, MA 01104 · (413) 555-0190 · riversideregional.org/estimates</div>
<p>${D(TODAY, 'month')}</p>
<p>${N(full(p))}<br>${phi('ADDRESS', streetLine(p))}<br>${phi('ADDRESS', p.city)}, ${p.state} ${phi('ZIP', p.zip)}</p>
<p><b>Good Faith Estimate for Health Care Items and Services</b><br>Estimate number: ${phi('ID', gfe)} · Patient: ${N(full(p))} · Date of birth: ${D(p.dob, 'mdy')} · Patient account: ${phi('ACCOUNT', acct)}</p>
<p>Dear ${N(`${p.prefix} ${p.last}`)}: You are receiving this Good Faith Estimate because you told us you are not enrolled in a health plan or will not use your coverage for this service. Scheduled service: laparoscopic cholecystectomy on ${D(sched, 'weekday')} (arrive 5:30 AM). Primary diagnosis: K80.20 (calculus of gallbladder without obstruction).</p>
<table class="t"><tr><th>Provider / facility</th><th>Service</th><th>Service code</th><th>Qty</th><th>Estimated cost</th></tr>
${lines.map((l) => h`<tr><td>${l[0]}</td><td>${l[1]}</td><td>${l[2]}</td><td>${l[3]}</td><td>${money(l[4])}</td></tr>`)}
<tr><td colspan="4"><b>Total estimated cost</b></td><td><b>${money(total)}</b></td></tr></table>
<p>Self-pay discount (40%) is already applied. Not included: post-operative medications, a hospital stay if needed, treatment of complications. If you are billed for more than $400 above this estimate, you have the right to dispute the bill within 120 calendar days: call 1-800-985-3059 or visit cms.gov/nosurprises. Keep a copy of this Good Faith Estimate.</p>
<p>Financial assistance may be available: ask for an application or call (413) 555-0193. Spanish and Basque-speaking counselors available on request (your preferred language on file: Euskara).</p>
<p>Prepared by ${staff(prepared)}, Patient Access Specialist, on ${D(TODAY, 'mdy')} · valid until ${D(addDays(TODAY, 90), 'mdy')} · copy sent to ${N(full(p.spouse))} (spouse, guarantor) at ${phi('EMAIL', mailFor(g, p.spouse.first, p.spouse.last))}.</p></div>`,
    };
  }
  const sub = pat(g, 'wordy', 34, 58, 'male');
  const dep = who(g, 'wordy', 'female', sub.last);
  const depDob = born(g, 6, 15);
  const member = `${g.upper(3)}${g.digits(9)}`;
  const group = `${g.digits(6)}-${g.digits(3)}`;
  const claim = `${yy}${g.digits(11)}`;
  const pacct = `${g.digits(7)}A`;
  const dos = addDays(TODAY, -g.int(20, 45));
  const rec = addDays(dos, g.int(3, 8));
  const proc = addDays(rec, g.int(5, 14));
  const check = `${g.digits(10)}`;
  const rows: [string, string, number, number, number, number, number][] = [
    ['Office visit, est., moderate', '99214', 24_500, 13_822, 0, 3_000, 0],
    ['Influenza A/B + RSV PCR', '87637', 28_900, 9_811, 0, 0, 1_962],
    ['Chest X-ray, 2 views', '71046', 19_600, 4_188, 0, 0, 838],
    ['Nebulizer treatment', '94640', 6_500, 1_644, 0, 0, 329],
  ];
  const cols = (s: string, w: number) => s.padEnd(w).slice(0, w);
  const amt = (c: number) => (c / 100).toFixed(2).padStart(10);
  const lineOf = (r: [string, string, number, number, number, number, number]) => {
    const paid = r[3] - r[4] - r[5] - r[6];
    return `${cols(r[0], 32)}${cols(r[1], 7)}${amt(r[2])}${amt(r[3])}${amt(r[4])}${amt(r[5])}${amt(r[6])}${amt(paid)}  `;
  };
  const tot = rows.reduce((s, r) => s + r[3] - r[4] - r[5] - r[6], 0);
  const owe = rows.reduce((s, r) => s + r[4] + r[5] + r[6], 0);
  const a = usPlace(g);
  return {
    title: 'EOB_' + ymdC(proc) + '.pdf',
    css,
    body: h`
<pre>Tufts Health Plan                                           EXPLANATION OF BENEFITS
P.O. Box 9185, Watertown, MA 02471                          THIS IS NOT A BILL
Member Services 1-800-555-0139 · tuftshealthplan.com/member

${N(full(sub).toUpperCase())}                                            Statement date: ${D(proc, 'mdy')}
${phi('ADDRESS', a.street.toUpperCase())}                                    Member ID: ${phi('HEALTH_PLAN', member)}
${phi('ADDRESS', a.city.toUpperCase())} ${a.state} ${phi('ZIP', a.zip)}                                 Group: ${phi('HEALTH_PLAN', group)}

Patient: ${N(`${dep.first.toUpperCase()} ${dep.last.toUpperCase()}`)} (dependent)   Date of birth: ${D(depDob, 'mdy')}
Provider: VALLEY PEDIATRICS PC                Claim number: ${phi('ID', claim)}
Patient account no.: ${phi('ACCOUNT', pacct)}           Service date(s): ${D(dos, 'mdy')}
Received: ${D(rec, 'mdy')}    Processed: ${D(proc, 'mdy')}

Service                         Code       Billed   Allowed   Deduct.     Copay    Coins. Plan paid
${rows.map((r) => lineOf(r) + '\n')}
TOTALS                                             ${amt(rows.reduce((s, r) => s + r[3], 0))}                                  ${amt(tot)}

YOUR SHARE: $${(owe / 100).toFixed(2)}   (copay $30.00 · coinsurance 20% after deductible)
Deductible (family): $1,450.00 of $3,000.00 met · Out-of-pocket: $2,118.40 of $7,000.00
Plan paid provider by check no. ${check} on ${D(addDays(proc, 1), 'mdy')}.
Remark PR-3: copayment amount. MA130: claim submitted with incomplete info — none.

To appeal, write within 180 days of this notice (by ${D(addDays(proc, 180), 'mdy')}).
Page 1 of 2                                    Form EOB-C rev C</pre>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 7. Collections-agency placement file (fixed-width text); financial-assistance (charity care) application review

/** A fixed-width field: the value (cut to width) marked with its type, padded with blanks. */
function fw(type: PhiType | null, value: string, width: number): Html {
  const v = value.slice(0, width).trimEnd();
  const pads = ' '.repeat(width - v.length);
  return h`${v.length === 0 ? '' : type ? phi(type, v) : v}${pads}`;
}

function collections(g: G, k: number): Screen {
  const css = BASE_CSS + '.hd{background:#3e2723;color:#fff;padding:4px 8px}pre{font:11px/1.45 "Courier New",monospace;background:#fbfaf6;border:1px solid #ccc;padding:6px;overflow:auto}.t td,.t th{border:1px solid #d7ccc8;font-size:11px}.t th{background:#efebe9}.box{border:1px solid #999;margin:6px;padding:4px}';
  if (k === 0) {
    const batch = `0${g.int(400, 499)}`;
    const origins: Origin[] = ['capeverdean', 'wordy', 'amish', 'capeverdean', 'wordy', 'basque', 'capeverdean', 'congolese'];
    const recs = origins.map((o, i) => {
      const p = pat(g, o, 22, 78);
      const self = i % 3 !== 1;
      const patient = self ? undefined : who(g, o, undefined, p.last);
      const zip = g.chance(0.5) ? `${p.zip}-${g.digits(4)}` : p.zip;
      const lastPay = g.chance(0.6) ? addDays(TODAY, -g.int(90, 400)) : undefined;
      return {
        p, patient, zip, lastPay, acct: g.digits(10), bal: g.int(18_000, 1_240_000), dos: addDays(TODAY, -g.int(180, 540)), agency: `CRG${g.digits(8)}`,
        employer: g.pick(['', 'STOP AND SHOP', 'UMASS MEMORIAL', 'SELF-EMPLOYED', 'TOWN OF LUDLOW', '', 'BJS WHOLESALE']),
        status: g.pick(['Accepted', 'Accepted', 'Accepted', 'Rejected — guarantor deceased (SSA DMF)', 'Accepted — skip trace requested', 'Rejected — bankruptcy (ch. 7)']),
      };
    });
    const total = recs.reduce((s, r) => s + r.bal, 0);
    const line = (r: (typeof recs)[number]) => h`D ${fw('ACCOUNT', r.acct, 12)} ${fw('NAME', r.p.last.toUpperCase(), 16)} ${fw('NAME', r.p.first.toUpperCase(), 12)} ${fw(r.p.middle ? 'NAME' : null, r.p.middle ? ini(r.p.middle) : '', 1)} ${fw('SSN', r.p.ssn.replace(/-/g, ''), 9)} ${fw('DATE', ymdC(r.p.dob), 8)} ${fw('ADDRESS', streetLine(r.p).toUpperCase(), 26)} ${fw('ADDRESS', r.p.city.toUpperCase(), 16)} ${r.p.state} ${fw('ZIP', r.zip, 10)} ${fw('PHONE', `${r.p.cell.area}${r.p.cell.exchange}${r.p.cell.line}`, 10)} ${pad(r.bal, 9)} ${r.lastPay ? fw('DATE', ymdC(r.lastPay), 8) : '00000000'} ${fw('DATE', ymdC(r.dos), 8)} ${r.patient ? fw('NAME', `${r.patient.last} ${r.patient.first}`.toUpperCase(), 24) : fw(null, 'SAME', 24)} ${fw(null, r.employer, 16)}\n`;
    return {
      title: 'Bad Debt Placement — File Viewer',
      css,
      body: h`
<div class="hd"><b>Patient Accounting</b> · Bad-debt placement · File RRMC_PLACE_${T(ymdC(TODAY))}.txt · Agency: Commonwealth Recovery Group (client 4471) · Sent via SFTP ${hm(at(TODAY, 2, 10))}</div>
<pre>HDR RRMC      ${T(ymdC(TODAY))} PLACEMENT BATCH ${batch} CLIENT 4471 COMMONWEALTH RECOVERY GRP  V2.3
C ACCOUNT      GUAR-LAST        GUAR-FIRST   M SSN       DOB      ADDRESS-1                  CITY             ST ZIP        PHONE      BALANCE   LAST-PAY DOS      PATIENT                  EMPLOYER
${recs.map(line)}TRL ${pad(recs.length, 6)} RECORDS TOTAL ${pad(total, 11)}</pre>
<h3>Agency acknowledgment (${T(`${fd(TODAY, 'mdy')} 06:40`)})</h3>
<table class="t"><tr><th>Hospital account</th><th>Guarantor</th><th>Agency account</th><th>Status</th><th>Balance</th></tr>
${recs.map((r) => h`<tr><td>${phi('ACCOUNT', r.acct)}</td><td>${N(LF(r.p))}</td><td>${phi('ACCOUNT', r.agency)}</td><td>${r.status}</td><td>${money(r.bal)}</td></tr>`)}</table>
<div class="box">Placement rules: balance ≥ $50, 120+ days from first statement, 3 statements and a final notice sent, financial-assistance screening done (presumptive score below 400 → not placed). Accounts with an open charity application or a payment plan are excluded. Credit reporting not before 365 days. Total placed ${money(total)}.</div>`,
    };
  }
  const p = pat(g, 'congolese', 32, 48);
  const kids = [who(g, 'congolese', 'female', p.last), who(g, 'congolese', 'male', p.last), who(g, 'congolese', 'female', p.last)];
  const kidDob = [born(g, 14, 17), born(g, 8, 12), born(g, 2, 6)];
  const spouseDob = born(g, 30, 50);
  const aNo = `A${g.digits(9)}`;
  const bank = g.digits(4);
  const accts = Array.from({ length: 4 }, () => ({ acct: g.digits(10), dos: addDays(TODAY, -g.int(10, 240)), fac: g.pick(['Riverside Regional — ED', 'Riverside Regional — inpatient', 'Riverside Imaging Center', 'Riverside Pediatrics']), bal: g.int(9_000, 2_400_000) }));
  const received = addDays(TODAY, -g.int(5, 15));
  const stubs = [addDays(TODAY, -g.int(20, 26)), addDays(TODAY, -g.int(6, 12))];
  const counselor = g.provider();
  const monthly = g.int(2400, 3400);
  return {
    title: 'Financial Assistance — Application Review',
    css,
    body: h`
<div class="hd"><b>Financial Assistance Program</b> · Application ${phi('ID', `FA-${yy}-${g.digits(5)}`)} · Received ${D(received, 'mdy')} · Counselor ${staff(counselor)}</div>
<table class="t"><tr><th>Applicant</th><td>${N(full(p))}</td><th>DOB</th><td>${D(p.dob, 'mdy')}</td><th>SSN</th><td>none — USCIS A-Number ${phi('ID', aNo)} (asylum pending)</td></tr>
<tr><th>Address</th><td colspan="3">${usAddr(p)}</td><th>Phone</th><td>${P(p.cell, 'paren')} · ${phi('EMAIL', p.email)}</td></tr>
<tr><th>Language</th><td>French, Lingala</td><th>Household size</th><td>5</td><th>Insurance</th><td>none (MassHealth application pending)</td></tr></table>
<h3>Household</h3>
<table class="t"><tr><th>Name</th><th>Relationship</th><th>DOB</th><th>Age</th><th>Income source</th><th>Monthly gross</th></tr>
<tr><td>${N(full(p))}</td><td>Self</td><td>${D(p.dob, 'mdy')}</td><td>${p.age}</td><td>Amazon Fulfillment Center (warehouse associate)</td><td>$${monthly.toLocaleString('en-US')}</td></tr>
<tr><td>${N(full(p.spouse))}</td><td>Spouse</td><td>${D(spouseDob, 'mdy')}</td><td>${ageNow(spouseDob)}</td><td>Home health aide — BrightStar Care</td><td>$${g.int(900, 1600).toLocaleString('en-US')}</td></tr>
${kids.map((c, i) => h`<tr><td>${N(full(c))}</td><td>${c.sex === 'female' ? 'Daughter' : 'Son'}</td><td>${D(kidDob[i]!, 'mdy')}</td><td>${ageNow(kidDob[i]!)}</td><td>—</td><td>—</td></tr>`)}</table>
<p>Household income ${g.int(136, 190)}% of the Federal Poverty Guideline (family of 5). Assets below the limit. Presumptive eligibility score 512 (vendor model; not an identifier).</p>
<h3>Documents</h3>
<ul><li>Pay stubs dated ${D(stubs[0]!, 'mdy')} and ${D(stubs[1]!, 'mdy')}</li><li>Bank statement, Navy Federal checking, account ending ${phi('ACCOUNT', bank)}</li><li>I-589 receipt notice (asylum application) — copy</li><li>Lease, ${usAddr(p)} — landlord letter (rent $1,650)</li></ul>
<h3>Accounts under review</h3>
<table class="t"><tr><th>Account</th><th>Service date</th><th>Facility</th><th>Balance</th></tr>
${accts.map((a) => h`<tr><td>${phi('ACCOUNT', a.acct)}</td><td>${D(a.dos, 'mdy')}</td><td>${a.fac}</td><td>${money(a.bal)}</td></tr>`)}</table>
<div class="box"><b>Decision:</b> approved — 100% adjustment (Tier 1), eligibility ${D(addDays(received, -240), 'mdy')} through ${D(addDays(received, 125), 'mdy')}. Letter in French mailed; daughter ${N(kids[0]!.first)} helped complete the form. Collection activity stopped on all listed accounts.</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 8. Interpreter-services request queue; patient-transport (porter) dispatch board

function interpTransport(g: G, k: number): Screen {
  const css = BASE_CSS + '.hd{background:#00695c;color:#fff;padding:4px 8px}.q td,.q th{border-bottom:1px solid #ddd;font-size:11.5px}.q th{text-align:left;background:#e0f2f1}.stat{background:#c62828;color:#fff;padding:0 4px;border-radius:3px}.box{border:1px solid #999;margin:6px;padding:4px}';
  if (k === 0) {
    const langs: [Origin, string][] = [['marshallese', 'Marshallese'], ['dinka', 'Dinka'], ['congolese', 'Swahili'], ['mien', 'Iu Mien'], ['montagnard', 'Rhade (Êđê)'], ['capeverdean', 'Cape Verdean Creole'], ['assyrian', 'Assyrian (Sureth)'], ['wordy', 'ASL'], ['marshallese', 'Marshallese'], ['congolese', 'Lingala']];
    const rows = langs.map(([o, lang], i) => {
      const p = pat(g, o, 18, 91);
      const when = at(TODAY, 8 + i, g.pick([0, 15, 30, 45]));
      return {
        p, lang, when, req: `IR-${g.digits(6)}`, mode: g.pick(['In person', 'In person', 'VRI', 'OPI']), loc: g.pick(['4 East 412', 'ED 17', 'L&D Triage', 'Dialysis chair 6', 'Oncology infusion 3', 'Pre-op holding', 'Clinic B room 9']),
        enc: g.pick(['Discharge teaching', 'Consent — surgery', 'Family meeting', 'OB visit', 'Medication teaching', 'Goals of care']), who: g.pick([`${staff(g.provider())} (staff)`, 'Vendor — CyraCom', 'Vendor — Certified Languages', 'Unassigned']),
        status: g.pick(['Confirmed', 'Pending', 'In progress', 'Completed', 'No interpreter available — vendor searched']),
      };
    });
    const sel = rows[0]!;
    sel.p.city = 'Springdale';
    sel.p.state = 'AR';
    sel.p.zip = `7276${g.int(2, 4)}`;
    const son = kin(g, 'marshallese', 'son', sel.p.last);
    while (son.first === sel.p.first) son.first = who(g, 'marshallese', 'male').first;
    const dtr = who(g, 'marshallese', 'female', sel.p.last);
    const dil = kin(g, 'marshallese', 'daughter-in-law');
    return {
      title: 'Interpreter Services — Request Queue',
      css,
      body: h`
<div class="hd"><b>Interpreter Services</b> · Request queue · ${D(TODAY, 'weekday')} · Staff on shift: Spanish 4, Portuguese 2, ASL 1, Arabic 1 · Vendor lines: VRI / OPI</div>
<table class="q"><tr><th>Request</th><th>Needed</th><th>Language</th><th>Mode</th><th>Location</th><th>Patient</th><th>MRN</th><th>Encounter</th><th>Interpreter</th><th>Status</th></tr>
${rows.map((r) => h`<tr><td>${phi('ID', r.req)}</td><td>${T(`${fd(r.when, 'md')} ${hm(r.when)}`)}</td><td>${r.lang}</td><td>${r.mode}</td><td>${r.loc}</td><td>${N(LF(r.p))}</td><td>${phi('MRN', r.p.mrn)}</td><td>${r.enc}</td><td>${r.who}</td><td>${r.status}</td></tr>`)}</table>
<div class="box"><b>Request ${phi('ID', sel.req)}</b> — ${N(full(sel.p))}, DOB ${D(sel.p.dob, 'mdy')}, ${A(sel.p.age, ' y')}, ${sexWord(sel.p)} · Marshallese (Ebon dialect preferred) · family meeting about starting dialysis, Nephrology conference room, ${T(`${fd(sel.when, 'mondy')} at ${ft(sel.when, '12')}`)}.
<p>Son ${N(full(son))} asked to interpret — declined per policy (qualified interpreter required; family may attend). Granddaughter ${N(dtr.first)} (age 12) must not be used to interpret. Best contact: daughter-in-law ${N(full(dil))} ${P(dil.phone, 'dash')}. Patient lives in ${phi('ADDRESS', sel.p.city)}, ${sel.p.state} ${phi('ZIP', sel.p.zip)}; visiting family here since ${T(`${MON[Mo(addDays(TODAY, -40))]} ${Y(addDays(TODAY, -40))}`)}.</p>
<p>No Marshallese staff interpreter; vendor OPI confirmed (interpreter ID 221734). Allow 90 minutes. Print materials: dialysis booklet (Marshallese translation, 2023 edition).</p></div>`,
    };
  }
  const porterStaff = { first: 'Dale', last: 'Porter', credential: 'Transport' };
  const team = [porterStaff, g.provider(), g.provider(), g.provider()];
  const rows = Array.from({ length: 12 }, (_, i) => {
    const p = pat(g, i < 4 ? 'wordy' : g.pick(US_ORIGINS), 19, 94);
    if (i === 1) p.last = 'Porter';
    if (i === 2) p.last = 'Ward';
    return {
      p, job: `T${g.digits(6)}`, pri: g.pick(['STAT', 'Routine', 'Routine', 'Routine', 'Discharge']), from: g.pick(['5W-512', 'ED 22', '4E-409', 'ICU 7', 'PACU 3', '6N-618', 'Main lobby']), to: g.pick(['CT 2', 'MRI 1', 'IR Suite 3', 'Cath Lab', 'Discharge lounge', 'Dialysis', 'Nuclear Med', 'Main lobby (discharge)']),
      mode: g.pick(['Wheelchair', 'Stretcher', 'Bed', 'Wheelchair']), iso: g.pick(['', '', 'Contact', 'Droplet', 'Contact+ (C. diff)']), o2: g.pick(['', '', '2 L NC', '4 L NC', '']), req: addMin(TODAY, -g.int(2, 55)),
      who: i < 9 ? g.pick(team) : undefined, status: i < 9 ? g.pick(['Dispatched', 'In transit', 'Arrived', 'Complete', 'Delayed — patient not ready']) : 'Pending',
    };
  });
  const sel = rows[1]!;
  const husband = sel.p.spouse;
  const son = kin(g, 'wordy', 'son', rows[3]!.p.last);
  const plate = `${g.int(1, 9)}${g.letters(3, 'ABCDEFGHJKLMNPRSTVWXY')}${g.digits(2)}`;
  return {
    title: 'Transport Dispatch',
    css,
    body: h`
<div class="hd"><b>Patient Transport</b> · Dispatch board · Transporters on shift 9 · Avg response 11 min · ${D(TODAY, 'mdy', '24')}</div>
<table class="q"><tr><th>Job</th><th>Pri</th><th>Patient</th><th>Age</th><th>From</th><th>To</th><th>Mode</th><th>Isolation</th><th>O₂</th><th>Requested</th><th>Transporter</th><th>Status</th></tr>
${rows.map((r) => h`<tr><td>${phi('ID', r.job)}</td><td>${r.pri === 'STAT' ? h`<span class="stat">STAT</span>` : r.pri}</td><td>${N(`${r.p.last.toUpperCase()}, ${ini(r.p.first)}.`)}</td><td>${A(r.p.age)}</td><td>${r.from}</td><td>${r.to}</td><td>${r.mode}</td><td>${r.iso}</td><td>${r.o2}</td><td>${hm(r.req)}</td><td>${r.who ? `${r.who.first} ${ini(r.who.last)}.` : '—'}</td><td>${r.status}</td></tr>`)}</table>
<div class="box"><b>Job ${phi('ID', sel.job)}</b> · ${N(full(sel.p))} · DOB ${D(sel.p.dob, 'mdy')} · MRN ${phi('MRN', sel.p.mrn)} · ${sel.from} → ${sel.to} · ${sel.mode}<br>
Fall risk, bed alarm, NPO. Husband ${N(full(husband))} will walk with the patient; call ${P(husband.phone, 'paren')} if delayed. Assigned: ${porterStaff.first} ${porterStaff.last} (transporter, radio 14).</div>
<div class="box"><b>Discharge pick-up</b> — ${N(full(rows[3]!.p))}: son ${N(full(son))} at Main lobby, gray Honda Odyssey, MA plate ${phi('VEHICLE', plate)}, cell ${P(son.phone, 'dot')}. Wheelchair to curb; belongings bag and walker.</div>
<p>Reminders: two identifiers before every move (name + DOB); isolation carts wiped after each contact case; oxygen tanks checked (E-cylinder ≥ 1,000 psi).</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 9. Sitter / 1:1 observation log; involuntary-commitment petition and first examination (North Carolina IVC)

function sitterHold(g: G, k: number): Screen {
  const css = BASE_CSS + '.hd{background:#880e4f;color:#fff;padding:4px 8px}.obs td,.obs th{border:1px solid #ccc;font-size:11px;text-align:center}.box{border:1px solid #999;margin:6px;padding:4px}.f td{border:1px solid #555;font-size:12px;padding:3px;vertical-align:top}.lb{display:block;font-size:9px;text-transform:uppercase;color:#444}';
  if (k === 0) {
    const p = pat(g, 'wordy', 19, 34, 'male');
    const ex = kin(g, 'wordy', 'ex-girlfriend');
    const mom = kin(g, 'wordy', 'mother', p.last);
    const body = `35${g.digits(12)}`;
    const imeiNo = body + luhnCheckDigit(body);
    const sitters = [g.provider(), g.provider()];
    const inits = sitters.map((s) => `${ini(s.first)}${ini(s.last)}`);
    const ordered = at(addDays(TODAY, -1), 21, 40);
    const slots = Array.from({ length: 32 }, (_, i) => at(TODAY, 7, 0).getTime() + i * 15 * 60_000).map((t) => new Date(t));
    const locs = ['R', 'R', 'R', 'B', 'R', 'H'];
    const beh = ['1', '2', '2', '2', '3', '5', '2'];
    return {
      title: '1:1 Observation Record',
      css,
      body: h`
<div class="hd"><b>Constant Observation (1:1) Record</b> · 4 North 418 · ${N(LFU(p))} · MRN ${phi('MRN', p.mrn)} · DOB ${D(p.dob, 'mdy')} · ${D(TODAY, 'mdy')}</div>
<div class="box">Reason: suicide risk — C-SSRS screen high risk (ideation with plan). Ordered ${D(ordered, 'mdy', '24')} by psychiatry C/L. Safe-room checklist complete; paper scrubs; finger foods, no utensils; belongings searched with security. Legend — location: R room, B bathroom (door ajar), H hallway with sitter · behavior: 1 asleep, 2 calm/awake, 3 restless, 4 agitated, 5 tearful.</div>
<table class="obs"><tr>${[0, 1, 2, 3].map(() => h`<th>Time</th><th>Loc</th><th>Beh</th><th>Init</th>`)}</tr>
${Array.from({ length: 8 }, (_, r) => h`<tr>${[0, 1, 2, 3].map((c) => { const s = slots[c * 8 + r]!; return h`<td>${hm(s)}</td><td>${g.pick(locs)}</td><td>${g.pick(beh)}</td><td>${s.getUTCHours() < 11 ? inits[0] : inits[1]}</td>`; })}</tr>`)}</table>
<div class="box"><b>Sitter hand-off</b> ${hm(at(TODAY, 11, 0))} (${staff(sitters[0]!)}, PCA → ${staff(sitters[1]!)}, PCA): slept 07:00–08:30; ate 50% breakfast; tearful after phone call with mother; asked twice to call his ex-girlfriend — declined per plan.</div>
<div class="box"><b>Visitors / calls:</b> ex-girlfriend ${N(full(ex))} NOT to visit or receive information (patient's request; active restraining order) — she called the unit twice from ${P(ex.phone, 'paren')}. Mother ${N(full(mom))} may visit (approved by team), ${P(mom.phone, 'dash')}. Patient's phone (IMEI ${phi('DEVICE', imeiNo)}) held at the nurses' station; shoelaces and belt sent home with mother.</div>
<p>Reassess need for 1:1 every shift. Break relief: charge nurse. Psychiatry follow-up today; disposition: inpatient psychiatry bed search (voluntary conditional).</p>`,
    };
  }
  const w = who(g, 'montagnard', 'male');
  const dob = born(g, 28, 55);
  const wife = who(g, 'montagnard', 'female');
  const brother = kin(g, 'montagnard', 'brother', w.last);
  const street = `${g.int(100, 4999)} ${g.pick(['Phillips Ave', 'Summit Ave', 'Randleman Rd', 'E Cone Blvd', 'Holden Rd'])}`;
  const zip = `274${g.int(0, 1)}${g.int(1, 9)}`;
  const brStreet = `${g.int(100, 4999)} ${g.pick(['Lees Chapel Rd', 'Yanceyville St', 'Huffine Mill Rd'])}`;
  const file = `${yy} SP ${g.digits(6)}`;
  const petition = at(addDays(TODAY, -1), 22, 15);
  const custody = addMin(petition, 50);
  const exam = at(TODAY, 1, 40);
  const hearing = addDays(TODAY, g.int(5, 9));
  const plate = `${g.upper(3)}-${g.digits(4)}`;
  const mrn = g.digits(8);
  const md = g.provider();
  return {
    title: 'Involuntary Commitment — Petition & First Examination',
    css,
    body: h`
<div class="hd"><b>STATE OF NORTH CAROLINA</b> · In the General Court of Justice, District Court Division · File No. ${phi('ID', file)}</div>
<h3>PETITION FOR INVOLUNTARY COMMITMENT — and — EXAMINATION AND RECOMMENDATION TO DETERMINE NECESSITY FOR INVOLUNTARY COMMITMENT</h3>
<table class="f">
<tr><td><span class="lb">Name of respondent</span>${N(full(w))}</td><td><span class="lb">Date of birth</span>${D(dob, 'mdy')}</td><td><span class="lb">Sex / race</span>M / Asian</td><td><span class="lb">Hospital MRN</span>${phi('MRN', mrn)}</td></tr>
<tr><td colspan="2"><span class="lb">Address of respondent</span>${phi('ADDRESS', street)}, ${phi('ADDRESS', 'Greensboro')}, NC ${phi('ZIP', zip)}</td><td><span class="lb">County</span>${phi('ADDRESS', 'Guilford')}</td><td><span class="lb">Language</span>Rhade (Êđê); interpreter used</td></tr>
<tr><td colspan="2"><span class="lb">Petitioner</span>${N(full(brother))} (brother), ${phi('ADDRESS', brStreet)}, ${phi('ADDRESS', 'Greensboro')}, NC ${phi('ZIP', `274${g.int(0, 1)}${g.int(1, 9)}`)} · ${P(brother.phone, 'paren')}</td><td colspan="2"><span class="lb">Petition sworn</span>${D(petition, 'mdy', '12')} before a magistrate</td></tr>
</table>
<p><b>Facts:</b> The respondent has not slept for five days, believes his wife ${N(full(wife))} "is poisoning the rice", and on ${D(addDays(TODAY, -1), 'monthDay')} threatened her with a machete; she and the children left to stay with the petitioner. He stopped risperidone in ${T(`${MONTH[Mo(addDays(TODAY, -70))]} ${Y(addDays(TODAY, -70))}`)}. Respondent's car (blue Toyota Corolla, NC plate ${phi('VEHICLE', plate)}) was left at the scene and towed.</p>
<p><b>Custody order</b> issued ${D(custody, 'mdy', '12')}; respondent taken into custody by Greensboro Police and brought to the emergency department at ${hm(addMin(custody, 75))}.</p>
<h4>First examination</h4>
<table class="f"><tr><td><span class="lb">Examined</span>${D(exam, 'mdy', '24')}</td><td><span class="lb">Examiner</span>${drFL(md)} (emergency physician)</td><td><span class="lb">Findings</span>mentally ill; dangerous to others ☒; dangerous to self ☐; substance use ☐</td></tr>
<tr><td colspan="3"><span class="lb">Recommendation</span>☒ Inpatient commitment for a period not to exceed 30 days ☐ Outpatient ☐ Release · Vitals stable; UDS negative; BAL 0.000; glucose 104; no head trauma.</td></tr></table>
<p>District court hearing calendared ${D(hearing, 'weekday')}; respondent's counsel: Special Counsel (appointed). Notice to petitioner by mail. Wife's phone withheld at her request; contact through petitioner only.</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 10. Guardianship / conservatorship record (hospital legal affairs); prison medical intersystem transfer summary

function guardianPrison(g: G, k: number): Screen {
  const css = BASE_CSS + '.hd{background:#263238;color:#fff;padding:4px 8px}.kv td{border-bottom:1px dotted #bbb;font-size:12px}.kv td:first-child{color:#555;width:200px}.t td,.t th{border:1px solid #ccc;font-size:11.5px}.box{border:1px solid #999;margin:6px;padding:4px}';
  if (k === 0) {
    const p = pat(g, 'chamorro', 88, 96, 'female');
    const niece = kin(g, 'chamorro', 'niece');
    const nieceAddr = usPlace(g);
    const son = kin(g, 'chamorro', 'son', p.last);
    const docket = `HD${yy}P${g.digits(4)}GD`;
    const decree = addDays(TODAY, -g.int(200, 700));
    const rogers = addDays(TODAY, -g.int(20, 150));
    const bank = g.digits(4);
    const fileDate = (d: Date) => ymdC(d);
    return {
      title: 'Patient Legal Status — Guardianship',
      css,
      body: h`
<div class="hd"><b>Legal Affairs</b> · Patient legal status · ${N(LFU(p))} · MRN ${phi('MRN', p.mrn)} · DOB ${D(p.dob, 'mdy')} · ${A(p.age, ' yrs')} · Current location: Heritage Hall Nursing &amp; Rehab (long-term)</div>
<table class="kv">
<tr><td>Status</td><td>Incapacitated person under full guardianship (M.G.L. c. 190B § 5-306) · Conservatorship of the estate</td></tr>
<tr><td>Court / docket</td><td>Hampden Probate and Family Court · Docket No. ${phi('ID', docket)}</td></tr>
<tr><td>Decree / letters issued</td><td>${D(decree, 'mdy')} · Annual care plan due ${D(addDays(decree, 365 * Math.ceil((TODAY.getTime() - decree.getTime()) / (365 * DAY))), 'mdy')}</td></tr>
<tr><td>Guardian of the person</td><td>${N(full(niece))} (niece) · ${usAddr(nieceAddr)} · ${P(niece.phone, 'paren')} · ${phi('EMAIL', mailFor(g, niece.first, niece.last))}</td></tr>
<tr><td>Conservator</td><td>Pioneer Valley Fiduciary Services, Inc. (professional conservator) · case manager ${staff(g.provider())} · (413) 555-0177 · manages the ward's checking account ending ${phi('ACCOUNT', bank)}; representative payee for Social Security</td></tr>
<tr><td>Medical authority</td><td>Guardian may consent to routine and non-routine treatment; nursing-facility admission authorized (§ 5-309(g)) ${D(decree, 'mdy')}; extraordinary treatment requires court order.</td></tr>
<tr><td>Antipsychotic treatment (Rogers)</td><td>Substituted-judgment treatment plan approved ${D(rogers, 'mdy')}: quetiapine up to 100 mg/day; review by ${D(addDays(rogers, 365), 'mdy')}.</td></tr>
<tr><td>Restrictions</td><td>Son ${N(full(son))} — no information to be released (harassment prevention order); ward's former address on ${phi('ADDRESS', p.street)}, ${phi('ADDRESS', p.city)} sold by conservator with court license.</td></tr>
</table>
<h3>Documents on file</h3>
<table class="t"><tr><th>Document</th><th>Filed</th><th>Scanned file</th></tr>
<tr><td>Decree and Order of Appointment of Guardian</td><td>${D(decree, 'mdy')}</td><td>Decree_${N(p.last)}_${T(fileDate(decree))}.pdf</td></tr>
<tr><td>Letters of Guardianship</td><td>${D(decree, 'mdy')}</td><td>Letters_${N(p.last)}.pdf</td></tr>
<tr><td>Rogers treatment plan</td><td>${D(rogers, 'mdy')}</td><td>Rogers_${N(p.last)}_${N(p.first)}_${T(fileDate(rogers))}.pdf</td></tr>
<tr><td>Medical certificate (MC)</td><td>${D(addDays(decree, -25), 'mdy')}</td><td>MC_${T(fileDate(addDays(decree, -25)))}.pdf</td></tr></table>
<p class="box">Chamorro-speaking; prefers to be addressed as "${N(`Tan ${p.first}`)}". Guardian visits monthly and asks to be called before any transfer to hospital. Verified by Legal Affairs (${login(g.provider())}) on ${D(addDays(TODAY, -3), 'mdy')}.</p>`,
    };
  }
  const p = pat(g, 'capeverdean', 38, 64, 'male');
  const mom = kin(g, 'capeverdean', 'mother', p.last);
  const momAddr = usPlace(g);
  const sep = who(g, 'capeverdean', 'male');
  const doc = `W${g.digits(5)}`;
  const sepDoc = `W${g.digits(5)}`;
  const sid = `${g.digits(7)}`;
  const mh = `${g.digits(12)}`;
  const transfer = at(TODAY, 6, 30);
  const qft = addDays(TODAY, -g.int(20, 200));
  const onc = addDays(TODAY, g.int(8, 20));
  const parole = addDays(TODAY, g.int(300, 900));
  const rn = g.provider();
  return {
    title: 'DOC Health Services — Intersystem Transfer',
    css,
    body: h`
<div class="hd"><b>Department of Correction — Health Services</b> · Intersystem Transfer / Receiving Screening Summary · CONFIDENTIAL</div>
<table class="kv">
<tr><td>Name</td><td>${N(`${p.last.toUpperCase()}, ${p.first.toUpperCase()}${p.middle ? ` ${ini(p.middle)}.` : ''}`)}</td></tr>
<tr><td>Commitment # / SID</td><td>${phi('ID', doc)} / SID ${phi('ID', sid)}</td></tr>
<tr><td>DOB / age</td><td>${D(p.dob, 'mdy')} / ${p.age}</td></tr>
<tr><td>Sending → receiving</td><td>MCI-Norfolk → Lemuel Shattuck Hospital correctional unit · transfer ${D(transfer, 'mdy', '24')} · restraints per policy; 2 officers</td></tr>
<tr><td>Keep separate</td><td>${N(LFU(sep))} (${phi('ID', sepDoc)}) — co-defendant</td></tr>
<tr><td>Emergency contact</td><td>${N(full(mom))} (mother) · ${usAddr(momAddr)} · ${P(mom.phone, 'paren')} · Kriolu speaker</td></tr>
<tr><td>Insurance</td><td>MassHealth suspended during incarceration — member ID ${phi('HEALTH_PLAN', mh)}; reinstated on release</td></tr>
<tr><td>Earliest parole eligibility</td><td>${T(`${MON[Mo(parole)]} ${Y(parole)}`)}</td></tr></table>
<h3>Medical summary</h3>
<table class="t"><tr><th>Problem</th><th>Status</th></tr>
<tr><td>Hepatocellular carcinoma on HCV cirrhosis (Child-Pugh A), s/p TACE</td><td>Active — oncology follow-up</td></tr>
<tr><td>Chronic hepatitis C, genotype 1a — SVR12 achieved</td><td>Resolved</td></tr>
<tr><td>Type 2 diabetes (A1c 7.4%)</td><td>Active</td></tr>
<tr><td>Opioid use disorder — on buprenorphine (MOUD program)</td><td>Active</td></tr></table>
<p>Medications: buprenorphine 8 mg SL BID (DOT, crushed), metformin 1,000 mg BID, propranolol 20 mg BID, lactulose 20 g BID. Allergies: sulfa (rash). TB: QFT-Plus negative ${D(qft, 'mdy')}; symptom screen negative. Vitals at departure: BP 128/76, HR 64, SpO₂ 98%, wt 71 kg.</p>
<p>Upcoming outside appointment (do not disclose date or place to the patient): oncology ${D(onc, 'mdy')}. Pending: AFP, MRI liver. Mother requests a call after transfer (release of information signed ${D(addDays(TODAY, -30), 'mdy')}).</p>
<p>Sending nurse ${staff(rn)}, RN · Receiving nurse ____ · Property: eyeglasses, legal papers (2 envelopes) · Page 1 of 2</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 11. Travel-medicine consult with the yellow-fever certificate (ICVP); occupational-health respirator clearance and fit test

function travelOcc(g: G, k: number): Screen {
  const css = BASE_CSS + '.hd{background:#f9a825;color:#222;padding:4px 8px}.icvp{border:2px solid #333;margin:8px;padding:6px;background:#fffde7;font-size:12px}.icvp td{border:1px solid #555;padding:3px;vertical-align:top}.fr{color:#555;font-style:italic}.t td,.t th{border:1px solid #ccc;font-size:11.5px}.box{border:1px solid #999;margin:6px;padding:4px}';
  if (k === 0) {
    const p = pat(g, 'capeverdean', 30, 62, 'female');
    const hus = p.spouse;
    const sister = who(g, 'capeverdean', 'female', p.maiden);
    const passport = `${g.int(5, 6)}${g.digits(8)}`;
    const husPassport = `A${g.digits(8)}`;
    const depart = addDays(TODAY, g.int(18, 40));
    const ret = addDays(depart, g.int(14, 30));
    const yf = at(TODAY, 15, 5);
    const lot = `U${g.digits(1)}${g.upper(1)}${g.digits(3)}`;
    const policy = `GB${g.digits(9)}`;
    const md = g.provider();
    const cvPhone = `+238 9${g.digits(2)} ${g.digits(2)} ${g.digits(2)}`;
    return {
      title: 'Travel Medicine Consult',
      css,
      body: h`
<div class="hd"><b>Travel Medicine Clinic</b> · Pre-travel consultation · ${D(TODAY, 'mdy')} · ${drFL(md)}</div>
<table class="t"><tr><th>Traveler</th><td>${N(full(p))}</td><th>DOB</th><td>${D(p.dob, 'mdy')}</td><th>MRN</th><td>${phi('MRN', p.mrn)}</td></tr>
<tr><th>Itinerary</th><td colspan="3">Boston → Cabo Verde → Senegal → Guinea-Bissau (rural, visiting family; rainy season) · depart ${D(depart, 'mdy')} · return ${D(ret, 'mdy')}</td><th>Travel insurance</th><td>GeoBlue Voyager policy ${phi('HEALTH_PLAN', policy)}</td></tr>
<tr><th>Companions</th><td colspan="5">husband ${N(full(hus))} (seen today, same plan) · contact abroad: sister ${N(full(sister))} ${phi('PHONE', cvPhone)}</td></tr></table>
<div class="box"><b>Plan:</b> yellow fever vaccine today (no contraindication: not immunocompromised, no thymus disease, egg allergy none); typhoid Vivotif 4 caps (lot 2250${g.digits(3)}); hepatitis A dose 2; malaria — atovaquone-proguanil 250/100 mg daily, start 1–2 days before entering Senegal, continue 7 days after leaving; traveler's diarrhea: azithromycin 1 g single dose; rabies counseling (rural, dogs); insect precautions (DEET 30%, permethrin). Measles: 2 documented doses.</div>
<div class="icvp"><b>INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS</b> <span class="fr">/ Certificat international de vaccination ou de prophylaxie</span>
<p>This is to certify that <span class="fr">[nous certifions que]</span> ${N(full(p).toUpperCase())} date of birth <span class="fr">[né(e) le]</span> ${D(p.dob, 'dmony')} sex <span class="fr">[de sexe]</span> F nationality <span class="fr">[et de nationalité]</span> USA national identification document, if applicable <span class="fr">[document d'identification national, le cas échéant]</span> passport ${phi('PASSPORT', passport)} whose signature follows <span class="fr">[dont la signature suit]</span> ________ has on the date indicated been vaccinated or received prophylaxis against <span class="fr">[a été vacciné(e) ou a reçu des agents prophylactiques à la date indiquée]</span>: YELLOW FEVER (name of disease or condition) in accordance with the International Health Regulations.</p>
<table><tr><td>Vaccine or prophylaxis</td><td>Date</td><td>Signature and professional status of supervising clinician</td><td>Manufacturer and batch no.</td><td>Certificate valid from / until</td><td>Official stamp</td></tr>
<tr><td>Yellow fever (Stamaril)</td><td>${D(yf, 'dmony')}</td><td>${drFL(md)}, MD</td><td>Sanofi Pasteur · ${lot}</td><td>${D(addDays(yf, 10), 'dmony')} — life of person</td><td>Riverside Travel Medicine, designated YF centre MA-0412</td></tr></table></div>
<p>Husband's certificate issued the same day (passport ${phi('PASSPORT', husPassport)}). Both given the CDC yellow-fever VIS (${D(new Date('2024-03-01T00:00:00Z'), 'mdy')}). Patient phone ${P(p.cell, 'dash')}; e-mail ${phi('EMAIL', p.email)}. Return visit for post-travel screening if fever within 3 months.</p>`,
    };
  }
  const p = pat(g, 'assyrian', 24, 58);
  const emp = `E${g.digits(6)}`;
  const mgr = g.provider();
  const tester = g.provider();
  const plhcp = g.provider();
  const fits: [Date, string, string, string, string][] = [
    [addDays(TODAY, -g.int(0, 1)), '3M 1870+ Aura, standard', 'Quantitative (PortaCount 8048)', `${g.int(150, 240)}`, 'Pass'],
    [addDays(TODAY, -g.int(0, 1)), 'Halyard FluidShield 46827, small', 'Quantitative (PortaCount 8048)', `${g.int(40, 95)}`, 'Fail (< 100)'],
    [addDays(TODAY, -g.int(360, 380)), '3M 1870+ Aura, standard', 'Qualitative (Bitrex)', '—', 'Pass'],
    [addDays(TODAY, -g.int(720, 760)), '3M 8210, standard', 'Qualitative (saccharin)', '—', 'Pass'],
  ];
  const qft = addDays(TODAY, -g.int(10, 60));
  return {
    title: 'Employee Health — Respirator Clearance',
    css,
    body: h`
<div class="hd"><b>Employee Occupational Health</b> · Respiratory protection program (29 CFR 1910.134) · Annual clearance · ${D(TODAY, 'mdy')}</div>
<table class="t"><tr><th>Employee</th><td>${N(LF(p))}</td><th>Employee ID</th><td>${phi('ID', emp)}</td><th>DOB</th><td>${D(p.dob, 'mdy')}</td></tr>
<tr><th>Job / dept</th><td>RN — Medical ICU</td><th>Manager</th><td>${staff(mgr)}</td><th>Personal cell</th><td>${P(p.cell, 'paren')}</td></tr>
<tr><th>Home address</th><td colspan="5">${usAddr(p)}</td></tr></table>
<h3>OSHA medical questionnaire (Appendix C) — flagged answers</h3>
<table class="t"><tr><th>Item</th><th>Answer</th><th>Follow-up</th></tr>
<tr><td>Part A §2 Q3: Do you currently smoke tobacco?</td><td>No</td><td>—</td></tr>
<tr><td>Q5 d: Claustrophobia (fear of closed-in places)?</td><td>Yes</td><td>Mild, with PAPR hood only; tolerates N95. PLHCP phone interview ${D(addDays(TODAY, -1), 'mdy', '12')}.</td></tr>
<tr><td>Q8: Asthma?</td><td>Yes (childhood)</td><td>No inhaler use in 10 years; spirometry not required.</td></tr>
<tr><td>Height / weight</td><td>5 ft 4 in / 148 lb</td><td>—</td></tr></table>
<h3>Fit tests</h3>
<table class="t"><tr><th>Date</th><th>Respirator (make, model, size)</th><th>Method</th><th>Overall fit factor</th><th>Result</th><th>Tester</th></tr>
${fits.map(([d, r, m, ff, res]) => h`<tr><td>${D(d, 'mdy')}</td><td>${r}</td><td>${m}</td><td>${ff}</td><td>${res}</td><td>${staff(tester)}</td></tr>`)}</table>
<div class="box"><b>Clearance:</b> medically cleared for filtering facepiece (N95) and loose-fitting PAPR; no restrictions. Clean-shaven policy acknowledged (religious head covering compatible with PAPR). Next fit test due ${D(addDays(TODAY, 365), 'monyyyy')}. TB: QFT-Plus negative ${D(qft, 'mdy')}; HBsAb 412 mIU/mL (immune). PLHCP: ${provFLC({ ...plhcp, credential: 'NP' })}.</div>
<p>Emergency contact on file: ${p.spouse.relation} ${N(full(p.spouse))} ${P(p.spouse.phone, 'dash')}. Record retained for duration of employment + 30 years.</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 12. Sports pre-participation physical evaluation (PPE 5th ed. form); post-injury concussion test report (ImPACT-like)

function sportsPpe(g: G, k: number): Screen {
  const css = BASE_CSS + '.hd{background:#0d47a1;color:#fff;padding:4px 8px}.f td{border:1px solid #777;font-size:12px;padding:3px;vertical-align:top}.lb{display:block;font-size:9px;text-transform:uppercase;color:#444}.t td,.t th{border:1px solid #ccc;font-size:11.5px}.box{border:1px solid #999;margin:6px;padding:4px}.flag{color:#c62828;font-weight:bold}';
  const md = g.provider();
  if (k === 0) {
    const p = pat(g, 'marshallese', 16, 17, 'male');
    p.city = 'Springdale';
    p.state = 'AR';
    p.zip = `7276${g.int(2, 4)}`;
    const mom = kin(g, 'marshallese', 'mother', p.last);
    const uncle = kin(g, 'marshallese', 'uncle');
    const cousin = who(g, 'marshallese', 'male');
    const sid = `${g.digits(9)}`;
    const medicaid = `${g.digits(10)}`;
    const conc = addDays(TODAY, -g.int(300, 500));
    const exam = TODAY;
    return {
      title: 'Preparticipation Physical Evaluation',
      css,
      body: h`
<div class="hd"><b>PREPARTICIPATION PHYSICAL EVALUATION</b> · History form + physical examination form · Arkansas Activities Association</div>
<table class="f">
<tr><td><span class="lb">Name</span>${N(full(p))}</td><td><span class="lb">Date of birth</span>${D(p.dob, 'mdy')}</td><td><span class="lb">Age / sex / grade</span>${p.age} / M / 11</td><td><span class="lb">Student ID</span>${phi('ID', sid)}</td></tr>
<tr><td><span class="lb">School</span>Har-Ber High School</td><td><span class="lb">Sport(s)</span>Football (OL), track — shot put</td><td colspan="2"><span class="lb">Home address</span>${usAddr(p)}</td></tr>
<tr><td><span class="lb">Parent / guardian</span>${N(full(mom))} (mother)</td><td><span class="lb">Phone</span>${P(mom.phone, 'paren')}</td><td><span class="lb">Emergency contact</span>${N(full(uncle))} (uncle) ${P(uncle.phone, 'dash')}</td><td><span class="lb">Insurance</span>ARKids First-A · ID ${phi('HEALTH_PLAN', medicaid)}</td></tr></table>
<h4>History (explain "yes" answers)</h4>
<table class="t"><tr><th>#</th><th>Question</th><th>Answer</th><th>Explanation</th></tr>
<tr><td>5</td><td>Have you ever passed out or nearly passed out during or after exercise?</td><td>No</td><td></td></tr>
<tr><td>13</td><td>Has any family member or relative died of heart problems or had an unexpected or unexplained sudden death before age 35?</td><td class="flag">Yes</td><td>Cousin ${N(full(cousin))} collapsed and died at 19 playing basketball (cause not known to family).</td></tr>
<tr><td>21</td><td>Have you ever had a head injury or concussion?</td><td class="flag">Yes</td><td>Concussion ${D(conc, 'mdy')} (football); symptoms 9 days; cleared by graded return-to-play.</td></tr>
<tr><td>27</td><td>Do you have asthma or use an inhaler?</td><td>No</td><td></td></tr>
<tr><td>33</td><td>Do you worry about your weight? Has a coach told you to gain or lose weight?</td><td>Yes</td><td>Coach wants +15 lb for line.</td></tr></table>
<h4>Physical examination — ${D(exam, 'mdy')}</h4>
<table class="t"><tr><th>Height</th><td>6 ft 0 in</td><th>Weight</th><td>264 lb (BMI 35.8)</td><th>BP</th><td>134/82 (recheck 126/78)</td><th>Pulse</th><td>72</td></tr>
<tr><th>Vision</th><td>R 20/20 · L 20/25 (uncorrected)</td><th>Heart</th><td>No murmur supine, standing or Valsalva; femoral pulses 2+</td><th>Marfan stigmata</th><td>None</td><th>MSK</th><td>Full; duck walk normal</td></tr></table>
<div class="box"><b>Medical eligibility:</b> ☐ Cleared for all sports without restriction ☒ Cleared pending further evaluation — ECG and echocardiogram for family history of sudden death (ordered; cardiology ${D(addDays(TODAY, 9), 'mdy')}). ${drFL(md)} · signed ${D(exam, 'mdy')} · valid one year. BP and weight counseling given; mother ${N(mom.first)} present, Marshallese interpreter by phone.</div>`,
    };
  }
  const p = pat(g, 'wordy', 15, 17, 'female');
  const mom = kin(g, 'wordy', 'mother', p.last);
  const inj = at(addDays(TODAY, -3), 19, 40);
  const test = at(TODAY, 15, 5);
  const base = addDays(TODAY, -g.int(180, 300));
  const at1 = g.provider();
  const comp: [string, number | string, number | string, string][] = [
    ['Verbal memory composite', g.int(64, 76), g.int(84, 96), '↓ RCI'],
    ['Visual memory composite', g.int(55, 68), g.int(74, 88), '↓ RCI'],
    ['Visual motor speed composite', (g.int(2800, 3300) / 100).toFixed(2), (g.int(3600, 4100) / 100).toFixed(2), '↓ RCI'],
    ['Reaction time composite', (g.int(66, 78) / 100).toFixed(2), (g.int(55, 62) / 100).toFixed(2), '↑ RCI'],
    ['Impulse control composite', g.int(8, 14), g.int(3, 7), ''],
    ['Total symptom score', g.int(26, 44), g.int(0, 4), '↑'],
  ];
  return {
    title: 'Concussion Test — Post-Injury Report',
    css,
    body: h`
<div class="hd"><b>Clinical Report</b> · Post-injury 1 · Organization: Riverside Sports Medicine</div>
<table class="t"><tr><th>Name</th><td>${N(full(p))}</td><th>DOB</th><td>${D(p.dob, 'mdy')}</td><th>Age</th><td>${p.age}</td><th>Sport / position</th><td>Soccer / center back</td></tr>
<tr><th>Exam date</th><td>${D(test, 'mdy', '12')}</td><th>Baseline</th><td>${D(base, 'mdy')}</td><th>Injury date</th><td>${D(inj, 'mdy')}</td><th>Test language</th><td>English</td></tr></table>
<table class="t"><tr><th>Composite</th><th>Post-injury 1</th><th>Baseline</th><th>Change</th></tr>
${comp.map(([n, a, b, c]) => h`<tr><td>${n}</td><td>${a}</td><td>${b}</td><td>${c}</td></tr>`)}</table>
<p>Percentiles (age/sex norms): verbal memory 18th, visual memory 9th, visual motor speed 22nd, reaction time 7th. Reliable change index (80% CI) flags shown. Invalid-baseline indicators: none.</p>
<div class="box"><b>Injury:</b> head-to-head collision during a match on ${D(inj, 'monthDay')}; no LOC; immediate headache, photophobia, "foggy". Symptoms now: headache 4/6, sensitivity to light 3/6, difficulty concentrating 4/6, sleep more than usual 2/6. Vestibular/ocular-motor screen provoked symptoms (NPC 9 cm).</div>
<div class="box"><b>Plan:</b> no sports; return-to-learn: half days, rest breaks, no screens &gt; 20 min, extended test time — letter sent to school counselor. Recheck ${D(addDays(TODAY, 7), 'mdy')}. Athletic trainer ${staff(at1)}, ATC. Mother ${N(full(mom))} (${P(mom.phone, 'paren')}, ${phi('EMAIL', mailFor(g, mom.first, mom.last))}) given written instructions. Athlete e-mail on file ${phi('EMAIL', p.email)}.</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 13. Polysomnography report; audiology report with hearing-aid fitting

function sleepAudio(g: G, k: number): Screen {
  const css = BASE_CSS + '.hd{background:#283593;color:#fff;padding:4px 8px}.t td,.t th{border:1px solid #c5cae9;font-size:11.5px;text-align:left}.t th{background:#e8eaf6}.box{border:1px solid #999;margin:6px;padding:4px}.rpt{margin:8px}';
  if (k === 0) {
    const p = pat(g, 'wordy', 42, 63, 'male');
    const wife = p.spouse;
    const study = `PSG-${yy}-${g.digits(5)}`;
    const night = at(addDays(TODAY, -3), 21, 48);
    const cdl = `${g.upper(1)}${g.digits(8)}`;
    const oldCpap = `J${g.digits(11)}${g.upper(2)}`;
    const md = g.provider();
    const tech = g.provider();
    const ahi = (g.int(350, 620) / 10).toFixed(1);
    return {
      title: 'Polysomnography Report',
      css,
      body: h`
<div class="rpt"><div class="hd"><b>Sleep Disorders Center</b> · Diagnostic Polysomnogram (Type I, attended) · Study ${phi('ID', study)}</div>
<table class="t"><tr><th>Patient</th><td>${N(LF(p))}</td><th>MRN</th><td>${phi('MRN', p.mrn)}</td><th>DOB</th><td>${D(p.dob, 'mdy')}</td><th>Age/sex</th><td>${p.age} M</td></tr>
<tr><th>Study date</th><td>${D(night, 'mdy')} (lights out ${hm(night)})</td><th>Referring</th><td>${drFL(g.provider())}</td><th>BMI</th><td>38.4 kg/m²</td><th>Neck</th><td>18.5 in</td></tr>
<tr><th>Epworth</th><td>16/24</td><th>STOP-BANG</th><td>7/8</td><th>Technologist</th><td>${staff(tech)}, RPSGT</td><th>Montage</th><td>AASM standard</td></tr></table>
<h4>Sleep architecture</h4>
<table class="t"><tr><th>TIB</th><td>${g.int(420, 470)} min</td><th>TST</th><td>${(g.int(2900, 3400) / 10).toFixed(1)} min</td><th>Sleep efficiency</th><td>${(g.int(650, 780) / 10).toFixed(1)}%</td><th>Latency</th><td>${g.int(4, 20)} min</td><th>REM latency</th><td>${g.int(90, 180)} min</td></tr>
<tr><th>N1</th><td>${(g.int(90, 160) / 10).toFixed(1)}%</td><th>N2</th><td>${(g.int(520, 620) / 10).toFixed(1)}%</td><th>N3</th><td>${(g.int(40, 110) / 10).toFixed(1)}%</td><th>REM</th><td>${(g.int(150, 220) / 10).toFixed(1)}%</td><th>Arousal index</th><td>${(g.int(300, 520) / 10).toFixed(1)}/h</td></tr></table>
<h4>Respiratory events</h4>
<table class="t"><tr><th>AHI (4%)</th><td>${ahi}/h</td><th>Supine AHI</th><td>${(g.int(550, 780) / 10).toFixed(1)}/h</td><th>Non-supine</th><td>${(g.int(120, 240) / 10).toFixed(1)}/h</td><th>REM AHI</th><td>${(g.int(500, 700) / 10).toFixed(1)}/h</td></tr>
<tr><th>Obstructive apneas</th><td>${g.int(60, 120)}</td><th>Central</th><td>${g.int(1, 6)}</td><th>Hypopneas</th><td>${g.int(90, 160)}</td><th>SpO₂ nadir</th><td>${g.int(71, 80)}% · T90 ${(g.int(100, 260) / 10).toFixed(1)}%</td></tr>
<tr><th>PLMI</th><td>${(g.int(20, 90) / 10).toFixed(1)}/h</td><th>ECG</th><td>Sinus, occasional PVCs</td><th>Snoring</th><td>Loud, positional</td><th>Bruxism</th><td>None</td></tr></table>
<div class="box"><b>Interpretation:</b> severe obstructive sleep apnea, worse supine and in REM, with significant hypoxemia. Wife ${N(full(wife))} reports loud snoring and witnessed apneas for years. Previously prescribed CPAP (Philips DreamStation, SN ${phi('DEVICE', oldCpap)}) was returned under the 2021 recall and never replaced.</div>
<div class="box"><b>Recommendations:</b> auto-CPAP 6–16 cm H₂O with heated humidity, full-face mask trial; compliance download at 31–90 days. The patient drives a tractor-trailer (Class A CDL ${phi('DRIVERS_LICENSE', cdl)}): advise no commercial driving until CPAP use ≥ 4 h on 70% of nights is documented (FMCSA guidance); letter to his DOT medical examiner on request. Avoid alcohol and sedatives; weight management referral.</div>
<p>Interpreting physician: ${provFLC({ ...md, credential: 'MD, D.ABSM' })} · signed ${D(addDays(TODAY, -1), 'mdy', '12')}</p></div>`,
    };
  }
  const p = pat(g, 'amish', 90, 95, 'male');
  const dtr = kin(g, 'amish', 'daughter');
  const freqs = [250, 500, 1000, 2000, 3000, 4000, 6000, 8000];
  const right = freqs.map((_, i) => Math.min(95, 20 + i * 8 + g.int(0, 10)));
  const left = freqs.map((_, i) => Math.min(100, 25 + i * 8 + g.int(0, 10)));
  const snL = `${g.digits(4)}${g.upper(1)}${g.digits(4)}`;
  const snR = `${g.digits(4)}${g.upper(1)}${g.digits(4)}`;
  const snTv = `${g.digits(10)}`;
  const member = `${g.upper(1)}${g.digits(9)}`;
  const fit = at(TODAY, 10, 30);
  const aud = g.provider();
  return {
    title: 'Audiology — Evaluation & Hearing Aid Fitting',
    css,
    body: h`
<div class="rpt"><div class="hd"><b>Audiology</b> · Comprehensive audiologic evaluation and hearing-aid fitting · ${D(fit, 'mondy')}</div>
<table class="t"><tr><th>Patient</th><td>${N(full(p))}</td><th>DOB</th><td>${D(p.dob, 'mdy')}</td><th>Age</th><td>${A(p.age, ' yrs')}</td><th>MRN</th><td>${phi('MRN', p.mrn)}</td></tr>
<tr><th>Accompanied by</th><td>daughter ${N(full(dtr))}</td><th>Contact</th><td>${P(dtr.phone, 'paren')} (no phone in patient's home)</td><th>Plan</th><td>TruHearing — member ${phi('HEALTH_PLAN', member)}</td><th>Language</th><td>Pennsylvania German / English</td></tr></table>
<h4>Pure-tone thresholds (dB HL)</h4>
<table class="t"><tr><th>Ear</th>${freqs.map((f) => h`<th>${f} Hz</th>`)}</tr>
<tr><td>Right (AC)</td>${right.map((x) => h`<td>${x}</td>`)}</tr><tr><td>Left (AC)</td>${left.map((x) => h`<td>${x}</td>`)}</tr></table>
<p>Bone conduction within 10 dB of air (sensorineural). SRT R ${g.int(40, 50)} dB, L ${g.int(45, 55)} dB. WRS R ${g.int(64, 80)}% at 85 dB HL, L ${g.int(52, 72)}% at 90 dB HL (NU-6, recorded). Tympanometry type A bilaterally; reflexes elevated. Impression: moderate sloping to severe sensorineural hearing loss, bilateral, symmetric; age-related plus noise exposure (sawmill, 40 yrs).</p>
<h4>Hearing-aid fitting</h4>
<table class="t"><tr><th>Device</th><th>Ear</th><th>Serial</th><th>Receiver / dome</th><th>Program</th></tr>
<tr><td>Phonak Audéo Lumity L70-R</td><td>Left</td><td>${phi('DEVICE', snL)}</td><td>M receiver, 2 · power dome</td><td>AutoSense; church; workshop</td></tr>
<tr><td>Phonak Audéo Lumity L70-R</td><td>Right</td><td>${phi('DEVICE', snR)}</td><td>M receiver, 2 · power dome</td><td>AutoSense; church; workshop</td></tr>
<tr><td>Phonak PartnerMic (worn by daughter)</td><td>—</td><td>${phi('DEVICE', snTv)}</td><td>—</td><td>—</td></tr></table>
<p>Verified with real-ear measures to NAL-NL2 (within 5 dB 500–4000 Hz). Rechargeable; charger use taught to patient and daughter. Warranty and loss &amp; damage until ${D(addDays(fit, 3 * 365), 'mdy')}. Follow-up ${D(addDays(fit, 14), 'mdy')} — ride arranged by daughter ${N(dtr.first)}.</p>
<p>Audiologist: ${provFLC({ ...aud, credential: 'Au.D., CCC-A' })}</p></div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 14. Optometry spectacle and contact-lens prescription; optical-lab job ticket

function optometry(g: G, k: number): Screen {
  const css = BASE_CSS + '.rx{border:2px solid #00695c;margin:8px;padding:6px;max-width:760px}.t td,.t th{border:1px solid #bbb;font-size:12px;text-align:center}.t th{background:#e0f2f1}.tk{font:12px/1.45 "Courier New",monospace;border:1px dashed #555;margin:8px;padding:6px;white-space:pre-wrap;max-width:720px}';
  const od = g.provider();
  const sph = () => {
    const v = g.int(0, 24) * 0.25;
    return v === 0 ? 'PL' : `${g.pick(['-', '+', '-', '-'])}${v.toFixed(2)}`;
  };
  const cyl = () => `-${(g.int(1, 8) * 0.25).toFixed(2)}`;
  const axis = () => pad(g.int(1, 180), 3);
  if (k === 0) {
    const p = pat(g, 'basque', 44, 66, 'female');
    const hus = p.spouse;
    const member = `${g.digits(10)}`;
    const ssn4 = g.digits(4);
    const exam = at(TODAY, 9, 40);
    return {
      title: 'Eyeglass & Contact Lens Prescription',
      css,
      body: h`
<div class="rx"><b>Lakeview Family Eye Care</b> · 88 Commerce Dr, Westfield, MA 01085 · (413) 555-0126 · ${provFLC({ ...od, credential: 'OD' })} · Lic. OP${g.digits(4)} · NPI 1${g.digits(9)}
<p>Patient: ${N(full(p))} · DOB ${D(p.dob, 'mdy')} · Exam date ${D(exam, 'mdy')} · Phone ${P(p.cell, 'dash')} · ${phi('EMAIL', p.email)}</p>
<h4>Spectacle Rx</h4>
<table class="t"><tr><th></th><th>Sphere</th><th>Cylinder</th><th>Axis</th><th>Add</th><th>Prism</th><th>Base</th></tr>
<tr><td>OD</td><td>${sph()}</td><td>${cyl()}</td><td>${axis()}</td><td>+2.00</td><td>1.0</td><td>BI</td></tr>
<tr><td>OS</td><td>${sph()}</td><td>${cyl()}</td><td>${axis()}</td><td>+2.00</td><td>1.0</td><td>BI</td></tr></table>
<p>PD 62/59 · Progressive lenses, anti-reflective coating recommended · Rx expires ${D(addDays(exam, 730), 'mdy')}</p>
<h4>Contact lens Rx</h4>
<table class="t"><tr><th></th><th>Brand</th><th>BC</th><th>DIA</th><th>Power</th><th>Cyl/Axis</th><th>Add</th></tr>
<tr><td>OD</td><td>Dailies Total1 Multifocal</td><td>8.5</td><td>14.1</td><td>${sph()}</td><td>—</td><td>MED</td></tr>
<tr><td>OS</td><td>Dailies Total1 Multifocal</td><td>8.5</td><td>14.1</td><td>${sph()}</td><td>—</td><td>MED</td></tr></table>
<p>Replacement: daily · Quantity: 4 boxes (90) per eye · CL Rx expires ${D(addDays(exam, 365), 'mdy')} · VA cc 20/20 OD, 20/25 OS · IOP 16/17 mmHg (iCare, ${hm(exam)}) · DFE: early nuclear sclerosis OU</p>
<p>Vision plan: VSP Choice — subscriber ${N(full(hus))} (spouse) · member ID ${phi('HEALTH_PLAN', member)} · subscriber SSN (last 4) ${phi('SSN', ssn4)} · frame allowance $150</p>
<p>Signature: ${staff(od)}, OD ________ · This prescription may be filled at any optical dispensary.</p></div>`,
    };
  }
  const p = pat(g, 'mien', 52, 78, 'female');
  const son = kin(g, 'mien', 'son', p.last);
  const job = `J${g.digits(7)}`;
  const auth = `${g.digits(9)}`;
  const member = `${g.digits(9)}`;
  const acct = `${g.digits(6)}`;
  const ordered = addDays(TODAY, -g.int(3, 8));
  const promised = addDays(TODAY, g.int(2, 6));
  const remade = addDays(TODAY, -1);
  const lines = [
    ['OD', sph(), cyl(), axis(), '+2.50', '31.5', '18.0'],
    ['OS', sph(), cyl(), axis(), '+2.50', '30.5', '18.0'],
  ];
  const name = `${p.last.toUpperCase()}, ${p.first.split(' ')[0]!.toUpperCase()}`;
  return {
    title: 'Optical Lab — Job Ticket',
    css,
    body: h`
<div class="tk">OPTICAL LAB WORK TICKET          JOB ${phi('ID', job)}     TRAY 117   STORE 0412
PATIENT  ${N(name)}         PH ${P(p.cell, 'dot')}
ACCT     ${phi('ACCOUNT', acct)}                 ORDERED ${D(ordered, 'mdy2')}  PROMISED ${D(promised, 'mdy2')}
INS      EYEMED  MBR ${phi('HEALTH_PLAN', member)}  AUTH ${phi('ID', auth)}

     SPH     CYL    AXIS   ADD    MONO PD  SEG HT
${lines.map((l) => `${l[0]}   ${l[1]!.padStart(6)}  ${l[2]!.padStart(6)}   ${l[3]}   ${l[4]}   ${l[5]}     ${l[6]}\n`)}
FRAME    RAY-BAN RB5154 CLUBMASTER 51□21-145 TORTOISE/GOLD
         A 51.2  B 40.1  ED 53.6  DBL 21.0  (traced)
LENS     VARILUX X SERIES  1.67  CRIZAL SAPPHIRE HR  TRANSITIONS GEN S GRAY
         BASE 4.25  CT 1.8  PRISM THIN 1.5
REMAKE   #1 ${D(remade, 'mdy2')}  AXIS ERROR OS — RECUT (LAB FAULT, NO CHARGE)
NOTES    PT'S SON ${N(full(son).toUpperCase())} WILL PICK UP — CALL ${P(son.phone, 'paren')}
         PT PREFERS MIEN/LAO; SON INTERPRETS AT DISPENSING
QC       ☐ POWER ☐ AXIS ☐ PD ☐ SEG ☐ COSMETIC      INITIALS ____</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 15. Organ-procurement (OPO) donor referral record; blood-donor deferral registry

function opoDonor(g: G, k: number): Screen {
  const css = BASE_CSS + '.hd{background:#2e7d32;color:#fff;padding:4px 8px}.kv td{border-bottom:1px dotted #bbb;font-size:12px}.kv td:nth-child(odd){color:#555}.t td,.t th{border:1px solid #ccc;font-size:11.5px}.box{border:1px solid #999;margin:6px;padding:4px}';
  if (k === 0) {
    const p = pat(g, 'chamorro', 28, 46, 'male');
    const wife = p.spouse;
    const mom = kin(g, 'chamorro', 'mother', p.last);
    const ref = `R${yy}-${g.digits(5)}`;
    const unos = `${g.upper(4)}${g.digits(3)}`;
    const dl = `WDL${g.upper(2)}${g.digits(4)}${g.upper(1)}${g.digits(2)}`;
    const call = at(TODAY, 4, 12);
    const admit = at(addDays(TODAY, -2), 17, 55);
    const reg = addDays(TODAY, -g.int(700, 3000));
    const caller = g.provider();
    const coord = g.provider();
    const tl: [number, string][] = [
      [0, 'Referral call received from ICU RN (clinical trigger: GCS 3, loss of brainstem reflexes)'],
      [9, 'Registry search: match found (see below)'],
      [21, 'Medical suitability screen started; ME notified'],
      [47, 'On-site coordinator dispatched; ETA 90 min'],
      [140, 'Family huddle with attending planned — OPO to be present; no approach before declaration'],
    ];
    return {
      title: 'Donor Referral — iTransplant',
      css,
      body: h`
<div class="hd"><b>Organ Procurement Organization</b> · Referral line · Referral ${phi('ID', ref)} · Received ${D(call, 'mdy', '24')} · Coordinator on call: ${staff(coord)}</div>
<table class="kv">
<tr><td>Referring hospital</td><td>Riverside Regional Medical Center — Neuro ICU, bed 8 · caller ${staff(caller)}, RN · callback (413) 555-0188</td><td>UNOS Donor ID</td><td>${phi('ID', unos)} (assigned ${D(addMin(call, 180), 'mdy')})</td></tr>
<tr><td>Patient</td><td>${N(LFU(p))}</td><td>MRN</td><td>${phi('MRN', p.mrn)}</td></tr>
<tr><td>DOB / age / sex</td><td>${D(p.dob, 'mdy')} / ${p.age} / M</td><td>ABO · Ht · Wt</td><td>O+ · 175 cm · 92 kg</td></tr>
<tr><td>Admitted</td><td>${D(admit, 'mdy', '24')}</td><td>Cause / mechanism</td><td>Anoxic brain injury after cardiac arrest (drowning), downtime ~25 min</td></tr>
<tr><td>Neuro</td><td>GCS 3T; pupils fixed 5 mm; no corneal, cough or gag; apnea test planned</td><td>Support</td><td>Vent AC 16/450/+8, FiO₂ 40%; norepinephrine 0.08 mcg/kg/min; vasopressin</td></tr>
<tr><td>Labs</td><td>Na 152, Cr 1.1, AST 214, ALT 188, T bili 0.9, lactate 2.4, HbA1c 5.4%</td><td>Serologies</td><td>Pending (sent ${hm(addMin(call, 35))})</td></tr></table>
<h4>Timeline</h4>
<table class="t"><tr><th>Time</th><th>Event</th></tr>${tl.map(([m, e]) => h`<tr><td>${hm(addMin(call, m))}</td><td>${e}</td></tr>`)}</table>
<div class="box"><b>Registry:</b> Donate Life Washington — REGISTERED DONOR (first-person authorization via DOL, ${D(reg, 'mdy')}); searched by name, DOB and driver license ${phi('DRIVERS_LICENSE', dl)}. Medical examiner: case accepted for review (ME case 26-0412); no restriction on recovery so far.</div>
<div class="box"><b>Family / NOK:</b> wife ${N(full(wife))} (legal NOK) ${P(wife.phone, 'paren')}; mother ${N(full(mom))} ${P(mom.phone, 'dash')}, arriving from Guam; Chamorro and English; Catholic — priest requested. Family not yet informed of registration; approach only by the OPO coordinator with the attending, after declaration.</div>`,
    };
  }
  const donors = Array.from({ length: 6 }, (_, i) => {
    const p = i < 4 ? pat(g, 'amish', 18, 70, i === 1 ? 'male' : undefined) : pat(g, g.pick(US_ORIGINS), 18, 70);
    if (i < 2) {
      const [town, zip] = g.pick(AMISH_TOWNS);
      Object.assign(p, { city: town, state: 'PA', zip, unit: '', street: amishRoad(g) });
    }
    return { p, id: `${g.digits(8)}`, last: addDays(TODAY, -g.int(20, 600)), n: g.int(1, 60), status: g.pick(['Eligible', 'Deferred — temporary', 'Eligible', 'Deferred — indefinite']) };
  });
  const sel = donors[0]!;
  const bro = donors[1]!;
  bro.p.last = sel.p.last;
  const defs: [Date, string, string, string, Date | undefined][] = [
    [addDays(TODAY, -g.int(400, 700)), 'LOW HGB', 'Hemoglobin 12.1 g/dL (fingerstick)', 'Temporary', addDays(TODAY, -g.int(390, 395))],
    [addDays(TODAY, -g.int(150, 300)), 'TRAVEL-MAL', 'Travel to malaria-endemic area (Honduras mission trip)', 'Temporary', addDays(TODAY, -g.int(20, 60))],
    [addDays(TODAY, -g.int(5, 20)), 'HBC-R', 'Anti-HBc reactive (repeat); HBsAg neg; HBV NAT non-reactive', 'Indefinite', undefined],
  ];
  const din = `W0414 ${yy} ${g.digits(6)}`;
  return {
    title: 'Donor Management — Deferral Registry',
    css,
    body: h`
<div class="hd"><b>Blood Center Donor Management</b> · Donor search · Deferral registry · Collections site: Lancaster County mobile drives</div>
<p>Search: last name "${N(sel.p.last.toUpperCase())}" · DOB ${D(sel.p.dob, 'mdy')} — ${donors.length} records (fuzzy match on)</p>
<table class="t"><tr><th>Donor ID</th><th>Name</th><th>DOB</th><th>Last donation</th><th>Donations</th><th>Status</th></tr>
${donors.map((d) => h`<tr><td>${phi('ID', d.id)}</td><td>${N(LF(d.p))}</td><td>${D(d.p.dob, 'mdy')}</td><td>${D(d.last, 'mdy')}</td><td>${d.n}</td><td>${d.status}</td></tr>`)}</table>
<div class="box"><b>Donor ${phi('ID', sel.id)}</b> — ${N(full(sel.p))} · ${usAddr(sel.p)} · phone (neighbor's shop) ${P(sel.p.work, 'paren')} · blood type O NEG · CMV negative · ${sel.n} donations
<table class="t"><tr><th>Date</th><th>Code</th><th>Reason</th><th>Type</th><th>Until</th></tr>
${defs.map(([d, c, r, t, u]) => h`<tr><td>${D(d, 'mdy')}</td><td>${c}</td><td>${r}</td><td>${t}</td><td>${u ? D(u, 'mdy') : '—'}</td></tr>`)}</table>
<p>Lookback: components from the donation of ${D(defs[2]![0], 'mdy')} (DIN ${din}) quarantined — red cells not shipped, plasma destroyed. Donor notification letter mailed ${D(addDays(TODAY, -2), 'mdy')}; counseling appointment offered. Brother ${N(full(bro.p))} (donor ${phi('ID', bro.id)}) donated at the same drive — not affected.</p></div>
<p>Deferral codes follow the FDA/AABB donor history questionnaire v2.1. Registry shared with hospital transfusion services (no recipient names shown).</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 16. Hospital-at-home remote monitoring dashboard; wearable (smartwatch) data import review

function homeWearable(g: G, k: number): Screen {
  const css = BASE_CSS + '.hd{background:#01579b;color:#fff;padding:4px 8px}.tile{display:inline-block;vertical-align:top;width:300px;border:1px solid #90caf9;border-radius:6px;margin:5px;padding:5px;font-size:12px}.alert{border-color:#e53935;background:#ffebee}.t td,.t th{border:1px solid #ccc;font-size:11.5px}.box{border:1px solid #999;margin:6px;padding:4px}pre{font:11px/1.4 monospace;background:#f5f5f5;border:1px solid #ccc;padding:4px;white-space:pre-wrap}';
  if (k === 0) {
    const tiles = Array.from({ length: 6 }, (_, i) => {
      const p = pat(g, i % 2 === 0 ? 'wordy' : g.pick(US_ORIGINS), 58, 96);
      return {
        p, day: g.int(1, 5), of: 5, dx: g.pick(['CHF exacerbation', 'Cellulitis, LLE', 'COPD exacerbation', 'Pneumonia', 'UTI / pyelonephritis', 'AKI on CKD 3b']),
        hr: g.int(62, 118), sys: g.int(96, 168), dia: g.int(54, 92), spo2: g.int(87, 98), temp: (g.int(970, 1012) / 10).toFixed(1), rr: g.int(14, 26),
        tablet: `R9${g.upper(1)}${g.digits(8)}`, cuff: `${g.digits(4)}${g.upper(2)}${g.digits(5)}`, ox: `N${g.digits(9)}`, cg: kin(g, 'wordy', g.pick(['daughter', 'son', p.sex === 'female' ? 'husband' : 'wife'])),
      };
    });
    tiles[0]!.spo2 = 88;
    const a = tiles[0]!;
    const body = `86${g.digits(12)}`;
    const gw = body + luhnCheckDigit(body);
    return {
      title: 'Hospital at Home — Command Center',
      css,
      body: h`
<div class="hd"><b>Hospital at Home</b> · Command center · ${tiles.length} patients · Virtual RN ${staff(g.provider())} · Virtual MD ${drFL(g.provider())} · ${D(TODAY, 'mdy', '24')}</div>
${tiles.map((t, i) => h`<div class="tile${i === 0 ? ' alert' : ''}"><b>${N(full(t.p))}</b> · ${A(t.p.age, 'y')} ${sexLetter(t.p)} · MRN ${phi('MRN', t.p.mrn)}<br>Day ${t.day} of ${t.of} · ${t.dx}<br>HR ${t.hr} · BP ${t.sys}/${t.dia} · SpO₂ ${t.spo2}% · T ${t.temp} °F · RR ${t.rr}<br>Home: ${usAddr(t.p)}<br>Kit: tablet ${phi('DEVICE', t.tablet)} · BP cuff ${phi('DEVICE', t.cuff)} · oximeter ${phi('DEVICE', t.ox)}<br>Caregiver: ${N(full(t.cg))} (${t.cg.relation}) ${P(t.cg.phone, 'dash')}</div>`)}
<div class="box"><b>ALERT ${hm(addMin(TODAY, -12))}</b> — ${N(full(a.p))}: SpO₂ 88% for 10 min on 2 L; RR 26. Video visit: increased work of breathing. Community paramedic dispatched to ${phi('ADDRESS', a.p.street)}, ${phi('ADDRESS', a.p.city)} (ETA 22 min); lockbox code on file (2290). Furosemide 40 mg IV, O₂ to 4 L; escalation criteria reviewed with ${a.cg.relation} ${N(a.cg.first)}.</div>
<div class="box">Connectivity: cellular gateway IMEI ${phi('DEVICE', gw)} · home Wi-Fi public IP ${phi('IP', ip4(g))} · last sync ${hms(addMin(TODAY, -1))}. Two-day supply drop scheduled ${T(`${fd(addDays(TODAY, 1), 'mdy')} 09:00–11:00`)}.</div>`,
    };
  }
  const p = pat(g, 'wordy', 58, 80, 'female');
  const watchSn = `H${g.upper(1)}${g.digits(1)}${g.upper(3)}${g.digits(1)}${g.upper(1)}${g.digits(1)}${g.upper(1)}${g.digits(1)}`;
  const phoneSn = `F${g.digits(1)}${g.upper(2)}${g.digits(2)}${g.upper(3)}${g.digits(2)}`;
  const mac = Array.from({ length: 6 }, (_, i) => (i < 3 ? ['00', '24', 'E4'][i]! : g.pick(['1A', '2F', '3C', '4D', '5E', '6B', '7A', '8C', '9D', 'A1', 'B2', 'C3']))).join(':');
  const upload = addMin(TODAY, -g.int(120, 600));
  const ecgs = Array.from({ length: 5 }, (_, i) => addMin(TODAY, -g.int(60, 60 * 24 * 9) - i * 180)).sort((a, b) => b.getTime() - a.getTime());
  const zone = (d: Date) => `${Y(d)}-${pad(Mo(d) + 1)}-${pad(Dd(d))} ${hms(d)} -0500`;
  const rec = addMin(ecgs[0]!, -g.int(5, 40));
  rec.setUTCSeconds(g.int(0, 59));
  const xml = [
    `<Record type="HKQuantityTypeIdentifierHeartRate" sourceName="${phi('NAME', p.first)}’s Apple Watch" sourceVersion="11.3" unit="count/min" creationDate="${phi('DATE', zone(addMin(rec, 2)))}" startDate="${phi('DATE', zone(rec))}" endDate="${phi('DATE', zone(rec))}" value="${g.int(128, 156)}"/>`,
    `<Record type="HKCategoryTypeIdentifierIrregularHeartRhythmEvent" sourceName="${phi('NAME', p.first)}’s Apple Watch" sourceVersion="11.3" creationDate="${phi('DATE', zone(ecgs[1]!))}" startDate="${phi('DATE', zone(addMin(ecgs[1]!, -61)))}" endDate="${phi('DATE', zone(ecgs[1]!))}" value="HKCategoryValueNotApplicable"/>`,
    `<Record type="HKQuantityTypeIdentifierBloodPressureSystolic" sourceName="Health Mate" device="Withings BPM Connect, ${phi('DEVICE', mac)}" unit="mmHg" startDate="${phi('DATE', zone(upload))}" value="${g.int(128, 152)}"/>`,
  ].join('\n');
  const cls = ['Atrial fibrillation', 'Atrial fibrillation', 'Sinus rhythm', 'Inconclusive — high heart rate', 'Atrial fibrillation'];
  return {
    title: 'Patient-Generated Health Data — Review',
    css,
    body: h`
<div class="hd"><b>Patient-generated health data</b> · Pending clinician review · Cardiology — Electrophysiology</div>
<table class="t"><tr><th>Patient</th><td>${N(full(p))}</td><th>MRN</th><td>${phi('MRN', p.mrn)}</td><th>DOB</th><td>${D(p.dob, 'mdy')}</td><th>Linked via</th><td>MyChart (${phi('EMAIL', p.email)})</td></tr></table>
<h4>Sources</h4>
<table class="t"><tr><th>Source</th><th>Model</th><th>Software</th><th>Serial / identifier</th><th>Last upload</th></tr>
<tr><td>${N(p.first)}’s Apple Watch</td><td>Watch7,3 (Series 9, 45 mm)</td><td>watchOS 11.3</td><td>${phi('DEVICE', watchSn)}</td><td>${D(upload, 'mdy', '12')}</td></tr>
<tr><td>${N(full(p))}’s iPhone</td><td>iPhone15,2</td><td>iOS 18.3</td><td>${phi('DEVICE', phoneSn)}</td><td>${D(upload, 'mdy', '12')}</td></tr>
<tr><td>Withings BPM Connect (via Health Mate)</td><td>WPM05</td><td>2.4.1</td><td>${phi('DEVICE', mac)}</td><td>${D(upload, 'mdy', '12')}</td></tr></table>
<h4>ECG recordings (single lead)</h4>
<table class="t"><tr><th>Recorded</th><th>Classification</th><th>Average HR</th><th>Symptoms</th></tr>
${ecgs.map((d, i) => h`<tr><td>${T(zone(d))}</td><td>${cls[i]}</td><td>${g.int(88, 146)} BPM</td><td>${g.pick(['Palpitations', 'None', 'Shortness of breath', 'Lightheaded', 'None'])}</td></tr>`)}</table>
<h4>Export excerpt (export.xml)</h4>
<pre>${xml}</pre>
<div class="box"><b>Review:</b> recurrent AF on watch ECGs since ${D(ecgs[4]!, 'monthDay')}; CHA₂DS₂-VASc 3; not anticoagulated. Message sent to patient to schedule visit; consider 14-day patch monitor (Zio XT) to quantify burden. Husband ${N(full(p.spouse))} also uses the shared Health app on the family iPad — patient asked that his data not be imported.</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 17. Swiss hospital chart (Graubünden; AHV number, insurance card, Romansh names); Austrian ward admission (SVNR, e-card)

const CH_F = ['Regula', 'Verena', 'Ursula', 'Annemarie', 'Corina', 'Seraina', 'Mengia'];
const CH_M = ['Beat', 'Urs', 'Reto', 'Ueli', 'Gian Marco', 'Flurin', 'Duri'];
const CH_LAST = ['Zbinden', 'Gasser', 'Schnyder', 'Caduff', 'Cathomen', 'Tschudi', 'Bärtschi', 'Flückiger', 'Cadonau', 'Item'];
const AT_F = ['Gerlinde', 'Hermine', 'Theresia', 'Burgi', 'Waltraud', 'Roswitha'];
const AT_M = ['Sepp', 'Alois', 'Ferdinand', 'Leopold', 'Engelbert', 'Hubert'];
const AT_LAST = ['Gruber', 'Pichler', 'Moser', 'Hofer', 'Leitner', 'Steinwender', 'Holzknecht', 'Mayrhofer'];
const DE_MONTH_AT = ['Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const DE_MONTH_CH = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** Swiss AHV / AVS number 756.XXXX.XXXX.XC (EAN-13 check digit). */
function ahv(g: G): string {
  const body = `756${g.digits(9)}`;
  const sum = body.split('').reduce((acc, x, i) => acc + Number(x) * (i % 2 === 0 ? 1 : 3), 0);
  const s = body + ((10 - (sum % 10)) % 10);
  return `${s.slice(0, 3)}.${s.slice(3, 7)}.${s.slice(7, 11)}.${s.slice(11)}`;
}

/** Austrian Versicherungsnummer: 3-digit serial, check digit, DDMMYY. */
function svnr(g: G, dob: Date): string {
  const dd = `${pad(Dd(dob))}${pad(Mo(dob) + 1)}${String(Y(dob)).slice(2)}`;
  const w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];
  for (;;) {
    const serial = `${g.int(1, 9)}${g.digits(2)}`;
    const sum = `${serial}0${dd}`.split('').reduce((acc, x, i) => acc + Number(x) * w[i]!, 0);
    const c = sum % 11;
    if (c === 10) continue;
    return `${serial}${c} ${dd}`;
  }
}

function alpine(g: G, k: number): Screen {
  const css = BASE_CSS + '.ban{background:#b71c1c;color:#fff;padding:5px}.box{border:1px solid #ccc;margin:6px;padding:4px}.kv td:nth-child(odd){color:#666}.t td,.t th{border-bottom:1px solid #eee;font-size:12px}';
  if (k === 0) {
    const female = g.chance(0.5);
    const first = g.pick(female ? CH_F : CH_M);
    const last = g.pick(CH_LAST);
    const dob = born(g, 62, 88);
    const ahvNo = ahv(g);
    const card = `80756 ${g.digits(5)} ${g.digits(10)}`;
    const policy = `${g.digits(3)}.${g.digits(3)}.${g.digits(3)}`;
    const pid = g.digits(8);
    const fall = `${yy}${g.digits(7)}`;
    const [street, plz, village] = g.pick([['Via da la Staziun', '7550', 'Scuol'], ['Via Principala', '7180', 'Disentis/Mustér'], ['Stradun', '7551', 'Ftan'], ['Via Maistra', '7524', 'Zuoz']] as [string, string, string][]);
    const spouse = `${g.pick(female ? CH_M : CH_F)} ${last}`;
    const dtr = `${g.pick(CH_F)} ${g.pick(CH_LAST.filter((x) => x !== last))}-${last}`;
    const eintritt = at(addDays(TODAY, -2), 16, 45);
    const chLong = (d: Date) => `${Dd(d)}. ${DE_MONTH_CH[Mo(d)]} ${Y(d)}`;
    return {
      title: 'KISIM — Patientenstamm',
      css,
      body: h`
<div class="ban">Kantonsspital Graubünden · Medizinische Klinik · ${N(`${last}, ${first}`)} · ${T(dmyDot(dob))} · ${female ? 'w' : 'm'} · PID ${phi('MRN', pid)} · Fall ${phi('ACCOUNT', fall)}</div>
<div class="box"><b>Personalien</b><table class="kv">
  <tr><td>Name, Vorname</td><td>${N(`${last} ${first}`)}</td><td>Geburtsdatum</td><td>${T(dmyDot(dob))} (${ageNow(dob)} J.)</td></tr>
  <tr><td>AHV-Nr.</td><td>${phi('SSN', ahvNo)}</td><td>Sprache</td><td>Rätoromanisch (Vallader), Deutsch</td></tr>
  <tr><td>Adresse</td><td colspan="3">${phi('ADDRESS', `${street} ${g.int(1, 140)}`)}, ${phi('ZIP', plz)} ${phi('ADDRESS', village)} GR</td></tr>
  <tr><td>Telefon / Natel</td><td>${phi('PHONE', `+41 81 ${g.int(800, 899)} ${g.digits(2)} ${g.digits(2)}`)} · ${phi('PHONE', `079 ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`)}</td><td>Zivilstand</td><td>verheiratet</td></tr>
  <tr><td>Krankenversicherer</td><td>ÖKK (OKP) · Versichertenkarte ${phi('HEALTH_PLAN', card)} · Police ${phi('HEALTH_PLAN', policy)}</td><td>Zusatz</td><td>halbprivat</td></tr>
  <tr><td>Angehörige</td><td colspan="3">${female ? 'Ehemann' : 'Ehefrau'} ${N(spouse)} (gleiche Adresse) · Tochter ${N(dtr)}, ${phi('PHONE', `+41 79 ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`)}</td></tr>
  <tr><td>Hausarzt</td><td colspan="3">Dr. med. ${g.pick(CH_M)} ${g.pick(['Sutter', 'Bezzola', 'Planta'])}, Scuol · Zuweisung ${T(chLong(addDays(TODAY, -2)))}</td></tr></table></div>
<div class="box"><b>Eintritt ${T(`${dmyDot(eintritt)} ${hm(eintritt)}`)}</b> — Notfallstation, Verlegung aus dem Ospidal Engiadina Bassa
<p>Diagnosen: 1. Ambulant erworbene Pneumonie rechts basal (CRB-65: 1). 2. Diabetes mellitus Typ 2 (HbA1c 7,9 %). 3. St. n. Hüft-TP links 2019.</p>
<p>Verlauf: Amoxicillin/Clavulansäure 2,2 g i.v. 3×/d; O₂ 2 l/min. Lebt mit ${female ? 'Ehemann' : 'Ehefrau'} ${N(spouse.split(' ')[0]!)} auf dem Hof in ${phi('ADDRESS', village)}; Tochter organisiert Spitex ab Austritt (geplant ${T(chLong(addDays(TODAY, 3)))}).</p></div>`,
    };
  }
  const female = g.chance(0.5);
  const first = g.pick(female ? AT_F : AT_M);
  const last = g.pick(AT_LAST);
  const title = female ? 'Dipl.-Ing.' : 'Ing.';
  const dob = born(g, 55, 84);
  const sv = svnr(g, dob);
  const spDob = born(g, 55, 84);
  const spSv = svnr(g, spDob);
  const spouse = `${g.pick(female ? AT_M : AT_F)} ${last}`;
  const dtr = `${g.pick(AT_F)} ${g.pick(AT_LAST)}`;
  const [street, plz, ort] = g.pick([['Dorfstraße', '6182', 'Gries im Sellrain'], ['Hauptplatz', '8010', 'Graz'], ['Kirchgasse', '6020', 'Innsbruck'], ['Am Anger', '5550', 'Radstadt']] as [string, string, string][]);
  const pid = g.digits(9);
  const az = `${Y(TODAY)}/${g.digits(6)}`;
  const atLong = (d: Date) => `${Dd(d)}. ${DE_MONTH_AT[Mo(d)]} ${Y(d)}`;
  const adm = at(TODAY, 9, 15);
  return {
    title: 'Stationäre Aufnahme',
    css,
    body: h`
<div class="ban">LKH — Universitätsklinikum · Stationäre Aufnahme · Innere Medizin I · ${T(atLong(TODAY))}</div>
<div class="box"><table class="kv">
  <tr><td>Patient*in</td><td>${N(`${title} ${first} ${last}`)}</td><td>Patient*innen-Nr.</td><td>${phi('MRN', pid)}</td></tr>
  <tr><td>Geburtsdatum</td><td>${T(atLong(dob))}</td><td>SVNR</td><td>${phi('SSN', sv)}</td></tr>
  <tr><td>Anschrift</td><td colspan="3">${phi('ADDRESS', `${street} ${g.int(1, 40)}/${g.int(1, 4)}/${g.int(1, 12)}`)}, ${phi('ZIP', plz)} ${phi('ADDRESS', ort)} (Bundesland: ${plz.startsWith('8') ? 'Steiermark' : plz.startsWith('5') ? 'Salzburg' : 'Tirol'})</td></tr>
  <tr><td>Versicherungsträger</td><td>ÖGK · e-card gesteckt ${T(`${dmyDot(adm)} ${hm(adm)}`)} · Status: anspruchsberechtigt</td><td>Aufnahmezahl</td><td>${phi('ACCOUNT', az)}</td></tr>
  <tr><td>Mitversichert</td><td colspan="3">${female ? 'Ehegatte' : 'Ehegattin'} ${N(spouse)}, SVNR ${phi('SSN', spSv)}</td></tr>
  <tr><td>Kontaktperson</td><td colspan="3">Tochter ${N(dtr)}, ${phi('PHONE', `+43 664 ${g.digits(7)}`)} · Festnetz ${phi('PHONE', `0512 ${g.digits(6)}`)}</td></tr>
  <tr><td>ELGA</td><td>Teilnahme ja · e-Befund-Abruf erlaubt</td><td>Patientenverfügung</td><td>verbindlich, errichtet ${T(`${DE_MONTH_AT[Mo(addDays(TODAY, -800))]} ${Y(addDays(TODAY, -800))}`)}</td></tr></table></div>
<div class="box"><b>Aufnahmegrund:</b> Dyspnoe NYHA III, Beinödeme bds., BNP 1.840 pg/ml. Bekannte HFrEF (EF 30 %), Vorhofflimmern (OAK: Apixaban 5 mg 1-0-1). Zuweisung durch Hausärztin Dr. ${g.pick(AT_F)} ${g.pick(['Kofler', 'Wallner'])}. Letzter Aufenthalt ${T(dmyDot(addDays(TODAY, -g.int(60, 200))))}.</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 18. Chilean primary-care record (CESFAM; RUN, FONASA, Mapuche names); Peruvian hospital record (DNI, SIS, Quechua names)

const MAP_F = ['Rayén', 'Millaray', 'Ayelén', 'Rosa Elvira', 'María Angélica', 'Ailén'];
const MAP_M = ['Lautaro', 'Pehuén', 'Nahuel', 'Juan Segundo', 'Huenu', 'José Luis'];
const MAP_LAST = ['Huenchullán', 'Catrileo', 'Painemal', 'Millaqueo', 'Ñancupil', 'Huaiquimilla', 'Calfucura', 'Antilef', 'Llancaqueo', 'Curinao'];
const QU_F = ['Yeni', 'Marleni', 'Nilda', 'Killa', 'Flor de María', 'Sonia'];
const QU_M = ['Wilber', 'Edwin', 'Percy', 'Inti', 'Amaru', 'Rubén'];
const QU_LAST = ['Quispe', 'Mamani', 'Huamán', 'Condori', 'Ccahuana', 'Huillca', 'Apaza', 'Yupanqui', 'Ticona', 'Chambi'];
const ES_MONTH = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** Chilean RUN/RUT with its mod-11 check character, written 12.345.678-K. */
function run(g: G): string {
  const body = g.int(4_000_000, 13_999_999);
  let sum = 0;
  let m = 2;
  for (const d of String(body).split('').reverse()) {
    sum += Number(d) * m;
    m = m === 7 ? 2 : m + 1;
  }
  const r = 11 - (sum % 11);
  const dv = r === 11 ? '0' : r === 10 ? 'K' : String(r);
  return `${String(body).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}-${dv}`;
}

function andes(g: G, k: number): Screen {
  const css = BASE_CSS + '.ban{background:#1b5e20;color:#fff;padding:5px}.box{border:1px solid #ccc;margin:6px;padding:4px}.kv td:nth-child(odd){color:#666}.t td,.t th{border-bottom:1px solid #eee;font-size:12px}';
  const dash = (d: Date) => `${pad(Dd(d))}-${pad(Mo(d) + 1)}-${Y(d)}`;
  if (k === 0) {
    const female = g.chance(0.6);
    const given = `${g.pick(female ? MAP_F : MAP_M)} ${g.pick(female ? ['Andrea', 'Carolina', 'Isabel'] : ['Andrés', 'Segundo', 'Antonio'])}`;
    const pat1 = g.pick(MAP_LAST);
    const pat2 = g.pick(MAP_LAST.filter((x) => x !== pat1));
    const dob = born(g, 50, 78);
    const runNo = run(g);
    const ficha = g.digits(6);
    const folio = g.digits(7);
    const daughter = `${g.pick(MAP_F)} ${g.pick(['Sepúlveda', 'Muñoz', 'Contreras'])} ${pat1}`;
    const visit = at(TODAY, 10, 20);
    return {
      title: 'Ficha Clínica — CESFAM',
      css,
      body: h`
<div class="ban">CESFAM Pulmahue · Ficha clínica electrónica · Programa de Salud Cardiovascular · ${T(dash(TODAY))}</div>
<div class="box"><table class="kv">
  <tr><td>Nombre</td><td>${N(`${given} ${pat1} ${pat2}`)}</td><td>RUN</td><td>${phi('ID', runNo)}</td></tr>
  <tr><td>Fecha de nacimiento</td><td>${T(dash(dob))}</td><td>Edad</td><td>${ageNow(dob)} años</td></tr>
  <tr><td>Dirección</td><td colspan="3">${phi('ADDRESS', `Pasaje ${g.pick(['Los Copihues', 'Las Araucarias', 'Rewe', 'Los Canelos'])} ${g.int(100, 2999)}`)}, ${phi('ADDRESS', `Villa ${g.pick(['Esperanza', 'Pulmahue', 'Los Ríos'])}`)}, ${phi('ADDRESS', 'Padre Las Casas')}, Región de La Araucanía</td></tr>
  <tr><td>Teléfono</td><td>${phi('PHONE', `+56 9 ${g.digits(4)} ${g.digits(4)}`)}</td><td>Previsión</td><td>FONASA tramo B</td></tr>
  <tr><td>N° ficha</td><td>${phi('MRN', ficha)}</td><td>Pueblo originario</td><td>Mapuche (autoidentificación)</td></tr>
  <tr><td>Contacto</td><td colspan="3">hija ${N(daughter)}, ${phi('PHONE', `9 ${g.digits(4)} ${g.digits(4)}`)}</td></tr></table></div>
<div class="box"><b>Control cardiovascular ${T(`${dash(visit)} ${hm(visit)}`)}</b>
<p>PA 148/92 mmHg · peso 81 kg · IMC 31,6 · glicemia 142 mg/dL · HbA1c 8,1 % · RAC 45 mg/g · VFG 68. Refiere uso de lawen (hierbas medicinales) indicado por machi; se conversa complementariedad.</p>
<p>Plan: aumentar metformina a 850 mg c/12 h; losartán 50 mg c/12 h. GES diabetes — notificación folio ${phi('ID', folio)}. Próximo control ${T(`${Dd(addDays(TODAY, 90))} de ${ES_MONTH[Mo(addDays(TODAY, 90))]} de ${Y(addDays(TODAY, 90))}`)}. Facilitador intercultural presente.</p></div>`,
    };
  }
  const female = true;
  const first = g.pick(QU_F);
  const ap1 = g.pick(QU_LAST);
  const ap2 = g.pick(QU_LAST.filter((x) => x !== ap1));
  const dob = born(g, 19, 38);
  const dni = g.digits(8);
  const sis = `${g.digits(3)}-2-${g.digits(8)}`;
  const hc = g.digits(6);
  const cta = g.digits(7);
  const fua = `${g.digits(5)}-${yy}-${g.digits(8)}`;
  const spouse = `${g.pick(female ? QU_M : QU_F)} ${g.pick(QU_LAST)} ${g.pick(QU_LAST)}`;
  const spDni = g.digits(8);
  const slash = (d: Date) => `${pad(Dd(d))}/${pad(Mo(d) + 1)}/${Y(d)}`;
  const adm = at(TODAY, 7, 50);
  return {
    title: 'Historia Clínica — Hospital Regional',
    css,
    body: h`
<div class="ban">Hospital Regional del Cusco · Historia clínica · Emergencia — Gineco-obstetricia · ${T(slash(TODAY))}</div>
<div class="box"><table class="kv">
  <tr><td>Apellidos y nombres</td><td>${N(`${ap1.toUpperCase()} ${ap2.toUpperCase()}, ${first}`)}</td><td>DNI</td><td>${phi('ID', dni)}</td></tr>
  <tr><td>Fecha de nacimiento</td><td>${T(slash(dob))}</td><td>Edad</td><td>${ageNow(dob)} a</td></tr>
  <tr><td>Domicilio</td><td colspan="3">${phi('ADDRESS', `Comunidad campesina ${g.pick(['Yanacona', 'Taucca', 'Umasbamba'])}, sector ${g.int(1, 6)}`)} · Distrito ${phi('ADDRESS', 'Chinchero')} · Provincia ${phi('ADDRESS', 'Urubamba')} · Departamento Cusco</td></tr>
  <tr><td>Celular</td><td>${phi('PHONE', `984 ${g.digits(3)} ${g.digits(3)}`)}</td><td>Seguro</td><td>SIS gratuito · afiliación ${phi('HEALTH_PLAN', sis)}</td></tr>
  <tr><td>N° HC</td><td>${phi('MRN', hc)}</td><td>N° cuenta</td><td>${phi('ACCOUNT', cta)}</td></tr>
  <tr><td>Acompañante</td><td colspan="3">${female ? 'esposo' : 'esposa'} ${N(spouse)}, DNI ${phi('ID', spDni)} · lengua materna quechua</td></tr></table></div>
<div class="box"><b>Ingreso ${T(`${slash(adm)} ${hm(adm)}`)}</b>
<p>G3 P2002, gestación 36 semanas por FUR (${T(slash(addDays(TODAY, -252)))}). PA 150/100, proteinuria 2+. Hb 9,8 g/dL (corregida por altitud, 3 762 msnm). Dx: preeclampsia con criterios de severidad. Sulfato de magnesio 4 g EV, luego 1 g/h. Referencia a UCI materna. FUA ${phi('ID', fua)}.</p>
<p>Intérprete quechua: personal de admisión. ${female ? 'Esposo' : 'Esposa'} firma consentimiento.</p></div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 19. Pakistani hospital OPD slip (CNIC, Urdu); Egyptian Universal Health Insurance record (national ID, Arabic, RTL)

const PK_PEOPLE: [string, string, Sex][] = [['Rukhsana Memon', 'رخسانہ میمن', 'female'], ['Shazia Soomro', 'شازیہ سومرو', 'female'], ['Nasreen Jatoi', 'نسرین جتوئی', 'female'],
  ['Ghulam Mustafa Jatoi', 'غلام مصطفیٰ جتوئی', 'male'], ['Imtiaz Baloch', 'امتیاز بلوچ', 'male'], ['Naveed Siddiqui', 'نوید صدیقی', 'male']];
const PK_KIN = ['Abdul Rasheed', 'Muhammad Aslam', 'Ghulam Qadir', 'Ali Nawaz', 'Khadim Hussain'];
const EG_PEOPLE: [string, string, Sex][] = [['Mina Girgis Boutros', 'مينا جرجس بطرس', 'male'], ['Marina Hany Ayad', 'مارينا هاني عياد', 'female'], ['Nermeen Adel Abdel-Malak', 'نرمين عادل عبد الملاك', 'female'],
  ['Mahmoud Said Shehata', 'محمود سعيد شحاتة', 'male'], ['Heba Abdel-Fattah Mansour', 'هبة عبد الفتاح منصور', 'female']];
const AR_MONTH = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const arDigits = (s: string) => s.replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);

function pkEg(g: G, k: number): Screen {
  const css = BASE_CSS + '.ban{background:#1b5e20;color:#fff;padding:5px}.box{border:1px solid #ccc;margin:6px;padding:4px}.kv td:nth-child(odd){color:#666}.ur{font-family:"Noto Nastaliq Urdu",serif;direction:rtl}.rtl{direction:rtl;text-align:right}.t td,.t th{border-bottom:1px solid #eee;font-size:12px}';
  if (k === 0) {
    const [rom, urdu, sex] = g.pick(PK_PEOPLE);
    const dob = born(g, 30, 66);
    const cnic = `${g.pick(['42101', '42201', '41303', '44103'])}-${g.digits(7)}-${g.int(0, 4) * 2 + (sex === 'male' ? 1 : 0)}`;
    const rel = `${sex === 'female' ? 'W/O' : 'S/O'} ${g.pick(PK_KIN)} ${rom.split(' ').slice(-1)[0]}`;
    const mr = `CHK-${yy}-${g.digits(7)}`;
    const son = `${g.pick(['Faisal', 'Bilal', 'Zeeshan', 'Kamran'])} ${rom.split(' ').slice(-1)[0]}`;
    const visit = at(TODAY, 9, 10);
    const dmon = (d: Date) => `${pad(Dd(d))}-${MON[Mo(d)]}-${Y(d)}`;
    return {
      title: 'HMIS — OPD Registration',
      css,
      body: h`
<div class="ban">Civil Hospital Karachi · HMIS · Medical OPD-II · Token 147 · ${T(dmon(TODAY))}</div>
<div class="box"><table class="kv">
  <tr><td>MR No.</td><td>${phi('MRN', mr)}</td><td>CNIC</td><td>${phi('ID', cnic)}</td></tr>
  <tr><td>Patient name</td><td>${N(rom)} · <span class="ur">${N(urdu)}</span></td><td>${sex === 'female' ? 'W/O' : 'S/O'}</td><td>${N(rel.slice(4))}</td></tr>
  <tr><td>Age / sex</td><td>${ageNow(dob)} Y / ${sex === 'female' ? 'F' : 'M'}</td><td>DOB</td><td>${T(dmon(dob))}</td></tr>
  <tr><td>Address</td><td colspan="3">${phi('ADDRESS', `House No. ${g.upper(1)}-${g.int(1, 300)}, Block ${g.int(1, 19)}`)}, ${phi('ADDRESS', g.pick(['Gulshan-e-Iqbal', 'Korangi', 'Lyari', 'North Nazimabad']))}, ${phi('ADDRESS', 'Karachi')}, Sindh</td></tr>
  <tr><td>Mobile</td><td>${phi('PHONE', `03${g.int(0, 4)}${g.int(0, 9)}-${g.digits(7)}`)}</td><td>Panel / scheme</td><td>Sehat Sahulat — eligible (verified by CNIC)</td></tr>
  <tr><td>Attendant</td><td colspan="3">son ${N(son)} · ${phi('PHONE', `+92 3${g.int(0, 4)}${g.int(0, 9)} ${g.digits(7)}`)}</td></tr></table></div>
<div class="box"><b>Consultation ${T(`${dmon(visit)} ${hm(visit)}`)}</b>
<p>Fever × 4 days, retro-orbital pain, myalgia. Dengue NS1 positive. Platelets 48,000/µL, HCT 44%, WBC 2.9. No bleeding. BP 110/70. Dx: dengue fever without warning signs. Plan: ORS, paracetamol 1 g TDS (no NSAIDs), CBC daily, return if bleeding or abdominal pain.</p>
<p class="ur">مریضہ کو چار دن سے بخار ہے۔ روزانہ خون کا ٹیسٹ کروائیں۔ بیٹا ${N(son.split(' ')[0]!)} ساتھ ہے۔</p>
<p>MO: Dr. Sana Ahmed (PG-R2) · Consultant: Prof. Tariq Mahmood · Next visit ${T(dmon(addDays(TODAY, 1)))}</p></div>`,
    };
  }
  const [rom, arabic, sex] = g.pick(EG_PEOPLE);
  const dob = born(g, 45, 75);
  const nid = `${Y(dob) >= 2000 ? 3 : 2}${String(Y(dob)).slice(2)}${pad(Mo(dob) + 1)}${pad(Dd(dob))}03${g.digits(3)}${g.int(0, 4) * 2 + (sex === 'male' ? 1 : 0)}${g.int(1, 9)}`;
  const uhi = `${g.digits(2)}-${g.digits(8)}`;
  const file = g.digits(7);
  const mob = `010${g.digits(8)}`;
  const sonAr = g.pick(['بيتر', 'أندرو', 'كريم', 'مصطفى']);
  const sonRom = { 'بيتر': 'Peter', 'أندرو': 'Andrew', 'كريم': 'Karim', 'مصطفى': 'Mostafa' }[sonAr]!;
  const lastAr = arabic.split(' ').slice(-1)[0]!;
  const lastRom = rom.split(' ').slice(-1)[0]!;
  const sonMob = `012${g.digits(8)}`;
  const arDate = (d: Date) => arDigits(`${Dd(d)}`) + ` ${AR_MONTH[Mo(d)]} ` + arDigits(`${Y(d)}`);
  const street = g.pick([['شارع الجمهورية', 'El-Gomhoreya St'], ['شارع محمد علي', 'Mohamed Ali St'], ['شارع صفية زغلول', 'Safeya Zaghloul St']] as [string, string][]);
  const no = g.int(2, 140);
  const district = g.pick([['حي الشرق', 'El-Sharq district'], ['حي العرب', 'El-Arab district'], ['حي الزهور', 'El-Zohour district']] as [string, string][]);
  const visit = at(TODAY, 11, 5);
  return {
    title: 'منظومة التأمين الصحي الشامل — بورسعيد',
    css,
    body: h`
<div class="ban">Universal Health Insurance Authority · Port Said · El-Nasr Family Health Unit · ${T(dmySlash(TODAY))}</div>
<div class="box rtl" dir="rtl" lang="ar"><table class="kv">
  <tr><td>الاسم</td><td>${N(arabic)}</td><td>الرقم القومي</td><td>${phi('ID', nid)}</td></tr>
  <tr><td>تاريخ الميلاد</td><td>${T(arDate(dob))}</td><td>النوع</td><td>${sex === 'female' ? 'أنثى' : 'ذكر'}</td></tr>
  <tr><td>العنوان</td><td colspan="3">${phi('ADDRESS', `${arDigits(String(no))} ${street[0]}`)}، ${phi('ADDRESS', district[0])}، محافظة بورسعيد</td></tr>
  <tr><td>رقم التأمين الصحي</td><td>${phi('HEALTH_PLAN', uhi)}</td><td>رقم الملف</td><td>${phi('MRN', file)}</td></tr>
  <tr><td>المحمول</td><td>${phi('PHONE', arDigits(mob))}</td><td>أقرب الأقارب</td><td>الابن ${N(`${sonAr} ${lastAr}`)} — ${phi('PHONE', sonMob)}</td></tr></table></div>
<div class="box" dir="ltr"><b>Demographics (Latin)</b>: ${N(rom)} · DOB ${T(dmySlash(dob))} · ${phi('ADDRESS', `${no} ${street[1]}`)}, ${phi('ADDRESS', district[1])}, Port Said Governorate · next of kin son ${N(`${sonRom} ${lastRom}`)}</div>
<div class="box"><b>Visit ${T(`${dmySlash(visit)} ${hm(visit)}`)}</b>
<p>Known T2DM and HTN. HbA1c 9.2%, FBS 186 mg/dL, creatinine 1.1 mg/dL, UACR 60 mg/g. BP 150/95. Fundus: mild NPDR. Plan: add empagliflozin 10 mg; amlodipine 5 mg → 10 mg; referral to ophthalmology (Port Said General). Next visit ${T(arDate(addDays(TODAY, 30)))}.</p>
<p class="rtl" dir="rtl">تم شرح خطة العلاج للمريض وابنه ${N(sonAr)}. الموعد القادم بعد شهر.</p></div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 20. Latvian family-doctor record (personas kods, inflected surnames); Kazakh polyclinic record (IIN, Cyrillic)

const LV_F = ['Ilze', 'Inese', 'Dace', 'Baiba', 'Zane', 'Sarmīte'];
const LV_M = ['Jānis', 'Andris', 'Juris', 'Aivars', 'Māris', 'Edgars'];
/** Latvian surnames: man, woman. */
const LV_LAST: [string, string][] = [['Bērziņš', 'Bērziņa'], ['Kalniņš', 'Kalniņa'], ['Ozoliņš', 'Ozoliņa'], ['Liepiņš', 'Liepiņa'], ['Krūmiņš', 'Krūmiņa'], ['Jansons', 'Jansone'], ['Vītols', 'Vītola']];
const LV_MONTH = ['janvāris', 'februāris', 'marts', 'aprīlis', 'maijs', 'jūnijs', 'jūlijs', 'augusts', 'septembris', 'oktobris', 'novembris', 'decembris'];
const KZ_F: [string, string][] = [['Айгүл', 'Aigul'], ['Гүлнар', 'Gulnar'], ['Жанар', 'Zhanar'], ['Сәуле', 'Saule'], ['Мөлдір', 'Moldir']];
const KZ_M: [string, string][] = [['Нұрлан', 'Nurlan'], ['Ерлан', 'Yerlan'], ['Бауыржан', 'Bauyrzhan'], ['Серік', 'Serik'], ['Асқар', 'Askar']];
const KZ_LAST: [string, string][] = [['Серікбаев', 'Serikbayev'], ['Жұмабаев', 'Zhumabayev'], ['Омаров', 'Omarov'], ['Тұрсынов', 'Tursynov'], ['Ахметов', 'Akhmetov']];
const RU_MONTH_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** Latvian personas kods DDMMYY-CNNNX (old format, with its check digit). */
function personasKods(g: G, dob: Date): string {
  const c = Y(dob) >= 2000 ? 2 : 1;
  const w = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  for (;;) {
    const body = `${pad(Dd(dob))}${pad(Mo(dob) + 1)}${String(Y(dob)).slice(2)}${c}${g.digits(3)}`;
    const sum = body.split('').reduce((acc, x, i) => acc + Number(x) * w[i]!, 0);
    const chk = (1101 - sum) % 11;
    if (chk === 10) continue;
    return `${body.slice(0, 6)}-${body.slice(6)}${chk}`;
  }
}

/** Kazakh IIN: YYMMDD, century/sex digit, 4 digits, check digit. */
function iin(g: G, dob: Date, sex: Sex): string {
  const gd = (Y(dob) >= 2000 ? 5 : 3) + (sex === 'female' ? 1 : 0);
  for (;;) {
    const body = `${String(Y(dob)).slice(2)}${pad(Mo(dob) + 1)}${pad(Dd(dob))}${gd}${g.digits(4)}`;
    let c = body.split('').reduce((acc, x, i) => acc + Number(x) * (i + 1), 0) % 11;
    if (c === 10) c = body.split('').reduce((acc, x, i) => acc + Number(x) * (((i + 2) % 11) + 1), 0) % 11;
    if (c === 10) continue;
    return body + c;
  }
}

function lvKz(g: G, k: number): Screen {
  const css = BASE_CSS + '.ban{background:#8d1b3d;color:#fff;padding:5px}.box{border:1px solid #ccc;margin:6px;padding:4px}.kv td:nth-child(odd){color:#666}.t td,.t th{border-bottom:1px solid #eee;font-size:12px}';
  if (k === 0) {
    const female = g.chance(0.6);
    const sex: Sex = female ? 'female' : 'male';
    const pair = g.pick(LV_LAST);
    const first = g.pick(female ? LV_F : LV_M);
    const last = female ? pair[1] : pair[0];
    const dob = born(g, 58, 86);
    const pk = personasKods(g, dob);
    const card = g.digits(6);
    const ehic = `80428${g.digits(15)}`;
    const dtrPair = g.pick(LV_LAST);
    const dtr = `${g.pick(LV_F)} ${dtrPair[1]}`;
    const rural = g.chance(0.5);
    const lvLong = (d: Date) => `${Y(d)}. gada ${Dd(d)}. ${LV_MONTH[Mo(d)]}`;
    const visit = at(TODAY, 10, 50);
    const addr = rural
      ? h`${phi('ADDRESS', `“${g.pick(['Liepas', 'Ozoli', 'Kalnāji', 'Priedes'])}”`)}, ${phi('ADDRESS', g.pick(['Allažu pag.', 'Mores pag.', 'Krimuldas pag.']))}, Siguldas nov., ${phi('ZIP', `LV-21${g.digits(2)}`)}`
      : h`${phi('ADDRESS', `${g.pick(['Brīvības iela', 'Tērbatas iela', 'Lāčplēša iela', 'Gaujas iela'])} ${g.int(1, 180)}-${g.int(1, 60)}`)}, Rīga, ${phi('ZIP', `LV-10${g.digits(2)}`)}`;
    return {
      title: 'Ģimenes ārsta prakse — pacienta karte',
      css,
      body: h`
<div class="ban">Ģimenes ārsta prakse · E-veselība · Pacienta karte · ${N(`${first} ${last}`)} · ${T(`${dmyDot(TODAY)}.`)}</div>
<div class="box"><table class="kv">
  <tr><td>Vārds, uzvārds</td><td>${N(`${first} ${last}`)}</td><td>Personas kods</td><td>${phi('ID', pk)}</td></tr>
  <tr><td>Dzimšanas datums</td><td>${T(`${dmyDot(dob)}.`)}</td><td>Dzimums</td><td>${sex === 'female' ? 'sieviete' : 'vīrietis'}</td></tr>
  <tr><td>Adrese</td><td colspan="3">${addr}</td></tr>
  <tr><td>Tālrunis</td><td>${phi('PHONE', `+371 2${g.digits(3)} ${g.digits(4)}`)}</td><td>Amb. kartes Nr.</td><td>${phi('MRN', card)}</td></tr>
  <tr><td>EVAK</td><td>${phi('HEALTH_PLAN', ehic)}</td><td>Kontaktpersona</td><td>meita ${N(dtr)}, ${phi('PHONE', `2${g.digits(7)}`)}</td></tr></table></div>
<div class="box"><b>Vizīte ${T(`${lvLong(visit)}, ${hm(visit)}`)}</b>
<p>Sūdzības: elpas trūkums, kāju tūska. AH, KMF (NYHA II). AS 152/88, pulss 92, SpO₂ 95 %. NT-proBNP 1 480 pg/ml. Terapija: furosemīds 40 mg no rīta, bisoprolols 5 mg. Nosūtījums pie kardiologa — e-nosūtījums Nr. ${phi('ID', `${g.digits(10)}`)}. Kontrole ${T(`${dmyDot(addDays(TODAY, 14))}.`)} Meita ${N(dtr.split(' ')[0]!)} informēta.</p>
<p>Ārste: Dr. ${g.pick(['Laila Zariņa', 'Gunta Pētersone', 'Vija Eglīte'])} (ģimenes ārste).</p></div>`,
    };
  }
  const female = g.chance(0.6);
  const sex: Sex = female ? 'female' : 'male';
  const [givenCy, givenLa] = g.pick(female ? KZ_F : KZ_M);
  const [lastCy0, lastLa0] = g.pick(KZ_LAST);
  const lastCy = female ? `${lastCy0}а` : lastCy0;
  const lastLa = female ? `${lastLa0}a` : lastLa0;
  const [fatherCy] = g.pick(KZ_M);
  const patro = `${fatherCy}${female ? 'қызы' : 'ұлы'}`;
  const dob = born(g, 50, 80);
  const iinNo = iin(g, dob, sex);
  const card = g.digits(6);
  const [sonCy, sonLa] = g.pick(KZ_M);
  const sonLastCy = female ? lastCy0 : lastCy;
  const street = `ул. ${g.pick(['Мира', 'Республики', 'Абая', 'Металлургов'])}, д. ${g.int(1, 120)}, кв. ${g.int(1, 90)}`;
  const ruLong = (d: Date) => `${Dd(d)} ${RU_MONTH_GEN[Mo(d)]} ${Y(d)} г.`;
  const visit = at(TODAY, 9, 30);
  return {
    title: 'МИС — Амбулаторная карта',
    css,
    body: h`
<div class="ban">Поликлиника №3 г. Темиртау · Медицинская информационная система · Приём врача ВОП · ${T(dmyDot(TODAY))}</div>
<div class="box"><table class="kv">
  <tr><td>ФИО</td><td>${N(`${lastCy} ${givenCy} ${patro}`)}</td><td>ИИН</td><td>${phi('ID', iinNo)}</td></tr>
  <tr><td>Дата рождения</td><td>${T(dmyDot(dob))}</td><td>Пол</td><td>${female ? 'женский' : 'мужской'}</td></tr>
  <tr><td>Адрес</td><td colspan="3">Карагандинская обл., ${phi('ADDRESS', 'г. Темиртау')}, ${phi('ADDRESS', street)}</td></tr>
  <tr><td>Телефон</td><td>${phi('PHONE', `+7 70${g.int(0, 8)} ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`)}</td><td>№ мед. карты</td><td>${phi('MRN', card)}</td></tr>
  <tr><td>ОСМС</td><td>застрахован(а)</td><td>Прикрепление</td><td>Поликлиника №3, участок 14</td></tr>
  <tr><td>Родственник</td><td colspan="3">сын ${N(`${sonLastCy} ${sonCy}`)}, ${phi('PHONE', `8 777 ${g.digits(3)} ${g.digits(4)}`)}</td></tr></table></div>
<div class="box"><b>Приём ${T(`${ruLong(visit)}, ${hm(visit)}`)}</b>
<p>Жалобы на головную боль, головокружение. АД 168/98 мм рт. ст., ЧСС 84. Глюкоза 6,4 ммоль/л, холестерин 6,8 ммоль/л. Диагноз: I11.9 Гипертензивная болезнь с поражением сердца. Назначено: амлодипин 10 мг, лозартан 100 мг. Контроль через 2 недели (${T(ruLong(addDays(TODAY, 14)))}).</p>
<p>Врач ВОП: ${g.pick(['Ахметова Д. С.', 'Омарова Г. К.', 'Ким Е. В.'])}</p></div>
<div class="box"><b>Lab report header (Latin)</b>: Patient ${N(`${lastLa.toUpperCase()} ${givenLa.toUpperCase()}`)} · IIN ${phi('ID', iinNo)} · DOB ${T(dmyDot(dob))} · son ${N(`${(female ? lastLa0 : lastLa)} ${sonLa}`)}</div>`,
  };
}

// ---------------------------------------------------------------------------------------------

const LAYOUTS: Layout[] = [
  ['cath-ir-procedure-log', cathIr, ['en', 'en']],
  ['or-case-cart-spd-recall', caseCart, ['en', 'en']],
  ['bcma-exceptions-pump-log', bcmaPump, ['en', 'en']],
  ['medrec-fills-pharmacy-iis', medrecIis, ['en', 'en']],
  ['portal-proxy-empi-audit', portalMpi, ['en', 'en']],
  ['good-faith-estimate-eob', estimateEob, ['en', 'en']],
  ['collections-charity-care', collections, ['en', 'en']],
  ['interpreter-transport-queues', interpTransport, ['en', 'en']],
  ['sitter-log-commitment', sitterHold, ['en', 'en']],
  ['guardianship-prison-transfer', guardianPrison, ['en', 'en']],
  ['travel-yf-respirator-fit', travelOcc, ['en', 'en']],
  ['sports-ppe-concussion', sportsPpe, ['en', 'en']],
  ['sleep-study-audiology', sleepAudio, ['en', 'en']],
  ['optometry-rx-lab-ticket', optometry, ['en', 'en']],
  ['opo-referral-donor-deferral', opoDonor, ['en', 'en']],
  ['hospital-at-home-wearables', homeWearable, ['en', 'en']],
  ['swiss-austrian-chart', alpine, ['en', 'en']],
  ['chile-peru-record', andes, ['en', 'en']],
  ['pakistan-egypt-opd', pkEg, ['en', 'en']],
  ['latvia-kazakhstan-clinic', lvKz, ['en', 'en']],
];

export function generateSixthPages(seed = SIXTH_SEED): ProbePage[] {
  return generateLayoutPages(LAYOUTS, seed, 173, TODAY);
}
