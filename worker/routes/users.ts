import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../auth';
import { issueCredential } from '../credentials';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { recordAdminAction } from '../policy/admin-actions';
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
    const admin = c.get('credential');
    const at = new Date().toISOString();
    const [insert] = await c.env.DB.batch([
      c.env.DB.prepare('INSERT INTO users (tenant_id, id, created_at, created_by) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').bind(admin.tenantId, userId, at, admin.subject),
      recordAdminAction(c.env.DB, admin, 'user_created', userId, {}, at, {
        sql: 'SELECT 1 FROM users WHERE tenant_id = ? AND id = ? AND created_at = ?',
        params: [admin.tenantId, userId, at],
      }),
    ]);
    if (!insert?.meta.changes) throw new ApiError('conflict', 'A user with this id exists already.');
    return c.json({ userId, createdAt: at }, 201);
  })
  .get('/v1/users', requireRole('admin'), async (c) => {
    const { results } = await c.env.DB.prepare(
      `SELECT u.id, u.created_at,
              (SELECT count(*) FROM devices d WHERE d.tenant_id = u.tenant_id AND d.user_id = u.id AND d.revoked_at IS NULL) AS devices,
              EXISTS (SELECT 1 FROM credentials c WHERE c.tenant_id = u.tenant_id AND c.subject = u.id AND c.role = 'auditor' AND c.revoked_at IS NULL) AS auditor
       FROM users u WHERE u.tenant_id = ? ORDER BY u.id LIMIT 1000`,
    )
      .bind(c.get('credential').tenantId)
      .all<{ id: string; created_at: string; devices: number; auditor: number }>();
    return c.json({ users: results.map((r) => ({ userId: r.id, createdAt: r.created_at, activeDevices: r.devices, auditor: r.auditor === 1 })) });
  })
  .post('/v1/auditors', requireRole('admin'), async (c) => {
    const { userId } = await parseJsonBody(c, userRequestSchema);
    const admin = c.get('credential');
    await requireUser(c.env.DB, admin.tenantId, userId);
    const at = new Date().toISOString();
    // Recorded first: a credential must never exist without its record. Should issuing then fail,
    // the record shows an attempt whose token nobody received.
    await recordAdminAction(c.env.DB, admin, 'auditor_credential_issued', userId, {}, at).run();
    const token = await issueCredential(c.env.DB, { tenantId: admin.tenantId, role: 'auditor', subject: userId });
    c.header('Cache-Control', 'no-store');
    return c.json({ userId, token, issuedAt: at }, 201);
  })
  .post('/v1/auditors/:userId/revoke', requireRole('admin'), async (c) => {
    const userId = parseWith(userIdSchema, c.req.param('userId'));
    const admin = c.get('credential');
    const at = new Date().toISOString();
    const [revoke] = await c.env.DB.batch([
      c.env.DB.prepare("UPDATE credentials SET revoked_at = ? WHERE tenant_id = ? AND subject = ? AND role = 'auditor' AND revoked_at IS NULL").bind(at, admin.tenantId, userId),
      recordAdminAction(c.env.DB, admin, 'auditor_credential_revoked', userId, {}, at, {
        sql: "SELECT 1 FROM credentials WHERE tenant_id = ? AND subject = ? AND role = 'auditor' AND revoked_at = ?",
        params: [admin.tenantId, userId, at],
      }),
    ]);
    if (!revoke?.meta.changes) throw new ApiError('not_found', 'This user has no auditor credential to revoke.');
    return c.json({ userId, revokedAt: at, credentialsRevoked: revoke.meta.changes });
  });

async function requireUser(db: D1Database, tenantId: string, userId: string): Promise<void> {
  const user = await db.prepare('SELECT 1 AS found FROM users WHERE tenant_id = ? AND id = ?').bind(tenantId, userId).first();
  if (!user) throw new ApiError('not_found', 'No such user in this tenant: add the user first.');
}
