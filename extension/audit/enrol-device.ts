import { exportPublicKeyJwk } from '../../shared/device-auth';
import { storeAccessToken, type TokenGrant } from './access-token';
import type { AuditDb, Enrolment } from './audit-db';
import { deviceIdentity } from './device-identity';
import { deviceKeys } from './device-keys';
import { postJson } from './server-api';

interface EnrolReply extends TokenGrant {
  userId: string;
  digestKey: string;
}

/**
 * Exchanges an enrolment code for this device's credentials: registers the public key of the
 * device's key pair, and stores the first access token and the tenant's value-digest key.
 */
export async function enrolDevice(db: AuditDb, serverUrl: string, code: string, fetchFn: typeof fetch = fetch): Promise<Enrolment> {
  const base = new URL(serverUrl);
  if (base.protocol !== 'https:' && !['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) {
    throw new Error('The server URL must use https (plain http is allowed only for localhost).');
  }
  const [{ deviceId }, keys] = await Promise.all([deviceIdentity(db), deviceKeys(db)]);
  const publicKey = await exportPublicKeyJwk(keys.publicKey);
  const reply = await postJson<EnrolReply>(new URL('/v1/enrol', base).href, { code, deviceId, publicKey }, undefined, fetchFn);
  const enrolment = { serverUrl: base.origin, userId: reply.userId, digestKey: reply.digestKey };
  await storeAccessToken(db, reply);
  await db.setMeta('enrolment', enrolment);
  return enrolment;
}
