/** @jsxImportSource hono/jsx */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { Child } from 'hono/jsx';
import { z } from 'zod';
import { readAccessLog, recordAccess } from '../audit/access-log';
import { eventTypeCounts } from '../audit/event-type-counts';
import { exportFormatSchema, exportResponse } from '../audit/export-response';
import { revealAggregates, workingHoursSchema } from '../audit/reveal-aggregates';
import { searchEvents } from '../audit/search-events';
import { deviceChainSummaries, verifyDeviceChainPage } from '../audit/verify-device-chain';
import { AdminLogPage } from '../admin-pages/admin-log-page';
import { authenticate } from '../credentials';
import { AccessTable } from '../dashboard/access-log-page';
import { ChainReportView, ChainTable } from '../dashboard/chain-pages';
import { parseDashboardQuery, toEventFilter, type DashboardQuery } from '../dashboard/dashboard-query';
import { EVENTS_PAGE_SIZE, EventsPage } from '../dashboard/events-page';
import { QueryProblems } from '../dashboard/filter-form';
import { consistencyCheck, inclusionCheck } from '../dashboard/integrity-checks';
import { IntegrityPage, type ProofCheck } from '../dashboard/integrity-page';
import { Layout, SignInPage, type Site } from '../dashboard/layout';
import { OverviewPage, SECURITY_EVENT_TYPES } from '../dashboard/overview-page';
import { AUDITOR_SESSIONS, endSession, requireSession, sameOrigin, sessionCredential, startSession } from '../dashboard/session';
import { FAVICON_SVG, STYLE_SHEET } from '../dashboard/style-sheet';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { readIntegrityAlerts } from '../integrity/integrity-alerts';
import { listCheckpoints } from '../integrity/tree-store';
import { readAdminActions } from '../policy/admin-actions';

/**
 * The auditor dashboard at /audit: server-rendered pages over the same queries as the API, behind
 * a cookie session. No script at all, so the CSP allows none; styles come from one stylesheet.
 */
const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const SITE = {
  name: 'PHI Shield audit',
  base: '/audit',
  role: 'auditor',
  nav: [
    ['overview', 'Overview', '/audit'],
    ['events', 'Events', '/audit/events'],
    ['chain', 'Chain integrity', '/audit/chain'],
    ['integrity', 'Log integrity', '/audit/integrity'],
    ['access', 'Access log', '/audit/access-log'],
    ['admin', 'Admin changes', '/audit/admin-log'],
  ],
  favicon: true,
} as const satisfies Site;

type Section = (typeof SITE.nav)[number][0];

const requireAuditor = requireSession(AUDITOR_SESSIONS);

const DEFAULT_OVERVIEW_DAYS = 29;

const positiveId = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const integrityQuerySchema = z.union([z.strictObject({}), z.strictObject({ event: positiveId }), z.strictObject({ from: positiveId, to: positiveId })]);
const checkpointCursor = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0);
const CHECKPOINTS_PAGE_SIZE = 100;

/** The check the integrity page's query asks for, or its problem as a message fit to show. */
async function requestedCheck(c: Context<AppEnv>, query: z.infer<typeof integrityQuerySchema>): Promise<{ check: ProofCheck | null; problem: string | null }> {
  const { tenantId } = c.get('credential');
  try {
    if ('event' in query) return { check: await inclusionCheck(c.env.DB, c.env.CHECKPOINT_SIGNING_KEY, tenantId, query.event), problem: null };
    if ('from' in query) return { check: await consistencyCheck(c.env.DB, c.env.CHECKPOINT_SIGNING_KEY, tenantId, query.from, query.to), problem: null };
    return { check: null, problem: null };
  } catch (err) {
    if (err instanceof ApiError) return { check: null, problem: err.message };
    throw err;
  }
}

const STATIC_ASSETS = ['/audit/style.css', '/audit/favicon.svg'];

const dashboardHeaders = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CSP);
  c.header('Cache-Control', STATIC_ASSETS.includes(c.req.path) ? 'public, max-age=300' : 'no-store');
});

const smallForm = bodyLimit({ maxSize: 4096, onError: (c) => c.text('The form is too large.', 413) });

function page(c: Context<AppEnv>, title: string, section: Section, body: Child, status: 200 | 400 | 404 = 200) {
  return c.html(
    <Layout site={SITE} title={title} section={section} subject={c.get('credential').subject}>
      {body}
    </Layout>,
    status,
  );
}

/** The view's filters, or a page explaining which of them cannot be applied. */
function dashboardQuery(c: Context<AppEnv>): { ok: true; query: DashboardQuery } | { ok: false; response: Response | Promise<Response> } {
  const parsed = parseDashboardQuery(c.req.query());
  if (parsed.ok) return parsed;
  return { ok: false, response: page(c, 'Filters', 'overview', <QueryProblems problems={parsed.problems} />, 400) };
}

export const auditDashboardRoute = new Hono<AppEnv>()
  .use('/audit', dashboardHeaders)
  .use('/audit/*', dashboardHeaders)
  .get('/audit/style.css', (c) => c.body(STYLE_SHEET, 200, { 'Content-Type': 'text/css; charset=utf-8' }))
  .get('/audit/favicon.svg', (c) => c.body(FAVICON_SVG, 200, { 'Content-Type': 'image/svg+xml' }))

  .get('/audit/sign-in', async (c) => ((await sessionCredential(c, AUDITOR_SESSIONS)) ? c.redirect('/audit', 303) : c.html(<SignInPage site={SITE} />)))
  .post('/audit/sign-in', smallForm, async (c) => {
    if (!sameOrigin(c)) return c.html(<SignInPage site={SITE} problem="This form must be sent from the dashboard itself." />, 403);
    const form = await c.req.parseBody();
    const token = typeof form.token === 'string' ? form.token.trim() : '';
    const credential = token && token.length <= 200 ? await authenticate(c.env.DB, token).catch((err: unknown) => (err instanceof ApiError ? null : Promise.reject(err))) : null;
    // One message for unknown, expired and non-auditor tokens: the page is no oracle for tokens.
    if (!credential || credential.role !== 'auditor') return c.html(<SignInPage site={SITE} problem="That is not a valid auditor token." />, 401);
    c.set('credential', credential);
    await startSession(c, AUDITOR_SESSIONS, token);
    await recordAccess(c, 'sign_in', {});
    return c.redirect('/audit', 303);
  })
  .post('/audit/sign-out', smallForm, async (c) => {
    if (!sameOrigin(c)) return c.text('This form must be sent from the dashboard itself.', 403);
    const credential = await sessionCredential(c, AUDITOR_SESSIONS);
    if (credential) {
      c.set('credential', credential);
      await recordAccess(c, 'sign_out', {});
    }
    await endSession(c, AUDITOR_SESSIONS);
    return c.redirect('/audit/sign-in', 303);
  })

  .get('/audit', requireAuditor, async (c) => {
    // The overview opens on the last 30 days (its aggregates scan every reveal in range: 1.7 s
    // for a 90-day log of 1,000,000 events). A blank From field means the whole log.
    if (c.req.query('from') === undefined) {
      const params = new URLSearchParams(c.req.query());
      params.set('from', new Date(Date.now() - DEFAULT_OVERVIEW_DAYS * 86_400_000).toISOString().slice(0, 10));
      return c.redirect(`/audit?${params}`, 303);
    }
    const parsed = dashboardQuery(c);
    if (!parsed.ok) return parsed.response;
    const filter = toEventFilter(parsed.query);
    const { tenantId } = c.get('credential');
    await recordAccess(c, 'dashboard', { view: 'overview', ...filter });
    const [aggregates, typeCounts, devices, recent] = await Promise.all([
      revealAggregates(c.env.DB, tenantId, filter, workingHoursSchema.parse({})),
      eventTypeCounts(c.env.DB, tenantId, filter, SECURITY_EVENT_TYPES),
      deviceChainSummaries(c.env.DB, tenantId),
      readAccessLog(c.env.DB, tenantId, 8),
    ]);
    return page(c, 'Overview', 'overview', <OverviewPage query={parsed.query} aggregates={aggregates} typeCounts={typeCounts} devices={devices} recentAccess={recent.entries} />);
  })
  .get('/audit/events', requireAuditor, async (c) => {
    const parsed = dashboardQuery(c);
    if (!parsed.ok) return parsed.response;
    const filter = toEventFilter(parsed.query);
    await recordAccess(c, 'dashboard', { view: 'events', ...filter, after: parsed.query.after });
    const events = await searchEvents(c.env.DB, c.get('credential').tenantId, filter, { after: parsed.query.after, limit: EVENTS_PAGE_SIZE, order: 'desc' });
    return page(c, 'Events', 'events', <EventsPage query={parsed.query} page={events} />);
  })
  .get('/audit/chain', requireAuditor, async (c) => {
    await recordAccess(c, 'dashboard', { view: 'chain' });
    const devices = await deviceChainSummaries(c.env.DB, c.get('credential').tenantId);
    return page(
      c,
      'Chain integrity',
      'chain',
      <>
        <h2>Chain status per device</h2>
        <p class="muted">Status from sequence numbers alone; "Verify hashes" recomputes every hash and link, a page of 2,000 events at a time.</p>
        <ChainTable devices={devices} />
      </>,
    );
  })
  .get('/audit/chain/:device', requireAuditor, async (c) => {
    const device = z.uuid().safeParse(c.req.param('device'));
    const afterSeq = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).safeParse(c.req.query('afterSeq') ?? 0);
    if (!device.success || !afterSeq.success) return page(c, 'Chain integrity', 'chain', <QueryProblems problems={['device or afterSeq: not valid']} />, 400);
    await recordAccess(c, 'dashboard', { view: 'chain', device: device.data, afterSeq: afterSeq.data });
    const report = await verifyDeviceChainPage(c.env.DB, c.get('credential').tenantId, device.data, afterSeq.data);
    if (!report) return page(c, 'Chain integrity', 'chain', <p>No such device in this tenant.</p>, 404);
    return page(c, 'Chain integrity', 'chain', <ChainReportView report={report} />);
  })
  .get('/audit/integrity', requireAuditor, async (c) => {
    // `after` pages the checkpoint list (one a day); the rest asks for a check.
    const { after: rawAfter, ...raw } = c.req.query();
    const after = checkpointCursor.safeParse(rawAfter);
    const query = integrityQuerySchema.safeParse(raw);
    if (!query.success || !after.success) return page(c, 'Log integrity', 'integrity', <QueryProblems problems={['Give an event id, or two checkpoint tree sizes: whole numbers from 1.']} />, 400);
    await recordAccess(c, 'event' in query.data || 'from' in query.data ? 'proof' : 'checkpoints', { view: 'integrity', ...query.data, after: after.data });
    const { tenantId } = c.get('credential');
    const [checkpoints, alerts, requested] = await Promise.all([listCheckpoints(c.env.DB, tenantId, after.data, CHECKPOINTS_PAGE_SIZE), readIntegrityAlerts(c.env.DB, tenantId, 50), requestedCheck(c, query.data)]);
    const laterCursor = checkpoints.length === CHECKPOINTS_PAGE_SIZE ? checkpoints.at(-1)!.checkpoint.treeSize : null;
    return page(c, 'Log integrity', 'integrity', <IntegrityPage checkpoints={checkpoints} pages={{ after: after.data, later: laterCursor }} alerts={alerts} {...requested} query={raw} />);
  })
  .get('/audit/admin-log', requireAuditor, async (c) => {
    const before = z.coerce.number().int().min(1).optional().safeParse(c.req.query('before') || undefined);
    await recordAccess(c, 'admin_log', { view: 'admin_log', before: before.data });
    const log = await readAdminActions(c.env.DB, c.get('credential').tenantId, 100, before.data);
    return page(
      c,
      'Admin changes',
      'admin',
      <>
        <h2>Changes by the tenant's admins, newest first</h2>
        <AdminLogPage path="/audit/admin-log" {...log} />
      </>,
    );
  })
  .get('/audit/access-log', requireAuditor, async (c) => {
    const before = z.coerce.number().int().min(1).optional().safeParse(c.req.query('before') || undefined);
    await recordAccess(c, 'dashboard', { view: 'access_log', before: before.data });
    const log = await readAccessLog(c.env.DB, c.get('credential').tenantId, 100, before.data);
    return page(
      c,
      'Access log',
      'access',
      <>
        <h2>Use of the audit log, newest first</h2>
        <AccessTable entries={log.entries} />
        <p class="pager">{log.nextCursor !== null && <a href={`/audit/access-log?before=${log.nextCursor}`}>Older entries</a>}</p>
      </>,
    );
  })
  .get('/audit/export', requireAuditor, async (c) => {
    const { format: rawFormat, ...rest } = c.req.query();
    const format = exportFormatSchema.safeParse(rawFormat);
    const parsed = parseDashboardQuery(rest);
    if (!format.success || !parsed.ok) return page(c, 'Export', 'overview', <QueryProblems problems={parsed.ok ? ['format: must be csv, ndjson or fhir'] : parsed.problems} />, 400);
    const filter = toEventFilter(parsed.query);
    await recordAccess(c, 'export', { format: format.data, ...filter });
    return exportResponse(c.env.DB, c.get('credential').tenantId, filter, format.data);
  });
