import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/sha256';
import { ONE_OF_EACH_TYPE, sendChain } from '../../tests/worker/audit-fixtures';
import { api, auditorToken, createTenant, enrolDevice } from '../../tests/worker/fixtures';
import { issueCredential } from '../credentials';
import { get, ORIGIN, session, signIn } from '../dashboard/dashboard-fixtures';

describe('auditor dashboard', () => {
  it('sends visitors without a session to sign in', async () => {
    for (const path of ['/audit', '/audit/events', '/audit/chain', '/audit/access-log', '/audit/export?format=csv']) {
      const res = await get(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get('Location')).toBe('/audit/sign-in');
    }
    const signInPage = await get('/audit/sign-in');
    expect(await signInPage.text()).toContain('<label>Auditor token<input type="password" name="token"');
  });

  it('starts a Secure, HttpOnly, SameSite=Strict session for an auditor token, storing only hashes', async () => {
    const token = await auditorToken(await createTenant());
    const res = await signIn(token);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/audit');
    const cookie = res.headers.get('Set-Cookie')!;
    expect(cookie).toMatch(/^__Host-audit_session=pss_[\w-]+; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Strict$/);
    const sessionId = cookie.split(';')[0]!.split('=')[1]!;
    const rows = JSON.stringify((await env.DB.prepare('SELECT * FROM audit_sessions').all()).results);
    expect(rows).toContain(sha256Hex(sessionId));
    expect(rows).not.toContain(sessionId);
    expect(rows).not.toContain(token);
  });

  it('refuses sign-in from another origin or without one, and tokens that are not auditor tokens, with one message', async () => {
    const tenantId = await createTenant();
    const token = await auditorToken(tenantId);
    expect((await signIn(token, null)).status).toBe(403);
    expect((await signIn(token, 'https://evil.example')).status).toBe(403);
    // A browser's own marking wins over Origin, which is "null" under Referrer-Policy no-referrer.
    const fetchSite = (value: string) =>
      api('/audit/sign-in', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'null', 'Sec-Fetch-Site': value }, body: `token=${token}`, redirect: 'manual' });
    expect((await fetchSite('cross-site')).status).toBe(403);
    expect((await fetchSite('same-site')).status).toBe(403);
    expect((await fetchSite('same-origin')).status).toBe(303);
    const device = await enrolDevice(tenantId);
    const admin = await issueCredential(env.DB, { tenantId, role: 'admin', subject: 'admin-1' });
    for (const wrong of [device.token, admin, 'pss_not-a-token']) {
      const res = await signIn(wrong);
      expect(res.status).toBe(401);
      expect(res.headers.get('Set-Cookie')).toBeNull();
      expect(await res.text()).toContain('That is not a valid auditor token.');
    }
  });

  it("renders the tenant's overview, events, chain and access log with a strict CSP, and nothing of another tenant", async () => {
    const tenantA = await createTenant('A');
    const device = await enrolDevice(tenantA, 'tech-a');
    await sendChain(device, ONE_OF_EACH_TYPE, { userId: 'tech-a' });
    const cookieA = await session(await auditorToken(tenantA, 'auditor-a'));
    const cookieB = await session(await auditorToken(await createTenant('B'), 'auditor-b'));

    for (const path of ['/audit?from=', '/audit/events', '/audit/chain', `/audit/chain/${device.deviceId}`, '/audit/access-log']) {
      const res = await get(path, cookieA);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('Content-Security-Policy')).toBe("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
      expect(res.headers.get('Cache-Control')).toBe('no-store');
      const html = await res.text();
      expect(html, path).not.toMatch(/<script|style=/);
      expect(html, path).toContain('auditor-a');
      const other = await (await get(path, cookieB)).text();
      expect(other, path).not.toContain('tech-a');
      expect(other, path).not.toContain('auditor-a');
      // B's own access log lists the device id B asked about; everywhere else it must not appear.
      if (path !== '/audit/access-log') expect(other, path).not.toContain(device.deviceId);
    }
    const opening = await get('/audit', cookieA);
    expect(opening.status).toBe(303);
    const lastMonth = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
    expect(opening.headers.get('Location')).toBe(`/audit?from=${lastMonth}`);
    const overview = await (await get(opening.headers.get('Location')!, cookieA)).text();
    expect(overview).toContain('<svg viewBox="0 0 1200 220" role="img"');
    expect(overview).toMatch(/<div class="n">3<\/div><div class="label">Reveals<\/div>/);
    expect(overview).toContain(`href="/audit/export?from=${lastMonth}&amp;format=csv"`);
    const filtered = await (await get('/audit?type=masking_failed&from=2020-01-01', cookieA)).text();
    expect(filtered).toContain('href="/audit/export?type=masking_failed&amp;from=2020-01-01&amp;format=fhir"');
    const events = await (await get('/audit/events?type=masking_failed', cookieA)).text();
    expect(events).toContain('could not mask canvas ×1');
    expect(events).not.toContain('installed 1.0.0');
  });

  it('exports the current view through the session, and records every view in the access log', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    await sendChain(device, ONE_OF_EACH_TYPE);
    const cookie = await session(await auditorToken(tenantId, 'auditor-x'));
    const csv = await get('/audit/export?format=csv&type=value_revealed&from=2020-01-01&to=2099-12-31', cookie);
    expect(csv.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect((await csv.text()).trimEnd().split('\r\n')).toHaveLength(3); // header + two value reveals
    await get('/audit/events?user=tech-1', cookie);
    const { results } = await env.DB.prepare('SELECT subject, action, query FROM audit_access_log WHERE tenant_id = ? ORDER BY id').bind(tenantId).all<{ subject: string; action: string; query: string }>();
    expect(results.map((r) => [r.subject, r.action])).toEqual([
      ['auditor-x', 'sign_in'],
      ['auditor-x', 'export'],
      ['auditor-x', 'dashboard'],
    ]);
    expect(JSON.parse(results[1]!.query)).toEqual({ format: 'csv', type: 'value_revealed', from: '2020-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' });
    expect(JSON.parse(results[2]!.query)).toEqual({ view: 'events', user: 'tech-1' });
  });

  it('explains filters it cannot apply without echoing them', async () => {
    const cookie = await session(await auditorToken(await createTenant()));
    const res = await get('/audit?phiType=Quintanilla&from=yesterday', cookie);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('These filters cannot be applied');
    expect(html).not.toMatch(/Quintanilla|yesterday/);
  });

  it('ends the session on sign-out (same origin only) and when the auditor token is revoked', async () => {
    const token = await auditorToken(await createTenant());
    const cookie = await session(token);
    const crossSite = await api('/audit/sign-out', { method: 'POST', headers: { Cookie: cookie, Origin: 'https://evil.example' }, redirect: 'manual' });
    expect(crossSite.status).toBe(403);
    expect((await get('/audit?from=', cookie)).status).toBe(200);
    const out = await api('/audit/sign-out', { method: 'POST', headers: { Cookie: cookie, Origin: ORIGIN }, redirect: 'manual' });
    expect(out.status).toBe(303);
    expect((await get('/audit', cookie)).status).toBe(303);

    const second = await session(token);
    expect((await get('/audit?from=', second)).status).toBe(200);
    await env.DB.prepare('UPDATE credentials SET revoked_at = ? WHERE token_hash = ?').bind(new Date().toISOString(), sha256Hex(token)).run();
    expect((await get('/audit', second)).status).toBe(303);
  });
});
