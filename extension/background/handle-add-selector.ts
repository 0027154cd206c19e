import type { AuditEvent } from '../../shared/events';
import type { AuditDb } from '../audit/audit-db';
import type { MessageOf } from '../messages';
import { Refusal } from '../refusal';
import { siteSettingsFor, withSite } from '../settings/local-settings';
import { readLocalSettings, saveLocalSettings } from '../settings/settings-store';
import { auditWrite } from './audit-write';
import { notifySettingsChanged } from './notify-tabs';

/** The settings schema's limit on one site's rules (settings/local-settings.ts). */
const MAX_SITE_SELECTORS = 50;

/**
 * The element picker's new rule: added to the site of the page that sent it (from the URL the
 * browser vouches for, never from the message), stored with its policy_changed event, then pushed
 * to every tab so the element is masked at once.
 */
export async function handleAddSiteSelector(db: AuditDb, { selector }: MessageOf<'add-site-selector'>, pageUrl: string) {
  const origin = new URL(pageUrl).origin;
  const events = await auditWrite(() => addSiteSelector(db, origin, selector));
  if (events.length > 0) await notifySettingsChanged();
  return { recorded: events.length };
}

async function addSiteSelector(db: AuditDb, origin: string, selector: string): Promise<AuditEvent[]> {
  return db.transaction('rw', db.events, db.outbox, db.meta, async () => {
    const settings = await readLocalSettings(db);
    const site = siteSettingsFor(settings, origin);
    if (site.customSelectors.includes(selector)) return [];
    if (site.customSelectors.length >= MAX_SITE_SELECTORS) throw new Refusal(`This site already has ${MAX_SITE_SELECTORS} masking rules: remove one in the settings first.`);
    return saveLocalSettings(db, withSite(settings, { ...site, customSelectors: [...site.customSelectors, selector] }));
  });
}
