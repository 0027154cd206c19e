import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { api, auditorToken, chainFor, createTenant, enrolDevice } from '../../tests/worker/fixtures';

interface Page {
  events: { seq: number; deviceId: string; receivedAt: string; type: string }[];
  nextCursor: number | null;
}

async function getPage(path: string, token: string): Promise<Page> {
  const res = await api(path, { token });
  expect(res.status).toBe(200);
  return res.json();
}

/** Walks every page of a search and returns what it saw as "device:seq". */
async function walk(query: string, token: string, limit: number, between?: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  let cursor: number | null = null;
  do {
    const after: string = cursor === null ? '' : `&after=${cursor}`;
    const [page] = await Promise.all([getPage(`/v1/events?limit=${limit}${query}${after}`, token), between?.()]);
    seen.push(...page.events.map((e) => `${e.deviceId}:${e.seq}`));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return seen;
}

/**
 * A stored row with the fields the filter columns read. The filter columns are generated from the
 * stored JSON, so a row written here is filtered exactly as one written by ingest.
 */
async function storeRow(tenantId: string, fields: { deviceId?: string; seq: number; type?: string; userId?: string; phiType?: string; reason?: string; origin?: string; occurredAt?: string }) {
  const body = {
    v: 1,
    deviceId: fields.deviceId ?? '00000000-0000-4000-8000-000000000001',
    seq: fields.seq,
    type: fields.type ?? 'value_revealed',
    userId: fields.userId ?? 'tech-1',
    phiType: fields.phiType ?? 'SSN',
    reason: fields.reason ?? 'treatment',
    site: { origin: fields.origin ?? 'https://ehr.example.org', route: '/Patient/:id' },
    occurredAt: fields.occurredAt ?? '2026-03-02T10:00:00.000Z',
  };
  await env.DB.prepare('INSERT INTO events (tenant_id, device_id, seq, type, occurred_at, received_at, hash, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .bind(tenantId, body.deviceId, body.seq, body.type, body.occurredAt, body.occurredAt, 'f'.repeat(64), JSON.stringify(body))
    .run();
}

describe('GET /v1/events', () => {
  it('pages through the tenant log in ingest order without skipping or repeating', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    await api('/v1/events', { method: 'POST', token: device.token, json: { events: chainFor(device.deviceId, 5) } });
    const token = await auditorToken(tenantId);
    expect(await walk('', token, 2)).toEqual([1, 2, 3, 4, 5].map((seq) => `${device.deviceId}:${seq}`));
    expect(await walk('&order=desc', token, 2)).toEqual([5, 4, 3, 2, 1].map((seq) => `${device.deviceId}:${seq}`));
  });

  it('never skips or repeats while devices keep sending (ascending and newest-first)', async () => {
    const tenantId = await createTenant();
    const devices = [await enrolDevice(tenantId), await enrolDevice(tenantId)];
    const chains = devices.map((d) => chainFor(d.deviceId, 60));
    const sent = devices.map(() => 0);
    // Each call sends the next 3 events of each device, concurrently with the page read.
    const sendMore = () =>
      Promise.all(
        devices.map(async (d, i) => {
          const batch = chains[i]!.slice(sent[i], sent[i]! + 3);
          sent[i]! += batch.length;
          if (batch.length) expect((await api('/v1/events', { method: 'POST', token: d.token, json: { events: batch } })).status).toBe(200);
        }),
      );
    await sendMore();
    const token = await auditorToken(tenantId);

    const ascending = await walk('', token, 4, sendMore);
    expect(new Set(ascending).size).toBe(ascending.length);
    // Ingest order keeps each device's chain in order, and an ascending walk reaches every event.
    for (const d of devices) {
      const seqs = ascending.filter((key) => key.startsWith(d.deviceId)).map((key) => Number(key.split(':')[1]));
      expect(seqs).toEqual(seqs.toSorted((a, b) => a - b));
    }
    const all = await walk('', token, 500);
    expect(ascending).toEqual(all);

    const before = new Set(all);
    const newestFirst = await walk('&order=desc', token, 4, sendMore);
    expect(new Set(newestFirst).size).toBe(newestFirst.length);
    // Newest first from a snapshot: every event stored when the walk began is seen exactly once.
    expect(newestFirst.filter((key) => before.has(key)).toSorted()).toEqual([...before].toSorted());
  });

  it('filters by user, device, type, PHI type, site, reason and time range', async () => {
    const tenantId = await createTenant();
    const other = '00000000-0000-4000-8000-000000000002';
    await storeRow(tenantId, { seq: 1 });
    await storeRow(tenantId, { seq: 2, userId: 'tech-2' });
    await storeRow(tenantId, { seq: 3, phiType: 'DATE' });
    await storeRow(tenantId, { seq: 4, reason: 'legal' });
    await storeRow(tenantId, { seq: 5, origin: 'https://chart.example.net' });
    await storeRow(tenantId, { seq: 6, type: 'reveal_ended' });
    await storeRow(tenantId, { seq: 7, occurredAt: '2026-03-05T08:00:00.000Z' });
    await storeRow(tenantId, { seq: 1, deviceId: other });
    const token = await auditorToken(tenantId);
    const d1 = '00000000-0000-4000-8000-000000000001';
    const cases: [string, string[]][] = [
      ['user=tech-2', [`${d1}:2`]],
      [`device=${other}`, [`${other}:1`]],
      ['type=reveal_ended', [`${d1}:6`]],
      ['phiType=DATE', [`${d1}:3`]],
      ['reason=legal', [`${d1}:4`]],
      [`site=${encodeURIComponent('https://chart.example.net')}`, [`${d1}:5`]],
      ['from=2026-03-03T00:00:00.000Z', [`${d1}:7`]],
      [`to=2026-03-03T00:00:00.000Z&type=value_revealed&phiType=SSN&reason=treatment&user=tech-1&device=${d1}`, [`${d1}:1`, `${d1}:5`]],
      ['user=&phiType=', [1, 2, 3, 4, 5, 6, 7].map((s) => `${d1}:${s}`).concat(`${other}:1`)],
    ];
    for (const [query, expected] of cases) {
      expect(await walk(`&${query}`, token, 3), query).toEqual(expected);
    }
  });

  it('records every search in the access log with the validated filters', async () => {
    const tenantId = await createTenant();
    const token = await auditorToken(tenantId, 'auditor-7');
    await getPage('/v1/events?type=value_revealed&limit=5', token);
    const row = await env.DB.prepare('SELECT subject, action, query FROM audit_access_log WHERE tenant_id = ?').bind(tenantId).first<{ subject: string; action: string; query: string }>();
    expect(row).toMatchObject({ subject: 'auditor-7', action: 'search' });
    expect(JSON.parse(row!.query)).toEqual({ type: 'value_revealed', limit: 5, order: 'asc' });
  });

  it("shows one tenant's auditor nothing of another tenant", async () => {
    const [tenantA, tenantB] = [await createTenant('A'), await createTenant('B')];
    const device = await enrolDevice(tenantA);
    await api('/v1/events', { method: 'POST', token: device.token, json: { events: chainFor(device.deviceId, 2) } });
    const page = await getPage(`/v1/events?device=${device.deviceId}`, await auditorToken(tenantB));
    expect(page.events).toEqual([]);
  });

  it('refuses device tokens, bad and unknown parameters, naming the field and not the value', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    expect((await api('/v1/events', { token: device.token })).status).toBe(403);
    const token = await auditorToken(tenantId);
    for (const query of ['limit=100000', 'phiType=Marisol', 'reason=curiosity', 'from=yesterday', 'patient=Quintanilla', 'site=javascript:alert(1)']) {
      const bad = await api(`/v1/events?${query}`, { token });
      expect(bad.status, query).toBe(400);
      const text = await bad.text();
      expect(text).toContain('validation_failed');
      expect(text).not.toMatch(/Marisol|curiosity|yesterday|Quintanilla|alert/);
    }
  });
});
