import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalStack } from '../../scripts/local-stack';
import { startStaticServer } from '../../scripts/static-server';
import { EXTENSION_DIR, ROOT } from './paths';
import { startRecordingProxy } from './recording-proxy';

export interface E2eStack {
  /** The Worker as the extension sees it: through the recording proxy. */
  serverUrl: string;
  /** The Worker directly, for the test's own auditor queries. */
  workerUrl: string;
  pagesUrl: string;
  auditorToken: string;
  /** The demo tenant's admin token; policy tests restore the default policy when they finish. */
  adminToken: string;
  enrolmentCodes: string[];
  claimDir: string;
  requestLog: string;
  persistDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: E2eStack;
  }
}

/** One Worker, page server and proxy for the whole e2e suite; torn down after it. */
export default async function setup(project: TestProject) {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first (npm test does).`);
  }
  const work = mkdtempSync(path.join(tmpdir(), 'phi-e2e-'));
  const claimDir = path.join(work, 'claims');
  mkdirSync(claimDir);
  const stack = await startLocalStack({ persistDir: path.join(work, 'd1'), enrolmentCodes: 40 });
  const pages = await startStaticServer([path.join(ROOT, 'tests/e2e/pages'), path.join(ROOT, 'demo')]);
  const requestLog = path.join(work, 'requests.ndjson');
  const proxy = await startRecordingProxy(stack.url, requestLog);

  project.provide('stack', {
    serverUrl: proxy.url,
    workerUrl: stack.url,
    pagesUrl: pages.url,
    auditorToken: stack.auditorToken,
    adminToken: stack.adminToken,
    enrolmentCodes: stack.enrolmentCodes,
    claimDir,
    requestLog,
    persistDir: stack.persistDir,
  });

  return async () => {
    proxy.server.close();
    pages.server.close();
    await stack.stop();
    rmSync(work, { recursive: true, force: true });
  };
}
