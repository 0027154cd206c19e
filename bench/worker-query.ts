/**
 * Auditor query benchmark: 1,000,000 events in a local D1, queried through the real Worker
 * (`wrangler dev` on loopback, as `npm start` runs it). Prints median and p95 per query, each as a
 * ratio of the baseline (the unfiltered first page, measured in the same run), and export
 * throughput. Bounded: a fixed number of requests per query, one at a time.
 *
 *   npm run bench:worker-query            # 1,000,000 events, 20 runs per query
 *   BENCH_EVENTS=100000 BENCH_RUNS=5 npm run bench:worker-query
 *   BENCH_KEEP=1 ...                      # keep the seeded D1 and print where, to study plans
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { canonicalJson } from '../shared/canonical-json';
import { GENESIS_HASH, type AuditEvent, type EventDraft } from '../shared/events';
import { PHI_TYPES } from '../shared/phi-types';
import { REVEAL_REASON_CODES } from '../shared/reveal-reasons';
import { startLocalStack, type LocalStack } from '../scripts/local-stack';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const DEVICES = 200;
const SITES = Array.from({ length: 20 }, (_, i) => `https://ehr${i + 1}.example.org`);
const SPAN_DAYS = 90;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARMUP = 2;
const END = Date.parse('2026-03-31T00:00:00.000Z');
const START = END - SPAN_DAYS * 86_400_000;

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same data. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function draftFor(r: () => number, site: string): EventDraft {
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const where = { origin: site, route: pick(['/Patient/:id/chart', '/Patient/:id/summary', '/Encounter/:id', '/schedule', '/inbox']) };
  const roll = r();
  if (roll < 0.55) return { type: 'page_protected', site: where, counts: { NAME: 1 + Math.floor(r() * 6), DATE: Math.floor(r() * 4), MRN: 1 }, detectorVersion: '1.4.0' };
  if (roll < 0.85) {
    const ticket = r() < 0.4 ? `INC-${Math.floor(r() * 99_999)}` : undefined;
    return { type: 'value_revealed', site: where, reason: pick(REVEAL_REASON_CODES), phiType: pick(PHI_TYPES), valueDigest: createHash('sha256').update(String(r())).digest('hex'), ...(ticket ? { ticket } : {}) };
  }
  if (roll < 0.88) return { type: 'page_revealed', site: where, reason: pick(REVEAL_REASON_CODES) };
  if (roll < 0.96) return { type: 'reveal_ended', revealSeq: 1, durationMs: Math.floor(r() * 30_000) };
  if (roll < 0.97) return { type: 'masking_failed', site: where, failure: pick(['canvas', 'image', 'cross_origin_frame'] as const), count: 1 };
  if (roll < 0.98) return { type: 'site_protection_changed', origin: site, enabled: r() < 0.5 };
  if (roll < 0.99) return { type: 'panic_changed', site: where, active: r() < 0.5 };
  return { type: 'policy_changed', source: 'managed', changed: ['maskStyle'] };
}

const sqlText = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Writes the events straight into the local D1's SQLite file with the sqlite3 shell, in ingest
 * order: one hash chain per device, device time spread evenly over 90 days, received a few
 * seconds later. The Worker is stopped meanwhile; the schema is the migrated one.
 */
async function seed(sqliteFile: string, tenantId: string): Promise<string[]> {
  const r = prng(7);
  const deviceIds = Array.from({ length: DEVICES }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  const heads = deviceIds.map(() => ({ seq: 0, hash: GENESIS_HASH }));
  const shell = spawn('sqlite3', ['-batch', sqliteFile], { stdio: ['pipe', 'ignore', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => shell.on('exit', resolve));
  const write = (text: string) => (shell.stdin.write(text) ? Promise.resolve() : new Promise<void>((resolve) => shell.stdin.once('drain', resolve)));
  await write('PRAGMA journal_mode = WAL;\nPRAGMA synchronous = OFF;\nBEGIN;\n');
  const step = (END - START) / EVENTS;
  let rows: string[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const d = Math.floor(r() * DEVICES);
    const deviceId = deviceIds[d]!;
    const occurredAt = new Date(START + i * step).toISOString();
    const head = heads[d]!;
    const unsigned = { ...draftFor(r, SITES[Math.floor(r() * SITES.length)]!), v: 1, deviceId, userId: `tech-${d + 1}`, seq: head.seq + 1, prevHash: head.hash, occurredAt };
    const hash = createHash('sha256').update(canonicalJson(unsigned)).digest('hex');
    const event = { ...unsigned, hash } as AuditEvent;
    heads[d] = { seq: event.seq, hash };
    const receivedAt = new Date(START + i * step + 3000).toISOString();
    rows.push(`(${sqlText(tenantId)},'${deviceId}',${event.seq},'${event.type}','${occurredAt}','${receivedAt}','${hash}',${sqlText(canonicalJson(event))})`);
    if (rows.length === 500) {
      await write(`INSERT INTO events (tenant_id, device_id, seq, type, occurred_at, received_at, hash, body) VALUES ${rows.join(',')};\n`);
      rows = [];
    }
    if (i % 100_000 === 99_999) process.stdout.write(`  seeded ${(i + 1).toLocaleString('en-US')}\n`);
  }
  if (rows.length) await write(`INSERT INTO events (tenant_id, device_id, seq, type, occurred_at, received_at, hash, body) VALUES ${rows.join(',')};\n`);
  const enrolled = new Date(START).toISOString();
  for (const [d, deviceId] of deviceIds.entries()) {
    await write(`INSERT INTO devices (id, tenant_id, user_id, enrolled_at, last_seq, last_hash) VALUES ('${deviceId}', ${sqlText(tenantId)}, 'tech-${d + 1}', '${enrolled}', ${heads[d]!.seq}, '${heads[d]!.hash}');\n`);
  }
  await write('COMMIT;\nANALYZE;\nPRAGMA wal_checkpoint(TRUNCATE);\nPRAGMA journal_mode = DELETE;\n');
  shell.stdin.end();
  if ((await exited) !== 0) throw new Error('sqlite3 failed while seeding');
  return deviceIds;
}

function findSqlite(dir: string): string {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.sqlite') && entry.name !== 'metadata.sqlite' && entry.parentPath.includes('D1DatabaseObject')) return path.join(entry.parentPath, entry.name);
  }
  throw new Error(`No D1 SQLite file under ${dir}`);
}

interface Timing {
  median: number;
  p95: number;
  bytes: number;
}

/** Times GETs of `url` with the auditor's bearer token, or with a dashboard session cookie. */
async function time(url: string, auth: { token: string } | { cookie: string }): Promise<Timing> {
  const headers: Record<string, string> = 'token' in auth ? { Authorization: `Bearer ${auth.token}` } : { Cookie: auth.cookie };
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const started = performance.now();
    const res = await fetch(url, { headers });
    const body = await res.arrayBuffer();
    const elapsed = performance.now() - started;
    if (!res.ok) throw new Error(`${url}: ${res.status} ${new TextDecoder().decode(body).slice(0, 300)}`);
    bytes = body.byteLength;
    if (i >= WARMUP) samples.push(elapsed);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)]!, p95: samples[Math.ceil(samples.length * 0.95) - 1]!, bytes };
}

async function main() {
  const work = mkdtempSync(path.join(tmpdir(), 'phi-bench-query-'));
  const persistDir = path.join(work, 'd1');
  let stack: LocalStack | undefined;
  try {
    // Migrate and seed the tenant and its auditor, stop, write the events, then serve.
    const first = await startLocalStack({ persistDir });
    await first.stop();
    console.log(`Seeding ${EVENTS.toLocaleString('en-US')} events over ${DEVICES} devices into the local D1…`);
    const seedStarted = performance.now();
    const deviceIds = await seed(findSqlite(persistDir), first.tenantId);
    console.log(`  seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
    stack = await startLocalStack({ persistDir, log: (line) => process.env.BENCH_VERBOSE && process.stderr.write(line) });
    const base = stack.url;
    const token = first.auditorToken;

    const midCursor = Math.floor(EVENTS / 2);
    const day = (n: number) => new Date(END - n * 86_400_000).toISOString();
    const queries: [string, string][] = [
      ['baseline: first page, no filter (limit 100)', '/v1/events?limit=100'],
      ['page in the middle of the log (after=N/2)', `/v1/events?limit=100&after=${midCursor}`],
      ['newest first (order=desc)', '/v1/events?limit=100&order=desc'],
      ['user', '/v1/events?limit=100&user=tech-17'],
      ['device', `/v1/events?limit=100&device=${deviceIds[42]}`],
      ['type=value_revealed', '/v1/events?limit=100&type=value_revealed'],
      ['type=masking_failed (rare)', '/v1/events?limit=100&type=masking_failed'],
      ['phiType=SSN', '/v1/events?limit=100&phiType=SSN'],
      ['site', `/v1/events?limit=100&site=${encodeURIComponent(SITES[3]!)}`],
      ['reason=legal', '/v1/events?limit=100&reason=legal'],
      ['time range (one day, 30 days ago)', `/v1/events?limit=100&from=${day(30)}&to=${day(29)}`],
      ['user + phiType + time range (7 days)', `/v1/events?limit=100&user=tech-17&phiType=NAME&from=${day(37)}&to=${day(30)}`],
      ['aggregates: whole log', '/v1/audit/aggregates'],
      ['aggregates: one week', `/v1/audit/aggregates?from=${day(7)}&to=${day(0)}`],
      ['aggregates: one user', '/v1/audit/aggregates?user=tech-17'],
      ['chain: summary of every device', '/v1/audit/chain'],
      ['chain: verify one page (2,000 events)', `/v1/audit/chain/${deviceIds[42]}`],
    ];

    console.log(`\nQuery latency over ${EVENTS.toLocaleString('en-US')} events, through HTTP (${RUNS} runs after ${WARMUP} warm-up)`);
    console.log(`${'query'.padEnd(46)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(8)} ${'× base'.padStart(7)} ${'bytes'.padStart(9)}`);
    let baseline = 0;
    const signIn = await fetch(`${base}/audit/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
      body: new URLSearchParams({ token }).toString(),
      redirect: 'manual',
    });
    const cookie = signIn.headers.get('Set-Cookie')!.split(';')[0]!;
    const pages: [string, string][] = [
      ['dashboard: overview, whole log', '/audit?from='],
      ['dashboard: overview, 30 days (its default)', `/audit?from=${day(29).slice(0, 10)}`],
      ['dashboard: events, newest 100', '/audit/events'],
    ];
    for (const [name, query] of [...queries, ...pages]) {
      const t = await time(`${base}${query}`, query.startsWith('/audit') ? { cookie } : { token }).catch((err: unknown) => {
        console.log(`${name.padEnd(46)} FAILED: ${String(err)}${err instanceof Error && err.cause ? ` (${String(err.cause)})` : ''}`);
        return null;
      });
      if (!t) continue;
      if (!baseline) baseline = t.median;
      console.log(`${name.padEnd(46)} ${t.median.toFixed(1).padStart(10)} ${t.p95.toFixed(1).padStart(8)} ${(t.median / baseline).toFixed(1).padStart(7)} ${String(t.bytes).padStart(9)}`);
    }

    console.log('\nExport throughput (value reveals in one week, streamed)');
    const exportFilter = `type=value_revealed&from=${day(7)}&to=${day(0)}`;
    for (const format of ['ndjson', 'csv', 'fhir'] as const) {
      const started = performance.now();
      const res = await fetch(`${base}/v1/audit/export?format=${format}&${exportFilter}`, { headers: { Authorization: `Bearer ${token}` } });
      const text = await res.text();
      const seconds = (performance.now() - started) / 1000;
      const count = format === 'fhir' ? ((JSON.parse(text) as { entry?: unknown[] }).entry?.length ?? 0) : text.trimEnd().split('\n').length - (format === 'csv' ? 1 : 0);
      console.log(`${format.padEnd(8)} ${count.toLocaleString('en-US').padStart(8)} events  ${(text.length / 1e6).toFixed(1).padStart(6)} MB  ${seconds.toFixed(2).padStart(6)} s  ${Math.round(count / seconds).toLocaleString('en-US').padStart(7)} events/s  ${(text.length / 1e6 / seconds).toFixed(1).padStart(5)} MB/s`);
    }
  } finally {
    await stack?.stop();
    if (process.env.BENCH_KEEP) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

await main();
