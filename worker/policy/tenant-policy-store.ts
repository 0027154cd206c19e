import { changedPolicySettings, DEFAULT_TENANT_POLICY, policySettingsSchema, type PolicySettings, type TenantPolicy } from '../../shared/policy';
import type { Credential } from '../credentials';
import { ApiError } from '../errors';
import { recordAdminAction } from './admin-actions';

/** The tenant's policy; version 0 with the defaults when its admin has never set one. */
export async function readTenantPolicy(db: D1Database, tenantId: string): Promise<TenantPolicy> {
  const row = await db.prepare('SELECT version, settings, updated_at FROM tenant_policies WHERE tenant_id = ?').bind(tenantId).first<{ version: number; settings: string; updated_at: string }>();
  if (!row) return DEFAULT_TENANT_POLICY;
  // Parsed on read too: a stored policy from an older schema gets the defaults of fields added since.
  return { version: row.version, updatedAt: row.updated_at, settings: policySettingsSchema.parse(JSON.parse(row.settings)) };
}

/**
 * Stores validated settings as the next version, with the admin action, in one transaction. When
 * `expectedVersion` is given (the version the admin edited) and the policy has moved on since,
 * nothing is stored: the admin must see the other change before overwriting it.
 */
export async function saveTenantPolicy(db: D1Database, admin: Credential, settings: PolicySettings, expectedVersion?: number): Promise<TenantPolicy> {
  const current = await readTenantPolicy(db, admin.tenantId);
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw new ApiError('conflict', `The policy is at version ${current.version}, not ${expectedVersion}: reload it and make the change again.`);
  }
  const version = current.version + 1;
  const at = new Date().toISOString();
  const changed = changedPolicySettings(current.settings, settings);
  const [write] = await db.batch([
    // The version check makes two concurrent saves of the same version store only one.
    db
      .prepare(
        `INSERT INTO tenant_policies (tenant_id, version, settings, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id) DO UPDATE SET version = excluded.version, settings = excluded.settings,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by
         WHERE tenant_policies.version = ?`,
      )
      .bind(admin.tenantId, version, JSON.stringify(settings), at, admin.subject, current.version),
    // Recorded only if the write above happened (same transaction, same version and time).
    recordAdminAction(db, admin, 'policy_updated', 'policy', { version, changed }, at, {
      sql: 'SELECT 1 FROM tenant_policies WHERE tenant_id = ? AND version = ? AND updated_at = ?',
      params: [admin.tenantId, version, at],
    }),
  ]);
  if (!write?.meta.changes) throw new ApiError('conflict', 'Another admin changed the policy at the same time: reload it and make the change again.');
  return { version, updatedAt: at, settings };
}
