import { sha256Hex } from '../shared/sha256';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O or 1/I: codes are typed by hand
export const ENROLMENT_CODE_TTL_MS = 7 * 24 * 3600 * 1000;

/** A one-time code, e.g. "K7QX-M2PD-9TWA-HC4E" (80 bits), stored only as its hash. */
export async function createEnrolmentCode(db: D1Database, tenantId: string, userId: string, now = new Date()): Promise<string> {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const chars = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
  const code = chars.match(/.{4}/g)!.join('-');
  await db
    .prepare('INSERT INTO enrolment_codes (code_hash, tenant_id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
    .bind(hashEnrolmentCode(code), tenantId, userId, now.toISOString(), new Date(now.getTime() + ENROLMENT_CODE_TTL_MS).toISOString())
    .run();
  return code;
}

/** Codes are compared case- and dash-insensitively, as people type them. */
export function hashEnrolmentCode(code: string): string {
  return sha256Hex(code.toUpperCase().replace(/[^A-Z0-9]/g, ''));
}
