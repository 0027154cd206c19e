/**
 * Integrity benchmark: `npm run bench:integrity`. The figures behind docs/deployment.md's scale
 * section.
 *
 * 1. In process (Node, one thread): appending leaves to the tree through the compact range, against
 *    the baseline of the RFC's recursive MTH; proofs computed from every leaf (the baseline) and
 *    from stored subtree roots (what the Worker does); verifying them; building and verifying a
 *    day's archive; bytes per event.
 * 2. On the real Worker (wrangler dev, local D1 and R2, loopback): one tenant-day of events
 *    through the cron job (append + sign + archive + read-back verify), then proof requests.
 * The last line is the machine-readable summary.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from '../shared/canonical-json';
import {
  appendLeaf,
  appendLeafReportingSubtrees,
  consistencyProof,
  EMPTY_RANGE,
  foldSubtrees,
  inclusionProof,
  inclusionProofRanges,
  nodeHash,
  perfectSubtrees,
  rangeRoot,
  rootHash,
  verifyConsistency,
  verifyInclusion,
  type CompactRange,
  type Hash,
} from '../shared/merkle';
import { startLocalStack } from '../scripts/local-stack';
import { buildArchive, verifyArchive } from '../worker/integrity/archive';
import { generateSigningKeyJwk, importSigningKey, signCheckpoint } from '../worker/integrity/checkpoint';
import { eventLeafHash, rangeToJson, STORED_SUBTREE_LEVEL } from '../worker/integrity/tree-codec';
import { deviceEvents, seedTenantDay } from './integrity/tenant-day';

const TREE_SIZES = [10_000, 100_000, 1_000_000];
const ARCHIVE_EVENTS = 10_000;
const WORKER_DAY_EVENTS = 20_000;
const PROOF_REQUESTS = 20;

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
function time<T>(fn: () => T): { value: T; ms: number } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { value, ms: ms(start) };
}

/** The baseline: MTH exactly as RFC 6962 §2.1 defines it, recursive over the leaf hashes. */
function naiveRoot(leaves: readonly Hash[]): Hash {
  if (leaves.length === 1) return leaves[0]!;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return nodeHash(naiveRoot(leaves.slice(0, k)), naiveRoot(leaves.slice(k)));
}

console.log('# Integrity benchmark (Node, one thread; Worker figures from wrangler dev on loopback)');

console.log('\n## Tree and proofs, in process');
console.log('leaves | append (compact range) | naive MTH (baseline) | ratio | inclusion proof from all leaves | consistency proof (n/2 -> n) | inclusion proof from stored subtrees | ratio | verify both');
const summary: Record<string, string> = {};
for (const n of TREE_SIZES) {
  const leaves = Array.from({ length: n }, (_, i) => sha256(new Uint8Array([0, i & 255, (i >> 8) & 255, (i >> 16) & 255])));
  const append = time(() => {
    let range = EMPTY_RANGE;
    for (const leaf of leaves) range = appendLeaf(range, leaf);
    return rangeRoot(range);
  });
  // What the Worker stores: roots of perfect subtrees of 2^8 leaves and up, reported as they complete.
  const stored = new Map<string, Hash>();
  let withNodes: CompactRange = EMPTY_RANGE;
  for (const leaf of leaves) {
    const step = appendLeafReportingSubtrees(withNodes, leaf);
    for (const t of step.completed) if (t.level >= STORED_SUBTREE_LEVEL) stored.set(`${t.level}/${t.index}`, t.hash);
    withNodes = step.range;
  }
  const fromStored = time(() =>
    inclusionProofRanges(Math.floor(n / 3), n).map((range) =>
      foldSubtrees(perfectSubtrees(range).map((t) => (t.level >= STORED_SUBTREE_LEVEL ? stored.get(`${t.level}/${t.index}`)! : rootHash(leaves.slice(t.index * 2 ** t.level, (t.index + 1) * 2 ** t.level))))),
    ),
  );
  const naive = time(() => naiveRoot(leaves));
  if (bytesToHex(naive.value) !== bytesToHex(append.value)) throw new Error('The compact range and the naive MTH disagree.');
  const inclusion = time(() => inclusionProof(leaves, Math.floor(n / 3)));
  const consistency = time(() => consistencyProof(leaves, Math.floor(n / 2)));
  if (fromStored.value.map(bytesToHex).join() !== inclusion.value.map(bytesToHex).join()) throw new Error('The proof from stored subtrees differs.');
  const oldRoot = rootHash(leaves.slice(0, Math.floor(n / 2)));
  const verify = time(() => {
    for (let i = 0; i < 1000; i++) {
      if (!verifyInclusion(leaves[Math.floor(n / 3)]!, Math.floor(n / 3), n, inclusion.value, append.value)) throw new Error('inclusion did not verify');
      if (!verifyConsistency(Math.floor(n / 2), n, oldRoot, append.value, consistency.value)) throw new Error('consistency did not verify');
    }
  });
  console.log(
    `${n.toLocaleString('en')} | ${append.ms.toFixed(0)} ms (${((n / append.ms) * 1000).toFixed(0)} leaves/s) | ${naive.ms.toFixed(0)} ms | ${(naive.ms / append.ms).toFixed(2)}x | ` +
      `${inclusion.ms.toFixed(0)} ms (${inclusion.value.length} hashes) | ${consistency.ms.toFixed(0)} ms (${consistency.value.length} hashes) | ` +
      `${fromStored.ms.toFixed(2)} ms (${stored.size.toLocaleString('en')} stored roots) | ${(inclusion.ms / fromStored.ms).toFixed(0)}x | ${(verify.ms / 1000).toFixed(3)} ms`,
  );
  summary[`proof_ms_${n}`] = fromStored.ms.toFixed(2);
  summary[`append_leaves_per_s`] = ((n / append.ms) * 1000).toFixed(0);
}

console.log(`\n## A day's archive (${ARCHIVE_EVENTS.toLocaleString('en')} events), in process`);
const key = await importSigningKey(await generateSigningKeyJwk());
const dayEvents = deviceEvents(ARCHIVE_EVENTS, '2026-03-01');
let range = EMPTY_RANGE;
for (const e of dayEvents) range = appendLeaf(range, eventLeafHash(e.hash));
const checkpoint = await signCheckpoint({ tenantId: 'bench', treeSize: range.size, rootHash: bytesToHex(rangeRoot(range)), timestamp: new Date().toISOString() }, key);
const buildStart = process.hrtime.bigint();
const archive = await buildArchive(
  {
    tenantId: 'bench',
    day: '2026-03-01',
    previous: rangeToJson(EMPTY_RANGE),
    events: dayEvents.map((event, i) => ({ leafIndex: i, eventId: i + 1, receivedAt: '2026-03-01T08:00:01.000Z', event })),
    checkpoint,
  },
  key,
);
const buildMs = ms(buildStart);
const verifyStart = process.hrtime.bigint();
const verdict = await verifyArchive(archive, [key.publicJwk]);
const verifyMs = ms(verifyStart);
if (!verdict.ok) throw new Error(verdict.problem);
const bytesPerEvent = Buffer.byteLength(archive) / ARCHIVE_EVENTS;
const d1BytesPerEvent = dayEvents.reduce((sum, e) => sum + canonicalJson(e).length, 0) / ARCHIVE_EVENTS;
console.log(`build and seal ${buildMs.toFixed(0)} ms, verify (seal, re-hash every event, recompute root, check signatures) ${verifyMs.toFixed(0)} ms = ${((ARCHIVE_EVENTS / verifyMs) * 1000).toFixed(0)} events/s`);
console.log(`archive ${(Buffer.byteLength(archive) / 1e6).toFixed(2)} MB: ${bytesPerEvent.toFixed(0)} bytes per event (event JSON alone ${d1BytesPerEvent.toFixed(0)} bytes)`);
summary.archive_bytes_per_event = bytesPerEvent.toFixed(0);
summary.archive_verify_events_per_s = ((ARCHIVE_EVENTS / verifyMs) * 1000).toFixed(0);

console.log(`\n## The Worker: one tenant-day of ${WORKER_DAY_EVENTS.toLocaleString('en')} events through the cron job (wrangler dev, local D1 + R2)`);
const persistDir = mkdtempSync(path.join(tmpdir(), 'bench-integrity-'));
const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
const { auditorToken } = await seedTenantDay(persistDir, WORKER_DAY_EVENTS, yesterday);

const stack = await startLocalStack({ persistDir });
try {
  const jobStart = process.hrtime.bigint();
  const job = await fetch(`${stack.url}/__scheduled?cron=30+0+*+*+*`);
  const jobMs = ms(jobStart);
  if (!job.ok) throw new Error(`the cron run failed: ${job.status}`);
  const auth = { headers: { Authorization: `Bearer ${auditorToken}` } };
  const latest = (await (await fetch(`${stack.url}/v1/checkpoints/latest`, auth)).json()) as { checkpoint?: { treeSize: number } };
  if (latest.checkpoint?.treeSize !== WORKER_DAY_EVENTS) throw new Error(`expected a checkpoint of ${WORKER_DAY_EVENTS}, got ${JSON.stringify(latest)}`);
  console.log(`cron job: ${jobMs.toFixed(0)} ms = ${((WORKER_DAY_EVENTS / jobMs) * 1000).toFixed(0)} events/s appended, signed, archived and read back`);

  const proofTimes: number[] = [];
  for (let i = 0; i < PROOF_REQUESTS; i++) {
    const start = process.hrtime.bigint();
    const res = await fetch(`${stack.url}/v1/proofs/inclusion?event=${1 + Math.floor((i * WORKER_DAY_EVENTS) / PROOF_REQUESTS)}`, auth);
    if (!res.ok) throw new Error(`inclusion proof failed: ${res.status} ${await res.text()}`);
    proofTimes.push(ms(start));
  }
  proofTimes.sort((a, b) => a - b);
  const median = proofTimes[Math.floor(proofTimes.length / 2)]!;
  console.log(`inclusion proof over a tree of ${WORKER_DAY_EVENTS.toLocaleString('en')} leaves (stored subtrees + <= 255 leaves from D1), round trip: median ${median.toFixed(0)} ms, max ${proofTimes.at(-1)!.toFixed(0)} ms over ${PROOF_REQUESTS} requests`);
  summary.worker_job_events_per_s = ((WORKER_DAY_EVENTS / jobMs) * 1000).toFixed(0);
  summary.worker_proof_ms_median = median.toFixed(0);
} finally {
  await stack.stop();
}
rmSync(persistDir, { recursive: true, force: true });

console.log(`\n${Object.entries(summary).map(([k, v]) => `${k}=${v}`).join(' ')}`);
