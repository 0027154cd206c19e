import { describe, expect, it } from 'vitest';
import {
  changedPolicySettings,
  cssSelectorSchema,
  DEFAULT_POLICY_SETTINGS,
  policyProtects,
  policySettingsSchema,
  sitePatternMatches,
  sitePatternSchema,
  siteRulesFor,
} from './policy';

describe('site patterns', () => {
  it.each([
    ['ehr.example.org', 'https://ehr.example.org', true],
    ['ehr.example.org', 'http://ehr.example.org:8080', true],
    ['ehr.example.org', 'https://other.example.org', false],
    ['https://ehr.example.org', 'http://ehr.example.org', false],
    ['*.example.org', 'https://example.org', true],
    ['*.example.org', 'https://a.b.example.org', true],
    ['*.example.org', 'https://badexample.org', false],
    ['*://127.0.0.1:8788/*', 'http://127.0.0.1:8788', true],
    ['127.0.0.1:8788', 'http://127.0.0.1:9999', false],
    ['https://ehr.example.org:443', 'https://ehr.example.org', true],
    ['*', 'https://anything.test', true],
    ['*', 'chrome://settings', false],
  ])('%s matches %s: %s', (pattern, origin, expected) => {
    expect(sitePatternMatches(pattern, origin)).toBe(expected);
  });

  it.each(['https://ehr.example.org/chart', 'ftp://ehr.example.org', '*.*.org', 'ehr..org', 'ehr.example.org:123456', '', 'a'.repeat(300)])('refuses %j', (pattern) => {
    expect(sitePatternSchema.safeParse(pattern).success).toBe(false);
  });
});

describe('CSS selectors', () => {
  it.each(['.patient-banner', '#mrn', 'div.card > span[data-field="dob"]', 'td:nth-child(2)', '[aria-label^=\'Patient\']', 'a, b'])('accepts %j', (selector) => {
    expect(cssSelectorSchema.safeParse(selector).success).toBe(true);
  });

  it.each([
    ['a rule block', 'div { color: red }'],
    ['a comment', 'div /* x */'],
    ['an unbalanced bracket', 'div[data-x'],
    ['an unbalanced quote', '[title="x]'],
    ['a closing bracket first', 'a)('],
    ['an at-rule', '@import x'],
    ['a combinator start', '> div'],
    ['too long', `.${'a'.repeat(250)}`],
  ])('refuses %s', (_name, selector) => {
    expect(cssSelectorSchema.safeParse(selector).success).toBe(false);
  });
});

describe('policy settings', () => {
  it('accepts the defaults, and fills empty lists', () => {
    expect(policySettingsSchema.parse(DEFAULT_POLICY_SETTINGS)).toEqual(DEFAULT_POLICY_SETTINGS);
    const { siteRules: _rules, locked: _locked, ...required } = DEFAULT_POLICY_SETTINGS;
    expect(policySettingsSchema.parse(required)).toEqual(DEFAULT_POLICY_SETTINGS);
  });

  it.each([
    ['an unknown field', { ...DEFAULT_POLICY_SETTINGS, tenantId: 'x' }, '(body)'],
    ['a listed mode with nothing listed', { ...DEFAULT_POLICY_SETTINGS, protectedSites: { mode: 'listed', allow: [], deny: [] } }, 'protectedSites.allow'],
    ['no PHI type', { ...DEFAULT_POLICY_SETTINGS, phiTypes: [] }, 'phiTypes'],
    ['a repeated PHI type', { ...DEFAULT_POLICY_SETTINGS, phiTypes: ['NAME', 'NAME'] }, 'phiTypes'],
    ['an unknown PHI type', { ...DEFAULT_POLICY_SETTINGS, phiTypes: ['SHOE_SIZE'] }, 'phiTypes.0'],
    ['a reveal timeout under 5 s', { ...DEFAULT_POLICY_SETTINGS, revealTimeoutMs: 100 }, 'revealTimeoutMs'],
    ['a bad selector in a rule', { ...DEFAULT_POLICY_SETTINGS, siteRules: [{ pattern: '*', selectors: ['}'], terms: [] }] }, 'siteRules.0.selectors.0'],
    ['too many rules', { ...DEFAULT_POLICY_SETTINGS, siteRules: Array.from({ length: 101 }, () => ({ pattern: '*' })) }, 'siteRules'],
    ['an unknown locked setting', { ...DEFAULT_POLICY_SETTINGS, locked: ['reasonRequired'] }, 'locked.0'],
  ])('refuses %s, naming the field', (_name, input, path) => {
    const result = policySettingsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.') || '(body)')).toContain(path);
  });
});

describe('what a policy protects', () => {
  const sites = (mode: 'all' | 'listed', allow: string[], deny: string[]) => ({ mode, allow, deny });
  it.each([
    [sites('all', [], []), 'https://ehr.example.org', true],
    [sites('all', [], ['*.intranet.test']), 'https://wiki.intranet.test', false],
    [sites('listed', ['*.example.org'], []), 'https://ehr.example.org', true],
    [sites('listed', ['*.example.org'], []), 'https://news.test', false],
    [sites('listed', ['*.example.org'], ['billing.example.org']), 'https://billing.example.org', false],
  ])('%j protects %s: %s', (protectedSites, origin, expected) => {
    expect(policyProtects(protectedSites, origin)).toBe(expected);
  });

  it('adds the rules of every matching pattern, once each', () => {
    const rules = [
      { pattern: '*.example.org', selectors: ['.banner'], terms: ['Ward 7'] },
      { pattern: 'ehr.example.org', selectors: ['.banner', '#mrn'], terms: [] },
      { pattern: 'other.test', selectors: ['.x'], terms: ['y'] },
    ];
    expect(siteRulesFor(rules, 'https://ehr.example.org')).toEqual({ selectors: ['.banner', '#mrn'], terms: ['Ward 7'] });
  });

  it('names the settings that changed', () => {
    const after = { ...DEFAULT_POLICY_SETTINGS, maskStyle: 'blur' as const, siteRules: [{ pattern: '*', selectors: [], terms: ['Quintanilla'] }] };
    expect(changedPolicySettings(DEFAULT_POLICY_SETTINGS, after)).toEqual(['maskStyle', 'siteRules']);
  });
});
