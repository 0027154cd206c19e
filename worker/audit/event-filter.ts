import { z } from 'zod';
import { AUDIT_EVENT_TYPES, originSchema, type AuditEventType } from '../../shared/events';
import { PHI_TYPES } from '../../shared/phi-types';
import { REVEAL_REASON_CODES } from '../../shared/reveal-reasons';

/**
 * What an auditor can filter the central log by. Every value is an id, a code, an origin or a time:
 * none is PHI by construction, so a filter may be logged and put in a link.
 */
export const eventFilterSchema = z.strictObject({
  user: z.string().min(1).max(128).regex(/^[\w.@:-]+$/, 'must be a user id').optional(),
  device: z.uuid().optional(),
  type: z.enum(AUDIT_EVENT_TYPES as [AuditEventType, ...AuditEventType[]]).optional(),
  phiType: z.enum(PHI_TYPES).optional(),
  site: originSchema.optional(),
  reason: z.enum(REVEAL_REASON_CODES).optional(),
  /** Occurred at or after (inclusive). */
  from: z.iso.datetime({ offset: false }).optional(),
  /** Occurred before (exclusive). */
  to: z.iso.datetime({ offset: false }).optional(),
});

export type EventFilter = z.infer<typeof eventFilterSchema>;
export const EVENT_FILTER_KEYS = Object.keys(eventFilterSchema.shape) as (keyof EventFilter)[];

/** The column each equality filter reads; the indexes in migration 0003 follow this list. */
const FILTER_COLUMNS = {
  user: 'user_id',
  device: 'device_id',
  type: 'type',
  phiType: 'phi_type',
  site: 'site_origin',
  reason: 'reason',
} as const satisfies Partial<Record<keyof EventFilter, string>>;

export interface SqlCondition {
  sql: string;
  params: (string | number)[];
}

/** The WHERE clause (without the keyword) for a tenant's events matching `filter`. */
export function filterCondition(tenantId: string, filter: EventFilter): SqlCondition {
  const parts = ['tenant_id = ?'];
  const params: (string | number)[] = [tenantId];
  for (const [key, column] of Object.entries(FILTER_COLUMNS) as [keyof typeof FILTER_COLUMNS, string][]) {
    const value = filter[key];
    if (value === undefined) continue;
    parts.push(`${column} = ?`);
    params.push(value);
  }
  if (filter.from) {
    parts.push('occurred_at >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    parts.push('occurred_at < ?');
    params.push(filter.to);
  }
  return { sql: parts.join(' AND '), params };
}

/** Only the filter's own keys from a query string, blanks dropped (an empty form field means "any"). */
export function pickFilterParams(query: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([key, value]) => (EVENT_FILTER_KEYS as string[]).includes(key) && value !== ''));
}
