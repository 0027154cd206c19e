import { signTokenChallenge } from '../../shared/device-auth';
import type { AccessToken, AuditDb, Enrolment } from './audit-db';
import { deviceIdentity } from './device-identity';
import { deviceKeys } from './device-keys';
import { postJson, ServerError } from './server-api';

/** Renew a little early, so a token never expires between the check and the request. */
const RENEW_MARGIN_MS = 60_000;

export interface TokenGrant {
  accessToken: string;
  expiresInSeconds: number;
}

/** Stores a token the server granted, with its expiry on this device's clock. */
export async function storeAccessToken(db: AuditDb, grant: TokenGrant, now = Date.now()): Promise<AccessToken> {
  const token = { token: grant.accessToken, expiresAt: now + grant.expiresInSeconds * 1000 };
  await db.setMeta('accessToken', token);
  return token;
}

/** Gets a new access token by signing a one-time server challenge with the device's private key. */
export async function renewAccessToken(db: AuditDb, enrolment: Enrolment, fetchFn: typeof fetch): Promise<string> {
  const [{ deviceId }, keys] = await Promise.all([deviceIdentity(db), deviceKeys(db)]);
  const url = (path: string) => new URL(path, enrolment.serverUrl).href;
  const { challenge } = await postJson<{ challenge: string }>(url('/v1/token/challenge'), { deviceId }, undefined, fetchFn);
  const signature = await signTokenChallenge(keys.privateKey, deviceId, challenge);
  const grant = await postJson<TokenGrant>(url('/v1/token'), { deviceId, challenge, signature }, undefined, fetchFn);
  return (await storeAccessToken(db, grant)).token;
}

/**
 * Runs `call` with a valid access token: the stored one while it lasts, else a renewed one. If the
 * server still says the token expired (it was revoked early, or the device slept past it), renews
 * once and calls again.
 */
export async function withAccessToken<T>(db: AuditDb, enrolment: Enrolment, fetchFn: typeof fetch, call: (token: string) => Promise<T>): Promise<T> {
  const stored = await db.getMeta('accessToken');
  const token = stored && stored.expiresAt - RENEW_MARGIN_MS > Date.now() ? stored.token : await renewAccessToken(db, enrolment, fetchFn);
  try {
    return await call(token);
  } catch (err) {
    if (!(err instanceof ServerError && err.code === 'token_expired')) throw err;
    return call(await renewAccessToken(db, enrolment, fetchFn));
  }
}
