/**
 * Imported first by policy-in-worker.ts, so it runs before any schema is built. The extension's
 * service worker forbids eval, but a DevTools evaluation is exempt while it runs synchronously:
 * zod's probe for eval, made when a schema is built, would pass and a later parse then fail.
 */
import { z } from 'zod';

z.config({ jitless: true });
