import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { revealDraft, sendChain } from '../../tests/worker/audit-fixtures';
import { api, auditorToken, createTenant, enrolDevice } from '../../tests/worker/fixtures';
import { verifyDeviceChainPage, type ChainPageReport, type DeviceChainSummary } from '../audit/verify-device-chain';

const drafts = (n: number) => Array.from({ length: n }, () => revealDraft('SSN', 'treatment'));

async function report(deviceId: string, token: string, afterSeq = 0): Promise<ChainPageReport> {
  const res = await api(`/v1/audit/chain/${deviceId}?afterSeq=${afterSeq}`, { token });
  expect(res.status).toBe(200);
  return res.json();
}

/** Changes a stored event the way someone with database access might. */
async function tamper(tenantId: string, deviceId: string, seq: number, sql: string) {
  await env.DB.prepare(`UPDATE events SET ${sql} WHERE tenant_id = ? AND device_id = ? AND seq = ?`).bind(tenantId, deviceId, seq).run();
}

describe('chain verification', () => {
  it('finds a whole chain whole, reaching the accepted head', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    await sendChain(device, drafts(12));
    const result = await report(device.deviceId, await auditorToken(tenantId));
    expect(result).toMatchObject({ checked: 12, firstStoredSeq: 1, lastCheckedSeq: 12, problems: [], nextSeq: null, reachesHead: true });
  });

  it('reports every edit, deletion and relink, not only the first', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    const sent = await sendChain(device, drafts(12));
    await tamper(tenantId, device.deviceId, 3, `body = json_set(body, '$.phiType', 'NAME')`);
    await env.DB.prepare('DELETE FROM events WHERE tenant_id = ? AND device_id = ? AND seq IN (6, 7)').bind(tenantId, device.deviceId).run();
    // A forged event 10: consistent hash, but linked to something other than event 9.
    const forged = { ...sent[9]!, prevHash: 'e'.repeat(64) };
    await tamper(tenantId, device.deviceId, 10, `body = '${JSON.stringify(forged)}'`);
    const result = await report(device.deviceId, await auditorToken(tenantId));
    expect(result.problems).toEqual([
      { kind: 'bad_hash', seq: 3 },
      { kind: 'gap', seq: 8, expectedSeq: 6 },
      { kind: 'broken_link', seq: 10 },
    ]);
  });

  it('notices a truncated tail: the stored chain no longer reaches the accepted head', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    await sendChain(device, drafts(5));
    await env.DB.prepare('DELETE FROM events WHERE tenant_id = ? AND device_id = ? AND seq = 5').bind(tenantId, device.deviceId).run();
    const token = await auditorToken(tenantId);
    expect(await report(device.deviceId, token)).toMatchObject({ problems: [], reachesHead: false });
    const { devices } = await (await api('/v1/audit/chain', { token })).json<{ devices: DeviceChainSummary[] }>();
    expect(devices).toEqual([expect.objectContaining({ deviceId: device.deviceId, userId: 'tech-1', acceptedSeq: 5, storedEvents: 4, contiguous: false })]);
  });

  it('pages through a long chain, checking the links across page boundaries', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    await sendChain(device, drafts(25));
    await tamper(tenantId, device.deviceId, 11, `body = json_set(body, '$.prevHash', '${'d'.repeat(64)}')`);
    const pages: ChainPageReport[] = [];
    let afterSeq: number | null = 0;
    while (afterSeq !== null) {
      const page: ChainPageReport = (await verifyDeviceChainPage(env.DB, tenantId, device.deviceId, afterSeq, 10))!;
      pages.push(page);
      afterSeq = page.nextSeq;
    }
    expect(pages.map((p) => [p.afterSeq, p.checked, p.nextSeq])).toEqual([[0, 10, 10], [10, 10, 20], [20, 5, null]]);
    // Event 11 opens the second page: its broken link is seen against event 10 from the first.
    expect(pages.flatMap((p) => p.problems).map((p) => [p.kind, p.seq])).toEqual([['broken_link', 11]]);
    expect(pages.at(-1)!.reachesHead).toBe(true);
  });

  it('reports device clocks ahead of the server and running backwards', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    const hour = 3600_000;
    const first = await sendChain(device, drafts(2), { start: new Date(Date.now() + 2 * hour), stepMs: 1000 });
    await sendChain(device, drafts(2), { start: new Date(Date.now() - hour), after: first.at(-1) });
    const { clock } = await report(device.deviceId, await auditorToken(tenantId));
    expect(clock.aheadOfServer).toBe(2);
    expect(clock.maxAheadMs).toBeGreaterThan(1.9 * hour);
    expect(clock.backwards).toBe(1);
  });

  it("shows no device of another tenant and refuses a bad cursor", async () => {
    const device = await enrolDevice(await createTenant('A'));
    const other = await auditorToken(await createTenant('B'));
    expect((await api(`/v1/audit/chain/${device.deviceId}`, { token: other })).status).toBe(404);
    expect(await (await api('/v1/audit/chain', { token: other })).json()).toEqual({ devices: [] });
    expect((await api(`/v1/audit/chain/${device.deviceId}?afterSeq=-1`, { token: other })).status).toBe(400);
    expect((await api('/v1/audit/chain/not-a-uuid', { token: other })).status).toBe(400);
  });
});
