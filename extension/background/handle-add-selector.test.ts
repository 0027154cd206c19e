import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { AuditDb } from '../audit/audit-db';
import { readLocalSettings } from '../settings/settings-store';
import { dispatchMessage } from './dispatch-message';

const page = { id: fakeBrowser.runtime.id, url: 'https://ehr.example.org/Patient/1', tab: { id: 7 } as never, frameId: 0 };
const extensionPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const add = (selector: string) => ({ kind: 'add-site-selector', selector }) as const;
const selectorsOf = async (db: AuditDb, origin: string) => (await readLocalSettings(db)).sites.find((site) => site.origin === origin)?.customSelectors;

describe('add-site-selector: the element picker’s rule', () => {
  it('is stored for the sending page’s origin with one policy_changed event, and a repeat changes nothing', async () => {
    const db = new AuditDb(`test-${crypto.randomUUID()}`);
    expect(await dispatchMessage(db, add('div.ward-note > p.note-body'), page)).toEqual({ recorded: 1 });
    expect(await selectorsOf(db, 'https://ehr.example.org')).toEqual(['div.ward-note > p.note-body']);
    const [event] = await db.events.toArray();
    expect(event).toMatchObject({ type: 'policy_changed', source: 'local', changed: ['customSelectors'], origin: 'https://ehr.example.org' });
    expect(await dispatchMessage(db, add('div.ward-note > p.note-body'), page)).toEqual({ recorded: 0 });
    expect(await db.events.count()).toBe(1);
  });

  it('refuses a 51st rule for a site, changing nothing', async () => {
    const db = new AuditDb(`test-${crypto.randomUUID()}`);
    for (let i = 0; i < 50; i++) await dispatchMessage(db, add(`.rule-${i}`), page);
    await expect(dispatchMessage(db, add('.one-more'), page)).rejects.toThrow(/already has 50 masking rules/);
    expect(await selectorsOf(db, 'https://ehr.example.org')).toHaveLength(50);
    expect(await db.events.count()).toBe(50);
  });

  it('is refused from an extension page, which has no site to add it to', async () => {
    const db = new AuditDb(`test-${crypto.randomUUID()}`);
    await expect(dispatchMessage(db, add('.note'), extensionPage)).rejects.toThrow(/not accepted from this sender/);
    expect(await db.events.count()).toBe(0);
  });
});
