import { bytesToHex } from '@noble/hashes/utils.js';
import { createScheduledController, env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { rootHash } from '../../shared/merkle';
import worker from '../index';
import { archiveKeys, verifyArchive } from './archive';
import { importSigningKey, signedCheckpointSchema, verifyCheckpointSignature } from './checkpoint';
import { ingestOn, tenantWithDevice } from './integrity-fixtures';
import { runIntegrityJob } from './run-integrity-job';
import { eventLeafHash } from './tree-codec';

const DAY_1 = '2026-03-01T10:00:00.000Z';
const DAY_2 = '2026-03-02T23:59:59.000Z';
const RUN_ON_DAY_3 = new Date('2026-03-03T00:30:00.000Z');

const signingKey = () => importSigningKey(env.CHECKPOINT_SIGNING_KEY!);

async function checkpointRows(tenantId: string) {
  const { results } = await env.DB.prepare('SELECT * FROM checkpoints WHERE tenant_id = ? ORDER BY tree_size').bind(tenantId).all<{
    day: string;
    tree_size: number;
    signed: string;
    archived_at: string | null;
    verified_at: string | null;
    pruned_at: string | null;
  }>();
  return results;
}

async function eventCount(tenantId: string): Promise<number> {
  return (await env.DB.prepare('SELECT COUNT(*) AS n FROM events WHERE tenant_id = ?').bind(tenantId).first<{ n: number }>())!.n;
}

async function securityKinds(tenantId: string): Promise<string[]> {
  const { results } = await env.DB.prepare('SELECT kind FROM security_events WHERE tenant_id = ? ORDER BY id').bind(tenantId).all<{ kind: string }>();
  return results.map((r) => r.kind);
}

describe('the integrity job', () => {
  it('appends each complete day in ingest order, signs a checkpoint per day and archives both days to R2', async () => {
    const log = await tenantWithDevice();
    await ingestOn(log, 3, DAY_1);
    await ingestOn(log, 2, DAY_2);
    await ingestOn(log, 1, RUN_ON_DAY_3.toISOString()); // today: not complete, not appended

    const outcomes = await runIntegrityJob(env, RUN_ON_DAY_3);
    expect(outcomes.find((o) => o.tenantId === log.tenantId)).toEqual({ tenantId: log.tenantId, checkpoints: 2, archived: 2, pruned: 0 });

    const rows = await checkpointRows(log.tenantId);
    expect(rows.map((r) => [r.day, r.tree_size])).toEqual([
      ['2026-03-01', 3],
      ['2026-03-02', 5],
    ]);
    const key = await signingKey();
    const latest = signedCheckpointSchema.parse(JSON.parse(rows[1]!.signed));
    // The root is MTH over the events' own hashes in the order they were sent, recomputed here.
    expect(latest.rootHash).toBe(bytesToHex(rootHash(log.sent.slice(0, 5).map((e) => eventLeafHash(e.hash)))));
    expect(await verifyCheckpointSignature(latest, key.publicJwk)).toBe(true);

    for (const row of rows) {
      const keys = archiveKeys(log.tenantId, row.day);
      const archive = await env.ARCHIVE.get(keys.events);
      const verdict = await verifyArchive(await archive!.text(), [key.publicJwk]);
      expect(verdict.ok, row.day).toBe(true);
      expect(await (await env.ARCHIVE.get(keys.checkpoint))!.text()).toBe(row.signed);
      expect(row.archived_at).not.toBeNull();
      expect(row.verified_at).not.toBeNull();
    }
  });

  it('does nothing more when run again, and the next day continues the same tree', async () => {
    const log = await tenantWithDevice();
    await ingestOn(log, 2, DAY_1);
    await runIntegrityJob(env, RUN_ON_DAY_3);
    const before = await env.ARCHIVE.head(archiveKeys(log.tenantId, '2026-03-01').events);
    const again = await runIntegrityJob(env, RUN_ON_DAY_3);
    expect(again.find((o) => o.tenantId === log.tenantId)).toMatchObject({ checkpoints: 0, archived: 0 });
    expect((await env.ARCHIVE.head(archiveKeys(log.tenantId, '2026-03-01').events))!.uploaded).toEqual(before!.uploaded);

    await ingestOn(log, 2, RUN_ON_DAY_3.toISOString());
    await runIntegrityJob(env, new Date('2026-03-04T00:30:00.000Z'));
    const archive = await env.ARCHIVE.get(archiveKeys(log.tenantId, '2026-03-03').events);
    const verdict = await verifyArchive(await archive!.text(), [(await signingKey()).publicJwk]);
    expect(verdict).toMatchObject({ ok: true, previous: { size: 2 }, events: 2, checkpoint: { treeSize: 4 } });
  });

  it('runs from the cron trigger through the Worker entry point', async () => {
    const log = await tenantWithDevice();
    await ingestOn(log, 1, DAY_1);
    await worker.scheduled(createScheduledController({ scheduledTime: RUN_ON_DAY_3, cron: '30 0 * * *' }), env);
    expect((await checkpointRows(log.tenantId)).map((r) => r.tree_size)).toEqual([1]);
  });

  it('fails the cron invocation when a tenant fails, so the failure shows in the cron history', async () => {
    const log = await tenantWithDevice();
    await ingestOn(log, 1, DAY_1);
    await env.DB.prepare(`UPDATE events SET body = json_set(body, '$.counts.SSN', 5) WHERE device_id = ?`).bind(log.device.deviceId).run();
    await expect(worker.scheduled(createScheduledController({ scheduledTime: RUN_ON_DAY_3, cron: '30 0 * * *' }), env)).rejects.toThrow(/integrity job failed/);
  });
});

describe('tampering is detected', () => {
  it('an event edited in D1 before it is appended: no checkpoint covers it, and a security event says why', async () => {
    const log = await tenantWithDevice();
    await ingestOn(log, 2, DAY_1);
    await env.DB.prepare(`UPDATE events SET body = json_set(body, '$.counts.NAME', 99) WHERE device_id = ? AND seq = 2`).bind(log.device.deviceId).run();

    const outcome = (await runIntegrityJob(env, RUN_ON_DAY_3)).find((o) => o.tenantId === log.tenantId)!;
    expect(outcome.error).toMatch(/no longer matches its hash/);
    expect(await checkpointRows(log.tenantId)).toEqual([]);
    expect(await securityKinds(log.tenantId)).toEqual(['event_tampered']);
  });

  it('an archive edited in R2: pruning refuses to delete the events and raises an alert', async () => {
    const log = await tenantWithDevice();
    await ingestOn(log, 3, DAY_1);
    await runIntegrityJob(env, RUN_ON_DAY_3);
    const key = archiveKeys(log.tenantId, '2026-03-01').events;
    const original = await (await env.ARCHIVE.get(key))!.text();
    // An attacker with bucket access (no retention lock locally) rewrites one count.
    const tampered = original.replace('"NAME":2', '"NAME":7');
    expect(tampered).not.toBe(original);
    await env.ARCHIVE.put(key, tampered);

    expect(await verifyArchive(tampered, [(await signingKey()).publicJwk])).toMatchObject({ ok: false, problem: expect.stringMatching(/changed after it was sealed/) });
    const outcome = (await runIntegrityJob({ ...env, D1_KEEP_DAYS: '1' }, new Date('2026-03-10T00:30:00.000Z'))).find((o) => o.tenantId === log.tenantId)!;
    expect(outcome.error).toMatch(/does not verify/);
    expect(await eventCount(log.tenantId)).toBe(3);
    expect(await securityKinds(log.tenantId)).toEqual(['archive_mismatch']);
  });

  it.each([
    { name: 'a deleted event line', change: (lines: string[]) => lines.filter((_, i) => i !== 2) },
    { name: 'reordered events', change: (lines: string[]) => [lines[0]!, lines[2]!, lines[1]!, ...lines.slice(3)] },
    { name: 'an altered header range', change: (lines: string[]) => [lines[0]!.replace('"size":0', '"size":1'), ...lines.slice(1)] },
    { name: 'a forged checkpoint root', change: (lines: string[]) => [...lines.slice(0, -2), lines.at(-2)!.replace(/"rootHash":"[0-9a-f]/, '"rootHash":"x'), lines.at(-1)!] },
    { name: 'a receivedAt moved (server field, outside the tree)', change: (lines: string[]) => [lines[0]!, lines[1]!.replace(/"receivedAt":"2026-03-01T10/, '"receivedAt":"2026-03-01T23'), ...lines.slice(2)] },
    { name: 'a checkpoint re-dated after signing', change: (lines: string[]) => [...lines.slice(0, -2), lines.at(-2)!.replace('"timestamp":"2026', '"timestamp":"2027'), lines.at(-1)!] },
  ])('an archive with $name does not verify', async ({ change }) => {
    const log = await tenantWithDevice();
    await ingestOn(log, 3, DAY_1);
    await runIntegrityJob(env, RUN_ON_DAY_3);
    const lines = (await (await env.ARCHIVE.get(archiveKeys(log.tenantId, '2026-03-01').events))!.text()).trimEnd().split('\n');
    const changed = change(lines);
    expect(changed).not.toEqual(lines);
    expect((await verifyArchive(changed.join('\n'), [(await signingKey()).publicJwk])).ok).toBe(false);
  });

  it('a checkpoint edited in D1 fails its signature', async () => {
    const log = await tenantWithDevice();
    await ingestOn(log, 2, DAY_1);
    await runIntegrityJob(env, RUN_ON_DAY_3);
    const signed = signedCheckpointSchema.parse(JSON.parse((await checkpointRows(log.tenantId))[0]!.signed));
    const key = (await signingKey()).publicJwk;
    expect(await verifyCheckpointSignature(signed, key)).toBe(true);
    expect(await verifyCheckpointSignature({ ...signed, treeSize: 1 }, key)).toBe(false);
    expect(await verifyCheckpointSignature({ ...signed, rootHash: '0'.repeat(64) }, key)).toBe(false);
  });

  it('an archive key that already holds other content is never overwritten', async () => {
    const log = await tenantWithDevice();
    await ingestOn(log, 1, DAY_1);
    const key = archiveKeys(log.tenantId, '2026-03-01').events;
    await env.ARCHIVE.put(key, 'planted\n');
    const outcome = (await runIntegrityJob(env, RUN_ON_DAY_3)).find((o) => o.tenantId === log.tenantId)!;
    expect(outcome.error).toMatch(/never overwritten/);
    expect(await (await env.ARCHIVE.get(key))!.text()).toBe('planted\n');
    expect(await securityKinds(log.tenantId)).toEqual(['archive_conflict']);
  });
});

describe('pruning', () => {
  it('deletes from D1 only verified archived days older than the policy window; the leaves stay', async () => {
    const log = await tenantWithDevice();
    await ingestOn(log, 3, DAY_1);
    await ingestOn(log, 2, DAY_2);
    await runIntegrityJob({ ...env, D1_KEEP_DAYS: '2' }, RUN_ON_DAY_3);
    expect(await eventCount(log.tenantId)).toBe(5); // both days are within two days

    // On 2026-03-04 with a two-day window, 03-01 is prunable and 03-02 is not.
    const outcome = (await runIntegrityJob({ ...env, D1_KEEP_DAYS: '2' }, new Date('2026-03-04T00:30:00.000Z'))).find((o) => o.tenantId === log.tenantId)!;
    expect(outcome).toMatchObject({ pruned: 1 });
    expect(outcome.error).toBeUndefined();
    expect(await eventCount(log.tenantId)).toBe(2);
    const rows = await checkpointRows(log.tenantId);
    expect(rows.map((r) => r.pruned_at !== null)).toEqual([true, false]);
    const leaves = await env.DB.prepare('SELECT COUNT(*) AS n FROM merkle_leaves WHERE tenant_id = ?').bind(log.tenantId).first<{ n: number }>();
    expect(leaves!.n).toBe(5);
  });
});
