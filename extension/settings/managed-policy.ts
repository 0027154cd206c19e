import type { MaskStyle } from './local-settings';

/**
 * Central policy from the tenant admin. Stored in the audit db's meta under 'managedPolicy' by
 * policy sync (a later issue); every field it sets overrides what the person chose on this device.
 */
export interface ManagedPolicy {
  maskStyle?: MaskStyle;
  maskProviderNames?: boolean;
  reasonRequired?: boolean;
  ticketRequired?: boolean;
  revealTimeoutMs?: number;
  /** When true, nobody on the device can turn protection off for a site. */
  protectionLocked?: boolean;
}

/** What applies until a tenant sets otherwise: reveals need a reason, and re-mask after 30 s. */
export const DEFAULT_POLICY = {
  reasonRequired: true,
  ticketRequired: false,
  revealTimeoutMs: 30_000,
  protectionLocked: false,
} satisfies Required<Pick<ManagedPolicy, 'reasonRequired' | 'ticketRequired' | 'revealTimeoutMs' | 'protectionLocked'>>;
