import { describe, expect, it } from 'vitest';
import type { PhiType } from '../phi-types';
import { classifyLabel } from './labels';

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
    ['Device Name', undefined],
    ['Drug name', undefined],
    ['Gender', undefined],
    ['Marital Status', undefined],
    ['Reason Code', undefined],
  ])('%j -> %s', (label, type) => {
    expect(classifyLabel(label)?.type).toBe(type);
  });

  it('marks clinician labels as providers', () => {
    expect(classifyLabel('Attending Physician')).toEqual({ type: 'NAME', provider: true });
    expect(classifyLabel('Service Provider')).toBeUndefined();
  });
});
