import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../shared/sha256';
import { importSigningKey } from '../worker/integrity/checkpoint';
import { deploySetup, firstAdmin, parseSetupArgs, type SetupOptions, type Wrangler } from './deploy-setup';

const ROOT = path.resolve(import.meta.dirname, '..');
const WRANGLER = path.join(ROOT, 'node_modules/.bin/wrangler');
const OFFLINE = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };
const run = promisify(execFile);
const STAGING: SetupOptions = { env: 'staging', tenantName: 'Test Clinic', retentionYears: 6, rotateSigningKey: false, dryRun: false };

function scratchConfig(): string {
  const configPath = path.join(mkdtempSync(path.join(tmpdir(), 'deploy-setup-')), 'wrangler.toml');
  copyFileSync(path.join(ROOT, 'wrangler.toml'), configPath);
  return configPath;
}

/**
 * Cloudflare cannot be reached from here: this stands in for wrangler's remote commands, answering
 * as an account in `state` would, and records every call.
 */
function fakeCloudflare(state: { databaseId?: string; bucket?: boolean; secret?: boolean; tenants?: number }) {
  const calls: { args: string[]; stdin?: string }[] = [];
  const wrangler: Wrangler = async (args, stdin) => {
    calls.push({ args, stdin });
    const command = args.slice(0, 3).join(' ');
    if (command === 'd1 create phi-audit-staging') state.databaseId = 'f00dfeed-0000-4000-8000-000000000abc';
    if (command === 'd1 list --json') return JSON.stringify(state.databaseId ? [{ name: 'phi-audit-staging', uuid: state.databaseId }] : []);
    if (command === 'r2 bucket list') return state.bucket ? 'name:           phi-audit-archive-staging\ncreation_date:  2026-01-01T00:00:00.000Z\n' : '';
    if (command.startsWith('secret list')) return JSON.stringify(state.secret ? [{ name: 'CHECKPOINT_SIGNING_KEY', type: 'secret_text' }] : []);
    if (command === 'd1 execute DB' && args.includes('--json')) return JSON.stringify([{ results: [{ n: state.tenants ?? 0 }], success: true }]);
    return '';
  };
  return { calls, wrangler };
}

describe('deploy setup', () => {
  it('--dry-run prints every command in order and runs none', async () => {
    const lines: string[] = [];
    const refuse: Wrangler = () => Promise.reject(new Error('a dry run must not run wrangler'));
    const configPath = scratchConfig();
    await deploySetup({ ...STAGING, dryRun: true }, { wrangler: refuse, log: (l) => lines.push(l), configPath });
    const commands = lines.filter((l) => l.startsWith('$ wrangler ')).map((l) => l.slice('$ wrangler '.length));
    expect(commands.map((c) => c.split(' ').slice(0, 3).join(' '))).toEqual([
      'd1 list --json',
      'd1 create phi-audit-staging',
      'd1 list --json',
      'r2 bucket list',
      'r2 bucket create',
      'r2 bucket lock',
      'd1 migrations apply',
      'deploy --env staging',
      'secret list --env',
      'secret put CHECKPOINT_SIGNING_KEY',
      'd1 execute DB',
      'd1 execute DB',
    ]);
    expect(commands).toContain('r2 bucket lock add phi-audit-archive-staging retain-6-years tenants/ --retention-days 2192 --force');
    expect(commands).toContain('d1 migrations apply DB --env staging --remote');
    expect(lines.join('\n')).not.toMatch(/"d"\s*:/); // no private key, even generated
    expect(readFileSync(configPath, 'utf8')).toBe(readFileSync(path.join(ROOT, 'wrangler.toml'), 'utf8'));
  });

  it('on a new account: writes the database id, puts a valid signing key as a secret and prints the first admin token once', async () => {
    const cloudflare = fakeCloudflare({});
    const lines: string[] = [];
    const configPath = scratchConfig();
    await deploySetup(STAGING, { wrangler: cloudflare.wrangler, log: (l) => lines.push(l), configPath });

    const config = readFileSync(configPath, 'utf8');
    expect(config).toContain('database_name = "phi-audit-staging", database_id = "f00dfeed-0000-4000-8000-000000000abc"');
    expect(config).toContain('database_name = "phi-audit-production", database_id = "00000000-0000-0000-0000-000000000002"');

    const put = cloudflare.calls.find((c) => c.args[0] === 'secret' && c.args[1] === 'put')!;
    const key = await importSigningKey(put.stdin!);
    expect(lines.join('\n')).toContain(`New signing key id ${key.keyId}`);
    expect(lines.join('\n')).not.toContain(put.stdin!);

    const token = /^\s+(pss_\S+)$/m.exec(lines.join('\n'))![1]!;
    const insert = cloudflare.calls.find((c) => c.args.some((a) => a.startsWith('INSERT INTO tenants')))!;
    expect(insert.args.at(-1)).toContain(`'${sha256Hex(token)}'`);
    expect(insert.args.at(-1)).not.toContain(token);
  });

  it('run again on a set-up account: creates nothing, keeps the key, adds no admin', async () => {
    const cloudflare = fakeCloudflare({ databaseId: 'f00dfeed-0000-4000-8000-000000000abc', bucket: true, secret: true, tenants: 1 });
    await deploySetup(STAGING, { wrangler: cloudflare.wrangler, log: () => {}, configPath: scratchConfig() });
    const verbs = cloudflare.calls.map((c) => c.args.slice(0, 3).join(' '));
    expect(verbs).not.toContain('d1 create phi-audit-staging');
    expect(verbs).not.toContain('r2 bucket create');
    expect(verbs.some((v) => v.startsWith('secret put'))).toBe(false);
    expect(cloudflare.calls.some((c) => c.args.some((a) => a.startsWith('INSERT')))).toBe(false);
  });

  it("the first admin's SQL creates a tenant and an admin credential in the migrated schema", async () => {
    const persist = mkdtempSync(path.join(tmpdir(), 'deploy-setup-d1-'));
    const local = ['--local', '--persist-to', persist];
    await run(WRANGLER, ['d1', 'migrations', 'apply', 'DB', ...local], { cwd: ROOT, env: OFFLINE });
    const admin = firstAdmin("St. Mary's Clinic", new Date());
    await run(WRANGLER, ['d1', 'execute', 'DB', ...local, '--yes', '--command', admin.sql], { cwd: ROOT, env: OFFLINE });
    const { stdout } = await run(WRANGLER, ['d1', 'execute', 'DB', ...local, '--json', '--command', 'SELECT t.name, c.role, c.token_hash FROM credentials c JOIN tenants t ON t.id = c.tenant_id'], { cwd: ROOT, env: OFFLINE });
    expect(JSON.parse(stdout)[0].results).toEqual([{ name: "St. Mary's Clinic", role: 'admin', token_hash: sha256Hex(admin.token) }]);
  }, 60_000);

  it.each(['staging', 'production'])('wrangler.toml [env.%s] bundles with its own D1, R2 and vars', async (env) => {
    const { stdout } = await run(WRANGLER, ['deploy', '--dry-run', '--env', env, '--outdir', mkdtempSync(path.join(tmpdir(), 'deploy-bundle-'))], { cwd: ROOT, env: OFFLINE });
    expect(stdout).toMatch(new RegExp(`env\\.DB \\(phi-audit-${env}\\)\\s+D1 Database`));
    expect(stdout).toMatch(new RegExp(`env\\.ARCHIVE \\(phi-audit-archive-${env}\\)\\s+R2 Bucket`));
    expect(stdout).toMatch(/env\.D1_KEEP_DAYS \("90"\)/);
  }, 60_000);

  it('refuses an unknown environment, a short retention and a tenant name that is not a name', () => {
    expect(() => parseSetupArgs(['--env', 'prod'])).toThrow(/--env/);
    expect(() => parseSetupArgs(['--env', 'staging', '--retention-years', '0'])).toThrow(/retention/);
    expect(parseSetupArgs(['--env', 'production', '--dry-run'])).toMatchObject({ env: 'production', retentionYears: 6, dryRun: true });
    expect(() => firstAdmin("x'); DROP TABLE tenants; --", new Date())).toThrow(/tenant name/);
  });
});
