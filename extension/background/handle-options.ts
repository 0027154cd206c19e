import type { AuditDb } from '../audit/audit-db';
import { queryLog } from '../audit/query-log';
import type { MessageOf } from '../messages';
import { readLocalSettings, saveLocalSettings } from '../settings/settings-store';
import { auditWrite } from './audit-write';
import { notifySettingsChanged } from './notify-tabs';

export function handleGetSettings(db: AuditDb) {
  return readLocalSettings(db);
}

/** The options page saves settings: stored with an event per change, then pushed to every tab. */
export async function handleSaveSettings(db: AuditDb, { settings }: MessageOf<'save-settings'>) {
  const events = await auditWrite(() => saveLocalSettings(db, settings));
  if (events.length > 0) await notifySettingsChanged();
  return { recorded: events.length };
}

export function handleQueryLog(db: AuditDb, { kind: _kind, ...query }: MessageOf<'query-log'>) {
  return queryLog(db, query);
}
