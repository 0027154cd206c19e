import { Hono } from 'hono';
import { z } from 'zod';
import {
  DEVICE_KEY_ALGORITHM,
  DEVICE_SIGNATURE_ALGORITHM,
  deviceSignatureSchema,
  fromBase64url,
  toBase64url,
  tokenChallengeMessage,
  tokenChallengeSchema,
  type PublicKeyJwk,
} from '../../shared/device-auth';
import { DEVICE_TOKEN_TTL_SECONDS, issueCredential } from '../credentials';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { limitPerAddress } from '../rate-limit';
import { parseJsonBody } from '../validate';

const CHALLENGE_TTL_SECONDS = 60;

const challengeRequestSchema = z.strictObject({ deviceId: z.uuid() });
const tokenRequestSchema = z.strictObject({ deviceId: z.uuid(), challenge: tokenChallengeSchema, signature: deviceSignatureSchema });

interface DeviceKeyRow {
  tenant_id: string;
  public_key: string | null;
  revoked_at: string | null;
}

/**
 * Access-token renewal, in two steps so that nothing depends on the device's clock (which may be
 * hours off): POST /v1/token/challenge hands an enrolled device a one-time nonce; POST /v1/token
 * takes the nonce signed with the device's private key and returns a 15-minute access token.
 * Replaying a signed nonce fails: it is deleted as it is used, and expires after a minute anyway.
 */
export const tokenRoute = new Hono<AppEnv>()
  .post('/v1/token/challenge', limitPerAddress('RATE_LIMIT_TOKEN_PER_MINUTE', 'token'), async (c) => {
    const { deviceId } = await parseJsonBody(c, challengeRequestSchema);
    await activeDeviceKey(c.env.DB, deviceId);
    const challenge = toBase64url(crypto.getRandomValues(new Uint8Array(32)));
    const now = new Date();
    await c.env.DB.batch([
      c.env.DB.prepare('DELETE FROM token_challenges WHERE device_id = ? AND expires_at <= ?').bind(deviceId, now.toISOString()),
      c.env.DB.prepare('INSERT INTO token_challenges (challenge, device_id, expires_at) VALUES (?, ?, ?)').bind(
        challenge,
        deviceId,
        new Date(now.getTime() + CHALLENGE_TTL_SECONDS * 1000).toISOString(),
      ),
    ]);
    return c.json({ challenge, expiresInSeconds: CHALLENGE_TTL_SECONDS });
  })
  .post('/v1/token', limitPerAddress('RATE_LIMIT_TOKEN_PER_MINUTE', 'token'), async (c) => {
    const { deviceId, challenge, signature } = await parseJsonBody(c, tokenRequestSchema);
    const spent = await c.env.DB.prepare('DELETE FROM token_challenges WHERE challenge = ? AND device_id = ? AND expires_at > ? RETURNING challenge')
      .bind(challenge, deviceId, new Date().toISOString())
      .first();
    if (!spent) throw new ApiError('unauthorized', 'The challenge is unknown, used or expired; ask for a new one.');
    const device = await activeDeviceKey(c.env.DB, deviceId);
    const key = await crypto.subtle.importKey('jwk', JSON.parse(device.public_key) as PublicKeyJwk, DEVICE_KEY_ALGORITHM, false, ['verify']);
    const valid = await crypto.subtle.verify(DEVICE_SIGNATURE_ALGORITHM, key, fromBase64url(signature), tokenChallengeMessage(deviceId, challenge));
    if (!valid) throw new ApiError('unauthorized', 'The signature does not match the device key.');
    const accessToken = await issueCredential(c.env.DB, { tenantId: device.tenant_id, role: 'device', subject: deviceId }, { ttlSeconds: DEVICE_TOKEN_TTL_SECONDS });
    return c.json({ accessToken, expiresInSeconds: DEVICE_TOKEN_TTL_SECONDS, serverTime: new Date().toISOString() });
  });

/** The device's registered key; refuses unknown, keyless and revoked devices alike. */
async function activeDeviceKey(db: D1Database, deviceId: string): Promise<DeviceKeyRow & { public_key: string }> {
  const device = await db.prepare('SELECT tenant_id, public_key, revoked_at FROM devices WHERE id = ?').bind(deviceId).first<DeviceKeyRow>();
  if (!device?.public_key) throw new ApiError('unauthorized', 'This device is not enrolled with a key; enrol it again.');
  if (device.revoked_at) throw new ApiError('device_revoked', 'This device has been revoked.');
  return { ...device, public_key: device.public_key };
}
