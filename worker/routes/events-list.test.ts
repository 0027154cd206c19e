import { describe, expect, it } from 'vitest';
import { api, auditorToken, chainFor, createTenant, enrolDevice } from '../../tests/worker/fixtures';

interface Page {
  events: { seq: number; deviceId: string; receivedAt: string }[];
  nextCursor: number | null;
}

describe('GET /v1/events', () => {
  it('pages through the tenant log in ingest order without skipping or repeating', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    await api('/v1/events', { method: 'POST', token: device.token, json: { events: await chainFor(device.deviceId, 5) } });
    const token = await auditorToken(tenantId);

    const seen: number[] = [];
    let cursor: number | null = 0;
    while (cursor !== null) {
      const res = await api(`/v1/events?limit=2&after=${cursor}`, { token });
      expect(res.status).toBe(200);
      const page: Page = await res.json();
      seen.push(...page.events.map((e) => e.seq));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it("shows one tenant's auditor nothing of another tenant", async () => {
    const [tenantA, tenantB] = [await createTenant('A'), await createTenant('B')];
    const device = await enrolDevice(tenantA);
    await api('/v1/events', { method: 'POST', token: device.token, json: { events: await chainFor(device.deviceId, 2) } });
    const page: Page = await (await api('/v1/events', { token: await auditorToken(tenantB) })).json();
    expect(page.events).toEqual([]);
  });

  it('refuses device tokens and bad queries', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    expect((await api('/v1/events', { token: device.token })).status).toBe(403);
    const bad = await api('/v1/events?limit=100000', { token: await auditorToken(tenantId) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'validation_failed' } });
  });
});
