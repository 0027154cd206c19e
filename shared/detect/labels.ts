import type { PhiType } from '../phi-types';
import { codeAt, isRegexWordCode } from './char-codes';
import { isUnspacedScriptCode, isWordCode } from './span';
import { KIN_WORDS, UNSPACED_KIN_WORDS } from './names/kin-words';

/** What a label says about the value beside it. */
export interface LabelMeaning {
  type: PhiType;
  /** The value is a clinician's name: masked only when the policy asks for provider names. */
  provider?: boolean;
  /**
   * A generic "Name" column or key: tables of tests, drugs and DICOM tags have one too, so the value
   * is a person's name only with a census name word, a title or the "Surname, Given" form in it
   * (an inline "Name: ..." is said of its value and asks for none: inline-labels.ts).
   */
  needsNameWord?: boolean;
  /** The value is a place's name ("City", "County"): its capitalised words, not the whole field. */
  locality?: boolean;
  /**
   * The label names a part of a person's name ("Last Name", "first_name", FHIR's "family" and
   * "given"), so one name-shaped word is the name even when no census list has it.
   */
  namePart?: boolean;
}

interface LabelRule {
  meaning: LabelMeaning;
  phrases: readonly string[];
}

/**
 * Label vocabulary, most specific first: the first rule with a phrase in the label gives its
 * meaning. Phrases are looked for in the normalised label (lower case, accents kept, punctuation
 * collapsed) on word boundaries as a regex's \b sees them: a word is a run of ASCII letters and
 * digits, so an accented letter ends one. English with Spanish, French and German variants, and the
 * fields every chart shows (name parts, birth date and place, address, postcode, phone, contact,
 * national and insurance numbers) in Italian, Portuguese, Dutch, the Nordic languages, Finnish,
 * Polish, Czech, Hungarian, Romanian and Turkish. A word that is common in English or names a
 * thing there is anchored to the whole label ("^nimi$", "^cap$").
 * A label that names a thing rather than a person ("Device Name", "Drug name") must not make its
 * value a NAME.
 *
 * How a phrase is written: "[ée]" is any one of the letters in brackets; "?" makes the letter (or
 * bracket) before it optional; "^" first: the label starts with the phrase; "$" last: the label
 * ends with it; "*" last: the phrase may run on into a longer word ("passport" in "passportNumber");
 * "\\." is a period (a backslash is dropped: it only reads as a regex would).
 */
const LABEL_RULES: readonly LabelRule[] = [
  {
    meaning: { type: 'SSN' },
    phrases: [
      'ssn', 'social security', 'soc sec', 'us-ssn', 'sozialversicherungs', 's[ée]curit[ée] sociale', 'nir', 'nss', 'seguro social', 'seg.? social', '^sin$',
      'social insurance', 'matricule ins', 'national insurance', '^nino$', '^taj', 'taj sz[áa]m', '^amka$',
    ],
  },
  { meaning: { type: 'PASSPORT' }, phrases: ['passport*', 'pasaporte*', 'passeport*', 'reisepass*', 'passnummer*', 'pasport*', 'pasas', '護照', '护照', 'パスポート', 'หนังสือเดินทาง'] },
  {
    meaning: { type: 'DRIVERS_LICENSE' },
    phrases: [
      // "DL" alone or first: a unit's "mg/dL" ends with the same letters.
      "driver'?s? ?licen[cs]e*", "driver'?s? lic*", '^dl ?$', 'dl ?#$', 'dl ?no$', 'dl ?number$', '^dl',
      'licencia de conducir*', 'permis de conduire*', 'f[üu]hrerschein*', 'ökuskírteini', 'juhiluba', 'vairuotojo pa[žz]ym[ėe]jimas', '運転免許', '駕照', '驾照', 'ใบขับขี่',
      // HL7 assigns 2.16.840.1.113883.4.3.<state FIPS> to US driver's licence number systems.
      '2.16.840.1.113883.4.3.*',
    ],
  },
  {
    meaning: { type: 'VEHICLE' },
    phrases: ['vin', 'vehicle', 'license plate', 'licence plate', 'plate no', 'plate number', 'plate #', 'matr[íi]cula', 'immatriculation', 'kennzeichen', '車牌', '车牌', 'ทะเบียนรถ'],
  },
  {
    meaning: { type: 'DEVICE' },
    phrases: [
      'serial', 's/n', 'sn', 'device id', 'device identifier', 'udi', 'imei', 'mac address', 'implant id', 'lot no', 'lot number', 'lot #',
      'n[ºo°] de serie', 'seriennummer', 'num[ée]ro de s[ée]rie',
    ],
  },
  { meaning: { type: 'IP' }, phrases: ['ip address$', 'ip addr$', 'ip$', 'adresse ip$', 'direcci[óo]n ip$'] },
  { meaning: { type: 'EMAIL' }, phrases: ['e-?mail', 'correo', 'courriel', 'mail'] },
  { meaning: { type: 'FAX' }, phrases: ['fax', 'facsimile', 't[ée]l[ée]copie'] },
  {
    meaning: { type: 'PHONE' },
    phrases: [
      'phone', 'tel', 'telephone', 'mobile', 'cell', 'cellular', 'home ph', 'work ph', 'cell ph', 'alt ph', 'ph no', 'ph #', 'telecom', 'contact no', 'contact number', 'contact #', 'tel[ée]fono',
      't[ée]l[ée]phone', 'telefon', 'handy', 'celular', 'm[óo]vil', 'portable', 'mobil', 'mobilnummer', 'cellulare', 'telefone', 'telefonnummer', 'puhelin',
      'matkapuhelin', 'gsm', 'kom[óo]rka', 'tlf', 'cep tel', 'telefoon', 'mobiel',
      // Icelandic, Lithuanian, Malay and Indonesian, Japanese, Chinese, Thai.
      's[íi]mi', 'fars[íi]mi', 'telefonas', 'mobilusis', 'telepon', 'telp', 'no\\.? hp', '^hp$', 'no\\.? tel', 'nombor telefon', 'nomor telepon',
      '電話', '携帯', '手機', '手机', '电话', 'โทรศัพท์', '^โทร', 'มือถือ', 'เบอร์โทร',
    ],
  },
  { meaning: { type: 'URL' }, phrases: ['url', 'website', 'web site', 'homepage', 'web page', 'portal link', 'sitio web', 'site web'] },
  {
    meaning: { type: 'MRN' },
    phrases: [
      'mrn', '^mr ?#', 'medical record', 'med rec', 'record no', 'record number', 'record #', 'record id', 'chart no', 'chart number', 'chart #',
      'chart id', 'patient id', 'patient no', 'patient number', 'patient #', 'pt id', 'pt no', 'pt #', 'hospital no', 'hospital number',
      'hospital id', 'empi', 'epi', 'n[úu]mero de historia', 'historia cl[íi]nica', 'nhc', 'expediente', 'num[ée]ro de dossier', 'dossier',
      'ipp', 'patientennummer', 'patienten-id', 'fallnummer',
      'cartella', 'prontu[áa]rio', 'journalnummer', 'journal nr', 'potilasnumero', 'dosya no', 'dosya numaras[ıi]', 'hasta no', 'uhid', '^cr no',
      'historii choroby', 'patientnummer',
      // Indonesian and Malay, Thai (HN), Icelandic, Lithuanian, Japanese, Chinese.
      'no\\.? rm', 'rekam medi[sk]', 'no\\.? rekod', 'rekod perubatan', '^hn$', 'hn ?#', 'sj[úu]kraskr[áa]rn[úu]mer', 'ligos istorijos',
      'カルテ番号', 'カルテno', '患者番号', '患者id', '診察券番号', '病歷號', '病历号', '住院號', '住院号', '門診號', '门诊号',
      // A long-term-care resident is the patient: "Resident #".
      'resident ?#', 'resident no', 'resident number', 'resident id',
    ],
  },
  {
    meaning: { type: 'HEALTH_PLAN' },
    phrases: [
      'member', 'subscriber id', 'subscriber no', 'subscriber number', 'subscriber #', 'policy id', 'policy no', 'policy number', 'policy #',
      'insurance id', 'insurance no', 'insurance number', 'insurance #', 'health ins', 'health plan', 'plan id', 'plan member', 'beneficiary', 'medicaid',
      'medicare', 'mbi', 'hicn', 'insured id', 'health card', 'ohip', 'nhs no', 'nhs number', 'nhs$',
      // "Health #" is a Canadian provincial health number. A group number is the employer's plan, shared by its
      // members, but beside the member's name it narrows them down (HL7 IN1-8 is masked for the same reason).
      '^health ?#', '^health no', '^health number', 'phn', 'hcn', 'group ?#', 'group no', 'group number', 'group id', 'carte sant[ée]', 'afiliado', 'p[óo]liza', 'assur[ée]', 'versichertennummer', 'krankenversicherung',
      // Spain's individual health card (TSI) and its code (CIP); the Netherlands' policy number; the
      // Italian tessera sanitaria, Brazilian Cartão SUS (CNS), Quebec's RAMQ, Germany's Krankenkasse,
      // and other countries' insured-person numbers.
      'tsi', '^cip', 'tarjeta sanitaria', 'polisnummer', 'tessera sanitaria', 'cns', 'cart[ãa]o sus', 'cart[ãa]o nacional de sa[úu]de', 'ramq',
      'krankenkasse', 'versicherten', 'zorgverzekering', 'verzekeringsnummer', 'kela', 'sgk', 'asigurat', 'card de s[ăa]n[ăa]tate', 'ubezpieczeni', 'nfz', 'poji[šs]t[ěe]n',
      'philhealth', 'ehic', 'ihi', '^nhi', 'pm-jay',
      // Indonesia's BPJS/JKN card; Japanese insured person's number (not 保険者番号, the insurer's); Taiwan's NHI and China's insurance cards.
      'bpjs', 'jkn', '被保険者番号', '記号・番号', '記号番号', '保険証番号', '健保卡號', '健保卡号', '醫保卡號', '医保卡号', '社保卡号',
    ],
  },
  {
    meaning: { type: 'ACCOUNT' },
    phrases: [
      // "Patient Ctrl #" is the provider's account number for the patient on a claim (X12 CLM01).
      'account', 'acct', 'acc ?#', 'acc no', 'patient ctrl', 'patient control', 'pt ctrl', 'billing no', 'billing number', 'billing id', 'har', 'fin', 'csn', 'encounter no', 'encounter number',
      'encounter #', 'encounter id', 'enc no', 'enc #', 'visit no', 'visit number', 'visit #', 'visit id', 'claim', 'invoice', 'card number',
      'card no', 'card #', 'credit card', 'debit card', 'cuenta', 'compte', 'konto',
      'rechnungsnummer',
      // A stay's or episode's number: Turkish protokol, Romanian foaie de observaţie, Italian nosologico, Indian IP/OP numbers.
      'protokol', 'foaie de observa', 'nosologico', '^ip no', '^op no', '^ip number', '^op number', 'episode ?#', 'episode no', 'episode number',
      'admission ?#', 'admission no', 'admission number', 'aufnahmenummer', 's[ée]jour', 'numero di ricovero', 'n\\. ricovero',
      // An Estonian care episode (ravijuhtum), a Thai visit number (VN).
      'ravijuhtum', '^vn$',
    ],
  },
  {
    meaning: { type: 'ZIP' },
    phrases: [
      'zip', 'postal', 'postcode', 'post code', 'c[óo]digo postal', 'code postal', 'plz', 'cp', '^cap$', '^c\\.a\\.p', 'cep', 'postnummer', 'postnr',
      'postinumero', 'posta kodu', 'cod po[şșs]tal', 'kod pocztowy', 'ps[čc]', 'ir[áa]ny[íi]t[óo]sz[áa]m', 'pincode', 'pin code',
      'poskod', 'kode pos', 'kod pos', 'p[óo]stn[úu]mer', 'sihtnumber', 'postiindeks', 'pa[šs]to kodas', '郵便番号', '郵遞區號', '邮编', '邮政编码', 'รหัสไปรษณีย์',
    ],
  },
  {
    meaning: { type: 'ADDRESS' },
    phrases: [
      'address', 'addr', 'street', 'residence', 'domicile', 'domicilio', 'direcci[óo]n', 'adresse', 'anschrift', 'strasse', 'straße',
      'indirizzo', 'residenza', 'endere[çc]o', 'morada', 'logradouro', 'adres', 'adress', 'folkbokf[öo]ringsadress', 'postadress', 'gatuadress',
      'osoite', 'adresa', 'domiciliu', 'domiciliul', 'bop[æa]l', 'lakc[íi]m', '^c[íi]m$', 'ulica',
      'alamat', 'heimilisfang', 'l[öo]gheimili', 'aadress', 'elukoht', 'adresas', 'gyvenamoji vieta', 'apt\\.? no', 'apt\\.? ?#', 'apartment',
      '住所', '地址', '住址', '居住地', 'ที่อยู่',
    ],
  },
  {
    meaning: { type: 'ADDRESS', locality: true },
    phrases: [
      'city', 'town', 'ciudad', 'ville', 'stadt', 'localidad', 'county', 'wohnort', 'municipality',
      // Where a person was born, below the country: a city is PHI.
      'place of birth', 'birth ?place', 'lieu de naissance', 'lugar de nacimiento', 'geburtsort', 'luogo di nascita', 'comune di nascita',
      'local de nascimento', 'naturalidade', 'munic[íi]pio de nascimento', 'f[öo]delseort', 'syntym[äa]paikka', 'do[ğg]um yeri', 'locul na[şșs]terii',
      'miejsce urodzenia', 'f[øo]dested', 'm[íi]sto narozen[íi]', 'sz[üu]let[ée]si hely',
      'citt[àa]', 'comune', 'cidade', 'munic[íi]pio', '^ort$', 'postort', 'kommun', 'kunta', 'kotikunta', 'paikkakunta', 'postitoimipaikka', 'il[çc]e',
      'localitate', 'localitatea', 'ora[şșs]', 'miejscowo[śs][ćc]', 'miasto', 'gmina', 'm[ěe]sto', 'obec', 'telep[üu]l[ée]s', 'v[áa]ros', 'poststed', 'woonplaats', 'geboorteplaats', '^plaats$',
      'bairro', 'mahalle', 'district', 'borough', 'parish', 'neighbou?rhood',
      'kota', 'kabupaten', 'kecamatan', 'kelurahan', 'desa', 'bandar', 'daerah', 'tempat lahir', 'sveitarf[ée]lag', 'f[æa]ðingarsta[ðd]ur', 'linn', 'vald',
      'k[üu]la', 's[üu]nnikoht', 'savivaldyb[ėe]', 'miestas', 'gimimo vieta', 'kommune', '出生地',
    ],
  },
  {
    meaning: { type: 'AGE_OVER_89' },
    phrases: [
      'age$', '^age', 'edad$', 'âge$', 'alter$', 'et[àa]$', 'idade$', '[åa]lder$', 'ik[äa]$', 'ya[şs][ıi]?$', 'v[âa]rst[ăa]$', 'v[âa]rsta$', 'wiek$', 'v[ěe]k$', '[ée]letkor$',
      'umur$', 'usia$', 'aldur$', 'vanus$', 'am[žz]ius$', '年齢$', '年齡$', '年龄$', 'อายุ$',
    ],
  },
  // A name at birth is a name, though its label says "birth" ("Nom de naissance", "Geburtsname").
  {
    meaning: { type: 'NAME', namePart: true },
    phrases: ['birth ?name', 'nom de naissance', 'nom de jeune fille', 'geburtsname', 'geboortenaam', 'nombre de nacimiento', 'sz[üu]let[ée]si n[ée]v'],
  },
  {
    meaning: { type: 'DATE' },
    phrases: [
      'dob', 'd.o.b', 'date of birth', 'birth ?date', 'born', 'birthday', 'dod', 'date of death', 'deceased', 'death', 'date', 'admit',
      'admitted', 'admission', 'discharged?', 'visit', 'dos', 'seen', 'period', 'onset', 'since', 'created', 'updated', 'modified',
      'signed on', 'collected', 'fecha', 'naissance', 'n[ée]e? le', 'geburtsdatum', 'geb', 'datum', 'sterbedatum',
      // Other languages' dates of birth, admission and discharge; "data" only before its subject (English "data" is no date).
      'data di', 'data de', 'data do', 'data da', 'data ricovero', 'data dimissione', 'data interna', 'data externa', 'data na[şșs]terii', 'data urodzenia',
      'data przyj[ęe]cia', 'data wypisu', 'data visita', 'data consulta', 'data atendimento', 'nascita', 'nascimento', 'na[şșs]terii', 'f[öo]delsedatum',
      'f[öo]dd', 'syntym[äa]aika', 'syntynyt', 'do[ğg]um tarihi', 'tarihi', 'f[øo]dselsdato', 'f[øo]dt', 'datum narozen[íi]', 'narozen', 'sz[üu]let[ée]si',
      'urodzon', 'dimissione', 'ricovero', 'interna[çc][ãa]o', 'inskrivning', 'utskrivning', 'tulop[äa]iv[äa]', 'kotiutus', 'yat[ıi][şs]', 'taburcu',
      'p[äa]iv[äa]m[äa][äa]r[äa]', '^pvm', '^dato$', 'd[áa]tum', 'geboortedatum', 'opnamedatum', 'ontslagdatum',
      // Malay and Indonesian, Icelandic, Estonian, Lithuanian, Japanese, Chinese, Thai.
      'tarikh', 'tanggal', '^tgl', 'lahir', 'f[æa]ðingardag', 'f[æa]dd', 'dagsetning', 's[üu]nniaeg', 's[üu]nnikuup[äa]ev', 'kuup[äa]ev', 'gimimo data',
      'apsilankymo data', '生年月日', '出生日期', '出生年月日', '生日', '受診日', '来院日', '入院日', '退院日', '看診日', '就診日', '就诊日', '日期', '日付',
      'วันเกิด', 'วันที่',
    ],
  },
  {
    meaning: { type: 'ID' },
    phrases: [
      // A label that is itself an identifier-system URI (FHIR "system: value" displays) marks an identifier.
      '^https?://*', '^urn:*',
      // A specimen's accession or requisition number is the patient's record's.
      'accession', 'requisition', 'id$', 'identifier$', 'uuid$', 'guid$', 'identificador$', 'identifiant$', 'kennung$',
      // National identity numbers that are no social-security number: the Dutch BSN, the Spanish DNI
      // and NIE, the Italian codice fiscale, Brazilian CPF and NIS, Nordic personal numbers, Finnish
      // henkilötunnus, Turkish kimlik, Romanian CNP, Polish PESEL, Czech rodné číslo, Indian Aadhaar
      // and ABHA, Mexican CURP, Singapore NRIC.
      'bsn', 'burgerservicenummer', 'dni', 'nie', 'codice fiscale', 'cpf', 'nis', 'personnummer', 'samordningsnummer', 'henkil[öo]tunnus',
      'hetu', 'kimlik', 'cnp', 'pesel', 'cpr', 'cpr-nummer', 'f[øo]dselsnummer', 'rodn[ée] [čc][íi]slo', 'aadhaa?r', 'abha', 'curp', 'nric',
      // A patient's other numbers: an EMS incident or care report, a trial's screening, subject or
      // randomisation number, an authorisation or referral, a prescription.
      'incident ?#', 'incident no', 'incident number', 'pcr ?#', 'pcr no', 'pcr number', 'screening ?#', 'screening no', 'screening number',
      'subject ?#', 'subject no', 'subject number', '^subject$', 'participant ?#', 'participant no', 'participant number',
      'randomi[sz]ation ?#', 'randomi[sz]ation no', 'randomi[sz]ation number', 'rand ?#', 'rand no', 'rand number',
      'auth ?#', 'auth no', 'auth number', 'authori[sz]ation ?#', 'authori[sz]ation no', 'authori[sz]ation number', 'prior auth',
      'referral ?#', 'referral no', 'referral number', 'rx ?#', 'rx no', 'rx number', 'prescription ?#', 'prescription no', 'prescription number',
      'e-?prescription', 're[çc]ete no', 'takip no', 'medicalert',
      // A mother-baby identification band's number.
      'band ?#', 'band no', 'band number', 'wristband',
      // Indonesia's NIK and KTP, Malaysia's MyKad, Iceland's kennitala, the Estonian and Lithuanian
      // personal codes, Japan's My Number, Taiwan's and China's identity cards, Thailand's; a BPJS
      // SEP (eligibility letter) and a referral ("rujukan").
      'nik', 'ktp', 'mykad', 'no\\.? kp', 'kad pengenalan', 'no\\.? sep', 'rujukan', 'kennitala', '^kt\\.?$', 'isikukood', 'asmens kodas',
      '個人番号', 'マイナンバー', '身分證', '身份證', '身份证', '居留證', 'บัตรประชาชน', 'เลขประจำตัวประชาชน',
    ],
  },
  {
    meaning: { type: 'NAME', provider: true },
    phrases: [
      'provider', 'physician', 'doctor', 'attending', 'pcp', 'primary care', 'referring', 'ordering', 'performer', 'practitioner', 'author',
      'signed by', 'clinician', 'nurse', 'surgeon', 'consultant', 'resident physician', 'individual',
      'prescriber', 'prescribing', 'rendering', 'dentist', 'hygienist', 'therapist', 'pharmacist', 'rph', 'radiologist', 'pathologist', 'technologist',
      'midwife', 'anesthesiologist', 'cosigner', 'co-signer', 'supervising', 'reviewed by', 'interpreted by', 'read by', 'verified by', 'dictated by', 'm[ée]dico', 'm[ée]decin', 'arzt', '[äa]rztin',
      // Who used the record: an audit log's or a chart's actor is staff ("User name", "Entered by").
      '^user$', 'user ?name', 'staff', 'operator', 'entered by', 'performed by', 'recorded by', 'documented by', 'charted by', 'ordered by',
      'logged by', 'modified by', 'changed by', 'updated by', 'created by', 'completed by', 'administered by', 'collected by', 'approved by',
    ],
  },
  {
    // A part of a person's name: one name-shaped word under it is that part, census name or not.
    meaning: { type: 'NAME', namePart: true },
    phrases: [
      'first ?name$', 'last ?name$', 'middle ?name$', 'given ?name$', 'family ?name$', '^sur ?name$', 'maiden ?name', '^first$', '^last$', '^middle$',
      '^nick ?name$', 'apellidos?', 'pr[ée]nom', 'nom de famille', 'vorname', 'nachname', 'familienname',
      'achternaam', 'voornamen?', 'roepnaam', 'voorvoegsel', 'tussenvoegsel', 'partnernaam', 'eigen naam', 'cognome', 'sobrenome',
      'nome social', "nom d'usage", 'nom usuel', '^ad[ıi]$', '^soyad[ıi]$', '^nume$', 'numele', 'prenumele?', '^nimi$', 'sukunimi', 'etunimi', 'etunimet',
      '^namn$', 'efternamn', 'f[öo]rnamn', 'tilltalsnamn', '^navn$', 'fornavn', 'etternavn', 'efternavn', 'imi[ęe]', 'imiona', 'nazwisko',
      '^jm[ée]no$', 'p[řr][íi]jmen[íi]', '^n[ée]v$', 'vezet[ée]kn[ée]v', 'keresztn[ée]v', 'ut[óo]n[ée]v',
      // A person's initials stand for their name ("Participant initials", "MI").
      'initials?$', 'middle initial', '^mi$', '^m\\.i\\.?$',
      'nama depan', 'nama belakang', 'fornafn', 'eftirnafn', 'eesnimi', 'perekonnanimi', 'vardas', 'pavard[ėe]', 'フリガナ', 'ふりがな', 'カナ', 'นามสกุล', 'ชื่อเล่น',
    ],
  },
  {
    meaning: { type: 'NAME', needsNameWord: true },
    phrases: ['^name$', '^nombre$', '^nom$', '^naam$', '^nome$', '^nama$', '^nafn$'],
  },
  {
    meaning: { type: 'NAME' },
    phrases: [
      // A name's label only as the whole label: "Full Name", not "Name Suffix".
      '^patient$', '^pt$', '^full name$', '^legal name$', '^preferred name$', '^alias$', '^aka$', '^patient name$', '^pt name$', '^name of patient$',
      // A long-term-care "Resident" is the patient (a resident physician is "Resident Physician", a provider above).
      '^resident$', 'resident name',
      // A death certificate's decedent and informant; a legal name is a person's unless a thing's ("Legal name of facility").
      'decedent', 'informant', 'legal name',
      'guarantor', 'subscriber', 'insured', 'policy ?holder', 'emergency contact', 'next of kin', 'nok', 'contact name', 'contact person',
      'caregiver', 'guardian', 'responsible party', 'resp party', 'responsible person', 'relative', 'nombre', 'paciente', ...KIN_WORDS, ...UNSPACED_KIN_WORDS,
      // Contacts and relatives as other languages' forms head them, and "FOB" (father of the baby) on obstetric records.
      'support person', 'personne de confiance', 'personne [àa] pr[ée]venir', 'persona de contacto', 'contacto de emergencia', 'familiar',
      'contactpersoon', 'notfallkontakt', 'angeh[öo]rige?r?', 'bezugsperson', 'ansprechpartner', 'fob', 'father of baby',
      'previous names?', 'prior names?', 'former names?', 'other names?', 'prior legal name', 'also known as',
      // Who else a chart or a call names: a caller, a proxy or agent, a parent by name.
      'caller', 'alternate contact', 'health ?care proxy', 'health ?care agent', '^poa$', 'power of attorney', 'surrogate', 'decision maker',
      "mother'?s name", "father'?s name", 'parent name', 'spouse name', '^infant$', '^newborn$', "infant'?s name", "baby'?s name",
      // Contacts, relatives and carers in the other languages.
      'contatto', 'contato', 'respons[áa]vel', 'acompanhante', 'acompa[ñn]ante', 'cuidador', 'cuidadora', 'badante', 'tutore', 'vormund', 'betreuer',
      'n[äa]rst[åa]ende', 'anh[öo]rig', 'l[äa]hiomainen', 'omainen', 'yhteyshenkil[öo]', 'yak[ıi]n[ıi]', 'apar[ţțt]in[ăa]tor', 'persoana de contact',
      'persoan[ăa] de contact', 'osoba kontaktowa', 'osoba do kontaktu', 'opiekun', 'p[åa]r[øo]rende', 'kontaktperson', 'kontaktn[íi] osoba',
      'hozz[áa]tartoz[óo]', '[ée]rtes[íi]tend[őo]',
      'baba ad[ıi]', 'anne ad[ıi]', 'nome do pai', 'nome da m[ãa]e', 'nome del padre', 'nome della madre', 'numele tat[ăa]lui', 'numele mamei',
      'imi[ęe] ojca', 'imi[ęe] matki', '^ad soyad', '^ad[ıi] soyad[ıi]', 'hasta ad[ıi]', 'potilaan nimi', 'nume [şșs]i prenume', 'jm[ée]no a p[řr][íi]jmen[íi]',
      'nama pesakit', 'nama pasien', 'nama lengkap', 'nama penuh', 'waris', 'penanggung ?jawab', 'keluarga', 'kontak darurat', 'nafn sj[úu]klings',
      'a[ðd]standand[ia]', 'kontaktisik', 'l[äa]hedane', 'kontaktinis asmuo', 'artimasis', 'artimieji',
      '氏名', '患者名', '名前', '姓名', 'キーパーソン', '緊急連絡先', '聯絡人', '联系人', '家族', '家屬', '家属',
      'ชื่อ-สกุล', 'ชื่อ-นามสกุล', 'ชื่อสกุล', 'ชื่อผู้ป่วย', '^ชื่อ$', 'ผู้ติดต่อ', 'ญาติ', 'ผู้ดูแล',
      // "Patient" anywhere, French "patient(e)" too: a heading ("Patient Details", "Find Patient
      // Record") over a name-shaped value is the patient's name.
      'nom', 'patiente?', 'patientin',
    ],
  },
];

/** Label words that describe a thing, not a person: "Device Name" is not a patient's name. */
const THING_PHRASES: readonly string[] = [
  'device', 'drug', 'medication', 'medicine', 'product', 'brand', 'generic', 'facility', 'organi[sz]ation', 'practice', 'clinic', 'hospital',
  'pharmacy', 'lab', 'test', 'file', 'display', 'code', 'type', 'form', 'document', 'study', 'procedure', 'service', 'unit',
  'department', 'location', 'site', 'program', 'group', 'template', 'order', 'item', 'component', 'plan', 'payer', 'insurance', 'employer',
  'vendor', 'company', 'allergen', 'substance', 'vaccine',
  // A message or handout about a patient: "Patient Advice Request" heads a letter that greets the clinician.
  'request', 'advice', 'education', 'instructions?', 'handout', 'survey', 'questionnaire', 'consent',
  // The same things in the other languages whose name labels are read ("Nome farmaco", "İlaç Adı", "Lääkkeen nimi").
  'farmaco', 'medicamento', 'medicinale', 'l[äa]kemedel', 'l[äa][äa]ke', 'l[äa][äa]kkeen', 'ila[çc]', 'medicament', 'lek', 'leku', 'gy[óo]gyszer',
  'ospedale', 'hastane', 'sjukhus', 'sairaala', 'szpital', 'nemocnice', 'k[óo]rh[áa]z', 'spital', 'kurum', 'clinica', 'cl[íi]nica', 'reparto',
  'esame', 'exame', 'tutkimus', 'tetkik', 'analiza', 'badanie', 'vy[šs]et[řr]en[íi]', 'vizsg[áa]lat', 'prodotto', 'produto', 'dispositivo',
  'obat', 'ubat', 'lyf', 'ravim', 'vaist', 'rumah sakit', 'klinik', 'sj[úu]krah[úu]s', 'haigla', 'ligonin[ėe]',
  '薬', '藥', '药', '病院', '医院', '醫院', '診所', 'โรงพยาบาล',
];

/** One spelling of a phrase: which rule it belongs to and how it is anchored. */
interface Spelling {
  rule: number;
  /** "^": at the label's start (no word boundary asked before it). */
  atStart: boolean;
  /** "$": at the label's end (no word boundary asked after it). */
  atEnd: boolean;
}

/** A spelling that may run on into a longer word ("*"): looked for with startsWith where its first letter is. */
interface OpenSpelling {
  text: string;
  rule: number;
  atStart: boolean;
}

/**
 * Phrases of several rules, looked up by their exact text in a Map built once: no regex to compile
 * on a page's first scan (each of the former regex alternations cost V8 a compilation there).
 */
class PhraseIndex {
  /** Spellings by their text. */
  private readonly closed = new Map<string, Spelling[]>();
  /** Spellings that may run on, by their first character's code. */
  private readonly open = new Map<number, OpenSpelling[]>();
  private longest = 0;

  constructor(rules: readonly (readonly string[])[]) {
    // Plain loops and one Spelling per phrase: this runs uncompiled, before a page's first scan.
    for (let rule = 0; rule < rules.length; rule++) {
      for (const phrase of rules[rule]!) {
        const atStart = phrase.startsWith('^');
        const isOpen = phrase.endsWith('*');
        const atEnd = phrase.endsWith('$');
        const texts = spellings(phrase.slice(atStart ? 1 : 0, isOpen || atEnd ? -1 : undefined).replace(/\\/g, ''));
        const spelling: Spelling = { rule, atStart, atEnd };
        for (let i = 0; i < texts.length; i++) {
          const text = texts[i]!;
          if (isOpen) {
            const open = this.open.get(text.charCodeAt(0));
            if (open) open.push({ text, rule, atStart });
            else this.open.set(text.charCodeAt(0), [{ text, rule, atStart }]);
            continue;
          }
          const entries = this.closed.get(text);
          if (entries) entries.push(spelling);
          else this.closed.set(text, [spelling]);
          if (text.length > this.longest) this.longest = text.length;
        }
      }
    }
  }

  /**
   * The first rule with a phrase in `key` (a normalised label), or -1. `cuts` are where a phrase
   * may start or end: 0, every word boundary, key.length (see cutPositions).
   */
  firstRuleIn(key: string, cuts: readonly number[]): number {
    let first = Infinity;
    for (let i = 0; i < cuts.length; i++) {
      const start = cuts[i]!;
      const boundaryBefore = isWordBoundary(key, start) || isWordEdge(key, start);
      for (let j = i + 1; j < cuts.length && cuts[j]! - start <= this.longest; j++) {
        const end = cuts[j]!;
        const entries = this.closed.get(key.slice(start, end));
        if (entries === undefined) continue;
        for (const entry of entries) {
          // A phrase ending in "#" ("chart #") ends where it ends: no word needs to follow.
          const boundaryAfter = isWordBoundary(key, end) || !isRegexWordCode(key.charCodeAt(end - 1));
          if (entry.rule < first && (entry.atStart ? start === 0 : boundaryBefore) && (entry.atEnd ? end === key.length : boundaryAfter)) {
            first = entry.rule;
          }
        }
      }
      const open = this.open.get(key.charCodeAt(start));
      if (open === undefined) continue;
      for (const entry of open) {
        if (entry.rule < first && (entry.atStart ? start === 0 : boundaryBefore) && key.startsWith(entry.text, start)) first = entry.rule;
      }
    }
    return first === Infinity ? -1 : first;
  }
}

/**
 * "n[ée]e? le" -> née le, nee le, né le, ne le: every spelling a phrase's notation allows. Goes
 * from mark to mark rather than letter by letter: it runs before a page's first scan, uncompiled.
 */
function spellings(pattern: string): string[] {
  const bracket = pattern.indexOf('[');
  const optional = pattern.indexOf('?');
  if (bracket < 0 && optional < 0) return [pattern];
  // The first marked piece: letters in brackets, or the one letter before a "?".
  const isBracket = bracket >= 0 && (optional < 0 || bracket < optional);
  const pieceStart = isBracket ? bracket : optional - 1;
  const pieceEnd = isBracket ? pattern.indexOf(']', bracket) + 1 : optional;
  const choices = isBracket ? pattern.slice(bracket + 1, pieceEnd - 1) : pattern[pieceStart]!;
  const isOptional = pattern[pieceEnd] === '?';
  const head = pattern.slice(0, pieceStart);
  const spelled: string[] = [];
  for (const tail of spellings(pattern.slice(isOptional ? pieceEnd + 1 : pieceEnd))) {
    for (let i = 0; i < choices.length; i++) spelled.push(head + choices[i] + tail);
    if (isOptional) spelled.push(head + tail);
  }
  return spelled;
}

/**
 * A letter or digit, ASCII or not, on one side of `position` only; or a letter of a script written
 * without spaces between words (Thai, Japanese, Chinese, and Korean's compounds) on either side:
 * any of its letters may start or end a phrase ("患者ID", "緊急聯絡人" holds "聯絡人").
 */
function isWordEdge(key: string, position: number): boolean {
  const before = codeAt(key, position - 1);
  const after = codeAt(key, position);
  return isWordCode(before) !== isWordCode(after) || isUnspacedScriptCode(before) || isUnspacedScriptCode(after);
}

/** A regex's \b at `position`: a word character on one side only. */
function isWordBoundary(key: string, position: number): boolean {
  return isRegexWordCode(codeAt(key, position - 1)) !== isRegexWordCode(codeAt(key, position));
}

/**
 * 0, every word boundary, the edges of a word that starts or ends with a letter beyond ASCII
 * ("ålder", "soţ"), every letter of an unspaced script, and key.length: where a phrase may start or end.
 */
function cutPositions(key: string): number[] {
  const cuts = [0];
  for (let position = 1; position < key.length; position++) if (isWordBoundary(key, position) || isWordEdge(key, position)) cuts.push(position);
  if (key.length > 0) cuts.push(key.length);
  return cuts;
}

/** What a bare "... ID" may name that is no person's: an interface's message, a session, a job. */
const SYSTEM_ID_WORDS: readonly string[] = [
  'control', 'message', 'msg', 'transaction', 'session', 'request', 'correlation', 'trace', 'batch', 'job', 'thread', 'build', 'version', 'interface', 'channel',
  // A user's login, not a person's record: "User ID".
  'user', 'login', 'operator', 'staff',
];

/**
 * Last words that make a label name an attribute of a record, not the record's number: "Claim
 * Status", "Account Type", "Address Type", "DL State". "... Date" makes it a date's label ("Claim Date"),
 * "... Name" a person's ("Member Name").
 */
const ATTRIBUTE_WORDS: readonly (readonly string[])[] = [
  ['date$'],
  ['name$'],
  ['status$', 'type$', 'class$', 'category$', 'amount$', 'balance$', 'total$', 'count$', 'reason$', 'state$', 'country$', 'method$', 'priority$', 'relationship$', '^relationship', 'result$', 'outcome$'],
];
const DATE_MEANING: LabelMeaning = { type: 'DATE' };
/** One token with a lower-case letter before a capital ("LastName", "dateOfBirth") or an underscore ("member_id"). */
const MACHINE_KEY = /^(?=\S*(?:[a-z][A-Z]|_[A-Za-z]))[A-Za-z][A-Za-z0-9_]*$/;
/** A person's name, nothing more said. */
export const NAME_MEANING: LabelMeaning = { type: 'NAME' };
const IDENTIFIER_SYSTEM = /^(?:https?:\/\/|urn:)/;

const LABEL_PHRASES = new PhraseIndex(LABEL_RULES.map((rule) => rule.phrases));
const ATTRIBUTE_PHRASES = new PhraseIndex(ATTRIBUTE_WORDS);
const SYSTEM_ID_PHRASES = new PhraseIndex([SYSTEM_ID_WORDS]);
const THING_NAME_PHRASES = new PhraseIndex([THING_PHRASES]);

/** What one label text says: the type it announces (if any) and whether it names a thing. */
interface LabelReading {
  meaning: LabelMeaning | undefined;
  thing: boolean;
}

/** A label's last bracket and what is inside it. */
const LAST_BRACKET = /\(([^()]*)\)[\s:*]*$/;

// Keyed by the raw label: pages repeat the same few labels on every block and every scan.
const readings = new Map<string, LabelReading>();

function readLabel(label: string): LabelReading {
  let reading = readings.get(label);
  if (reading === undefined) {
    // A column header or field written as a machine key ("LastName", "member_id") reads as its words.
    const key = normalizeLabel(MACHINE_KEY.test(label) ? keyWords(label) : label);
    const cuts = cutPositions(key);
    const thing = THING_NAME_PHRASES.firstRuleIn(key, cuts) >= 0;
    reading = { meaning: key.length === 0 || key.length > 80 ? undefined : meaningOf(key, cuts, thing), thing };
    // normalizeLabel drops a last bracket as a format or unit; when the rest says nothing, the
    // bracket may be the label's meaning: "Matricule INS (NIR)".
    const bracket = reading.meaning === undefined && !thing ? LAST_BRACKET.exec(label) : null;
    if (bracket) {
      const inner = normalizeLabel(bracket[1]!);
      reading = { meaning: inner.length === 0 ? undefined : meaningOf(inner, cutPositions(inner), false), thing };
    }
    if (readings.size > 5000) readings.clear();
    readings.set(label, reading);
  }
  return reading;
}

function meaningOf(key: string, cuts: readonly number[], thing: boolean): LabelMeaning | undefined {
  const rule = LABEL_PHRASES.firstRuleIn(key, cuts);
  if (rule < 0) return undefined;
  const { meaning } = LABEL_RULES[rule]!;
  if (meaning.type !== 'DATE' && meaning.type !== 'AGE_OVER_89') {
    const attribute = ATTRIBUTE_PHRASES.firstRuleIn(key, cuts);
    // "Member Name", "Subscriber Name": a person's name, unless it is a thing's ("Plan Name", "Device Name").
    if (attribute === 1) return thing ? undefined : meaning.type === 'NAME' ? meaning : NAME_MEANING;
    if (attribute >= 0) return attribute === 0 ? DATE_MEANING : undefined;
  }
  // A thing's identifier ("Service Identifier", "Order ID") or a system's ("Control ID") is no person's;
  // an identifier system's URI names the issuer ("http://hospital.example.org"), whatever its words.
  if (meaning.type === 'ID' && !IDENTIFIER_SYSTEM.test(key) && (thing || SYSTEM_ID_PHRASES.firstRuleIn(key, cuts) >= 0)) return undefined;
  return meaning.type === 'NAME' && thing ? undefined : meaning;
}

/** True for a label that names a thing ("Device Name"): shorter endings of it ("Name") must not be read as a label. */
export function isThingLabel(label: string): boolean {
  return readLabel(label).thing;
}

export function normalizeLabel(label: string): string {
  return label
    .toLowerCase()
    // Turkish "İ" lower-cases to "i" and a combining dot.
    .replace(/i\u0307/g, 'i')
    .replace(/[\s_]+/g, ' ')
    // A trailing "#" stays: "Pt #" is a record number's label, "Pt" a name's.
    .replace(/\s*[:*]+\s*$/, '')
    // A format or unit in brackets after the label: "Age (y/m/d)", "DOB (mm/dd/yyyy)", "Phone (home)".
    .replace(/(?<=\S)\s*\([^()]*\)$/, '')
    // Which document the value is copied from: "Name as in NRIC", "DOB as per passport".
    .replace(/(?<=\S) as (?:in|per|on) .*$/, '')
    .trim();
}

/**
 * A machine key's words: "birthDate" -> "birth date", "postal_code" -> "postal code",
 * "date-of-birth" -> "date of birth", "patient.name" -> "patient name", "patientMRN" -> "patient
 * mrn", "MRNNumber" -> "mrn number". A new word starts at "_", "-", a blank, a "." after two or more
 * letters or digits ("D.O.B" stays "d.o.b"), a capital after a lower-case letter or a digit, and the
 * last capital of a run before a lower-case letter. Lower-cased; digits stay in their word.
 */
export function keyWords(key: string): string {
  let words = '';
  let pendingSpace = false;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code === 95 || code === 45 || code === 32 || code === 9 || code === 0xa0 || (code === 46 && isRegexWordCode(codeAt(key, i - 2)) && isRegexWordCode(codeAt(key, i - 1)))) {
      pendingSpace = words.length > 0;
      continue;
    }
    if (isUpperAscii(code) && i > 0) {
      const before = key.charCodeAt(i - 1);
      if (isLowerAscii(before) || (before >= 48 && before <= 57) || (isUpperAscii(before) && isLowerAscii(codeAt(key, i + 1)))) {
        pendingSpace = words.length > 0;
      }
    }
    if (pendingSpace) words += ' ';
    pendingSpace = false;
    words += isUpperAscii(code) ? String.fromCharCode(code + 32) : key[i]!.toLowerCase();
  }
  return words;
}

function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** The PHI type a label announces for its value, or undefined when it announces none. */
export function classifyLabel(label: string): LabelMeaning | undefined {
  return readLabel(label).meaning;
}
