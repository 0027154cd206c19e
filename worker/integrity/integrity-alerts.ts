/**
 * What the integrity job found wrong in a tenant's log (tampered events, archive conflicts or
 * mismatches), kept in security_events beside refused batches with the job as its "device".
 */
export const INTEGRITY_JOB_DEVICE = 'integrity-job';

export interface IntegrityAlert {
  kind: string;
  detail: string;
  at: string;
}

export async function recordIntegrityAlert(db: D1Database, tenantId: string, kind: string, detail: string, now: Date): Promise<void> {
  await db
    .prepare('INSERT INTO security_events (tenant_id, device_id, kind, detail, at) VALUES (?, ?, ?, ?, ?)')
    .bind(tenantId, INTEGRITY_JOB_DEVICE, kind, detail, now.toISOString())
    .run();
}

/** The tenant's newest integrity alerts first. */
export async function readIntegrityAlerts(db: D1Database, tenantId: string, limit: number): Promise<IntegrityAlert[]> {
  const { results } = await db
    .prepare('SELECT kind, detail, at FROM security_events WHERE tenant_id = ? AND device_id = ? ORDER BY id DESC LIMIT ?')
    .bind(tenantId, INTEGRITY_JOB_DEVICE, limit)
    .all<IntegrityAlert>();
  return results;
}
