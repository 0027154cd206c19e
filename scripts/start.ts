import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startLocalStack, OFFLINE_ENV } from './local-stack';
import { startStaticServer } from './static-server';

/**
 * `npm start`: builds the extension, starts the Worker with a fresh local D1 seeded with a demo
 * tenant, serves the demo EHR page, and prints what to do next. Ctrl-C stops everything.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const persistDir = path.join(ROOT, '.wrangler/demo');

console.log('Building the extension...');
execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, env: OFFLINE_ENV, stdio: ['ignore', 'ignore', 'inherit'] });

console.log('Starting the Worker with a fresh local D1 (the demo database is reset on every start)...');
rmSync(persistDir, { recursive: true, force: true });
const stack = await startLocalStack({ persistDir, port: Number(process.env.PORT ?? 8787), log: (line) => process.stderr.write(line) });
const pages = await startStaticServer([path.join(ROOT, 'demo')], Number(process.env.DEMO_PORT ?? 8788));

console.log(`
PHI Screen Shield is running.

  Audit API (Worker + local D1)  ${stack.url}
  Demo EHR page                  ${pages.url}/
  Built extension                ${path.join(ROOT, '.output/chrome-mv3')}

1. Load the extension: open chrome://extensions, turn on Developer mode, click "Load unpacked"
   and pick the built extension folder above.
2. Enrol: open the extension's options page and enter
     Audit server URL  ${stack.url}
     Enrolment code    ${stack.enrolmentCodes[0]}
3. Open the demo EHR page: names, dates, SSN and other PHI are masked.
4. Review the central audit log as the demo auditor at ${stack.url}/audit
   (sign in with the auditor token), or through the API:
     curl -H 'Authorization: Bearer ${stack.auditorToken}' ${stack.url}/v1/events
5. Administer the demo tenant (devices, enrolment codes, users, policy) at ${stack.url}/admin
   with the admin token.

  Auditor token  ${stack.auditorToken}
  Admin token    ${stack.adminToken}

Ctrl-C stops everything.`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  pages.server.close();
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
