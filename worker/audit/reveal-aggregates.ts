import { z } from 'zod';
import { filterCondition, type EventFilter } from './event-filter';

/**
 * What auditors look at first: how many values were revealed, by whom, where, of which kind, for
 * which reason, without a ticket, outside working hours, and who reveals far more than their
 * peers. Every query scans the `events_reveals` index (migration 0003), which holds all they read.
 */

const REVEAL_TYPES = `type IN ('value_revealed', 'page_revealed')`;
/**
 * Named, because the planner otherwise walks (tenant, user) or (tenant, type) and reads every
 * row from the table: 6 s instead of 0.4 s to group 330,000 reveals by user (bench/worker-query.ts).
 * A user or device filter is more selective: then its own index and a few thousand rows are best.
 */
const revealsSource = (filter: EventFilter) => (filter.user || filter.device ? 'events' : 'events INDEXED BY events_reveals');

export const workingHoursSchema = z.strictObject({
  /** Minutes east of UTC of the tenant's working day (e.g. -300 for New York in winter). */
  tzOffsetMinutes: z.coerce.number().int().min(-840).max(840).default(0),
  /** Local working hours, Monday to Friday: [start, end). */
  workStart: z.coerce.number().int().min(0).max(23).default(7),
  workEnd: z.coerce.number().int().min(1).max(24).default(19),
});
export type WorkingHours = z.infer<typeof workingHoursSchema>;

export interface RevealAggregates {
  total: number;
  withoutTicket: number;
  offHours: number;
  /** Per hour when the filter spans at most three days, otherwise per day (UTC). */
  timeline: { bucket: string; reveals: number }[];
  timelineUnit: 'hour' | 'day';
  perUserPerDay: { userId: string | null; day: string; reveals: number }[];
  perUser: { userId: string | null; reveals: number; withoutTicket: number; offHours: number; devices: number }[];
  perSite: { site: string; reveals: number }[];
  perPhiType: { phiType: string | null; reveals: number }[];
  perReason: { reason: string | null; reveals: number }[];
  farAbovePeers: PeerOutlier[];
}

export interface PeerOutlier {
  userId: string | null;
  reveals: number;
  peerMedian: number;
  /** Modified z-score (Iglewicz and Hoaglin): 0.6745 (x - median) / MAD, one decimal. */
  score: number;
}

/** Rows returned per breakdown: a dashboard table, not an export. */
const BREAKDOWN_LIMIT = 200;
const TIMELINE_HOURS_MAX_SPAN_MS = 3 * 24 * 3600_000;

export async function revealAggregates(db: D1Database, tenantId: string, filter: EventFilter, hours: WorkingHours): Promise<RevealAggregates> {
  const where = filterCondition(tenantId, filter);
  const w = `${where.sql} AND ${REVEAL_TYPES}`;
  const REVEALS = revealsSource(filter);
  const p = where.params;
  const modifier = `${hours.tzOffsetMinutes >= 0 ? '+' : ''}${hours.tzOffsetMinutes} minutes`;
  // Weekend or outside [workStart, workEnd) in the tenant's local time.
  const offHours = `(strftime('%w', occurred_at, '${modifier}') IN ('0', '6') OR CAST(strftime('%H', occurred_at, '${modifier}') AS INTEGER) NOT BETWEEN ${hours.workStart} AND ${hours.workEnd - 1})`;
  const timelineUnit = timelineUnitFor(filter);
  const bucketLength = timelineUnit === 'hour' ? 13 : 10;

  // Totals are summed from the per-user rows: one scan fewer.
  const statements = [
    db.prepare(`SELECT substr(occurred_at, 1, ${bucketLength}) AS bucket, count(*) AS reveals FROM ${REVEALS} WHERE ${w} GROUP BY bucket ORDER BY bucket`).bind(...p),
    db.prepare(`SELECT user_id, substr(occurred_at, 1, 10) AS day, count(*) AS reveals FROM ${REVEALS} WHERE ${w} GROUP BY user_id, day ORDER BY day DESC, reveals DESC, user_id LIMIT ${BREAKDOWN_LIMIT}`).bind(...p),
    db
      .prepare(`SELECT user_id, count(*) AS reveals, sum(ticket IS NULL) AS without_ticket, sum(${offHours}) AS off_hours, count(DISTINCT device_id) AS devices FROM ${REVEALS} WHERE ${w} GROUP BY user_id ORDER BY reveals DESC, user_id`)
      .bind(...p),
    db.prepare(`SELECT site_origin AS site, count(*) AS reveals FROM ${REVEALS} WHERE ${w} GROUP BY site_origin ORDER BY reveals DESC, site_origin LIMIT ${BREAKDOWN_LIMIT}`).bind(...p),
    db.prepare(`SELECT phi_type, count(*) AS reveals FROM ${REVEALS} WHERE ${w} GROUP BY phi_type ORDER BY reveals DESC, phi_type`).bind(...p),
    db.prepare(`SELECT reason, count(*) AS reveals FROM ${REVEALS} WHERE ${w} GROUP BY reason ORDER BY reveals DESC, reason`).bind(...p),
  ];
  const [timeline, perUserPerDay, perUser, perSite, perPhiType, perReason] = (await db.batch<Record<string, unknown>>(statements)).map((r) => r.results);
  const users = (perUser as { user_id: string | null; reveals: number; without_ticket: number; off_hours: number; devices: number }[]).map((r) => ({
    userId: r.user_id,
    reveals: r.reveals,
    withoutTicket: r.without_ticket,
    offHours: r.off_hours,
    devices: r.devices,
  }));
  return {
    total: sum(users, 'reveals'),
    withoutTicket: sum(users, 'withoutTicket'),
    offHours: sum(users, 'offHours'),
    timeline: timeline as { bucket: string; reveals: number }[],
    timelineUnit,
    perUserPerDay: (perUserPerDay as { user_id: string | null; day: string; reveals: number }[]).map((r) => ({ userId: r.user_id, day: r.day, reveals: r.reveals })),
    perUser: users.slice(0, BREAKDOWN_LIMIT),
    perSite: perSite as { site: string; reveals: number }[],
    perPhiType: (perPhiType as { phi_type: string | null; reveals: number }[]).map((r) => ({ phiType: r.phi_type, reveals: r.reveals })),
    perReason: perReason as { reason: string | null; reveals: number }[],
    farAbovePeers: farAbovePeers(users),
  };
}

const sum = <K extends string>(rows: Record<K, number>[], key: K) => rows.reduce((total, row) => total + row[key], 0);

function timelineUnitFor(filter: EventFilter): 'hour' | 'day' {
  if (!filter.from || !filter.to) return 'day';
  return Date.parse(filter.to) - Date.parse(filter.from) <= TIMELINE_HOURS_MAX_SPAN_MS ? 'hour' : 'day';
}

/** Below this many reveals nobody is flagged: a handful of reveals is not a pattern. */
const OUTLIER_MIN_REVEALS = 10;
/** Iglewicz and Hoaglin's cut-off for the modified z-score. */
const OUTLIER_SCORE = 3.5;

/**
 * Users whose reveal count is far above their peers': a modified z-score over the median and the
 * median absolute deviation (MAD), robust to the outliers it looks for. When over half the users
 * reveal exactly the median (MAD 0), the mean absolute deviation scaled by 1.2533 stands in.
 */
export function farAbovePeers(users: readonly { userId: string | null; reveals: number }[]): PeerOutlier[] {
  if (users.length < 3) return [];
  const counts = users.map((u) => u.reveals);
  const m = median(counts);
  const deviations = counts.map((c) => Math.abs(c - m));
  const mad = median(deviations);
  const scale = mad > 0 ? mad / 0.6745 : (1.2533 * deviations.reduce((a, b) => a + b, 0)) / deviations.length;
  if (scale === 0) return [];
  return users
    .map((u) => ({ userId: u.userId, reveals: u.reveals, peerMedian: m, score: Math.round(((u.reveals - m) / scale) * 10) / 10 }))
    .filter((u) => u.reveals >= OUTLIER_MIN_REVEALS && u.score > OUTLIER_SCORE)
    .sort((a, b) => b.reveals - a.reveals);
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
