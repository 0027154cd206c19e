import type { PhiType } from '../phi-types';

/** What a label says about the value beside it. */
export interface LabelMeaning {
  type: PhiType;
  /** The value is a clinician's name: masked only when the policy asks for provider names. */
  provider?: boolean;
}

/**
 * Label vocabulary, most specific first; matched against a normalised label (lower case, accents
 * kept, punctuation collapsed). English with Spanish, French and German variants. A label that
 * names a thing rather than a person ("Device Name", "Drug name") must not make its value a NAME.
 */
const LABEL_RULES: readonly [RegExp, LabelMeaning][] = [
  [/\b(?:ssn|social security|soc sec|us-ssn|sozialversicherungs|s[ée]curit[ée] sociale|nir|nss|seguro social)\b/, { type: 'SSN' }],
  [/\b(?:passport|pasaporte|passeport|reisepass|passnummer)/, { type: 'PASSPORT' }],
  // HL7 assigns 2.16.840.1.113883.4.3.<state FIPS> to US driver's licence number systems.
  [/\b(?:driver'?s? ?licen[cs]e|drivers? lic|dl ?(?:#|no|number)?$|^dl\b|licencia de conducir|permis de conduire|f[üu]hrerschein|2\.16\.840\.1\.113883\.4\.3\.)/, { type: 'DRIVERS_LICENSE' }],
  [/\b(?:vin|vehicle|license plate|licence plate|plate (?:no|number|#)|matr[íi]cula|immatriculation|kennzeichen)\b/, { type: 'VEHICLE' }],
  [/\b(?:serial|s\/n|sn|device id|device identifier|udi|imei|mac address|implant id|lot (?:no|number|#)|n[ºo°] de serie|seriennummer|num[ée]ro de s[ée]rie)\b/, { type: 'DEVICE' }],
  [/\b(?:ip address|ip addr|ip|adresse ip|direcci[óo]n ip)$/, { type: 'IP' }],
  [/\b(?:e-?mail|correo|courriel|mail)\b/, { type: 'EMAIL' }],
  [/\b(?:fax|facsimile|t[ée]l[ée]copie)\b/, { type: 'FAX' }],
  [/\b(?:phone|tel|telephone|mobile|cell|cellular|telecom|contact (?:no|number|#)|tel[ée]fono|t[ée]l[ée]phone|telefon|handy|celular|m[óo]vil|portable)\b/, { type: 'PHONE' }],
  [/\b(?:url|website|web site|homepage|web page|portal link|sitio web|site web)\b/, { type: 'URL' }],
  [/\b(?:mrn|medical record|med rec|record (?:no|number|#|id)|chart (?:no|number|#|id)|patient (?:id|no|number|#)|pt (?:id|no|#)|hospital (?:no|number|id)|empi|epi|n[úu]mero de historia|historia cl[íi]nica|nhc|expediente|num[ée]ro de dossier|dossier|ipp|patientennummer|patienten-id|fallnummer)\b/, { type: 'MRN' }],
  [/\b(?:member|subscriber (?:id|no|number|#)|policy (?:id|no|number|#)|insurance (?:id|no|number|#)|health plan|plan (?:id|member)|beneficiary|medicaid|medicare|mbi|hicn|insured id|afiliado|p[óo]liza|assur[ée]|versichertennummer|krankenversicherung)\b/, { type: 'HEALTH_PLAN' }],
  [/\b(?:account|acct|billing (?:no|number|id)|har|fin|csn|encounter (?:no|number|#|id)|visit (?:no|number|#|id)|claim|invoice|cuenta|compte|konto|rechnungsnummer)\b/, { type: 'ACCOUNT' }],
  [/\b(?:zip|postal|postcode|post code|c[óo]digo postal|code postal|plz|cp)\b/, { type: 'ZIP' }],
  [/\b(?:address|street|residence|domicile|domicilio|direcci[óo]n|adresse|anschrift|stra(?:ss|ß)e|wohnort|city|town|ciudad|ville|stadt|localidad|county)\b/, { type: 'ADDRESS' }],
  [/\b(?:age|edad|[âa]ge|alter)$/, { type: 'AGE_OVER_89' }],
  [
    /\b(?:dob|d\.o\.b|date of birth|birth ?date|born|birthday|dod|date of death|deceased|death|date|admit(?:ted)?|admission|discharge(?:d)?|visit|dos|seen|period|onset|since|created|updated|modified|signed on|collected|fecha|naissance|n[ée]e? le|geburtsdatum|geb|datum|sterbedatum)\b/,
    { type: 'DATE' },
  ],
  // A label that is itself an identifier-system URI (FHIR "system: value" displays) marks an identifier.
  [/^(?:https?:\/\/|urn:)|\b(?:id|identifier|uuid|guid|identificador|identifiant|kennung)$/, { type: 'ID' }],
  [
    /\b(?:provider|physician|doctor|attending|pcp|primary care|referring|ordering|performer|practitioner|author|signed by|clinician|nurse|surgeon|consultant|resident|individual|m[ée]dico|m[ée]decin|arzt|[äa]rztin)\b/,
    { type: 'NAME', provider: true },
  ],
  [
    /^(?:patient|pt|name|full name|legal name|preferred name|first name|last name|middle name|given name|family name|surname|maiden name|alias|aka|patient name|pt name|name of patient)$|\b(?:guarantor|subscriber|insured|policy ?holder|emergency contact|next of kin|nok|contact (?:name|person)|caregiver|guardian|responsible party|spouse|mother|father|parent|relative|nombre|apellidos?|paciente|nom|pr[ée]nom|nom de famille|patiente?|vorname|nachname|familienname|patientin)\b/,
    { type: 'NAME' },
  ],
];

/** Label words that describe a thing, not a person: "Device Name" is not a patient's name. */
const THING_NAME = /\b(?:device|drug|medication|medicine|product|brand|generic|facility|organi[sz]ation|practice|clinic|hospital|pharmacy|lab|test|file|user ?name|display|code|type|form|document|study|procedure|service|unit|department|location|site|program|group|template|order|item|component|plan|payer|insurance|employer|vendor|company|allergen|substance|vaccine)\b/;

/** What one label text says: the type it announces (if any) and whether it names a thing. */
interface LabelReading {
  meaning: LabelMeaning | undefined;
  thing: boolean;
}

// Keyed by the raw label: pages repeat the same few labels on every block and every scan.
const readings = new Map<string, LabelReading>();

function readLabel(label: string): LabelReading {
  let reading = readings.get(label);
  if (reading === undefined) {
    const key = normalizeLabel(label);
    reading = { meaning: key.length === 0 || key.length > 80 ? undefined : meaningOf(key), thing: THING_NAME.test(key) };
    if (readings.size > 5000) readings.clear();
    readings.set(label, reading);
  }
  return reading;
}

function meaningOf(key: string): LabelMeaning | undefined {
  for (const [pattern, candidate] of LABEL_RULES) {
    if (!pattern.test(key)) continue;
    return candidate.type === 'NAME' && THING_NAME.test(key) ? undefined : candidate;
  }
  return undefined;
}

/** True for a label that names a thing ("Device Name"): shorter endings of it ("Name") must not be read as a label. */
export function isThingLabel(label: string): boolean {
  return readLabel(label).thing;
}

export function normalizeLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .replace(/\s*[:#*]+\s*$/, '')
    .trim();
}

/** The PHI type a label announces for its value, or undefined when it announces none. */
export function classifyLabel(label: string): LabelMeaning | undefined {
  return readLabel(label).meaning;
}
