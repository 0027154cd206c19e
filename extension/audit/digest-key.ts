import type { AuditDb } from './audit-db';

/**
 * The HMAC key content scripts digest revealed values with (shared/value-digest). The tenant's key
 * once enrolment brings one, so digests correlate across the tenant's devices; before that a random
 * 32-byte key created once for this device, so digests still correlate on the device.
 */
export async function digestKey(db: AuditDb): Promise<string> {
  const known = await readKey(db); // every page asks: read without a write lock first
  if (known) return known;
  return db.transaction('rw', db.meta, async () => {
    const existing = await readKey(db);
    if (existing) return existing;
    const created = [...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, '0')).join('');
    await db.setMeta('deviceDigestKey', created);
    return created;
  });
}

async function readKey(db: AuditDb): Promise<string | undefined> {
  const [enrolment, deviceKey] = await Promise.all([db.getMeta('enrolment'), db.getMeta('deviceDigestKey')]);
  return enrolment?.digestKey ?? deviceKey;
}
