import type { Credential } from './credentials';

export interface Bindings {
  DB: D1Database;
}

/** Hono's environment for every route: bindings plus what middleware puts on the context. */
export interface AppEnv {
  Bindings: Bindings;
  Variables: { credential: Credential; requestId: string };
}
