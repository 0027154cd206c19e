import { verifyChain, type AuditEvent, type ChainHead, type ChainProblem } from '../../shared/events';

/**
 * Auditor-side verification of a device's stored hash chain: every event's hash recomputed, every
 * link and sequence number checked, in pages so one request stays within a Worker's CPU budget.
 * Unlike ingest (which refuses at the first problem), this reports every problem it finds and
 * carries on from the event after it.
 */

/** Events verified per call: SHA-256 of ~2,000 small JSON documents is a few ms of CPU. */
export const CHAIN_PAGE_SIZE = 2000;
/** A device clock this far ahead of the server's receive time is reported as skew. */
export const CLOCK_AHEAD_TOLERANCE_MS = 2 * 60_000;

export interface ChainPageReport {
  deviceId: string;
  /** The seq this page started after (0: the start of what D1 holds). */
  afterSeq: number;
  checked: number;
  /** The first stored seq when this page starts the chain; above 1 when earlier events are not in D1 (archived and pruned, or lost). */
  firstStoredSeq: number | null;
  firstCheckedSeq: number | null;
  lastCheckedSeq: number | null;
  problems: ChainProblem[];
  /** Events whose device time is later than the server received them (clock ahead), and device time running backwards between consecutive events. */
  clock: { aheadOfServer: number; maxAheadMs: number; backwards: number };
  /** Pass as `afterSeq` for the next page; null when the page reached the device's stored head. */
  nextSeq: number | null;
  /** On the last page: whether the chain reaches the head the server accepted for this device. */
  reachesHead: boolean | null;
}

interface Row {
  seq: number;
  body: string;
  received_at: string;
}

export async function verifyDeviceChainPage(db: D1Database, tenantId: string, deviceId: string, afterSeq = 0, pageSize = CHAIN_PAGE_SIZE): Promise<ChainPageReport | null> {
  const device = await db.prepare('SELECT last_seq, last_hash FROM devices WHERE id = ? AND tenant_id = ?').bind(deviceId, tenantId).first<{ last_seq: number; last_hash: string }>();
  if (!device) return null;
  // The event the page continues from (whose hash its first event must link to), the page, and
  // one more to tell whether another page follows.
  const { results } = await db
    .prepare('SELECT seq, body, received_at FROM events WHERE tenant_id = ? AND device_id = ? AND seq >= ? ORDER BY seq LIMIT ?')
    .bind(tenantId, deviceId, afterSeq, pageSize + 2)
    .all<Row>();
  const previous = results[0]?.seq === afterSeq && afterSeq > 0 ? results.shift()! : undefined;
  const page = results.slice(0, pageSize);
  const events = page.map((row) => JSON.parse(row.body) as AuditEvent);

  // Where D1's copy starts (or a cursor names no stored event), the first event anchors the
  // chain: its own link is taken on trust and everything after it is checked.
  const firstStoredSeq = afterSeq === 0 ? (events[0]?.seq ?? null) : null;
  const head: ChainHead | null = previous
    ? { seq: previous.seq, hash: (JSON.parse(previous.body) as AuditEvent).hash }
    : events[0] ? { seq: events[0].seq - 1, hash: events[0].prevHash } : null;

  const problems = allProblems(events, head);
  const clock = clockChecks(page, events);
  const last = events.at(-1);
  const more = results.length > pageSize;
  return {
    deviceId,
    afterSeq,
    checked: events.length,
    firstStoredSeq,
    firstCheckedSeq: events[0]?.seq ?? null,
    lastCheckedSeq: last?.seq ?? null,
    problems,
    clock,
    nextSeq: more ? last!.seq : null,
    reachesHead: more ? null : (last?.seq ?? 0) === device.last_seq && (last ? last.hash === device.last_hash : true),
  };
}

/** Every problem in `events`: after each, verification resumes as if the chain restarted there. */
function allProblems(events: AuditEvent[], head: ChainHead | null): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let from = 0;
  let current = head;
  while (from < events.length) {
    const rest = events.slice(from);
    const problem = verifyChain(rest, current);
    if (!problem) break;
    problems.push(problem);
    const at = rest.findIndex((e) => e.seq === problem.seq);
    const event = rest[at]!;
    // Accept the problem event as the new start: a gap or broken link restarts at its own link,
    // a bad hash continues from the hash it claims (the next event links to that).
    current = { seq: event.seq, hash: event.hash };
    from += at + 1;
  }
  return problems;
}

function clockChecks(rows: Row[], events: AuditEvent[]): ChainPageReport['clock'] {
  let aheadOfServer = 0;
  let maxAheadMs = 0;
  let backwards = 0;
  events.forEach((event, i) => {
    const ahead = Date.parse(event.occurredAt) - Date.parse(rows[i]!.received_at);
    if (ahead > CLOCK_AHEAD_TOLERANCE_MS) aheadOfServer++;
    maxAheadMs = Math.max(maxAheadMs, ahead);
    if (i > 0 && event.occurredAt < events[i - 1]!.occurredAt) backwards++;
  });
  return { aheadOfServer, maxAheadMs, backwards };
}

export interface DeviceChainSummary {
  deviceId: string;
  userId: string;
  enrolledAt: string;
  revokedAt: string | null;
  /** The head the server accepted at ingest. */
  acceptedSeq: number;
  storedEvents: number;
  firstSeq: number | null;
  lastSeq: number | null;
  /** Batches ingest refused as a gap or broken chain. */
  refusedBatches: number;
  /** From counts alone (cheap for every device): stored seqs are contiguous and end at the accepted head. */
  contiguous: boolean;
  /** Server receipt time minus the device's clock at its last batch that said when it was sent (positive: the device is behind), or null before one. */
  clockSkew: { ms: number; at: string } | null;
}

/** Every device of the tenant with what D1 holds of its chain, from the (tenant, device, seq) index. */
export async function deviceChainSummaries(db: D1Database, tenantId: string): Promise<DeviceChainSummary[]> {
  const { results } = await db
    .prepare(
      `SELECT d.id, d.user_id, d.enrolled_at, d.revoked_at, d.last_seq, d.clock_skew_ms, d.clock_skew_at,
              (SELECT count(*) FROM events e WHERE e.tenant_id = d.tenant_id AND e.device_id = d.id) AS stored,
              (SELECT min(seq) FROM events e WHERE e.tenant_id = d.tenant_id AND e.device_id = d.id) AS first_seq,
              (SELECT max(seq) FROM events e WHERE e.tenant_id = d.tenant_id AND e.device_id = d.id) AS last_stored_seq,
              (SELECT count(*) FROM security_events s WHERE s.tenant_id = d.tenant_id AND s.device_id = d.id) AS refused
       FROM devices d WHERE d.tenant_id = ? ORDER BY d.enrolled_at, d.id`,
    )
    .bind(tenantId)
    .all<{ id: string; user_id: string; enrolled_at: string; revoked_at: string | null; last_seq: number; clock_skew_ms: number | null; clock_skew_at: string | null; stored: number; first_seq: number | null; last_stored_seq: number | null; refused: number }>();
  return results.map((r) => ({
    deviceId: r.id,
    userId: r.user_id,
    enrolledAt: r.enrolled_at,
    revokedAt: r.revoked_at,
    acceptedSeq: r.last_seq,
    storedEvents: r.stored,
    firstSeq: r.first_seq,
    lastSeq: r.last_stored_seq,
    refusedBatches: r.refused,
    contiguous: r.stored === 0 ? r.last_seq === 0 : r.last_stored_seq === r.last_seq && r.stored === r.last_stored_seq! - r.first_seq! + 1,
    clockSkew: r.clock_skew_ms === null || r.clock_skew_at === null ? null : { ms: r.clock_skew_ms, at: r.clock_skew_at },
  }));
}
