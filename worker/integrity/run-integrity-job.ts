import type { Bindings } from '../env';
import { ArchiveConflictError, archiveDay, type CheckpointRow } from './archive-day';
import { appendNextDay, TamperedEventError } from './append-day';
import { recordIntegrityAlert } from './integrity-alerts';
import { ArchiveMismatchError, pruneArchivedDays } from './prune-archived';
import { loadPublicKeys, loadSigningKey } from './signing-key';

export type IntegrityEnv = Pick<Bindings, 'DB' | 'ARCHIVE' | 'CHECKPOINT_SIGNING_KEY' | 'D1_KEEP_DAYS'>;

export interface TenantOutcome {
  tenantId: string;
  checkpoints: number;
  archived: number;
  pruned: number;
  error?: string;
}

/** At most this many days per tenant per run: a long backlog is caught up over several runs. */
const MAX_DAYS_PER_RUN = 31;

/**
 * The daily integrity job, per tenant: append each complete day's events to the Merkle tree and
 * sign a checkpoint; archive each checkpointed day to R2 and verify it; prune verified days older
 * than D1_KEEP_DAYS. A tenant's failure is recorded (security_events for tampering) and does not
 * stop the others.
 */
export async function runIntegrityJob(env: IntegrityEnv, now: Date): Promise<TenantOutcome[]> {
  const keepDays = parseKeepDays(env.D1_KEEP_DAYS);
  const signingKey = await loadSigningKey(env.DB, env.CHECKPOINT_SIGNING_KEY, now);
  const publicKeys = (await loadPublicKeys(env.DB)).map((k) => k.publicJwk);
  const startOfToday = new Date(`${now.toISOString().slice(0, 10)}T00:00:00.000Z`);

  const { results: tenants } = await env.DB.prepare('SELECT id FROM tenants ORDER BY id').all<{ id: string }>();
  const outcomes: TenantOutcome[] = [];
  for (const { id: tenantId } of tenants) {
    const outcome: TenantOutcome = { tenantId, checkpoints: 0, archived: 0, pruned: 0 };
    try {
      while (outcome.checkpoints < MAX_DAYS_PER_RUN && (await appendNextDay(env.DB, tenantId, startOfToday, signingKey, now))) outcome.checkpoints++;
      const { results: unarchived } = await env.DB.prepare('SELECT * FROM checkpoints WHERE tenant_id = ? AND archived_at IS NULL ORDER BY tree_size').bind(tenantId).all<CheckpointRow>();
      for (const row of unarchived) {
        await archiveDay(env.DB, env.ARCHIVE, row, signingKey, publicKeys, now);
        outcome.archived++;
      }
      outcome.pruned = await pruneArchivedDays(env.DB, env.ARCHIVE, tenantId, publicKeys, keepDays, now);
    } catch (err) {
      outcome.error = err instanceof Error ? err.message : 'unknown failure';
      const kind = securityKind(err);
      if (kind) await recordIntegrityAlert(env.DB, tenantId, kind, outcome.error, now);
    }
    outcomes.push(outcome);
  }
  return outcomes;
}

function parseKeepDays(value: string | undefined): number {
  const days = Number(value ?? '90');
  if (!Number.isInteger(days) || days < 1) throw new Error('D1_KEEP_DAYS must be a whole number of days, at least 1.');
  return days;
}

function securityKind(err: unknown): string | null {
  if (err instanceof TamperedEventError) return 'event_tampered';
  if (err instanceof ArchiveConflictError) return 'archive_conflict';
  if (err instanceof ArchiveMismatchError) return 'archive_mismatch';
  return null;
}
