import type { Credential } from '../credentials';

/** Every change an admin can make; each one is recorded in admin_audit with the change itself. */
export type AdminAction =
  | 'enrolment_code_created'
  | 'device_revoked'
  | 'policy_updated'
  | 'user_created'
  | 'auditor_credential_issued'
  | 'auditor_credential_revoked';

export interface AdminActionEntry {
  id: number;
  subject: string;
  action: AdminAction;
  /** What the action was applied to: a device id, a user id, or "policy". */
  target: string;
  /** Setting names, versions, counts: never setting values. */
  detail: Record<string, unknown>;
  at: string;
}

/**
 * The statement that records an admin action. Callers run it in the same D1 batch (one
 * transaction) as the change, so a change that cannot be audited is not made. `onlyIf` (an SQL
 * query) records it only when that query finds a row: the change earlier in the batch happened.
 */
export function recordAdminAction(
  db: D1Database,
  admin: Credential,
  action: AdminAction,
  target: string,
  detail: Record<string, unknown>,
  at: string,
  onlyIf?: { sql: string; params: unknown[] },
): D1PreparedStatement {
  return db
    .prepare(`INSERT INTO admin_audit (tenant_id, subject, action, target, detail, at) SELECT ?, ?, ?, ?, ?, ?${onlyIf ? ` WHERE EXISTS (${onlyIf.sql})` : ''}`)
    .bind(admin.tenantId, admin.subject, action, target, JSON.stringify(detail), at, ...(onlyIf?.params ?? []));
}

/**
 * The tenant's admin actions, newest first, keyset-paged on id (pass `nextCursor` as `before`).
 * Auditors read it through GET /v1/admin-audit; a dashboard can call it directly.
 */
export async function readAdminActions(db: D1Database, tenantId: string, limit: number, before?: number): Promise<{ entries: AdminActionEntry[]; nextCursor: number | null }> {
  const { results } = await db
    .prepare(`SELECT id, subject, action, target, detail, at FROM admin_audit WHERE tenant_id = ?${before ? ' AND id < ?' : ''} ORDER BY id DESC LIMIT ?`)
    .bind(...(before ? [tenantId, before, limit] : [tenantId, limit]))
    .all<{ id: number; subject: string; action: AdminAction; target: string; detail: string; at: string }>();
  return {
    entries: results.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> })),
    nextCursor: results.length === limit ? results.at(-1)!.id : null,
  };
}
