import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { auditorToken, createTenant } from '../../tests/worker/fixtures';
import { readAccessLog } from '../audit/access-log';
import { issueCredential } from '../credentials';
import { get, session } from '../dashboard/dashboard-fixtures';
import { twoCheckpointTenant } from '../integrity/integrity-fixtures';
import { recordIntegrityAlert } from '../integrity/integrity-alerts';
import { latestCheckpoint } from '../integrity/tree-store';

/** A tenant with checkpoints of 3 and 5 events, an auditor signed in to it, and its event ids. */
async function loggedTenant() {
  const log = await twoCheckpointTenant();
  return { tenantId: log.tenantId, eventIds: log.eventIds, cookie: await session(await auditorToken(log.tenantId, 'auditor-i')) };
}

async function integrityPage(cookie: string, query = '') {
  const res = await get(`/audit/integrity${query}`, cookie);
  return { status: res.status, html: await res.text() };
}

describe('dashboard integrity page', () => {
  it('lists the signed checkpoints with root, key and archive state, and the integrity job alerts', async () => {
    const t = await loggedTenant();
    await recordIntegrityAlert(env.DB, t.tenantId, 'event_tampered', `Event ${t.eventIds[1]} no longer matches its hash.`, new Date('2026-03-03T00:30:00.000Z'));
    const latest = (await latestCheckpoint(env.DB, t.tenantId))!;
    const { status, html } = await integrityPage(t.cookie);
    expect(status).toBe(200);
    expect(html).not.toMatch(/<script|style=/);
    expect(html).toContain(`<td class="num">3</td>`);
    expect(html).toContain(`<td class="num">5</td>`);
    expect(html).toContain(latest.rootHash);
    expect(html).toContain(latest.keyId);
    expect(html).toContain('event tampered');
    expect(html).toContain(`Event ${t.eventIds[1]} no longer matches its hash.`);
    expect(html).toContain('href="/audit/admin-log"');
  });

  it('pages the checkpoints after a tree size', async () => {
    const t = await loggedTenant();
    const { status, html } = await integrityPage(t.cookie, '?after=3');
    expect(status).toBe(200);
    expect(html).toContain(`<td class="num">5</td>`);
    expect(html).not.toContain(`<td class="num">3</td>`);
    expect(html).toContain('<a href="/audit/integrity">Earliest checkpoints</a>');
    expect(html).not.toContain('Later checkpoints'); // fewer than a page
    expect((await integrityPage(t.cookie, '?after=-1')).status).toBe(400);
  });

  it('verifies an event against the signed checkpoint and shows the proof; the access log records it', async () => {
    const t = await loggedTenant();
    const { status, html } = await integrityPage(t.cookie, `?event=${t.eventIds[3]}`);
    expect(status).toBe(200);
    expect(html).toContain('<span class="badge ok">verified</span>');
    expect(html).toContain(`event ${t.eventIds[3]} is leaf 3 of the signed tree of 5`);
    expect(html.match(/<li>[0-9a-f]{64}<\/li>/g)).toHaveLength(3); // leaf 3 of 5: siblings 2, [0,2) and 4
    const [entry] = (await readAccessLog(env.DB, t.tenantId, 1)).entries;
    expect(entry).toMatchObject({ subject: 'auditor-i', action: 'proof', query: { view: 'integrity', event: t.eventIds[3] } });
  });

  const editLeaf = (id: number) => env.DB.prepare(`UPDATE merkle_leaves SET leaf_hash = ? WHERE event_id = ?`).bind('ab'.repeat(32), id);
  const editBody = (id: number) => env.DB.prepare(`UPDATE events SET body = json_set(body, '$.counts.NAME', 42) WHERE id = ?`).bind(id);
  it.each([
    ["the event's leaf hash", editLeaf, 0, /not the leaf the log holds/],
    ["another event's leaf hash", editLeaf, 3, /does not lead to the signed root/],
    ["the event's body", editBody, 0, /was changed/],
  ])('shows inclusion as failed when %s was edited in D1', async (_what, tamper, checked, problem) => {
    const t = await loggedTenant();
    await tamper(t.eventIds[0]!).run();
    const { status, html } = await integrityPage(t.cookie, `?event=${t.eventIds[checked]}`);
    expect(status).toBe(200);
    expect(html).toContain('<span class="badge bad">failed</span>');
    expect(html).not.toContain('badge ok');
    expect(html).toMatch(problem);
  });

  it('verifies consistency between two checkpoints, and explains sizes without one', async () => {
    const t = await loggedTenant();
    const good = await integrityPage(t.cookie, '?from=3&to=5');
    expect(good.html).toContain('<span class="badge ok">verified</span>');
    expect(good.html).toContain('the tree of 3 is a prefix of the tree of 5');
    const missing = await integrityPage(t.cookie, '?from=2&to=5');
    expect(missing.status).toBe(200);
    expect(missing.html).toContain('Both tree sizes must be those of signed checkpoints.');
    expect((await integrityPage(t.cookie, '?event=abc')).status).toBe(400);
  });

  it("is auditor-only and shows nothing of another tenant: no checkpoints, no proofs of its events", async () => {
    const t = await loggedTenant();
    const latest = (await latestCheckpoint(env.DB, t.tenantId))!;
    const other = await session(await auditorToken(await createTenant('Other'), 'auditor-o'));
    const list = await integrityPage(other);
    expect(list.status).toBe(200);
    expect(list.html).not.toContain(latest.rootHash);
    expect(list.html).toContain('No checkpoint signed yet');
    const proof = await integrityPage(other, `?event=${t.eventIds[0]}`);
    expect(proof.html).toContain('That event is not in this tenant’s tree yet');
    expect(proof.html).not.toContain('badge ok');

    const unsigned = await get('/audit/integrity');
    expect(unsigned.status).toBe(303);
    // An admin of the same tenant, signed in to the admin pages, is no auditor.
    const admin = await issueCredential(env.DB, { tenantId: t.tenantId, role: 'admin', subject: 'admin-1' });
    const asAdmin = await get(`/audit/integrity?event=${t.eventIds[0]}`, await session(admin, '/admin'));
    expect(asAdmin.status).toBe(303);
    expect(asAdmin.headers.get('Location')).toBe('/audit/sign-in');
  });
});
