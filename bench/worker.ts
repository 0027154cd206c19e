/**
 * Worker benchmarks: `npm run bench:worker`. One fresh local stack (wrangler dev + local D1 on
 * loopback, the same as `npm start`), then each suite in turn against it. Suites that read (the
 * auditor's queries) run after ingest, over the events it stored: add them to `suites` below.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalStack, type LocalStack } from '../scripts/local-stack';
import { benchIngest, ENROLMENT_CODES_NEEDED, printIngest } from './worker-ingest';

export interface WorkerBenchSuite {
  name: string;
  /** Enrolment codes the suite takes from the stack. */
  enrolmentCodes: number;
  run(stack: LocalStack, codes: string[]): Promise<void>;
}

const suites: WorkerBenchSuite[] = [
  { name: 'ingest', enrolmentCodes: ENROLMENT_CODES_NEEDED, run: async (stack, codes) => printIngest(await benchIngest(stack, codes)) },
];

const work = mkdtempSync(path.join(tmpdir(), 'phi-bench-worker-'));
const stack = await startLocalStack({ persistDir: path.join(work, 'd1'), enrolmentCodes: suites.reduce((n, s) => n + s.enrolmentCodes, 0) });
try {
  const codes = [...stack.enrolmentCodes];
  for (const suite of suites) await suite.run(stack, codes.splice(0, suite.enrolmentCodes));
} finally {
  await stack.stop();
  rmSync(work, { recursive: true, force: true });
}
