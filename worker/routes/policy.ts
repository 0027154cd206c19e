import { Hono } from 'hono';
import { policySettingsSchema } from '../../shared/policy';
import { requireRole } from '../auth';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { readTenantPolicy, saveTenantPolicy } from '../policy/tenant-policy-store';
import { parseJsonBody } from '../validate';

/**
 * The tenant policy. GET/PUT /v1/policy: the admin reads it and replaces its settings (validated
 * whole; a refused PUT leaves the policy in force as it was). An `If-Match: "<version>"` header
 * makes the PUT apply only to the version the admin edited. GET /v1/device/policy: a device
 * fetches it, with the version as ETag so an unchanged policy costs a 304.
 */
export const policyRoute = new Hono<AppEnv>()
  .get('/v1/policy', requireRole('admin'), async (c) => {
    const policy = await readTenantPolicy(c.env.DB, c.get('credential').tenantId);
    c.header('ETag', etag(policy.version));
    return c.json(policy);
  })
  .put('/v1/policy', requireRole('admin'), async (c) => {
    const settings = await parseJsonBody(c, policySettingsSchema);
    const policy = await saveTenantPolicy(c.env.DB, c.get('credential'), settings, expectedVersion(c.req.header('If-Match')));
    c.header('ETag', etag(policy.version));
    return c.json(policy);
  })
  .get('/v1/device/policy', requireRole('device'), async (c) => {
    const { tenantId, subject: deviceId } = c.get('credential');
    const policy = await readTenantPolicy(c.env.DB, tenantId);
    // Which version each device has, and since when: the admin's devices page shows the rollout.
    // Written only when the version changes, not on every minutely fetch.
    await c.env.DB.prepare('UPDATE devices SET policy_version = ?, policy_fetched_at = ? WHERE id = ? AND tenant_id = ? AND policy_version IS NOT ?')
      .bind(policy.version, new Date().toISOString(), deviceId, tenantId, policy.version)
      .run();
    c.header('ETag', etag(policy.version));
    c.header('Cache-Control', 'no-cache');
    if (c.req.header('If-None-Match') === etag(policy.version)) return c.body(null, 304);
    return c.json(policy);
  });

const etag = (version: number) => `"${version}"`;

function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const match = /^"(\d{1,15})"$/.exec(ifMatch.trim());
  if (!match) throw new ApiError('bad_request', 'If-Match must be a policy version in quotes, e.g. "3".');
  return Number(match[1]);
}
