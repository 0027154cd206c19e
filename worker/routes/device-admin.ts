import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../auth';
import type { AppEnv } from '../env';
import { createAuditedEnrolmentCode, listDevices, revokeDevice } from '../policy/tenant-admin';
import { parseJsonBody, parseWith } from '../validate';

export const enrolmentCodeRequestSchema = z.strictObject({ userId: z.string().trim().min(1).max(128) });
export const deviceParamsSchema = z.strictObject({ deviceId: z.uuid() });

/**
 * A tenant admin's device management, always within the admin's own tenant, each change recorded
 * in the admin audit log:
 * POST /v1/enrolment-codes creates a one-time code for a user's device;
 * GET /v1/devices lists devices with their last sync, policy version and chain status;
 * POST /v1/devices/:deviceId/revoke refuses the device from its next request on.
 */
export const deviceAdminRoute = new Hono<AppEnv>()
  .post('/v1/enrolment-codes', requireRole('admin'), async (c) => {
    const { userId } = await parseJsonBody(c, enrolmentCodeRequestSchema);
    return c.json(await createAuditedEnrolmentCode(c.env.DB, c.get('credential'), userId), 201);
  })
  .get('/v1/devices', requireRole('admin'), async (c) => c.json({ devices: await listDevices(c.env.DB, c.get('credential').tenantId) }))
  .post('/v1/devices/:deviceId/revoke', requireRole('admin'), async (c) => {
    const { deviceId } = parseWith(deviceParamsSchema, c.req.param());
    return c.json(await revokeDevice(c.env.DB, c.get('credential'), deviceId));
  });
