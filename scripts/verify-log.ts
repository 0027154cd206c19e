import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { verifyArchive } from '../worker/integrity/archive';
import { checkSignature, publicJwkSchema, signedCheckpointSchema, type PublicJwk, type Verdict } from '../worker/integrity/checkpoint';
import { consistencyResponseSchema, inclusionResponseSchema, verifyConsistencyResponse, verifyInclusionResponse } from '../worker/integrity/verify-proofs';

/**
 * `npm run verify -- COMMAND ...`: checks the audit log's integrity offline, trusting only the
 * checkpoint public keys (pin them: save GET /v1/checkpoints/key once and pass it with --keys).
 *
 *   checkpoint  FILE | --server URL --token T            a signed checkpoint (default: the latest)
 *   inclusion   FILE | --server URL --token T --event ID [--tree-size N]
 *   consistency FILE | --server URL --token T --from N --to M
 *   archive     DAY.ndjson [NEXT-DAY.ndjson ...]         R2 archive files; consecutive days chain
 *
 * FILE is a response saved from the matching API route. Prints one line per check; exits 0 when
 * every check passes, 1 when one fails, 2 on bad usage.
 */

const USAGE = 'usage: npm run verify -- (checkpoint|inclusion|consistency|archive) [FILE...] --keys KEYS.json [--server URL --token TOKEN] [--event ID] [--tree-size N] [--from N --to M]';

/** The keys file: GET /v1/checkpoints/key's response, or a single public JWK. */
const keysFileSchema = z.union([z.object({ keys: z.array(z.object({ publicJwk: publicJwkSchema })) }).transform((f) => f.keys.map((k) => k.publicJwk)), publicJwkSchema.transform((k) => [k])]);

export interface VerifyResult {
  exitCode: 0 | 1 | 2;
  lines: string[];
}

export async function verifyLog(argv: string[], fetchJson: (url: string, token?: string) => Promise<unknown> = httpGetJson): Promise<VerifyResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        keys: { type: 'string' },
        server: { type: 'string' },
        token: { type: 'string' },
        event: { type: 'string' },
        'tree-size': { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
      },
    });
  } catch (err) {
    return { exitCode: 2, lines: [(err as Error).message, USAGE] };
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  const server = values.server?.replace(/\/+$/, '');

  let keys: PublicJwk[];
  const lines: string[] = [];
  if (values.keys) keys = keysFileSchema.parse(JSON.parse(await readFile(values.keys, 'utf8')));
  else if (server) {
    keys = keysFileSchema.parse(await fetchJson(`${server}/v1/checkpoints/key`));
    lines.push('warning: trusting the public keys the server sent; pin them with --keys for a real audit');
  } else return { exitCode: 2, lines: ['--keys is required (or --server to fetch them).', USAGE] };

  /** The saved response in FILE, or the same response fetched from the server. */
  const input = async (path: string): Promise<unknown> => {
    if (files[0]) return JSON.parse(await readFile(files[0], 'utf8'));
    if (!server || !values.token) throw new UsageError('Give a saved response FILE, or --server and --token.');
    return fetchJson(`${server}${path}`, values.token);
  };

  try {
    const verdicts: Verdict[] = [];
    switch (command) {
      case 'checkpoint': {
        const body = z.object({ checkpoint: signedCheckpointSchema }).or(signedCheckpointSchema.transform((checkpoint) => ({ checkpoint })));
        verdicts.push(await checkSignature(body.parse(await input('/v1/checkpoints/latest')).checkpoint, keys));
        break;
      }
      case 'inclusion': {
        if (!files[0] && !values.event) throw new UsageError('inclusion needs --event ID with --server.');
        const query = new URLSearchParams({ event: values.event ?? '', ...(values['tree-size'] ? { treeSize: values['tree-size'] } : {}) });
        verdicts.push(await verifyInclusionResponse(inclusionResponseSchema.parse(await input(`/v1/proofs/inclusion?${query}`)), keys));
        break;
      }
      case 'consistency': {
        if (!files[0] && !(values.from && values.to)) throw new UsageError('consistency needs --from N --to M with --server.');
        const query = new URLSearchParams({ from: values.from ?? '', to: values.to ?? '' });
        verdicts.push(await verifyConsistencyResponse(consistencyResponseSchema.parse(await input(`/v1/proofs/consistency?${query}`)), keys));
        break;
      }
      case 'archive':
        if (files.length === 0) throw new UsageError('archive needs at least one NDJSON file.');
        verdicts.push(...(await verifyArchives(files, keys)));
        break;
      default:
        return { exitCode: 2, lines: [...lines, USAGE] };
    }
    for (const v of verdicts) lines.push(v.ok ? `ok: ${v.detail}` : `FAIL: ${v.problem}`);
    return { exitCode: verdicts.every((v) => v.ok) ? 0 : 1, lines };
  } catch (err) {
    if (err instanceof UsageError) return { exitCode: 2, lines: [...lines, err.message, USAGE] };
    if (err instanceof z.ZodError || err instanceof SyntaxError) return { exitCode: 1, lines: [...lines, `FAIL: the input is not a well-formed ${command} response (${err.message.slice(0, 200)})`] };
    throw err;
  }
}

/** Each archive on its own, then each day's starting tree against the previous day's checkpoint. */
async function verifyArchives(files: string[], keys: readonly PublicJwk[]): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  let previous: { file: string; treeSize: number; rootHash: string; tenantId: string } | null = null;
  for (const file of files) {
    const verdict = await verifyArchive(await readFile(file, 'utf8'), keys);
    if (!verdict.ok) {
      verdicts.push({ ok: false, problem: `${file}: ${verdict.problem}` });
      previous = null;
      continue;
    }
    verdicts.push({ ok: true, detail: `${file}: ${verdict.events} events recompute the signed root of tree ${verdict.checkpoint.treeSize}` });
    if (previous) {
      const chained = previous.tenantId === verdict.checkpoint.tenantId && previous.treeSize === verdict.previous.size && previous.rootHash === verdict.previous.rootHash;
      verdicts.push(
        chained
          ? { ok: true, detail: `${file} continues ${previous.file}` }
          : { ok: false, problem: `${file} does not start from ${previous.file}'s checkpoint: a day is missing or was rewritten.` },
      );
    }
    previous = { file, ...verdict.checkpoint };
  }
  return verdicts;
}

class UsageError extends Error {}

async function httpGetJson(url: string, token?: string): Promise<unknown> {
  const res = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const body: unknown = await res.json();
  if (!res.ok) throw new UsageError(`${url.replace(/\?.*/, '')} answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await verifyLog(process.argv.slice(2));
  for (const line of result.lines) console.log(line);
  process.exitCode = result.exitCode;
}
