import { Hono } from 'hono';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { DEVICE_KEY_ALGORITHM, publicKeyJwkSchema, type PublicKeyJwk } from '../../shared/device-auth';
import { GENESIS_HASH } from '../../shared/events';
import { hashEnrolmentCode } from '../../shared/secrets';
import { DEVICE_TOKEN_TTL_SECONDS, issueCredential } from '../credentials';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { parseJsonBody } from '../validate';

// The device proposes its id: it has been chaining events under it since install, before enrolment.
const enrolRequestSchema = z.strictObject({ code: z.string().min(8).max(64), deviceId: z.uuid(), publicKey: publicKeyJwkSchema });

/**
 * POST /v1/enrol: exchanges a one-time enrolment code for device credentials. The device registers
 * the public half of its key pair (it renews access tokens by signing challenges with the private
 * half) and receives its first access token and the tenant's value-digest key.
 */
export const enrolRoute = new Hono<AppEnv>().post('/v1/enrol', async (c) => {
  const { code, deviceId, publicKey } = await parseJsonBody(c, enrolRequestSchema);
  // Before the code is spent: a key that is not a valid P-256 point must not use it up.
  if (!(await isUsablePublicKey(publicKey))) throw new ApiError('validation_failed', 'publicKey: not a valid P-256 public key');
  const now = new Date().toISOString();
  // Claim the code atomically: of two concurrent enrolments with one code, one wins.
  const claimed = await c.env.DB.prepare(
    'UPDATE enrolment_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING tenant_id, user_id',
  )
    .bind(now, hashEnrolmentCode(code), now)
    .first<{ tenant_id: string; user_id: string }>();
  if (!claimed) throw new ApiError('unauthorized', 'The enrolment code is unknown, used or expired.');

  const created = await c.env.DB.prepare(
    'INSERT INTO devices (id, tenant_id, user_id, enrolled_at, last_hash, public_key) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  )
    .bind(deviceId, claimed.tenant_id, claimed.user_id, now, GENESIS_HASH, JSON.stringify(publicKey))
    .run();
  if (created.meta.changes !== 1) throw new ApiError('conflict', 'This device id is already enrolled; re-enrolment needs a new device id.');
  const accessToken = await issueCredential(c.env.DB, { tenantId: claimed.tenant_id, role: 'device', subject: deviceId }, { ttlSeconds: DEVICE_TOKEN_TTL_SECONDS });
  const digestKey = await tenantDigestKey(c.env.DB, claimed.tenant_id);
  return c.json(
    { deviceId, userId: claimed.user_id, accessToken, expiresInSeconds: DEVICE_TOKEN_TTL_SECONDS, digestKey, serverTime: new Date().toISOString() },
    201,
  );
});

async function isUsablePublicKey(jwk: PublicKeyJwk): Promise<boolean> {
  try {
    await crypto.subtle.importKey('jwk', jwk, DEVICE_KEY_ALGORITHM, false, ['verify']);
    return true;
  } catch {
    return false;
  }
}

/** The tenant's value-digest key (32 random bytes, hex), created by the first enrolment that needs it. */
async function tenantDigestKey(db: D1Database, tenantId: string): Promise<string> {
  const candidate = bytesToHex(crypto.getRandomValues(new Uint8Array(32)));
  const row = await db
    .prepare('UPDATE tenants SET digest_key = COALESCE(digest_key, ?) WHERE id = ? RETURNING digest_key')
    .bind(candidate, tenantId)
    .first<{ digest_key: string }>();
  return row!.digest_key;
}
