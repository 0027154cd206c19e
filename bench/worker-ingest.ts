import { DEVICE_KEY_ALGORITHM, exportPublicKeyJwk } from '../shared/device-auth';
import { appendToChain, MAX_EVENTS_PER_BATCH, type AuditEvent, type EventDraft } from '../shared/events';
import type { LocalStack } from '../scripts/local-stack';

/**
 * Ingest throughput: POST /v1/events through the real Worker (wrangler dev, local D1) on loopback,
 * DEVICES devices sending at once, for batch sizes 1, 50 and the maximum. Each batch size gets its
 * own freshly enrolled devices, and each device stays within the per-device rate limit, so what is
 * measured is ingest, never a 429. The baseline, in the same run, is GET /healthz at the same
 * concurrency: the Worker and loopback with no auth, validation or D1.
 */
export const DEVICES = 20;
export const BATCH_SIZES = [1, 50, MAX_EVENTS_PER_BATCH];
/** Requests per device for each batch size: bounded, and under the 120 a minute a device may send. */
const REQUESTS_PER_DEVICE: Record<number, number> = { 1: 100, 50: 20, [MAX_EVENTS_PER_BATCH]: 10 };
export const ENROLMENT_CODES_NEEDED = DEVICES * BATCH_SIZES.length;

export interface Timing {
  label: string;
  requests: number;
  events: number;
  totalMs: number;
  p50: number;
  p95: number;
}

const draft: EventDraft = {
  type: 'page_protected',
  site: { origin: 'https://ehr.example.org', route: '/Patient/:id/chart' },
  counts: { NAME: 3, DATE: 4, SSN: 1, MRN: 1 },
  detectorVersion: '1.0.0',
};

interface BenchDevice {
  token: string;
  batches: AuditEvent[][];
}

/** Runs the ingest benchmark on a started stack; takes ENROLMENT_CODES_NEEDED of its codes. */
export async function benchIngest(stack: LocalStack, codes: string[]): Promise<{ baseline: Timing; ingest: Timing[] }> {
  const baseline = await timeConcurrently(`GET /healthz, ${DEVICES} clients (baseline)`, DEVICES, 100, 0, async () => {
    const res = await fetch(`${stack.url}/healthz`);
    if (!res.ok) throw new Error(`healthz answered ${res.status}`);
    await res.arrayBuffer();
  });
  const ingest: Timing[] = [];
  for (const size of BATCH_SIZES) {
    const requests = REQUESTS_PER_DEVICE[size]!;
    // Chains are built before the clock starts: hashing is the device's work, not the Worker's.
    const devices = await Promise.all(codes.splice(0, DEVICES).map((code) => enrolBenchDevice(stack.url, code, size, requests)));
    ingest.push(
      await timeConcurrently(`POST /v1/events, batch ${String(size).padStart(3)}, ${DEVICES} devices`, DEVICES, requests, size, async (client, i) => {
        const device = devices[client]!;
        const res = await fetch(`${stack.url}/v1/events`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${device.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ events: device.batches[i], sentAt: new Date().toISOString() }),
        });
        const reply = (await res.json()) as { accepted?: number };
        if (res.status !== 200 || reply.accepted !== size) throw new Error(`ingest answered ${res.status}: ${JSON.stringify(reply)}`);
      }),
    );
  }
  return { baseline, ingest };
}

async function enrolBenchDevice(serverUrl: string, code: string, batchSize: number, requests: number): Promise<BenchDevice> {
  const deviceId = crypto.randomUUID();
  const keys = (await crypto.subtle.generateKey(DEVICE_KEY_ALGORITHM, false, ['sign', 'verify'])) as CryptoKeyPair;
  const res = await fetch(`${serverUrl}/v1/enrol`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, deviceId, publicKey: await exportPublicKeyJwk(keys.publicKey) }),
  });
  if (res.status !== 201) throw new Error(`enrolment answered ${res.status}: ${await res.text()}`);
  const { accessToken, userId } = (await res.json()) as { accessToken: string; userId: string };
  const events: AuditEvent[] = [];
  for (let i = 0; i < batchSize * requests; i++) events.push(appendToChain(draft, deviceId, events.at(-1) ?? null, new Date(), userId));
  const batches = Array.from({ length: requests }, (_, i) => events.slice(i * batchSize, (i + 1) * batchSize));
  return { token: accessToken, batches };
}

/** `clients` loops running `requests` calls each, all at once; one timing over all of them. */
async function timeConcurrently(
  label: string,
  clients: number,
  requests: number,
  eventsPerRequest: number,
  call: (client: number, request: number) => Promise<void>,
): Promise<Timing> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; i < requests; i++) {
        const t0 = performance.now();
        await call(client, i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const totalMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { label, requests: latencies.length, events: latencies.length * eventsPerRequest, totalMs, p50: at(0.5), p95: at(0.95) };
}

export function printIngest({ baseline, ingest }: { baseline: Timing; ingest: Timing[] }): void {
  const perSecond = (n: number, t: Timing) => n / (t.totalMs / 1000);
  const firstIngest = ingest[0]!;
  console.log(`ingest through the real Worker and local D1 on loopback (${DEVICES} concurrent devices)`);
  console.log(`  ${baseline.label.padEnd(44)} ${perSecond(baseline.requests, baseline).toFixed(0).padStart(7)} req/s   p50 ${baseline.p50.toFixed(1)} ms  p95 ${baseline.p95.toFixed(1)} ms`);
  for (const t of ingest) {
    console.log(
      `  ${t.label.padEnd(44)} ${perSecond(t.events, t).toFixed(0).padStart(7)} ev/s  ${perSecond(t.requests, t).toFixed(0).padStart(5)} req/s (×${(perSecond(t.requests, t) / perSecond(baseline.requests, baseline)).toFixed(2)} of baseline)   p50 ${t.p50.toFixed(1)} ms  p95 ${t.p95.toFixed(1)} ms   ×${(perSecond(t.events, t) / perSecond(firstIngest.events, firstIngest)).toFixed(1)} ev/s of batch 1   (n=${t.events} events)`,
    );
  }
  console.log(
    JSON.stringify({
      baselineReqPerSec: Math.round(perSecond(baseline.requests, baseline)),
      ingest: ingest.map((t) => ({ batch: t.events / t.requests, eventsPerSec: Math.round(perSecond(t.events, t)), p50Ms: +t.p50.toFixed(1), p95Ms: +t.p95.toFixed(1) })),
    }),
  );
}
