import { Hono } from 'hono';
import { z } from 'zod';
import { GENESIS_HASH } from '../../shared/events';
import { issueCredential } from '../credentials';
import { hashEnrolmentCode } from '../../shared/secrets';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { parseJsonBody } from '../validate';

// The device proposes its id: it has been chaining events under it since install, before enrolment.
const enrolRequestSchema = z.strictObject({ code: z.string().min(8).max(64), deviceId: z.uuid() });

/** POST /v1/enrol: exchanges a one-time enrolment code for a device token bound to the device's id. */
export const enrolRoute = new Hono<AppEnv>().post('/v1/enrol', async (c) => {
  const { code, deviceId } = await parseJsonBody(c, enrolRequestSchema);
  const now = new Date().toISOString();
  // Claim the code atomically: of two concurrent enrolments with one code, one wins.
  const claimed = await c.env.DB.prepare(
    'UPDATE enrolment_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING tenant_id, user_id',
  )
    .bind(now, hashEnrolmentCode(code), now)
    .first<{ tenant_id: string; user_id: string }>();
  if (!claimed) throw new ApiError('unauthorized', 'The enrolment code is unknown, used or expired.');

  const created = await c.env.DB.prepare(
    'INSERT INTO devices (id, tenant_id, user_id, enrolled_at, last_hash) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  )
    .bind(deviceId, claimed.tenant_id, claimed.user_id, now, GENESIS_HASH)
    .run();
  if (created.meta.changes !== 1) throw new ApiError('conflict', 'This device id is already enrolled; re-enrolment needs a new device id.');
  const token = await issueCredential(c.env.DB, { tenantId: claimed.tenant_id, role: 'device', subject: deviceId });
  return c.json({ deviceId, userId: claimed.user_id, token }, 201);
});
