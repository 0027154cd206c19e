import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { newToken } from '../../shared/secrets';
import { sha256Hex } from '../../shared/sha256';
import type { Credential } from '../credentials';
import type { AppEnv } from '../env';

/**
 * Dashboard sessions. Signing in exchanges an auditor token for a random session id in an
 * HttpOnly, SameSite=Strict cookie; D1 keeps only the id's SHA-256 and the token's hash (which
 * credentials is keyed on), so revoking the token ends its sessions. Secure and the __Host- prefix
 * apply everywhere except plain http on loopback (local development), where a browser would drop
 * a Secure cookie set over http.
 */

export const SESSION_TTL_MS = 8 * 3600_000;

export function sessionCookieName(c: Context): string {
  return isLocalHttp(c) ? 'audit_session' : '__Host-audit_session';
}

function isLocalHttp(c: Context): boolean {
  const url = new URL(c.req.url);
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

export async function startSession(c: Context<AppEnv>, token: string, now = new Date()): Promise<void> {
  const id = newToken();
  const expires = new Date(now.getTime() + SESSION_TTL_MS);
  await c.env.DB.batch([
    // Expired sessions are of no use: drop them as new ones start.
    c.env.DB.prepare('DELETE FROM audit_sessions WHERE expires_at <= ?').bind(now.toISOString()),
    c.env.DB.prepare('INSERT INTO audit_sessions (id_hash, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)').bind(sha256Hex(id), sha256Hex(token), now.toISOString(), expires.toISOString()),
  ]);
  setCookie(c, sessionCookieName(c), id, { httpOnly: true, secure: !isLocalHttp(c), sameSite: 'Strict', path: '/', expires });
}

export async function endSession(c: Context<AppEnv>): Promise<void> {
  const id = getCookie(c, sessionCookieName(c));
  if (id) await c.env.DB.prepare('DELETE FROM audit_sessions WHERE id_hash = ?').bind(sha256Hex(id)).run();
  deleteCookie(c, sessionCookieName(c), { path: '/', secure: !isLocalHttp(c) });
}

/** The auditor behind the session cookie, or null when there is none or it (or its token) is no longer valid. */
export async function sessionCredential(c: Context<AppEnv>, now = new Date()): Promise<Credential | null> {
  const id = getCookie(c, sessionCookieName(c));
  if (!id || id.length > 200) return null;
  const row = await c.env.DB.prepare(
    `SELECT c.tenant_id, c.subject FROM audit_sessions s JOIN credentials c ON c.token_hash = s.token_hash
     WHERE s.id_hash = ?1 AND s.expires_at > ?2 AND c.role = 'auditor' AND c.revoked_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > ?2)`,
  )
    .bind(sha256Hex(id), now.toISOString())
    .first<{ tenant_id: string; subject: string }>();
  return row ? { tenantId: row.tenant_id, role: 'auditor', subject: row.subject } : null;
}

/** Dashboard pages: a signed-in auditor, or a redirect to the sign-in page. */
export const requireSession = createMiddleware<AppEnv>(async (c, next) => {
  const credential = await sessionCredential(c);
  if (!credential) return c.redirect('/audit/sign-in', 303);
  c.set('credential', credential);
  await next();
});

/**
 * CSRF defence for the dashboard's POSTs on top of SameSite=Strict. Browsers mark every request
 * with Sec-Fetch-Site, which a page cannot forge: it must say same-origin. Where it is absent (an
 * old browser), the Origin header must be this Worker's origin. (Origin alone does not do: under
 * the app's Referrer-Policy no-referrer, browsers send "Origin: null" even for same-origin POSTs.)
 */
export function sameOrigin(c: Context): boolean {
  const site = c.req.header('Sec-Fetch-Site');
  if (site !== undefined) return site === 'same-origin';
  return c.req.header('Origin') === new URL(c.req.url).origin;
}
