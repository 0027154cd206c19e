import path from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { generateSigningKeyJwk } from './worker/integrity/checkpoint';

// Four suites, one command. `npm test` runs them all; `vitest run --project NAME` runs one.
export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(import.meta.dirname, 'worker/migrations'));
  // A fresh checkpoint signing key per run, as the CHECKPOINT_SIGNING_KEY secret is in production.
  const CHECKPOINT_SIGNING_KEY = await generateSigningKeyJwk();
  return {
    test: {
      projects: [
        {
          test: { name: 'unit', include: ['shared/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
        },
        {
          plugins: [WxtVitest()],
          test: {
            name: 'extension',
            include: ['extension/**/*.test.ts'],
            setupFiles: ['fake-indexeddb/auto'],
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              miniflare: { bindings: { TEST_MIGRATIONS: migrations, CHECKPOINT_SIGNING_KEY } },
            }),
          ],
          test: {
            name: 'worker',
            include: ['worker/**/*.test.ts', 'tests/worker/**/*.test.ts'],
            setupFiles: ['tests/worker/apply-migrations.ts'],
          },
        },
        {
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.test.ts'],
            globalSetup: ['tests/e2e/global-setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            // One Chromium at a time: 2 cores, and each test owns a browser profile.
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
