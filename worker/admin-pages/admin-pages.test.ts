import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_SETTINGS } from '../../shared/policy';
import { issueCredential } from '../credentials';
import { api, auditorToken, createTenant, enrolDevice } from '../../tests/worker/fixtures';


/** A browser's form POST from the admin pages themselves. */
function post(path: string, fields: [string, string][], cookie = '', site = 'same-origin') {
  return api(path, { method: 'POST', body: new URLSearchParams(fields), headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': site, Cookie: cookie }, redirect: 'manual' });
}

async function signIn(token: string): Promise<string> {
  const res = await post('/admin/sign-in', [['token', token]]);
  expect(res.status).toBe(303);
  return res.headers.get('Set-Cookie')!.split(';')[0]!;
}

const get = (path: string, cookie: string) => api(path, { headers: { Cookie: cookie }, redirect: 'manual' });

/** The default policy's form fields, as the editor submits them. */
const defaultForm = (): [string, string][] => [
  ['version', '0'],
  ['sitesMode', 'all'],
  ['sitesAllow', ''],
  ['sitesDeny', ''],
  ...DEFAULT_POLICY_SETTINGS.phiTypes.map((t): [string, string] => ['phiTypes', t]),
  ['maskStyle', 'block'],
  ['reasonRequired', 'on'],
  ['revealTimeoutSeconds', '30'],
  ['usersMayDisableProtection', 'on'],
  ['rulePattern', ''],
  ['ruleSelectors', ''],
  ['ruleTerms', ''],
];

describe('admin pages', () => {
  it('signs in with an admin token only, and sends the signed-out to sign in', async () => {
    const tenantId = await createTenant();
    expect((await get('/admin/policy', '')).headers.get('Location')).toBe('/admin/sign-in');
    for (const token of [await auditorToken(tenantId), (await enrolDevice(tenantId)).token, 'pss_unknown']) {
      const res = await post('/admin/sign-in', [['token', token]]);
      expect(res.status).toBe(401);
      expect(await res.text()).toContain('That is not a valid admin token.');
    }
    const cookie = await signIn(await issueCredential(env.DB, { tenantId, role: 'admin', subject: 'ada' }));
    const page = await get('/admin/policy', cookie);
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('Signed in as <strong>ada</strong>');
  });

  it('shows every problem of a bad policy form and keeps the policy in force', async () => {
    const tenantId = await createTenant();
    const cookie = await signIn(await issueCredential(env.DB, { tenantId, role: 'admin', subject: 'ada' }));
    const bad = defaultForm().filter(([k]) => k !== 'phiTypes' && k !== 'sitesDeny').concat([['sitesDeny', 'https://x.test/chart']]);
    const res = await post('/admin/policy', bad, cookie);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Not saved: the policy in force is unchanged (version 0)');
    expect(html).toContain('PHI types: must keep at least one PHI type masked');
    expect(html).toMatch(/Sites never protected \(line 1\): must be a site pattern/);
    expect(await (await api('/v1/policy', { token: await issueCredential(env.DB, { tenantId, role: 'admin', subject: 'x' }) })).json()).toMatchObject({ version: 0 });
  });

  it('saves a policy form as the next version, recorded in the admin log', async () => {
    const tenantId = await createTenant();
    const cookie = await signIn(await issueCredential(env.DB, { tenantId, role: 'admin', subject: 'ada' }));
    const form = defaultForm().map(([k, v]): [string, string] => (k === 'maskStyle' ? [k, 'blur'] : [k, v])).concat([['locked', 'maskStyle']]);
    const res = await post('/admin/policy', form, cookie);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/admin/policy?saved=1');
    const device = await enrolDevice(tenantId);
    expect(await (await api('/v1/device/policy', { token: device.token })).json()).toMatchObject({ version: 1, settings: { maskStyle: 'blur', locked: ['maskStyle'] } });
    expect(await (await get('/admin/log', cookie)).text()).toMatch(/policy updated/);
    // The same form again edits version 0, which is gone: refused, not overwritten.
    const stale = await post('/admin/policy', form, cookie);
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('reload it and make the change again');
  });

  it('revokes a device and issues an auditor token once', async () => {
    const tenantId = await createTenant();
    const cookie = await signIn(await issueCredential(env.DB, { tenantId, role: 'admin', subject: 'ada' }));
    const device = await enrolDevice(tenantId);
    const revoked = await post(`/admin/devices/${device.deviceId}/revoke`, [], cookie);
    expect(await revoked.text()).toContain('is revoked');
    expect((await api('/v1/device/policy', { token: device.token })).status).toBe(401);

    await post('/admin/users', [['userId', 'ann']], cookie);
    const issued = await (await post('/admin/users/ann/auditor', [], cookie)).text();
    const token = /<code>(pss_[^<]+)<\/code>/.exec(issued)?.[1];
    expect(token).toBeDefined();
    expect((await api('/v1/events', { token })).status).toBe(200);
  });

  it('refuses a POST from another site and changes nothing', async () => {
    const tenantId = await createTenant();
    const cookie = await signIn(await issueCredential(env.DB, { tenantId, role: 'admin', subject: 'ada' }));
    const res = await post('/admin/users', [['userId', 'mallory']], cookie, 'cross-site');
    expect(res.status).toBe(403);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM users WHERE tenant_id = ?').bind(tenantId).first()).toEqual({ n: 0 });
  });
});
