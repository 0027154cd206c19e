import { Hono } from 'hono';
import { z } from 'zod';
import { ENROLMENT_CODE_TTL_MS } from '../../shared/secrets';
import { requireRole } from '../auth';
import { createEnrolmentCode } from '../enrolment-codes';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { parseJsonBody, parseWith } from '../validate';

const enrolmentCodeRequestSchema = z.strictObject({ userId: z.string().trim().min(1).max(128) });
const deviceParamsSchema = z.strictObject({ deviceId: z.uuid() });

/**
 * A tenant admin's device management, always within the admin's own tenant:
 * POST /v1/enrolment-codes creates a one-time code for a user's device;
 * POST /v1/devices/:deviceId/revoke refuses the device from its next request on (its live token,
 * renewals and enrolment all check the device row).
 */
export const deviceAdminRoute = new Hono<AppEnv>()
  .post('/v1/enrolment-codes', requireRole('admin'), async (c) => {
    const { userId } = await parseJsonBody(c, enrolmentCodeRequestSchema);
    const now = new Date();
    const code = await createEnrolmentCode(c.env.DB, c.get('credential').tenantId, userId, now);
    return c.json({ code, userId, expiresAt: new Date(now.getTime() + ENROLMENT_CODE_TTL_MS).toISOString() }, 201);
  })
  .post('/v1/devices/:deviceId/revoke', requireRole('admin'), async (c) => {
    const { deviceId } = parseWith(deviceParamsSchema, c.req.param());
    const now = new Date().toISOString();
    // COALESCE keeps the first revocation time when an admin revokes twice.
    const row = await c.env.DB.prepare('UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND tenant_id = ? RETURNING revoked_at')
      .bind(now, deviceId, c.get('credential').tenantId)
      .first<{ revoked_at: string }>();
    // Another tenant's device is as unknown as a device that does not exist.
    if (!row) throw new ApiError('not_found', 'No such device in this tenant.');
    return c.json({ deviceId, revokedAt: row.revoked_at });
  });
