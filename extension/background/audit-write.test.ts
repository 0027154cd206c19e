import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { EventDraft } from '../../shared/events';
import { AuditDb } from '../audit/audit-db';
import { recordEvent } from '../audit/record-event';
import { Refusal } from '../refusal';
import { auditWrite } from './audit-write';
import { writePresentingState } from '../presenting/presenting-state';
import { currentStorageFailure } from './storage-alert';

const draft: EventDraft = { type: 'panic_changed', site: { origin: 'https://ehr.example.org', route: '/' }, active: true };
const badge = async () => ({ text: await fakeBrowser.action.getBadgeText({}), title: await fakeBrowser.action.getTitle({}) });

describe('auditWrite', () => {
  it('makes a storage failure visible on the action and to the caller, and clears it once a write succeeds', async () => {
    const db = new AuditDb(`test-${crypto.randomUUID()}`);
    await recordEvent(db, draft); // the database exists and works
    const full = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };

    await expect(auditWrite(full)).rejects.toThrow('The audit log could not be saved (the browser’s storage for the extension is full), so this was not done.');
    expect(await badge()).toEqual({ text: '!', title: expect.stringContaining('storage for the extension is full') });
    expect(await currentStorageFailure()).toMatch(/could not be saved/);

    await auditWrite(() => recordEvent(db, draft));
    expect(await badge()).toEqual({ text: '', title: 'PHI Screen Shield' });
    expect(await currentStorageFailure()).toBeNull();
  });

  it('gives the badge back to presentation mode once the failure clears', async () => {
    const db = new AuditDb(`test-${crypto.randomUUID()}`);
    await writePresentingState({ captures: {}, manual: true, dismissed: [], active: true, reason: 'manual' });
    await expect(
      auditWrite(() => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      }),
    ).rejects.toThrow();
    expect((await badge()).text).toBe('!');
    await auditWrite(() => recordEvent(db, draft));
    expect(await badge()).toEqual({ text: 'LIVE', title: expect.stringContaining('presenting') });
    await writePresentingState({ captures: {}, manual: false, dismissed: [], active: false, reason: null });
  });

  it('names the failure of a closed database, and stores nothing', async () => {
    const db = new AuditDb(`test-${crypto.randomUUID()}`);
    await db.open();
    db.close();
    await expect(auditWrite(() => recordEvent(db, draft))).rejects.toThrow(/could not be saved \(DatabaseClosedError\)/);
    await db.open();
    expect(await db.events.count()).toBe(0);
  });

  it('passes a refusal through without raising the storage alarm', async () => {
    await auditWrite(async () => undefined); // a successful write: no alarm showing
    await expect(
      auditWrite(() => {
        throw new Refusal('Choose a reason to reveal.');
      }),
    ).rejects.toThrow('Choose a reason to reveal.');
    expect(await badge()).toEqual({ text: '', title: 'PHI Screen Shield' });
  });
});
