import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sha256Hex } from '../shared/sha256';
import { newToken } from '../shared/secrets';
import { generateSigningKeyJwk, importSigningKey } from '../worker/integrity/checkpoint';

/**
 * `npm run deploy:setup -- --env staging|production [--tenant-name NAME] [--dry-run]`
 *
 * One command from an empty Cloudflare account to a running audit server, safe to run again:
 * the D1 database (its id written into wrangler.toml), the R2 archive bucket with its retention
 * lock, the migrations, the Worker, the checkpoint signing key (a secret), and - when the
 * database has no tenant yet - the first tenant and its admin credential, printed once.
 * `--rotate-signing-key` replaces the signing key; `--dry-run` prints every command instead.
 * Needs `wrangler login` (or CLOUDFLARE_API_TOKEN) first. See docs/deployment.md.
 */

export const ENVIRONMENTS = ['staging', 'production'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];
const DAYS_PER_YEAR = 365.25;

export interface SetupOptions {
  env: Environment;
  tenantName: string;
  retentionYears: number;
  rotateSigningKey: boolean;
  dryRun: boolean;
}

/** Runs `wrangler ARGS` (stdin for secrets) and returns its stdout. */
export type Wrangler = (args: string[], stdin?: string) => Promise<string>;

export interface SetupIo {
  wrangler: Wrangler;
  log: (line: string) => void;
  configPath: string;
}

export const resourceNames = (env: Environment) => ({ database: `phi-audit-${env}`, bucket: `phi-audit-archive-${env}` });

export async function deploySetup(options: SetupOptions, io: SetupIo): Promise<void> {
  const { env, dryRun } = options;
  const names = resourceNames(env);
  const envFlag = ['--env', env];
  const step = (text: string) => io.log(`\n== ${text}`);
  /** In a dry run, commands are printed and answer with nothing. */
  const wrangler: Wrangler = async (args, stdin) => {
    io.log(`$ wrangler ${args.map(quoteArg).join(' ')}${stdin === undefined ? '' : ' < (secret on stdin)'}`);
    return dryRun ? '' : io.wrangler(args, stdin);
  };

  step(`D1 database ${names.database}`);
  let databaseId = findDatabaseId(await wrangler(['d1', 'list', '--json']), names.database);
  if (!databaseId) {
    await wrangler(['d1', 'create', names.database]);
    databaseId = findDatabaseId(await wrangler(['d1', 'list', '--json']), names.database);
  }
  if (dryRun) io.log(`(would write the database id into ${path.basename(io.configPath)} [env.${env}])`);
  else if (!databaseId) throw new Error(`wrangler did not list ${names.database} after creating it.`);
  else await writeDatabaseId(io.configPath, env, names.database, databaseId);

  step(`R2 bucket ${names.bucket}, objects under tenants/ locked for ${options.retentionYears} years`);
  if (bucketExists(await wrangler(['r2', 'bucket', 'list']), names.bucket)) io.log('(exists)');
  else await wrangler(['r2', 'bucket', 'create', names.bucket]);
  // A lock rule cannot be set per object from the Worker: the bucket carries it. Locked objects can
  // be neither deleted nor overwritten until the retention period ends.
  const retentionDays = Math.ceil(options.retentionYears * DAYS_PER_YEAR);
  await wrangler(['r2', 'bucket', 'lock', 'add', names.bucket, `retain-${options.retentionYears}-years`, 'tenants/', '--retention-days', String(retentionDays), '--force']);

  step('Migrations');
  await wrangler(['d1', 'migrations', 'apply', 'DB', ...envFlag, '--remote']);

  step('Worker');
  await wrangler(['deploy', ...envFlag]);

  step('Checkpoint signing key (secret CHECKPOINT_SIGNING_KEY)');
  const secrets = JSON.parse((await wrangler(['secret', 'list', ...envFlag, '--format', 'json'])) || '[]') as { name: string }[];
  if (secrets.some((s) => s.name === 'CHECKPOINT_SIGNING_KEY') && !options.rotateSigningKey) io.log('(set; --rotate-signing-key replaces it)');
  else {
    const privateJwk = await generateSigningKeyJwk();
    await wrangler(['secret', 'put', 'CHECKPOINT_SIGNING_KEY', ...envFlag], privateJwk);
    const { keyId } = await importSigningKey(privateJwk);
    io.log(dryRun ? '(a fresh Ed25519 key is generated on a real run; only its key id is printed)' : `New signing key id ${keyId}: pin it (GET /v1/checkpoints/key) in your auditors' verifier.`);
  }

  step('First tenant and admin');
  const tenants = countTenants(await wrangler(['d1', 'execute', 'DB', ...envFlag, '--remote', '--json', '--command', 'SELECT COUNT(*) AS n FROM tenants']));
  if (tenants > 0) {
    io.log(`(the database has ${tenants} tenant(s); create more admins with the admin API)`);
    return;
  }
  const admin = firstAdmin(options.tenantName, new Date());
  await wrangler(['d1', 'execute', 'DB', ...envFlag, '--remote', '--command', admin.sql]);
  io.log(
    dryRun
      ? '(a real run prints the first admin token here, once)'
      : `Tenant "${options.tenantName}" (${admin.tenantId}). First admin token, shown only now; store it in your password manager:\n\n    ${admin.token}\n`,
  );
}

/** The SQL for a tenant and its first admin credential; only the token's hash is stored. */
export function firstAdmin(tenantName: string, now: Date): { sql: string; token: string; tenantId: string } {
  if (!/^[\p{L}\p{N} .,&()'-]{1,100}$/u.test(tenantName)) throw new Error('The tenant name must be 1-100 letters, digits, spaces or .,&()\'-');
  const tenantId = randomUUID();
  const token = newToken();
  const at = now.toISOString();
  const name = tenantName.replace(/'/g, "''");
  const sql = [
    `INSERT INTO tenants (id, name, created_at) VALUES ('${tenantId}', '${name}', '${at}')`,
    `INSERT INTO credentials (token_hash, tenant_id, role, subject, created_at) VALUES ('${sha256Hex(token)}', '${tenantId}', 'admin', 'first-admin', '${at}')`,
  ].join('; ');
  return { sql, token, tenantId };
}

function findDatabaseId(listJson: string, name: string): string | null {
  if (!listJson.trim()) return null;
  const databases = JSON.parse(listJson) as { name: string; uuid: string }[];
  return databases.find((d) => d.name === name)?.uuid ?? null;
}

function bucketExists(listOutput: string, name: string): boolean {
  return listOutput.split('\n').some((line) => /^name:\s+(\S+)$/.exec(line.trim())?.[1] === name);
}

function countTenants(executeJson: string): number {
  if (!executeJson.trim()) return 0;
  const [result] = JSON.parse(executeJson) as { results: { n: number }[] }[];
  return result?.results[0]?.n ?? 0;
}

/** Replaces the environment's placeholder (or previous) database id in wrangler.toml. */
export async function writeDatabaseId(configPath: string, env: Environment, databaseName: string, databaseId: string): Promise<void> {
  const config = await readFile(configPath, 'utf8');
  const line = new RegExp(`(database_name = "${databaseName}", database_id = ")[^"]*(")`);
  if (!line.test(config)) throw new Error(`${configPath} has no d1_databases entry for ${databaseName} under [env.${env}].`);
  await writeFile(configPath, config.replace(line, `$1${databaseId}$2`));
}

function quoteArg(arg: string): string {
  return /^[\w./:=@-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

const ROOT = path.resolve(import.meta.dirname, '..');

function realWrangler(args: string[], stdin?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(path.join(ROOT, 'node_modules/.bin/wrangler'), args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`wrangler ${args.slice(0, 3).join(' ')} failed:\n${stderr || stdout}`));
      else resolve(stdout);
    });
    if (stdin !== undefined) child.stdin!.end(stdin);
  });
}

export function parseSetupArgs(argv: string[]): SetupOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      env: { type: 'string' },
      'tenant-name': { type: 'string', default: 'My Organisation' },
      'retention-years': { type: 'string', default: '6' },
      'rotate-signing-key': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  if (!ENVIRONMENTS.includes(values.env as Environment)) throw new Error(`--env must be one of: ${ENVIRONMENTS.join(', ')}.`);
  const retentionYears = Number(values['retention-years']);
  if (!Number.isInteger(retentionYears) || retentionYears < 1 || retentionYears > 100) throw new Error('--retention-years must be a whole number of years (HIPAA: at least 6).');
  return { env: values.env as Environment, tenantName: values['tenant-name']!, retentionYears, rotateSigningKey: values['rotate-signing-key']!, dryRun: values['dry-run']! };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const options = parseSetupArgs(process.argv.slice(2));
    await deploySetup(options, { wrangler: realWrangler, log: (line) => console.log(line), configPath: path.join(ROOT, 'wrangler.toml') });
    console.log(options.dryRun ? '\nDry run: nothing was changed.' : `\nDone. Commit wrangler.toml (it now holds the ${options.env} database id).`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  }
}
