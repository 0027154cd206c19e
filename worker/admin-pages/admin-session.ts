import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { newToken } from '../../shared/secrets';
import { sha256Hex } from '../../shared/sha256';
import type { Credential } from '../credentials';
import { SESSION_TTL_MS } from '../dashboard/session';
import type { AppEnv } from '../env';

/**
 * Admin pages sessions, on the auditor dashboard's model (worker/dashboard/session.ts, whose
 * helpers are fixed to the auditor role and cookie): an admin token is exchanged for a random
 * session id in an HttpOnly, SameSite=Strict cookie; D1 keeps only hashes, so revoking the token
 * ends its sessions. Secure and __Host- everywhere but plain http on loopback.
 */

function isLocalHttp(c: Context): boolean {
  const url = new URL(c.req.url);
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

const cookieName = (c: Context) => (isLocalHttp(c) ? 'admin_session' : '__Host-admin_session');

export async function startAdminSession(c: Context<AppEnv>, token: string, now = new Date()): Promise<void> {
  const id = newToken();
  const expires = new Date(now.getTime() + SESSION_TTL_MS);
  await c.env.DB.batch([
    c.env.DB.prepare('DELETE FROM admin_sessions WHERE expires_at <= ?').bind(now.toISOString()),
    c.env.DB.prepare('INSERT INTO admin_sessions (id_hash, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)').bind(sha256Hex(id), sha256Hex(token), now.toISOString(), expires.toISOString()),
  ]);
  setCookie(c, cookieName(c), id, { httpOnly: true, secure: !isLocalHttp(c), sameSite: 'Strict', path: '/', expires });
}

export async function endAdminSession(c: Context<AppEnv>): Promise<void> {
  const id = getCookie(c, cookieName(c));
  if (id) await c.env.DB.prepare('DELETE FROM admin_sessions WHERE id_hash = ?').bind(sha256Hex(id)).run();
  deleteCookie(c, cookieName(c), { path: '/', secure: !isLocalHttp(c) });
}

/** The admin behind the session cookie, or null when there is none or it (or its token) is no longer valid. */
export async function adminSessionCredential(c: Context<AppEnv>, now = new Date()): Promise<Credential | null> {
  const id = getCookie(c, cookieName(c));
  if (!id || id.length > 200) return null;
  const row = await c.env.DB.prepare(
    `SELECT c.tenant_id, c.subject FROM admin_sessions s JOIN credentials c ON c.token_hash = s.token_hash
     WHERE s.id_hash = ?1 AND s.expires_at > ?2 AND c.role = 'admin' AND c.revoked_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > ?2)`,
  )
    .bind(sha256Hex(id), now.toISOString())
    .first<{ tenant_id: string; subject: string }>();
  return row ? { tenantId: row.tenant_id, role: 'admin', subject: row.subject } : null;
}

/** Admin pages: a signed-in admin, or a redirect to the sign-in page. */
export const requireAdminSession = createMiddleware<AppEnv>(async (c, next) => {
  const credential = await adminSessionCredential(c);
  if (!credential) return c.redirect('/admin/sign-in', 303);
  c.set('credential', credential);
  await next();
});
