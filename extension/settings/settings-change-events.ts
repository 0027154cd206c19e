import type { EventDraft, POLICY_SETTINGS } from '../../shared/events';
import { siteSettingsFor, type LocalSettings, type SiteSettings } from './local-settings';

type PolicySetting = (typeof POLICY_SETTINGS)[number];

/**
 * The audit events a settings change records: one per site whose protection was switched, one per
 * site whose selectors or terms changed, one for changes that apply everywhere. Names only, never
 * values: a custom term may itself be a patient's name.
 */
export function settingsChangeEvents(before: LocalSettings, after: LocalSettings): EventDraft[] {
  const drafts: EventDraft[] = [];
  const global = (['maskStyle', 'maskProviderNames'] as const).filter((key) => before[key] !== after[key]);
  if (global.length > 0) drafts.push({ type: 'policy_changed', source: 'local', changed: global });

  const origins = [...new Set([...before.sites, ...after.sites].map((s) => s.origin))].sort();
  for (const origin of origins) {
    const was = siteSettingsFor(before, origin);
    const now = siteSettingsFor(after, origin);
    if (was.protectionEnabled !== now.protectionEnabled) drafts.push({ type: 'site_protection_changed', origin, enabled: now.protectionEnabled });
    const changed = (['customSelectors', 'customTerms'] as const).filter((key) => !sameList(was[key], now[key]));
    if (changed.length > 0) drafts.push({ type: 'policy_changed', source: 'local', changed: changed satisfies PolicySetting[], origin });
  }
  return drafts;
}

function sameList(a: SiteSettings['customTerms'], b: SiteSettings['customTerms']): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
