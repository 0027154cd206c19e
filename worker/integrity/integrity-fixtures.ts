import { env } from 'cloudflare:test';
import { api, chainFor, createTenant, enrolDevice, type EnrolledDevice } from '../../tests/worker/fixtures';
import type { AuditEvent } from '../../shared/events';
import { runIntegrityJob } from './run-integrity-job';

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

/** A tenant whose log has two signed checkpoints: 3 events received on 2026-03-01, 2 more on 03-02; with their event ids. */
export async function twoCheckpointTenant() {
  const log = await tenantWithDevice();
  await ingestOn(log, 3, '2026-03-01T10:00:00.000Z');
  await ingestOn(log, 2, '2026-03-02T10:00:00.000Z');
  await runIntegrityJob(env, new Date('2026-03-03T00:30:00.000Z'));
  const { results } = await env.DB.prepare('SELECT id FROM events WHERE tenant_id = ? ORDER BY id').bind(log.tenantId).all<{ id: number }>();
  return { ...log, eventIds: results.map((r) => r.id) };
}
