import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './env';
import { ApiError, type ErrorBody } from './errors';
import { enrolRoute } from './routes/enrol';
import { eventsIngestRoute } from './routes/events-ingest';
import { eventsListRoute } from './routes/events-list';
import { auditApiRoutes } from './routes/audit-api';
import { auditDashboardRoute } from './routes/audit-dashboard';
import { tokenRoute } from './routes/token';
import { deviceAdminRoute } from './routes/device-admin';
import { policyRoute } from './routes/policy';
import { usersRoute } from './routes/users';
import { adminAuditRoute } from './routes/admin-audit';
import { adminPagesRoute } from './admin-pages/admin-pages-route';
import { checkpointsRoute } from './routes/checkpoints';
import { proofsRoute } from './routes/proofs';

export const MAX_BODY_BYTES = 512 * 1024;

/** Builds the API: middleware and error handling are wired once here; routes live one per file. */
export function createApp() {
  const app = new Hono<AppEnv>();

  app.use(requestId());
  app.use(secureHeaders());
  // Bearer tokens, no cookies: any origin may call (the extension's service worker is one).
  app.use('/v1/*', cors({ origin: '*', allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match'], exposeHeaders: ['ETag'], maxAge: 600 }));
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError('payload_too_large', `The body must be at most ${MAX_BODY_BYTES} bytes.`);
      },
    }),
  );

  app.route('/', enrolRoute);
  app.route('/', tokenRoute);
  app.route('/', deviceAdminRoute);
  app.route('/', eventsIngestRoute);
  app.route('/', eventsListRoute);
  app.route('/', auditApiRoutes);
  app.route('/', auditDashboardRoute);
  app.route('/', policyRoute);
  app.route('/', usersRoute);
  app.route('/', adminAuditRoute);
  app.route('/', adminPagesRoute);
  app.route('/', checkpointsRoute);
  app.route('/', proofsRoute);

  app.get('/healthz', (c) => c.json({ ok: true }));

  app.notFound((c) => errorJson(c, new ApiError('not_found', 'No such route.')));
  app.onError((err, c) => {
    if (err instanceof ApiError) return errorJson(c, err);
    // Logged by kind only: an unknown error's message could carry request content.
    console.error(`unhandled ${err.name} on ${c.req.method} ${c.req.routePath}`);
    return errorJson(c, new ApiError('internal_error', 'Something went wrong on our side.'));
  });

  return app;
}

function errorJson(c: Context<AppEnv>, err: ApiError) {
  const body: ErrorBody = { error: { code: err.code, message: err.message, requestId: c.get('requestId') } };
  if (err.retryAfterSeconds !== undefined) c.header('Retry-After', String(err.retryAfterSeconds));
  return c.json(body, err.status);
}
