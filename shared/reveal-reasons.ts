/**
 * Why a person revealed a masked value: a fixed list, each mapped to the HL7 v3 PurposeOfUse code
 * that FHIR AuditEvent.purposeOfEvent carries on export.
 */
export const REVEAL_REASONS = {
  treatment: { label: 'Treatment or care coordination', purposeOfUse: 'TREAT' },
  emergency: { label: 'Emergency treatment', purposeOfUse: 'ETREAT' },
  payment: { label: 'Billing or payment', purposeOfUse: 'HPAYMT' },
  operations: { label: 'Healthcare operations', purposeOfUse: 'HOPERAT' },
  patient_request: { label: 'Requested by the patient', purposeOfUse: 'PATRQT' },
  technical_support: { label: 'Technical support of the EHR', purposeOfUse: 'HSYSADMIN' },
  quality_review: { label: 'Quality review', purposeOfUse: 'HQUALIMP' },
  legal: { label: 'Legal or compliance', purposeOfUse: 'HLEGAL' },
  public_health: { label: 'Public health reporting', purposeOfUse: 'PUBHLTH' },
  research: { label: 'Approved research', purposeOfUse: 'HRESCH' },
} as const;

export type RevealReason = keyof typeof REVEAL_REASONS;
export const REVEAL_REASON_CODES = Object.keys(REVEAL_REASONS) as [RevealReason, ...RevealReason[]];
