import { ENROLMENT_CODE_TTL_MS, hashEnrolmentCode, newEnrolmentCode } from '../shared/secrets';

/** Creates a one-time enrolment code for a user of a tenant; only its hash is stored. */
export async function createEnrolmentCode(db: D1Database, tenantId: string, userId: string, now = new Date()): Promise<string> {
  const code = newEnrolmentCode();
  await db
    .prepare('INSERT INTO enrolment_codes (code_hash, tenant_id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
    .bind(hashEnrolmentCode(code), tenantId, userId, now.toISOString(), new Date(now.getTime() + ENROLMENT_CODE_TTL_MS).toISOString())
    .run();
  return code;
}
