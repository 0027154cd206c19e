import type { AuditDb, Enrolment } from './audit-db';
import { deviceIdentity } from './device-identity';
import { postJson } from './server-api';

/** Exchanges an enrolment code for this device's token and stores it. */
export async function enrolDevice(db: AuditDb, serverUrl: string, code: string, fetchFn: typeof fetch = fetch): Promise<Enrolment> {
  const base = new URL(serverUrl);
  if (base.protocol !== 'https:' && !['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) {
    throw new Error('The server URL must use https (plain http is allowed only for localhost).');
  }
  const { deviceId } = await deviceIdentity(db);
  const { token, userId } = await postJson<{ token: string; userId: string }>(new URL('/v1/enrol', base).href, { code, deviceId }, undefined, fetchFn);
  const enrolment = { serverUrl: base.origin, token, userId };
  await db.setMeta('enrolment', enrolment);
  return enrolment;
}
