import { WarmingWordTable } from './names/folded-word-table';
import { foldedHash } from './span';

/**
 * Words that look like names in a capitalised run but are clinical vocabulary or screen chrome.
 * A dictionary or context match containing one of them is not a name. Labelled fields and
 * patient-anchored recurrences are not filtered: a patient may really be called Graves.
 */
const EPONYMS = `addison alzheimer apgar asperger babinski baker barrett bell bence billroth bowen braden breslow broca brudzinski
buerger burkitt castleman chvostek colles conn crohn cullen cushing doppler down duchenne dupuytren ehlers danlos epley ewing fallot
foley glasgow gleason goodpasture graves guillain barre hartmann hashimoto heimlich hirschsprung hodgkin holter homans horner
huntington kaposi kawasaki kernig klinefelter korsakoff kussmaul lachman lyme mallampati marfan mcburney mcmurray meckel meniere
munchausen nissen osgood paget papanicolaou parkinson peyronie phalen raynaud reiter reye romberg roux schlatter sjogren sjögren
stevens johnson swan ganz tanner tay sachs tinel tourette trendelenburg trousseau turner valsalva virchow wegener wernicke whipple
wilms wolff zollinger ellison gram hallpike dix killip karnofsky snellen rinne weber`;

const DRUGS = `tylenol advil motrin aleve aspirin lasix coumadin warfarin eliquis xarelto plavix lipitor crestor zocor norvasc lisinopril
metformin januvia lantus humalog novolog humira enbrel synthroid levothyroxine prednisone medrol xanax ativan valium klonopin
ambien zoloft prozac paxil lexapro celexa effexor cymbalta wellbutrin seroquel abilify risperdal depakote lamictal keppra
neurontin gabapentin lyrica tramadol norco vicodin percocet oxycontin dilaudid morphine fentanyl narcan suboxone zyrtec claritin
allegra singulair flonase albuterol ventolin proair advair symbicort spiriva keflex augmentin amoxicillin zithromax cipro levaquin
bactrim flagyl diflucan valtrex tamiflu protonix prilosec nexium pepcid zantac zofran reglan colace miralax senna dulcolax
insulin heparin lovenox cisplatin paclitaxel taxol herceptin keytruda`;

const CLINICAL_AND_SCREEN_WORDS = `patient patients pt name names date dob mrn age sex gender male female man woman chart summary
history hpi ros exam assessment plan diagnosis diagnoses problem problems medication medications meds allergy allergies
vitals vital signs lab labs result results order orders note notes progress report reports imaging radiology pathology
encounter encounters visit visits admission discharge discharged admitted clinic hospital center medical health care
healthcare department dept unit ward room bed floor emergency urgent primary family internal medicine surgery surgical
pediatrics cardiology oncology neurology nursing nurse doctor physician provider attending resident staff team service
insurance plan member policy group payer coverage billing account claim guarantor subscriber contact phone fax email address
street city state zip county country home work mobile cell preferred language english spanish race ethnicity marital status
married single divorced widowed active inactive resolved stopped completed pending cancelled signed unsigned draft final
chief complaint present illness social surgical review systems physical objective subjective impression reason referral
follow followup return today yesterday tomorrow morning evening night daily weekly monthly yearly annual new old total normal
abnormal positive negative high low left right bilateral acute chronic mild moderate severe stable unstable improved
disease syndrome disorder cancer carcinoma tumor infection fever pain blood pressure heart rate pulse temp temperature
respiratory oxygen weight height bmi glucose sodium potassium creatinine hemoglobin platelets white red cell cells count
panel profile test tests screening vaccine vaccination immunization immunizations influenza covid hepatitis
procedure procedures therapy treatment injection tablet capsule oral solution suspension cream dose dosage mg ml mcg
tab tabs cap caps po iv im prn bid tid qid qhs qd
yes no none unknown other not all any some each every with without and or the of for from in on at by to
is are was were be been has have had does did here there this that these those who what when where which why how
also still just only very again now then wants needs says said states reports
his her their mr mrs ms dr hello dear sincerely regards thanks thank please see seen per via
monday tuesday wednesday thursday friday saturday sunday
new york los angeles san francisco saint st mount north south east west upper lower central general regional memorial
community county university medical college school institute associates group practice pharmacy laboratory
add edit delete save cancel submit search filter sort view show hide print export close open back next previous menu home
help settings logout login sign profile dashboard inbox messages tasks schedule calendar appointments appointment
document documents attachment attachments page section table list details detail overview information info identifier
identifiers telecom communication general practitioner created updated modified timeline period type reason code system
value status category priority performer participant individual location organization device devices goal goals
care plan planned effective issued author authored recorded asserted verification clinical onset abatement`;

// Screen chrome of inboxes, portals, pharmacy queues and record menus ("Patient Advice Request", "Rx Request", "Will Call",
// "Share My Record", "Welcome, Ann"), relationship columns ("Ann Lee  Spouse", "Mother's Maiden
// Name") and payers ("SHIELD", "AETNA"): words a name reader would otherwise take as one more
// name word. None is a common surname.
const CHROME_RELATIONSHIP_AND_PAYER_WORDS = `aka alias request requests advice refill refills rx record records fee fees welcome my share find call queue queues
spouse child children parent parents sibling siblings maiden relationship relationships guardian
shield medicare medicaid tricare aetna cigna humana anthem
witness caller callback alternate proxy responsible party self initials`;

// Other languages' words for the same chrome, which a form or a note puts just before a name:
// "patient", "name", "surname", "given name", "contact", "relative" (it, pt, es, fr, de, nl, nordic, fi, pl, cs, hu, ro, tr).
const OTHER_LANGUAGES_CHROME_WORDS = `paziente patiënt patienten potilas pacient pacjent pacientul hasta hastanın
nome nombre naam namn navn nimi imię jméno név numele prenumele prenume adı soyadı cognome sobrenome apellido apellidos vorname nachname
achternaam voornaam efternamn förnamn etternavn fornavn sukunimi etunimi nazwisko příjmení vezetéknév keresztnév
contato contatto contacto kontakt kontakta yakını aparţinător aparținător närstående pårørende lähiomainen omainen`;

/**
 * Stop words that are also frequent surnames ("Bob West", "WARD, KADEN A", "Mrs. White", "Louis
 * Blue Stehr"): they stay stop words where a name could start (a capitalised run, "Ward 4B",
 * "White blood cells", "BLUE CROSS BLUE SHIELD"),
 * but count as a surname where the form itself says name (name-words.ts and find-names.ts).
 */
const COMMON_WORD_SURNAMES = 'ward white west north south east english street blue';

function wordSet(...lists: string[]): Set<string> {
  return new Set(lists.join(' ').split(/\s+/).filter(Boolean));
}

// Looked up in place, by the hash of the word where it stands, once a page has asked often: a name
// finder asks about most capitalised words.
// Eponyms are not stop words on their own (Baker, Turner and Bell are common surnames): they are
// vetoed only where the text uses them as a clinical term, see isEponymUseAt.
const STOP_WORDS = WarmingWordTable.of(wordSet(DRUGS, CLINICAL_AND_SCREEN_WORDS, CHROME_RELATIONSHIP_AND_PAYER_WORDS, OTHER_LANGUAGES_CHROME_WORDS));
const SURNAME_STOP_WORDS = WarmingWordTable.of(wordSet(COMMON_WORD_SURNAMES));
const EPONYM_WORDS = WarmingWordTable.of(wordSet(EPONYMS));

/** A name token that must not start or make up an unlabelled name match (compared lower-cased). */
export function isStopWord(token: string): boolean {
  return isStopWordAt(token, 0, token.length, foldedHash(token, 0, token.length, true));
}

/** isStopWord(text.slice(start, end)), where `hash` is foldedHash(text, start, end, true). */
export function isStopWordAt(text: string, start: number, end: number, hash: number): boolean {
  return STOP_WORDS.hasWordAt(text, start, end, hash);
}

/**
 * Whether the word text[start, end) is a stop word that is also a common surname (COMMON_WORD_SURNAMES);
 * `hash` is foldedHash(text, start, end, true). Ask only about stop words.
 */
export function isSurnameStopWordAt(text: string, start: number, end: number, hash: number): boolean {
  return SURNAME_STOP_WORDS.hasWordAt(text, start, end, hash);
}

// After an eponym: "Parkinson's disease", "Graves disease", "Bell palsy", "Down syndrome".
const EPONYM_CONTEXT = /^(?:['’]s?)?[ \t\u00a0-]*(?:disease|syndrome|sign|test|maneuver|manoeuvre|score|scale|palsy|phenomenon|tumou?r|lymphoma|sarcoma|cyst|fracture|criteria|classification|stage|catheter|procedure|reflex|triad|ulcer|esophagus|thyroiditis|dementia|ophthalmopathy|crisis)\b/i;

/**
 * True when the word text[start, end) is an eponym used as a clinical term rather than a person
 * ("Parkinson's disease"); `hash` is foldedHash(text, start, end, true).
 */
export function isEponymUseAt(text: string, start: number, end: number, hash: number): boolean {
  return EPONYM_WORDS.hasWordAt(text, start, end, hash) && EPONYM_CONTEXT.test(text.slice(end, end + 24));
}
