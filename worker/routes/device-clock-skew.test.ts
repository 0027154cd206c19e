import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { api, auditorToken, createTenant, enrolDevice } from '../../tests/worker/fixtures';
import { issueCredential } from '../credentials';
import { get, session } from '../dashboard/dashboard-fixtures';

/** A tenant with one device whose clock was 5 h 3 min slow at its last sync (as ingest records it) and one that never reported. */
async function tenantWithSkewedDevice() {
  const tenantId = await createTenant();
  const slow = await enrolDevice(tenantId, 'tech-slow');
  const silent = await enrolDevice(tenantId, 'tech-silent');
  await env.DB.prepare('UPDATE devices SET clock_skew_ms = ?, clock_skew_at = ? WHERE id = ?').bind(5 * 3600_000 + 3 * 60_000, '2026-03-02T10:15:00.000Z', slow.deviceId).run();
  const admin = await issueCredential(env.DB, { tenantId, role: 'admin', subject: 'admin-1' });
  return { tenantId, slow, silent, admin };
}

/** The table row of a device on a page, as text without tags. */
function rowOf(html: string, deviceId: string): string {
  const row = html.split('<tr>').find((r) => r.includes(deviceId));
  expect(row, deviceId).toBeDefined();
  return row!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe("devices' clock skew", () => {
  it('is in the admin device list of the API', async () => {
    const t = await tenantWithSkewedDevice();
    const { devices } = await (await api('/v1/devices', { token: t.admin })).json<{ devices: { deviceId: string; clockSkew: unknown }[] }>();
    expect(devices.find((d) => d.deviceId === t.slow.deviceId)!.clockSkew).toEqual({ ms: 5 * 3600_000 + 3 * 60_000, at: '2026-03-02T10:15:00.000Z' });
    expect(devices.find((d) => d.deviceId === t.silent.deviceId)!.clockSkew).toBeNull();
  });

  it.each([
    ['the admin devices page', '/admin/devices', '/admin' as const],
    ['the dashboard chain page', '/audit/chain', '/audit' as const],
  ])('shows on %s, flagged, and "not reported" before a device says', async (_page, path, site) => {
    const t = await tenantWithSkewedDevice();
    const cookie = await session(site === '/admin' ? t.admin : await auditorToken(t.tenantId), site);
    const html = await (await get(path, cookie)).text();
    expect(html).toContain('<span class="badge warn">5 h 3 min behind</span>');
    expect(rowOf(html, t.slow.deviceId)).toContain('5 h 3 min behind as of 2026-03-02 10:15');
    expect(rowOf(html, t.silent.deviceId)).toContain('not reported');
  });
});
