import type { PhiType } from '../../shared/phi-types';
import type { PresentationPolicy, ProtectedSites, SiteRule } from '../../shared/policy';
import type { MaskStyle } from './local-settings';

/**
 * Central policy from the tenant admin and IT's managed storage, merged by extension/policy and
 * stored in the audit db's meta under 'managedPolicy'. Every field it sets overrides what the
 * person chose on this device (maskStyle and maskProviderNames are set only when locked).
 */
export interface ManagedPolicy {
  maskStyle?: MaskStyle;
  maskProviderNames?: boolean;
  /** Unlocked tenant values: they apply while the person's own setting is still the default. */
  recommended?: { maskStyle: MaskStyle; maskProviderNames: boolean };
  /** Which sites are protected unless a person switched a site (where policy lets them). */
  protectedSites?: ProtectedSites;
  /** The PHI types masked (absent: every type). */
  phiTypes?: PhiType[];
  /** Selectors and terms masked on the sites each rule's pattern matches, besides the person's own. */
  siteRules?: SiteRule[];
  /** The central policy version in force; absent before the first fetch. */
  version?: number;
  reasonRequired?: boolean;
  ticketRequired?: boolean;
  revealTimeoutMs?: number;
  /** When true, nobody on the device can turn protection off for a site. */
  protectionLocked?: boolean;
  /** What presentation mode does, and whether it is permanent (absent: DEFAULT_PRESENTATION_POLICY). */
  presentation?: PresentationPolicy;
}

/** What applies until a tenant sets otherwise: reveals need a reason, and re-mask after 30 s. */
export const DEFAULT_POLICY = {
  reasonRequired: true,
  ticketRequired: false,
  revealTimeoutMs: 30_000,
  protectionLocked: false,
} satisfies Required<Pick<ManagedPolicy, 'reasonRequired' | 'ticketRequired' | 'revealTimeoutMs' | 'protectionLocked'>>;
