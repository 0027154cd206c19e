import type { Context } from 'hono';
import type { AppEnv } from '../env';

/** What an auditor did: each API route and dashboard view records one of these. */
export type AuditAccessAction = 'search' | 'aggregates' | 'chain' | 'export' | 'access_log' | 'checkpoints' | 'proof' | 'admin_log' | 'dashboard' | 'sign_in' | 'sign_out';

export interface AccessLogEntry {
  subject: string;
  action: AuditAccessAction;
  query: Record<string, unknown>;
  at: string;
}

/**
 * Records "audit log used": who (from the credential), what (the validated query: ids, codes,
 * origins and times only, never PHI), when. Awaited, so a query whose use could not be recorded
 * fails rather than going unrecorded.
 */
export async function recordAccess(c: Context<AppEnv>, action: AuditAccessAction, query: Record<string, unknown>): Promise<void> {
  const { tenantId, subject } = c.get('credential');
  await c.env.DB.prepare('INSERT INTO audit_access_log (tenant_id, subject, action, query, at) VALUES (?, ?, ?, ?, ?)')
    .bind(tenantId, subject, action, JSON.stringify(query), new Date().toISOString())
    .run();
}

/** The tenant's access log, newest first, keyset-paged on its id. */
export async function readAccessLog(db: D1Database, tenantId: string, limit: number, before?: number): Promise<{ entries: AccessLogEntry[]; nextCursor: number | null }> {
  const { results } = await db
    .prepare(`SELECT id, subject, action, query, at FROM audit_access_log WHERE tenant_id = ?${before ? ' AND id < ?' : ''} ORDER BY id DESC LIMIT ?`)
    .bind(...(before ? [tenantId, before, limit] : [tenantId, limit]))
    .all<{ id: number; subject: string; action: AuditAccessAction; query: string; at: string }>();
  return {
    entries: results.map((r) => ({ subject: r.subject, action: r.action, query: JSON.parse(r.query) as Record<string, unknown>, at: r.at })),
    nextCursor: results.length === limit ? results.at(-1)!.id : null,
  };
}
