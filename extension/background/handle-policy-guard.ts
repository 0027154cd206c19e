import { policyProtects } from '../../shared/policy';
import type { AuditDb } from '../audit/audit-db';
import type { Message } from '../messages';
import { Refusal } from '../refusal';
import { readLocalSettings } from '../settings/settings-store';

const SETTING_NAMES = { maskStyle: 'The masking style', maskProviderNames: 'Masking clinicians’ names' } as const;

/**
 * The background is the authority on locked settings, whatever the popup or options page shows:
 * a save that would change one is refused whole, and changes nothing. A locked setting sent
 * unchanged, or as the policy's own value (the options page shows that), is kept as the person
 * had it, so unlocking later restores their choice.
 */
export async function enforceLockedSettings(db: AuditDb, message: Message): Promise<Message> {
  if (message.kind !== 'save-settings') return message;
  const managed = await db.getMeta('managedPolicy');
  if (!managed) return message;
  const local = await readLocalSettings(db);
  const settings = { ...message.settings };
  for (const key of ['maskStyle', 'maskProviderNames'] as const) {
    const locked = managed[key];
    if (locked === undefined) continue;
    if (settings[key] !== local[key] && settings[key] !== locked) throw new Refusal(`${SETTING_NAMES[key]} is managed by your organisation and cannot be changed here.`);
    (settings as Record<typeof key, unknown>)[key] = local[key];
  }
  if (managed.protectionLocked) {
    const switchedOff = settings.sites.find(
      (site) =>
        !site.protectionEnabled &&
        (!managed.protectedSites || policyProtects(managed.protectedSites, site.origin)) &&
        local.sites.find((own) => own.origin === site.origin)?.protectionEnabled !== false,
    );
    if (switchedOff) throw new Refusal('Your organisation’s policy keeps protection on for this site.');
  }
  return { ...message, settings };
}
