import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { AuditDb } from '../audit/audit-db';
import { applyManagedStorage } from '../background/handle-policy-managed';
import { managedState } from './policy-state';

const freshDb = () => new AuditDb(`test-${crypto.randomUUID()}`);

describe('IT’s browser policy (chrome.storage.managed)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('locks the settings IT sets, and unlocks them when IT removes them', async () => {
    const db = freshDb();
    await fakeBrowser.storage.managed.set({ maskStyle: 'blur', usersMayDisableProtection: false });
    await applyManagedStorage(db);
    expect(await managedState(db)).toMatchObject({ locked: ['maskStyle'], lockedValues: { maskStyle: 'blur' }, protectionLocked: true, itManaged: true });
    await fakeBrowser.storage.managed.clear();
    await applyManagedStorage(db);
    expect(await managedState(db)).toMatchObject({ locked: [], protectionLocked: false, itManaged: false });
  });

  it('refuses an invalid policy whole, says which fields, and keeps what was in force', async () => {
    const db = freshDb();
    await fakeBrowser.storage.managed.set({ maskStyle: 'blur' });
    await applyManagedStorage(db);
    await fakeBrowser.storage.managed.set({ maskStyle: 'invisible', revealTimeoutMs: 1 });
    await applyManagedStorage(db);
    const state = await managedState(db);
    expect(state).toMatchObject({ locked: ['maskStyle'], lockedValues: { maskStyle: 'blur' } });
    expect(state.lastError).toMatch(/invalid \(maskStyle, revealTimeoutMs\)/);
  });

  it('never stores the enrolment code, and shows why enrolment failed', async () => {
    const db = freshDb();
    await fakeBrowser.storage.managed.set({ serverUrl: 'http://127.0.0.1:9', enrolmentCode: 'ABCD-EFGH-JKLM-NPQR' });
    await applyManagedStorage(db);
    expect(await db.getMeta('enrolment')).toBeUndefined();
    expect((await managedState(db)).lastError).toMatch(/^Enrolment from the browser policy failed: Could not reach http:\/\/127\.0\.0\.1:9/);
    expect(JSON.stringify(await db.meta.toArray())).not.toContain('ABCD-EFGH');
  });
});
