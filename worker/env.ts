import type { Credential } from './credentials';

export interface Bindings {
  DB: D1Database;
  /** Ingest requests per minute per device (wrangler.toml [vars]). */
  RATE_LIMIT_EVENTS_PER_MINUTE: string;
  /** Token challenge and exchange requests per minute per client address. */
  RATE_LIMIT_TOKEN_PER_MINUTE: string;
  /** Write-once archive of each tenant-day's events and signed checkpoint (worker/integrity). */
  ARCHIVE: R2Bucket;
  /** Secret: the Ed25519 private JWK that signs checkpoints. */
  CHECKPOINT_SIGNING_KEY?: string;
  /** Days an archived, verified day's events stay in D1 before pruning (wrangler.toml [vars]). */
  D1_KEEP_DAYS?: string;
}

/** Hono's environment for every route: bindings plus what middleware puts on the context. */
export interface AppEnv {
  Bindings: Bindings;
  Variables: { credential: Credential; requestId: string };
}
