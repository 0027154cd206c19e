import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../auth';
import type { AppEnv } from '../env';
import { createUser, issueAuditorToken, listUsers, revokeAuditor } from '../policy/tenant-admin';
import { parseJsonBody, parseWith } from '../validate';

/** Staff identifiers ("jdoe", "tech-9"): no spaces, so a person's full name does not fit by accident. */
export const userIdSchema = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/, 'must be 1-128 letters, digits or . _ @ - with no spaces');
const userRequestSchema = z.strictObject({ userId: userIdSchema });

/**
 * The tenant's people. POST/GET /v1/users: an admin adds users (enrolment codes and auditor
 * credentials are issued to them) and lists them with their devices and auditor access.
 * POST /v1/auditors: issues an auditor credential to a user; the token is in this answer only.
 * POST /v1/auditors/:userId/revoke: revokes every auditor credential of the user at once.
 */
export const usersRoute = new Hono<AppEnv>()
  .post('/v1/users', requireRole('admin'), async (c) => {
    const { userId } = await parseJsonBody(c, userRequestSchema);
    return c.json(await createUser(c.env.DB, c.get('credential'), userId), 201);
  })
  .get('/v1/users', requireRole('admin'), async (c) => c.json({ users: await listUsers(c.env.DB, c.get('credential').tenantId) }))
  .post('/v1/auditors', requireRole('admin'), async (c) => {
    const { userId } = await parseJsonBody(c, userRequestSchema);
    const issued = await issueAuditorToken(c.env.DB, c.get('credential'), userId);
    c.header('Cache-Control', 'no-store');
    return c.json(issued, 201);
  })
  .post('/v1/auditors/:userId/revoke', requireRole('admin'), async (c) => {
    const userId = parseWith(userIdSchema, c.req.param('userId'));
    return c.json(await revokeAuditor(c.env.DB, c.get('credential'), userId));
  });
