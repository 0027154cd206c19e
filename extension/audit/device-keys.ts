import { DEVICE_KEY_ALGORITHM } from '../../shared/device-auth';
import type { AuditDb } from './audit-db';

/**
 * This installation's ECDSA P-256 key pair, created once. The private key is non-extractable:
 * script can sign with it but never read it, and IndexedDB stores it by structured clone, so it
 * never exists as bytes outside the browser's key store.
 */
export async function deviceKeys(db: AuditDb): Promise<CryptoKeyPair> {
  const existing = await db.getMeta('deviceKeys');
  if (existing) return existing;
  // WebCrypto is asynchronous, so the pair is made outside the transaction; of two racing
  // callers the first to store wins and both return its pair.
  const created = await crypto.subtle.generateKey(DEVICE_KEY_ALGORITHM, false, ['sign', 'verify']);
  return db.transaction('rw', db.meta, async () => {
    const stored = await db.getMeta('deviceKeys');
    if (stored) return stored;
    await db.setMeta('deviceKeys', created);
    return created;
  });
}
