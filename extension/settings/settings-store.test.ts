import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_POLICY_SETTINGS, DEFAULT_PRESENTATION_POLICY, type PolicySettings } from '../../shared/policy';
import { AuditDb } from '../audit/audit-db';
import { enrolDevice } from '../audit/enrol-device';
import { handleAddSiteSelector } from '../background/handle-add-selector';
import { handlePageProtected } from '../background/handle-page-protected';
import { applyPolicy } from '../policy/apply-policy';
import { writePresentingState } from '../presenting/presenting-state';
import { updatePresenting } from '../presenting/update-presenting';
import { DEFAULT_LOCAL_SETTINGS, withSite } from './local-settings';
import type { SettingsSources } from './resolve-page-settings';
import { readLocalSettings, readSettingsSources, saveLocalSettings, setSiteProtection } from './settings-store';

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

describe('readSettingsSources: from memory after the first read, and never stale', () => {
  const TENANT_KEY = 'cd'.repeat(32);
  const tenantPolicy = (settings: Partial<PolicySettings>) => ({ central: { version: 2, updatedAt: null, settings: { ...DEFAULT_POLICY_SETTINGS, ...settings } } });
  /** POST /v1/enrol's answer (the route itself is tested in workerd and end to end). */
  const enrolServer: typeof fetch = async () => Response.json({ userId: 'tech-3', accessToken: 'pss_access', expiresInSeconds: 900, digestKey: TENANT_KEY, serverTime: new Date().toISOString() }, { status: 201 });
  afterEach(() => writePresentingState({ captures: {}, manual: false, dismissed: [], active: false, reason: null }));

  type Write = (db: AuditDb) => Promise<unknown>;
  it.each<[string, Write, (sources: SettingsSources) => unknown, unknown, Write?]>([
    ['settings saved on the options page', (db) => saveLocalSettings(db, { ...DEFAULT_LOCAL_SETTINGS, maskStyle: 'blur' }), (s) => s.local.maskStyle, 'blur'],
    ['the popup’s site switch', (db) => setSiteProtection(db, EHR, false), (s) => s.local.sites[0]?.protectionEnabled, false],
    ['a rule from the element picker', (db) => handleAddSiteSelector(db, { kind: 'add-site-selector', selector: '#banner' }, `${EHR}/chart`), (s) => s.local.sites[0]?.customSelectors, ['#banner']],
    ['a fetched tenant policy', (db) => applyPolicy(db, tenantPolicy({ revealTimeoutMs: 5_000 })), (s) => s.managed?.revealTimeoutMs, 5_000],
    ['IT’s browser policy', (db) => applyPolicy(db, { it: { maskProviderNames: true } }), (s) => s.managed?.maskProviderNames, true],
    ['IT’s browser policy withdrawn', (db) => applyPolicy(db, { it: null }), (s) => s.managed, null, (db) => applyPolicy(db, { it: { maskProviderNames: true } })],
    ['enrolment, which brings the tenant’s digest key', (db) => enrolDevice(db, 'https://audit.example', 'K7QX-M2PD-9TWA-HC4E', enrolServer), (s) => s.digestKey, TENANT_KEY],
    ['presentation mode switched on', (db) => updatePresenting(db, 'manual', (state) => void (state.manual = true)), (s) => s.presenting, true],
    ['a policy that keeps presentation mode on', (db) => applyPolicy(db, tenantPolicy({ presentation: { ...DEFAULT_PRESENTATION_POLICY, alwaysOn: true } })), (s) => s.presenting, true],
  ])('follows %s at once', async (_name, write, pick, expected, given) => {
    const db = freshDb();
    await given?.(db);
    const before = await readSettingsSources(db);
    expect(pick(before)).not.toEqual(expected);
    await write(db);
    expect(pick(await readSettingsSources(db))).toEqual(expected);
  });

  it('reads nothing from the database again for the next page, though each page records an event', async () => {
    const db = freshDb();
    const pageProtected = () => handlePageProtected(db, { kind: 'page-protected', counts: { SSN: 2 } }, `${EHR}/Patient/1`, 7);
    await pageProtected(); // the first ever: creates the device's identity (and the first read its digest key)
    await readSettingsSources(db);
    const sources = await readSettingsSources(db);
    await pageProtected();
    const getMeta = vi.spyOn(db, 'getMeta');
    expect(await readSettingsSources(db)).toEqual(sources);
    expect(getMeta).not.toHaveBeenCalled();
  });
});
