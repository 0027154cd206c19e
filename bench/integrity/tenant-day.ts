import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { canonicalJson } from '../../shared/canonical-json';
import { appendToChain, type AuditEvent } from '../../shared/events';
import { newToken } from '../../shared/secrets';
import { sha256Hex } from '../../shared/sha256';
import { OFFLINE_ENV } from '../../scripts/local-stack';

/**
 * A tenant-day for the integrity job on a local D1 (wrangler's --persist-to dir): a tenant, its
 * auditor, and one device's chain of `count` events received on `day`, loaded with SQL before the
 * Worker starts. Used by the benchmark and the verifier's end-to-end test.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
export const DEVICE_ID = '0b6f3b1e-8c1d-4a43-9d7f-5a1c2e3d4f50';

export function deviceEvents(count: number, day: string): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 0; i < count; i++)
    events.push(
      appendToChain(
        { type: 'page_protected', site: { origin: 'https://ehr.example.org', route: '/Patient/:id/chart' }, counts: { NAME: 3, DATE: 2, MRN: 1 }, detectorVersion: '1.0.0' },
        DEVICE_ID,
        events.at(-1) ?? null,
        new Date(`${day}T08:00:00.000Z`),
      ),
    );
  return events;
}

export async function seedTenantDay(persistDir: string, count: number, day: string): Promise<{ tenantId: string; auditorToken: string }> {
  const wrangler = (args: string[]) =>
    promisify(execFile)(path.join(ROOT, 'node_modules/.bin/wrangler'), [...args, '--local', '--persist-to', persistDir], { cwd: ROOT, env: OFFLINE_ENV, maxBuffer: 1 << 28 });
  await wrangler(['d1', 'migrations', 'apply', 'DB']);
  const tenantId = randomUUID();
  const auditorToken = newToken();
  await wrangler([
    'd1',
    'execute',
    'DB',
    '--yes',
    '--command',
    `INSERT INTO tenants (id, name, created_at) VALUES ('${tenantId}', 'Integrity', '${day}T00:00:00.000Z');
     INSERT INTO credentials (token_hash, tenant_id, role, subject, created_at) VALUES ('${sha256Hex(auditorToken)}', '${tenantId}', 'auditor', 'integrity-auditor', '${day}T00:00:00.000Z')`,
  ]);
  const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const sqlFile = path.join(persistDir, 'events.sql');
  writeFileSync(
    sqlFile,
    deviceEvents(count, day)
      .map(
        (e) =>
          `INSERT INTO events (tenant_id, device_id, seq, type, occurred_at, received_at, hash, body) VALUES ('${tenantId}', '${DEVICE_ID}', ${e.seq}, '${e.type}', '${e.occurredAt}', '${day}T09:00:00.000Z', '${e.hash}', ${quote(canonicalJson(e))});`,
      )
      .join('\n'),
  );
  await wrangler(['d1', 'execute', 'DB', '--yes', '--file', sqlFile]);
  return { tenantId, auditorToken };
}
