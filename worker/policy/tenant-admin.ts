import { ENROLMENT_CODE_TTL_MS } from '../../shared/secrets';
import { deviceChainSummaries, type DeviceChainSummary } from '../audit/verify-device-chain';
import { issueCredential, type Credential } from '../credentials';
import { createEnrolmentCode } from '../enrolment-codes';
import { ApiError } from '../errors';
import { recordAdminAction } from './admin-actions';

/**
 * What a tenant admin can do, shared by the admin API (routes/) and the admin pages
 * (admin-pages/): always within the admin's own tenant, each change recorded in admin_audit,
 * in the same D1 transaction where the change is a single statement.
 */

export interface DeviceRow {
  deviceId: string;
  userId: string;
  enrolledAt: string;
  revokedAt: string | null;
  lastSyncAt: string | null;
  policyVersion: number | null;
  /** When the device first fetched that version. */
  policyFetchedAt: string | null;
  chain: { acceptedSeq: number; storedEvents: number; contiguous: boolean; refusedBatches: number };
  clockSkew: DeviceChainSummary['clockSkew'];
}

export interface UserRow {
  userId: string;
  createdAt: string;
  activeDevices: number;
  auditor: boolean;
}

export async function createAuditedEnrolmentCode(db: D1Database, admin: Credential, userId: string, now = new Date()): Promise<{ code: string; userId: string; expiresAt: string }> {
  // Recorded first: a code must never exist without its record.
  await recordAdminAction(db, admin, 'enrolment_code_created', userId, {}, now.toISOString()).run();
  const code = await createEnrolmentCode(db, admin.tenantId, userId, now);
  return { code, userId, expiresAt: new Date(now.getTime() + ENROLMENT_CODE_TTL_MS).toISOString() };
}

/** The tenant's devices with their last sync, the policy version they fetched, and what D1 holds of their chain. */
export async function listDevices(db: D1Database, tenantId: string): Promise<DeviceRow[]> {
  const [chains, { results }] = await Promise.all([
    deviceChainSummaries(db, tenantId),
    db
      .prepare('SELECT id, last_seen_at, policy_version, policy_fetched_at FROM devices WHERE tenant_id = ?')
      .bind(tenantId)
      .all<{ id: string; last_seen_at: string | null; policy_version: number | null; policy_fetched_at: string | null }>(),
  ]);
  const sync = new Map(results.map((r) => [r.id, r]));
  return chains.map((chain) => {
    const row = sync.get(chain.deviceId);
    return {
      deviceId: chain.deviceId,
      userId: chain.userId,
      enrolledAt: chain.enrolledAt,
      revokedAt: chain.revokedAt,
      lastSyncAt: row?.last_seen_at ?? null,
      policyVersion: row?.policy_version ?? null,
      policyFetchedAt: row?.policy_fetched_at ?? null,
      chain: { acceptedSeq: chain.acceptedSeq, storedEvents: chain.storedEvents, contiguous: chain.contiguous, refusedBatches: chain.refusedBatches },
      clockSkew: chain.clockSkew,
    };
  });
}

/** Refuses the device from its next request on (its live token, renewals and enrolment all check the device row). */
export async function revokeDevice(db: D1Database, admin: Credential, deviceId: string): Promise<{ deviceId: string; revokedAt: string }> {
  const now = new Date().toISOString();
  const [update] = await db.batch([
    // COALESCE keeps the first revocation time when an admin revokes twice.
    db.prepare('UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND tenant_id = ? RETURNING revoked_at').bind(now, deviceId, admin.tenantId),
    recordAdminAction(db, admin, 'device_revoked', deviceId, {}, now, { sql: 'SELECT 1 FROM devices WHERE id = ? AND tenant_id = ?', params: [deviceId, admin.tenantId] }),
  ]);
  const row = update?.results[0] as { revoked_at: string } | undefined;
  // Another tenant's device is as unknown as a device that does not exist.
  if (!row) throw new ApiError('not_found', 'No such device in this tenant.');
  return { deviceId, revokedAt: row.revoked_at };
}

export async function createUser(db: D1Database, admin: Credential, userId: string): Promise<{ userId: string; createdAt: string }> {
  const at = new Date().toISOString();
  const [insert] = await db.batch([
    db.prepare('INSERT INTO users (tenant_id, id, created_at, created_by) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').bind(admin.tenantId, userId, at, admin.subject),
    recordAdminAction(db, admin, 'user_created', userId, {}, at, { sql: 'SELECT 1 FROM users WHERE tenant_id = ? AND id = ? AND created_at = ?', params: [admin.tenantId, userId, at] }),
  ]);
  if (!insert?.meta.changes) throw new ApiError('conflict', 'A user with this id exists already.');
  return { userId, createdAt: at };
}

export async function listUsers(db: D1Database, tenantId: string): Promise<UserRow[]> {
  const { results } = await db
    .prepare(
      `SELECT u.id, u.created_at,
              (SELECT count(*) FROM devices d WHERE d.tenant_id = u.tenant_id AND d.user_id = u.id AND d.revoked_at IS NULL) AS devices,
              EXISTS (SELECT 1 FROM credentials c WHERE c.tenant_id = u.tenant_id AND c.subject = u.id AND c.role = 'auditor' AND c.revoked_at IS NULL) AS auditor
       FROM users u WHERE u.tenant_id = ? ORDER BY u.id LIMIT 1000`,
    )
    .bind(tenantId)
    .all<{ id: string; created_at: string; devices: number; auditor: number }>();
  return results.map((r) => ({ userId: r.id, createdAt: r.created_at, activeDevices: r.devices, auditor: r.auditor === 1 }));
}

/** A new auditor token for a user of the tenant; the caller shows it once, it is stored only as a hash. */
export async function issueAuditorToken(db: D1Database, admin: Credential, userId: string): Promise<{ userId: string; token: string; issuedAt: string }> {
  const user = await db.prepare('SELECT 1 AS found FROM users WHERE tenant_id = ? AND id = ?').bind(admin.tenantId, userId).first();
  if (!user) throw new ApiError('not_found', 'No such user in this tenant: add the user first.');
  const at = new Date().toISOString();
  // Recorded first: a credential must never exist without its record. Should issuing then fail,
  // the record shows an attempt whose token nobody received.
  await recordAdminAction(db, admin, 'auditor_credential_issued', userId, {}, at).run();
  const token = await issueCredential(db, { tenantId: admin.tenantId, role: 'auditor', subject: userId });
  return { userId, token, issuedAt: at };
}

/** Revokes every auditor credential of the user at once (their dashboard sessions end with them). */
export async function revokeAuditor(db: D1Database, admin: Credential, userId: string): Promise<{ userId: string; revokedAt: string; credentialsRevoked: number }> {
  const at = new Date().toISOString();
  const [revoke] = await db.batch([
    db.prepare("UPDATE credentials SET revoked_at = ? WHERE tenant_id = ? AND subject = ? AND role = 'auditor' AND revoked_at IS NULL").bind(at, admin.tenantId, userId),
    recordAdminAction(db, admin, 'auditor_credential_revoked', userId, {}, at, {
      sql: "SELECT 1 FROM credentials WHERE tenant_id = ? AND subject = ? AND role = 'auditor' AND revoked_at = ?",
      params: [admin.tenantId, userId, at],
    }),
  ]);
  if (!revoke?.meta.changes) throw new ApiError('not_found', 'This user has no auditor credential to revoke.');
  return { userId, revokedAt: at, credentialsRevoked: revoke.meta.changes };
}
