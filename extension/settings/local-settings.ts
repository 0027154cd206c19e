import { z } from 'zod';
import { originSchema } from '../../shared/events';
import { MASK_STYLES } from '../../shared/policy';

export type MaskStyle = (typeof MASK_STYLES)[number];

/** What a person set for one site (origin). Sites not listed are protected with no extras. */
export const siteSettingsSchema = z.strictObject({
  origin: originSchema,
  protectionEnabled: z.boolean(),
  /** CSS selectors whose whole content is always masked on this site. */
  customSelectors: z.array(z.string().trim().min(1).max(200)).max(50),
  /** Terms always masked on this site. Stored on this device only: never in events or sync. */
  customTerms: z.array(z.string().trim().min(1).max(100)).max(200),
});

/** The settings a person keeps on this device (options page and popup); validated on every save. */
export const localSettingsSchema = z.strictObject({
  maskStyle: z.enum(MASK_STYLES),
  maskProviderNames: z.boolean(),
  sites: z.array(siteSettingsSchema).max(500),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
export type LocalSettings = z.infer<typeof localSettingsSchema>;

/** A fresh install protects every http(s) site with solid blocks. */
export const DEFAULT_LOCAL_SETTINGS: LocalSettings = { maskStyle: 'block', maskProviderNames: false, sites: [] };

export function siteSettingsFor(settings: LocalSettings, origin: string): SiteSettings {
  return settings.sites.find((site) => site.origin === origin) ?? { origin, protectionEnabled: true, customSelectors: [], customTerms: [] };
}

/** The settings with one site's entry replaced (or added). */
export function withSite(settings: LocalSettings, site: SiteSettings): LocalSettings {
  return { ...settings, sites: [...settings.sites.filter((s) => s.origin !== site.origin), site].sort((a, b) => a.origin.localeCompare(b.origin)) };
}
