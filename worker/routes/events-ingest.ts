import { Hono } from 'hono';
import { z } from 'zod';
import { canonicalJson } from '../../shared/canonical-json';
import { auditEventSchema, MAX_EVENTS_PER_BATCH, verifyChain, type AuditEvent, type ChainHead } from '../../shared/events';
import { requireRole } from '../auth';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { limitPerDevice } from '../rate-limit';
import { parseJsonBody } from '../validate';

const ingestRequestSchema = z.strictObject({
  events: z.array(auditEventSchema).min(1).max(MAX_EVENTS_PER_BATCH),
  /** The device's clock when it sent the batch: the server records its skew for auditors. */
  sentAt: z.iso.datetime({ offset: false }).optional(),
});

/**
 * POST /v1/events: a device appends a batch of its audit events. At-least-once senders are safe:
 * events already stored with the same hash are acknowledged, not stored again. A batch that does
 * not continue the device's chain is refused whole and recorded as a security event.
 */
export const eventsIngestRoute = new Hono<AppEnv>().post('/v1/events', requireRole('device'), limitPerDevice('RATE_LIMIT_EVENTS_PER_MINUTE', 'events'), async (c) => {
  const { tenantId, subject: deviceId } = c.get('credential');
  const { events, sentAt } = await parseJsonBody(c, ingestRequestSchema);
  if (events.some((e) => e.deviceId !== deviceId)) throw new ApiError('forbidden', 'A device may only send its own events.');

  const db = c.env.DB;
  const head = await db
    .prepare('SELECT last_seq AS seq, last_hash AS hash FROM devices WHERE id = ? AND tenant_id = ?')
    .bind(deviceId, tenantId)
    .first<ChainHead>();
  if (!head) throw new ApiError('forbidden', 'This device is not enrolled.');

  const resent = events.filter((e) => e.seq <= head.seq);
  const fresh = events.filter((e) => e.seq > head.seq);
  await checkResentMatchStored(db, tenantId, deviceId, resent);

  const problem = verifyChain(fresh, head);
  if (problem) {
    const code = problem.kind === 'gap' ? 'chain_gap' : 'chain_broken';
    await recordSecurityEvent(db, tenantId, deviceId, code, `${problem.kind} at seq ${problem.seq}`);
    throw new ApiError(code, describeProblem(problem.kind, problem.seq, head.seq));
  }

  const receivedAt = new Date().toISOString();
  const clockSkewMs = sentAt ? Date.parse(receivedAt) - Date.parse(sentAt) : null;
  const recordSeen = db
    .prepare('UPDATE devices SET last_seen_at = ?1, clock_skew_ms = COALESCE(?2, clock_skew_ms), clock_skew_at = IIF(?2 IS NULL, clock_skew_at, ?1) WHERE id = ?3')
    .bind(receivedAt, clockSkewMs, deviceId);
  if (fresh.length === 0) await recordSeen.run();
  else {
    const last = fresh.at(-1)!;
    // The whole batch is one statement over one JSON parameter: a row per event would be up to 100
    // statements (past D1's per-invocation query limit on the free plan, and slower), and a
    // multi-row VALUES list would pass the 100-bound-parameter limit. json_each keeps array order,
    // so ingest order (the id) follows seq.
    const rows = fresh.map((e) => ({ seq: e.seq, type: e.type, occurredAt: e.occurredAt, hash: e.hash, body: canonicalJson(e) }));
    const insert = db
      .prepare(
        `INSERT INTO events (tenant_id, device_id, seq, type, occurred_at, received_at, hash, body)
         SELECT ?1, ?2, r.value ->> '$.seq', r.value ->> '$.type', r.value ->> '$.occurredAt', ?3, r.value ->> '$.hash', r.value ->> '$.body'
         FROM json_each(?4) AS r ORDER BY r.key`,
      )
      .bind(tenantId, deviceId, receivedAt, JSON.stringify(rows));
    // One D1 batch is one transaction. The head update only applies if no concurrent batch moved it;
    // a concurrent batch with the same seqs fails the insert on the unique key and rolls back ours.
    const results = await db
      .batch([
        insert,
        recordSeen,
        db.prepare('UPDATE devices SET last_seq = ?, last_hash = ? WHERE id = ? AND last_seq = ?').bind(last.seq, last.hash, deviceId, head.seq),
      ])
      .catch((err: unknown) => {
        if (String(err).includes('UNIQUE')) throw new ApiError('conflict', 'Another batch from this device was stored at the same time; resend.');
        throw err;
      });
    if (results.at(-1)!.meta.changes !== 1) throw new ApiError('conflict', 'Another batch from this device was stored at the same time; resend.');
  }

  return c.json({ accepted: fresh.length, duplicates: resent.length, lastSeq: Math.max(head.seq, fresh.at(-1)?.seq ?? 0), serverTime: receivedAt });
});

async function checkResentMatchStored(db: D1Database, tenantId: string, deviceId: string, resent: AuditEvent[]) {
  if (resent.length === 0) return;
  // A range, not IN (...): a full batch of seqs would pass D1's 100-bound-parameter limit.
  const seqs = resent.map((e) => e.seq);
  const stored = await db
    .prepare('SELECT seq, hash FROM events WHERE tenant_id = ? AND device_id = ? AND seq BETWEEN ? AND ?')
    .bind(tenantId, deviceId, Math.min(...seqs), Math.max(...seqs))
    .all<{ seq: number; hash: string }>();
  const hashBySeq = new Map(stored.results.map((r) => [r.seq, r.hash]));
  const mismatch = resent.find((e) => hashBySeq.get(e.seq) !== e.hash);
  if (mismatch) {
    await recordSecurityEvent(db, tenantId, deviceId, 'chain_broken', `resend differs at seq ${mismatch.seq}`);
    throw new ApiError('chain_broken', `Event ${mismatch.seq} was already stored with different content.`);
  }
}

function describeProblem(kind: 'gap' | 'broken_link' | 'bad_hash', seq: number, lastSeq: number): string {
  if (kind === 'gap') return `Events must continue from seq ${lastSeq + 1}; got seq ${seq}.`;
  if (kind === 'broken_link') return `Event ${seq} does not link to the previous event's hash.`;
  return `Event ${seq}'s hash does not match its content.`;
}

async function recordSecurityEvent(db: D1Database, tenantId: string, deviceId: string, kind: string, detail: string) {
  await db
    .prepare('INSERT INTO security_events (tenant_id, device_id, kind, detail, at) VALUES (?, ?, ?, ?, ?)')
    .bind(tenantId, deviceId, kind, detail, new Date().toISOString())
    .run();
}
