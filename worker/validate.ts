import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './errors';

/**
 * Parses a JSON body against a schema. Errors name the fields and rules that failed, never the
 * values (they may hold PHI sent by mistake).
 */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError('bad_request', 'The body must be valid JSON.');
  }
  return parseWith(schema, body);
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((issue) => {
    // Unknown keys are caller-chosen text too: count them rather than name them.
    const message = issue.code === 'unrecognized_keys' ? `${issue.keys.length} unknown field(s)` : issue.message;
    return `${issue.path.join('.') || '(body)'}: ${message}`;
  });
  throw new ApiError('validation_failed', issues.join('; '));
}
