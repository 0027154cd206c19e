import { env } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';
import { DEVICE_KEY_ALGORITHM, exportPublicKeyJwk } from '../../shared/device-auth';
import { appendToChain, type AuditEvent, type EventDraft } from '../../shared/events';
import { issueCredential } from '../../worker/credentials';
import { createEnrolmentCode } from '../../worker/enrolment-codes';

/** Calls the real Worker (its default export) the way a client on the network would. */
export function api(path: string, init: RequestInit & { token?: string; json?: unknown } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(init.json);
  }
  return exports.default.fetch(new Request(`http://api.test${path}`, { ...init, headers, body }));
}

export async function createTenant(name = 'Test Clinic'): Promise<string> {
  const id = crypto.randomUUID();
  await env.DB.prepare('INSERT INTO tenants (id, name, created_at) VALUES (?, ?, ?)').bind(id, name, new Date().toISOString()).run();
  return id;
}

export interface EnrolledDevice {
  tenantId: string;
  deviceId: string;
  /** The device's first access token. */
  token: string;
  keys: CryptoKeyPair;
}

export function newDeviceKeys(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(DEVICE_KEY_ALGORITHM, false, ['sign', 'verify']) as Promise<CryptoKeyPair>;
}

/** Enrols a device with a fresh key pair through the real enrolment route. */
export async function enrolDevice(tenantId: string, userId = 'tech-1'): Promise<EnrolledDevice> {
  const code = await createEnrolmentCode(env.DB, tenantId, userId);
  const deviceId = crypto.randomUUID();
  const keys = await newDeviceKeys();
  const res = await api('/v1/enrol', { method: 'POST', json: { code, deviceId, publicKey: await exportPublicKeyJwk(keys.publicKey) } });
  if (res.status !== 201) throw new Error(`enrolment failed: ${res.status} ${await res.text()}`);
  const { accessToken } = await res.json<{ accessToken: string }>();
  return { tenantId, deviceId, token: accessToken, keys };
}

export function auditorToken(tenantId: string, userId = 'auditor-1'): Promise<string> {
  return issueCredential(env.DB, { tenantId, role: 'auditor', subject: userId });
}

export const pageProtectedDraft = (names = 1): EventDraft => ({
  type: 'page_protected',
  site: { origin: 'https://ehr.example.org', route: '/Patient/:id/chart' },
  counts: { NAME: names, SSN: 1 },
  detectorVersion: '1.0.0',
});

/** A device's chain of `count` events, continuing from `after` when given. */
export function chainFor(deviceId: string, count: number, after: AuditEvent[] = []): AuditEvent[] {
  const events = [...after];
  for (let i = 0; i < count; i++) {
    events.push(appendToChain(pageProtectedDraft(i + 1), deviceId, events.at(-1) ?? null, new Date()));
  }
  return events.slice(after.length);
}
