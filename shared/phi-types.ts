/**
 * The PHI categories the product detects, masks and counts. HIPAA Safe Harbor identifiers as they
 * appear on EHR screens; names match the reference corpus' ground-truth labels where it has them.
 */
export const PHI_TYPES = [
  'NAME',
  'ADDRESS',
  'ZIP',
  'DATE',
  'AGE_OVER_89',
  'PHONE',
  'FAX',
  'EMAIL',
  'SSN',
  'MRN',
  'HEALTH_PLAN',
  'ACCOUNT',
  'DRIVERS_LICENSE',
  'PASSPORT',
  'VEHICLE',
  'DEVICE',
  'URL',
  'IP',
  'ID',
  'PHOTO',
] as const;

export type PhiType = (typeof PHI_TYPES)[number];

export function isPhiType(value: unknown): value is PhiType {
  return typeof value === 'string' && (PHI_TYPES as readonly string[]).includes(value);
}
