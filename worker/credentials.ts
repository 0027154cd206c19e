import { newToken } from '../shared/secrets';
import { sha256Hex } from '../shared/sha256';
import { ApiError } from './errors';

export type Role = 'device' | 'auditor' | 'admin';

/** Who is calling, as the credential store says; tenant and subject never come from the request. */
export interface Credential {
  tenantId: string;
  role: Role;
  /** The device id for device credentials; the user id for auditors and admins. */
  subject: string;
}

/**
 * Device access tokens live 15 minutes; the device renews them by signing a challenge with its
 * key (routes/token.ts). Opaque tokens stored as hashes rather than JWTs: every request must read
 * the device row anyway so that revocation works at once, so a signed token would save no query
 * and would add a signing secret to manage and rotate.
 */
export const DEVICE_TOKEN_TTL_SECONDS = 15 * 60;

export async function issueCredential(
  db: D1Database,
  credential: Credential,
  options: { now?: Date; ttlSeconds?: number } = {},
): Promise<string> {
  const now = options.now ?? new Date();
  const token = newToken();
  const expiresAt = options.ttlSeconds === undefined ? null : new Date(now.getTime() + options.ttlSeconds * 1000).toISOString();
  await db.batch([
    // Expired tokens of the same subject are of no further use: drop them as new ones are issued.
    db
      .prepare('DELETE FROM credentials WHERE tenant_id = ? AND subject = ? AND role = ? AND expires_at <= ?')
      .bind(credential.tenantId, credential.subject, credential.role, now.toISOString()),
    db
      .prepare('INSERT INTO credentials (token_hash, tenant_id, role, subject, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
      .bind(sha256Hex(token), credential.tenantId, credential.role, credential.subject, now.toISOString(), expiresAt),
  ]);
  return token;
}

/**
 * The credential for a token. Throws `unauthorized` when it is unknown or revoked (or its device
 * is), `token_expired` when it has only expired, so a device knows to renew rather than give up.
 */
export async function authenticate(db: D1Database, token: string, now = new Date()): Promise<Credential> {
  const row = await db
    .prepare(
      `SELECT c.tenant_id, c.role, c.subject, c.expires_at, c.revoked_at,
              d.id AS device_id, d.revoked_at AS device_revoked_at
       FROM credentials c
       LEFT JOIN devices d ON c.role = 'device' AND d.id = c.subject AND d.tenant_id = c.tenant_id
       WHERE c.token_hash = ?`,
    )
    .bind(sha256Hex(token))
    .first<{
      tenant_id: string;
      role: Role;
      subject: string;
      expires_at: string | null;
      revoked_at: string | null;
      device_id: string | null;
      device_revoked_at: string | null;
    }>();
  if (!row || row.revoked_at) throw new ApiError('unauthorized', 'The token is unknown or revoked.');
  if (row.role === 'device' && (!row.device_id || row.device_revoked_at)) throw new ApiError('device_revoked', 'This device has been revoked.');
  if (row.expires_at !== null && row.expires_at <= now.toISOString()) throw new ApiError('token_expired', 'The access token has expired; renew it.');
  return { tenantId: row.tenant_id, role: row.role, subject: row.subject };
}
