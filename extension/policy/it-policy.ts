import { z } from 'zod';
import { policySettingsSchema, type LockableSetting } from '../../shared/policy';

/**
 * What IT sets through browser policy (chrome.storage.managed, schema in public/managed_schema.json):
 * the server to enrol with and a one-time enrolment code, and settings that are then locked on the
 * device whatever the tenant policy says. Chrome drops keys the schema does not declare; values
 * are still validated here, since a policy file is typed by hand.
 */
const lockedSettings = policySettingsSchema.pick({
  maskStyle: true,
  maskProviderNames: true,
  reasonRequired: true,
  ticketRequired: true,
  revealTimeoutMs: true,
  usersMayDisableProtection: true,
  phiTypes: true,
}).partial();

export const itPolicySchema = z.strictObject({
  serverUrl: z.url({ protocol: /^https?$/ }).max(2048).optional(),
  enrolmentCode: z.string().min(8).max(64).optional(),
  ...lockedSettings.shape,
});

export type ItPolicy = z.infer<typeof itPolicySchema>;

/** The lockable settings IT has set: IT's values are never the person's to change. */
export function itLockedSettings(it: ItPolicy | null): LockableSetting[] {
  return it ? (['maskStyle', 'maskProviderNames'] as const).filter((key) => it[key] !== undefined) : [];
}
