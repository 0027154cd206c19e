import { Hono } from 'hono';
import { z } from 'zod';
import { ENROLMENT_CODE_TTL_MS } from '../../shared/secrets';
import { requireRole } from '../auth';
import { deviceChainSummaries } from '../audit/verify-device-chain';
import { createEnrolmentCode } from '../enrolment-codes';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { recordAdminAction } from '../policy/admin-actions';
import { parseJsonBody, parseWith } from '../validate';

const enrolmentCodeRequestSchema = z.strictObject({ userId: z.string().trim().min(1).max(128) });
const deviceParamsSchema = z.strictObject({ deviceId: z.uuid() });

/**
 * A tenant admin's device management, always within the admin's own tenant, each change recorded
 * in the admin audit log:
 * POST /v1/enrolment-codes creates a one-time code for a user's device;
 * GET /v1/devices lists devices with their last sync, policy version and chain status;
 * POST /v1/devices/:deviceId/revoke refuses the device from its next request on (its live token,
 * renewals and enrolment all check the device row).
 */
export const deviceAdminRoute = new Hono<AppEnv>()
  .post('/v1/enrolment-codes', requireRole('admin'), async (c) => {
    const { userId } = await parseJsonBody(c, enrolmentCodeRequestSchema);
    const admin = c.get('credential');
    const now = new Date();
    // Recorded first: a code must never exist without its record.
    await recordAdminAction(c.env.DB, admin, 'enrolment_code_created', userId, {}, now.toISOString()).run();
    const code = await createEnrolmentCode(c.env.DB, admin.tenantId, userId, now);
    return c.json({ code, userId, expiresAt: new Date(now.getTime() + ENROLMENT_CODE_TTL_MS).toISOString() }, 201);
  })
  .get('/v1/devices', requireRole('admin'), async (c) => {
    const { tenantId } = c.get('credential');
    const [chains, { results }] = await Promise.all([
      deviceChainSummaries(c.env.DB, tenantId),
      c.env.DB.prepare('SELECT id, last_seen_at, policy_version, policy_fetched_at FROM devices WHERE tenant_id = ?')
        .bind(tenantId)
        .all<{ id: string; last_seen_at: string | null; policy_version: number | null; policy_fetched_at: string | null }>(),
    ]);
    const sync = new Map(results.map((r) => [r.id, r]));
    return c.json({
      devices: chains.map((chain) => {
        const row = sync.get(chain.deviceId);
        return {
          deviceId: chain.deviceId,
          userId: chain.userId,
          enrolledAt: chain.enrolledAt,
          revokedAt: chain.revokedAt,
          lastSyncAt: row?.last_seen_at ?? null,
          policyVersion: row?.policy_version ?? null,
          policyFetchedAt: row?.policy_fetched_at ?? null,
          chain: { acceptedSeq: chain.acceptedSeq, storedEvents: chain.storedEvents, contiguous: chain.contiguous, refusedBatches: chain.refusedBatches },
        };
      }),
    });
  })
  .post('/v1/devices/:deviceId/revoke', requireRole('admin'), async (c) => {
    const { deviceId } = parseWith(deviceParamsSchema, c.req.param());
    const admin = c.get('credential');
    const now = new Date().toISOString();
    const [update] = await c.env.DB.batch([
      // COALESCE keeps the first revocation time when an admin revokes twice.
      c.env.DB.prepare('UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND tenant_id = ? RETURNING revoked_at').bind(now, deviceId, admin.tenantId),
      recordAdminAction(c.env.DB, admin, 'device_revoked', deviceId, {}, now, {
        sql: 'SELECT 1 FROM devices WHERE id = ? AND tenant_id = ?',
        params: [deviceId, admin.tenantId],
      }),
    ]);
    const row = update?.results[0] as { revoked_at: string } | undefined;
    // Another tenant's device is as unknown as a device that does not exist.
    if (!row) throw new ApiError('not_found', 'No such device in this tenant.');
    return c.json({ deviceId, revokedAt: row.revoked_at });
  });
