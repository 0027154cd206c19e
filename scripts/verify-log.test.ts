import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { bytesToHex } from '@noble/hashes/utils.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { appendToChain, type AuditEvent } from '../shared/events';
import { appendLeaf, consistencyProof, EMPTY_RANGE, inclusionProof, rangeRoot, type CompactRange } from '../shared/merkle';
import { buildArchive } from '../worker/integrity/archive';
import { generateSigningKeyJwk, importSigningKey, signCheckpoint, type SignedCheckpoint, type SigningKey } from '../worker/integrity/checkpoint';
import { eventLeafHash, rangeToJson } from '../worker/integrity/tree-codec';
import { seedTenantDay } from '../bench/integrity/tenant-day';
import { startLocalStack } from './local-stack';
import { verifyLog } from './verify-log';

/**
 * A three-day log built with the same pure modules the Worker uses (shared/merkle,
 * worker/integrity), saved as the files an auditor would hold, then checked through the CLI.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'verify-log-'));
const file = (name: string, content: unknown) => {
  const p = path.join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};

const TENANT = 'tenant-a';
const DEVICE = '7d3c1c36-4c2e-4e8f-9d59-1d8f0f6a2b11';
let key: SigningKey;
let keysFile: string;
let events: AuditEvent[];
const days: { name: string; archive: string; checkpoint: SignedCheckpoint }[] = [];

const newKey = async (): Promise<SigningKey> => importSigningKey(await generateSigningKeyJwk());

beforeAll(async () => {
  key = await newKey();
  keysFile = file('keys.json', { currentKeyId: key.keyId, keys: [{ keyId: key.keyId, publicJwk: key.publicJwk }] });
  events = [];
  for (let i = 0; i < 7; i++)
    events.push(appendToChain({ type: 'page_protected', site: { origin: 'https://ehr.example.org', route: '/Patient/:id' }, counts: { NAME: i + 1 }, detectorVersion: '1' }, DEVICE, events.at(-1) ?? null, new Date(`2026-03-0${1 + Math.floor(i / 3)}T09:00:00Z`)));
  let range: CompactRange = EMPTY_RANGE;
  for (const [d, slice] of [events.slice(0, 3), events.slice(3, 6), events.slice(6)].entries()) {
    const previous = range;
    for (const e of slice) range = appendLeaf(range, eventLeafHash(e.hash));
    const checkpoint = await signCheckpoint({ tenantId: TENANT, treeSize: range.size, rootHash: bytesToHex(rangeRoot(range)), timestamp: `2026-03-0${d + 2}T00:30:00.000Z` }, key);
    const day = `2026-03-0${d + 1}`;
    const archive = await buildArchive(
      {
        tenantId: TENANT,
        day,
        previous: rangeToJson(previous),
        events: slice.map((event, i) => ({ leafIndex: previous.size + i, eventId: 100 + previous.size + i, receivedAt: `${day}T09:00:01.000Z`, event })),
        checkpoint,
      },
      key,
    );
    days.push({ name: file(`${day}.ndjson`, archive), archive, checkpoint });
  }
});

const leaves = () => events.map((e) => eventLeafHash(e.hash));
const inclusionResponse = (index: number, checkpoint: SignedCheckpoint) => ({
  eventId: 100 + index,
  leafIndex: index,
  leafHash: bytesToHex(eventLeafHash(events[index]!.hash)),
  event: events[index],
  checkpoint,
  proof: inclusionProof(leaves().slice(0, checkpoint.treeSize), index).map(bytesToHex),
});
const consistencyResponse = (from: SignedCheckpoint, to: SignedCheckpoint) => ({ from, to, proof: consistencyProof(leaves().slice(0, to.treeSize), from.treeSize).map(bytesToHex) });

describe('npm run verify', () => {
  it('passes a genuine checkpoint, inclusion proof, consistency proof and chained archives', async () => {
    const latest = days[2]!.checkpoint;
    const runs = [
      ['checkpoint', file('latest.json', { checkpoint: latest })],
      ['inclusion', file('inclusion.json', inclusionResponse(4, latest))],
      ['consistency', file('consistency.json', consistencyResponse(days[0]!.checkpoint, latest))],
      ['archive', ...days.map((d) => d.name)],
    ];
    for (const args of runs) {
      const result = await verifyLog([...args, '--keys', keysFile]);
      expect(result.lines.every((l) => l.startsWith('ok: ')), result.lines.join('\n')).toBe(true);
      expect(result.exitCode, args[0]).toBe(0);
    }
  });

  it.each([
    { name: 'a checkpoint with a changed root', args: () => ['checkpoint', file('c1.json', { checkpoint: { ...days[2]!.checkpoint, rootHash: '1'.repeat(64) } })] },
    { name: 'a checkpoint signed by another key', args: async () => ['checkpoint', file('c2.json', { checkpoint: await signCheckpoint({ tenantId: TENANT, treeSize: 7, rootHash: days[2]!.checkpoint.rootHash, timestamp: days[2]!.checkpoint.timestamp }, await newKey()) })] },
    { name: 'an inclusion proof whose event was edited', args: () => ['inclusion', file('i1.json', { ...inclusionResponse(4, days[2]!.checkpoint), event: { ...events[4]!, counts: { NAME: 99 } } })] },
    { name: 'an inclusion proof for another leaf index', args: () => ['inclusion', file('i2.json', { ...inclusionResponse(4, days[2]!.checkpoint), leafIndex: 5 })] },
    { name: 'a consistency proof between forked trees', args: () => ['consistency', file('k1.json', { ...consistencyResponse(days[0]!.checkpoint, days[2]!.checkpoint), proof: consistencyResponse(days[1]!.checkpoint, days[2]!.checkpoint).proof })] },
    { name: 'an archive with one count changed', args: () => ['archive', file('a1.ndjson', days[1]!.archive.replace('"NAME":5', '"NAME":6'))] },
    { name: 'an archive with a receivedAt moved (not in the tree; the seal covers it)', args: () => ['archive', file('a3.ndjson', days[1]!.archive.replace('T09:00:01.000Z', 'T23:00:01.000Z'))] },
    {
      name: 'an archive with an edited event, re-sealed with the key',
      args: async () => {
        const edited = events.slice(0, 3).map((event, i) => ({ leafIndex: i, eventId: 100 + i, receivedAt: '2026-03-01T09:00:01.000Z', event: i === 1 ? { ...event, counts: { NAME: 50 } } : event }));
        return ['archive', file('a4.ndjson', await buildArchive({ tenantId: TENANT, day: '2026-03-01', previous: rangeToJson(EMPTY_RANGE), events: edited, checkpoint: days[0]!.checkpoint }, key))];
      },
    },
    { name: 'archives with the middle day missing', args: () => ['archive', days[0]!.name, days[2]!.name] },
    { name: 'an archive that is not NDJSON', args: () => ['archive', file('a2.ndjson', 'not json\n')] },
    { name: 'a proof file that is not a proof', args: () => ['inclusion', file('i3.json', { hello: 'world' })] },
  ])('fails on $name', async ({ args }) => {
    const result = await verifyLog([...(await args()), '--keys', keysFile]);
    expect(result.exitCode, result.lines.join('\n')).toBe(1);
    expect(result.lines.some((l) => l.startsWith('FAIL: '))).toBe(true);
  });

  it('explains its usage when the command or the keys are missing', async () => {
    expect((await verifyLog(['archive', days[0]!.name])).exitCode).toBe(2);
    expect((await verifyLog(['frobnicate', '--keys', keysFile])).exitCode).toBe(2);
    expect((await verifyLog(['inclusion', '--keys', keysFile])).lines.join('\n')).toMatch(/--event/);
  });

  it('runs as `npm run verify` and exits non-zero on a failed check', async () => {
    const run = promisify(execFile);
    const ok = await run('npm', ['run', '--silent', 'verify', '--', 'archive', days[0]!.name, '--keys', keysFile], { cwd: path.resolve(import.meta.dirname, '..') });
    expect(ok.stdout).toMatch(/^ok: .*3 events recompute the signed root of tree 3/m);
    const bad = await run('npm', ['run', '--silent', 'verify', '--', 'archive', days[0]!.name, days[2]!.name, '--keys', keysFile], { cwd: path.resolve(import.meta.dirname, '..') }).catch((err: { code: number; stdout: string }) => err);
    expect(bad).toMatchObject({ code: 1, stdout: expect.stringMatching(/FAIL: .*a day is missing/) });
  }, 30_000);
});

describe('npm run verify --server, against the Worker on loopback', () => {
  it('verifies what the cron job signed: the latest checkpoint and inclusion proofs, with pinned keys only', async () => {
    const persistDir = mkdtempSync(path.join(tmpdir(), 'verify-log-stack-'));
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
    const { auditorToken } = await seedTenantDay(persistDir, 300, yesterday);
    const stack = await startLocalStack({ persistDir });
    try {
      expect((await fetch(`${stack.url}/__scheduled?cron=30+0+*+*+*`)).ok).toBe(true);
      const pinned = file('pinned-keys.json', await (await fetch(`${stack.url}/v1/checkpoints/key`)).json());
      const server = ['--server', stack.url, '--token', auditorToken];
      for (const args of [['checkpoint'], ['inclusion', '--event', '1'], ['inclusion', '--event', '300', '--tree-size', '300']]) {
        const result = await verifyLog([...args, ...server, '--keys', pinned]);
        expect(result, args.join(' ')).toMatchObject({ exitCode: 0, lines: [expect.stringMatching(/^ok: /)] });
      }
      // Keys from anyone else (here: a fresh key) verify nothing the Worker signed.
      const wrongKeys = file('wrong-keys.json', (await importSigningKey(await generateSigningKeyJwk())).publicJwk);
      expect(await verifyLog(['checkpoint', ...server, '--keys', wrongKeys])).toMatchObject({ exitCode: 1, lines: [expect.stringMatching(/^FAIL: No trusted public key/)] });
    } finally {
      await stack.stop();
      rmSync(persistDir, { recursive: true, force: true });
    }
  }, 120_000);
});
