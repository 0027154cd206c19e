import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_SETTINGS, type PolicySettings, type TenantPolicy } from '../../shared/policy';
import { DEFAULT_LOCAL_SETTINGS, withSite, type LocalSettings } from '../settings/local-settings';
import { resolvePageSettings } from '../settings/resolve-page-settings';
import { effectivePolicy, policyChangeEvent } from './effective-policy';
import type { ItPolicy } from './it-policy';

const KEY = 'ab'.repeat(32);
const EHR = 'https://ehr.example.org';
const central = (settings: Partial<PolicySettings>, version = 1): TenantPolicy => ({ version, updatedAt: null, settings: { ...DEFAULT_POLICY_SETTINGS, ...settings } });
const resolve = (url: string, local: LocalSettings, policy: TenantPolicy | null, it: ItPolicy | null = null) =>
  resolvePageSettings(url, { local, managed: effectivePolicy(policy, it), digestKey: KEY });
const localBlur: LocalSettings = { ...DEFAULT_LOCAL_SETTINGS, maskStyle: 'blur' };
const ownSiteOff = (origin: string) => withSite(DEFAULT_LOCAL_SETTINGS, { origin, protectionEnabled: false, customSelectors: [], customTerms: [] });

describe('policy precedence: IT > tenant > the person, per setting, and locked wins', () => {
  it.each([
    ['the built-in default with no policy', DEFAULT_LOCAL_SETTINGS, null, null, 'block'],
    ['the tenant value while the person kept the default', DEFAULT_LOCAL_SETTINGS, central({ maskStyle: 'placeholder' }), null, 'placeholder'],
    ['the person’s own choice over an unlocked tenant value', localBlur, central({ maskStyle: 'placeholder' }), null, 'blur'],
    ['a locked tenant value over the person’s choice', localBlur, central({ maskStyle: 'placeholder', locked: ['maskStyle'] }), null, 'placeholder'],
    ['IT over the tenant and the person', localBlur, central({ maskStyle: 'placeholder', locked: ['maskStyle'] }), { maskStyle: 'block' }, 'block'],
    ['IT with no tenant policy at all', localBlur, null, { maskStyle: 'placeholder' }, 'placeholder'],
  ] as const)('masking style: %s', (_name, local, policy, it, expected) => {
    expect(resolve(`${EHR}/chart`, local, policy, it).maskStyle).toBe(expected);
  });

  it.each([
    ['protected by default', DEFAULT_LOCAL_SETTINGS, central({}), true],
    ['switched off by the person where allowed', ownSiteOff(EHR), central({}), false],
    ['kept on when people may not switch it off', ownSiteOff(EHR), central({ usersMayDisableProtection: false }), true],
    ['left out by a deny pattern', DEFAULT_LOCAL_SETTINGS, central({ protectedSites: { mode: 'all', allow: [], deny: ['*.example.org'] } }), false],
    ['outside an allow list', DEFAULT_LOCAL_SETTINGS, central({ protectedSites: { mode: 'listed', allow: ['emr.test'], deny: [] } }), false],
    ['inside an allow list', DEFAULT_LOCAL_SETTINGS, central({ protectedSites: { mode: 'listed', allow: ['*.example.org'], deny: [] } }), true],
    [
      'protected by the person where the policy leaves it out',
      withSite(DEFAULT_LOCAL_SETTINGS, { origin: EHR, protectionEnabled: true, customSelectors: [], customTerms: [] }),
      central({ protectedSites: { mode: 'listed', allow: ['emr.test'], deny: [] } }),
      true,
    ],
  ])('site protection: %s', (_name, local, policy, expected) => {
    expect(resolve(`${EHR}/chart`, local, policy).protectionEnabled).toBe(expected);
  });

  it('applies reveal rules, PHI types and site rules from the tenant, IT overriding', () => {
    const policy = central({
      reasonRequired: false,
      ticketRequired: true,
      revealTimeoutMs: 10_000,
      phiTypes: ['NAME', 'SSN'],
      siteRules: [{ pattern: '*.example.org', selectors: ['.banner'], terms: ['Ward 7'] }],
    });
    const local = withSite(DEFAULT_LOCAL_SETTINGS, { origin: EHR, protectionEnabled: true, customSelectors: ['#own'], customTerms: [] });
    expect(resolve(`${EHR}/x`, local, policy, { reasonRequired: true, revealTimeoutMs: 60_000 })).toMatchObject({
      reasonRequired: true,
      ticketRequired: true,
      revealTimeoutMs: 60_000,
      phiTypes: ['NAME', 'SSN'],
      customSelectors: ['#own', '.banner'],
      customTerms: ['Ward 7'],
    });
    expect(resolve('https://other.test/x', local, policy)).toMatchObject({ customSelectors: [], customTerms: [] });
  });
});

describe('policy_changed for a new policy in force', () => {
  it('names what changed, and nothing for a first fetch of the defaults', () => {
    expect(policyChangeEvent(null, effectivePolicy(central({}, 0), null))).toBeNull();
    const before = effectivePolicy(central({}), null);
    const after = effectivePolicy(central({ maskProviderNames: true, usersMayDisableProtection: false, siteRules: [{ pattern: '*', selectors: [], terms: ['Quintanilla'] }] }, 2), null);
    expect(policyChangeEvent(before, after)).toEqual({ type: 'policy_changed', source: 'managed', changed: ['maskProviderNames', 'sites', 'customTerms'] });
    expect(JSON.stringify(policyChangeEvent(before, after))).not.toContain('Quintanilla');
  });

  it('names phiTypes when only the PHI types change', () => {
    const before = effectivePolicy(central({}), null);
    const after = effectivePolicy(central({ phiTypes: ['SSN', 'NAME'] }, 2), null);
    expect(policyChangeEvent(before, after)).toEqual({ type: 'policy_changed', source: 'managed', changed: ['phiTypes'] });
  });
});
