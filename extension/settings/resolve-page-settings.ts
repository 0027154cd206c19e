import type { PageSettings } from '../messages';
import { siteSettingsFor, type LocalSettings } from './local-settings';
import { DEFAULT_POLICY, type ManagedPolicy } from './managed-policy';
import { personalSetting, siteMasking, siteProtected } from '../policy/policy-precedence';
import { withPresentationOverlay } from '../presenting/presentation-overlay';

export interface SettingsSources {
  local: LocalSettings;
  managed: ManagedPolicy | null;
  digestKey: string;
  /** Presentation mode is on (presenting/presenting-state.ts): its policy is the final layer. */
  presenting?: boolean;
}

/**
 * What the content script on `url` obeys: defaults, then the person's local settings, then the
 * tenant's managed policy on top (per setting, see policy/policy-precedence.ts), then, while
 * presenting, the presentation policy. Only http(s) pages are ever protected.
 */
export function resolvePageSettings(url: string, { local, managed, digestKey, presenting }: SettingsSources): PageSettings {
  const { protocol, origin } = new URL(url);
  const site = siteSettingsFor(local, origin);
  const policy = { ...DEFAULT_POLICY, ...managed };
  const isWebPage = protocol === 'https:' || protocol === 'http:';
  const settings: PageSettings = {
    protectionEnabled: isWebPage && siteProtected(local, managed, origin),
    maskStyle: personalSetting(local, managed, 'maskStyle'),
    maskProviderNames: personalSetting(local, managed, 'maskProviderNames'),
    ...siteMasking(site.customSelectors, site.customTerms, managed, origin),
    ...(managed?.phiTypes ? { phiTypes: managed.phiTypes } : {}),
    reasonRequired: policy.reasonRequired,
    ticketRequired: policy.ticketRequired,
    revealTimeoutMs: policy.revealTimeoutMs,
    digestKey,
  };
  return presenting ? withPresentationOverlay(settings, managed?.presentation) : settings;
}
