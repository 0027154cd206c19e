import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { api, auditorToken, createTenant, enrolDevice } from '../../tests/worker/fixtures';
import { importSigningKey, publicJwkSchema, signedCheckpointSchema, verifyCheckpointSignature } from '../integrity/checkpoint';
import { ingestOn, tenantWithDevice } from '../integrity/integrity-fixtures';
import { runIntegrityJob } from '../integrity/run-integrity-job';

interface ListedCheckpoint {
  day: string;
  checkpoint: unknown;
  archiveKey: string | null;
  prunedAt: string | null;
}

async function tenantWithThreeDays() {
  const log = await tenantWithDevice();
  for (const day of ['2026-03-01', '2026-03-02', '2026-03-03']) await ingestOn(log, 1, `${day}T08:00:00.000Z`);
  await runIntegrityJob(env, new Date('2026-03-04T00:30:00.000Z'));
  return { ...log, token: await auditorToken(log.tenantId) };
}

describe('GET /v1/checkpoints/key', () => {
  it('publishes, without a token, the public key that verifies the checkpoints', async () => {
    const t = await tenantWithThreeDays();
    const res = await api('/v1/checkpoints/key');
    expect(res.status).toBe(200);
    const body = await res.json<{ currentKeyId: string; keys: { keyId: string; publicJwk: unknown }[] }>();
    expect(body.currentKeyId).toBe((await importSigningKey(env.CHECKPOINT_SIGNING_KEY!)).keyId);
    const key = publicJwkSchema.parse(body.keys.find((k) => k.keyId === body.currentKeyId)!.publicJwk);
    expect(JSON.stringify(body)).not.toContain('"d"'); // never the private half
    const latest = await (await api('/v1/checkpoints/latest', { token: t.token })).json<{ checkpoint: unknown }>();
    expect(await verifyCheckpointSignature(signedCheckpointSchema.parse(latest.checkpoint), key)).toBe(true);
  });
});

describe('GET /v1/checkpoints', () => {
  it('lists the tenant checkpoints in order with their archive state, paged', async () => {
    const t = await tenantWithThreeDays();
    const first = await (await api('/v1/checkpoints?limit=2', { token: t.token })).json<{ checkpoints: ListedCheckpoint[]; nextCursor: number | null }>();
    expect(first.checkpoints.map((c) => c.day)).toEqual(['2026-03-01', '2026-03-02']);
    expect(first.checkpoints[0]!.archiveKey).toBe(`tenants/${t.tenantId}/events/2026-03-01.ndjson`);
    const rest = await (await api(`/v1/checkpoints?after=${first.nextCursor}`, { token: t.token })).json<{ checkpoints: ListedCheckpoint[]; nextCursor: number | null }>();
    expect(rest.checkpoints.map((c) => signedCheckpointSchema.parse(c.checkpoint).treeSize)).toEqual([3]);
    expect(rest.nextCursor).toBeNull();
  });

  it('latest is the newest checkpoint; 404 before the first', async () => {
    const t = await tenantWithThreeDays();
    const latest = await (await api('/v1/checkpoints/latest', { token: t.token })).json<{ checkpoint: { treeSize: number; tenantId: string } }>();
    expect(latest.checkpoint).toMatchObject({ treeSize: 3, tenantId: t.tenantId });
    const empty = await auditorToken(await createTenant('Empty'));
    expect((await api('/v1/checkpoints/latest', { token: empty })).status).toBe(404);
  });

  it("shows nothing of another tenant's log and refuses device tokens", async () => {
    const t = await tenantWithThreeDays();
    const other = await auditorToken(await createTenant('Other'));
    const listed = await (await api('/v1/checkpoints', { token: other })).json<{ checkpoints: unknown[] }>();
    expect(listed.checkpoints).toEqual([]);
    const device = await enrolDevice(t.tenantId);
    expect((await api('/v1/checkpoints', { token: device.token })).status).toBe(403);
    expect((await api('/v1/checkpoints?limit=0', { token: t.token })).status).toBe(400);
  });
});
