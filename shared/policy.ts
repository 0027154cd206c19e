import { z } from 'zod';
import { PHI_TYPES } from './phi-types';

/**
 * The tenant policy: what a tenant admin sets once and every device of the tenant obeys. One
 * strict schema validates it in the admin's PUT, in the device that fetches it and in managed
 * storage, so a bad policy is refused everywhere with the same messages.
 *
 * Site patterns (which sites are protected, where a rule applies) name sites, not pages:
 *
 *   pattern  = [scheme "://"] host [":" port] ["/*"]
 *   scheme   = "http" | "https" | "*"            (absent: http and https)
 *   host     = "*" | ["*."] hostname             ("*.example.org" also matches example.org)
 *   port     = 1-5 digits | "*"                  (absent: any port)
 *
 * so "ehr.example.org", "https://*.example.org", "*://10.0.0.7:8443/*" and "*" are patterns.
 * The optional "/*" lets a Chrome match pattern be pasted as is; paths are not matched because
 * protection is per origin.
 */

export const MASK_STYLES = ['block', 'blur', 'placeholder'] as const;

const SITE_PATTERN = /^(?:(\*|https?):\/\/)?(\*|(?:\*\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)(?::(\*|\d{1,5}))?(?:\/\*)?$/;

export const sitePatternSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(260)
  .regex(SITE_PATTERN, 'must be a site pattern such as "ehr.example.org", "https://*.example.org" or "*://10.0.0.7:8443/*"');

/**
 * A CSS selector an admin wants masked whole. The Worker has no DOM to parse selectors with, so
 * the grammar is conservative: the characters of type, class, id, attribute, pseudo-class and
 * combinator selectors, balanced brackets and quotes, and none of what could end a rule or open a
 * comment ({ } ; @ / \ <). Devices still try each selector and drop one the browser rejects.
 */
export const cssSelectorSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_\-#.[\]=~^$*|:()"' >+,]+$/, 'may use only letters, digits, spaces and _ - # . [ ] = ~ ^ $ * | : ( ) " \' > + ,')
  .refine(isBalanced, 'must have balanced brackets, parentheses and quotes')
  .refine((s) => /^[A-Za-z_\-#.[*:]/.test(s), 'must start with a type, class, id, attribute, "*" or pseudo-class selector');

/** A term masked wherever it appears on a matching site (e.g. a clinic's own ward names). */
export const maskedTermSchema = z.string().trim().min(1).max(100);

/** Extra masking on the sites a pattern matches; added to what the person set on the device. */
export const siteRuleSchema = z.strictObject({
  pattern: sitePatternSchema,
  selectors: z.array(cssSelectorSchema).max(50).default([]),
  terms: z.array(maskedTermSchema).max(200).default([]),
});

/** Settings a person could otherwise change on the device; `locked` ones they cannot. */
export const LOCKABLE_SETTINGS = ['maskStyle', 'maskProviderNames'] as const;
export type LockableSetting = (typeof LOCKABLE_SETTINGS)[number];

/** Presentation mode: what every tab obeys while the screen is shared (docs/presenting.md). */
export const presentationPolicySchema = z.strictObject({
  /** Presentation mode all the time, whether or not anything is shared. */
  alwaysOn: z.boolean(),
  /** Whether a person may switch presentation mode off while a screen share is detected. */
  usersMayTurnOff: z.boolean(),
  /** Provider names ("Dr. ...") masked while presenting. */
  maskProviderNames: z.boolean(),
  /** Blur replaced by solid blocks while presenting. */
  solidBlocks: z.boolean(),
  /** Reveals while presenting: refused, or allowed after a second confirmation (both logged). */
  reveal: z.enum(['refuse', 'confirm']),
});
export type PresentationPolicy = z.infer<typeof presentationPolicySchema>;

export const DEFAULT_PRESENTATION_POLICY: PresentationPolicy = { alwaysOn: false, usersMayTurnOff: true, maskProviderNames: true, solidBlocks: true, reveal: 'refuse' };

export const policySettingsSchema = z.strictObject({
  /** "all": every site but the deny list; "listed": only the allow list, minus the deny list. */
  protectedSites: z
    .strictObject({
      mode: z.enum(['all', 'listed']),
      allow: z.array(sitePatternSchema).max(200).default([]),
      deny: z.array(sitePatternSchema).max(200).default([]),
    })
    .refine((sites) => sites.mode === 'all' || sites.allow.length > 0, { message: 'must list at least one site to allow when mode is "listed"', path: ['allow'] }),
  /** The PHI types devices mask. */
  phiTypes: z
    .array(z.enum(PHI_TYPES))
    .min(1, 'must keep at least one PHI type masked')
    .max(PHI_TYPES.length)
    .refine((types) => new Set(types).size === types.length, 'must not repeat a PHI type'),
  maskProviderNames: z.boolean(),
  maskStyle: z.enum(MASK_STYLES),
  reasonRequired: z.boolean(),
  ticketRequired: z.boolean(),
  /** Milliseconds until a revealed value is masked again: 5 s to 1 h. */
  revealTimeoutMs: z.number().int().min(5_000).max(3_600_000),
  /** Whether a person may switch protection off for a protected site. */
  usersMayDisableProtection: z.boolean(),
  siteRules: z.array(siteRuleSchema).max(100).default([]),
  presentation: presentationPolicySchema.default(DEFAULT_PRESENTATION_POLICY),
  /** Settings people cannot change on their devices (the popup and options show them as managed). */
  locked: z
    .array(z.enum(LOCKABLE_SETTINGS))
    .max(LOCKABLE_SETTINGS.length)
    .refine((keys) => new Set(keys).size === keys.length, 'must not repeat a setting')
    .default([]),
});

export type PolicySettings = z.infer<typeof policySettingsSchema>;
export type SiteRule = z.infer<typeof siteRuleSchema>;
export type ProtectedSites = PolicySettings['protectedSites'];

/** The policy as the server stores and serves it: the settings and their version (1, 2, ...). */
export const tenantPolicySchema = z.strictObject({
  version: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  updatedAt: z.iso.datetime().nullable(),
  settings: policySettingsSchema,
});
export type TenantPolicy = z.infer<typeof tenantPolicySchema>;

/** What a tenant has before its admin sets anything: the same as a fresh install on its own. */
export const DEFAULT_POLICY_SETTINGS: PolicySettings = {
  protectedSites: { mode: 'all', allow: [], deny: [] },
  phiTypes: [...PHI_TYPES],
  maskProviderNames: false,
  maskStyle: 'block',
  reasonRequired: true,
  ticketRequired: false,
  revealTimeoutMs: 30_000,
  usersMayDisableProtection: true,
  siteRules: [],
  presentation: DEFAULT_PRESENTATION_POLICY,
  locked: [],
};

/** Version 0 is "never set": the defaults. */
export const DEFAULT_TENANT_POLICY: TenantPolicy = { version: 0, updatedAt: null, settings: DEFAULT_POLICY_SETTINGS };

/** Whether `origin` (scheme://host[:port]) is one of the sites `pattern` names. */
export function sitePatternMatches(pattern: string, origin: string): boolean {
  const match = SITE_PATTERN.exec(pattern.trim().toLowerCase());
  if (!match) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const [, scheme, host, port] = match;
  const protocol = url.protocol.slice(0, -1);
  if (protocol !== 'http' && protocol !== 'https') return false;
  if (scheme && scheme !== '*' && scheme !== protocol) return false;
  if (port && port !== '*' && port !== (url.port || (protocol === 'https' ? '443' : '80'))) return false;
  const hostname = url.hostname;
  if (host === '*') return true;
  if (host!.startsWith('*.')) {
    const base = host!.slice(2);
    return hostname === base || hostname.endsWith(`.${base}`);
  }
  return hostname === host;
}

/** Whether the policy protects `origin` before anything a person set on the device. */
export function policyProtects(sites: ProtectedSites, origin: string): boolean {
  const allowed = sites.mode === 'all' || sites.allow.some((pattern) => sitePatternMatches(pattern, origin));
  return allowed && !sites.deny.some((pattern) => sitePatternMatches(pattern, origin));
}

/** The selectors and terms the policy's rules add on `origin`. */
export function siteRulesFor(rules: readonly SiteRule[], origin: string): { selectors: string[]; terms: string[] } {
  const matching = rules.filter((rule) => sitePatternMatches(rule.pattern, origin));
  return { selectors: unique(matching.flatMap((r) => r.selectors)), terms: unique(matching.flatMap((r) => r.terms)) };
}

/** Names of the settings that differ between two policies (never their values: terms may be PHI-like). */
export function changedPolicySettings(before: PolicySettings, after: PolicySettings): (keyof PolicySettings)[] {
  return (Object.keys(after) as (keyof PolicySettings)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function isBalanced(selector: string): boolean {
  const closing: Record<string, string> = { '[': ']', '(': ')' };
  const stack: string[] = [];
  let quote: string | null = null;
  for (const ch of selector) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch in closing) {
      stack.push(closing[ch]!);
    } else if (ch === ']' || ch === ')') {
      if (stack.pop() !== ch) return false;
    }
  }
  return quote === null && stack.length === 0;
}
