import { policyProtects, siteRulesFor } from '../../shared/policy';
import { DEFAULT_LOCAL_SETTINGS, type LocalSettings } from '../settings/local-settings';
import type { ManagedPolicy } from '../settings/managed-policy';

/**
 * How a managed policy and a person's local settings combine for one site, per setting:
 * a locked value wins; otherwise the person's own choice, where they made one; otherwise the
 * tenant's value; otherwise the built-in default.
 */

/** Whether `origin` is protected: the policy decides the default, the person may switch it where the policy allows. */
export function siteProtected(local: LocalSettings, managed: ManagedPolicy | null, origin: string): boolean {
  const ownChoice = local.sites.find((site) => site.origin === origin)?.protectionEnabled;
  const protectedByPolicy = managed?.protectedSites ? policyProtects(managed.protectedSites, origin) : true;
  // Masking more is always allowed: a person may protect a site the policy leaves out.
  if (!protectedByPolicy) return ownChoice ?? false;
  return (managed?.protectionLocked ?? false) || (ownChoice ?? true);
}

type PersonalSetting = 'maskStyle' | 'maskProviderNames';

/**
 * A setting a person may change on the device. Local settings hold a value for every setting, so
 * "the person chose" means "differs from the built-in default": to hold everyone to a tenant value
 * that equals the default, the admin locks it.
 */
export function personalSetting<K extends PersonalSetting>(local: LocalSettings, managed: ManagedPolicy | null, key: K): LocalSettings[K] {
  const locked = managed?.[key] as LocalSettings[K] | undefined;
  if (locked !== undefined) return locked;
  if (local[key] !== DEFAULT_LOCAL_SETTINGS[key]) return local[key];
  return (managed?.recommended?.[key] as LocalSettings[K] | undefined) ?? local[key];
}

/** The person's selectors and terms for the site plus those the policy's rules add. */
export function siteMasking(ownSelectors: string[], ownTerms: string[], managed: ManagedPolicy | null, origin: string): { customSelectors: string[]; customTerms: string[] } {
  const rules = siteRulesFor(managed?.siteRules ?? [], origin);
  return { customSelectors: [...new Set([...ownSelectors, ...rules.selectors])], customTerms: [...new Set([...ownTerms, ...rules.terms])] };
}
