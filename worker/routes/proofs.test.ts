import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { api, auditorToken, createTenant, enrolDevice } from '../../tests/worker/fixtures';
import { publicJwkSchema } from '../integrity/checkpoint';
import { ingestOn, tenantWithDevice, twoCheckpointTenant } from '../integrity/integrity-fixtures';
import { runIntegrityJob } from '../integrity/run-integrity-job';
import { consistencyResponseSchema, inclusionResponseSchema, verifyConsistencyResponse, verifyInclusionResponse } from '../integrity/verify-proofs';

/** A tenant whose log has two signed checkpoints: 3 events on day 1, 2 more on day 2. */
async function loggedTenant() {
  const log = await twoCheckpointTenant();
  return { ...log, token: await auditorToken(log.tenantId) };
}

async function publishedKeys() {
  const res = await api('/v1/checkpoints/key');
  expect(res.status).toBe(200);
  const body = await res.json<{ keys: { publicJwk: unknown }[] }>();
  return body.keys.map((k) => publicJwkSchema.parse(k.publicJwk));
}

async function inclusion(token: string, query: string) {
  const res = await api(`/v1/proofs/inclusion?${query}`, { token });
  return { status: res.status, body: await res.json<Record<string, unknown>>() };
}

describe('GET /v1/proofs/inclusion', () => {
  it('proves every event against the latest checkpoint and against the older one it belongs to', async () => {
    const t = await loggedTenant();
    const keys = await publishedKeys();
    for (const [i, eventId] of t.eventIds.entries()) {
      const { status, body } = await inclusion(t.token, `event=${eventId}`);
      expect(status).toBe(200);
      const response = inclusionResponseSchema.parse(body);
      expect(response).toMatchObject({ leafIndex: i, checkpoint: { treeSize: 5 } });
      expect(await verifyInclusionResponse(response, keys)).toMatchObject({ ok: true });
    }
    const old = inclusionResponseSchema.parse((await inclusion(t.token, `event=${t.eventIds[1]}&treeSize=3`)).body);
    expect(await verifyInclusionResponse(old, keys)).toMatchObject({ ok: true });
    expect((await inclusion(t.token, `event=${t.eventIds[4]}&treeSize=3`)).status).toBe(400);
    expect((await inclusion(t.token, `event=${t.eventIds[0]}&treeSize=4`)).status).toBe(404); // no checkpoint at 4
  });

  it('an event edited in D1 after it was appended no longer verifies', async () => {
    const t = await loggedTenant();
    await env.DB.prepare(`UPDATE events SET body = json_set(body, '$.counts.NAME', 42) WHERE id = ?`).bind(t.eventIds[2]).run();
    const response = inclusionResponseSchema.parse((await inclusion(t.token, `event=${t.eventIds[2]}`)).body);
    expect(await verifyInclusionResponse(response, await publishedKeys())).toMatchObject({ ok: false, problem: expect.stringMatching(/was changed/) });
  });

  it('a leaf hash edited in D1 no longer leads to the signed root', async () => {
    const t = await loggedTenant();
    await env.DB.prepare(`UPDATE merkle_leaves SET leaf_hash = ? WHERE event_id = ?`).bind('ab'.repeat(32), t.eventIds[0]).run();
    const response = inclusionResponseSchema.parse((await inclusion(t.token, `event=${t.eventIds[3]}`)).body);
    expect(await verifyInclusionResponse(response, await publishedKeys())).toMatchObject({ ok: false, problem: expect.stringMatching(/signed root/) });
  });

  it('still proves an event pruned from D1, from its leaf', async () => {
    const t = await loggedTenant();
    await runIntegrityJob({ ...env, D1_KEEP_DAYS: '1' }, new Date('2026-03-05T00:30:00.000Z'));
    const { body } = await inclusion(t.token, `event=${t.eventIds[0]}`);
    const response = inclusionResponseSchema.parse(body);
    expect(response.event).toBeNull();
    expect(await verifyInclusionResponse(response, await publishedKeys())).toMatchObject({ ok: true });
  });

  it("is tenant-scoped, auditor-only and validates its query", async () => {
    const t = await loggedTenant();
    const other = await auditorToken(await createTenant('Other'));
    expect((await inclusion(other, `event=${t.eventIds[0]}`)).status).toBe(404);
    const device = await enrolDevice(t.tenantId);
    expect((await inclusion(device.token, `event=${t.eventIds[0]}`)).status).toBe(403);
    expect((await inclusion(t.token, 'event=abc')).body).toMatchObject({ error: { code: 'validation_failed' } });
    expect((await api(`/v1/proofs/inclusion?event=${t.eventIds[0]}`)).status).toBe(401);
  });
});

describe('proofs over a tree with stored subtrees (256 leaves and up)', () => {
  it('proves events and consistency from stored subtree roots; an edited subtree root is detected', async () => {
    const log = await tenantWithDevice();
    for (let i = 0; i < 2; i++) await ingestOn(log, 100, '2026-03-01T10:00:00.000Z');
    for (let i = 0; i < 2; i++) await ingestOn(log, 100, '2026-03-02T10:00:00.000Z');
    await runIntegrityJob(env, new Date('2026-03-03T00:30:00.000Z'));
    const nodes = await env.DB.prepare('SELECT level, node_index FROM merkle_nodes WHERE tenant_id = ?').bind(log.tenantId).all<{ level: number; node_index: number }>();
    expect(nodes.results).toEqual([{ level: 8, node_index: 0 }]);

    const token = await auditorToken(log.tenantId);
    const keys = await publishedKeys();
    const { results } = await env.DB.prepare('SELECT id FROM events WHERE tenant_id = ? ORDER BY id').bind(log.tenantId).all<{ id: number }>();
    for (const i of [0, 255, 256, 399]) {
      const response = inclusionResponseSchema.parse((await inclusion(token, `event=${results[i]!.id}`)).body);
      expect(await verifyInclusionResponse(response, keys), `leaf ${i}`).toMatchObject({ ok: true });
    }
    const consistency = consistencyResponseSchema.parse(await (await api('/v1/proofs/consistency?from=200&to=400', { token })).json());
    expect(await verifyConsistencyResponse(consistency, keys)).toMatchObject({ ok: true });

    await env.DB.prepare('UPDATE merkle_nodes SET hash = ? WHERE tenant_id = ?').bind('ee'.repeat(32), log.tenantId).run();
    const forged = inclusionResponseSchema.parse((await inclusion(token, `event=${results[300]!.id}`)).body);
    expect(await verifyInclusionResponse(forged, keys)).toMatchObject({ ok: false });
  });
});

describe('GET /v1/proofs/consistency', () => {
  it('proves the day-1 tree is a prefix of the day-2 tree', async () => {
    const t = await loggedTenant();
    const res = await api('/v1/proofs/consistency?from=3&to=5', { token: t.token });
    expect(res.status).toBe(200);
    const response = consistencyResponseSchema.parse(await res.json());
    expect(await verifyConsistencyResponse(response, await publishedKeys())).toMatchObject({ ok: true });
  });

  it('detects a rewritten history: an old leaf replaced after the first checkpoint', async () => {
    const t = await loggedTenant();
    const res = await api('/v1/proofs/consistency?from=3&to=5', { token: t.token });
    const honest = consistencyResponseSchema.parse(await res.json());
    await env.DB.prepare(`UPDATE merkle_leaves SET leaf_hash = ? WHERE event_id = ?`).bind('cd'.repeat(32), t.eventIds[1]).run();
    const rewritten = consistencyResponseSchema.parse(await (await api('/v1/proofs/consistency?from=3&to=5', { token: t.token })).json());
    expect(rewritten.proof).not.toEqual(honest.proof);
    expect(await verifyConsistencyResponse(rewritten, await publishedKeys())).toMatchObject({ ok: false });
  });

  it('refuses sizes without a signed checkpoint, reversed sizes and other tenants', async () => {
    const t = await loggedTenant();
    expect((await api('/v1/proofs/consistency?from=2&to=5', { token: t.token })).status).toBe(404);
    expect((await api('/v1/proofs/consistency?from=5&to=3', { token: t.token })).status).toBe(400);
    const other = await auditorToken(await createTenant('Other'));
    expect((await api('/v1/proofs/consistency?from=3&to=5', { token: other })).status).toBe(404);
  });
});
