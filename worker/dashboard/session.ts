import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { newToken } from '../../shared/secrets';
import { sha256Hex } from '../../shared/sha256';
import type { Credential } from '../credentials';
import type { AppEnv } from '../env';

/**
 * Cookie sessions for the server-rendered pages (auditor dashboard, admin pages). Signing in
 * exchanges a token of the pages' role for a random session id in an HttpOnly, SameSite=Strict
 * cookie; D1 keeps only the id's SHA-256 and the token's hash (which credentials is keyed on), so
 * revoking the token ends its sessions. Secure and the __Host- prefix apply everywhere except plain
 * http on loopback (local development), where a browser would drop a Secure cookie set over http.
 */

export const SESSION_TTL_MS = 8 * 3600_000;

/** Each kind of session has its own table (migrations 0003 and 0005), cookie and sign-in page. */
export interface SessionKind {
  role: 'auditor' | 'admin';
  table: 'audit_sessions' | 'admin_sessions';
  cookie: string;
  signInPath: string;
}

export const AUDITOR_SESSIONS: SessionKind = { role: 'auditor', table: 'audit_sessions', cookie: 'audit_session', signInPath: '/audit/sign-in' };
export const ADMIN_SESSIONS: SessionKind = { role: 'admin', table: 'admin_sessions', cookie: 'admin_session', signInPath: '/admin/sign-in' };

function isLocalHttp(c: Context): boolean {
  const url = new URL(c.req.url);
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

function cookieName(c: Context, kind: SessionKind): string {
  return isLocalHttp(c) ? kind.cookie : `__Host-${kind.cookie}`;
}

export async function startSession(c: Context<AppEnv>, kind: SessionKind, token: string, now = new Date()): Promise<void> {
  const id = newToken();
  const expires = new Date(now.getTime() + SESSION_TTL_MS);
  await c.env.DB.batch([
    // Expired sessions are of no use: drop them as new ones start.
    c.env.DB.prepare(`DELETE FROM ${kind.table} WHERE expires_at <= ?`).bind(now.toISOString()),
    c.env.DB.prepare(`INSERT INTO ${kind.table} (id_hash, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)`).bind(sha256Hex(id), sha256Hex(token), now.toISOString(), expires.toISOString()),
  ]);
  setCookie(c, cookieName(c, kind), id, { httpOnly: true, secure: !isLocalHttp(c), sameSite: 'Strict', path: '/', expires });
}

export async function endSession(c: Context<AppEnv>, kind: SessionKind): Promise<void> {
  const id = getCookie(c, cookieName(c, kind));
  if (id) await c.env.DB.prepare(`DELETE FROM ${kind.table} WHERE id_hash = ?`).bind(sha256Hex(id)).run();
  deleteCookie(c, cookieName(c, kind), { path: '/', secure: !isLocalHttp(c) });
}

/** The user behind the session cookie, or null when there is none or it (or its token, or the token's role) is no longer valid. */
export async function sessionCredential(c: Context<AppEnv>, kind: SessionKind, now = new Date()): Promise<Credential | null> {
  const id = getCookie(c, cookieName(c, kind));
  if (!id || id.length > 200) return null;
  const row = await c.env.DB.prepare(
    `SELECT c.tenant_id, c.subject FROM ${kind.table} s JOIN credentials c ON c.token_hash = s.token_hash
     WHERE s.id_hash = ?1 AND s.expires_at > ?2 AND c.role = ?3 AND c.revoked_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > ?2)`,
  )
    .bind(sha256Hex(id), now.toISOString(), kind.role)
    .first<{ tenant_id: string; subject: string }>();
  return row ? { tenantId: row.tenant_id, role: kind.role, subject: row.subject } : null;
}

/** Signed-in pages: a session of this kind, or a redirect to its sign-in page. */
export function requireSession(kind: SessionKind) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const credential = await sessionCredential(c, kind);
    if (!credential) return c.redirect(kind.signInPath, 303);
    c.set('credential', credential);
    await next();
  });
}

/**
 * CSRF defence for the pages' POSTs on top of SameSite=Strict. Browsers mark every request
 * with Sec-Fetch-Site, which a page cannot forge: it must say same-origin. Where it is absent (an
 * old browser), the Origin header must be this Worker's origin. (Origin alone does not do: under
 * the app's Referrer-Policy no-referrer, browsers send "Origin: null" even for same-origin POSTs.)
 */
export function sameOrigin(c: Context): boolean {
  const site = c.req.header('Sec-Fetch-Site');
  if (site !== undefined) return site === 'same-origin';
  return c.req.header('Origin') === new URL(c.req.url).origin;
}
