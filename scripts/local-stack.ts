import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { sha256Hex } from '../shared/sha256';
import { ENROLMENT_CODE_TTL_MS, hashEnrolmentCode, newEnrolmentCode, newToken } from '../shared/secrets';
import { generateSigningKeyJwk } from '../worker/integrity/checkpoint';

/**
 * The Worker with its embedded local D1, migrated and seeded with a demo tenant, running on
 * loopback. `npm start` and the end-to-end tests both use it. Fully offline.
 */
export interface LocalStack {
  url: string;
  persistDir: string;
  tenantId: string;
  enrolmentCodes: string[];
  auditorToken: string;
  /** The demo tenant's admin (policy, devices, users): /admin and the admin API. */
  adminToken: string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '..');
const WRANGLER = path.join(ROOT, 'node_modules/.bin/wrangler');
export const OFFLINE_ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_UPDATE_NOTIFIER: '1' };

const run = promisify(execFile);

export async function startLocalStack(options: { persistDir: string; port?: number; enrolmentCodes?: number; log?: (line: string) => void }): Promise<LocalStack> {
  const { persistDir } = options;
  const persist = ['--local', '--persist-to', persistDir];
  await run(WRANGLER, ['d1', 'migrations', 'apply', 'DB', ...persist], { cwd: ROOT, env: OFFLINE_ENV });

  const seed = demoSeed(options.enrolmentCodes ?? 1);
  await run(WRANGLER, ['d1', 'execute', 'DB', ...persist, '--yes', '--command', seed.sql], { cwd: ROOT, env: OFFLINE_ENV });

  const port = options.port ?? (await freePort());
  // The checkpoint signing key (a secret on Cloudflare): fresh per local stack. --test-scheduled
  // lets GET /__scheduled run the integrity job's cron by hand.
  const signingKey = await generateSigningKeyJwk();
  const worker = spawn(
    WRANGLER,
    ['dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(await freePort()), '--persist-to', persistDir, '--show-interactive-dev-session=false', '--log-level', 'warn', '--test-scheduled', '--var', `CHECKPOINT_SIGNING_KEY:${signingKey}`],
    { cwd: ROOT, env: OFFLINE_ENV, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output.push(text);
    options.log?.(text);
  };
  worker.stdout!.on('data', collect);
  worker.stderr!.on('data', collect);

  const url = `http://127.0.0.1:${port}`;
  await waitForHealthy(url, worker, output);
  return { url, persistDir, ...seed.credentials, stop: () => stopProcess(worker) };
}

/** One tenant, its enrolment codes and an auditor token; only hashes go into the database. */
function demoSeed(codeCount: number) {
  const tenantId = randomUUID();
  const auditorToken = newToken();
  const adminToken = newToken();
  const enrolmentCodes = Array.from({ length: codeCount }, newEnrolmentCode);
  const now = new Date().toISOString();
  const expires = new Date(Date.now() + ENROLMENT_CODE_TTL_MS).toISOString();
  const statements = [
    `INSERT INTO tenants (id, name, created_at) VALUES ('${tenantId}', 'Demo Clinic', '${now}')`,
    `INSERT INTO credentials (token_hash, tenant_id, role, subject, created_at) VALUES ('${sha256Hex(auditorToken)}', '${tenantId}', 'auditor', 'demo-auditor', '${now}')`,
    `INSERT INTO credentials (token_hash, tenant_id, role, subject, created_at) VALUES ('${sha256Hex(adminToken)}', '${tenantId}', 'admin', 'demo-admin', '${now}')`,
    ...enrolmentCodes.map(
      (code, i) =>
        `INSERT INTO enrolment_codes (code_hash, tenant_id, user_id, created_at, expires_at) VALUES ('${hashEnrolmentCode(code)}', '${tenantId}', 'demo-tech-${i + 1}', '${now}', '${expires}')`,
    ),
  ];
  return { sql: statements.join(';\n'), credentials: { tenantId, auditorToken, adminToken, enrolmentCodes } };
}

async function waitForHealthy(url: string, worker: ChildProcess, output: string[]) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (worker.exitCode !== null) throw new Error(`wrangler dev exited (${worker.exitCode}):\n${output.join('')}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stopProcess(worker);
  throw new Error(`wrangler dev did not become healthy in 60 s:\n${output.join('')}`);
}

/** Stops a detached process group (wrangler starts workerd as a child). */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
  const timeout = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5_000);
  await exited;
  clearTimeout(timeout);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
