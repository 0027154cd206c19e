import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCAL_SETTINGS, withSite, type LocalSettings } from './local-settings';
import { resolvePageSettings, type SettingsSources } from './resolve-page-settings';

const KEY = 'ab'.repeat(32);
const EHR = 'https://ehr.example.org';
const sources = (local: LocalSettings = DEFAULT_LOCAL_SETTINGS, managed: SettingsSources['managed'] = null): SettingsSources => ({ local, managed, digestKey: KEY });
const offForEhr = withSite(DEFAULT_LOCAL_SETTINGS, { origin: EHR, protectionEnabled: false, customSelectors: [], customTerms: [] });

describe('resolvePageSettings', () => {
  it('protects every http(s) site on a fresh install: blocks, reason required, 30 s reveals', () => {
    for (const url of [`${EHR}/Patient/1`, 'http://127.0.0.1:8788/index.html']) {
      expect(resolvePageSettings(url, sources())).toEqual({
        protectionEnabled: true,
        maskStyle: 'block',
        maskProviderNames: false,
        customSelectors: [],
        customTerms: [],
        reasonRequired: true,
        ticketRequired: false,
        revealTimeoutMs: 30_000,
        digestKey: KEY,
      });
    }
  });

  it('never protects a page that is not http(s)', () => {
    expect(resolvePageSettings('chrome://settings/', sources()).protectionEnabled).toBe(false);
  });

  it.each([
    ['the site switched off', offForEhr, `${EHR}/chart`, false],
    ['another site', offForEhr, 'https://other.example/chart', true],
  ])('follows the site list: %s', (_name, local, url, protectionEnabled) => {
    expect(resolvePageSettings(url, sources(local)).protectionEnabled).toBe(protectionEnabled);
  });

  it('applies a site’s own selectors and terms only on that site', () => {
    const local = withSite(DEFAULT_LOCAL_SETTINGS, { origin: EHR, protectionEnabled: true, customSelectors: ['.banner'], customTerms: ['Ward 7'] });
    expect(resolvePageSettings(`${EHR}/x`, sources(local))).toMatchObject({ customSelectors: ['.banner'], customTerms: ['Ward 7'] });
    expect(resolvePageSettings('https://other.example/x', sources(local))).toMatchObject({ customSelectors: [], customTerms: [] });
  });

  it('lets managed policy override local settings', () => {
    const local = { ...offForEhr, maskStyle: 'blur' as const };
    const settings = resolvePageSettings(`${EHR}/x`, sources(local, { protectionLocked: true, maskStyle: 'placeholder', reasonRequired: true, ticketRequired: true, revealTimeoutMs: 5_000 }));
    expect(settings).toMatchObject({ protectionEnabled: true, maskStyle: 'placeholder', ticketRequired: true, revealTimeoutMs: 5_000 });
  });
});
