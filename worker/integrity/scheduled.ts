import type { Bindings } from '../env';
import { runIntegrityJob } from './run-integrity-job';

/** The Worker's cron entry point (wrangler.toml triggers.crons): runs the daily integrity job. */
export async function scheduled(controller: ScheduledController, env: Bindings): Promise<void> {
  const outcomes = await runIntegrityJob(env, new Date(controller.scheduledTime));
  const failed = outcomes.filter((o) => o.error);
  const totals = outcomes.reduce((t, o) => ({ checkpoints: t.checkpoints + o.checkpoints, archived: t.archived + o.archived, pruned: t.pruned + o.pruned }), { checkpoints: 0, archived: 0, pruned: 0 });
  console.log(`integrity job: ${outcomes.length} tenants, ${totals.checkpoints} checkpoints, ${totals.archived} days archived, ${totals.pruned} days pruned, ${failed.length} failed`);
  // Failing the invocation makes the failure visible in Cloudflare's cron history and alerts.
  if (failed.length > 0) throw new Error(`integrity job failed for ${failed.length} tenant(s): ${failed.map((o) => `${o.tenantId}: ${o.error}`).join('; ')}`);
}
