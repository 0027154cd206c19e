import { describe, expect, it } from 'vitest';
import type { PhiType } from '../phi-types';
import { classifyLabel, keyWords } from './labels';

describe('classifyLabel', () => {
  it.each<[string, PhiType | undefined]>([
    ['DOB', 'DATE'],
    ['Date of Birth:', 'DATE'],
    ['Fecha de nacimiento', 'DATE'],
    ['Date de naissance', 'DATE'],
    ['Geburtsdatum', 'DATE'],
    ['MRN #', 'MRN'],
    ['Patient ID', 'MRN'],
    ['NHC', 'MRN'],
    ['Patient', 'NAME'],
    ['Pt Name', 'NAME'],
    ['Guarantor', 'NAME'],
    ['Emergency Contact', 'NAME'],
    ['Nombre', 'NAME'],
    ['Vorname', 'NAME'],
    ['Prénom', 'NAME'],
    // Relatives and contacts in the languages the engine reads; a name at birth is a name, not a date.
    ['Ehemann', 'NAME'],
    ['Tochter', 'NAME'],
    ['Personne de confiance', 'NAME'],
    ['Persona de contacto', 'NAME'],
    ['Contactpersoon 1', 'NAME'],
    ['Achternaam', 'NAME'],
    ['Roepnaam', 'NAME'],
    ['FOB', 'NAME'],
    ['Maiden / prior legal name', 'NAME'],
    ['Nom de naissance', 'NAME'],
    ['Geburtsname', 'NAME'],
    ['Child-Pugh Score', undefined],
    // National numbers of other countries' charts; a last bracket read when the rest says nothing.
    ['Matricule INS (NIR)', 'SSN'],
    ['Nº afiliación Seg. Social', 'SSN'],
    ['CIP / TSI', 'HEALTH_PLAN'],
    ['BSN', 'ID'],
    ['DNI/NIE', 'ID'],
    ['Notes (optional)', undefined],
    // The same fields in the other languages the labels read; a thing's name is no person's.
    ['Cognome', 'NAME'],
    ['Adı', 'NAME'],
    ['Soyadı', 'NAME'],
    ['Baba Adı', 'NAME'],
    ['Hastane Adı', undefined],
    ['Nome farmaco', undefined],
    ['Lääkkeen nimi', undefined],
    ['Nimi', 'NAME'],
    ['Prenumele', 'NAME'],
    ['Nazwisko', 'NAME'],
    ['Närstående', 'NAME'],
    ['Lähiomainen', 'NAME'],
    ['Yakını', 'NAME'],
    ['Aparţinător', 'NAME'],
    ['Participant initials (first, middle, last)', 'NAME'],
    ['MI', 'NAME'],
    ['Caller', 'NAME'],
    ['Data di nascita', 'DATE'],
    ['Data naşterii', 'DATE'],
    ['Doğum Tarihi', 'DATE'],
    ['Födelsedatum', 'DATE'],
    ['Data source', undefined],
    ['Lab data', undefined],
    ['Luogo di nascita', 'ADDRESS'],
    ['Doğum Yeri', 'ADDRESS'],
    ['İlçe', 'ADDRESS'],
    ['Kotikunta', 'ADDRESS'],
    ['By', undefined],
    ['Residenza', 'ADDRESS'],
    ['Folkbokföringsadress', 'ADDRESS'],
    ['Osoite', 'ADDRESS'],
    ['Domiciliul', 'ADDRESS'],
    ['CAP', 'ZIP'],
    ['Posta Kodu', 'ZIP'],
    ['Cod poştal', 'ZIP'],
    ['Postinumero', 'ZIP'],
    ['Cellulare', 'PHONE'],
    ['Puhelin', 'PHONE'],
    ['Mobil', 'PHONE'],
    ['Età', 'AGE_OVER_89'],
    ['Ålder', 'AGE_OVER_89'],
    ['Yaş', 'AGE_OVER_89'],
    ['Vârsta', 'AGE_OVER_89'],
    ['Codice fiscale', 'ID'],
    ['CPF', 'ID'],
    ['Personnummer', 'ID'],
    ['Henkilötunnus', 'ID'],
    ['T.C. Kimlik No', 'ID'],
    ['CNP', 'ID'],
    ['PESEL', 'ID'],
    ['Incident #', 'ID'],
    ['Screening number', 'ID'],
    ['Auth #', 'ID'],
    ['Tessera sanitaria (TEAM)', 'HEALTH_PLAN'],
    ['CNS', 'HEALTH_PLAN'],
    ['Prontuário', 'MRN'],
    ['Dosya No', 'MRN'],
    ['Protokol No', 'ACCOUNT'],
    ['N. nosologico', 'ACCOUNT'],
    ['Member ID', 'HEALTH_PLAN'],
    ['Acct #', 'ACCOUNT'],
    ['SSN', 'SSN'],
    ['http://hl7.org/fhir/sid/us-ssn', 'SSN'],
    ['urn:oid:2.16.840.1.113883.4.3.25', 'DRIVERS_LICENSE'],
    ['passportNumber', 'PASSPORT'],
    ['https://github.com/synthetichealth/synthea', 'ID'],
    ['Fax', 'FAX'],
    ['Teléfono', 'PHONE'],
    ['Telecom', 'PHONE'],
    ['E-mail', 'EMAIL'],
    ['Address', 'ADDRESS'],
    ['Anschrift', 'ADDRESS'],
    ['ZIP Code', 'ZIP'],
    ['Age', 'AGE_OVER_89'],
    ['Serial Number', 'DEVICE'],
    ['VIN', 'VEHICLE'],
    // A trailing "#" is kept: "Pt #" labels a record number, "Pt" a name.
    ['Pt #', 'MRN'],
    ['Patient #', 'MRN'],
    ['MR#', 'MRN'],
    ['Chart #', 'MRN'],
    ['Enc #', 'ACCOUNT'],
    ['Plate #', 'VEHICLE'],
    ["Driver's Lic.", 'DRIVERS_LICENSE'],
    ['Health Card No', 'HEALTH_PLAN'],
    ['NHS Number', 'HEALTH_PLAN'],
    ['SIN', 'SSN'],
    ['Card Number', 'ACCOUNT'],
    ['Addr', 'ADDRESS'],
    ['Work Ph', 'PHONE'],
    ['pH', undefined],
    ['First', 'NAME'],
    ['Responsible Person', 'NAME'],
    ['Son', 'NAME'],
    ['Person', undefined],
    ['Group #', 'HEALTH_PLAN'],
    ['Group Number:', 'HEALTH_PLAN'],
    ['Group', undefined],
    ['Group Name', undefined],
    ['Health #', 'HEALTH_PLAN'],
    ['Health Number', 'HEALTH_PLAN'],
    ['PHN', 'HEALTH_PLAN'],
    // "DL" is a licence's label alone or first, not a unit's end.
    ['DL', 'DRIVERS_LICENSE'],
    ['DL #', 'DRIVERS_LICENSE'],
    ['mg/dL', undefined],
    ['g/dL', undefined],
    // An interface's own identifiers are no person's.
    ['Control ID', undefined],
    ['Message Control ID', undefined],
    ['Session ID', undefined],
    ['Visit ID', 'ACCOUNT'],
    ['Person ID', 'ID'],
    // A thing's identifier is no person's.
    ['Universal Service Identifier', undefined],
    ['Order ID', undefined],
    // A label ending in an attribute names the record's attribute, not its number; "... Date" a date.
    ['Claim Status', undefined],
    ['Account Balance', undefined],
    ['Address Type', undefined],
    ['Phone Type', undefined],
    ['Member Status', undefined],
    ['DL State', undefined],
    ['Claim Date', 'DATE'],
    ['Member name', 'NAME'],
    // A column header written as a machine key reads as its words.
    ['LastName', 'NAME'],
    ['MemberID', 'HEALTH_PLAN'],
    ['member_id', 'HEALTH_PLAN'],
    ['dateOfBirth', 'DATE'],
    ['Subscriber Name', 'NAME'],
    ['Plan Name', undefined],
    ["Mother's maiden name", 'NAME'],
    ['Acc No.:', 'ACCOUNT'],
    ['Acc#', 'ACCOUNT'],
    ['Patient Ctrl #', 'ACCOUNT'],
    ['Health Ins. #', 'HEALTH_PLAN'],
    ['Accession #', 'ID'],
    ['Account', 'ACCOUNT'],
    ['Claim #', 'ACCOUNT'],
    // "Patient" in a heading labels the name under it; not in a message's or handout's title.
    ['Patient Details', 'NAME'],
    // In long-term care the resident is the patient; a resident physician is a clinician.
    ['Resident', 'NAME'],
    ['Resident #', 'MRN'],
    ['City', 'ADDRESS'],
    ['Prescriber', 'NAME'],
    ['Find Patient Record', 'NAME'],
    ['Patient Advice Request', undefined],
    ['Patient Education', undefined],
    ['Patiente', 'NAME'],
    ['Paciente:', 'NAME'],
    ['Nom du patient', 'NAME'],
    // A format or unit in brackets after the label is not part of it.
    ['Age(y/m/d)', 'AGE_OVER_89'],
    ['DOB (mm/dd/yyyy)', 'DATE'],
    ['Phone (home):', 'PHONE'],
    ['(Home) Phone', 'PHONE'],
    ['Device Name', undefined],
    ['Drug name', undefined],
    ['Gender', undefined],
    ['Marital Status', undefined],
    ['Reason Code', undefined],
    // A phrase stands on word boundaries, as the first matching rule decides.
    ['Image', undefined],
    ['Patient Age', 'AGE_OVER_89'],
    ['Age/Sex', 'AGE_OVER_89'],
    ['Agency', undefined],
    ['Patient Number', 'MRN'],
    ['Emergency Contact Phone', 'PHONE'],
    ['Insured ID', 'HEALTH_PLAN'],
    ['Name Suffix', undefined],
    ['Full Name of Payer', undefined],
    ['Medical Device Name', undefined],
    // Optional letters, accented spellings, and phrases that run on into a longer word.
    ["Driver's Licence Number", 'DRIVERS_LICENSE'],
    ['driverslicense', 'DRIVERS_LICENSE'],
    ['DL No.', 'DRIVERS_LICENSE'],
    ['Passport No.', 'PASSPORT'],
    ['Policyholder', 'NAME'],
    ['Birthdate', 'DATE'],
    ['Née le', 'DATE'],
    ['Nº de serie', 'DEVICE'],
    ['Straße', 'ADDRESS'],
    ['IP Address', 'IP'],
    ['urn:oid:1.2.3', 'ID'],
    ['http://hospital.smarthealthit.org', 'ID'],
    // Unspaced scripts: any letter may start or end a phrase; Thai, Japanese, Chinese.
    ['患者ID', 'MRN'],
    ['氏名 (romanized)', 'NAME'],
    ['フリガナ', 'NAME'],
    ['生年月日', 'DATE'],
    ['被保険者番号', 'HEALTH_PLAN'],
    // The insurer's number (保険者番号) names the payer, not the person.
    ['保険者番号', undefined],
    ['緊急聯絡人', 'NAME'],
    ['身分證字號', 'ID'],
    ['健保卡號', 'HEALTH_PLAN'],
    ['ชื่อ-สกุล', 'NAME'],
    ['เลขบัตรประชาชน', 'ID'],
    ['ที่อยู่', 'ADDRESS'],
    // Malay and Indonesian, Icelandic, Estonian, Lithuanian.
    ['No. MyKad', 'ID'],
    ['Tgl. lahir', 'DATE'],
    ['No. RM', 'MRN'],
    ['No. kartu BPJS', 'HEALTH_PLAN'],
    ['Penanggung jawab', 'NAME'],
    ['Nama obat', undefined],
    ['Kennitala', 'ID'],
    ['Heimilisfang', 'ADDRESS'],
    ['Aðstandandi', 'NAME'],
    ['Isikukood', 'ID'],
    ['Kontaktinis asmuo', 'NAME'],
    ['Asmens kodas', 'ID'],
    ['Ravijuhtum', 'ACCOUNT'],
    // Phrases written with a period ("\\."): read as periods.
    ['M.I.', 'NAME'],
    ['N. ricovero', 'ACCOUNT'],
    // Which document the value is copied from does not name the value.
    ['Name as in NRIC', 'NAME'],
    ['Band #', 'ID'],
    ['Infant', 'NAME'],
  ])('%j -> %s', (label, type) => {
    expect(classifyLabel(label)?.type).toBe(type);
  });

  it('marks labels of a part of a name', () => {
    for (const label of ['Last Name', 'LastName', 'Patient First Name', 'first_name', 'Surname', 'Middle', "Mother's Maiden Name", 'lastname']) {
      expect(classifyLabel(label), label).toEqual({ type: 'NAME', namePart: true });
    }
    // A generic "Name" column asks for a census word, a title or "Surname, Given" in its value.
    expect(classifyLabel('Name')).toEqual({ type: 'NAME', needsNameWord: true });
  });

  it('marks place-name labels as localities', () => {
    expect(classifyLabel('City:')).toEqual({ type: 'ADDRESS', locality: true });
    expect(classifyLabel('County')).toEqual({ type: 'ADDRESS', locality: true });
    expect(classifyLabel('Address')).toEqual({ type: 'ADDRESS' });
  });

  it('marks clinician labels as providers', () => {
    expect(classifyLabel('Attending Physician')).toEqual({ type: 'NAME', provider: true });
    expect(classifyLabel('Resident Physician')).toEqual({ type: 'NAME', provider: true });
    expect(classifyLabel('Prescriber')).toEqual({ type: 'NAME', provider: true });
    expect(classifyLabel('Resident')).toEqual({ type: 'NAME' });
    expect(classifyLabel('Service Provider')).toBeUndefined();
  });

  // An audit log's or a chart's actor is staff: masked only when the policy masks providers.
  it.each<[string, { type: 'NAME'; provider: true } | undefined]>([
    ['User name', { type: 'NAME', provider: true }],
    ['User', { type: 'NAME', provider: true }],
    ['Entered by', { type: 'NAME', provider: true }],
    ['Administered By', { type: 'NAME', provider: true }],
    ['Staff', { type: 'NAME', provider: true }],
    ['User ID', undefined],
    ['Staff ID', undefined],
    ['Login', undefined],
  ])('staff label %j -> %j', (label, meaning) => {
    expect(classifyLabel(label)).toEqual(meaning);
  });
});

describe('keyWords', () => {
  // camelCase, snake_case, kebab-case and dotted keys as label words; acronyms stay whole.
  it.each<[string, string, PhiType | undefined]>([
    ['birthDate', 'birth date', 'DATE'],
    ['deceasedDateTime', 'deceased date time', 'DATE'],
    ['postalCode', 'postal code', 'ZIP'],
    ['postal_code', 'postal code', 'ZIP'],
    ['first_name', 'first name', 'NAME'],
    ['patient_name', 'patient name', 'NAME'],
    ['FirstName', 'first name', 'NAME'],
    ['date-of-birth', 'date of birth', 'DATE'],
    ['patient.name', 'patient name', 'NAME'],
    ['D.O.B', 'd.o.b', 'DATE'],
    ['patientMRN', 'patient mrn', 'MRN'],
    ['MRNNumber', 'mrn number', 'MRN'],
    ['dob', 'dob', 'DATE'],
    ['SSN', 'ssn', 'SSN'],
    ['e-mail', 'e mail', 'EMAIL'],
    ['addressLine2', 'address line2', 'ADDRESS'],
    ['resourceType', 'resource type', undefined],
    ['deviceName', 'device name', undefined],
    ['userName', 'user name', 'NAME'],
    ['status', 'status', undefined],
  ])('%j -> %j (%s)', (key, words, type) => {
    expect(keyWords(key)).toBe(words);
    expect(classifyLabel(keyWords(key))?.type).toBe(type);
  });
});
