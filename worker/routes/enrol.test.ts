import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createEnrolmentCode } from '../enrolment-codes';
import { api, createTenant } from '../../tests/worker/fixtures';

const enrol = (code: string, deviceId: string = crypto.randomUUID()) => api('/v1/enrol', { method: 'POST', json: { code, deviceId } });

describe('POST /v1/enrol', () => {
  it('exchanges a code for a device id and token, typed loosely', async () => {
    const code = await createEnrolmentCode(env.DB, await createTenant(), 'tech-7');
    const deviceId = crypto.randomUUID();
    const res = await enrol(code.toLowerCase().replace(/-/g, ' '), deviceId);
    expect(res.status).toBe(201);
    const body = await res.json<{ deviceId: string; userId: string; token: string }>();
    expect(body.deviceId).toBe(deviceId);
    expect(body.userId).toBe('tech-7');
    expect(body.token).toMatch(/^pss_[A-Za-z0-9_-]{43}$/);
    const device = await env.DB.prepare('SELECT user_id FROM devices WHERE id = ?').bind(body.deviceId).first();
    expect(device).toEqual({ user_id: 'tech-7' });
  });

  it('accepts a code only once', async () => {
    const code = await createEnrolmentCode(env.DB, await createTenant(), 'tech-1');
    expect((await enrol(code)).status).toBe(201);
    const again = await enrol(code);
    expect(again.status).toBe(401);
    expect(await again.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('refuses to enrol a device id twice', async () => {
    const tenantId = await createTenant();
    const deviceId = crypto.randomUUID();
    expect((await enrol(await createEnrolmentCode(env.DB, tenantId, 'a'), deviceId)).status).toBe(201);
    const again = await enrol(await createEnrolmentCode(env.DB, tenantId, 'b'), deviceId);
    expect(again.status).toBe(409);
  });

  it('refuses an expired code', async () => {
    const code = await createEnrolmentCode(env.DB, await createTenant(), 'tech-1', new Date(Date.now() - 8 * 24 * 3600 * 1000));
    expect((await enrol(code)).status).toBe(401);
  });

  it('refuses a guessed code and extra fields', async () => {
    expect((await enrol('AAAA-BBBB-CCCC-DDDD')).status).toBe(401);
    const res = await api('/v1/enrol', { method: 'POST', json: { code: 'AAAA-BBBB-CCCC-DDDD', deviceId: crypto.randomUUID(), tenantId: 'x' } });
    expect(res.status).toBe(400);
  });
});
