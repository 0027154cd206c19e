import { z } from 'zod';
import { eventFilterSchema, type EventFilter } from '../audit/event-filter';

/**
 * The dashboard's filter form, as GET parameters so every view is a link and its export links
 * carry the same selection. Dates are whole UTC days (the form's date inputs); `to` is inclusive.
 */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)').refine((d) => !Number.isNaN(Date.parse(d)), 'must be a real date');

export const dashboardQuerySchema = eventFilterSchema.omit({ from: true, to: true }).extend({
  from: day.optional(),
  to: day.optional(),
  /** Cursor of the events table (newest first). */
  after: z.coerce.number().int().min(1).optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export type ParsedDashboardQuery = { ok: true; query: DashboardQuery } | { ok: false; problems: string[] };

/** Blank fields mean "any"; problems name the field and rule, never echo the value. */
export function parseDashboardQuery(raw: Record<string, string>): ParsedDashboardQuery {
  const present = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== ''));
  const result = dashboardQuerySchema.safeParse(present);
  if (result.success) return { ok: true, query: result.data };
  return { ok: false, problems: result.error.issues.slice(0, 5).map((i) => (i.code === 'unrecognized_keys' ? 'unknown filter field(s)' : `${i.path.join('.')}: ${i.message}`)) };
}

export function toEventFilter(query: DashboardQuery): EventFilter {
  const { from, to, after: _after, ...equalities } = query;
  const filter: EventFilter = { ...equalities };
  if (from) filter.from = `${from}T00:00:00.000Z`;
  if (to) filter.to = new Date(Date.parse(`${to}T00:00:00.000Z`) + 24 * 3600_000).toISOString();
  return filter;
}

/** The query string of a view (without the page cursor), plus `extra`. */
export function viewQueryString(query: DashboardQuery, extra: Record<string, string | number> = {}): string {
  const { after: _after, ...filters } = query;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}
