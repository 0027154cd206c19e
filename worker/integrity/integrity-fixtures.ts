import { env } from 'cloudflare:test';
import { api, chainFor, createTenant, enrolDevice, type EnrolledDevice } from '../../tests/worker/fixtures';
import type { AuditEvent } from '../../shared/events';

/** A tenant with one enrolled device whose events are ingested through the real API. */
export async function tenantWithDevice(): Promise<{ tenantId: string; device: EnrolledDevice; sent: AuditEvent[] }> {
  const tenantId = await createTenant();
  return { tenantId, device: await enrolDevice(tenantId), sent: [] };
}

/**
 * Sends `count` more events of the device's chain through POST /v1/events, then dates their
 * receipt `receivedAt` (ingest stamps the real clock; the integrity job groups by received day).
 */
export async function ingestOn(log: { device: EnrolledDevice; sent: AuditEvent[] }, count: number, receivedAt: string): Promise<void> {
  const events = chainFor(log.device.deviceId, count, log.sent);
  const res = await api('/v1/events', { method: 'POST', token: log.device.token, json: { events } });
  if (res.status !== 200) throw new Error(`ingest failed: ${res.status} ${await res.text()}`);
  log.sent.push(...events);
  await env.DB.prepare('UPDATE events SET received_at = ? WHERE device_id = ? AND seq > ?')
    .bind(receivedAt, log.device.deviceId, log.sent.length - count)
    .run();
}
