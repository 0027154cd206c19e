import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { AuditDb } from '../audit/audit-db';
import type { Message } from '../messages';
import { readLocalSettings } from '../settings/settings-store';
import { dispatchMessage } from './dispatch-message';

const page = { id: fakeBrowser.runtime.id, url: 'https://ehr.example.org/Patient/1', tab: { id: 7 } as never, frameId: 0 };
const extensionPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const saveAllOff: Message = {
  kind: 'save-settings',
  settings: { maskStyle: 'block', maskProviderNames: false, sites: [{ origin: 'https://ehr.example.org', protectionEnabled: false, customSelectors: [], customTerms: [] }] },
};

describe('dispatchMessage: who may send what', () => {
  it.each([
    ['a page switching protection off', saveAllOff, page],
    ['a page reading the log', { kind: 'query-log', limit: 10 } as Message, page],
    ['an extension page posing as a page reveal', { kind: 'reveal', scope: 'page', reason: 'treatment' } as Message, extensionPage],
    ['another extension', saveAllOff, { ...extensionPage, id: 'someone-else' }],
  ])('refuses %s, changing nothing', async (_name, message, sender) => {
    const db = new AuditDb(`test-${crypto.randomUUID()}`);
    await expect(dispatchMessage(db, message, sender)).rejects.toThrow(/not accepted from this sender|Unknown sender/);
    expect(await db.events.count()).toBe(0);
    expect((await readLocalSettings(db)).sites).toEqual([]);
  });

  it('accepts settings from the extension’s own page and a page report from a page', async () => {
    const db = new AuditDb(`test-${crypto.randomUUID()}`);
    await dispatchMessage(db, saveAllOff, extensionPage);
    expect((await readLocalSettings(db)).sites[0]!.protectionEnabled).toBe(false);
    const settings = await dispatchMessage(db, { kind: 'get-page-settings' }, page);
    expect(settings).toMatchObject({ protectionEnabled: false });
  });

  it('refuses a reveal without a reason while policy requires one, and records nothing', async () => {
    const db = new AuditDb(`test-${crypto.randomUUID()}`);
    await expect(dispatchMessage(db, { kind: 'reveal', scope: 'page' }, page)).rejects.toThrow('Choose a reason to reveal.');
    await expect(dispatchMessage(db, { kind: 'reveal', scope: 'page', reason: 'treatment', ticket: '512-44-8120' }, page)).rejects.toThrow(/SSN/);
    expect(await db.events.count()).toBe(0);
    expect(await dispatchMessage(db, { kind: 'reveal', scope: 'page', reason: 'treatment', ticket: 'INC-4821' }, page)).toEqual({ seq: 1 });
  });

  it('accepts the end of a reveal only for a reveal on the same site', async () => {
    const db = new AuditDb(`test-${crypto.randomUUID()}`);
    const { seq } = (await dispatchMessage(db, { kind: 'reveal', scope: 'page', reason: 'treatment' }, page)) as { seq: number };
    const elsewhere = { ...page, url: 'https://other.example/' };
    await expect(dispatchMessage(db, { kind: 'reveal-ended', revealSeq: seq, durationMs: 5 }, elsewhere)).rejects.toThrow(/not a reveal on this site/);
    expect(await dispatchMessage(db, { kind: 'reveal-ended', revealSeq: seq, durationMs: 5 }, page)).toEqual({ seq: seq + 1 });
  });
});
