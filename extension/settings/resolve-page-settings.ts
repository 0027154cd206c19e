import type { PageSettings } from '../messages';
import { siteSettingsFor, type LocalSettings } from './local-settings';
import { DEFAULT_POLICY, type ManagedPolicy } from './managed-policy';

export interface SettingsSources {
  local: LocalSettings;
  managed: ManagedPolicy | null;
  digestKey: string;
}

/**
 * What the content script on `url` obeys: defaults, then the person's local settings, then the
 * tenant's managed policy on top. Only http(s) pages are ever protected.
 */
export function resolvePageSettings(url: string, { local, managed, digestKey }: SettingsSources): PageSettings {
  const { protocol, origin } = new URL(url);
  const site = siteSettingsFor(local, origin);
  const policy = { ...DEFAULT_POLICY, ...managed };
  const isWebPage = protocol === 'https:' || protocol === 'http:';
  return {
    protectionEnabled: isWebPage && (site.protectionEnabled || policy.protectionLocked),
    maskStyle: managed?.maskStyle ?? local.maskStyle,
    maskProviderNames: managed?.maskProviderNames ?? local.maskProviderNames,
    customSelectors: site.customSelectors,
    customTerms: site.customTerms,
    reasonRequired: policy.reasonRequired,
    ticketRequired: policy.ticketRequired,
    revealTimeoutMs: policy.revealTimeoutMs,
    digestKey,
  };
}
