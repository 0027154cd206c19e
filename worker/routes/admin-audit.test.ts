import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { issueCredential } from '../credentials';
import { api, auditorToken, createTenant, enrolDevice } from '../../tests/worker/fixtures';

const adminToken = (tenantId: string) => issueCredential(env.DB, { tenantId, role: 'admin', subject: 'admin-1' });

describe('admin audit log', () => {
  it('shows auditors and admins every admin change in their tenant, newest first, in pages', async () => {
    const tenantId = await createTenant();
    const admin = await adminToken(tenantId);
    for (const userId of ['u1', 'u2', 'u3']) await api('/v1/users', { method: 'POST', token: admin, json: { userId } });
    await api('/v1/users', { method: 'POST', token: await adminToken(await createTenant('Other')), json: { userId: 'elsewhere' } });

    const first = await api('/v1/admin-audit?limit=2', { token: await auditorToken(tenantId) });
    expect(first.status).toBe(200);
    const page = await first.json<{ entries: { subject: string; action: string; target: string }[]; nextCursor: number }>();
    expect(page.entries.map((e) => e.target)).toEqual(['u3', 'u2']);
    expect(page.entries[0]).toMatchObject({ subject: 'admin-1', action: 'user_created' });
    const rest = await (await api(`/v1/admin-audit?limit=2&before=${page.nextCursor}`, { token: admin })).json<{ entries: { target: string }[]; nextCursor: null }>();
    expect(rest).toEqual({ entries: [expect.objectContaining({ target: 'u1' })], nextCursor: null });
  });

  it('refuses device tokens and bad paging', async () => {
    const tenantId = await createTenant();
    expect((await api('/v1/admin-audit', { token: (await enrolDevice(tenantId)).token })).status).toBe(403);
    expect((await api('/v1/admin-audit?limit=0', { token: await auditorToken(tenantId) })).status).toBe(400);
  });
});
