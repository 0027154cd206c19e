import type { EventDraft, POLICY_SETTINGS } from '../../shared/events';
import { DEFAULT_POLICY_SETTINGS, DEFAULT_TENANT_POLICY, type TenantPolicy } from '../../shared/policy';
import type { ManagedPolicy } from '../settings/managed-policy';
import { itLockedSettings, type ItPolicy } from './it-policy';

/**
 * The policy the device obeys, from the two places it comes from, per setting: IT's managed
 * storage (locked) over the tenant's central policy over the built-in defaults. Null when neither
 * exists: the device then follows only what the person set.
 */
export function effectivePolicy(central: TenantPolicy | null, it: ItPolicy | null): ManagedPolicy | null {
  if (!central && !it) return null;
  const settings = { ...(central?.settings ?? DEFAULT_POLICY_SETTINGS) };
  const fromIt = <K extends keyof ItPolicy & keyof typeof settings>(key: K) => (it?.[key] ?? settings[key]) as (typeof settings)[K];
  const locked = new Set([...settings.locked, ...itLockedSettings(it)]);
  return {
    ...(central ? { version: central.version } : {}),
    ...(locked.has('maskStyle') ? { maskStyle: fromIt('maskStyle') } : {}),
    ...(locked.has('maskProviderNames') ? { maskProviderNames: fromIt('maskProviderNames') } : {}),
    recommended: { maskStyle: settings.maskStyle, maskProviderNames: settings.maskProviderNames },
    protectedSites: settings.protectedSites,
    phiTypes: fromIt('phiTypes'),
    siteRules: settings.siteRules,
    reasonRequired: fromIt('reasonRequired'),
    ticketRequired: fromIt('ticketRequired'),
    revealTimeoutMs: fromIt('revealTimeoutMs'),
    protectionLocked: !fromIt('usersMayDisableProtection'),
    presentation: settings.presentation,
  };
}

type AuditedSetting = (typeof POLICY_SETTINGS)[number];
const NO_POLICY = effectivePolicy(DEFAULT_TENANT_POLICY, null)!;

/**
 * The policy_changed event for a change of the policy in force: which settings changed, never their
 * values (a masked term may look like a patient's name). Null when nothing a page obeys changed.
 */
export function policyChangeEvent(before: ManagedPolicy | null, after: ManagedPolicy | null): EventDraft | null {
  // No policy behaves as the default policy does: a first fetch of an untouched policy changes nothing.
  const [was, now] = [before ?? NO_POLICY, after ?? NO_POLICY];
  const same = (read: (p: ManagedPolicy) => unknown) => JSON.stringify(read(was)) === JSON.stringify(read(now));
  const checks: [AuditedSetting, (p: ManagedPolicy) => unknown][] = [
    ['maskStyle', (p) => [p.maskStyle, p.recommended?.maskStyle]],
    ['maskProviderNames', (p) => [p.maskProviderNames, p.recommended?.maskProviderNames]],
    ['sites', (p) => [p.protectedSites, p.protectionLocked]],
    ['customSelectors', (p) => p.siteRules?.filter((rule) => rule.selectors.length > 0).map((rule) => [rule.pattern, rule.selectors])],
    ['customTerms', (p) => p.siteRules?.filter((rule) => rule.terms.length > 0).map((rule) => [rule.pattern, rule.terms])],
    ['reasonRequired', (p) => p.reasonRequired],
    ['ticketRequired', (p) => p.ticketRequired],
    ['revealTimeoutMs', (p) => p.revealTimeoutMs],
    ['phiTypes', (p) => p.phiTypes],
  ];
  const changed = checks.filter(([, read]) => !same(read)).map(([name]) => name);
  return changed.length > 0 ? { type: 'policy_changed', source: 'managed', changed } : null;
}
