import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, Bindings } from './env';
import { ApiError } from './errors';

/**
 * Fixed-window request counters in D1: one upsert per request, exact across Worker instances and
 * identical under miniflare offline (the Workers rate-limiting binding is per location and only
 * approximate).
 */
export async function takeRequest(db: D1Database, key: string, limit: number, windowSeconds: number, nowMs = Date.now()): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const windowStart = Math.floor(nowMs / 1000 / windowSeconds) * windowSeconds;
  // In an upsert's SET, column names are the row's values before the update.
  const row = await db
    .prepare(
      `INSERT INTO rate_limits (key, window_start, count) VALUES (?, ?, 1)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN window_start = excluded.window_start THEN count + 1 ELSE 1 END,
         window_start = excluded.window_start
       RETURNING count`,
    )
    .bind(key, windowStart)
    .first<{ count: number }>();
  const retryAfterSeconds = Math.max(1, Math.ceil(windowStart + windowSeconds - nowMs / 1000));
  return { allowed: row!.count <= limit, retryAfterSeconds };
}

type LimitSetting = keyof Pick<Bindings, 'RATE_LIMIT_EVENTS_PER_MINUTE' | 'RATE_LIMIT_TOKEN_PER_MINUTE'>;

/** Refuses with 429 and Retry-After once `key` has made more than the configured requests this minute. */
async function enforceRateLimit(env: Bindings, setting: LimitSetting, key: string): Promise<void> {
  const limit = Number(env[setting]);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`${setting} must be a positive integer.`);
  const { allowed, retryAfterSeconds } = await takeRequest(env.DB, key, limit, 60);
  if (!allowed) throw new ApiError('rate_limited', `Too many requests; retry after ${retryAfterSeconds} s.`, retryAfterSeconds);
}

/** Per-device limit for authenticated device routes; runs after requireRole('device'). */
export function limitPerDevice(setting: LimitSetting, scope: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    await enforceRateLimit(c.env, setting, `${scope}:${c.get('credential').subject}`);
    await next();
  });
}

/**
 * Per-address limit for unauthenticated routes: keyed by who calls, not by the id the body names,
 * so requests in a device's name from elsewhere cannot use up that device's allowance.
 */
export function limitPerAddress(setting: LimitSetting, scope: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    await enforceRateLimit(c.env, setting, `${scope}:${clientAddress(c)}`);
    await next();
  });
}

/** The caller's address as Cloudflare's edge sets it (clients cannot); one shared key where absent. */
function clientAddress(c: Context): string {
  return c.req.header('CF-Connecting-IP') ?? 'unknown';
}
