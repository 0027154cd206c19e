import { newToken } from '../shared/secrets';
import { sha256Hex } from '../shared/sha256';

export type Role = 'device' | 'auditor' | 'admin';

/** Who is calling, as the credential store says; tenant and subject never come from the request. */
export interface Credential {
  tenantId: string;
  role: Role;
  /** The device id for device credentials; the user id for auditors and admins. */
  subject: string;
}

export async function issueCredential(db: D1Database, credential: Credential, now = new Date()): Promise<string> {
  const token = newToken();
  await db
    .prepare('INSERT INTO credentials (token_hash, tenant_id, role, subject, created_at) VALUES (?, ?, ?, ?, ?)')
    .bind(sha256Hex(token), credential.tenantId, credential.role, credential.subject, now.toISOString())
    .run();
  return token;
}

/** The credential for a token, or null if unknown, revoked or expired (or its device is revoked). */
export async function findCredential(db: D1Database, token: string, now = new Date()): Promise<Credential | null> {
  const row = await db
    .prepare(
      `SELECT c.tenant_id, c.role, c.subject FROM credentials c
       LEFT JOIN devices d ON c.role = 'device' AND d.id = c.subject AND d.tenant_id = c.tenant_id
       WHERE c.token_hash = ? AND c.revoked_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > ?)
         AND (c.role <> 'device' OR (d.id IS NOT NULL AND d.revoked_at IS NULL))`,
    )
    .bind(sha256Hex(token), now.toISOString())
    .first<{ tenant_id: string; role: Role; subject: string }>();
  return row ? { tenantId: row.tenant_id, role: row.role, subject: row.subject } : null;
}
