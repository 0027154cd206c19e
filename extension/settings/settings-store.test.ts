import { describe, expect, it } from 'vitest';
import { AuditDb } from '../audit/audit-db';
import { DEFAULT_LOCAL_SETTINGS, withSite } from './local-settings';
import { readLocalSettings, saveLocalSettings, setSiteProtection } from './settings-store';

const EHR = 'https://ehr.example.org';
const freshDb = () => new AuditDb(`test-${crypto.randomUUID()}`);
const stripChain = <T extends object>(events: T[]) => events.map((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !['v', 'deviceId', 'userId', 'seq', 'prevHash', 'occurredAt', 'hash'].includes(k))));

describe('settings store', () => {
  it('records a site switched off and on again, and stores each state', async () => {
    const db = freshDb();
    await setSiteProtection(db, EHR, false);
    expect((await readLocalSettings(db)).sites).toMatchObject([{ origin: EHR, protectionEnabled: false }]);
    await setSiteProtection(db, EHR, true);
    expect(stripChain(await db.events.orderBy('seq').toArray())).toEqual([
      { type: 'site_protection_changed', origin: EHR, enabled: false },
      { type: 'site_protection_changed', origin: EHR, enabled: true },
    ]);
    expect(await db.outbox.count()).toBe(2);
  });

  it('records which settings changed, never their values', async () => {
    const db = freshDb();
    const next = withSite({ ...DEFAULT_LOCAL_SETTINGS, maskStyle: 'blur' }, { origin: EHR, protectionEnabled: true, customSelectors: [], customTerms: ['Quintanilla'] });
    await saveLocalSettings(db, next);
    const events = await db.events.toArray();
    expect(stripChain(events)).toEqual([
      { type: 'policy_changed', source: 'local', changed: ['maskStyle'] },
      { type: 'policy_changed', source: 'local', changed: ['customTerms'], origin: EHR },
    ]);
    expect(JSON.stringify(events)).not.toContain('Quintanilla');
    expect(await saveLocalSettings(db, next)).toEqual([]); // saving the same again records nothing
  });

  it('refuses to switch a site off when policy locks protection, and changes nothing', async () => {
    const db = freshDb();
    await db.setMeta('managedPolicy', { protectionLocked: true });
    await expect(setSiteProtection(db, EHR, false)).rejects.toThrow(/policy/);
    expect(await readLocalSettings(db)).toEqual(DEFAULT_LOCAL_SETTINGS);
    expect(await db.events.count()).toBe(0);
  });

  it('refuses invalid settings without storing them', async () => {
    const db = freshDb();
    await expect(saveLocalSettings(db, { ...DEFAULT_LOCAL_SETTINGS, maskStyle: 'invisible' as 'block' })).rejects.toThrow();
    expect(await db.getMeta('settings')).toBeUndefined();
  });
});
