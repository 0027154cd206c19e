import type { Context } from 'hono';
import { z } from 'zod';
import { parseWith } from '../validate';
import { eventFilterSchema } from './event-filter';

/** Paging of search results: `after` is the previous page's `nextCursor`. */
export const pageParamsSchema = z.strictObject({
  after: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  order: z.enum(['asc', 'desc']).default('asc'),
});

export const searchParamsSchema = eventFilterSchema.extend(pageParamsSchema.shape);

/**
 * A route's query string validated against `schema`. Blank values are dropped first: an empty form
 * field means "any", and the dashboard's GET forms send every field.
 */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const query = Object.fromEntries(Object.entries(c.req.query()).filter(([, value]) => value !== ''));
  return parseWith(schema, query);
}
