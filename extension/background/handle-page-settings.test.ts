import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { AuditDb } from '../audit/audit-db';
import { handleGetPageSettings } from './handle-page-settings';
import { handlePageProtected } from './handle-page-protected';
import { tabReport } from './tab-reports';

const TAB = 7;
const chart = 'https://ehr.example.org/Patient/1/chart';
const site = { origin: 'https://ehr.example.org', route: '/Patient/:id/chart' };

describe('handleGetPageSettings: the tab’s site for the popup', () => {
  it('stores a new site with no counts; on the same site keeps the report, without reading or writing storage', async () => {
    const db = new AuditDb(`test-${crypto.randomUUID()}`);
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    await handleGetPageSettings(db, chart, TAB, true);
    expect(await tabReport(TAB)).toEqual({ site, counts: {} });
    await handlePageProtected(db, { kind: 'page-protected', counts: { SSN: 2 } }, chart, TAB);
    const [reads, writes] = [get.mock.calls.length, set.mock.calls.length];

    await handleGetPageSettings(db, 'https://ehr.example.org/Patient/2/chart', TAB, true); // reloaded, or the next patient's chart
    await handleGetPageSettings(db, 'https://ehr.example.org/ad-frame', TAB, false); // a frame is not the tab's site
    expect([get.mock.calls.length, set.mock.calls.length]).toEqual([reads, writes]);
    expect(await tabReport(TAB)).toEqual({ site, counts: { SSN: 2 } });

    await handleGetPageSettings(db, 'https://ehr.example.org/Schedule', TAB, true);
    expect(await tabReport(TAB)).toEqual({ site: { origin: site.origin, route: '/Schedule' }, counts: {} });
    vi.restoreAllMocks();
  });

  it('reads what session storage holds once the service worker starts again (nothing in memory)', async () => {
    const db = new AuditDb(`test-${crypto.randomUUID()}`);
    await handleGetPageSettings(db, chart, TAB + 1, true);
    await handlePageProtected(db, { kind: 'page-protected', counts: { MRN: 1 } }, chart, TAB + 1);
    vi.resetModules();
    const restarted = await import('./tab-reports');
    expect(await restarted.tabReport(TAB + 1)).toEqual({ site, counts: { MRN: 1 } });
  });
});
