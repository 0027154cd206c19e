import { policySettingsSchema, type PolicySettings } from '../../shared/policy';

/** A form's fields as Hono's parseBody({ all: true }) gives them: repeated names become arrays. */
export type FormFields = Record<string, string | File | (string | File)[]>;

export type PolicyFormResult = { ok: true; settings: PolicySettings } | { ok: false; problems: string[]; submitted: PolicySettings };

const LABELS: Record<string, string> = {
  protectedSites: 'Protected sites',
  'protectedSites.allow': 'Sites to protect',
  'protectedSites.deny': 'Sites never protected',
  phiTypes: 'PHI types',
  maskStyle: 'Masking style',
  revealTimeoutMs: 'Reveal timeout',
  siteRules: 'Site rules',
  locked: 'Locked settings',
};

/**
 * The policy editor's form as policy settings, validated by the same schema as the API. On failure
 * it returns every problem (field label and rule, never the value) and what was submitted, so the
 * page can show both while the policy in force stays as it was.
 */
export function parsePolicyForm(fields: FormFields): PolicyFormResult {
  const list = (name: string) => {
    const value = fields[name];
    return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === 'string');
  };
  const text = (name: string) => list(name)[0] ?? '';
  const lines = (value: string) => value.split('\n').map((line) => line.trim()).filter(Boolean);
  const checked = (name: string) => text(name) === 'on';
  const patterns = list('rulePattern');
  const selectors = list('ruleSelectors');
  const terms = list('ruleTerms');

  const candidate = {
    protectedSites: { mode: text('sitesMode'), allow: lines(text('sitesAllow')), deny: lines(text('sitesDeny')) },
    phiTypes: list('phiTypes'),
    maskProviderNames: checked('maskProviderNames'),
    maskStyle: text('maskStyle'),
    reasonRequired: checked('reasonRequired'),
    ticketRequired: checked('ticketRequired'),
    revealTimeoutMs: Math.round(Number(text('revealTimeoutSeconds')) * 1000),
    usersMayDisableProtection: checked('usersMayDisableProtection'),
    // A rule left blank (the editor always offers an empty one) is no rule.
    siteRules: patterns
      .map((pattern, i) => ({ pattern: pattern.trim(), selectors: lines(selectors[i] ?? ''), terms: lines(terms[i] ?? '') }))
      .filter((rule) => rule.pattern || rule.selectors.length > 0 || rule.terms.length > 0),
    locked: list('locked'),
  };
  const result = policySettingsSchema.safeParse(candidate);
  if (result.success) return { ok: true, settings: result.data };
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.join('.');
    const rule = issue.path[0] === 'siteRules' && typeof issue.path[1] === 'number' ? `Site rule ${issue.path[1] + 1}` : undefined;
    const label = rule ?? LABELS[path] ?? LABELS[String(issue.path.slice(0, 2).join('.'))] ?? LABELS[String(issue.path[0])] ?? path;
    const where = issue.path.length > 1 && typeof issue.path.at(-1) === 'number' && !rule ? ` (line ${(issue.path.at(-1) as number) + 1})` : '';
    return `${label}${where}: ${issue.message}`;
  });
  return { ok: false, problems: [...new Set(problems)], submitted: candidate as unknown as PolicySettings };
}
