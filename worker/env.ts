import type { Credential } from './credentials';

export interface Bindings {
  DB: D1Database;
  /** Requests per minute per device (wrangler.toml [vars]). */
  RATE_LIMIT_EVENTS_PER_MINUTE: string;
  RATE_LIMIT_TOKEN_PER_MINUTE: string;
}

/** Hono's environment for every route: bindings plus what middleware puts on the context. */
export interface AppEnv {
  Bindings: Bindings;
  Variables: { credential: Credential; requestId: string };
}
