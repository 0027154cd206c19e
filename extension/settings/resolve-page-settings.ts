import type { PageSettings } from '../messages';
import { siteSettingsFor, type LocalSettings } from './local-settings';
import { DEFAULT_POLICY, type ManagedPolicy } from './managed-policy';
import { personalSetting, siteMasking, siteProtected } from '../policy/policy-precedence';

export interface SettingsSources {
  local: LocalSettings;
  managed: ManagedPolicy | null;
  digestKey: string;
}

/**
 * What the content script on `url` obeys: defaults, then the person's local settings, then the
 * tenant's managed policy on top (per setting, see policy/policy-precedence.ts). Only http(s)
 * pages are ever protected.
 */
export function resolvePageSettings(url: string, { local, managed, digestKey }: SettingsSources): PageSettings {
  const { protocol, origin } = new URL(url);
  const site = siteSettingsFor(local, origin);
  const policy = { ...DEFAULT_POLICY, ...managed };
  const isWebPage = protocol === 'https:' || protocol === 'http:';
  return {
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
}
