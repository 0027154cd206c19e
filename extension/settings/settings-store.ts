import type { AuditEvent } from '../../shared/events';
import type { AuditDb } from '../audit/audit-db';
import { cacheMetaRead } from '../audit/cache-meta-read';
import { Refusal } from '../refusal';
import { digestKey } from '../audit/digest-key';
import { isPresenting } from '../presenting/update-presenting';
import { recordEvent } from '../audit/record-event';
import { DEFAULT_LOCAL_SETTINGS, localSettingsSchema, siteSettingsFor, withSite, type LocalSettings } from './local-settings';
import type { SettingsSources } from './resolve-page-settings';
import { settingsChangeEvents } from './settings-change-events';

export async function readLocalSettings(db: AuditDb): Promise<LocalSettings> {
  return (await db.getMeta('settings')) ?? DEFAULT_LOCAL_SETTINGS;
}

/**
 * Everything resolvePageSettings needs. Every page asks, so the database's part comes from memory
 * after the first read (until one of its rows is written, see cacheMetaRead), and presentation
 * mode from the background's own copy of its state.
 */
export async function readSettingsSources(db: AuditDb): Promise<SettingsSources> {
  const stored = await readStoredSources(db);
  return { ...stored, presenting: await isPresenting(stored.managed) };
}

const readStoredSources = cacheMetaRead(async (db): Promise<Omit<SettingsSources, 'presenting'>> => {
  const [local, managed, key] = await Promise.all([readLocalSettings(db), db.getMeta('managedPolicy'), digestKey(db)]);
  return { local, managed: managed ?? null, digestKey: key };
});

/**
 * Validates and stores new local settings and records what changed, in one transaction: a change
 * that cannot be audited is not made. Returns the events recorded (none when nothing changed).
 */
export async function saveLocalSettings(db: AuditDb, next: LocalSettings): Promise<AuditEvent[]> {
  const settings = localSettingsSchema.parse(next);
  return db.transaction('rw', db.events, db.outbox, db.meta, async () => {
    const drafts = settingsChangeEvents(await readLocalSettings(db), settings);
    await db.setMeta('settings', settings);
    const events: AuditEvent[] = [];
    for (const draft of drafts) events.push(await recordEvent(db, draft));
    return events;
  });
}

/** Turns protection on or off for one site (the popup's switch), through saveLocalSettings. */
export async function setSiteProtection(db: AuditDb, origin: string, enabled: boolean): Promise<AuditEvent[]> {
  return db.transaction('rw', db.events, db.outbox, db.meta, async () => {
    const managed = await db.getMeta('managedPolicy');
    if (!enabled && managed?.protectionLocked) throw new Refusal('Your organisation’s policy keeps protection on for every site.');
    const settings = await readLocalSettings(db);
    return saveLocalSettings(db, withSite(settings, { ...siteSettingsFor(settings, origin), protectionEnabled: enabled }));
  });
}
