import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_SETTINGS, type TenantPolicy } from '../../shared/policy';
import { AuditDb } from '../audit/audit-db';
import { DEFAULT_LOCAL_SETTINGS } from '../settings/local-settings';
import { handleSaveSettings } from '../background/handle-options';
import { enforceLockedSettings } from '../background/handle-policy-guard';
import { readLocalSettings } from '../settings/settings-store';
import { applyPolicy } from './apply-policy';
import { managedState } from './policy-state';

const freshDb = () => new AuditDb(`test-${crypto.randomUUID()}`);
const policy = (version: number, settings: Partial<TenantPolicy['settings']>): TenantPolicy => ({ version, updatedAt: null, settings: { ...DEFAULT_POLICY_SETTINGS, ...settings } });
const EHR = 'https://ehr.example.org';

describe('applying a policy on the device', () => {
  it('stores it and records one policy_changed event per change, none when nothing changed', async () => {
    const db = freshDb();
    expect(await applyPolicy(db, { central: policy(1, { maskStyle: 'blur', locked: ['maskStyle'] }) })).toBe(true);
    expect(await applyPolicy(db, { central: policy(1, { maskStyle: 'blur', locked: ['maskStyle'] }) })).toBe(false);
    const events = await db.events.toArray();
    expect(events).toMatchObject([{ type: 'policy_changed', source: 'managed', changed: ['maskStyle'] }]);
    expect(await db.outbox.count()).toBe(1);
    expect(await managedState(db)).toMatchObject({ version: 1, locked: ['maskStyle'], protectionLocked: false, itManaged: false });
  });

  it('lets IT lock a setting and forgets IT’s settings when browser policy drops them', async () => {
    const db = freshDb();
    await applyPolicy(db, { it: { maskProviderNames: true } });
    expect(await managedState(db)).toMatchObject({ locked: ['maskProviderNames'], itManaged: true });
    await applyPolicy(db, { it: null });
    expect(await db.getMeta('managedPolicy')).toBeUndefined();
    expect((await db.events.toArray()).map((e) => e.type === 'policy_changed' && e.changed)).toEqual([['maskProviderNames'], ['maskProviderNames']]);
  });
});

describe('locked settings in the background', () => {
  it('refuses a save that changes a locked setting, and changes nothing', async () => {
    const db = freshDb();
    await applyPolicy(db, { central: policy(1, { maskStyle: 'placeholder', locked: ['maskStyle'] }) });
    const before = await db.events.count();
    const message = { kind: 'save-settings' as const, settings: { ...DEFAULT_LOCAL_SETTINGS, maskStyle: 'blur' as const } };
    await expect(enforceLockedSettings(db, message)).rejects.toThrow(/managed by your organisation/);
    expect(await readLocalSettings(db)).toEqual(DEFAULT_LOCAL_SETTINGS);
    expect(await db.events.count()).toBe(before);
  });

  it('saves the other settings when the locked one comes back as shown, keeping the person’s own value', async () => {
    const db = freshDb();
    await applyPolicy(db, { central: policy(1, { maskStyle: 'placeholder', locked: ['maskStyle'] }) });
    const message = await enforceLockedSettings(db, { kind: 'save-settings', settings: { ...DEFAULT_LOCAL_SETTINGS, maskStyle: 'placeholder', maskProviderNames: true } });
    await handleSaveSettings(db, message as Extract<typeof message, { kind: 'save-settings' }>);
    expect(await readLocalSettings(db)).toEqual({ ...DEFAULT_LOCAL_SETTINGS, maskStyle: 'block', maskProviderNames: true });
  });

  it('refuses switching a protected site off when people may not', async () => {
    const db = freshDb();
    await applyPolicy(db, { central: policy(1, { usersMayDisableProtection: false, protectedSites: { mode: 'all', allow: [], deny: ['intranet.test'] } }) });
    const sites = (origin: string) => [{ origin, protectionEnabled: false, customSelectors: [], customTerms: [] }];
    await expect(enforceLockedSettings(db, { kind: 'save-settings', settings: { ...DEFAULT_LOCAL_SETTINGS, sites: sites(EHR) } })).rejects.toThrow(/keeps protection on/);
    // A site the policy does not protect is the person's to switch.
    await expect(enforceLockedSettings(db, { kind: 'save-settings', settings: { ...DEFAULT_LOCAL_SETTINGS, sites: sites('https://intranet.test') } })).resolves.toBeTruthy();
  });
});
