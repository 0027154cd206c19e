/**
 * Audit-log benchmark: `npm run bench:audit`.
 *
 * Events written per second through the whole path: a message from the content script's own world
 * in a real page (Chromium, the built extension) -> the background service worker (validation,
 * sender check) -> Dexie (hash chain + outbox in one transaction). The baseline, in the same
 * browser, is the same round trip for a message the background refuses at validation (pure
 * messaging), so the ratio is what the background's work and recording cost on top of it. Then storage per event: the events' JSON and
 * the browser's own estimate of what the extension's origin uses on disk.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { CDPSession } from 'playwright-core';

process.env.PHI_OUT_DIR ??= '.output-bench';
const ROOT = path.resolve(import.meta.dirname, '..');
const SEQUENTIAL = 1_000;
const CONCURRENT = 2_000;
const IN_FLIGHT = 16;

// A build of the current sources, in a directory of its own.
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore', env: process.env });
const { launchWithExtension } = await import('../tests/e2e/extension-browser');
const { startStaticServer } = await import('../scripts/static-server');

const pages = await startStaticServer([path.join(ROOT, 'demo')]);
const browser = await launchWithExtension();
try {
  const page = await browser.context.newPage();
  await page.goto(`${pages.url}/index.html`);
  await page.locator('html[data-phi-shield~="ready"]').waitFor({ state: 'attached' });
  const contentWorld = await contentScriptWorld(await browser.context.newCDPSession(page), browser.extensionId);
  const before = await storageFigures();

  const baseline = await timeMessages(contentWorld, { kind: 'unknown' }, SEQUENTIAL, 1);
  const settingsRead = await timeMessages(contentWorld, { kind: 'get-page-settings' }, SEQUENTIAL, 1);
  const sequential = await timeMessages(contentWorld, { kind: 'page-protected', counts: { NAME: 4, DATE: 5, SSN: 1, MRN: 1, PHONE: 1 } }, SEQUENTIAL, 1);
  const concurrent = await timeMessages(contentWorld, { kind: 'page-protected', counts: { NAME: 4, DATE: 5, SSN: 1 } }, CONCURRENT, IN_FLIGHT);
  const reveals = await timeMessages(contentWorld, { kind: 'reveal', scope: 'value', phiType: 'SSN', valueDigest: 'ab'.repeat(32), reason: 'treatment' }, SEQUENTIAL, 1);
  const after = await storageFigures();

  const rate = (t: Timing) => t.count / (t.totalMs / 1000);
  const line = (label: string, t: Timing, unit: string) =>
    `  ${label.padEnd(44)} ${rate(t).toFixed(0).padStart(6)} ${unit}/s   p50 ${t.p50.toFixed(2)} ms  p95 ${t.p95.toFixed(2)} ms   ×${(rate(t) / rate(baseline)).toFixed(2)} of baseline`;
  console.log('audit path in Chromium: content script -> background -> Dexie');
  console.log(line(`baseline: refused at validation (n=${baseline.count})`, baseline, 'msg'));
  console.log(line(`get-page-settings: reads only (n=${settingsRead.count})`, settingsRead, 'msg'));
  console.log(line(`page_protected, one at a time (n=${sequential.count})`, sequential, 'ev '));
  console.log(line(`page_protected, ${IN_FLIGHT} in flight (n=${concurrent.count})`, concurrent, 'ev '));
  console.log(line(`value_revealed, one at a time (n=${reveals.count})`, reveals, 'ev '));

  const written = after.events - before.events;
  const jsonPerEvent = (after.eventBytes - before.eventBytes) / written;
  const diskPerEvent = (after.usage - before.usage) / written;
  console.log(`storage: ${written} events written; JSON ${jsonPerEvent.toFixed(0)} B/event; origin usage (navigator.storage.estimate) ${diskPerEvent.toFixed(0)} B/event`);
  console.log(
    JSON.stringify({
      baselineMsgPerSec: Math.round(rate(baseline)),
      eventsPerSecSequential: Math.round(rate(sequential)),
      eventsPerSecConcurrent: Math.round(rate(concurrent)),
      revealsPerSec: Math.round(rate(reveals)),
      revealP95Ms: Number(reveals.p95.toFixed(2)),
      jsonBytesPerEvent: Math.round(jsonPerEvent),
      diskBytesPerEvent: Math.round(diskPerEvent),
    }),
  );
} finally {
  await browser.close();
  pages.server.close();
}

interface Timing {
  count: number;
  totalMs: number;
  p50: number;
  p95: number;
}

/** The execution context of our content script in the page: runtime messages sent from it are the product's. */
async function contentScriptWorld(cdp: CDPSession, extensionId: string): Promise<{ cdp: CDPSession; contextId: number }> {
  const contexts: { id: number; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable'); // replays the contexts that already exist
  const world = contexts.find((c) => c.origin === `chrome-extension://${extensionId}`);
  if (!world) throw new Error('The content script world was not found in the page.');
  return { cdp, contextId: world.id };
}

/** Sends `count` copies of a message from the content script world, `inFlight` at a time; every reply must be ok. */
async function timeMessages({ cdp, contextId }: { cdp: CDPSession; contextId: number }, message: object, count: number, inFlight: number): Promise<Timing> {
  const expression = `(async () => {
    const message = ${JSON.stringify(message)};
    const latencies = [];
    let next = 0;
    const start = performance.now();
    const worker = async () => {
      while (next < ${count}) {
        next++;
        const sent = performance.now();
        const reply = await chrome.runtime.sendMessage(message);
        latencies.push(performance.now() - sent);
        if (!reply || (!reply.ok && message.kind !== 'unknown')) throw new Error('refused: ' + (reply && reply.error));
      }
    };
    await Promise.all(Array.from({ length: ${inFlight} }, worker));
    const totalMs = performance.now() - start;
    latencies.sort((a, b) => a - b);
    return { count: latencies.length, totalMs, p50: latencies[Math.floor(latencies.length * 0.5)], p95: latencies[Math.floor(latencies.length * 0.95)] };
  })()`;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
  if (exceptionDetails) throw new Error(`The benchmark failed in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as Timing;
}

/**
 * Events stored, their JSON bytes (the log's own counter) and the origin's disk usage, read in the
 * service worker. A string, not a function: tsx would wrap a function's inner names in a helper
 * the service worker does not have.
 */
function storageFigures(): Promise<{ events: number; eventBytes: number; usage: number }> {
  return browser.serviceWorker.evaluate(`(async () => {
    const request = (r) => new Promise((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const db = await request(indexedDB.open('phi-shield-audit'));
    const tx = db.transaction(['events', 'meta']);
    const events = await request(tx.objectStore('events').count());
    const storage = await request(tx.objectStore('meta').get('storage'));
    db.close();
    const { usage } = await navigator.storage.estimate();
    return { events, eventBytes: storage ? storage.value.eventBytes : 0, usage: usage ?? 0 };
  })()`);
}
