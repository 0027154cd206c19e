/** @jsxImportSource hono/jsx */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { Child } from 'hono/jsx';
import { z } from 'zod';
import { authenticate } from '../credentials';
import { Layout, SignInPage, type Site } from '../dashboard/layout';
import { ADMIN_SESSIONS, endSession, requireSession, sameOrigin, sessionCredential, startSession } from '../dashboard/session';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { readAdminActions } from '../policy/admin-actions';
import { createAuditedEnrolmentCode, createUser, issueAuditorToken, listDevices, listUsers, revokeAuditor, revokeDevice } from '../policy/tenant-admin';
import { readTenantPolicy, saveTenantPolicy } from '../policy/tenant-policy-store';
import { userIdSchema } from '../routes/users';
import { enrolmentCodeRequestSchema } from '../routes/device-admin';
import { AdminLogPage } from './admin-log-page';
import { DevicesPage } from './devices-page';
import { parsePolicyForm } from './policy-form';
import { PolicyPage } from './policy-page';
import { UsersPage } from './users-page';

/**
 * The tenant admin's pages at /admin: server-rendered over the same operations as the admin API
 * (policy/tenant-admin.ts), behind a cookie session, with no script (the CSP forbids it). Every
 * POST is checked to come from these pages; every change is recorded in the admin audit log by
 * the operation itself.
 */
const CSP = "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const SITE = {
  name: 'PHI Shield admin',
  base: '/admin',
  role: 'admin',
  nav: [
    ['devices', 'Devices', '/admin/devices'],
    ['users', 'Users and auditors', '/admin/users'],
    ['policy', 'Policy', '/admin/policy'],
    ['log', 'Admin log', '/admin/log'],
  ],
  favicon: false,
} as const satisfies Site;

type AdminSection = (typeof SITE.nav)[number][0];

const requireAdmin = requireSession(ADMIN_SESSIONS);

const adminHeaders = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CSP);
  c.header('Cache-Control', 'no-store');
});

/** Forms only: the policy form with 100 rules of 50 selectors stays well under this. */
const formLimit = bodyLimit({ maxSize: 256 * 1024, onError: (c) => c.text('The form is too large.', 413) });

const sameOriginOnly = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method === 'POST' && !sameOrigin(c)) return c.text('This form must be sent from the admin pages themselves.', 403);
  await next();
});

function page(c: Context<AppEnv>, title: string, section: AdminSection, body: Child, status: 200 | 400 | 404 | 409 = 200) {
  return c.html(
    <Layout site={SITE} title={title} section={section} subject={c.get('credential').subject}>
      <h2>{title}</h2>
      {body}
    </Layout>,
    status,
  );
}

/** The ApiError's message for a page, or the error rethrown (the app's handler answers unknown ones). */
function problemOf(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  throw err;
}

async function formText(c: Context<AppEnv>, name: string): Promise<string> {
  const value = (await c.req.parseBody())[name];
  return typeof value === 'string' ? value.trim() : '';
}

async function devicesPage(c: Context<AppEnv>, notice: { problem?: string; done?: string; code?: { code: string; userId: string; expiresAt: string } } = {}, status: 200 | 400 | 404 = 200) {
  const { tenantId } = c.get('credential');
  const [devices, policy] = await Promise.all([listDevices(c.env.DB, tenantId), readTenantPolicy(c.env.DB, tenantId)]);
  return page(c, 'Devices', 'devices', <DevicesPage devices={devices} policyVersion={policy.version} {...notice} />, status);
}

async function usersPage(c: Context<AppEnv>, notice: { problem?: string; done?: string; issued?: { userId: string; token: string } } = {}, status: 200 | 400 | 404 | 409 = 200) {
  return page(c, 'Users and auditors', 'users', <UsersPage users={await listUsers(c.env.DB, c.get('credential').tenantId)} {...notice} />, status);
}

const signedIn = new Hono<AppEnv>()
  .use('/admin', requireAdmin)
  .use('/admin/*', requireAdmin)
  .get('/admin', (c) => c.redirect('/admin/devices', 303))
  .get('/admin/devices', (c) => devicesPage(c))
  .post('/admin/enrolment-codes', async (c) => {
    const parsed = enrolmentCodeRequestSchema.safeParse({ userId: await formText(c, 'userId') });
    if (!parsed.success) return devicesPage(c, { problem: 'Enter the user id the device is for (at most 128 characters).' }, 400);
    return devicesPage(c, { code: await createAuditedEnrolmentCode(c.env.DB, c.get('credential'), parsed.data.userId) });
  })
  .post('/admin/devices/:deviceId/revoke', async (c) => {
    const deviceId = z.uuid().safeParse(c.req.param('deviceId'));
    if (!deviceId.success) return devicesPage(c, { problem: 'No such device in this tenant.' }, 404);
    try {
      await revokeDevice(c.env.DB, c.get('credential'), deviceId.data);
      return devicesPage(c, { done: `Device ${deviceId.data} is revoked: its next request is refused.` });
    } catch (err) {
      return devicesPage(c, { problem: problemOf(err) }, 404);
    }
  })
  .get('/admin/users', (c) => usersPage(c))
  .post('/admin/users', async (c) => {
    const userId = userIdSchema.safeParse(await formText(c, 'userId'));
    if (!userId.success) return usersPage(c, { problem: `User id: ${userId.error.issues[0]!.message}.` }, 400);
    try {
      await createUser(c.env.DB, c.get('credential'), userId.data);
      return usersPage(c, { done: `Added ${userId.data}.` });
    } catch (err) {
      return usersPage(c, { problem: problemOf(err) }, 409);
    }
  })
  .post('/admin/users/:userId/auditor', async (c) => {
    const userId = userIdSchema.safeParse(c.req.param('userId'));
    if (!userId.success) return usersPage(c, { problem: 'No such user in this tenant.' }, 404);
    try {
      const issued = await issueAuditorToken(c.env.DB, c.get('credential'), userId.data);
      return usersPage(c, { issued });
    } catch (err) {
      return usersPage(c, { problem: problemOf(err) }, 404);
    }
  })
  .post('/admin/users/:userId/auditor/revoke', async (c) => {
    const userId = userIdSchema.safeParse(c.req.param('userId'));
    if (!userId.success) return usersPage(c, { problem: 'No such user in this tenant.' }, 404);
    try {
      const { credentialsRevoked } = await revokeAuditor(c.env.DB, c.get('credential'), userId.data);
      return usersPage(c, { done: `Revoked ${credentialsRevoked} auditor ${credentialsRevoked === 1 ? 'token' : 'tokens'} of ${userId.data}.` });
    } catch (err) {
      return usersPage(c, { problem: problemOf(err) }, 404);
    }
  })
  .get('/admin/policy', async (c) => {
    const policy = await readTenantPolicy(c.env.DB, c.get('credential').tenantId);
    const saved = c.req.query('saved');
    return page(c, 'Policy', 'policy', <PolicyPage {...policy} done={saved && /^\d+$/.test(saved) ? `Saved as version ${saved}.` : undefined} />);
  })
  .post('/admin/policy', async (c) => {
    const admin = c.get('credential');
    const fields = await c.req.parseBody({ all: true });
    const current = await readTenantPolicy(c.env.DB, admin.tenantId);
    const form = parsePolicyForm(fields);
    if (!form.ok) return page(c, 'Policy', 'policy', <PolicyPage settings={form.submitted} version={current.version} updatedAt={current.updatedAt} problems={form.problems} />, 400);
    const edited = Number(typeof fields.version === 'string' ? fields.version : NaN);
    try {
      const saved = await saveTenantPolicy(c.env.DB, admin, form.settings, Number.isInteger(edited) ? edited : undefined);
      return c.redirect(`/admin/policy?saved=${saved.version}`, 303);
    } catch (err) {
      return page(c, 'Policy', 'policy', <PolicyPage settings={form.settings} version={current.version} updatedAt={current.updatedAt} problems={[problemOf(err)]} />, 409);
    }
  })
  .get('/admin/log', async (c) => {
    const before = z.coerce.number().int().min(1).optional().safeParse(c.req.query('before'));
    const log = await readAdminActions(c.env.DB, c.get('credential').tenantId, 100, before.success ? before.data : undefined);
    return page(c, 'Admin log', 'log', <AdminLogPage path="/admin/log" {...log} />);
  });

export const adminPagesRoute = new Hono<AppEnv>()
  .use('/admin', adminHeaders)
  .use('/admin/*', adminHeaders, sameOriginOnly, formLimit)
  .get('/admin/sign-in', async (c) => ((await sessionCredential(c, ADMIN_SESSIONS)) ? c.redirect('/admin', 303) : c.html(<SignInPage site={SITE} />)))
  .post('/admin/sign-in', async (c) => {
    const token = await formText(c, 'token');
    const credential = token && token.length <= 200 ? await authenticate(c.env.DB, token).catch((err: unknown) => (err instanceof ApiError ? null : Promise.reject(err))) : null;
    // One message for unknown, expired and non-admin tokens: the page is no oracle for tokens.
    if (!credential || credential.role !== 'admin') return c.html(<SignInPage site={SITE} problem="That is not a valid admin token." />, 401);
    await startSession(c, ADMIN_SESSIONS, token);
    return c.redirect('/admin', 303);
  })
  .post('/admin/sign-out', async (c) => {
    await endSession(c, ADMIN_SESSIONS);
    return c.redirect('/admin/sign-in', 303);
  })
  .route('/', signedIn);
