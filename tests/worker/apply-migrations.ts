import { applyD1Migrations, env } from 'cloudflare:test';

// Runs before each worker test file: the schema exactly as `wrangler d1 migrations apply` makes it.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
