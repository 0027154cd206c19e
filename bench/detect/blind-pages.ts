/**
 * A BLIND corpus of EHR screens, the fourth held-out set: products and screens that neither the
 * reference corpus (Medplum), the first probe (bench/detect/probe-pages.ts), the held-out set
 * (bench/detect/holdout-pages.ts) nor the unseen set (bench/detect/unseen-pages.ts) has. It stands in
 * for screens nobody on the team has seen: it was written without looking at the engine (nothing
 * under shared/ or extension/ was read) and must never be edited to make the engine pass or fail;
 * fix a page only when its ground truth is wrong.
 *
 * Styles (two pages each): intraoperative anesthesia record and pre-anesthesia evaluation; transfer
 * center request log and bed-management board; EMS patient care report (ePCR) and EMS refusal form
 * with prior responses; reportable-disease case investigation and TB contact-tracing line list;
 * REDCap-like clinical-trial eligibility/e-consent form (South African site) and study visit
 * calendar with adverse-event log; physical-therapy daily flowsheet and inpatient-rehab plan of care
 * (Section GG); wound photo gallery with captions and long-term-care pressure-injury tracker; nurse
 * triage call screen and after-hours answering-service log; A/R aging by guarantor and payment-plan /
 * collections account; MDS 3.0 Section A form boxes and a print-friendly long-term-care face sheet;
 * employee-health record with needlestick report and DOT driver medical examination form; Italian
 * (cartella clinica) and Brazilian (e-SUS PEC-like prontuário) chart screens; Swedish and Finnish
 * chart screens; Turkish (HBYS) and Romanian (foaie de observaţie) chart screens; Quebec (RAMQ)
 * and Indian (ABHA) registration screens; two-way patient SMS inbox and an e-mail-style (Direct)
 * referral letter; pediatric growth-chart table and well-child visit with developmental screen; a
 * dark-mode care-management dashboard with chips and a mobile rounding app's card views.
 *
 * Deterministic: seeded @faker-js/faker through the first probe's generator (G) for the US parts
 * (street addresses, cities, phones, birth dates, clinicians' and staff names), with hand-written name
 * pools of origins the earlier sets do not use: Korean, Vietnamese (with and without diacritics),
 * Cantonese and pinyin Chinese, Levantine, Gulf and Maghrebi Arabic, Turkish, Kurdish, Russian/
 * Ukrainian, Romanian, Hungarian, Czech, Swedish, Finnish, Norwegian, Italian, Haitian, Jamaican,
 * Brazilian, Mexican indigenous (Maya, Nahuatl), Kikuyu/Swahili/Luo, Tigrinya, Zulu/Xhosa, Bengali,
 * Gujarati, Marathi, Nepali, Pashto, Hebrew, Armenian, Georgian, Irish (Gaelic spellings), Welsh,
 * Māori, Tongan/Fijian, Inuit, and English given names and surnames that are ordinary words (Summer,
 * Honey, Blessing, Precious, Royal, King, Justice, Major; Bush, Church, Moss, Field, Price, Sharp);
 * nicknames, patronymics, initials, and a fixed "today" (Thursday 13 November 2025).
 *
 * Ground truth is recorded while a page is written, with the first probe's builder (`phi` marks a
 * value, `finish` turns marks into offsets and checks them; `checkTruth` (holdout-pages.ts) re-checks
 * offsets and overlaps). Conventions are the held-out and unseen sets', copied here:
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
 * - A patient's or relative's initials written for their name ("Subject initials: NDM", "R.K.H.",
 *   "NGO, D." on a bed board) are NAME, like the full name. A patronymic ("Sergeyevich") or a
 *   Turkish form's father's/mother's name ("Baba Adı") is part of a NAME / a NAME. An S/O, W/O
 *   ("son of", "wife of") relative's name is a NAME.
 * - Addresses abroad: the street line (house number, building, flat, block, staircase) and every
 *   locality below the country's first administrative level (neighbourhood/bairro/mahalle, district/
 *   ilçe, city/town/kommun/localitate, Italian province sigla, county) are ADDRESS; the first level
 *   (US state, Canadian province, Brazilian UF, Indian state, Turkish il shown as a province field,
 *   Romanian judeţ, Swedish län, region) and the country are not PHI; the postcode (CAP, CEP, PIN,
 *   postnummer, postinumero, cod poştal, code postal) is ZIP. An EMS scene location that is a street
 *   address or an intersection is ADDRESS (a place below the state), a facility is not.
 * - National identifiers: US SSN and Canadian SIN (NAS) are SSN; Italian codice fiscale, Brazilian
 *   CPF and NIS, Swedish personnummer, Finnish henkilötunnus, Turkish T.C. Kimlik No, Romanian CNP,
 *   South African ID number, Indian Aadhaar (masked: the visible part) and ABHA number and ABHA address are
 *   ID; Italian tessera sanitaria, Brazilian CNS (Cartão SUS), Quebec RAMQ number (NAM), a Romanian
 *   health card number and PM-JAY / insurer policy numbers are HEALTH_PLAN; an expiry of a health card
 *   shown as year-month is a DATE. Hospital numbers abroad: UHID, dosya no, prontuário, no de
 *   dossier are MRN; IP/OP numbers, protokol no, foaie de observaţie nr., n. nosologico, an ED
 *   episode number and a registration receipt number are ACCOUNT; a Turkish MEDULA takip no is ID.
 * - Other numbers of the patient: a transfer request, EMS incident and PCR number, public-health case
 *   ID, contact ID, trial subject/record, screening and randomisation numbers, employee ID, call ID,
 *   prior-authorisation, SAE-report and newborn-screening kit numbers, an e-prescription number and a
 *   MedicAlert ID are ID; a guarantor's bank or card account (masked: the visible digits) and a collection
 *   agency's account number for the debt are ACCOUNT; a passport number is PASSPORT. Not PHI: an
 *   outbreak or cluster code (shared by many cases), trial kit and lot numbers, protocol numbers,
 *   an ambulance's unit number and an aircraft's tail number (the agency's), NEMSIS and CPT/ICD
 *   codes, staff badge and medical examiners' registry numbers, bed and room labels.
 * - A day-of-month ordinal standing for a date in a message ("can I do the 21st") is a DATE, as is an
 *   e-mail header's date ("Wed, 12 Nov 2025 21:42:00 -0500", zone included).
 * - Parts of one token: a date inside a photo's file name ("IMG_20251106_091422.jpg") is marked on
 *   its date digits only; a name and a date inside an attachment's file name are marked separately.
 * - The patient's own vehicle plate and VIN are VEHICLE. A personal emergency-response pendant's,
 *   CPAP's, pacemaker's or insulin pump's serial is DEVICE.
 */
import {
  A, BASE_CSS, D, FACILITIES, G, MON, N, P, STREET_NAMES, STREET_SUFFIX, US_PLACES, WEEKDAY,
  fd, ft, h, luhnCheckDigit, pad, phi, sexLetter, sexWord,
  type Html, type Patient, type ProbePage, type Provider, type Relative, type Screen, type Sex,
} from './probe-pages';
import { generateLayoutPages, type Layout } from './holdout-pages';

export const BLIND_SEED = 13_112_025;
/** "Today" for every page (a Thursday): fixed so the corpus is the same on every run. */
const TODAY = new Date('2025-11-13T10:40:00Z');
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Names of many origins (hand-written pools)

interface Pool {
  f: string[];
  m: string[];
  last: string[];
  /** Surnames of women where the language inflects them (Russian, Czech). */
  lastF?: string[];
}

const POOLS = {
  korean: { f: ['Seo-yeon', 'Ji-woo', 'Min-seo', 'Hye-jin', 'Eun-ji', 'Soo-ah'], m: ['Do-yoon', 'Jun-ho', 'Seung-min', 'Tae-hyun', 'Hyun-woo', 'Min-jae'], last: ['Kim', 'Park', 'Choi', 'Jeong', 'Kang', 'Yoon', 'Jang', 'Lim'] },
  vietnamese: { f: ['Thảo', 'Ngọc Hân', 'Phương Linh', 'Bích Ngọc', 'Hồng Nhung', 'Thu Hà'], m: ['Minh Khôi', 'Quốc Bảo', 'Hoàng Nam', 'Trung Kiên', 'Đức Thịnh', 'Gia Huy'], last: ['Trương', 'Đỗ', 'Ngô', 'Lý', 'Phan', 'Võ', 'Hồ', 'Đinh'] },
  vietnameseAscii: { f: ['Thao', 'Ngoc Han', 'Phuong Linh', 'Bich Ngoc', 'Hong Nhung', 'Thu Ha'], m: ['Minh Khoi', 'Quoc Bao', 'Hoang Nam', 'Trung Kien', 'Duc Thinh', 'Gia Huy'], last: ['Truong', 'Do', 'Ngo', 'Ly', 'Phan', 'Vo', 'Ho', 'Dinh'] },
  cantonese: { f: ['Wing Yee', 'Ka Man', 'Siu Ling', 'Mei Kuen', 'Hoi Yan', 'Suk Fong'], m: ['Chi Keung', 'Kwok Wai', 'Ho Yin', 'Tsz Hin', 'Man Fai', 'Wai Lun'], last: ['Chan', 'Wong', 'Cheung', 'Leung', 'Lau', 'Ng', 'Yeung', 'Kwan'] },
  pinyin: { f: ['Xinyi', 'Yuxuan', 'Zihan', 'Jiayi', 'Ruoxi', 'Shuang'], m: ['Haoran', 'Zixuan', 'Yichen', 'Junjie', 'Zhiwei', 'Tianyu'], last: ['Zhang', 'Wang', 'Liu', 'Zhao', 'Huang', 'Zhou', 'Xu', 'Sun'] },
  levantine: { f: ['Rania', 'Lina', 'Dima', 'Hiba', 'Nour', 'Reem'], m: ['Khaled', 'Bassam', 'Ziad', 'Fadi', 'Samer', 'Majd'], last: ['Haddad', 'Khoury', 'Nasrallah', 'Saade', 'Abou Jaoude', 'Al-Masri', 'Hamdan'] },
  gulf: { f: ['Maha', 'Noura', 'Shaikha', 'Latifa', 'Mozah', 'Hessa'], m: ['Abdulla', 'Saif', 'Hamad', 'Rashid', 'Sultan', 'Khalifa'], last: ['Al Mansoori', 'Al Nuaimi', 'Al Shamsi', 'Al Ketbi', 'Al Dhaheri', 'Al Suwaidi'] },
  maghrebi: { f: ['Fatima Zahra', 'Khadija', 'Imane', 'Soukaina', 'Nawal', 'Meriem'], m: ['Youssef', 'Abdelkader', 'Hicham', 'Mehdi', 'Karim', 'Rachid'], last: ['Benali', 'El Idrissi', 'Bouazza', 'Cherkaoui', 'Boumediene', 'Ait Ouahmane', 'Belkacem'] },
  turkish: { f: ['Elif', 'Zeynep', 'Ayşe', 'Gülşen', 'Merve', 'Büşra'], m: ['Mehmet', 'Emre', 'Burak', 'Oğuzhan', 'Mustafa', 'Yiğit'], last: ['Yılmaz', 'Kaya', 'Demir', 'Çelik', 'Şahin', 'Öztürk', 'Aydın', 'Arslan'] },
  kurdish: { f: ['Rojda', 'Berfin', 'Nazdar', 'Hêvî', 'Ronahî', 'Shilan'], m: ['Rêbaz', 'Dilshad', 'Kawa', 'Azad', 'Shvan', 'Hogir'], last: ['Barzani', 'Hawrami', 'Zebari', 'Mukriyani', 'Khoshnaw', 'Baban'] },
  slavic: { f: ['Svetlana', 'Oksana', 'Yevgeniya', 'Olena', 'Tatiana', 'Lyudmila'], m: ['Dmitri', 'Oleksandr', 'Vyacheslav', 'Bohdan', 'Sergei', 'Yaroslav'], last: ['Morozov', 'Volkov', 'Sokolov', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Kovalchuk', 'Kuznetsov'], lastF: ['Morozova', 'Volkova', 'Sokolova', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Kovalchuk', 'Kuznetsova'] },
  romanian: { f: ['Ioana', 'Andreea', 'Mihaela', 'Roxana', 'Florentina', 'Raluca'], m: ['Andrei', 'Mihai', 'Bogdan', 'Ionuţ', 'Cătălin', 'Radu'], last: ['Popescu', 'Ionescu', 'Dumitrescu', 'Constantinescu', 'Stan', 'Munteanu', 'Lungu', 'Ciobanu'] },
  hungarian: { f: ['Erzsébet', 'Katalin', 'Zsófia', 'Réka', 'Ildikó', 'Piroska'], m: ['László', 'Zoltán', 'Gábor', 'Attila', 'Bence', 'Csaba'], last: ['Nagy', 'Kovács', 'Szabó', 'Tóth', 'Horváth', 'Varga', 'Farkas'] },
  czech: { f: ['Lenka', 'Jana', 'Zuzana', 'Markéta', 'Veronika', 'Květa'], m: ['Jiří', 'Tomáš', 'Ondřej', 'Lukáš', 'Vojtěch', 'Zdeněk'], last: ['Novák', 'Dvořák', 'Svoboda', 'Procházka', 'Černý', 'Kučera'], lastF: ['Nováková', 'Dvořáková', 'Svobodová', 'Procházková', 'Černá', 'Kučerová'] },
  swedish: { f: ['Astrid', 'Ingrid', 'Linnea', 'Maja', 'Elsa', 'Saga'], m: ['Lars', 'Gustav', 'Olof', 'Anders', 'Nils', 'Sixten'], last: ['Lindqvist', 'Bergström', 'Sjöberg', 'Holmgren', 'Åkesson', 'Lundgren', 'Ekström', 'Nyberg'] },
  finnish: { f: ['Aino', 'Helmi', 'Satu', 'Päivi', 'Tuuli', 'Kaisa'], m: ['Juhani', 'Eero', 'Matti', 'Tapio', 'Ilkka', 'Veikko'], last: ['Virtanen', 'Mäkinen', 'Korhonen', 'Nieminen', 'Hämäläinen', 'Laine', 'Heikkinen', 'Järvinen'] },
  norwegian: { f: ['Solveig', 'Ragnhild', 'Sigrid', 'Tone', 'Hege', 'Synnøve'], m: ['Håkon', 'Sindre', 'Torbjørn', 'Øyvind', 'Eirik', 'Trygve'], last: ['Haugen', 'Bakken', 'Solberg', 'Dahl', 'Eriksen', 'Strand'] },
  italian: { f: ['Giulia', 'Chiara', 'Francesca', 'Alessandra', 'Rosaria', 'Benedetta'], m: ['Giuseppe', 'Salvatore', 'Lorenzo', 'Matteo', 'Vincenzo', 'Gianluca'], last: ['Esposito', 'Russo', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'De Luca', 'Mancini'] },
  haitian: { f: ['Fabiola', 'Marie-Carmel', 'Nadège', 'Guerline', 'Rose-Merline', 'Widline'], m: ['Jean-Robert', 'Wilner', 'Frantz', 'Jean-Baptiste', 'Wisly', 'Dieuseul'], last: ['Pierre-Louis', 'Désir', 'Joseph', 'Toussaint', 'Célestin', 'Dorvil', 'Saint-Fleur'] },
  jamaican: { f: ['Shaneika', 'Kerry-Ann', 'Tashana', 'Nordia', 'Shanice', 'Odette'], m: ['Delroy', 'Kemar', 'Odane', 'Fitzroy', 'Damion', 'Everton'], last: ['McKenzie', 'Brissett', 'Gayle', 'Facey', 'Bailey', 'Wint', 'Dacres'] },
  brazilian: { f: ['Thaís', 'Luana', 'Gabriela', 'Fernanda', 'Raquel', 'Juliana'], m: ['João Pedro', 'Thiago', 'Rafael', 'Leandro', 'Caio', 'Vinícius'], last: ['da Silva', 'dos Santos', 'Oliveira', 'Souza', 'Carvalho', 'Nascimento', 'Ferreira', 'Rocha'] },
  mesoamerican: { f: ['Xóchitl', 'Citlali', 'Itzel', 'Yaretzi', 'Nayeli', 'Ixchel'], m: ['Cuauhtémoc', 'Tonatiuh', 'Itzcóatl', 'Ehécatl', 'Tlacaélel', 'Kukulkán'], last: ['Tzec', 'Canul', 'Chablé', 'Poot', 'Xiu', 'Cupul', 'Huchim', 'Tecuapetla'] },
  kenyan: { f: ['Wanjiru', 'Njeri', 'Wambui', 'Zawadi', 'Neema', 'Achieng'], m: ['Kamau', 'Mwangi', 'Baraka', 'Juma', 'Otieno', 'Kipchoge'], last: ['Njoroge', 'Kariuki', 'Ochieng', 'Wafula', 'Kimani', 'Mutua', 'Wekesa'] },
  tigrinya: { f: ['Selam', 'Tsega', 'Meron', 'Saba', 'Luwam', 'Senait'], m: ['Yonas', 'Biniam', 'Semere', 'Kidane', 'Filmon', 'Tesfalem'], last: ['Ghebremedhin', 'Tesfamariam', 'Weldemichael', 'Gebreyesus', 'Berhane', 'Habtom'] },
  nguni: { f: ['Nomvula', 'Thandiwe', 'Lindiwe', 'Ayanda', 'Nokuthula', 'Zanele'], m: ['Sipho', 'Thabo', 'Mandla', 'Lwazi', 'Bongani', 'Siyabonga'], last: ['Dlamini', 'Nkosi', 'Ndlovu', 'Mthembu', 'Khumalo', 'Mahlangu', 'Ngcobo', 'Zulu'] },
  bengali: { f: ['Tahmina', 'Farhana', 'Mousumi', 'Rupa', 'Nusrat', 'Sharmin'], m: ['Rafiqul', 'Shahidul', 'Arnab', 'Sourav', 'Tanvir', 'Mahbub'], last: ['Chowdhury', 'Rahman', 'Bhattacharya', 'Mukherjee', 'Hossain', 'Sarkar', 'Das'] },
  gujarati: { f: ['Hetal', 'Falguni', 'Bhavna', 'Krupa', 'Nirali', 'Jagruti'], m: ['Jignesh', 'Hitesh', 'Bhavesh', 'Ketan', 'Paresh', 'Mitesh'], last: ['Patel', 'Shah', 'Desai', 'Mehta', 'Parikh', 'Trivedi'] },
  marathi: { f: ['Madhuri', 'Ashwini', 'Sayali', 'Pradnya', 'Vaishali', 'Manasi'], m: ['Vinayak', 'Sachin', 'Tushar', 'Omkar', 'Shrikant', 'Aniket'], last: ['Kulkarni', 'Deshpande', 'Patil', 'Gokhale', 'Jadhav', 'Bhosale', 'Apte'] },
  nepali: { f: ['Sabina', 'Pramila', 'Anjali', 'Sushmita', 'Laxmi', 'Dolma'], m: ['Bishnu', 'Pasang', 'Ramesh', 'Dorje', 'Sagar', 'Nima'], last: ['Shrestha', 'Gurung', 'Tamang', 'Rai', 'Thapa', 'Magar', 'Sherpa'] },
  pashto: { f: ['Zarghuna', 'Malalai', 'Palwasha', 'Nazo', 'Spogmai', 'Wagma'], m: ['Wali', 'Gul Agha', 'Noorullah', 'Zmarai', 'Shinwar', 'Asadullah'], last: ['Yousafzai', 'Durrani', 'Stanikzai', 'Popal', 'Achakzai', 'Mohmand'] },
  hebrew: { f: ['Noa', 'Tamar', 'Shira', 'Yael', 'Avigail', 'Hadas'], m: ['Itai', 'Yoav', 'Ariel', 'Eliezer', 'Moshe', 'Nadav'], last: ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Friedman', 'Katz'] },
  armenian: { f: ['Anahit', 'Lusine', 'Armine', 'Siranush', 'Nare', 'Gayane'], m: ['Tigran', 'Hovhannes', 'Aram', 'Vardan', 'Gor', 'Levon'], last: ['Hakobyan', 'Petrosyan', 'Sargsyan', 'Khachatryan', 'Manukyan', 'Grigoryan'] },
  georgian: { f: ['Nino', 'Ketevan', 'Mariam', 'Eka', 'Tamta', 'Natia'], m: ['Giorgi', 'Levan', 'Davit', 'Zurab', 'Irakli', 'Lasha'], last: ['Beridze', 'Kapanadze', 'Gelashvili', 'Lomidze', 'Tsiklauri', 'Chikovani'] },
  irish: { f: ['Aoife', 'Siobhán', 'Niamh', 'Gráinne', 'Caoimhe', 'Saoirse'], m: ['Cian', 'Donncha', 'Oisín', 'Pádraig', 'Ruairí', 'Tadhg'], last: ['Ó Briain', 'Mac Cárthaigh', 'Kavanagh', 'Gallagher', 'Ó Súilleabháin', 'Doherty', 'Brennan'] },
  welsh: { f: ['Angharad', 'Cerys', 'Eleri', 'Gwenllian', 'Nia', 'Rhiannon'], m: ['Dafydd', 'Gethin', 'Iwan', 'Rhodri', 'Emyr', 'Llŷr'], last: ['Prys', 'Llewellyn', 'Bowen', 'Griffiths', 'ap Rhys', 'Pugh', 'Vaughan'] },
  maori: { f: ['Aroha', 'Mere', 'Anahera', 'Kiri', 'Huia', 'Ngaio'], m: ['Wiremu', 'Tāne', 'Rawiri', 'Hemi', 'Manaia', 'Tama'], last: ['Ngata', 'Parata', 'Tawhiri', 'Te Whatu', 'Horomona', 'Ruatapu'] },
  pacific: { f: ['Mele', 'Salote', 'Losana', 'Vika', 'Ana Lupe', 'Litia'], m: ['Sione', 'Tevita', 'Viliami', 'Semisi', 'Jone', 'Pita'], last: ['Taufa', 'Fifita', 'Vainikolo', 'Naivalu', 'Tuilagi', 'Ravulo', 'Qaranivalu'] },
  inuit: { f: ['Pitsiulaaq', 'Nuvija', 'Aalasi', 'Siqiniq', 'Malaya', 'Ooleepeeka'], m: ['Iqaluk', 'Tuqqi', 'Sakiasi', 'Jaaka', 'Inuk', 'Paulusie'], last: ['Kunuk', 'Arnatsiaq', 'Qaunaq', 'Kilabuk', 'Pudlat', 'Ishulutak'] },
  wordy: { f: ['Summer', 'Honey', 'Blessing', 'Precious', 'Miracle', 'Journey', 'Charity', 'Destiny'], m: ['Royal', 'King', 'Justice', 'Major', 'Ace', 'Rocky', 'Sterling', 'Lucky'], last: ['Bush', 'Church', 'Moss', 'Field', 'Price', 'Sharp', 'Street', 'Cross', 'Waters', 'Love'] },
} satisfies Record<string, Pool>;

type Origin = keyof typeof POOLS;
const US_ORIGINS: Origin[] = ['korean', 'vietnameseAscii', 'cantonese', 'pinyin', 'levantine', 'gulf', 'maghrebi', 'turkish', 'kurdish', 'slavic', 'romanian',
  'hungarian', 'czech', 'haitian', 'jamaican', 'mesoamerican', 'kenyan', 'tigrinya', 'nguni', 'bengali', 'gujarati', 'nepali', 'pashto', 'hebrew', 'armenian',
  'georgian', 'irish', 'welsh', 'maori', 'pacific', 'inuit', 'wordy', 'wordy', 'italian', 'brazilian', 'swedish', 'norwegian', 'finnish', 'marathi'];

interface Who {
  sex: Sex;
  first: string;
  last: string;
}

const FEMALE_RELATIONS = ['daughter', 'sister', 'niece', 'granddaughter', 'wife', 'mother', 'daughter-in-law', 'aunt'];

function who(g: G, origin: Origin, sex: Sex = g.pick(['female', 'male'] as const), last?: string): Who {
  const pool: Pool = POOLS[origin];
  const i = g.int(0, pool.last.length - 1);
  const surname = last ?? (sex === 'female' && pool.lastF ? pool.lastF[i]! : pool.last[i]!);
  return { sex, first: g.pick(sex === 'female' ? pool.f : pool.m), last: surname };
}

/** Latin letters only, for e-mail addresses and logins. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/[đĐ]/g, 'd')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function mail(g: G, first: string, last: string, domains = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'aol.com', 'comcast.net']): string {
  const a = fold(first.split(/[ -]/)[0]!);
  const b = fold(last);
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
  p.middle = g.chance(0.4) ? who(g, origin, w.sex).first.split(' ')[0]! : '';
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

const T = (text: string) => phi('DATE', text);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);
const addMin = (d: Date, n: number) => new Date(d.getTime() + n * 60_000);
const at = (d: Date, hh: number, mm: number) => {
  const out = new Date(d.getTime());
  out.setUTCHours(hh, mm, 0, 0);
  return out;
};
const ini = (s: string) => s.charAt(0);
const sx = (p: { sex: Sex }) => (p.sex === 'female' ? 'F' : 'M');
const LF = (p: Who) => `${p.last}, ${p.first}`;
const LFU = (p: Who) => `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`;
const drFL = (p: Provider) => `Dr. ${p.first} ${p.last}`;
const provFLC = (p: Provider) => `${p.first} ${p.last}, ${p.credential}`;
const login = (p: Provider) => `${p.first.charAt(0).toLowerCase()}${fold(p.last).slice(0, 7)}`;
const streetLine = (p: Patient) => (p.unit ? `${p.street} ${p.unit}` : p.street);
const Y = (d: Date) => d.getUTCFullYear();
const Mo = (d: Date) => d.getUTCMonth();
const Dd = (d: Date) => d.getUTCDate();
const hm = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
const hmc = (d: Date) => `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}`;
const dmyDot = (d: Date) => `${pad(Dd(d))}.${pad(Mo(d) + 1)}.${Y(d)}`;
const dmySlash = (d: Date) => `${pad(Dd(d))}/${pad(Mo(d) + 1)}/${Y(d)}`;
const ymd = (d: Date) => `${Y(d)}-${pad(Mo(d) + 1)}-${pad(Dd(d))}`;
const ip4 = (g: G) => `${g.int(24, 98)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(2, 254)}`;
const mbi = (g: G) => `${g.int(1, 9)}${g.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}${g.letters(1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}${g.int(0, 9)}${g.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}${g.letters(1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}${g.int(0, 9)}${g.letters(2, 'ACDEFGHJKMNPQRTUVWXY')}${g.digits(2)}`;
const money = (cents: number) => `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

const IT_MONTH = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const PT_MONTH = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const SV_MONTH = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const SV_DAY = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
const FI_MONTH = ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'];
const FI_DAY = ['su', 'ma', 'ti', 'ke', 'to', 'pe', 'la'];
const TR_MONTH = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'];
const TR_DAY = ['Pazar', 'Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi'];
const RO_MONTH = ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'];
const FR_MONTH = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const FR_DAY = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const PT_DAY = ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'];

/** A birth date for an age range on TODAY (00:00 UTC). */
function birth(g: G, minAge: number, maxAge: number): Date {
  const d = g.f.date.birthdate({ mode: 'age', min: minAge, max: maxAge, refDate: TODAY });
  d.setUTCHours(0, 0, 0, 0);
  return d;
}

function ageOf(dob: Date): number {
  let age = Y(TODAY) - Y(dob);
  if (Mo(TODAY) < Mo(dob) || (Mo(TODAY) === Mo(dob) && Dd(TODAY) < Dd(dob))) age--;
  return age;
}

// National identifiers, with their real check digits.


function cpf(g: G): string {
  const d = g.digits(9).split('').map(Number);
  const dv = (ds: number[]) => {
    const s = ds.reduce((acc, x, i) => acc + x * (ds.length + 1 - i), 0);
    const r = s % 11;
    return r < 2 ? 0 : 11 - r;
  };
  d.push(dv(d));
  d.push(dv(d));
  const s = d.join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}

function cns(g: G): string {
  for (;;) {
    const body = `7${g.digits(13)}`;
    const sum = body.split('').reduce((acc, x, i) => acc + Number(x) * (15 - i), 0);
    const last = (11 - (sum % 11)) % 11;
    if (last === 10) continue;
    const s = body + last;
    return `${s.slice(0, 3)} ${s.slice(3, 7)} ${s.slice(7, 11)} ${s.slice(11)}`;
  }
}

function personnummer(g: G, dob: Date, sex: Sex): string {
  const yymmdd = `${String(Y(dob)).slice(2)}${pad(Mo(dob) + 1)}${pad(Dd(dob))}`;
  const third = g.int(0, 4) * 2 + (sex === 'male' ? 1 : 0);
  const serial = `${g.digits(2)}${third}`;
  return `${Y(dob)}${pad(Mo(dob) + 1)}${pad(Dd(dob))}-${serial}${luhnCheckDigit(yymmdd + serial)}`;
}

function hetu(g: G, dob: Date, sex: Sex): string {
  const ddmmyy = `${pad(Dd(dob))}${pad(Mo(dob) + 1)}${String(Y(dob)).slice(2)}`;
  const n = g.int(1, 449) * 2 + (sex === 'male' ? 1 : 0);
  const ind = String(n).padStart(3, '0');
  const check = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(ddmmyy + ind) % 31]!;
  return `${ddmmyy}${Y(dob) >= 2000 ? 'A' : '-'}${ind}${check}`;
}

function tcKimlik(g: G): string {
  const d = [g.int(1, 9), ...g.digits(8).split('').map(Number)];
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  d.push((((odd * 7 - even) % 10) + 10) % 10);
  d.push(d.reduce((a, b) => a + b, 0) % 10);
  return d.join('');
}

function cnp(g: G, dob: Date, sex: Sex, county: string): string {
  const s = Y(dob) < 2000 ? (sex === 'male' ? 1 : 2) : sex === 'male' ? 5 : 6;
  const body = `${s}${String(Y(dob)).slice(2)}${pad(Mo(dob) + 1)}${pad(Dd(dob))}${county}${g.digits(3)}`;
  const w = '279146358279';
  const sum = body.split('').reduce((acc, x, i) => acc + Number(x) * Number(w[i]), 0);
  const c = sum % 11 === 10 ? 1 : sum % 11;
  return body + c;
}

function sin(g: G): string {
  const body = `${g.int(1, 7)}${g.digits(7)}`;
  const s = body + luhnCheckDigit(body);
  return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
}

function saId(g: G, dob: Date, sex: Sex): string {
  const gender = sex === 'female' ? g.int(0, 4999) : g.int(5000, 9999);
  const body = `${String(Y(dob)).slice(2)}${pad(Mo(dob) + 1)}${pad(Dd(dob))}${String(gender).padStart(4, '0')}08`;
  return body + luhnCheckDigit(body);
}

const CF_ODD: Record<string, number> = {
  0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};

function codiceFiscale(last: string, first: string, dob: Date, sex: Sex, comune: string): string {
  const letters = (s: string) => fold(s).toUpperCase();
  const cons = (s: string) => letters(s).replace(/[AEIOU]/g, '');
  const vow = (s: string) => letters(s).replace(/[^AEIOU]/g, '');
  const surname = (cons(last) + vow(last) + 'XXX').slice(0, 3);
  const c = cons(first);
  const name = c.length >= 4 ? c[0]! + c[2]! + c[3]! : (c + vow(first) + 'XXX').slice(0, 3);
  const day = Dd(dob) + (sex === 'female' ? 40 : 0);
  const body = `${surname}${name}${String(Y(dob)).slice(2)}${'ABCDEHLMPRST'[Mo(dob)]}${pad(day)}${comune}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    sum += i % 2 === 0 ? CF_ODD[ch]! : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  }
  return body + String.fromCharCode(65 + (sum % 26));
}

function ramq(last: string, first: string, dob: Date, sex: Sex, g: G): string {
  const l = (fold(last).toUpperCase() + 'XXX').slice(0, 3);
  const f = fold(first).toUpperCase().charAt(0);
  return `${l}${f} ${String(Y(dob)).slice(2)}${pad(Mo(dob) + 1 + (sex === 'female' ? 50 : 0))} ${pad(Dd(dob))}${g.digits(2)}`;
}

/** Vital-sign series for a grid. */
function series(g: G, n: number, start: number, spread: number, min: number, max: number): number[] {
  const out: number[] = [];
  let v = start;
  for (let i = 0; i < n; i++) {
    v = Math.max(min, Math.min(max, v + g.int(-spread, spread)));
    out.push(v);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 1. Intraoperative anesthesia record; pre-anesthesia evaluation (PAT clinic)

function anesthesia(g: G, k: number): Screen {
  const surgeon = g.provider();
  const anesth = { ...g.provider(), credential: 'MD' };
  const crna = { ...g.provider(), credential: 'CRNA' };
  const css = BASE_CSS + '.banner{background:#1d3b5a;color:#fff;padding:6px}.grid td,.grid th{border:1px solid #bbb;font:11px monospace;text-align:right}.sec{margin:6px;border:1px solid #ccc}.sec h3{background:#e8eef5;margin:0;padding:3px 6px;font-size:12px}';
  if (k === 0) {
    const p = pat(g, 'armenian', 90, 96, 'female');
    p.first = 'Lusine';
    const son = relative(g, 'armenian', 'son', p.last);
    p.spouse.first = 'Levon';
    const csn = g.digits(10);
    const caseNo = `${Y(TODAY)}-OR-${g.digits(5)}`;
    const cols = Array.from({ length: 9 }, (_, i) => addMin(at(TODAY, 7, 45), i * 15));
    const hr = series(g, 9, 78, 6, 52, 110);
    const sys = series(g, 9, 148, 14, 86, 180);
    const dia = sys.map((s) => Math.round(s * 0.55) + g.int(-4, 4));
    const spo2 = series(g, 9, 98, 1, 94, 100);
    const etco2 = cols.map((_, i) => (i < 1 ? '--' : String(g.int(32, 40))));
    const temp = series(g, 9, 361, 2, 355, 368).map((t) => (t / 10).toFixed(1));
    const pm = `${g.upper(3)}${g.digits(6)}H`;
    const consent = addDays(TODAY, -g.int(3, 12));
    const tsDraw = at(addDays(TODAY, -1), 15, 20);
    const prior = at(addDays(TODAY, -g.int(400, 1500)), 0, 0);
    return {
      title: 'Anesthesia - Intraop Record',
      css,
      body: h`
<div class="topbar">Hyperspace · <b>Anesthesia</b> · OR 7 Main · <span>User: ${login(crna)}</span> · <a>Intraop</a> <a>Navigator</a> <a>Macros</a> <a>Sign</a></div>
<div class="banner"><span class="nm">${N(`${p.last.toUpperCase()}, ${p.first}`)}</span> · Female · ${A(p.age, ' y.o.')} · DOB ${D(p.dob, 'mdy')} · MRN ${phi('MRN', p.mrn)} · CSN ${phi('ACCOUNT', csn)} · 157.5 cm · 58.2 kg · BMI 23.5 · <b>Allergies:</b> Penicillins, Codeine · <b>Code:</b> DNR suspended for procedure (discussed with pt and husband ${D(consent, 'md')})</div>
<div class="sec"><h3>Case</h3>
  <table><tr><td>Date of service</td><td>${D(TODAY, 'mdy')}</td><td>Case #</td><td>${phi('ID', caseNo)}</td><td>ASA</td><td>3</td></tr>
  <tr><td>Procedure</td><td colspan="3">LAPAROSCOPIC CHOLECYSTECTOMY (CPT 47562)</td><td>Anesthesia type</td><td>General, ETT</td></tr>
  <tr><td>Surgeon</td><td>${drFL(surgeon)}</td><td>Anesthesiologist</td><td>${provFLC(anesth)}</td><td>CRNA</td><td>${provFLC(crna)}</td></tr></table></div>
<div class="sec"><h3>Pre-induction</h3><ul>
  <li>Identity verified with patient and ID band (name + DOB): ${N(`${p.first} ${p.last}`)}, ${D(p.dob, 'mdy1')}. Armenian interpreter present (ID 2214).</li>
  <li>Preferred name: "${N('Lusik')}". Hard of hearing, L hearing aid left in place until induction.</li>
  <li>NPO since 22:00 on ${D(addDays(TODAY, -1), 'md')}; clear liquids until 05:00.</li>
  <li>Consent for anesthesia signed ${D(consent, 'mdy')} (witnessed by son ${N(`${son.first} ${son.last}`)}).</li>
  <li>Type &amp; screen drawn ${D(tsDraw, 'mdy', '24')}: O POS, antibody screen negative, blood bank band # ${phi('ID', `BB${g.digits(6)}`)}.</li>
  <li>Pacemaker: Medtronic Azure XT DR MRI SureScan, serial ${phi('DEVICE', pm)}, last interrogated ${D(addDays(TODAY, -g.int(20, 60)), 'mdy')}. Magnet placed 07:58, removed 09:44.</li>
  <li>Prior anesthetics: 1998 TAH (uneventful); ${D(prior, 'monyyyy')} cataract extraction OD under MAC.</li>
</ul></div>
<div class="sec"><h3>Times</h3><table><tr><td>In room</td><td>07:38</td><td>Anesthesia start</td><td>07:42</td><td>Induction</td><td>07:55</td><td>Intubation</td><td>07:58</td></tr>
<tr><td>Incision</td><td>08:21</td><td>Closure</td><td>09:31</td><td>Out of room</td><td>09:48</td><td>Anesthesia end</td><td>09:56</td></tr></table></div>
<div class="sec"><h3>Vitals</h3><table class="grid">
  <tr><th></th>${cols.map((c) => h`<th>${hm(c)}</th>`)}</tr>
  <tr><th>HR</th>${hr.map((v) => h`<td>${v}</td>`)}</tr>
  <tr><th>NIBP</th>${sys.map((s, i) => h`<td>${s}/${dia[i]!}</td>`)}</tr>
  <tr><th>SpO2</th>${spo2.map((v) => h`<td>${v}</td>`)}</tr>
  <tr><th>EtCO2</th>${etco2.map((v) => h`<td>${v}</td>`)}</tr>
  <tr><th>Temp °C</th>${temp.map((v) => h`<td>${v}</td>`)}</tr>
  <tr><th>Sevo %</th>${cols.map((_, i) => h`<td>${i < 1 ? '' : (1.6 + (i % 3) * 0.2).toFixed(1)}</td>`)}</tr>
</table></div>
<div class="sec"><h3>Medications</h3><table>
  <tr><th>Time</th><th>Medication</th><th>Dose</th><th>Route</th><th>By</th></tr>
  <tr><td>07:52</td><td>midazolam</td><td>0.5 mg</td><td>IV</td><td>${login(crna)}</td></tr>
  <tr><td>07:55</td><td>propofol</td><td>80 mg</td><td>IV</td><td>${login(crna)}</td></tr>
  <tr><td>07:55</td><td>fentanyl</td><td>50 mcg</td><td>IV</td><td>${login(crna)}</td></tr>
  <tr><td>07:56</td><td>rocuronium</td><td>30 mg</td><td>IV</td><td>${login(crna)}</td></tr>
  <tr><td>08:05</td><td>cefazolin</td><td>2 g</td><td>IV</td><td>${login(crna)}</td></tr>
  <tr><td>08:40</td><td>phenylephrine</td><td>100 mcg</td><td>IV</td><td>${login(crna)}</td></tr>
  <tr><td>09:20</td><td>ondansetron</td><td>4 mg</td><td>IV</td><td>${login(crna)}</td></tr>
  <tr><td>09:38</td><td>sugammadex</td><td>200 mg</td><td>IV</td><td>${login(crna)}</td></tr>
</table></div>
<div class="sec"><h3>Airway</h3><p>Mask ventilation grade 1. Mac 3, Cormack-Lehane grade I. ETT 7.0 cuffed, 21 cm at lip, atraumatic, BBS equal, +EtCO2. OGT placed.</p>
<p>I/O: LR 900 mL · EBL 25 mL · UOP not measured.</p></div>
<div class="sec"><h3>Events</h3><ul>
  <li>08:40 Hypotension after insufflation (82/44), phenylephrine given, resolved.</li>
  <li>09:50 Report to PACU RN. Husband ${N(`${p.spouse.first} ${p.last}`)} updated by phone at ${P(p.spouse.phone, 'paren')}; son's cell ${P(son.phone, 'dash')} as backup.</li>
  <li>Device clinic to re-interrogate pacemaker in PACU before discharge to floor; follow-up phone call planned ${D(addDays(TODAY, 1), 'weekday')}.</li>
</ul></div>
<footer>Electronically signed by ${provFLC(anesth)} on ${D(addMin(at(TODAY, 9, 58), 0), 'mdy', '24')} · Anesthesia CPT 00790, base 7 units, 134 min · Page 1 of 2</footer>`,
    };
  }
  const p = pat(g, 'slavic', 58, 74, 'male');
  const wife = relative(g, 'slavic', 'wife', /(ov|ev|in)$/.test(p.last) ? `${p.last}a` : p.last);
  const neighbor = relative(g, 'slavic', 'neighbor');
  const mother = who(g, 'slavic', 'female');
  const brother = who(g, 'slavic', 'male');
  const visit = at(TODAY, 9, 15);
  const surgery = at(addDays(TODAY, 5), 7, 30);
  const labs = addDays(TODAY, -7);
  const cpap = `2322${g.digits(7)}`;
  const patronymic = g.pick(['Sergeyevich', 'Viktorovich', 'Ivanovich']);
  return {
    title: 'Pre-Anesthesia Evaluation',
    css,
    body: h`
<div class="topbar">Pre-Admission Testing Clinic · <b>Pre-Anesthesia Evaluation</b> · <span>${provFLC(anesth)}</span></div>
<div class="banner">${N(`${p.last}, ${p.first} ${patronymic}`)} · ${sexWord(p)} · ${p.age} yrs · DOB ${D(p.dob, 'iso')} · MRN ${phi('MRN', p.mrn)} · Visit ${D(visit, 'mdy', '24')}</div>
<div class="sec"><h3>Planned procedure</h3><p>RIGHT TOTAL HIP ARTHROPLASTY, ANTERIOR APPROACH — ${drFL(surgeon)} — ${T(`Tue ${fd(surgery, 'mdy')} ${hmc(surgery)}`)} — Main OR. Planned anesthetic: spinal with MAC; GA backup.</p></div>
<div class="sec"><h3>Anesthesia history</h3><ul>
  <li>1994 appendectomy abroad under GA — no known problems. 2016 colonoscopy with propofol — uneventful.</li>
  <li>Family history: mother ${N(mother.first)} had "a very high fever" during surgery in 1982, details unknown. Brother ${N(`${brother.first} ${p.last}`)} reportedly told he "should not get certain gases". MH susceptibility not excluded → trigger-free plan, dantrolene in room.</li>
  <li>No personal history of PONV, difficult airway, or awareness.</li>
</ul></div>
<div class="sec"><h3>Airway / exam</h3><table><tr><td>Mallampati</td><td>III</td><td>TMD</td><td>&gt; 6 cm</td><td>Mouth opening</td><td>3 FB</td><td>Neck ROM</td><td>Full</td></tr>
<tr><td>Dentition</td><td>Upper partial denture</td><td>BP</td><td>146/88</td><td>HR</td><td>71</td><td>SpO2</td><td>96% RA</td></tr>
<tr><td>Ht / Wt</td><td>178 cm / 104 kg</td><td>BMI</td><td>32.8</td><td>STOP-BANG</td><td>6</td><td>METs</td><td>&lt; 4 (hip pain)</td></tr></table></div>
<div class="sec"><h3>Problems / meds</h3><ul>
  <li>OSA on CPAP nightly, ResMed AirSense 11 AutoSet, S/N ${phi('DEVICE', cpap)} — bring device day of surgery.</li>
  <li>Paroxysmal AF (I48.0) on apixaban 5 mg BID — hold starting ${D(addDays(surgery, -3), 'mdy')} per cardiology; last dose the evening of ${D(addDays(surgery, -4), 'monthDay')}.</li>
  <li>HTN (I10): amlodipine 10 mg, losartan 50 mg — hold losartan morning of surgery.</li>
  <li>T2DM (E11.9): metformin 1000 mg BID — hold AM dose. A1c 7.4% (${D(labs, 'mdy')}).</li>
</ul></div>
<div class="sec"><h3>Results</h3><table><tr><th>Test</th><th>Date</th><th>Result</th></tr>
  <tr><td>CBC</td><td>${D(labs, 'mdy')}</td><td>Hgb 13.8, Plt 212</td></tr>
  <tr><td>BMP</td><td>${D(labs, 'mdy')}</td><td>Na 139, K 4.6, Cr 1.12, Glu 164</td></tr>
  <tr><td>ECG</td><td>${D(labs, 'mdy')}</td><td>NSR 68, 1st degree AV block (PR 224 ms)</td></tr>
  <tr><td>TTE</td><td>${D(addDays(TODAY, -g.int(90, 300)), 'mdy')}</td><td>EF 55-60%, mild LAE</td></tr></table></div>
<div class="sec"><h3>Day-of-surgery logistics</h3><p>Arrive at Surgical Admitting 05:30 on ${D(surgery, 'month')}. Ride home / responsible adult: wife ${N(`${wife.first} ${wife.last}`)}, cell ${P(wife.phone, 'dash')}; alternate: neighbor ${N(`${neighbor.first} ${neighbor.last}`)} ${P(neighbor.phone, 'paren')}. Instructions e-mailed to ${phi('EMAIL', p.email)}. Lives at ${phi('ADDRESS', streetLine(p))}, ${phi('ADDRESS', p.city)} (2nd-floor walk-up, 14 steps) — PT/CM aware.</p></div>
<footer>ASA 3. Plan discussed with patient, who agrees. ${provFLC(anesth)} · signed ${D(addMin(visit, 52), 'mdy', '24')}</footer>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Transfer center request log; bed-management board

const SENDERS = ['Hilltown Community Hospital', 'Quabbin Valley Medical Center', 'Wachusett Regional Hospital', 'Deerfield Memorial', 'Connecticut River Medical Center',
  'St. Brendan Hospital', 'Mount Grace Hospital', 'Taconic Health - Pittsfield Campus', 'Berkshire Hills Hospital'];
const TRANSFER_DX: [string, string, string][] = [
  ['NSTEMI, needs cath', 'Cardiology', 'Step-down'], ['SAH, Hunt-Hess 2', 'Neurosurgery', 'Neuro ICU'], ['Septic shock on 2 pressors', 'MICU', 'ICU'],
  ['Acute cholangitis, needs ERCP', 'GI', 'Med/Surg'], ['Type A dissection', 'CT Surgery', 'CVICU'], ['Upper GI bleed, Hgb 6.8', 'GI', 'ICU'],
  ['Hip fx, on apixaban', 'Orthopedics', 'Med/Surg'], ['Stroke, LVO — thrombectomy eval', 'Neurology', 'Neuro ICU'], ['DKA, pH 6.98', 'MICU', 'ICU'],
  ['Pancreatitis with necrosis', 'General Surgery', 'Step-down'], ['Guillain-Barré, declining NIF', 'Neurology', 'ICU'],
];

function transferBed(g: G, k: number): Screen {
  const css = BASE_CSS + '.tc td,.tc th{border-bottom:1px solid #ddd;font-size:12px}.chip{border-radius:8px;padding:0 5px;background:#eee;margin-left:3px;font-size:10px}.unit{display:inline-block;vertical-align:top;margin:6px;border:1px solid #999;width:330px}.bed{border-top:1px solid #ccc;padding:3px;font-size:12px}.bed.occ{background:#f3f8ff}.bed.dirty{background:#fff3e0}';
  if (k === 0) {
    const rows = Array.from({ length: 10 }, (_, i) => {
      const p = pat(g, g.pick(US_ORIGINS), 19, 97);
      const received = addMin(at(TODAY, 0, 5), i * 60 + g.int(0, 11) * 5);
      const dx = TRANSFER_DX[i % TRANSFER_DX.length]!;
      return { p, received, dx, req: `TC-${g.digits(6)}`, from: g.pick(SENDERS), sending: g.provider(), accepting: g.provider(),
        status: g.pick(['Accepted', 'Accepted', 'Pending bed', 'Declined - no ICU bed', 'In transit', 'Arrived', 'Consult pending']),
        transport: g.pick(['ALS ground', 'BLS ground', 'Critical care ground', 'Air (rotor)', 'Private vehicle']) };
    });
    const sel = rows[2]!;
    const d = sel.p.child;
    const outsideMrn = `H${g.digits(7)}`;
    return {
      title: 'Transfer Center',
      css,
      body: h`
<div class="top"><b>Transfer Center</b> · <a>Requests</a> <a>Bed Board</a> <a>On-Call</a> <a>Reports</a> · Shift lead: ${g.provider().first} · Line 1 (800) 555-0199</div>
<h2>Incoming requests — last 24 h</h2>
<div class="filters">Status: All · Service: All · Sort: Received ▼ · 10 requests · 6 accepted · 1 declined</div>
<table class="tc">
  <tr><th>Req #</th><th>Received</th><th>Patient</th><th>DOB</th><th>Age/Sex</th><th>From</th><th>Sending MD</th><th>Reason</th><th>Service</th><th>LOC</th><th>Accepting</th><th>Status</th><th>Transport</th></tr>
  ${rows.map((r) => h`<tr><td>${phi('ID', r.req)}</td><td>${T(`${fd(r.received, 'md')} ${hm(r.received)}`)}</td><td>${N(LFU(r.p))}</td><td>${D(r.p.dob, 'mdy')}</td><td>${A(r.p.age, 'y')} ${sexLetter(r.p)}</td><td>${r.from}</td><td>${r.sending.last}, ${ini(r.sending.first)}</td><td>${r.dx[0]}</td><td>${r.dx[1]}</td><td>${r.dx[2]}</td><td>${r.accepting.last}</td><td>${r.status}</td><td>${r.transport}</td></tr>`)}
</table>
<section class="detail"><h3>Request ${phi('ID', sel.req)} — ${N(`${sel.p.first} ${sel.p.middle ? `${sel.p.middle} ` : ''}${sel.p.last}`)}</h3>
  <table>
    <tr><td>Sending facility</td><td>${sel.from} (ED) — callback (413) 555-0147</td><td>Outside MRN</td><td>${phi('MRN', outsideMrn)}</td></tr>
    <tr><td>Insurance</td><td>${sel.p.payer} · Member ID ${phi('HEALTH_PLAN', sel.p.memberId)}</td><td>Code status</td><td>Full code</td></tr>
    <tr><td>Weight</td><td>${g.int(52, 118)} kg</td><td>Isolation</td><td>None</td></tr>
    <tr><td>Family</td><td colspan="3">${sel.p.child.relation} ${N(`${d.first} ${d.last}`)} driving separately, cell ${P(d.phone, 'paren')}; patient's home phone ${P(sel.p.home, 'dash')}</td></tr>
  </table>
  <h4>Call log</h4><ul>
    <li>${hm(sel.received)} Call from ${drFL(sel.sending)} (${sel.from}): ${sel.dx[0]}. Vitals HR 112, BP 94/58, SpO2 95% 2L.</li>
    <li>${hm(addMin(sel.received, 9))} Paged ${sel.dx[1]} on call ${drFL(sel.accepting)}.</li>
    <li>${hm(addMin(sel.received, 21))} Three-way call complete — accepted to ${sel.dx[2]}. Bed request placed.</li>
    <li>${hm(addMin(sel.received, 48))} ${sel.transport} dispatched, ETA 55 min. Images pushed via PACS link (accession ${phi('ID', `OS${g.digits(8)}`)}).</li>
  </ul></section>
<footer>Transfer Center · Confidential · Printed ${D(TODAY, 'mdy', '24')}</footer>`,
    };
  }
  const units: [string, string, number][] = [['4 North Med/Surg', '4N', 10], ['5 West Telemetry', '5W', 9], ['MICU', 'ICU', 8]];
  const board = units.map(([unitName, code, n], u) => {
    const beds = Array.from({ length: n }, (_, i) => {
      const label = code === 'ICU' ? `ICU-${pad(i + 1)}` : `${code}-${400 + u * 100 + Math.floor(i / 2) + 10}${i % 2 === 0 ? 'A' : 'B'}`;
      const roll = g.int(0, 9);
      if (roll < 7) {
        const p = pat(g, g.pick(US_ORIGINS), 24, 98);
        const edd = addDays(TODAY, g.int(0, 6));
        const flags = g.some(['Fall risk', 'Iso: Contact', 'Iso: C. diff', 'Tele', 'Sitter', '1:1', 'NPO', 'DNR', 'Bariatric', 'Interpreter'], 0, 3);
        const nameCell = u === 0 ? N(`${p.last.toUpperCase()}, ${ini(p.first)}.`) : u === 1 ? N(LF(p)) : N(`${p.first} ${ini(p.last)}.`);
        return h`<div class="bed occ"><b>${label}</b> ${nameCell} · ${A(p.age, '')} ${sexLetter(p)} · EDD ${T(fd(edd, 'md'))} ${flags.map((f) => h`<span class="chip">${f}</span>`)}</div>`;
      }
      if (roll === 7) return h`<div class="bed dirty"><b>${label}</b> Dirty — EVS called ${hm(addMin(TODAY, -g.int(5, 90)))}</div>`;
      if (roll === 8) return h`<div class="bed"><b>${label}</b> Clean / available</div>`;
      return h`<div class="bed"><b>${label}</b> Blocked — ${g.pick(['maintenance', 'staffing', 'isolation roommate'])}</div>`;
    });
    return h`<div class="unit"><h3>${unitName}</h3>${beds}</div>`;
  });
  const holds = Array.from({ length: 6 }, () => {
    const p = pat(g, g.pick(US_ORIGINS), 30, 97);
    const arrived = addMin(TODAY, -g.int(12, 250) * 5);
    return { p, arrived, unit: g.pick(['4N', '5W', 'ICU', 'Any tele']), dx: g.pick(['CHF', 'COPD exac', 'Syncope', 'Cellulitis', 'AFib RVR', 'Sepsis', 'Hip fx']) };
  });
  const dcs = Array.from({ length: 4 }, () => ({ p: pat(g, g.pick(US_ORIGINS), 40, 92), ride: relative(g, 'wordy', g.pick(['son', 'daughter', 'wife', 'husband'])) }));
  return {
    title: 'Bed Board',
    css,
    body: h`
<div class="top"><b>Capacity Command Center</b> · Bed Board · Census 231 / 260 (88.8%) · ED boarders 6 · Pending DC 11 · Updated ${hm(TODAY)}</div>
<div class="legend">Occupied · Dirty · Clean · Blocked — EDD = expected discharge date</div>
${board}
<h3>ED holds awaiting inpatient bed</h3>
<table class="tc"><tr><th>Patient</th><th>MRN</th><th>Age/Sex</th><th>ED arrival</th><th>Dx</th><th>Requested</th><th>Bed</th><th>Status</th></tr>
${holds.map((x) => h`<tr><td>${N(LFU(x.p))}</td><td>${phi('MRN', x.p.mrn)}</td><td>${A(x.p.age, 'Y')}/${sexLetter(x.p)}</td><td>${T(`${fd(x.arrived, 'mdy2')} ${hmc(x.arrived)}`)}</td><td>${x.dx}</td><td>${x.unit}</td><td>${g.chance(0.5) ? `${x.unit === 'ICU' ? 'ICU-04' : '5W-512B'}` : '—'}</td><td>${g.pick(['Bed assigned', 'Awaiting EVS', 'Awaiting RN report', 'No bed'])}</td></tr>`)}
</table>
<h3>Discharges today</h3>
<ul>${dcs.map((x) => h`<li>${N(`${x.p.last}, ${ini(x.p.first)}`)} — DC order ${hm(addMin(TODAY, -g.int(30, 200)))} — ride: ${x.ride.relation} ${N(x.ride.first)} at ${g.pick(['13:00', '14:30', '15:00', '16:00'])}, ${P(x.ride.phone, 'dash')}</li>`)}</ul>
<footer>Data as of ${D(TODAY, 'mdy', '12')} · refresh 60 s</footer>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 3. EMS patient care report (ePCR); EMS refusal form with prior responses to the address

function ems(g: G, k: number): Screen {
  const css = BASE_CSS + '.sec{border:1px solid #aaa;margin:6px}.sec h3{background:#c62828;color:#fff;margin:0;padding:2px 6px;font-size:12px}.kv td:nth-child(odd){color:#666;width:130px}.v td,.v th{border:1px solid #ccc;font-size:12px}';
  const medic = { ...g.provider(), credential: 'Paramedic' };
  const emt = { ...g.provider(), credential: 'EMT-B' };
  const unit = g.pick(['Medic 14', 'Medic 7', 'Rescue 3', 'Ambulance 22']);
  if (k === 0) {
    const p = pat(g, 'jamaican', 38, 70, 'female');
    p.spouse.first = 'Kemar';
    const inc = at(TODAY, 7, 42);
    const incNo = `${String(Y(TODAY)).slice(2)}-${g.digits(6)}`;
    const pcr = `PCR${g.digits(9)}`;
    const plate = `${g.int(1, 9)}${g.letters(3, 'ABCDEFGHJKLMNPRSTVWXYZ')}${g.digits(2)}`;
    const vin = `2T3BFREV${g.int(0, 9)}GW${g.digits(6)}`;
    const cross = `${g.pick(STREET_NAMES)} St & Route ${g.int(5, 202)}`;
    const sceneCity = g.pick(US_PLACES)[0];
    const dl = `S${g.digits(8)}`;
    const times: [string, number][] = [['PSAP call', 0], ['Dispatched', 1], ['En route', 2], ['On scene', 9], ['Patient contact', 10], ['Depart scene', 27], ['At destination', 41], ['Transfer of care', 49], ['In service', 66]];
    const vt = [12, 20, 30, 38].map((m) => addMin(inc, m));
    return {
      title: 'ePCR - Patient Care Report',
      css,
      body: h`
<div class="top"><b>ePCR</b> · ${unit} · Crew: ${provFLC(medic)} (#P${g.digits(5)}), ${provFLC(emt)} (#E${g.digits(5)}) · Status: Posted</div>
<div class="sec"><h3>Incident</h3><table class="kv">
  <tr><td>Incident #</td><td>${phi('ID', incNo)}</td><td>PCR #</td><td>${phi('ID', pcr)}</td></tr>
  <tr><td>Date</td><td>${D(inc, 'mdy')}</td><td>Dispatch complaint</td><td>Traffic/transportation incident (29D02)</td></tr>
  <tr><td>Scene</td><td>${phi('ADDRESS', cross)}, ${phi('ADDRESS', sceneCity)}</td><td>Location type</td><td>Street or highway (Y92.410)</td></tr>
  <tr><td>Response</td><td>Emergent (lights/siren)</td><td>Disposition</td><td>Treated, transported by this EMS unit</td></tr></table>
  <table class="v"><tr>${times.map(([name]) => h`<th>${name}</th>`)}</tr><tr>${times.map(([, m]) => h`<td>${ft(addMin(inc, m), 'sec')}</td>`)}</tr></table></div>
<div class="sec"><h3>Patient</h3><table class="kv">
  <tr><td>Last name</td><td>${N(p.last)}</td><td>First name</td><td>${N(p.first)}</td><td>MI</td><td>${p.middle ? N(ini(p.middle)) : ''}</td></tr>
  <tr><td>DOB</td><td>${D(p.dob, 'mdy')}</td><td>Age</td><td>${p.age} Years</td><td>Gender</td><td>${sexWord(p)}</td></tr>
  <tr><td>Home address</td><td>${phi('ADDRESS', streetLine(p))}</td><td>City</td><td>${phi('ADDRESS', p.city)}</td><td>State / ZIP</td><td>${p.state} ${phi('ZIP', p.zip)}</td></tr>
  <tr><td>Phone</td><td>${P(p.cell, 'paren')}</td><td>SSN</td><td>${phi('SSN', p.ssn)}</td><td>Weight</td><td>82 kg (est)</td></tr>
  <tr><td>Driver's license</td><td>${phi('DRIVERS_LICENSE', dl)} (${p.state})</td><td>Race</td><td>Black or African American</td><td>Language</td><td>English</td></tr></table></div>
<div class="sec"><h3>Narrative</h3><p>${unit} dispatched emergent to a two-vehicle MVC at the above intersection. On arrival found a ${p.age} y/o F, restrained driver of a ${g.int(2012, 2021)} Toyota RAV4 (plate ${phi('VEHICLE', plate)}, VIN ${phi('VEHICLE', vin)}), self-extricated, ambulatory at scene, moderate front-end damage, + airbag deployment, no intrusion. Pt c/o 6/10 anterior chest wall pain from seatbelt and L wrist pain. Denies LOC, neck/back pain. A&amp;Ox4, GCS 15. Seatbelt abrasion across chest; L wrist swelling, CMS intact. Lungs clear bilaterally. 12-lead: sinus tach 108, no STE. Pt states she takes lisinopril and "a water pill". Husband ${N(`${p.spouse.first} ${p.spouse.last}`)} arrived on scene at 07:58 and took custody of the pt's purse and phone; his cell ${P(p.spouse.phone, 'dash')}. Pt's vehicle towed by police-requested tow. Pt transported position of comfort, splint L wrist, ice. Care transferred to ED RN with verbal report; no change en route.</p></div>
<div class="sec"><h3>Vitals</h3><table class="v"><tr><th>Time</th><th>BP</th><th>HR</th><th>RR</th><th>SpO2</th><th>EtCO2</th><th>GCS</th><th>Pain</th><th>BGL</th></tr>
  ${vt.map((t, i) => h`<tr><td>${hm(t)}</td><td>${148 - i * 4}/${92 - i * 2}</td><td>${108 - i * 3}</td><td>${20 - i}</td><td>${98}</td><td>${35 + i}</td><td>15</td><td>${6 - Math.min(i, 2)}</td><td>${i === 0 ? 132 : ''}</td></tr>`)}</table></div>
<div class="sec"><h3>Treatment</h3><ul><li>${hm(vt[0]!)} Cardiac monitor, 12-lead acquired and transmitted</li><li>${hm(vt[1]!)} Splint, SAM — L wrist</li><li>${hm(vt[1]!)} IV 18g L AC, NS TKO</li><li>${hm(vt[2]!)} Fentanyl 50 mcg IV — pain 6 → 3</li></ul></div>
<div class="sec"><h3>Destination / billing</h3><table class="kv">
  <tr><td>Destination</td><td>${g.pick(FACILITIES)} — ED</td><td>Reason</td><td>Closest appropriate</td></tr>
  <tr><td>Primary payer</td><td>${p.payer}</td><td>Member ID</td><td>${phi('HEALTH_PLAN', p.memberId)}</td></tr>
  <tr><td>Patient signature</td><td>${N(`${p.first} ${p.last}`)} (signed on tablet ${D(addMin(inc, 50), 'mdy', '24')})</td><td>Receiving RN</td><td>${g.provider().first} ${g.provider().last}, RN</td></tr></table></div>
<footer>NEMSIS v3.5 · eSituation.11 S20.219A, S63.502A · Reviewed by QA ${D(addDays(TODAY, 0), 'mdy')}</footer>`,
    };
  }
  const p = pat(g, 'hungarian', 90, 97, 'female');
  const grandson = relative(g, 'hungarian', 'grandson', p.last);
  const inc = at(TODAY, 2, 17);
  const pcr = `${g.digits(4)}-${g.digits(6)}`;
  const medicAlert = g.digits(8);
  const pendant = `LL${g.digits(3)}-${g.upper(2)}${g.digits(5)}`;
  const prior = Array.from({ length: 5 }, () => g.past(20, 900, true)).map((d) => ({ d, inc: `${String(Y(d)).slice(2)}-${g.digits(6)}`, cc: g.pick(['Fall, lift assist', 'Fall, no injury', 'Weakness', 'Chest pain — transported', 'Pendant alarm, no answer', 'Lift assist']) })).sort((a, b) => b.d.getTime() - a.d.getTime());
  const officer = g.provider();
  return {
    title: 'ePCR - Refusal',
    css,
    body: h`
<div class="top"><b>ePCR</b> · ${unit} · Refusal of Treatment and/or Transport</div>
<div class="sec"><h3>Patient</h3><table class="kv">
  <tr><td>Name</td><td>${N(`${p.last}, ${p.first}`)}</td><td>DOB</td><td>${D(p.dob, 'mdy')}</td><td>Age</td><td>${A(p.age, ' yrs')}</td></tr>
  <tr><td>Address</td><td>${phi('ADDRESS', streetLine(p))}, ${phi('ADDRESS', p.city)}, ${p.state} ${phi('ZIP', p.zip)}</td><td>Phone</td><td>${P(p.home, 'paren')}</td><td>PCR #</td><td>${phi('ID', pcr)}</td></tr>
  <tr><td>MedicAlert ID</td><td>${phi('ID', medicAlert)}</td><td>PERS pendant</td><td>Lifeline serial ${phi('DEVICE', pendant)}</td><td>Date</td><td>${D(inc, 'mdy', '24')}</td></tr></table></div>
<div class="sec"><h3>Assessment</h3><p>Called by Lifeline monitoring center for pendant activation. Found ${A(p.age, '-year-old')} ${sexWord(p).toLowerCase()} seated on bedroom floor, states she "slid off the bed" while reaching for her glasses, denies striking head, denies LOC, no anticoagulants. A&amp;Ox4, GCS 15, speech clear, full ROM all extremities, ambulates with walker without difficulty after lift assist. BP 152/84, HR 76 irregular, SpO2 96% RA, BGL 118. Patient demonstrates decision-making capacity (understands, appreciates, reasons, expresses a choice).</p></div>
<div class="sec"><h3>Refusal</h3><p>I, ${N(`${p.first} ${p.last}`)}, have been advised of the risks of refusing transport, including undetected injury and worsening condition. I refuse transport against the advice of EMS. I know I may call 911 again at any time.</p>
<table class="kv"><tr><td>Patient signature</td><td>${N(`${p.first} ${p.last}`)}</td><td>Time</td><td>02:49</td></tr>
<tr><td>Witness</td><td>${N(`${grandson.first} ${grandson.last}`)} (grandson, lives with pt)</td><td>Witness phone</td><td>${P(grandson.phone, 'dash')}</td></tr>
<tr><td>Police on scene</td><td>Ofc. ${officer.last}, badge ${g.int(100, 999)}</td><td>Medical control</td><td>Not contacted (capacity intact)</td></tr></table>
<p>Advised grandson to call PCP in the morning; referral to fall-prevention program sent to ${g.pick(FACILITIES)} care management.</p></div>
<div class="sec"><h3>Prior responses to this address (${prior.length})</h3><table class="v"><tr><th>Date/time</th><th>Incident #</th><th>Nature</th><th>Disposition</th></tr>
${prior.map((r) => h`<tr><td>${T(`${fd(r.d, 'mdy')} ${hm(r.d)}`)}</td><td>${phi('ID', r.inc)}</td><td>${r.cc}</td><td>${r.cc.includes('transported') ? 'Transported' : 'No transport'}</td></tr>`)}</table></div>
<footer>Crew: ${provFLC(medic)}, ${provFLC(emt)} · Unit ${unit} · QA flag: repeat lift assist (5 in 24 months)</footer>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Reportable-disease case investigation; TB contact-investigation line list

const COUNTY_PLACES: [string, string, string, string][] = [
  ['Springfield', 'MA', '011', 'Hampden County'], ['Worcester', 'MA', '016', 'Worcester County'], ['Dayton', 'OH', '454', 'Montgomery County'],
  ['Toledo', 'OH', '436', 'Lucas County'], ['Madison', 'WI', '537', 'Dane County'], ['Des Moines', 'IA', '503', 'Polk County'], ['Omaha', 'NE', '681', 'Douglas County'],
  ['Tulsa', 'OK', '741', 'Tulsa County'], ['Fresno', 'CA', '937', 'Fresno County'], ['Spokane', 'WA', '992', 'Spokane County'], ['Lexington', 'KY', '405', 'Fayette County'],
  ['Knoxville', 'TN', '379', 'Knox County'],
];

function publicHealth(g: G, k: number): Screen {
  const css = BASE_CSS + '.sec{border:1px solid #9ab;margin:6px}.sec h3{background:#dde7f0;margin:0;padding:3px 6px;font-size:12px}.kv td:nth-child(odd){color:#555}.ll td,.ll th{border:1px solid #ccc;font-size:11px;white-space:nowrap}';
  const [city, state, zip3, county] = g.pick(COUNTY_PLACES);
  const investigator = g.provider();
  if (k === 0) {
    const p = pat(g, 'turkish', 38, 62, 'male');
    p.city = city;
    p.state = state;
    p.zip = zip3 + g.digits(2);
    const wife = relative(g, 'turkish', 'wife', p.last);
    const son = relative(g, 'turkish', 'son', p.last);
    const motherInLaw = relative(g, 'turkish', 'mother');
    const mil = { ...motherInLaw, age: g.int(90, 94) };
    const onset = addDays(TODAY, -12);
    const specimen = addDays(TODAY, -9);
    const admit = addDays(TODAY, -10);
    const caseId = `CAS${g.digits(8)}${state}01`;
    const notes: [Date, Html][] = [
      [at(addDays(TODAY, -6), 14, 15), h`Left message on cell ${P(p.cell, 'dash')} (voicemail full on home line).`],
      [at(addDays(TODAY, -5), 10, 2), h`Interviewed pt by phone with Turkish interpreter (line ID 33741). Food history completed. Pt works as line cook — food handler.`],
      [at(addDays(TODAY, -4), 9, 30), h`Exclusion letter mailed to pt at ${phi('ADDRESS', p.street)}; employer notified. Excluded until 2 negative stools ≥ 24 h apart.`],
      [at(addDays(TODAY, -1), 16, 45), h`Son ${N(son.first)}: stool culture positive (same serotype). Wife asymptomatic; kit mailed.`],
    ];
    return {
      title: 'NBS - Investigation',
      css,
      body: h`
<div class="top"><b>NEDSS Base System</b> · Home · Open Investigations · Documents Requiring Review · ${investigator.first} ${investigator.last} (Epidemiologist)</div>
<h2>Investigation: Salmonellosis (excluding Paratyphoid and Typhoid)</h2>
<div class="sec"><h3>Case info</h3><table class="kv">
  <tr><td>Investigation ID</td><td>${phi('ID', caseId)}</td><td>Status</td><td>Open</td><td>Case status</td><td>Confirmed</td></tr>
  <tr><td>Jurisdiction</td><td>${phi('ADDRESS', county)}</td><td>Program area</td><td>Enterics</td><td>MMWR week / year</td><td>45 / 2025</td></tr>
  <tr><td>Investigator</td><td>${investigator.last}, ${investigator.first}</td><td>Date assigned</td><td>${D(addDays(TODAY, -7), 'mdy')}</td><td>Outbreak</td><td>OB-2025-0147 (Eastfield wedding)</td></tr></table></div>
<div class="sec"><h3>Patient</h3><table class="kv">
  <tr><td>Last name</td><td>${N(p.last)}</td><td>First name</td><td>${N(p.first)}</td><td>Middle</td><td>${p.middle ? N(p.middle) : ''}</td></tr>
  <tr><td>Date of birth</td><td>${D(p.dob, 'mdy')}</td><td>Reported age</td><td>${p.age} Years</td><td>Current sex</td><td>${sexWord(p)}</td></tr>
  <tr><td>Street address 1</td><td>${phi('ADDRESS', p.street)}</td><td>City</td><td>${phi('ADDRESS', p.city)}</td><td>County</td><td>${phi('ADDRESS', county)}</td></tr>
  <tr><td>State</td><td>${p.state}</td><td>Zip</td><td>${phi('ZIP', p.zip)}</td><td>Country</td><td>United States</td></tr>
  <tr><td>Home phone</td><td>${P(p.home, 'paren')}</td><td>Cell phone</td><td>${P(p.cell, 'paren')}</td><td>E-mail</td><td>${phi('EMAIL', p.email)}</td></tr>
  <tr><td>Ethnicity</td><td>Not Hispanic or Latino</td><td>Race</td><td>White</td><td>Primary language</td><td>Turkish</td></tr>
  <tr><td>Occupation</td><td>Cook (food handler)</td><td>Employer</td><td>Anatolia Grill &amp; Kebab</td><td>Daycare / HCW</td><td>No / No</td></tr></table></div>
<div class="sec"><h3>Clinical</h3><table class="kv">
  <tr><td>Illness onset</td><td>${D(onset, 'mdy')}</td><td>Diagnosis date</td><td>${D(specimen, 'mdy')}</td><td>Symptoms</td><td>Diarrhea (bloody), fever 39.2 °C, cramps</td></tr>
  <tr><td>Hospitalized</td><td>Yes — ${g.pick(FACILITIES)}</td><td>Admit</td><td>${D(admit, 'mdy')}</td><td>Discharge</td><td>${D(addDays(admit, 3), 'mdy')}</td></tr>
  <tr><td>Died</td><td>No</td><td>Pregnant</td><td>N/A</td><td>Antibiotics</td><td>Ciprofloxacin 500 mg BID x 5 d</td></tr></table></div>
<div class="sec"><h3>Lab</h3><table class="kv">
  <tr><td>Specimen collected</td><td>${D(specimen, 'mdy')}</td><td>Accession #</td><td>${phi('ID', `M${String(Y(TODAY)).slice(2)}-${g.digits(6)}`)}</td><td>Source</td><td>Stool</td></tr>
  <tr><td>Result</td><td colspan="3">Salmonella enterica ser. Enteritidis — isolate forwarded to State Public Health Lab</td><td>WGS cluster</td><td>2511MLGJ-1 (allele code SALM 7.1)</td></tr>
  <tr><td>Reported to state</td><td>${D(addDays(specimen, 2), 'mdy', '24')}</td><td>Reporting lab</td><td>Quest Diagnostics</td><td>Ordering provider</td><td>${drFL(g.provider())}</td></tr></table></div>
<div class="sec"><h3>Epidemiology</h3><p>Exposure window ${D(addDays(onset, -4), 'mdy')} – ${D(addDays(onset, -1), 'mdy')}. Attended wedding reception ${D(addDays(onset, -2), 'md')} (approx. 180 guests), ate chicken shish, rice pilaf, cacık. No travel. No pets. Household:</p>
<table class="ll"><tr><th>Name</th><th>Relationship</th><th>Age</th><th>Symptoms</th><th>Onset</th><th>Food handler / daycare</th></tr>
  <tr><td>${N(`${wife.first} ${wife.last}`)}</td><td>Wife</td><td>${g.int(35, 55)}</td><td>None</td><td></td><td>No</td></tr>
  <tr><td>${N(`${son.first} ${son.last}`)}</td><td>Son</td><td>9</td><td>Diarrhea</td><td>${D(addDays(onset, 2), 'mdy')}</td><td>Attends 4th grade</td></tr>
  <tr><td>${N(`${mil.first} ${mil.last}`)}</td><td>Mother-in-law</td><td>${A(mil.age, '')}</td><td>None</td><td></td><td>No</td></tr></table></div>
<div class="sec"><h3>Notes</h3><ul>${notes.map(([d, text]) => h`<li>${D(d, 'mdy', '24')} — ${investigator.last}: ${text}</li>`)}</ul></div>`,
    };
  }
  const index = pat(g, 'nepali', 28, 50, 'male');
  const infectiousFrom = addDays(TODAY, -g.int(110, 125));
  const infectiousTo = addDays(TODAY, -g.int(14, 18));
  const caseId = `TB${String(Y(TODAY)).slice(2)}-${g.digits(4)}`;
  const settings = ['Household', 'Household', 'Household', 'Roommate', 'Coworker — kitchen', 'Coworker — kitchen', 'Coworker — kitchen', 'Carpool', 'Congregation', 'Congregation', 'Household', 'Coworker — kitchen', 'Congregation'];
  const contacts = settings.map((setting, i) => {
    const origin: Origin = setting.startsWith('Household') || setting === 'Roommate' ? 'nepali' : g.pick(['nepali', 'bengali', 'mesoamerican', 'wordy', 'pashto'] as Origin[]);
    const young = setting === 'Household' && i > 1;
    const dob = birth(g, young ? 2 : 19, young ? 16 : i === 10 ? 93 : 70);
    const w = who(g, origin, undefined, setting === 'Household' ? index.last : undefined);
    const lastExp = setting.startsWith('Household') ? infectiousTo : addDays(infectiousTo, -g.int(1, 30));
    const igra1 = addDays(lastExp, g.int(3, 12));
    const positive = g.chance(0.3);
    const done2 = !positive && addDays(lastExp, 61).getTime() < TODAY.getTime();
    return { i, setting, dob, w, lastExp, igra1, positive, done2, phone: g.phone(), cid: `${caseId}-C${pad(i + 1)}`,
      priority: setting.startsWith('Household') || young ? 'High' : setting.startsWith('Coworker') ? 'Medium' : 'Low' };
  });
  return {
    title: 'TB Contact Investigation',
    css,
    body: h`
<div class="top"><b>TB Program — Contact Investigation</b> · Cases · Contacts · LTBI Treatment · DOT Calendar · Reports</div>
<div class="sec"><h3>Index case</h3><p>${N(LFU(index))} · DOB ${D(index.dob, 'mdy')} · Case ID ${phi('ID', caseId)} · Pulmonary TB, sputum AFB smear 3+, cavitary on CXR, NAAT + (rpoB not detected) · Counted ${D(addDays(TODAY, -20), 'monyyyy')} · Infectious period ${D(infectiousFrom, 'mdy')} – ${D(infectiousTo, 'mdy')} · Case manager ${investigator.first} ${investigator.last}, RN</p>
<p><span class="chip">${contacts.length} contacts</span> <span class="chip">${contacts.filter((c) => c.igra1 < TODAY).length} evaluated</span> <span class="chip">${contacts.filter((c) => c.positive).length} LTBI</span> <span class="chip">0 secondary active</span></p></div>
<table class="ll"><tr><th>Contact ID</th><th>Name</th><th>DOB</th><th>Age</th><th>Sex</th><th>Setting</th><th>Priority</th><th>Last exposure</th><th>Sx screen</th><th>IGRA #1</th><th>Result</th><th>IGRA #2 (8 wk)</th><th>CXR</th><th>Disposition</th><th>Phone</th></tr>
${contacts.map((c) => {
  const age = ageOf(c.dob);
  const cxr = c.positive ? D(addDays(c.igra1, g.int(2, 6)), 'mdy') : '';
  const second = c.positive ? 'N/A' : c.done2 ? D(addDays(c.lastExp, 56 + g.int(0, 5)), 'mdy') : h`due ${D(addDays(c.lastExp, 56), 'md')}`;
  const disp = c.positive ? h`LTBI — 3HP started ${D(addDays(c.igra1, g.int(8, 14)), 'mdy')}` : c.done2 ? 'Not infected — closed' : age < 5 ? 'Window prophylaxis (INH)' : 'Awaiting 2nd IGRA';
  return h`<tr><td>${phi('ID', c.cid)}</td><td>${N(`${c.w.last.toUpperCase()}, ${c.w.first}`)}</td><td>${D(c.dob, 'mdy')}</td><td>${A(age, '')}</td><td>${sx(c.w)}</td><td>${c.setting}</td><td>${c.priority}</td><td>${D(c.lastExp, 'mdy')}</td><td>Neg</td><td>${D(c.igra1, 'mdy')}</td><td>${c.positive ? 'POS (TB1 2.41)' : 'Neg'}</td><td>${second}</td><td>${cxr}</td><td>${disp}</td><td>${P(c.phone, 'dash')}</td></tr>`;
})}
</table>
<footer>Report generated ${D(TODAY, 'mdy', '24')} by ${login(investigator)} · Page 1 of 1 · Contains confidential public health information</footer>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 5. REDCap-like eligibility / contact / e-consent forms (South African site); study visit calendar and AE log

function trial(g: G, k: number): Screen {
  const css = BASE_CSS + '.rc-top{background:#8b0000;color:#fff;padding:4px}.inst{border:1px solid #ccc;margin:6px}.inst h3{background:#f0e6d8;margin:0;padding:3px 6px;font-size:12px}.f td{border-bottom:1px dotted #ddd}.f td.l{width:46%;color:#333}.log td,.log th{border:1px solid #ddd;font-size:11px}';
  const pi = g.provider();
  const coord = g.provider();
  if (k === 0) {
    const w = who(g, 'nguni', 'female');
    const middle = g.pick(['Dimakatso', 'Palesa', 'Busisiwe']);
    const dob = birth(g, 52, 74);
    const idNo = saId(g, dob, 'female');
    const sister = who(g, 'nguni', 'female', w.last);
    const mobile = `0${g.pick(['82', '83', '72', '73', '84'])} ${g.int(200, 989)} ${g.digits(4)}`;
    const sisterMobile = `+27 ${g.pick(['82', '71', '76'])} ${g.int(200, 989)} ${g.digits(4)}`;
    const email = mail(g, w.first, w.last, ['gmail.com', 'webmail.co.za', 'vodamail.co.za']);
    const record = `108-${g.digits(4)}`;
    const screening = `S108-${g.digits(4)}`;
    const screenDate = at(addDays(TODAY, -6), 9, 10);
    const echo = addDays(TODAY, -g.int(30, 200));
    const bnp = addDays(TODAY, -6);
    const consent = at(addDays(TODAY, -3), 9, 42);
    const rand = at(addDays(TODAY, -1), 15, 3);
    const ip = ip4(g);
    const street = `${g.int(100, 9999)} ${g.pick(['Vilakazi Street', 'Ngakane Street', 'Mputhi Street', 'Klipspruit Valley Road', 'Chris Hani Road'])}`;
    const suburb = g.pick(['Orlando West', 'Dube', 'Meadowlands', 'Pimville', 'Jabavu']);
    const postcode = `${g.int(1800, 1868)}`;
    const initials = `${ini(w.first)}${ini(middle)}${ini(w.last)}`;
    const logRows: [Date, string, Html][] = [
      [addMin(rand, 0), login(coord), h`Randomize record ${phi('ID', record)} — rand_number = '${phi('ID', 'R-0193')}'`],
      [addMin(consent, 3), login(coord), h`Update record ${phi('ID', record)} (e-Consent) — econsent_sig = '[document]', econsent_ip = '${phi('IP', ip)}'`],
      [addMin(screenDate, 40), login(coord), h`Update record ${phi('ID', record)} (Contact Information) — mobile = '${phi('PHONE', mobile)}', alt_contact = '${N(`${sister.first} ${sister.last}`)}'`],
      [addMin(screenDate, 12), login(coord), h`Update record ${phi('ID', record)} (Screening) — dob = '${T(ymd(dob))}', sa_id = '${phi('ID', idNo)}', initials = '${N(initials)}'`],
      [addMin(screenDate, 5), login(coord), h`Create record ${phi('ID', record)} (Screening)`],
    ];
    return {
      title: 'REDCap',
      css,
      body: h`
<div class="rc-top">REDCap · PROTECT-HF: Early SGLT2i after HF hospitalisation (PID 4417) · Logged in as ${login(coord)} · Site 108 — Chris Hani Baragwanath Academic Hospital</div>
<div class="rec">Record ID <b>${phi('ID', record)}</b> · Event: Screening (Arm 1: Main cohort) · Data Access Group: site_108 · <span class="status">● Complete</span></div>
<div class="inst"><h3>Screening</h3><table class="f">
  <tr><td class="l">Screening number</td><td>${phi('ID', screening)}</td></tr>
  <tr><td class="l">Participant initials (first, middle, last)</td><td>${N(initials)}</td></tr>
  <tr><td class="l">Date of birth (Y-M-D)</td><td>${T(ymd(dob))}</td></tr>
  <tr><td class="l">Age at screening (calculated)</td><td>${ageOf(dob)}</td></tr>
  <tr><td class="l">South African ID number</td><td>${phi('ID', idNo)}</td></tr>
  <tr><td class="l">Date of screening visit</td><td>${T(`${ymd(screenDate)} ${hm(screenDate)}`)}</td></tr></table></div>
<div class="inst"><h3>Eligibility</h3><table class="f">
  <tr><td class="l">I1. Age ≥ 18 years</td><td>Yes</td></tr>
  <tr><td class="l">I2. LVEF ≤ 40% on echo within 12 months</td><td>Yes — LVEF 32% (echo ${T(ymd(echo))})</td></tr>
  <tr><td class="l">I3. NT-proBNP ≥ 600 pg/mL (≥ 900 if AF)</td><td>Yes — 1,840 pg/mL on ${T(ymd(bnp))}</td></tr>
  <tr><td class="l">E1. eGFR &lt; 25 mL/min/1.73m²</td><td>No (eGFR 48)</td></tr>
  <tr><td class="l">E2. Type 1 diabetes or prior DKA</td><td>No</td></tr>
  <tr><td class="l">Eligible?</td><td>Yes — confirmed by PI ${drFL(pi)}</td></tr></table></div>
<div class="inst"><h3>Contact Information <i>(identifiers — hidden in exports)</i></h3><table class="f">
  <tr><td class="l">Full name</td><td>${N(`${w.first} ${middle} ${w.last}`)}</td></tr>
  <tr><td class="l">Street address</td><td>${phi('ADDRESS', street)}</td></tr>
  <tr><td class="l">Suburb / township</td><td>${phi('ADDRESS', suburb)}</td></tr>
  <tr><td class="l">City</td><td>${phi('ADDRESS', 'Soweto')}</td></tr>
  <tr><td class="l">Province / postal code</td><td>Gauteng ${phi('ZIP', postcode)}</td></tr>
  <tr><td class="l">Mobile (WhatsApp)</td><td>${phi('PHONE', mobile)}</td></tr>
  <tr><td class="l">E-mail</td><td>${phi('EMAIL', email)}</td></tr>
  <tr><td class="l">Alternate contact</td><td>${N(`${sister.first} ${sister.last}`)} (sister) ${phi('PHONE', sisterMobile)}</td></tr></table></div>
<div class="inst"><h3>e-Consent</h3><table class="f">
  <tr><td class="l">Participant name (typed)</td><td>${N(`${w.first} ${w.last}`)}</td></tr>
  <tr><td class="l">Signature</td><td>[signature on file]</td></tr>
  <tr><td class="l">Date/time signed</td><td>${T(`${ymd(consent)} ${hm(consent)}`)}</td></tr>
  <tr><td class="l">Consent version / language</td><td>v4.0 / isiZulu</td></tr>
  <tr><td class="l">Signed from IP</td><td>${phi('IP', ip)}</td></tr>
  <tr><td class="l">Person obtaining consent</td><td>${coord.first} ${coord.last}, Study Nurse</td></tr></table></div>
<div class="inst"><h3>Randomization</h3><p>Randomized ${T(`${ymd(rand)} ${hm(rand)}`)} — randomization number ${phi('ID', 'R-0193')} — stratum: diabetic, LVEF ≤ 30%: No. Treatment allocation blinded. Kit 4417-0386 dispensed.</p></div>
<div class="inst"><h3>Logging (record ${phi('ID', record)})</h3><table class="log"><tr><th>Time / Date</th><th>Username</th><th>Action</th></tr>
${logRows.map(([d, user, action]) => h`<tr><td>${T(`${fd(d, 'mdy')} ${ft(d, '12')}`)}</td><td>${user}</td><td>${action}</td></tr>`)}</table></div>`,
    };
  }
  const origin: Origin = g.pick(['georgian', 'hebrew'] as Origin[]);
  const p = pat(g, origin, 48, 71, 'male');
  const wife = relative(g, origin, 'wife', p.last);
  const subject = `103-${g.digits(4)}`;
  const initials = `${ini(p.first)}.${g.upper(1)}.${ini(p.last)}.`;
  const c1d1 = addDays(TODAY, -g.int(75, 90));
  const visits: [string, number, string][] = [['Screening', -14, '−28 to −1'], ['C1D1', 0, '—'], ['C1D8', 7, '±1 d'], ['C1D15', 14, '±1 d'], ['C2D1', 21, '±2 d'],
    ['C3D1', 42, '±2 d'], ['C4D1', 63, '±2 d'], ['C5D1', 84, '±3 d'], ['C6D1', 105, '±3 d'], ['EOT', 126, '+7 d'], ['FU 30 d', 156, '±7 d']];
  const aes: [string, number, number | null, number, string, string][] = [
    ['Neutrophil count decreased', 10, 18, 3, 'Probably related', 'Dose delayed'], ['Febrile neutropenia', 17, 23, 3, 'Related', 'Hospitalised — SAE'],
    ['Nausea', 1, 4, 1, 'Related', 'None'], ['Peripheral sensory neuropathy', 44, null, 2, 'Related', 'Dose reduced'], ['Fatigue', 22, null, 1, 'Possibly related', 'None'],
  ];
  const cms: [string, number][] = [['Ondansetron 8 mg PO q8h PRN', 0], ['Pegfilgrastim 6 mg SC', 22], ['Levofloxacin 500 mg PO daily', 17], ['Gabapentin 300 mg PO TID', 48]];
  return {
    title: 'EDC - Subject Casebook',
    css,
    body: h`
<div class="rc-top">Rave EDC · ONCO-ADJ-301 · Site 103 (${g.pick(FACILITIES)}) · PI ${drFL(pi)} · ${coord.first} ${coord.last} (CRC)</div>
<div class="rec">Subject <b>${phi('ID', subject)}</b> · Initials ${N(initials)} · Sex M · Year of birth ${Y(p.dob)} · Arm: B (blinded to site: No) · Randomized ${D(addDays(c1d1, -3), 'dmon')} · Status: On treatment</div>
<div class="inst"><h3>Visit calendar</h3><table class="log"><tr><th>Visit</th><th>Study day</th><th>Target date</th><th>Window</th><th>Actual date</th><th>Status</th></tr>
${visits.map(([name, day, win]) => {
  const target = addDays(c1d1, day);
  const done = target.getTime() < TODAY.getTime();
  const actual = done ? D(addDays(target, day === 21 ? 4 : g.int(0, 1)), 'dmon') : '';
  return h`<tr><td>${name}</td><td>Day ${day + (day >= 0 ? 1 : 0)}</td><td>${D(target, 'dmon')}</td><td>${win}</td><td>${actual}</td><td>${done ? (day === 21 ? 'Out of window (AE)' : 'Complete') : 'Scheduled'}</td></tr>`;
})}</table></div>
<div class="inst"><h3>Adverse events</h3><table class="log"><tr><th>#</th><th>Term (MedDRA PT)</th><th>Onset</th><th>End</th><th>CTCAE grade</th><th>Serious</th><th>Relationship</th><th>Action</th></tr>
${aes.map(([term, on, off, grade, rel, action], i) => h`<tr><td>${i + 1}</td><td>${term}</td><td>${D(addDays(c1d1, on), 'dmon')}</td><td>${off === null ? 'Ongoing' : D(addDays(c1d1, off), 'dmon')}</td><td>${grade}</td><td>${action.includes('SAE') ? 'Yes' : 'No'}</td><td>${rel}</td><td>${action}</td></tr>`)}</table>
<p>SAE report ${phi('ID', `SAE-301-${g.digits(5)}`)}: febrile neutropenia, T 38.9 °C, ANC 0.3; admitted ${D(addDays(c1d1, 17), 'mdy')}, discharged ${D(addDays(c1d1, 21), 'mdy')}; cefepime; resolved. Sponsor notified within 24 h.</p></div>
<div class="inst"><h3>Concomitant medications</h3><table class="log"><tr><th>Medication</th><th>Start</th><th>Stop</th><th>Indication</th></tr>
${cms.map(([med, start]) => h`<tr><td>${med}</td><td>${D(addDays(c1d1, start), 'dmon')}</td><td>${start === 17 ? D(addDays(c1d1, 24), 'dmon') : 'Ongoing'}</td><td>${med.startsWith('Gaba') ? 'Neuropathy' : med.startsWith('Levo') ? 'FN' : 'Supportive'}</td></tr>`)}</table></div>
<div class="inst"><h3>Site-only: subject contact (not transmitted to sponsor)</h3><p>${N(`${p.first} ${p.last}`)} · ${P(p.cell, 'dash')} · ${phi('EMAIL', p.email)} · study partner: wife ${N(`${wife.first} ${wife.last}`)}, ${P(wife.phone, 'paren')} · reminder calls Tue/Fri before each visit.</p></div>
<footer>Casebook printed ${T(`${fd(TODAY, 'dmon')} ${hm(TODAY)}`)} · Form versions per protocol amendment 3 · Page 1 of 4</footer>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 6. Outpatient physical-therapy daily flowsheet; inpatient-rehab OT/PT plan of care (Section GG)

function rehab(g: G, k: number): Screen {
  const css = BASE_CSS + '.hdr{background:#0b6e4f;color:#fff;padding:5px}.fs td,.fs th{border:1px solid #ccc;font-size:12px;text-align:center}.fs td:first-child{text-align:left}.box{border:1px solid #ccc;margin:6px;padding:4px}';
  const therapist = { ...g.provider(), credential: 'PT, DPT' };
  const referring = g.provider();
  if (k === 0) {
    const p = pat(g, 'vietnamese', 62, 80, 'female');
    const daughter = relative(g, 'vietnamese', 'daughter', g.chance(0.5) ? p.last : undefined);
    while (daughter.first === p.first) daughter.first = g.pick(POOLS.vietnamese.f);
    const surgery = addDays(TODAY, -g.int(28, 36));
    const evalDate = addDays(surgery, 7);
    const visits = [21, 17, 14, 10, 7, 3, 0].map((n) => at(addDays(TODAY, -n), 15, 0)).filter((d) => d.getTime() > evalDate.getTime()).slice(-5);
    const exercises: [string, string[]][] = [
      ['Recumbent bike', ['8 min', '10 min', '10 min', '12 min', '12 min']], ['Quad sets', ['2x10', '2x10', '3x10', '3x10', '—']],
      ['SAQ (R) 2#', ['2x10', '3x10', '3x10', '3x10 3#', '3x10 3#']], ['Heel slides w/ strap', ['2x10', '2x10', '2x15', '2x15', '2x15']],
      ['Mini squats', ['—', '2x10', '2x10', '3x10', '3x12']], ['Step-ups 4"', ['—', '—', '2x10', '2x10', '3x10 6"']],
      ['Gait training, SPC', ['150 ft', '200 ft', '300 ft', '400 ft', 'Community']], ['Patellar mobs', ['5 min', '5 min', '5 min', '5 min', '5 min']],
    ];
    const rom: [string, number[]][] = [['Knee flexion AROM', [78, 86, 92, 98, 104]], ['Knee extension AROM', [-12, -9, -7, -5, -3]], ['Pain (0-10)', [6, 5, 5, 4, 3]]];
    const auth = `A${g.digits(2)}-${g.digits(6)}`;
    const trip = addDays(TODAY, g.int(30, 40));
    return {
      title: 'WebPT - Daily Note',
      css,
      body: h`
<div class="hdr">WebPT · Patient Chart · ${N(`${p.first} ${p.last}`)} · DOB ${D(p.dob, 'mdy')} · Case: R TKA ${D(surgery, 'monyyyy')}</div>
<div class="box"><b>Case details</b> — Referring: ${drFL(referring)} · Dx: Z96.651 Presence of right artificial knee joint; M25.661 Stiffness of right knee · Date of surgery: ${D(surgery, 'mdy')} · Eval: ${D(evalDate, 'mdy')} · POC cert period ${D(evalDate, 'mdy')} – ${D(addDays(evalDate, 56), 'mdy')} · Visit 9 of 16 · Payer: ${p.payer}, member ${phi('HEALTH_PLAN', p.memberId)} · Auth # ${phi('ID', auth)} (16 visits, valid through ${D(addDays(evalDate, 60), 'mdy')})</div>
<div class="box"><b>Subjective</b> — Pt reports knee "tight in the morning", now sleeping 5-6 h. Doing HEP 2x/day with help of ${daughter.relation} ${N(daughter.first)} (translates at home). Plans trip to visit family abroad from ${D(trip, 'md')} for 3 wks — requests HEP handout in Vietnamese.</div>
<table class="fs"><tr><th>Exercise</th>${visits.map((d) => h`<th>${D(d, 'md')}</th>`)}</tr>
${exercises.map(([name, cells]) => h`<tr><td>${name}</td>${cells.slice(0, visits.length).map((c) => h`<td>${c}</td>`)}</tr>`)}</table>
<h4>Measurements</h4>
<table class="fs"><tr><th>Measure</th>${visits.map((d) => h`<th>${D(d, 'mdy2')}</th>`)}</tr>
${rom.map(([name, vals]) => h`<tr><td>${name}</td>${vals.slice(0, visits.length).map((v) => h`<td>${v}${name.startsWith('Pain') ? '' : '°'}</td>`)}</tr>`)}</table>
<div class="box"><b>Assessment</b> — Flexion improving 6°/wk; extension lag persists. TUG 11.2 s (eval 19.8 s). Goals: flex ≥ 110° (progressing), ext 0° (progressing), independent community ambulation without AD (progressing).</div>
<div class="box"><b>Billing</b> — 97110 Therapeutic exercise x2 · 97140 Manual therapy x1 · 97116 Gait training x1 · Total timed 53 min · <b>Next visit</b>: ${T(`Mon ${fd(addDays(TODAY, 4), 'md')} 3:30 PM`)}</div>
<footer>Signed ${provFLC(therapist)} ${D(at(TODAY, 16, 5), 'mdy', '12')} · Lic. PT0${g.digits(5)}</footer>`,
    };
  }
  const p = pat(g, 'hungarian', 66, 84, 'male');
  const wife = relative(g, 'hungarian', 'wife', p.last);
  const son = relative(g, 'hungarian', 'son', p.last);
  const onset = addDays(TODAY, -g.int(16, 20));
  const admit = addDays(onset, 6);
  const conf = [addDays(admit, 6), addDays(admit, 13)];
  const dcTarget = addDays(admit, 21);
  const gg: [string, number, number, number][] = [['GG0130A Eating', 3, 5, 4], ['GG0130B Oral hygiene', 3, 5, 4], ['GG0130C Toileting hygiene', 2, 4, 3],
    ['GG0170B Sit to lying', 2, 5, 3], ['GG0170D Sit to stand', 2, 4, 3], ['GG0170E Chair/bed-to-chair transfer', 2, 4, 3], ['GG0170I Walk 10 feet', 1, 4, 2],
    ['GG0170J Walk 50 feet with two turns', 88, 4, 2], ['GG0170M 1 step (curb)', 88, 3, 1]];
  return {
    title: 'Rehab Plan of Care',
    css,
    body: h`
<div class="hdr">Inpatient Rehabilitation Facility · Interdisciplinary Plan of Care · ${N(`${p.last.toUpperCase()}, ${p.first.toUpperCase()}`)} · Rm 318-B · MRN ${phi('MRN', p.mrn)} · DOB ${D(p.dob, 'mdy')}</div>
<div class="box">Impairment group 01.2 Stroke — right body involvement (left brain) · Etiologic dx I63.512 · Onset ${D(onset, 'mdy')} · IRF admit ${D(admit, 'mdy')} · Pre-admission screen ${D(addDays(admit, -1), 'mdy')} · CMG 0105 · Expected LOS 21 d · Target discharge ${D(dcTarget, 'mdy')}</div>
<table class="fs"><tr><th>Section GG item</th><th>Admission</th><th>Discharge goal</th><th>Week 1</th></tr>
${gg.map(([item, a, goal, w1]) => h`<tr><td>${item}</td><td>${a}</td><td>${goal}</td><td>${w1}</td></tr>`)}</table>
<p class="note">Codes: 06 independent … 01 dependent; 88 not attempted due to medical condition or safety concerns.</p>
<div class="box"><b>OT</b> — R UE Brunnstrom stage 3; mirror therapy, FES to wrist extensors 30 min/day. Aphasia (mild expressive) — SLP co-treat. Goal: supervision ADLs with adaptive equipment.</div>
<div class="box"><b>Family training</b> — ${D(conf[0]!, 'md')}: wife ${N(`${wife.first} ${wife.last}`)} trained in stand-pivot transfer with gait belt (min A). ${D(conf[1]!, 'md')}: son ${N(son.first)} observed stair training; will install rail. Wife reports she has L shoulder pain, may not be able to assist with tub transfer → tub bench ordered.</div>
<div class="box"><b>Home</b> — Lives with wife in a 1-story ranch at ${phi('ADDRESS', p.street)}, ${phi('ADDRESS', p.city)}; 3 steps to enter with L rail only (ascending). Walk-in shower. Son lives 10 min away, cell ${P(son.phone, 'dash')}; wife ${P(wife.phone, 'dash')}. Home evaluation with OT planned ${T(`${fd(addDays(dcTarget, -4), 'mdy')} 13:00`)}.</div>
<div class="box"><b>Team conference</b> — ${D(conf[0]!, 'mdy')} and ${D(conf[1]!, 'mdy')}: progress toward goals; continue 3 h/day, 5 days/wk. Physician: ${drFL(referring)} (physiatry).</div>
<footer>I certify the need for intensive rehabilitation services. ${drFL(referring)} · electronically signed ${D(at(conf[1]!, 17, 40), 'mdy', '24')} · Therapist: ${provFLC(therapist)}</footer>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 7. Wound photo gallery with captions; long-term-care pressure-injury tracker

function wound(g: G, k: number): Screen {
  const css = BASE_CSS + '.card{display:inline-block;vertical-align:top;width:230px;border:1px solid #ccc;margin:5px;font-size:12px}.ph{height:120px;background:#ddd;text-align:center;line-height:120px;color:#777}.cap{padding:4px}.fn{font:10px monospace;color:#555}.t td,.t th{border:1px solid #ccc;font-size:12px}';
  const wocn = { ...g.provider(), credential: 'RN, CWOCN' };
  if (k === 0) {
    const p = pat(g, 'mesoamerican', 70, 86, 'male');
    const son = relative(g, 'mesoamerican', 'son', p.last);
    const sonFull = `${son.first} ${p.last} ${g.pick(POOLS.mesoamerican.last)}`;
    const dates = [addDays(TODAY, -14), addDays(TODAY, -7), at(TODAY, 9, 20)].map((d, i) => at(d, 9 + i, g.int(0, 11) * 5));
    const sizes: Record<string, [number, number, number][]> = { Sacrum: [[5.1, 3.8, 1.1], [4.6, 3.4, 0.9], [4.2, 3.1, 0.8]], 'R heel': [[2.6, 2.2, 0], [2.4, 2.1, 0], [2.3, 1.9, 0.2]] };
    const photos = dates.flatMap((d, i) => (['Sacrum', 'R heel'] as const).map((site, j) => {
      const taken = addMin(d, j * 3);
      const sec = g.int(0, 59);
      return { taken, site, size: sizes[site]![i]!, file: [`IMG_`, `${Y(taken)}${pad(Mo(taken) + 1)}${pad(Dd(taken))}`, `_${hmc(taken)}${pad(sec)}.jpg`] as const };
    }));
    const consent = addDays(TODAY, -16);
    return {
      title: 'Wound Care - Photos',
      css,
      body: h`
<div class="top">Wound Care · Photo Gallery · ${N(`${p.last}, ${p.first}`)} (${N(`Don ${p.first}`)}) · DOB ${D(p.dob, 'mdy')} · MRN ${phi('MRN', p.mrn)} · 6 Med/Surg Rm 614 · Wound nurse: ${provFLC(wocn)}</div>
<div class="filters">Wounds: All (2) · Sort: Date taken ▼ · Compare mode · Export PDF</div>
${photos.slice().reverse().map((ph, i) => h`<div class="card"><div class="ph">[photo ${photos.length - i}]</div><div class="cap">
  <div><b>${ph.site}</b> — ${ph.site === 'Sacrum' ? 'Pressure injury, stage 3' : 'Pressure injury, unstageable (eschar)'}</div>
  <div>Taken ${D(ph.taken, 'mdy', '12')}</div>
  <div>L ${ph.size[0]} × W ${ph.size[1]} × D ${ph.size[2]} cm · Area ${(ph.size[0] * ph.size[1]).toFixed(2)} cm²</div>
  <div>${ph.site === 'Sacrum' ? 'Tunneling 2.0 cm at 12 o\'clock; 70% granulation, 30% slough; periwound macerated' : 'Dry stable eschar 100%; no fluctuance; offloading boot on'}</div>
  <div class="fn">${ph.file[0]}${T(ph.file[1])}${ph.file[2]}</div>
  <div>By ${wocn.first.charAt(0)}. ${wocn.last} · Device WC-07 (unit iPhone)</div></div></div>`)}
<h3>Measurement trend</h3>
<table class="t"><tr><th>Date</th><th>Wound</th><th>L (cm)</th><th>W (cm)</th><th>D (cm)</th><th>Area (cm²)</th><th>Change</th></tr>
${photos.map((ph) => h`<tr><td>${D(ph.taken, 'mdy')}</td><td>${ph.site}</td><td>${ph.size[0]}</td><td>${ph.size[1]}</td><td>${ph.size[2]}</td><td>${(ph.size[0] * ph.size[1]).toFixed(2)}</td><td>${ph.site === 'Sacrum' ? '−' : '±'}${g.int(2, 18)}%</td></tr>`)}</table>
<div class="consent">Consent for clinical photography signed ${D(consent, 'mdy')} by patient's son and health-care proxy ${N(sonFull)} (${P(son.phone, 'paren')}). Photos are part of the legal medical record; not for teaching use without separate consent.</div>
<div class="plan"><b>Plan</b>: Sacrum — NPWT 125 mmHg continuous, change M/W/F. R heel — keep eschar dry, betadine paint daily, heel offloading boot. Turn q2h, low-air-loss mattress. Prealbumin 12.1. Next WOC visit ${D(addDays(TODAY, 7), 'weekday')}.</div>`,
    };
  }
  const p = pat(g, 'irish', 90, 99, 'female');
  const daughter = relative(g, 'irish', 'daughter');
  const admit = addDays(TODAY, -g.int(120, 400));
  const residentId = `R${g.digits(6)}`;
  const weeks = Array.from({ length: 6 }, (_, i) => addDays(TODAY, -7 * (5 - i) - 1));
  const braden = [17, 16, 15, 14, 13, 13];
  const wounds: [string, string, string, Date, boolean, string, string][] = [
    ['1', 'Sacrum/coccyx', 'Pressure', addDays(TODAY, -g.int(20, 30)), false, 'Stage 3', '3.4 × 2.9 × 0.4'],
    ['2', 'L heel', 'Pressure', addDays(TODAY, -g.int(8, 14)), false, 'DTPI', '2.0 × 1.8 × 0'],
    ['3', 'R lower leg, anterior', 'Skin tear', addDays(TODAY, -g.int(3, 6)), false, 'Type 2', '3.0 × 0.6'],
  ];
  const notify = at(addDays(TODAY, -1), 16, 20);
  const months = [2, 1, 0].map((n) => new Date(Date.UTC(Y(TODAY), Mo(TODAY) - n, 1)));
  return {
    title: 'Skin & Wound — Resident',
    css,
    body: h`
<div class="top">Clinical · Skin &amp; Wound · Resident: ${N(`${p.last}, ${p.first}`)} ("${N('Nan')}") · ${A(p.age, ' yrs')} · Resident # ${phi('MRN', residentId)} · Unit Rosewood, Rm 12-B · Admitted ${D(admit, 'mdy')}</div>
<h3>Braden Scale (weekly)</h3>
<table class="t"><tr><th>Date</th>${weeks.map((d) => h`<th>${D(d, 'md')}</th>`)}</tr><tr><td>Score</td>${braden.map((b) => h`<td>${b}</td>`)}</tr><tr><td>Risk</td>${braden.map((b) => h`<td>${b <= 12 ? 'High' : b <= 14 ? 'Moderate' : 'Mild'}</td>`)}</tr></table>
<h3>Active wounds</h3>
<table class="t"><tr><th>#</th><th>Site</th><th>Type</th><th>First observed</th><th>POA</th><th>Stage / class</th><th>Last measured</th><th>Size (cm)</th><th>Status</th></tr>
${wounds.map(([n, site, type, first, poa, stage, size]) => h`<tr><td>${n}</td><td>${site}</td><td>${type}</td><td>${D(first, 'mdy')}</td><td>${poa ? 'Yes' : 'No — facility acquired'}</td><td>${stage}</td><td>${D(addDays(TODAY, -g.int(0, 2)), 'mdy')}</td><td>${size}</td><td>${n === '1' ? 'Deteriorating' : 'Stable'}</td></tr>`)}</table>
<h3>Orders</h3><ul>
  <li>Sacrum: cleanse NS, collagenase (Santyl) nickel-thick to slough, calcium alginate, bordered foam daily and PRN — start ${D(addDays(TODAY, -12), 'mdy')}</li>
  <li>L heel: skin prep BID, float heels (Prevalon boots) — start ${D(addDays(TODAY, -10), 'mdy')}</li>
  <li>Dietary: Prosource 30 mL BID started ${D(addDays(TODAY, -10), 'md')}; MVI with minerals daily</li></ul>
<h3>Weights</h3><p>${months.map((m, i) => h`${D(m, 'monyyyy')}: ${(118.4 - i * 2.9).toFixed(1)} lb${i < 2 ? ' · ' : ''}`)} — 4.9% loss in 60 days, RD notified.</p>
<h3>Notifications</h3><ul>
  <li>Physician ${drFL(g.provider())} notified of stage change ${D(addMin(notify, -15), 'mdy', '24')}; new orders received.</li>
  <li>Responsible party ${N(`${daughter.first} ${daughter.last}`)} (daughter) notified by phone ${P(daughter.phone, 'paren')} on ${D(notify, 'mdy', '24', ' at ')} — agrees with plan, asks about hospice evaluation.</li></ul>
<footer>MDS Section M last completed ${D(addDays(TODAY, -4), 'mdy')} · ${provFLC(wocn)} · Page 1 of 1</footer>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 8. Nurse triage call screen (protocol); after-hours answering-service message log

function triage(g: G, k: number): Screen {
  const css = BASE_CSS + '.pane{border:1px solid #bbb;margin:6px;padding:4px}.q td{border-bottom:1px solid #eee}.yes{color:#b00;font-weight:bold}.msgs td,.msgs th{border-bottom:1px solid #ddd;font-size:12px;vertical-align:top}';
  const nurse = { ...g.provider(), credential: 'RN' };
  if (k === 0) {
    const child = pat(g, 'nguni', 2, 4, 'male');
    const mother = relative(g, 'nguni', 'mother', child.last);
    const brother = who(g, 'nguni', 'male', child.last);
    const start = at(addDays(TODAY, 0), 7, 12);
    const callId = `${g.digits(3)}-${g.digits(7)}`;
    const onset = at(addDays(TODAY, -2), 18, 0);
    const appt = at(TODAY, 11, 20);
    const prior = [
      [addDays(TODAY, -g.int(30, 60)), 'Vomiting — home care'], [addDays(TODAY, -g.int(90, 200)), 'Ear pain — see within 24 h'], [addDays(TODAY, -g.int(250, 400)), 'Rash — home care'],
    ] as [Date, string][];
    const months = Math.floor((TODAY.getTime() - child.dob.getTime()) / (30.44 * DAY)) % 12;
    return {
      title: 'Nurse Triage',
      css,
      body: h`
<div class="top">TriageLine · Call in progress ${ft(start, '24')} · Nurse ${provFLC(nurse)} · Queue: Pediatrics · Call ID ${phi('ID', callId)}</div>
<div class="pane"><b>Caller</b>: ${N(`${mother.first} ${mother.last}`)} — relationship: Mother · Callback ${P(mother.phone, 'paren')} · Alt ${P(child.home, 'dash')} · Language: English (prefers isiZulu for written material)</div>
<div class="pane"><b>Patient</b>: ${N(LF(child))} · DOB ${D(child.dob, 'mdy')} · ${child.age} y ${months} m · M · 15.2 kg · PCP ${drFL(g.provider())} · Location now: home, ${phi('ADDRESS', streetLine(child))}, ${phi('ADDRESS', child.city)}</div>
<div class="pane"><b>Protocol</b>: Fever — Pediatric (Schmitt-Thompson, after-hours) · Reason for call: fever 2 days, "not drinking much"
<table class="q">
  <tr><td>Unresponsive, very weak, or difficult to awaken?</td><td>No</td></tr>
  <tr><td>Purple or blood-colored spots or dots on skin?</td><td>No</td></tr>
  <tr><td>Signs of dehydration (no urine &gt; 8 hours, no tears)?</td><td class="yes">Last wet diaper 6 h ago</td></tr>
  <tr><td>Fever above 40 °C (104 °F)?</td><td>No — max 39.6 °C</td></tr>
  <tr><td>Fever present more than 3 days?</td><td>No</td></tr>
  <tr><td>Sore throat or ear pain?</td><td class="yes">Yes — pulling at R ear</td></tr></table></div>
<div class="pane"><b>Notes</b>: Fever began ${D(onset, 'md')} evening, max 39.6 °C (103.3 °F) at 02:00 today, acetaminophen 160 mg at 02:15 with good response. Drinking ~half usual. Brother ${N(brother.first)} (6) diagnosed with strep throat ${D(addDays(TODAY, -5), 'mdy')} at urgent care. No known COVID exposure. Mother ${N(mother.first)} is calm, able to follow instructions.</div>
<div class="pane"><b>Disposition</b>: See today in office (override from "See within 24 hours": sibling strep). Appointment booked ${D(appt, 'weekday', '12', ' at ')} with ${drFL(g.provider())}. Care advice: fluids, ibuprofen 150 mg q6h PRN, call back if worse. Caller verbalized understanding.</div>
<div class="pane"><b>Previous triage calls</b><table class="msgs"><tr><th>Date</th><th>Caller</th><th>Reason / disposition</th></tr>
${prior.map(([d, text]) => h`<tr><td>${D(d, 'mdy')}</td><td>${N(mother.first)} (mother)</td><td>${text}</td></tr>`)}</table></div>
<footer>Call start ${D(start, 'mdy', 'sec')} · duration 11:42 · recorded · documented by ${login(nurse)}</footer>`,
    };
  }
  const mix: Origin[] = ['gulf', 'gulf', 'pashto', 'romanian', 'wordy', 'haitian', 'korean', 'czech', 'maori', 'bengali', 'levantine'];
  const ages: [number, number][] = [[45, 70], [30, 60], [18, 40], [90, 96], [30, 45], [1, 3], [40, 80], [50, 75], [4, 12], [25, 45], [16, 40]];
  const sexes: (Sex | undefined)[] = ['male', undefined, undefined, 'female', 'male', undefined, undefined, 'male', undefined, undefined, undefined];
  const msgs = mix.map((origin, i) => {
    const pt = pat(g, origin, ages[i]![0], ages[i]![1], sexes[i]);
    const callerIsSelf = i !== 0 && i !== 3 && pt.age >= 16 && g.chance(0.4);
    const relation = i === 0 ? 'wife' : pt.age < 16 ? g.pick(['mother', 'father']) : i === 3 ? 'daughter' : g.pick(['wife', 'husband', 'daughter', 'son']);
    const rel = callerIsSelf ? null : relative(g, origin, i === 8 ? 'mother' : relation, g.chance(0.7) ? pt.last : undefined);
    if (rel) while (rel.first === pt.first) rel.first = who(g, origin, rel.sex).first;
    const when = at(addDays(TODAY, -1), 17 + Math.floor(i * 1.3), g.int(0, 11) * 5);
    return { pt, rel, when, phone: callerIsSelf ? pt.cell : rel!.phone, i };
  });
  const texts = [
    (m: typeof msgs[number]) => h`Blood sugar 412 on meter, "feels shaky", took 10 units extra insulin at 17:10. Wife ${N(m.rel!.first)} asks whether to go to ED.`,
    () => h`Refill needed for tacrolimus — pharmacy closed, has 1 dose left.`,
    () => h`Post-op day 3 lap appy, incision red and warm, T 38.2.`,
    (m: typeof msgs[number]) => h`Fell at home 19:40, no head strike, now in bed, daughter staying overnight. Pt is ${A(m.pt.age, ' yo')}.`,
    () => h`Heavy bleeding 10 days after vasectomy? — caller states "soaking gauze".`,
    () => h`Child vomited x4 since 21:00, keeping down sips, wet diaper at 22:15.`,
    () => h`Requests callback re: lab result seen in portal (K 5.9).`,
    () => h`Chest tightness after shoveling, resolved with rest — advised 911, declined.`,
    () => h`Mother of pt reports rash spreading on legs, non-blanching? unsure.`,
    () => h`Pt ran out of buprenorphine, withdrawing, asking for bridge Rx.`,
    () => h`Asthma — albuterol every 2 h since 18:00, speaking full sentences.`,
  ];
  const oncall = [g.provider(), g.provider(), g.provider()];
  return {
    title: 'Answering Service - Messages',
    css,
    body: h`
<div class="top">AnswerConnect Medical · Client: Northgate Family Medicine (acct 44-1907) · Shift ${D(at(addDays(TODAY, -1), 17, 0), 'mdy', '24')} → ${D(at(TODAY, 8, 0), 'mdy', '24')} · On call: ${drFL(oncall[0]!)} until 23:00, then ${drFL(oncall[1]!)}</div>
<table class="msgs"><tr><th>#</th><th>Received</th><th>Caller</th><th>Patient / DOB</th><th>Callback</th><th>Message</th><th>Paged</th><th>Status</th></tr>
${msgs.map((m) => h`<tr><td>${m.i + 1}</td><td>${T(`${fd(m.when, 'mdy2')} ${hm(m.when)}`)}</td><td>${m.rel ? h`${N(`${m.rel.first} ${m.rel.last}`)} (${m.rel.relation})` : 'Self'}</td><td>${N(LFU(m.pt))}<br>${D(m.pt.dob, 'mdy')}</td><td>${P(m.phone, m.i % 2 === 0 ? 'paren' : 'dot')}</td><td>${texts[m.i]!(m)}</td><td>${(m.when.getUTCHours() >= 17 && m.when.getUTCHours() < 23 ? oncall[0]! : oncall[1]!).last} ${hm(addMin(m.when, 2))}</td><td>${g.pick(['Ack', 'Ack', 'Ack — called pt', 'Re-paged x2', 'Hold for AM'])}</td></tr>`)}
</table>
<footer>11 messages · delivered to practice ${D(at(TODAY, 8, 2), 'mdy', '12')} · operator IDs on file · Page 1 of 1</footer>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 9. A/R aging by guarantor; payment plan and collections account

function collections(g: G, k: number): Screen {
  const css = BASE_CSS + '.ar td,.ar th{border-bottom:1px solid #ddd;font-size:12px;text-align:right}.ar td:nth-child(-n+3),.ar th:nth-child(-n+3){text-align:left}.pane{border:1px solid #ccc;margin:6px;padding:4px}.kv td:nth-child(odd){color:#666}';
  const user = g.provider();
  if (k === 0) {
    const origins: Origin[] = ['wordy', 'wordy', 'haitian', 'kurdish', 'slavic', 'inuit', 'cantonese', 'maghrebi', 'wordy', 'tigrinya', 'welsh', 'gujarati', 'czech', 'jamaican'];
    const rows = origins.map((origin) => {
      const gu = pat(g, origin, 24, 92);
      const dependent = g.chance(0.35) ? who(g, origin, undefined, gu.last) : null;
      if (dependent) while (dependent.first === gu.first) dependent.first = who(g, origin, dependent.sex).first;
      const buckets: number[] = [0, 0, 0, 0, 0].map((_, b) => (g.chance(0.45 - b * 0.05) ? g.int(1500, 90000) : 0));
      const lastPay = g.chance(0.8) ? g.past(10, 300) : null;
      const lastStmt = addDays(TODAY, -g.int(3, 30));
      const total = buckets.reduce((a, b) => a + b, 0) || g.int(2500, 20000);
      if (!buckets.some((b) => b > 0)) buckets[0] = total;
      return { gu, dependent, buckets, lastPay, lastStmt, total, acct: g.digits(g.pick([6, 7, 8])),
        status: buckets[4]! > 0 ? g.pick(['Sent to collections', 'Final notice', 'Bad debt review']) : buckets[3]! > 0 ? 'Final notice' : g.pick(['Statement cycle', 'Payment plan', 'Statement cycle', 'Insurance pending']) };
    });
    const sum = (b: number) => rows.reduce((a, r) => a + r.buckets[b]!, 0);
    return {
      title: 'A/R Aging - Guarantor',
      css,
      body: h`
<div class="top">Practice Management · Reports · <b>Patient A/R Aging by Guarantor</b> · Northgate Family Medicine · Run by ${login(user)}</div>
<div class="params">Aging as of ${D(TODAY, 'mdy')} · Aged from: Date of service · Balance type: Patient responsibility only · Minimum balance $25.00 · Sort: Guarantor</div>
<table class="ar"><tr><th>Guarantor</th><th>Acct #</th><th>Patient(s)</th><th>Last pmt</th><th>Current</th><th>31-60</th><th>61-90</th><th>91-120</th><th>&gt;120</th><th>Total</th><th>Last stmt</th><th>Status</th></tr>
${rows.map((r) => h`<tr><td>${N(`${r.gu.last.toUpperCase()}, ${r.gu.first}`)}</td><td>${phi('ACCOUNT', r.acct)}</td><td>${r.dependent ? h`Self; ${N(r.dependent.first)}` : 'Self'}</td><td>${r.lastPay ? D(r.lastPay, 'mdy2') : '—'}</td>${r.buckets.map((b) => h`<td>${b ? money(b) : ''}</td>`)}<td>${money(r.buckets.reduce((a, b) => a + b, 0))}</td><td>${D(r.lastStmt, 'mdy2')}</td><td>${r.status}</td></tr>`)}
<tr><th>Totals</th><th></th><th>${rows.length} guarantors</th><th></th>${[0, 1, 2, 3, 4].map((b) => h`<th>${money(sum(b))}</th>`)}<th>${money([0, 1, 2, 3, 4].reduce((a, b) => a + sum(b), 0))}</th><th></th><th></th></tr></table>
<footer>Report ID AR-207 · ${D(TODAY, 'mdy', '12')} · Page 1 of 3</footer>`,
    };
  }
  const gu = pat(g, 'slavic', 44, 60, 'female');
  const son = who(g, 'slavic', 'male', gu.last.replace(/a$/, ''));
  const sonDob = birth(g, 15, 19);
  const acct = g.digits(8);
  const last4 = g.digits(4);
  const bank4 = g.digits(4);
  const balance = g.int(180000, 320000);
  const n = 12;
  const inst = Math.ceil(balance / n);
  const first = new Date(Date.UTC(Y(TODAY), Mo(TODAY) + 1, 5));
  const placed = addDays(TODAY, -g.int(35, 45));
  const agencyAcct = `PRS-${g.digits(4)}-${g.digits(4)}`;
  const notes: [Date, Html][] = [
    [at(addDays(placed, -20), 14, 5), h`Final notice mailed to ${phi('ADDRESS', gu.street)}.`],
    [placed, h`Account placed with Pioneer Recovery Services, agency acct ${phi('ACCOUNT', agencyAcct)}.`],
    [at(addDays(TODAY, -6), 10, 40), h`Guarantor ${N(`Mrs. ${gu.last}`)} called; disputes $310 for son's sports physical (${D(addDays(TODAY, -g.int(200, 260)), 'mdy')}) — should have been covered. Sent to billing for review.`],
    [at(addDays(TODAY, -2), 15, 12), h`Agreed to payment plan, recalled from agency. Autopay enrolled. Son ${N(son.first)} now has own coverage through school plan.`],
  ];
  return {
    title: 'Guarantor Account - Payment Plan',
    css,
    body: h`
<div class="top">Patient Accounting · Guarantor ${phi('ACCOUNT', acct)} · ${N(`${gu.last}, ${gu.first}`)} · Balance ${money(balance)} · <span class="chip">Payment plan</span> <span class="chip">Recalled from collections</span></div>
<div class="pane"><table class="kv">
  <tr><td>Guarantor</td><td>${N(`${gu.first} ${gu.middle ? `${gu.middle} ` : ''}${gu.last}`)}</td><td>DOB</td><td>${D(gu.dob, 'mdy')}</td><td>SSN</td><td>XXX-XX-${phi('SSN', gu.ssn.slice(-4))}</td></tr>
  <tr><td>Address</td><td>${phi('ADDRESS', streetLine(gu))}<br>${phi('ADDRESS', gu.city)}, ${gu.state} ${phi('ZIP', gu.zip)}</td><td>Home</td><td>${P(gu.home, 'paren')}</td><td>Mobile</td><td>${P(gu.cell, 'paren')}</td></tr>
  <tr><td>E-mail (e-statements)</td><td>${phi('EMAIL', gu.email)}</td><td>Employer</td><td>Mercy Health System (Environmental Services)</td><td>Language</td><td>Russian</td></tr></table></div>
<div class="pane"><b>Patients on this account</b><table class="kv">
  <tr><td>${N(`${gu.last}, ${gu.first}`)}</td><td>Self</td><td>${D(gu.dob, 'mdy')}</td><td>Balance ${money(Math.round(balance * 0.62))}</td></tr>
  <tr><td>${N(`${son.last}, ${son.first}`)}</td><td>Son</td><td>${D(sonDob, 'mdy')}</td><td>Balance ${money(balance - Math.round(balance * 0.62))}</td></tr></table></div>
<div class="pane"><b>Payment plan</b> — ${n} monthly payments of ${money(inst)} (last ${money(balance - inst * (n - 1))}), 0% interest, on the 5th. Autopay: Visa ending ${phi('ACCOUNT', last4)}; backup checking account ****${phi('ACCOUNT', bank4)} (routing 011000138). Signed agreement on file ${D(addDays(TODAY, -2), 'mdy')}.
<table class="ar"><tr><th>#</th><th>Due</th><th>Amount</th><th>Status</th></tr>
${Array.from({ length: n }, (_, i) => h`<tr><td>${i + 1}</td><td>${D(new Date(Date.UTC(Y(first), Mo(first) + i, 5)), 'mdy')}</td><td>${money(i === n - 1 ? balance - inst * (n - 1) : inst)}</td><td>Scheduled</td></tr>`)}</table></div>
<div class="pane"><b>Account notes</b><ul>${notes.map(([d, text]) => h`<li>${D(d, 'mdy', '12')} — ${text}</li>`)}</ul></div>
<footer>Logged in: ${login(user)} · Financial counselor line (413) 555-0123</footer>`,
    };
}

// ---------------------------------------------------------------------------------------------
// 10. MDS 3.0 Section A (form boxes); print-friendly long-term-care face sheet

function mds(g: G, k: number): Screen {
  const css = BASE_CSS + '.item{border:1px solid #999;margin:3px 6px;padding:3px}.code{font-weight:bold;width:60px;display:inline-block}.bx{display:inline-block;border:1px solid #333;min-width:14px;padding:0 3px;margin-right:2px;font:13px monospace}.fs td{border:1px solid #bbb;vertical-align:top;font-size:12px}.fs h4{margin:0}';
  if (k === 0) {
    const p = pat(g, 'pacific', 90, 98, 'female');
    p.first = 'Mele';
    const s = p.ssn.split('-');
    const medicare = mbi(g);
    const medicaid = `${g.digits(9)}${g.upper(1)}`;
    const entry = addDays(TODAY, -g.int(8, 14));
    const ard = addDays(entry, 4);
    const dob = p.dob;
    const boxes = (type: 'DATE' | 'SSN', parts: string[]) => parts.map((x, i) => h`${i ? h`<span class="sep">–</span>` : ''}<span class="bx">${phi(type, x)}</span>`);
    const dateBoxes = (d: Date) => boxes('DATE', [pad(Mo(d) + 1), pad(Dd(d)), String(Y(d))]);
    return {
      title: 'MDS 3.0 - Section A',
      css,
      body: h`
<div class="top">MDS 3.0 Nursing Home Comprehensive (NC) Item Set v1.19.1 · Resident: ${N(`${p.last}, ${p.first}`)} · Identifier ${phi('MRN', p.mrn)} · ARD ${D(ard, 'mdy')} · Status: In progress</div>
<h3>Section A — Identification Information</h3>
<div class="item"><span class="code">A0310</span> Type of assessment: A. 01 Admission assessment · B. 01 5-day scheduled assessment · F. 99 None of the above</div>
<div class="item"><span class="code">A0500</span> Legal name of resident<br>
  A. First name: <span class="bx">${N(p.first.toUpperCase())}</span> B. Middle initial: <span class="bx">${N(g.pick(['L', 'T', 'A']))}</span><br>
  C. Last name: <span class="bx">${N(p.last.toUpperCase())}</span> D. Suffix: <span class="bx"> </span></div>
<div class="item"><span class="code">A0600</span> A. Social Security Number: ${boxes('SSN', s)}<br>B. Medicare number: <span class="bx">${phi('HEALTH_PLAN', medicare)}</span></div>
<div class="item"><span class="code">A0700</span> Medicaid number — enter "+" if pending, "N" if not a Medicaid recipient: <span class="bx">${phi('HEALTH_PLAN', medicaid)}</span></div>
<div class="item"><span class="code">A0800</span> Gender: <span class="bx">2</span> 1. Male 2. Female</div>
<div class="item"><span class="code">A0900</span> Birth date: ${dateBoxes(dob)} <span class="hint">(month – day – year)</span></div>
<div class="item"><span class="code">A1005</span> Ethnicity: X. Resident declines · <span class="code">A1010</span> Race: F. Native Hawaiian or Other Pacific Islander — Tongan</div>
<div class="item"><span class="code">A1110</span> Language: A. Preferred language: <span class="bx">Tongan</span> B. Does the resident need or want an interpreter? <span class="bx">1</span> Yes</div>
<div class="item"><span class="code">A1200</span> Marital status: <span class="bx">3</span> Widowed</div>
<div class="item"><span class="code">A1300</span> Optional resident items<br>A. Medical record number: <span class="bx">${phi('MRN', p.mrn)}</span> B. Room number: <span class="bx">214-B</span><br>
  C. Name by which resident prefers to be addressed: <span class="bx">${N(`Nana ${p.first}`)}</span><br>D. Lifetime occupation(s): <span class="bx">Seamstress; church choir leader</span></div>
<div class="item"><span class="code">A1600</span> Entry date: ${dateBoxes(entry)}</div>
<div class="item"><span class="code">A1700</span> Type of entry: <span class="bx">1</span> Admission · <span class="code">A1805</span> Entered from: <span class="bx">03</span> Short-term general hospital</div>
<div class="item"><span class="code">A1900</span> Admission date (date this episode of care in this facility began): ${dateBoxes(entry)}</div>
<div class="item"><span class="code">A2300</span> Assessment reference date: ${dateBoxes(ard)}</div>
<div class="item"><span class="code">A2400</span> Medicare stay: A. Has the resident had a Medicare-covered stay since the most recent entry? <span class="bx">1</span> B. Start date of most recent Medicare stay: ${dateBoxes(entry)} C. End date: <span class="bx">--</span></div>
<footer>Facility CCN 225${g.digits(3)} · Facility NPI 1${g.digits(9)} · Resident age on ARD: ${A(ageOf(dob), '')} · Section A completed by ${g.provider().last}, RN (MDS Coordinator) · Page 1 of 42</footer>`,
    };
  }
  const p = pat(g, 'welsh', 92, 99, 'female');
  p.first = 'Gwenllian';
  const son = relative(g, 'welsh', 'son', p.last);
  const dil = relative(g, 'welsh', 'daughter-in-law', p.last);
  while (dil.first === p.first) dil.first = who(g, 'welsh', 'female').first;
  const sonEmail = mail(g, son.first, son.last);
  const admit = addDays(TODAY, -g.int(300, 700));
  const prevStreet = `${g.int(10, 999)} ${g.pick(STREET_NAMES)} ${g.pick(STREET_SUFFIX)}`;
  const [prevCity, prevState, prevZip3] = g.pick(US_PLACES);
  const sonCity = g.pick(US_PLACES);
  const medicare = mbi(g);
  const medicaid = `${g.digits(12)}`;
  const supp = `${g.digits(9)}${g.int(1, 9)}`;
  const doctor = g.provider();
  return {
    title: 'Face Sheet',
    css,
    body: h`
<div class="print-hdr"><b>Maple Grove Health &amp; Rehabilitation</b> · 40 Orchard Rd · (413) 555-0170 — <b>ADMISSION RECORD / FACE SHEET</b></div>
<table class="fs">
  <tr><td colspan="2"><h4>Resident</h4>${N(`${p.last}, ${p.first} "Gwen" ${g.pick(['Eleri', 'Nia', 'Angharad'])}`)}</td><td><h4>Resident #</h4>${phi('MRN', p.mrn)}</td><td><h4>Room/Bed</h4>Cedar 108-A</td></tr>
  <tr><td><h4>Date of birth</h4>${D(p.dob, 'mdy')}</td><td><h4>Age</h4>${A(p.age, '')}</td><td><h4>Sex</h4>F</td><td><h4>Marital</h4>Widowed</td></tr>
  <tr><td><h4>Birthplace</h4>${phi('ADDRESS', 'Aberystwyth')}, Wales</td><td><h4>Religion</h4>Methodist</td><td><h4>Primary language</h4>English (Welsh)</td><td><h4>Admission date</h4>${D(admit, 'mdy')}</td></tr>
  <tr><td colspan="2"><h4>Previous address</h4>${phi('ADDRESS', prevStreet)}<br>${phi('ADDRESS', prevCity)}, ${prevState} ${phi('ZIP', prevZip3 + g.digits(2))}</td><td colspan="2"><h4>Admitted from</h4>${g.pick(FACILITIES)} (acute)</td></tr>
  <tr><td><h4>Medicare #</h4>${phi('HEALTH_PLAN', medicare)}</td><td><h4>Medicaid #</h4>${phi('HEALTH_PLAN', medicaid)}</td><td><h4>Supplemental</h4>AARP Medicare Supplement — ${phi('HEALTH_PLAN', supp)}</td><td><h4>SSN</h4>${phi('SSN', p.ssn)}</td></tr>
  <tr><td colspan="2"><h4>Responsible party / emergency contact 1</h4>${N(`${son.first} ${son.last}`)} (son)<br>${phi('ADDRESS', `${g.int(10, 999)} ${g.pick(STREET_NAMES)} ${g.pick(STREET_SUFFIX)}`)}, ${phi('ADDRESS', sonCity[0])}, ${sonCity[1]} ${phi('ZIP', sonCity[2] + g.digits(2))}<br>Home ${P(son.phone, 'dash')} · Cell ${P(g.phone(), 'dash')}<br>${phi('EMAIL', sonEmail)}</td>
      <td colspan="2"><h4>Health care POA / emergency contact 2</h4>${N(`${dil.first} ${dil.last}`)} (daughter-in-law)<br>Cell ${P(dil.phone, 'dash')}<br>POA document dated ${D(addDays(admit, -g.int(100, 900)), 'mdy')}</td></tr>
  <tr><td><h4>Attending physician</h4>${drFL(doctor)}</td><td><h4>Code status</h4>DNR / DNI — MOLST on file</td><td><h4>Funeral home</h4>Dickinson-Streeter Funeral Home</td><td><h4>Pharmacy</h4>Omnicare</td></tr>
  <tr><td colspan="4"><h4>Diagnoses</h4>F03.90 Unspecified dementia without behavioral disturbance · I50.32 Chronic diastolic heart failure · M81.0 Age-related osteoporosis · H35.30 Macular degeneration · Z91.81 History of falling</td></tr>
  <tr><td colspan="4"><h4>Allergies</h4>Sulfa (rash) · Adhesive tape</td></tr>
</table>
<footer>Printed ${D(TODAY, 'mdy', '12')} by admissions2 · Page 1 of 1 · CONFIDENTIAL</footer>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 11. Employee-health record with a needlestick report; DOT driver medical examination (MCSA-5875)

function occHealth(g: G, k: number): Screen {
  const css = BASE_CSS + '.pane{border:1px solid #bbb;margin:6px;padding:4px}.t td,.t th{border:1px solid #ddd;font-size:12px}.frm td{border:1px solid #888;font-size:12px;padding:3px}.frm .lb{font-size:10px;color:#444;display:block}';
  const clinician = { ...g.provider(), credential: 'NP' };
  if (k === 0) {
    const e = pat(g, 'jamaican', 26, 55, 'female');
    const empId = `E${g.digits(6)}`;
    const hire = addDays(TODAY, -g.int(400, 3000));
    const source = pat(g, 'georgian', 40, 80, 'male');
    const exposure = at(addDays(TODAY, -3), 14, 20);
    const hepB = [0, 30, 180].map((n) => addDays(hire, n - 20));
    const rows: [string, Html][] = [
      ['MMR', h`IgG titers immune ${D(addDays(hire, -25), 'mdy')}`],
      ['Varicella', h`History of disease; IgG immune ${D(addDays(hire, -25), 'mdy')}`],
      ['Hepatitis B', h`Engerix-B ${hepB.map((d, i) => h`${i ? ', ' : ''}${D(d, 'mdy')}`)}; anti-HBs 86 mIU/mL ${D(addDays(hepB[2]!, 45), 'mdy')}`],
      ['Tdap', h`${D(addDays(TODAY, -g.int(800, 2500)), 'mdy')}`],
      ['Influenza 2025–26', h`${D(addDays(TODAY, -g.int(20, 50)), 'mdy')} — Flucelvax, lot AV8871C (left deltoid)`],
      ['TB screening', h`QuantiFERON-TB Gold Plus negative ${D(addDays(TODAY, -g.int(60, 300)), 'mdy')}; annual symptom review due ${D(addDays(hire, 365 * Math.ceil((TODAY.getTime() - hire.getTime()) / (365 * DAY))), 'monyyyy')}`],
      ['Respirator fit test', h`3M 1870+ size Std, quantitative PASS (fit factor 198) ${D(addDays(TODAY, -g.int(100, 300)), 'mdy')}; due ${D(addDays(TODAY, g.int(60, 250)), 'mdy')}`],
    ];
    return {
      title: 'Employee Health',
      css,
      body: h`
<div class="top">Employee Health Services · Employee record · ${clinician.first} ${clinician.last}, ${clinician.credential}</div>
<div class="pane"><b>${N(LF(e))}</b> · Employee ID ${phi('ID', empId)} · DOB ${D(e.dob, 'mdy')} · Dept: 5 West Med/Surg · Job: Registered Nurse (0.9 FTE, nights) · Hire date ${D(hire, 'mdy')} · Manager: ${g.provider().first} ${g.provider().last} · Personal cell ${P(e.cell, 'dash')} · Personal e-mail ${phi('EMAIL', e.email)}</div>
<div class="pane"><b>Immunity / compliance</b><table class="t">${rows.map(([name, v]) => h`<tr><td>${name}</td><td>${v}</td></tr>`)}</table></div>
<div class="pane"><b>Exposure report — percutaneous injury</b> (OSHA 300 privacy case: no)
<table class="t">
  <tr><td>Date/time of exposure</td><td>${D(exposure, 'mdy', '24')}</td><td>Reported</td><td>${D(addMin(exposure, 35), 'mdy', '24')}</td></tr>
  <tr><td>Location</td><td>5 West, Rm 5${g.digits(2)}</td><td>Device</td><td>22G safety IV catheter (BD Insyte Autoguard), safety not activated</td></tr>
  <tr><td>Source patient</td><td>${N(`${source.last.toUpperCase()}, ${source.first.toUpperCase()}`)} · MRN ${phi('MRN', source.mrn)}</td><td>Source consent for testing</td><td>Obtained ${D(addMin(exposure, 70), 'mdy', '24')}</td></tr>
  <tr><td>Source results</td><td>HIV Ag/Ab non-reactive · HBsAg negative · HCV Ab <b>reactive</b>, HCV RNA 1.2 × 10⁶ IU/mL (${D(addDays(exposure, 1), 'mdy')})</td><td>Employee baseline</td><td>HIV neg, HCV Ab neg, anti-HBs 86 (${D(exposure, 'mdy')})</td></tr>
  <tr><td>PEP</td><td colspan="3">HIV PEP not indicated. HCV follow-up: HCV RNA at 3–6 wk (${D(addDays(exposure, 28), 'mdy')}), HCV Ab + ALT at 4–6 mo (${D(addDays(exposure, 150), 'mdy')}).</td></tr>
</table></div>
<div class="pane"><b>Work status</b>: Full duty, no restrictions. Counseling on safer sex/blood donation deferral provided. Workers' comp first report filed. Employee's spouse ${N(`${e.spouse.first} ${e.spouse.last}`)} may call for results — employee authorised release (form on file ${D(addDays(exposure, 0), 'mdy')}).</div>`,
    };
  }
  const d = pat(g, 'kenyan', 38, 64, 'male');
  const wife = relative(g, 'kenyan', 'wife', d.last);
  const dl = `${d.state === 'MA' ? 'S' : g.upper(1)}${g.digits(8)}`;
  const passport = `${g.int(5, 6)}${g.digits(8)}`;
  const exam = at(TODAY, 10, 0);
  const expires = addDays(exam, 364);
  const prev = addDays(TODAY, -g.int(700, 760));
  const examiner = g.provider();
  const hist: [string, string][] = [['Head/brain injuries or illnesses', 'No'], ['Seizures/epilepsy', 'No'], ['Eye problems', 'No'], ['Heart disease, heart attack, bypass, or other heart problems', 'No'],
    ['High blood pressure', 'Yes'], ['Diabetes or elevated blood sugar', 'No'], ['Sleep disorders, pauses in breathing while asleep', 'Yes'], ['Regular, frequent alcohol use', 'No']];
  return {
    title: 'DOT Medical Examination',
    css,
    body: h`
<div class="top">Occupational Medicine · DOT Physical · Medical Examination Report Form (for Commercial Driver Medical Certification) MCSA-5875</div>
<h3>Section 1 — Driver Information</h3>
<table class="frm">
  <tr><td><span class="lb">Last name</span>${N(d.last)}</td><td><span class="lb">First name</span>${N(d.first)}</td><td><span class="lb">MI</span>${N(g.upper(1))}</td><td><span class="lb">Date of birth</span>${D(d.dob, 'mdy')}</td><td><span class="lb">Age</span>${d.age}</td></tr>
  <tr><td colspan="2"><span class="lb">Street address</span>${phi('ADDRESS', streetLine(d))}</td><td><span class="lb">City</span>${phi('ADDRESS', d.city)}</td><td><span class="lb">State</span>${d.state}</td><td><span class="lb">Zip code</span>${phi('ZIP', d.zip)}</td></tr>
  <tr><td colspan="2"><span class="lb">Driver's license number</span>${phi('DRIVERS_LICENSE', dl)}</td><td><span class="lb">Issuing state/province</span>${d.state}</td><td><span class="lb">Phone</span>${P(d.cell, 'paren')}</td><td><span class="lb">E-mail</span>${phi('EMAIL', d.email)}</td></tr>
  <tr><td colspan="2"><span class="lb">Driver ID verified by</span>US passport ${phi('PASSPORT', passport)}</td><td colspan="2"><span class="lb">CLP/CDL applicant/holder</span>Yes — Class A, HazMat</td><td><span class="lb">USDOT #</span>Hartley Freight Lines 2${g.digits(6)}</td></tr>
  <tr><td colspan="5"><span class="lb">Has your USDOT/FMCSA medical certificate ever been denied or issued for less than 2 years?</span>Yes — 1-year certificate ${D(prev, 'mdy')} (hypertension)</td></tr>
</table>
<h3>Section 2 — Driver Health History</h3>
<table class="t">${hist.map(([q, a]) => h`<tr><td>${q}</td><td>${a}</td></tr>`)}</table>
<p>Comments: HTN on amlodipine 10 mg, controlled. OSA dx ${D(addDays(prev, g.int(30, 200)), 'monyyyy')}; CPAP compliance report 92% nights ≥ 4 h (ResMed AirView, device S/N ${phi('DEVICE', `2320${g.digits(7)}`)}). Emergency contact: wife ${N(`${wife.first} ${wife.last}`)} ${P(wife.phone, 'dash')}.</p>
<p>Driver signature: ${N(`${d.first} ${d.last}`)} · Date ${D(exam, 'mdy')}</p>
<h3>Section 4 — Examination</h3>
<table class="t"><tr><td>Height</td><td>70 in</td><td>Weight</td><td>236 lb</td><td>BP</td><td>138/86</td><td>Pulse</td><td>74</td></tr>
<tr><td>Vision (uncorrected)</td><td>R 20/25, L 20/30</td><td>Horizontal field</td><td>R 85°, L 85°</td><td>Hearing (whisper)</td><td>R 5 ft, L 5 ft</td><td>Urinalysis</td><td>SG 1.020, protein neg, blood neg, sugar neg</td></tr></table>
<h3>Section 5 — Determination</h3>
<p>Meets standards, but periodic monitoring required (hypertension, OSA on therapy). Determination date ${D(exam, 'mdy')}. Medical certificate expiration date ${D(expires, 'mdy')}. Medical examiner: ${drFL(examiner)} · National Registry No. ${g.digits(10)} · Clinic (413) 555-0188.</p>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 12. Italian cartella clinica (ward); Brazilian e-SUS-like prontuário (primary care, prenatal)

function italyBrazil(g: G, k: number): Screen {
  const css = BASE_CSS + '.hdr{background:#2e5e8c;color:#fff;padding:5px}.box{border:1px solid #ccc;margin:6px;padding:4px}.kv td:nth-child(odd){color:#666;font-size:11px}.diario td{border-bottom:1px solid #eee;vertical-align:top}';
  if (k === 0) {
    const staff = ['Dott.ssa Paola Marchetti', 'Dott. Enrico Ferrante', 'Inf. Lucia Gatti', 'Dott. Fabio Sorrentino'];
    const w = who(g, 'italian', 'female');
    const dob = birth(g, 84, 89);
    const places: [string, string, string, string][] = [['Napoli', 'NA', 'F839', '801'], ['Palermo', 'PA', 'G273', '901'], ['Bari', 'BA', 'A662', '701'], ['Torino', 'TO', 'L219', '101']];
    const [city, sigla, comune, cap3] = g.pick(places);
    const cf = codiceFiscale(w.last, w.first, dob, 'female', comune);
    const ts = `80380${g.digits(15)}`;
    const street = `${g.pick(['Via Toledo', 'Via Roma', 'Corso Garibaldi', 'Via dei Mille', 'Vico Lungo Teatro Nuovo', 'Piazza Dante'])} ${g.int(1, 240)}`;
    const cap = `${cap3}${g.digits(2)}`;
    const figlia = who(g, 'italian', 'female');
    const badante = who(g, 'slavic', 'female');
    const home = `0${{ Napoli: '81', Palermo: '91', Bari: '80', Torino: '11' }[city]} ${g.digits(3)} ${g.digits(4)}`;
    const cell = `+39 3${g.int(20, 49)} ${g.digits(3)} ${g.digits(4)}`;
    const figliaCell = `3${g.int(20, 49)} ${g.digits(7)}`;
    const ricovero = at(addDays(TODAY, -4), 14, 32);
    const nosologico = `${Y(TODAY)}${g.digits(6)}`;
    const diario: [Date, string, string][] = [
      [at(TODAY, 8, 30), staff[0]!, 'Paziente vigile, orientata. Dispnea in miglioramento, SpO2 95% in aria. Edemi declivi ridotti (+). Diuresi 2.100 ml/24h. Si riduce furosemide a 20 mg ev x 2.'],
      [at(addDays(TODAY, -1), 19, 10), staff[2]!, 'PA 128/74, FC 82 ritmica. Riferisce riposo notturno scarso. Presente la badante.'],
      [at(addDays(TODAY, -2), 9, 0), staff[1]!, 'Colloquio con la figlia: riferita progressiva riduzione della tolleranza allo sforzo da settembre. Concordato programma di dimissione protetta.'],
    ];
    const discharge = addDays(TODAY, 4);
    const itLong = (d: Date) => `${Dd(d)} ${IT_MONTH[Mo(d)]} ${Y(d)}`;
    return {
      title: 'Cartella Clinica Elettronica',
      css,
      body: h`
<div class="hdr">Cartella Clinica Elettronica · UOC Medicina Interna · Letto 12 · Operatore: ${staff[0]}</div>
<div class="box"><table class="kv">
  <tr><td>Cognome</td><td>${N(w.last.toUpperCase())}</td><td>Nome</td><td>${N(w.first.toUpperCase())}</td><td>Sesso</td><td>F</td></tr>
  <tr><td>Data di nascita</td><td>${T(dmySlash(dob))}</td><td>Luogo di nascita</td><td>${phi('ADDRESS', city)} (${phi('ADDRESS', sigla)})</td><td>Età</td><td>${ageOf(dob)} anni</td></tr>
  <tr><td>Codice fiscale</td><td>${phi('ID', cf)}</td><td>Tessera sanitaria (TEAM)</td><td>${phi('HEALTH_PLAN', ts)}</td><td>Esenzione</td><td>013 · C02</td></tr>
  <tr><td>Residenza</td><td colspan="3">${phi('ADDRESS', street)} — ${phi('ZIP', cap)} ${phi('ADDRESS', city)} (${phi('ADDRESS', sigla)})</td><td>Telefono</td><td>${phi('PHONE', home)}</td></tr>
  <tr><td>Cellulare</td><td>${phi('PHONE', cell)}</td><td>MMG</td><td>Dott. Carlo Benedetti</td><td>ASL</td><td>ASL ${city} 1 Centro</td></tr>
  <tr><td>N. nosologico</td><td>${phi('ACCOUNT', nosologico)}</td><td>Data ricovero</td><td>${T(`${dmySlash(ricovero)} ore ${hm(ricovero)}`)}</td><td>Provenienza</td><td>Pronto Soccorso</td></tr>
  <tr><td>Familiare di riferimento</td><td colspan="3">${N(`${figlia.first} ${figlia.last}`)} (figlia) — cell. ${phi('PHONE', figliaCell)}</td><td>Caregiver</td><td>${N(badante.first)} (badante convivente)</td></tr></table></div>
<div class="box"><b>Diagnosi d'ingresso</b>: Scompenso cardiaco congestizio (ICD-9-CM 428.0) in FA permanente; insufficienza renale cronica stadio 3b. Allergie: nessuna nota.</div>
<div class="box"><b>Diario clinico</b><table class="diario">${diario.map(([d, who_, text]) => h`<tr><td>${T(`${dmySlash(d)} ${hm(d)}`)}</td><td>${who_}</td><td>${text}</td></tr>`)}</table></div>
<div class="box"><b>Terapia in atto</b>: Furosemide 20 mg ev ore 8–16 · Bisoprololo 1,25 mg os ore 8 · Apixaban 2,5 mg os ore 8–20 · Pantoprazolo 40 mg os · Kanrenol 25 mg os.<br>
<b>Esami</b> (${T(dmySlash(addDays(TODAY, -2)))}): Hb 10,8 g/dl · Creatinina 1,6 mg/dl · K 4,1 mEq/l · NT-proBNP 6.850 pg/ml.</div>
<div class="box">Consenso informato al trattamento dei dati personali firmato il ${T(itLong(ricovero))}. Dimissione prevista: ${T(`lunedì ${itLong(discharge)}`)} con attivazione ADI.</div>`,
    };
  }
  const w = who(g, 'brazilian', 'female');
  const fullName = `${w.first} ${g.pick(['Oliveira', 'Ferreira', 'Rocha'])} ${w.last}`;
  const mae = who(g, 'brazilian', 'female', w.last);
  const maeName = `${g.pick(['Maria das Graças', 'Francisca', 'Maria José', 'Antônia'])} ${mae.last}`;
  const partner = who(g, 'brazilian', 'male');
  const dob = birth(g, 30, 40);
  const places: [string, string, string, string][] = [['Recife', 'PE', '81', '510'], ['Salvador', 'BA', '71', '402'], ['Fortaleza', 'CE', '85', '601'], ['Belo Horizonte', 'MG', '31', '301']];
  const [city, uf, ddd, cep3] = g.pick(places);
  const birthCity = g.pick(places);
  const street = `${g.pick(['Rua das Flores', 'Avenida Boa Viagem', 'Rua Sete de Setembro', 'Travessa do Carmo', 'Rua Padre Roma'])}, ${g.int(10, 2900)}${g.chance(0.5) ? `, apto ${g.int(101, 1504)}` : ''}`;
  const bairro = g.pick(['Boa Viagem', 'Casa Amarela', 'Pituba', 'Meireles', 'Savassi', 'Graças']);
  const cep = `${cep3}${g.digits(2)}-${g.digits(3)}`;
  const cell = `(${ddd}) 9${g.int(8000, 9999)}-${g.digits(4)}`;
  const fixo = `(${ddd}) 3${g.digits(3)}-${g.digits(4)}`;
  const partnerCell = `(${ddd}) 9${g.int(8000, 9999)}-${g.digits(4)}`;
  const email = mail(g, w.first, w.last, ['gmail.com', 'hotmail.com', 'uol.com.br', 'bol.com.br']);
  const dum = addDays(TODAY, -(24 * 7 + 3));
  const dpp = addDays(dum, 280);
  const next = at(addDays(TODAY, 28), 8, 0);
  const prontuario = g.digits(6);
  const nis = `${g.digits(3)}.${g.digits(5)}.${g.digits(2)}-${g.digits(1)}`;
  const ptLong = (d: Date) => `${Dd(d)} de ${PT_MONTH[Mo(d)]} de ${Y(d)}`;
  return {
    title: 'PEC - Prontuário Eletrônico do Cidadão',
    css,
    body: h`
<div class="hdr">e-SUS APS · PEC · UBS Dr. Joaquim Cavalcanti · Equipe ESF 03 (INE 000${g.digits(7)}) · Profissional: Enf. Cláudia Menezes</div>
<div class="box"><b>Cidadão</b><table class="kv">
  <tr><td>Nome</td><td>${N(fullName)}</td><td>Nome social</td><td>—</td><td>Prontuário</td><td>${phi('MRN', prontuario)}</td></tr>
  <tr><td>Nome da mãe</td><td>${N(maeName)}</td><td>Nome do pai</td><td>Desconhecido</td><td>Sexo</td><td>Feminino</td></tr>
  <tr><td>Data de nascimento</td><td>${T(dmySlash(dob))}</td><td>Idade</td><td>${ageOf(dob)} anos</td><td>Raça/cor</td><td>Parda</td></tr>
  <tr><td>CPF</td><td>${phi('ID', cpf(g))}</td><td>CNS</td><td>${phi('HEALTH_PLAN', cns(g))}</td><td>NIS</td><td>${phi('ID', nis)}</td></tr>
  <tr><td>Município de nascimento</td><td>${phi('ADDRESS', birthCity[0])} - ${birthCity[1]}</td><td>Nacionalidade</td><td>Brasileira</td><td>Estado civil</td><td>União estável</td></tr>
  <tr><td>Endereço</td><td colspan="3">${phi('ADDRESS', street)} — Bairro ${phi('ADDRESS', bairro)} — ${phi('ADDRESS', city)}/${uf} — CEP ${phi('ZIP', cep)}</td><td>Microárea</td><td>04</td></tr>
  <tr><td>Celular</td><td>${phi('PHONE', cell)}</td><td>Telefone residencial</td><td>${phi('PHONE', fixo)}</td><td>E-mail</td><td>${phi('EMAIL', email)}</td></tr>
  <tr><td>Contato</td><td colspan="5">${N(`${partner.first} ${partner.last}`)} (companheiro) — ${phi('PHONE', partnerCell)}</td></tr></table></div>
<div class="box"><b>Atendimento — ${T(`${dmySlash(TODAY)} ${hm(TODAY)}`)}</b> · Consulta de pré-natal (6ª) · CIAP2 W78 · CID-10 Z34.8<br>
<b>S</b>: Gestante G3P2A0, refere movimentos fetais presentes, nega perdas vaginais. Queixa de lombalgia.<br>
<b>O</b>: PA 110/70 mmHg · Peso 68,4 kg · AU 24 cm · BCF 144 bpm · Edema ausente. DUM ${T(dmySlash(dum))} · IG 24s3d · DPP ${T(dmySlash(dpp))}.<br>
<b>A</b>: Gestação de baixo risco. Hb 11,2 g/dL (${T(dmySlash(addDays(TODAY, -16)))}), TOTG agendado.<br>
<b>P</b>: dTpa aplicada hoje (lote UJ456AB). Sulfato ferroso 40 mg/dia. Próxima consulta: ${T(`${PT_DAY[next.getUTCDay()]}, ${ptLong(next)}, às 8h`)}.</div>
<div class="box">Cartão da gestante atualizado em ${T(ptLong(TODAY))}. Visita domiciliar do ACS programada.</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 13. Swedish journal (Cosmic-like); Finnish patient record (Apotti/Lifecare-like)

function nordic(g: G, k: number): Screen {
  const css = BASE_CSS + '.ban{background:#3c3c64;color:#fff;padding:5px}.box{border:1px solid #ccc;margin:6px;padding:4px}.kv td:nth-child(odd){color:#666}.j td{border-bottom:1px solid #eee;vertical-align:top}';
  if (k === 0) {
    const w = who(g, 'swedish', 'female');
    const middle = g.pick(['Maria', 'Kristina', 'Elisabet']);
    const dob = birth(g, 86, 94);
    const pnr = personnummer(g, dob, 'female');
    const daughter = who(g, 'swedish', 'female', w.last);
    const husband = who(g, 'swedish', 'male');
    const street = `${g.pick(['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Vasagatan', 'Sveavägen', 'Ringvägen'])} ${g.int(1, 120)}${g.chance(0.4) ? ` lgh ${g.int(1001, 1304)}` : ''}`;
    const [ort, postPrefix, kommun] = g.pick([['Stockholm', '11', 'Stockholm'], ['Uppsala', '75', 'Uppsala'], ['Västerås', '72', 'Västerås'], ['Solna', '17', 'Solna']] as [string, string, string][]);
    const post = `${postPrefix}${g.int(1, 9)} ${g.digits(2)}`;
    const fast = `08-${g.digits(3)} ${g.digits(3)} ${g.digits(2)}`;
    const mobil = `07${g.pick(['0', '2', '3', '6'])}-${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`;
    const dMobil = `+46 7${g.pick(['0', '3'])} ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`;
    const inskr = at(addDays(TODAY, -3), 14, 5);
    const svShort = (d: Date) => `${Dd(d)} ${SV_MONTH[Mo(d)]!.slice(0, 3)}. ${Y(d)}`;
    const notes: [Date, string, Html][] = [
      [at(TODAY, 9, 12), 'Läkaranteckning — Leg. läkare Johan Ek', h`Rond. Pat. mår bättre, afebril sedan igår. CRP 48 (från 182). PK(INR) 2,4. Fortsatt Waran enl. ordination. Planeras hem ${T(`${SV_DAY[addDays(TODAY, 2).getUTCDay()]} ${Dd(addDays(TODAY, 2))} ${SV_MONTH[Mo(addDays(TODAY, 2))]}`)} om fortsatt stabil.`],
      [at(addDays(TODAY, -1), 20, 40), 'Omvårdnadsanteckning — Ssk Emma Holm', h`Dottern ${N(daughter.first)} på besök. Pat. orolig inför hemgång, bor ensam sedan maken ${N(husband.first)} gick bort 2019. Hemtjänst 2 ggr/dag.`],
      [at(addDays(TODAY, -2), 10, 15), 'Läkaranteckning — ST-läkare Ali Rezaei', h`Pneumoni vä underlob. Byte till doxycyklin enl. odlingssvar (${T(svShort(addDays(TODAY, -3)))}).`],
    ];
    return {
      title: 'Cosmic - Journal',
      css,
      body: h`
<div class="ban">${phi('ID', pnr)} ${N(`${w.last}, ${w.first} ${middle}`)} · ${A(ageOf(dob), ' år')} · Kvinna · Avd 64 Geriatrik, sal 3 säng 2 · <b>Varning:</b> Överkänslighet penicillin</div>
<div class="box"><b>Personuppgifter</b><table class="kv">
  <tr><td>Personnummer</td><td>${phi('ID', pnr)}</td><td>Namn</td><td>${N(`${w.first} ${middle} ${w.last}`)}</td></tr>
  <tr><td>Folkbokföringsadress</td><td>${phi('ADDRESS', street)}</td><td>Postnr / Ort</td><td>${phi('ZIP', post)} ${phi('ADDRESS', ort.toUpperCase())}</td></tr>
  <tr><td>Kommun</td><td>${phi('ADDRESS', kommun)}</td><td>Län</td><td>${ort === 'Uppsala' ? 'Uppsala län' : ort === 'Västerås' ? 'Västmanlands län' : 'Stockholms län'}</td></tr>
  <tr><td>Telefon bostad</td><td>${phi('PHONE', fast)}</td><td>Mobil</td><td>${phi('PHONE', mobil)}</td></tr>
  <tr><td>Närstående</td><td colspan="3">${N(`${daughter.first} ${daughter.last}`)} (dotter) ${phi('PHONE', dMobil)} — får information</td></tr></table></div>
<div class="box"><b>Vårdkontakt</b>: Inskrivning ${T(`${ymd(inskr)} kl. ${hm(inskr)}`)} via akutmottagningen · Orsak: J18.9 Pneumoni, ospecificerad · Ansvarig läkare: Överläkare Karin Wallin</div>
<div class="box"><b>Journalanteckningar</b><table class="j">${notes.map(([d, who_, text]) => h`<tr><td>${T(`${ymd(d)} ${hm(d)}`)}</td><td><b>${who_}</b><br>${text}</td></tr>`)}</table></div>
<div class="box"><b>Läkemedelslista</b>: Waran 2,5 mg enl. ordinationsschema · Doxycyklin 100 mg 1x1 t.o.m. ${T(ymd(addDays(TODAY, 4)))} · Alvedon 1 g 1x3 · Furix 40 mg 1x1 · Levaxin 75 mikrog 1x1</div>
<div class="box">Remiss till geriatrisk mottagning, önskad tid v. 48. Utskriven ${T(svShort(TODAY))} av Johan Ek.</div>`,
    };
  }
  const w = who(g, 'finnish', 'male');
  const second = g.pick(['Juhani', 'Tapani', 'Olavi']);
  const dob = birth(g, 70, 84);
  const id = hetu(g, dob, 'male');
  const wife = who(g, 'finnish', 'female', w.last);
  const street = `${g.pick(['Mannerheimintie', 'Hämeentie', 'Itäinen Pitkäkatu', 'Kauppakatu', 'Aleksanterinkatu'])} ${g.int(1, 90)} ${g.pick(['A', 'B', 'C'])} ${g.int(1, 60)}`;
  const [city, zip3] = g.pick([['HELSINKI', '00'], ['TURKU', '20'], ['TAMPERE', '33'], ['OULU', '90']] as [string, string][]);
  const post = `${zip3}${g.int(1, 9)}${g.int(0, 9)}0`;
  const phone = `040 ${g.digits(3)} ${g.digits(4)}`;
  const wifePhone = `+358 50 ${g.digits(3)} ${g.digits(4)}`;
  const visit = at(TODAY, 10, 40);
  const fiClock = (d: Date) => `${FI_DAY[d.getUTCDay()]} ${Dd(d)}.${Mo(d) + 1}.${Y(d)} klo ${pad(d.getUTCHours())}.${pad(d.getUTCMinutes())}`;
  const labs: [string, string, Date][] = [['P-INR', '2,4', addDays(TODAY, -2)], ['B-HbA1c', '58 mmol/mol', addDays(TODAY, -9)], ['P-Krea', '104 µmol/l', addDays(TODAY, -9)], ['fP-Kol-LDL', '1,9 mmol/l', addDays(TODAY, -9)], ['P-K', '4,3 mmol/l', addDays(TODAY, -2)]];
  return {
    title: 'Potilaskertomus',
    css,
    body: h`
<div class="ban">${N(`${w.last.toUpperCase()} ${w.first} ${second}`)} · ${phi('ID', id)} · ${ageOf(dob)} v · Terveysasema: Kallio · Omalääkäri: LL Sanna Peltola</div>
<div class="box"><b>Henkilötiedot</b><table class="kv">
  <tr><td>Henkilötunnus</td><td>${phi('ID', id)}</td><td>Nimi</td><td>${N(`${w.last} ${w.first} ${second}`)}</td></tr>
  <tr><td>Osoite</td><td>${phi('ADDRESS', street)}, ${phi('ZIP', post)} ${phi('ADDRESS', city)}</td><td>Kotikunta</td><td>${phi('ADDRESS', city.charAt(0) + city.slice(1).toLowerCase())}</td></tr>
  <tr><td>Puhelin</td><td>${phi('PHONE', phone)}</td><td>Äidinkieli</td><td>suomi</td></tr>
  <tr><td>Lähiomainen</td><td colspan="3">${N(`${wife.first} ${wife.last}`)} (puoliso), ${phi('PHONE', wifePhone)}</td></tr>
  <tr><td>Kela-erityiskorvaus</td><td>103 (diabetes), 205 (verenpainetauti)</td><td>Suostumus Kanta-luovutukseen</td><td>Annettu ${T(`${Dd(addDays(TODAY, -800))}.${Mo(addDays(TODAY, -800)) + 1}.${Y(addDays(TODAY, -800))}`)}</td></tr></table></div>
<div class="box"><b>Käynti ${T(fiClock(visit))}</b> · Vastaanotto, lääkäri · ICD-10 E11.9, I10, Z92.1<br>
Tulosyy: Diabeteksen vuosikontrolli ja Marevan-hoidon seuranta. Potilas kertoo voivansa hyvin. Kotimittauksissa RR 130–145/80. Jalat: ei haavaumia, monofilamentti tuntuu.<br>
Status: RR 142/84, p 68 tasainen, paino 91,2 kg. Sydän: ei sivuääniä.<br>
Arvio ja suunnitelma: HbA1c tavoitetasolla lähes. Metformiini jatkuu 1 g x 2. INR-kontrolli ${T(dmyDot(addDays(TODAY, 14)))}. Puoliso ${N(wife.first)} annostelee lääkkeet dosettiin. Seuraava lääkärikäynti ${T(`${Dd(addDays(TODAY, 180))}. ${FI_MONTH[Mo(addDays(TODAY, 180))]} ${Y(addDays(TODAY, 180))}`)}.</div>
<div class="box"><b>Laboratoriotulokset</b><table class="j"><tr><th>Tutkimus</th><th>Tulos</th><th>Näytteenotto</th></tr>${labs.map(([t, v, d]) => h`<tr><td>${t}</td><td>${v}</td><td>${T(dmyDot(d))}</td></tr>`)}</table></div>
<div class="box">Kirjaaja: LL Sanna Peltola ${T(`${dmyDot(visit)} ${pad(visit.getUTCHours() + 1)}.05`)} · Merkinnät tallennettu Kanta-palveluihin.</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 14. Turkish hospital information system (HBYS) outpatient screen; Romanian foaie de observaţie

function turkeyRomania(g: G, k: number): Screen {
  const css = BASE_CSS + '.ban{background:#7a1f1f;color:#fff;padding:5px}.box{border:1px solid #ccc;margin:6px;padding:4px}.kv td:nth-child(odd){color:#666}.ev td{border-bottom:1px solid #eee;vertical-align:top}';
  if (k === 0) {
    const w = who(g, 'turkish', 'male');
    const baba = g.pick(POOLS.turkish.m.filter((n) => n !== w.first));
    const anne = g.pick(POOLS.turkish.f);
    const wife = who(g, 'turkish', 'female', w.last);
    const dob = birth(g, 62, 80);
    const tc = tcKimlik(g);
    const birthPlace = g.pick(['Trabzon', 'Rize', 'Sivas', 'Erzurum', 'Malatya', 'Samsun']);
    const [ilce, mah, pk] = g.pick([['Kadıköy', 'Caferağa Mah.', '34710'], ['Üsküdar', 'Altunizade Mah.', '34662'], ['Beşiktaş', 'Sinanpaşa Mah.', '34353'], ['Bakırköy', 'Zeytinlik Mah.', '34140']] as [string, string, string][]);
    const street = `${g.pick(['Moda Cad.', 'Bahariye Cad.', 'Şair Nefi Sok.', 'Kuşdili Cad.', 'Ihlamurdere Cad.'])} No:${g.int(1, 140)} D:${g.int(1, 16)}`;
    const cep = `05${g.pick(['32', '33', '42', '55', '05'])} ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`;
    const ev = `0216 ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`;
    const wifeCep = `+90 5${g.pick(['32', '35', '43'])} ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`;
    const email = mail(g, w.first, w.last, ['gmail.com', 'hotmail.com', 'yandex.com']);
    const protokol = g.digits(8);
    const dosya = g.digits(7);
    const takip = `${g.upper(2)}${g.digits(7)}`;
    const erecete = `${g.digits(1)}${g.upper(1)}${g.digits(1)}${g.upper(2)}${g.digits(2)}`;
    const kontrol = at(addDays(TODAY, 14), 9, 30);
    const trLong = (d: Date) => `${Dd(d)} ${TR_MONTH[Mo(d)]} ${Y(d)} ${TR_DAY[d.getUTCDay()]}`;
    return {
      title: 'HBYS - Poliklinik Muayene',
      css,
      body: h`
<div class="ban">HBYS · Poliklinik · İç Hastalıkları (Dahiliye) · Uzm. Dr. Ayhan Koç · ${T(`${dmyDot(TODAY)} ${hm(TODAY)}`)}</div>
<div class="box"><b>Hasta Bilgileri</b><table class="kv">
  <tr><td>T.C. Kimlik No</td><td>${phi('ID', tc)}</td><td>Protokol No</td><td>${phi('ACCOUNT', protokol)}</td><td>Dosya No</td><td>${phi('MRN', dosya)}</td></tr>
  <tr><td>Adı</td><td>${N(w.first.toLocaleUpperCase('tr'))}</td><td>Soyadı</td><td>${N(w.last.toLocaleUpperCase('tr'))}</td><td>Cinsiyet</td><td>Erkek</td></tr>
  <tr><td>Baba Adı</td><td>${N(baba)}</td><td>Anne Adı</td><td>${N(anne)}</td><td>Kan Grubu</td><td>A Rh(+)</td></tr>
  <tr><td>Doğum Tarihi</td><td>${T(dmyDot(dob))}</td><td>Doğum Yeri</td><td>${phi('ADDRESS', birthPlace)}</td><td>Yaş</td><td>${ageOf(dob)}</td></tr>
  <tr><td>Kurum</td><td>SGK — Emekli</td><td>Takip No (MEDULA)</td><td>${phi('ID', takip)}</td><td>Provizyon</td><td>Normal</td></tr>
  <tr><td>Adres</td><td colspan="3">${phi('ADDRESS', mah)} ${phi('ADDRESS', street)}</td><td>Posta Kodu</td><td>${phi('ZIP', pk)}</td></tr>
  <tr><td>İlçe</td><td>${phi('ADDRESS', ilce)}</td><td>İl</td><td>İstanbul</td><td>E-posta</td><td>${phi('EMAIL', email)}</td></tr>
  <tr><td>Cep Tel</td><td>${phi('PHONE', cep)}</td><td>Ev Tel</td><td>${phi('PHONE', ev)}</td><td>Yakını</td><td>Eşi ${N(`${wife.first} ${wife.last}`)} — ${phi('PHONE', wifeCep)}</td></tr></table></div>
<div class="box"><b>Muayene</b> — Şikayet: Ağız kuruluğu, sık idrara çıkma (3 haftadır). Öykü: 2009'dan beri Tip 2 DM, 2015'ten beri HT. Bulgular: TA 150/90 mmHg, nabız 82/dk, VKİ 31,2. Ayak muayenesi doğal.<br>
Tanılar: E11.9 Tip 2 diabetes mellitus, komplikasyonsuz · I10 Esansiyel hipertansiyon<br>
Tetkikler: HbA1c %8,1 (${T(dmyDot(addDays(TODAY, -7)))}) · AKŞ 186 mg/dL · Kreatinin 1,02 mg/dL · Mikroalbümin 42 mg/g</div>
<div class="box"><b>Reçete</b> — e-Reçete No: ${phi('ID', erecete)} · Metformin 1000 mg 2x1 · Empagliflozin 10 mg 1x1 · Amlodipin 10 mg 1x1 · Reçete türü: Normal</div>
<div class="box"><b>Kontrol</b>: ${T(trLong(kontrol))} — MHRS randevusu: ${T(`${dmyDot(kontrol)} ${hm(kontrol)}`)}. Hasta ve eşi bilgilendirildi.</div>`,
    };
  }
  const w = who(g, 'romanian', 'male');
  const dob = birth(g, 58, 78);
  const id = cnp(g, dob, 'male', '12');
  const daughter = who(g, 'romanian', 'female', w.last);
  const street = `Str. ${g.pick(['Mihai Eminescu', 'Horea', 'Observatorului', 'Fabricii', 'Dorobanților'])} nr. ${g.int(1, 90)}, bl. ${g.pick(['A2', 'C4', 'M11', 'F3'])}, sc. ${g.int(1, 4)}, ap. ${g.int(1, 60)}`;
  const [loc, cod] = g.pick([['Cluj-Napoca', '4000'], ['Florești', '4072'], ['Turda', '4013'], ['Dej', '4052']] as [string, string][]);
  const post = `${cod}${g.int(0, 9)}${g.int(0, 9)}`.slice(0, 6);
  const tel = `07${g.int(20, 79)} ${g.digits(3)} ${g.digits(3)}`;
  const dTel = `+40 7${g.int(20, 79)} ${g.digits(3)} ${g.digits(3)}`;
  const foNo = `${g.digits(5)}/${Y(TODAY)}`;
  const card = `80642${g.digits(15)}`;
  const intern = at(addDays(TODAY, -3), 14, 20);
  const roLong = (d: Date) => `${Dd(d)} ${RO_MONTH[Mo(d)]} ${Y(d)}`;
  const evol: [Date, string][] = [
    [addDays(intern, 1), 'Coronarografie: stenoză 90% ADA proximal — PCI cu implantare stent farmacologic. Evoluție fără complicații.'],
    [addDays(intern, 2), 'Afebril, hemodinamic stabil, TA 124/78 mmHg, AV 68/min. Troponina în scădere. Mobilizat.'],
    [TODAY, 'Stare generală bună. ECG: ritm sinusal, fără modificări noi. Se pregătește externarea.'],
  ];
  return {
    title: 'Foaie de observaţie clinică generală',
    css,
    body: h`
<div class="ban">Spitalul Clinic Judeţean de Urgenţă · Secţia Cardiologie · Foaie de observaţie clinică generală nr. ${phi('ACCOUNT', foNo)}</div>
<div class="box"><table class="kv">
  <tr><td>Numele</td><td>${N(w.last.toUpperCase())}</td><td>Prenumele</td><td>${N(w.first)}</td><td>CNP</td><td>${phi('ID', id)}</td></tr>
  <tr><td>Data naşterii</td><td>${T(dmyDot(dob))}</td><td>Vârsta</td><td>${ageOf(dob)} ani</td><td>Sex</td><td>M</td></tr>
  <tr><td>Domiciliul</td><td colspan="3">${phi('ADDRESS', street)}</td><td>Localitatea</td><td>${phi('ADDRESS', loc)}</td></tr>
  <tr><td>Judeţul</td><td>Cluj</td><td>Cod poştal</td><td>${phi('ZIP', post)}</td><td>Telefon</td><td>${phi('PHONE', tel)}</td></tr>
  <tr><td>Categoria de asigurat</td><td>Pensionar</td><td>Casa de asigurări</td><td>CAS Cluj</td><td>Card naţional de sănătate</td><td>${phi('HEALTH_PLAN', card)}</td></tr>
  <tr><td>Aparţinător</td><td colspan="5">${N(`${daughter.last} ${daughter.first}`)} (fiică) — ${phi('PHONE', dTel)}</td></tr>
  <tr><td>Data internării</td><td>${T(`${dmyDot(intern)} ora ${hm(intern)}`)}</td><td>Tip internare</td><td>Urgenţă</td><td>Data externării</td><td>—</td></tr></table></div>
<div class="box"><b>Diagnostic la internare</b>: Infarct miocardic acut fără supradenivelare ST (I21.4). HTA grad II. Dislipidemie.<br><b>Antecedente</b>: fumător 30 PA, a renunţat în 2018; tatăl decedat la 62 ani prin IMA.</div>
<div class="box"><b>Evoluţie</b><table class="ev">${evol.map(([d, text]) => h`<tr><td>${T(dmyDot(d))}</td><td>${text}</td></tr>`)}</table></div>
<div class="box"><b>Recomandări la externare</b>: Aspirină 75 mg/zi, Ticagrelor 90 mg x 2/zi 12 luni, Atorvastatină 80 mg/zi, Bisoprolol 2,5 mg/zi. Control cardiologic pe ${T(roLong(addDays(TODAY, 32)))}. Medic curant: Dr. Vlad Mureşan.</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 15. Quebec hospital admission (RAMQ); Indian OPD registration (ABHA)

function quebecIndia(g: G, k: number): Screen {
  const css = BASE_CSS + '.ban{background:#004b87;color:#fff;padding:5px}.frm td{border:1px solid #bbb;padding:3px;font-size:12px}.frm .lb{display:block;font-size:10px;color:#555}.box{border:1px solid #ccc;margin:6px;padding:4px}';
  if (k === 0) {
    const w = who(g, 'haitian', 'female');
    const dob = birth(g, 60, 82);
    const nam = ramq(w.last, w.first, dob, 'female', g);
    const exp = new Date(Date.UTC(Y(TODAY) + g.int(1, 3), Mo(dob), 1));
    const mere = `${g.pick(POOLS.haitian.f)} ${g.pick(POOLS.haitian.last)}`;
    const pere = `${g.pick(POOLS.haitian.m)} ${w.last}`;
    const son = who(g, 'haitian', 'male', w.last);
    while (pere.startsWith(son.first)) son.first = who(g, 'haitian', 'male').first;
    const street = `${g.int(100, 9800)}, ${g.pick(['rue Saint-Denis', 'boulevard Saint-Michel', 'rue Jean-Talon Est', 'avenue Papineau', 'rue Bélanger'])}${g.chance(0.6) ? `, app. ${g.int(1, 24)}` : ''}`;
    const [ville, fsa] = g.pick([['Montréal', 'H1'], ['Montréal-Nord', 'H1'], ['Laval', 'H7'], ['Longueuil', 'J4']] as [string, string][]);
    const cp = `${fsa}${g.letters(1, 'ABCEGHJKLMNPRSTVXY')} ${g.int(1, 9)}${g.letters(1, 'ABCEGHJKLMNPRSTVXY')}${g.int(0, 9)}`;
    const tel = `${g.pick(['514', '438', '450'])} ${g.int(220, 989)}-${g.digits(4)}`;
    const cell = `${g.pick(['514', '438'])}-${g.int(220, 989)}-${g.digits(4)}`;
    const sonTel = `(${g.pick(['514', '438'])}) ${g.int(220, 989)}-${g.digits(4)}`;
    const arrivee = at(TODAY, 8, 52);
    const frLong = (d: Date) => `${Dd(d) === 1 ? '1er' : Dd(d)} ${FR_MONTH[Mo(d)]} ${Y(d)}`;
    const last = addDays(TODAY, -g.int(40, 90));
    return {
      title: 'Admission - Inscription',
      css,
      body: h`
<div class="ban">Système d'information clinique · Admission / Inscription · Hôpital Saint-Luc-de-l'Est · Urgence · Préposée : Chantal Lavoie</div>
<table class="frm">
  <tr><td><span class="lb">Nom à la naissance</span>${N(w.last.toUpperCase())}</td><td><span class="lb">Prénom</span>${N(w.first)}</td><td><span class="lb">Date de naissance (AAAA-MM-JJ)</span>${T(ymd(dob))}</td><td><span class="lb">Sexe</span>F</td></tr>
  <tr><td><span class="lb">No d'assurance maladie (NAM)</span>${phi('HEALTH_PLAN', nam)}</td><td><span class="lb">Expiration (AAAA-MM)</span>${T(`${Y(exp)}-${pad(Mo(exp) + 1)}`)}</td><td><span class="lb">No de dossier</span>${phi('MRN', g.digits(7))}</td><td><span class="lb">No d'épisode</span>${phi('ACCOUNT', `U${g.digits(8)}`)}</td></tr>
  <tr><td colspan="2"><span class="lb">Nom et prénom de la mère (à la naissance)</span>${N(mere)}</td><td colspan="2"><span class="lb">Nom et prénom du père</span>${N(pere)}</td></tr>
  <tr><td colspan="2"><span class="lb">Adresse</span>${phi('ADDRESS', street)}</td><td><span class="lb">Ville</span>${phi('ADDRESS', ville)}</td><td><span class="lb">Province / Code postal</span>QC ${phi('ZIP', cp)}</td></tr>
  <tr><td><span class="lb">Téléphone (domicile)</span>${phi('PHONE', tel)}</td><td><span class="lb">Cellulaire</span>${phi('PHONE', cell)}</td><td colspan="2"><span class="lb">Courriel</span>${phi('EMAIL', mail(g, w.first, w.last, ['videotron.ca', 'hotmail.com', 'gmail.com']))}</td></tr>
  <tr><td><span class="lb">NAS (facultatif)</span>${phi('SSN', sin(g))}</td><td><span class="lb">Langue de communication</span>Français, créole haïtien</td><td><span class="lb">État civil</span>Veuve</td><td><span class="lb">Médecin de famille</span>Dre Isabelle Tremblay</td></tr>
  <tr><td colspan="2"><span class="lb">Personne à prévenir</span>${N(`${son.first} ${son.last}`)} (fils)</td><td><span class="lb">Téléphone</span>${phi('PHONE', sonTel)}</td><td><span class="lb">Lien</span>Fils — mandataire</td></tr>
</table>
<div class="box">Arrivée : ${T(`${ymd(arrivee)} ${hm(arrivee)}`)} · Mode : ambulance · Triage ÉTG 3 · Motif : dyspnée, œdème des membres inférieurs · Carte RAMQ vérifiée en ligne le ${T(frLong(TODAY))} (admissible) · Bracelet imprimé.</div>
<div class="box">Dernière visite : ${T(`${FR_DAY[last.getUTCDay()]} ${frLong(last)}`)} — clinique externe de cardiologie.</div>`,
    };
  }
  const w = who(g, 'marathi', 'male');
  const father = g.pick(['Shrikant', 'Dattatray', 'Prabhakar', 'Vasant']);
  const wife = who(g, 'marathi', 'female', w.last);
  const dob = birth(g, 60, 75);
  const abha = `91-${g.digits(4)}-${g.digits(4)}-${g.digits(4)}`;
  const abhaAddr = `${fold(w.first)}.${fold(w.last)}${g.int(1, 99)}@abdm`;
  const aadhaar4 = g.digits(4);
  const mobile = `+91 9${g.digits(4)} ${g.digits(5)}`;
  const alt = `020-${g.digits(4)} ${g.digits(4)}`;
  const wifeMobile = `98${g.digits(3)}${g.digits(5)}`;
  const flat = `Flat ${g.int(1, 12)}0${g.int(1, 4)}, ${g.pick(['Sai Krupa Apartments', 'Shree Ganesh Heights', 'Gokul Residency', 'Mrunal Co-op Hsg Society'])}, ${g.pick(['Fergusson College Road', 'Karve Road', 'Tilak Road', 'Baner Road'])}`;
  const area = g.pick(['Shivajinagar', 'Deccan Gymkhana', 'Kothrud', 'Sadashiv Peth', 'Baner']);
  const pin = `4110${g.pick(['04', '05', '30', '38', '45'])}`;
  const uhid = `SMH.${g.digits(7)}`;
  const opNo = `OP/${String(Y(TODAY)).slice(2)}/${g.digits(6)}`;
  const policy = `P/${g.digits(6)}/01/${Y(TODAY)}/${g.digits(6)}`;
  const visit = at(TODAY, 10, 40);
  return {
    title: 'HIS - OPD Registration',
    css,
    body: h`
<div class="ban">Hospital Information System · OPD Registration · Sahyadri Valley Multispeciality Hospital, Pune · Counter 3 · User: reg.anita</div>
<div class="box">ABDM: ✔ ABHA verified via Aadhaar OTP · Scan &amp; Share token 17 · Consent artefact linked</div>
<table class="frm">
  <tr><td><span class="lb">UHID</span>${phi('MRN', uhid)}</td><td><span class="lb">OP No.</span>${phi('ACCOUNT', opNo)}</td><td><span class="lb">Visit date/time</span>${T(`${dmySlash(visit)} ${ft(visit, '12')}`)}</td><td><span class="lb">Visit type</span>New — Cardiology OPD</td></tr>
  <tr><td colspan="2"><span class="lb">Patient name</span>${N(`Mr. ${w.first} ${father} ${w.last}`)}</td><td><span class="lb">Relation</span>S/O ${N(`${father} ${w.last}`)}</td><td><span class="lb">Age / Sex</span>${ageOf(dob)} Y / M</td></tr>
  <tr><td><span class="lb">Date of birth</span>${T(`${pad(Dd(dob))}-${pad(Mo(dob) + 1)}-${Y(dob)}`)}</td><td><span class="lb">Mobile</span>${phi('PHONE', mobile)}</td><td><span class="lb">Alternate</span>${phi('PHONE', alt)}</td><td><span class="lb">Email</span>${phi('EMAIL', mail(g, w.first, w.last, ['gmail.com', 'rediffmail.com', 'yahoo.co.in']))}</td></tr>
  <tr><td><span class="lb">ABHA number</span>${phi('ID', abha)}</td><td><span class="lb">ABHA address</span>${phi('ID', abhaAddr)}</td><td><span class="lb">Aadhaar (masked)</span>XXXX XXXX ${phi('ID', aadhaar4)}</td><td><span class="lb">Blood group</span>B+</td></tr>
  <tr><td colspan="2"><span class="lb">Address</span>${phi('ADDRESS', flat)}</td><td><span class="lb">Area / Locality</span>${phi('ADDRESS', area)}</td><td><span class="lb">City / District</span>${phi('ADDRESS', 'Pune')} / ${phi('ADDRESS', 'Pune')}</td></tr>
  <tr><td><span class="lb">State</span>Maharashtra</td><td><span class="lb">PIN code</span>${phi('ZIP', pin)}</td><td><span class="lb">Religion / Occupation</span>Hindu / Retired bank officer</td><td><span class="lb">Payment</span>Insurance (cashless)</td></tr>
  <tr><td colspan="2"><span class="lb">Insurer / policy no.</span>Star Health — ${phi('HEALTH_PLAN', policy)}</td><td><span class="lb">TPA</span>Direct</td><td><span class="lb">Receipt no.</span>${phi('ACCOUNT', `R/${String(Y(TODAY)).slice(2)}/${g.digits(5)}`)}</td></tr>
  <tr><td colspan="2"><span class="lb">Emergency contact</span>${N(`Mrs. ${wife.first} ${wife.last}`)} (wife)</td><td><span class="lb">Contact no.</span>${phi('PHONE', wifeMobile)}</td><td><span class="lb">Referred by</span>Dr. S. Joshi (GP)</td></tr>
</table>
<div class="box">Consultant: Dr. Nitin Sabnis, DM (Cardiology) · Fee ₹800 · Token 17 · Previous visit: none · Printed OPD card ${T(`${dmySlash(visit)} ${ft(addMin(visit, 4), '12')}`)}</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 16. Two-way patient texting inbox; e-mail-style (Direct) referral letter

function textingReferral(g: G, k: number): Screen {
  const css = BASE_CSS + '.wrap{display:flex}.list{width:260px;border-right:1px solid #ccc}.conv{padding:6px;border-bottom:1px solid #eee;font-size:12px}.conv.sel{background:#e8f0fe}.thread{flex:1;padding:6px}.b{max-width:420px;border-radius:12px;padding:6px 10px;margin:6px}.in{background:#eee}.out{background:#1a73e8;color:#fff;margin-left:auto}.meta{font-size:10px;color:#888}.card{width:240px;border-left:1px solid #ccc;padding:6px;font-size:12px}.mail{border:1px solid #ccc;margin:6px;padding:8px}.hdrs td{font-size:12px;color:#333}';
  const doc = g.provider();
  const staffFirst = g.pick(['Kayla', 'Brianna', 'Tasha', 'Megan']);
  if (k === 0) {
    const p = pat(g, 'wordy', 55, 70, 'male');
    const daughter = who(g, 'wordy', 'female', p.last);
    const dDob = birth(g, 12, 12);
    const others = Array.from({ length: 7 }, (_, i) => ({ w: i === 3 ? null : pat(g, g.pick(['wordy', 'haitian', 'cantonese', 'maghrebi', 'inuit', 'kenyan'] as Origin[]), 20, 85), phone: g.phone(), when: g.past(1, 9, false),
      text: ['Thank you!', 'Can I get my flu shot without appt?', 'Confirmed', 'Who is this?', 'Running 10 min late', 'Is the lab open Saturday', 'C'][i]! }));
    const appt = at(addDays(TODAY, 7), 14, 15);
    const newAppt = at(addDays(TODAY, 8), 16, 0);
    const alt = at(addDays(TODAY, 11), 8, 30);
    const nth = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
    const mh = `1${g.digits(11)}`;
    const newStreet = `${g.int(10, 480)} ${g.pick(STREET_NAMES)} St Apt ${g.int(1, 4)}`;
    const [newCity, , zip3] = g.pick(US_PLACES);
    const t = (d: Date) => T(`${WEEKDAY[d.getUTCDay()]!.slice(0, 3)} ${fd(d, 'md')} at ${ft(d, '12')}`);
    const sent = [addMin(at(addDays(TODAY, -1), 14, 0), 0), at(addDays(TODAY, -1), 14, 12), at(addDays(TODAY, -1), 14, 20), at(addDays(TODAY, -1), 14, 31), at(addDays(TODAY, -1), 14, 33), at(addDays(TODAY, -1), 15, 2), at(TODAY, 8, 10), at(TODAY, 8, 14)];
    const meta = (i: number) => h`<div class="meta">${T(`${fd(sent[i]!, 'mdy2')} ${ft(sent[i]!, '12')}`)}</div>`;
    return {
      title: 'Texting - Inbox',
      css,
      body: h`
<div class="top">Weave · Messages · Northgate Family Medicine · Line (413) 555-0100 · ${staffFirst} (Front desk)</div>
<div class="wrap"><div class="list">
  <div class="conv sel"><b>${N(`${p.first} ${p.last}`)}</b><br>new address btw…<br><span class="meta">${ft(sent[7]!, '12')}</span></div>
  ${others.map((o) => h`<div class="conv"><b>${o.w ? N(`${o.w.first} ${o.w.last}`) : P(o.phone, 'paren')}</b><br>${o.text}<br><span class="meta">${D(o.when, 'mdy2')}</span></div>`)}
</div>
<div class="thread">
  <div class="b out">Hi ${N(p.first)}, this is Northgate Family Medicine. Reminder: you have an appointment with Dr. ${doc.last} on ${t(appt)}. Reply C to confirm or R to reschedule.${meta(0)}</div>
  <div class="b in">R. can I do the ${T(nth(Dd(newAppt)))} instead, I work til 3${meta(1)}</div>
  <div class="b out">Hi ${N(p.first)}! We have ${t(newAppt)} with Dr. ${doc.last} or ${t(alt)}. To verify your identity please reply with your date of birth 🙂${meta(2)}</div>
  <div class="b in">fri works. dob ${T(fd(p.dob, 'mdy1'))}${meta(3)}</div>
  <div class="b out">You're all set for ${t(newAppt)} ✔ Please bring your new insurance card. – ${staffFirst}${meta(4)}</div>
  <div class="b in">[image: card-front.jpg] its masshealth now id ${phi('HEALTH_PLAN', mh)}. also my daughter ${N(daughter.first)} needs her school physical she's 12, same number is fine${meta(5)}</div>
  <div class="b out">Got it! I'll call you about ${N(daughter.first)}'s physical. – ${staffFirst}, Northgate Family Medicine${meta(6)}</div>
  <div class="b in">thx. new address btw ${phi('ADDRESS', newStreet)}, ${phi('ADDRESS', newCity)} ${phi('ZIP', zip3 + g.digits(2))}${meta(7)}</div>
  <div class="compose">Type a message… · Templates · Attach · Reply STOP to opt out is appended automatically</div>
</div>
<div class="card"><b>${N(`${p.first} ${p.middle ? `${ini(p.middle)}. ` : ''}${p.last}`)}</b><br>DOB ${D(p.dob, 'mdy')}<br>Mobile ${P(p.cell, 'dash')}<br>${phi('EMAIL', p.email)}<br>Preferred: Text<br>Household: ${N(`${daughter.first} ${daughter.last}`)} (${D(dDob, 'mdy')})<br>Balance $40.00 · Next appt ${D(newAppt, 'mdy')}</div></div>`,
    };
  }
  const p = pat(g, 'levantine', 40, 52, 'female');
  const husband = who(g, 'levantine', 'male');
  const brother = who(g, 'levantine', 'male', p.last);
  while (brother.first === husband.first) brother.first = who(g, 'levantine', 'male').first;
  const daughter = who(g, 'levantine', 'female', husband.last);
  const sentAt = at(addDays(TODAY, -1), 21, 42);
  const seen = addDays(TODAY, -3);
  const holterStart = addDays(TODAY, -10);
  const holterEnd = addDays(holterStart, 2);
  const ref = `REF-${g.digits(7)}`;
  const city = g.pick(['Dearborn', 'Dearborn Heights', 'Hamtramck']);
  const fileDate = ymd(addDays(TODAY, -1));
  const ecgDate = `${Y(seen)}${pad(Mo(seen) + 1)}${pad(Dd(seen))}`;
  const cardio = g.provider();
  const rfc = (d: Date) => `${WEEKDAY[d.getUTCDay()]!.slice(0, 3)}, ${Dd(d)} ${MON[Mo(d)]} ${Y(d)} ${ft(d, 'sec')} -0500`;
  return {
    title: 'Direct Messaging - Message',
    css,
    body: h`
<div class="top">Direct Secure Messaging · Sent items · ${doc.first.charAt(0).toLowerCase()}.${fold(doc.last)}@direct.northgatefm.org</div>
<div class="mail"><table class="hdrs">
  <tr><td>From:</td><td>${drFL(doc)} &lt;${doc.first.charAt(0).toLowerCase()}.${fold(doc.last)}@direct.northgatefm.org&gt;</td></tr>
  <tr><td>To:</td><td>Riverside Cardiology Referrals &lt;referrals@direct.riversidecardiology.org&gt;</td></tr>
  <tr><td>Date:</td><td>${T(rfc(sentAt))}</td></tr>
  <tr><td>Subject:</td><td>Referral: ${N(`${p.last.toUpperCase()}, ${p.first}`)} — DOB ${D(p.dob, 'mdy')} — palpitations, FHx sudden death</td></tr>
  <tr><td>Attachments:</td><td>CCD_${N(`${p.last}_${p.first}`)}_${T(fileDate)}.xml (48 KB) · ECG_${T(ecgDate)}.pdf (212 KB) · Holter_report.pdf (1.1 MB)</td></tr></table>
<hr>
<p>Dear ${drFL(cardio)},</p>
<p>Thank you for seeing ${N(`Mrs. ${p.first} ${p.last}`)} (DOB ${D(p.dob, 'mdy')}, our MRN ${phi('MRN', p.mrn)}), a ${p.age}-year-old woman with intermittent palpitations and two episodes of near-syncope over the past 3 months. I saw her in the office on ${D(seen, 'month')}. ECG showed sinus rhythm with frequent PVCs, QTc 452 ms. Her Holter (${D(holterStart, 'md')}–${D(holterEnd, 'mdy')}) showed a 9% PVC burden with two runs of NSVT (max 7 beats).</p>
<p>Family history is significant: her brother ${N(brother.first)} died suddenly at age 34 in 2016 while swimming; no autopsy. Her father has an ICD. She has three children, and I would appreciate your advice on screening them.</p>
<p>She lives with her husband ${N(husband.first)} and their children in ${phi('ADDRESS', city)}. She prefers Arabic-speaking staff when possible; her daughter ${N(daughter.first)} (17) often interprets, though we used a professional interpreter for this visit. Best contact is her cell ${P(p.cell, 'paren')} or e-mail ${phi('EMAIL', p.email)}.</p>
<p>Insurance: ${p.payer}, member ID ${phi('HEALTH_PLAN', p.memberId)}. Referral ${phi('ID', ref)} is approved for consultation and echocardiogram.</p>
<p>Medications: metoprolol succinate 25 mg daily (started ${D(seen, 'md')}), levothyroxine 50 mcg. TSH 2.1. K 4.2, Mg 2.0. Allergies: none known.</p>
<p>Sincerely,<br>${drFL(doc)}<br>Northgate Family Medicine · 120 Main Street, Suite 200 · (413) 555-0100 · Fax (413) 555-0101</p>
<p class="conf">CONFIDENTIALITY NOTICE: This message contains protected health information intended only for the recipient…</p></div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 17. Pediatric growth-chart table; well-child visit with developmental screening

function pediatrics(g: G, k: number): Screen {
  const css = BASE_CSS + '.ban{background:#ffe9a8;padding:5px}.gr td,.gr th{border:1px solid #ccc;font-size:12px;text-align:center}.box{border:1px solid #ccc;margin:6px;padding:4px}';
  const doc = g.provider();
  if (k === 0) {
    const dob = at(addDays(TODAY, -(470 + g.int(0, 10))), 0, 0);
    const child = who(g, 'korean', 'male');
    const mother = who(g, 'korean', 'female');
    const father = who(g, 'korean', 'male', child.last);
    const sister = who(g, 'korean', 'female', child.last);
    const mrn = g.digits(8);
    const kit = `${String(Y(dob)).slice(2)}-${g.digits(6)}`;
    const points: [string, number, number, number, number][] = [['Birth', 0, 3.28, 50.5, 34.5], ['3-5 d', 4, 3.12, 50.5, 34.6], ['2 wk', 14, 3.52, 52.0, 35.6], ['1 mo', 31, 4.31, 54.2, 37.1],
      ['2 mo', 61, 5.42, 58.1, 39.0], ['4 mo', 122, 6.88, 63.6, 41.4], ['6 mo', 183, 7.71, 67.0, 43.1], ['9 mo', 274, 8.62, 71.2, 44.6], ['12 mo', 366, 9.35, 75.1, 45.8], ['15 mo', 457, 9.98, 78.4, 46.6]];
    const pct = () => g.int(8, 78);
    const visits = points.slice(4).map(([label, day]) => [addDays(dob, day + g.int(0, 4)), label] as [Date, string]);
    return {
      title: 'Growth Chart - Data',
      css,
      body: h`
<div class="ban"><b>${N(`${child.last}, ${child.first}`)}</b> · ${sx(child) === 'M' ? 'Male' : 'Female'} · DOB ${D(dob, 'mdy')} · 15 mo · MRN ${phi('MRN', mrn)} · PCP ${drFL(doc)} · Allergies: NKDA</div>
<div class="box">Growth Charts · <b>Data view</b> · Graph view · Chart: WHO 0–2 years (boys) · Units: metric · Birth: 38w4d, BW 3.28 kg, uncomplicated SVD at ${g.pick(FACILITIES)} · Newborn screen kit ${phi('ID', kit)} — normal</div>
<table class="gr"><tr><th>Date</th><th>Age</th><th>Weight (kg)</th><th>%ile</th><th>Length (cm)</th><th>%ile</th><th>HC (cm)</th><th>%ile</th><th>Wt-for-length %ile</th><th>By</th></tr>
${points.map(([label, day, wt, len, hc]) => h`<tr><td>${D(addDays(dob, day + (day ? g.int(0, 3) : 0)), 'mdy')}</td><td>${label}</td><td>${wt.toFixed(2)}</td><td>${pct()}</td><td>${len.toFixed(1)}</td><td>${pct()}</td><td>${hc.toFixed(1)}</td><td>${pct()}</td><td>${pct()}</td><td>${g.pick(['MA-JR', 'RN-KT', 'MA-LP'])}</td></tr>`)}
</table>
<div class="box"><b>Mid-parental target height</b>: mother ${N(`${mother.first} ${mother.last}`)} 161 cm, father ${N(`${father.first} ${father.last}`)} 176 cm → 175 cm (± 8.5). Older sister ${N(sister.first)} (4 y) tracking 40–50th %ile.</div>
<div class="box"><b>Visits</b><ul>${visits.map(([d, label]) => h`<li>${D(d, 'mondy')} — ${label} well-child check, ${drFL(doc)}</li>`)}</ul></div>
<div class="box">Parent contact: mother ${P(g.phone(), 'dash')} · Preferred language Korean/English · Portal proxy: ${phi('EMAIL', mail(g, mother.first, mother.last))}</div>`,
    };
  }
  const child = who(g, 'wordy', g.pick(['female', 'male'] as const));
  child.last = g.pick(POOLS.wordy.last);
  const mother = who(g, 'wordy', 'female', child.last);
  const grandma = who(g, 'wordy', 'female', child.last);
  const brother = who(g, 'wordy', 'male', child.last);
  const father = who(g, 'wordy', 'male');
  const dob = at(addDays(TODAY, -(18 * 30 + g.int(1, 10))), 0, 0);
  const medicaid = `${g.digits(12)}`;
  const addr = pat(g, 'wordy', 20, 30, 'female');
  const lead = addDays(TODAY, -g.int(150, 200));
  const flu2 = addDays(TODAY, 28);
  const mchat = at(TODAY, 9, 10);
  return {
    title: 'Well Child 18 Month',
    css,
    body: h`
<div class="ban"><b>${N(`${child.first} ${child.last}`)}</b> · DOB ${D(dob, 'mdy')} · 18 mo · ${sx(child)} · MRN ${phi('MRN', addr.mrn)} · Medicaid ${phi('HEALTH_PLAN', medicaid)} · Visit ${D(TODAY, 'mdy')}</div>
<div class="box"><b>Interval history / social</b>: Here with mother and grandmother. Lives with mother (${N(`${mother.first} ${mother.last}`)}, 24), maternal grandmother (${N(grandma.first)}, 58) and brother ${N(brother.first)} (4 y) at ${phi('ADDRESS', addr.street)}, ${phi('ADDRESS', addr.city)}. Father ${N(`${father.first} ${father.last}`)} involved, visits weekends. Attends Little Sprouts Child Care 3 days/wk. No smokers. Mother's cell ${P(addr.cell, 'paren')}.</div>
<div class="box"><b>Screening</b>: M-CHAT-R/F completed ${D(mchat, 'mdy', '12')} — score 1, low risk. ASQ-3 (18 mo): Communication 40, Gross motor 55, Fine motor 50, Problem solving 45, Personal-social 50 — all above cutoffs. SWYC-BPSC 2. Maternal depression (PHQ-2) 0. Lead 2.1 µg/dL (${D(lead, 'mdy')}); Hgb 11.8.</div>
<div class="box"><b>Exam</b>: Wt 10.9 kg (42 %ile), L 81.2 cm (45 %ile), HC 46.9 cm (50 %ile). Walks well, runs stiffly, 10–15 words, points to show. Normal exam. Teeth: 12, no caries — fluoride varnish applied.</div>
<div class="box"><b>Immunizations given today</b>: DTaP #4 (lot 7H3KD, L thigh) · Hep A #1 (lot AHAVB612AA) · Influenza #1 (lot UT8011). Influenza #2 due on or after ${D(flu2, 'mdy')}. VIS given to mother.</div>
<div class="box"><b>Plan</b>: Anticipatory guidance — car seat rear-facing, water safety, tantrums, dental home. Next well visit 2 years (due ${D(new Date(Date.UTC(Y(dob) + 2, Mo(dob), 1)), 'monyyyy')}). ${drFL(doc)} · signed ${D(at(TODAY, 11, 55), 'mdy', '24')}</div>`,
  };
}

// ---------------------------------------------------------------------------------------------
// 18. Dark-mode care-management dashboard with chips; mobile rounding app card views

function dashboards(g: G, k: number): Screen {
  if (k === 0) {
    const css = BASE_CSS + 'body{background:#121417;color:#e6e6e6}.tile{display:inline-block;background:#1e2228;border-radius:8px;padding:8px;margin:4px;width:150px}.pc{display:inline-block;vertical-align:top;background:#1e2228;border-radius:10px;margin:6px;padding:8px;width:300px;font-size:12px}.chip{display:inline-block;border-radius:10px;padding:0 6px;margin:2px;background:#2f3640;font-size:10px}.chip.red{background:#7a2630}.chip.amber{background:#6b5418}.muted{color:#9aa}';
    const cm = [g.provider(), g.provider()];
    const origins: Origin[] = ['nepali', 'pashto', 'korean', 'wordy', 'maori', 'tigrinya', 'bengali', 'kurdish', 'czech', 'inuit'];
    const cards = origins.map((o, i) => {
      const p = pat(g, o, i === 4 ? 90 : 45, i === 4 ? 95 : 88);
      const a1c = g.past(150, 400);
      const mammo = g.past(500, 900);
      const lastContact = g.past(1, 40, false);
      const next = g.chance(0.7) ? g.future(2, 45) : null;
      return { o, p, a1c, mammo, lastContact, next, risk: g.int(62, 98), ed: g.int(0, 4), hcc: g.some(['HCC 18 Diabetes w/ chronic comp', 'HCC 85 CHF', 'HCC 111 COPD', 'HCC 138 CKD 3', 'HCC 59 Major depression', 'HCC 22 Morbid obesity'], 1, 3), mgr: cm[i % 2]! };
    });
    const lang: Record<string, string> = { nepali: 'Nepali', pashto: 'Pashto', korean: 'Korean', tigrinya: 'Tigrinya', bengali: 'Bengali', kurdish: 'Kurdish (Sorani)', czech: 'Czech' };
    return {
      title: 'Care Management',
      css,
      body: h`
<div class="top">◐ CareHub · Population Health · My panel · Theme: Dark · ${cm[0]!.first} ${cm[0]!.last}, RN Care Manager</div>
<div><span class="tile">Panel <b>412</b></span><span class="tile">High risk <b>57</b></span><span class="tile">Open gaps <b>233</b></span><span class="tile">TCM due (2 d) <b>4</b></span><span class="tile">Outreach today <b>18</b></span></div>
<div class="filters muted">Filter: Risk ≥ 60 · Sort: Risk ▼ · Showing 10 of 57</div>
${cards.map((c) => h`<div class="pc">
  <div><b>${N(`${c.p.first} ${c.p.last}`)}</b> <span class="muted">${A(c.p.age, 'y')} ${sexLetter(c.p)} · MRN ${phi('MRN', c.p.mrn)}</span></div>
  <div><span class="chip red">Risk ${c.risk}</span>${c.hcc.map((x) => h`<span class="chip">${x}</span>`)}${c.ed ? h`<span class="chip amber">ED ×${c.ed} (90d)</span>` : ''}${lang[c.o] ? h`<span class="chip">Interpreter: ${lang[c.o]!}</span>` : ''}</div>
  <div>Gaps: <span class="chip amber">A1c overdue (last ${D(c.a1c, 'monyyyy')})</span>${c.p.sex === 'female' ? h`<span class="chip amber">Mammogram overdue (last ${D(c.mammo, 'mdy2')})</span>` : h`<span class="chip">Eye exam due</span>`}</div>
  <div class="muted">Last contact ${D(c.lastContact, 'mondy')} · Next appt ${c.next ? D(c.next, 'md') : '—'} · ${P(c.p.cell, 'dot')} · CM ${c.mgr.last}</div>
</div>`)}
<footer class="muted">Data refreshed ${D(TODAY, 'iso', '24')} · Claims through ${D(addDays(TODAY, -45), 'monyyyy')}</footer>`,
    };
  }
  const css = BASE_CSS + 'body{max-width:400px;background:#f2f2f7}.card{background:#fff;border-radius:12px;margin:8px;padding:10px;box-shadow:0 1px 2px #bbb;font-size:13px}.row{display:flex;justify-content:space-between}.chip{display:inline-block;border-radius:10px;padding:0 6px;margin:2px;background:#e5e5ea;font-size:10px}.sub{color:#8e8e93;font-size:11px}.tab{position:fixed;bottom:0}';
  const attending = g.provider();
  const seen = new Set<string>();
  const list = Array.from({ length: 9 }, (_, i) => {
    const origin: Origin = i % 3 === 0 ? 'vietnamese' : g.pick(['cantonese', 'pinyin', 'gulf', 'maghrebi', 'haitian', 'norwegian', 'irish'] as Origin[]);
    const p = pat(g, origin, i === 2 ? 90 : 30, i === 2 ? 97 : 89);
    while (seen.has(p.last + p.first)) p.first = who(g, origin, p.sex).first;
    seen.add(p.last + p.first);
    const adm = addDays(TODAY, -g.int(1, 9));
    return { p, adm, room: `5${pad(10 + i * 7)}`, hd: Math.round((TODAY.getTime() - adm.getTime()) / DAY) + 1, code: g.pick(['Full', 'Full', 'DNR', 'DNR/DNI']), chips: g.some(['NPO', 'Tele', 'Fall risk', 'Sitter', 'Iso', 'Foley', 'Central line', 'DC today'], 0, 3), dx: g.pick(['CHF exac', 'PNA', 'UTI/sepsis', 'COPD', 'GI bleed', 'DKA', 'AKI', 'Cellulitis']) };
  });
  const sel = list[0]!;
  const dtr = relative(g, 'vietnamese', 'daughter', sel.p.last);
  const son = relative(g, 'vietnamese', 'son', sel.p.last);
  return {
    title: 'Rounds',
    css,
    body: h`
<div class="card"><div class="row"><b>My Patients (9)</b><span class="sub">${attending.last} team · ${D(TODAY, 'weekday')}</span></div><div class="sub">Swipe left to sign out · Tap to open</div></div>
${list.map((x) => h`<div class="card"><div class="row"><b>${N(`${x.p.last.toUpperCase()}, ${x.p.first}`)}</b><span>Rm ${x.room}</span></div>
  <div class="sub">${A(x.p.age, '')}${sexLetter(x.p)} · HD#${x.hd} · Adm ${D(x.adm, 'md')} · ${x.dx} · ${x.code}</div>
  <div>${x.chips.map((c) => h`<span class="chip">${c}</span>`)}</div></div>`)}
<div class="card"><div class="row"><b>${N(`${sel.p.first} ${sel.p.last}`)}</b><span>Rm ${sel.room}</span></div>
  <div class="sub">DOB ${D(sel.p.dob, 'mdy')} · MRN ${phi('MRN', sel.p.mrn)} · FIN ${phi('ACCOUNT', g.digits(9))} · Allergies: PCN</div>
  <div>T 37.9 · HR 96 · BP 108/62 · RR 20 · SpO2 93% 2L · UOP 0.4 mL/kg/h</div>
  <div><b>Tasks</b>: ☐ f/u blood cx (drawn ${D(sel.adm, 'md', '24')}) ☐ renal US ☐ family meeting 15:00</div>
  <div><b>Family</b>: ${dtr.relation} ${N(`${dtr.first} ${dtr.last}`)} at bedside, ${P(dtr.phone, 'paren')}; HCP: son ${N(son.first)} ${P(son.phone, 'dash')}</div>
  <div class="sub">Last note ${D(addMin(TODAY, -95), 'md', '12s')} by ${attending.first.charAt(0)}. ${attending.last}</div></div>
<div class="tab">Patients · Tasks · Messages · Me</div>`,
  };
}

// ---------------------------------------------------------------------------------------------

const LAYOUTS: Layout[] = [
  ['anesthesia-record-preop', anesthesia, ['en', 'en']],
  ['transfer-center-bed-board', transferBed, ['en', 'en']],
  ['ems-epcr-refusal', ems, ['en', 'en']],
  ['public-health-case-contacts', publicHealth, ['en', 'en']],
  ['trial-crf-econsent', trial, ['en', 'en']],
  ['rehab-flowsheet-poc', rehab, ['en', 'en']],
  ['wound-photo-tracker', wound, ['en', 'en']],
  ['nurse-triage-answering', triage, ['en', 'en']],
  ['ar-aging-payment-plan', collections, ['en', 'en']],
  ['mds-face-sheet', mds, ['en', 'en']],
  ['employee-health-dot-exam', occHealth, ['en', 'en']],
  ['italian-brazilian-chart', italyBrazil, ['en', 'en']],
  ['swedish-finnish-chart', nordic, ['en', 'en']],
  ['turkish-romanian-chart', turkeyRomania, ['en', 'en']],
  ['quebec-india-registration', quebecIndia, ['en', 'en']],
  ['sms-inbox-referral-letter', textingReferral, ['en', 'en']],
  ['peds-growth-well-child', pediatrics, ['en', 'en']],
  ['dark-dashboard-mobile-cards', dashboards, ['en', 'en']],
];

/** Small helpers the fifth set uses too. */
export { addDays, addMin, at, Dd, dmyDot, dmySlash, drFL, hm, hmc, ini, ip4, Mo, money, provFLC, series, streetLine, T, Y, ymd };

export function generateBlindPages(seed = BLIND_SEED): ProbePage[] {
  return generateLayoutPages(LAYOUTS, seed, 149, TODAY);
}
