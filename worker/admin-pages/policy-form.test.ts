import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_SETTINGS } from '../../shared/policy';
import { parsePolicyForm, type FormFields } from './policy-form';

/** The editor's fields for the default policy, as a browser submits them (checked boxes only). */
const defaults: FormFields = {
  sitesMode: 'all',
  sitesAllow: '',
  sitesDeny: '',
  phiTypes: [...DEFAULT_POLICY_SETTINGS.phiTypes],
  maskStyle: 'block',
  reasonRequired: 'on',
  revealTimeoutSeconds: '30',
  usersMayDisableProtection: 'on',
  rulePattern: [''],
  ruleSelectors: [''],
  ruleTerms: [''],
};

describe('the policy editor form', () => {
  it('reads the default form as the default policy', () => {
    expect(parsePolicyForm(defaults)).toEqual({ ok: true, settings: DEFAULT_POLICY_SETTINGS });
  });

  it('reads site lists, rules, locks and switches', () => {
    const result = parsePolicyForm({
      ...defaults,
      sitesMode: 'listed',
      sitesAllow: 'ehr.example.org\n\n *.emr.test ',
      maskProviderNames: 'on',
      maskStyle: 'blur',
      locked: ['maskStyle'],
      rulePattern: ['ehr.example.org', ''],
      ruleSelectors: ['.banner\n#mrn', ''],
      ruleTerms: ['Ward 7', ''],
    });
    expect(result).toEqual({
      ok: true,
      settings: {
        ...DEFAULT_POLICY_SETTINGS,
        protectedSites: { mode: 'listed', allow: ['ehr.example.org', '*.emr.test'], deny: [] },
        maskProviderNames: true,
        maskStyle: 'blur',
        locked: ['maskStyle'],
        siteRules: [{ pattern: 'ehr.example.org', selectors: ['.banner', '#mrn'], terms: ['Ward 7'] }],
      },
    });
  });

  it('names every problem by its field and line, never by value', () => {
    const result = parsePolicyForm({ ...defaults, sitesDeny: 'ok.test\nhttps://x.test/path', phiTypes: [], revealTimeoutSeconds: '1', rulePattern: ['*', ''], ruleSelectors: ['div { color: red }', ''] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.stringMatching(/^Sites never protected \(line 2\): must be a site pattern/),
      'PHI types: must keep at least one PHI type masked',
      expect.stringMatching(/^Reveal timeout: /),
      expect.stringMatching(/^Site rule 1: may use only/),
    ]);
    expect(result.problems.join(' ')).not.toContain('x.test/path');
    expect(result.submitted.protectedSites.deny).toEqual(['ok.test', 'https://x.test/path']);
  });
});
