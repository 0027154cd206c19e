import { importSigningKey, publicJwkSchema, type PublicJwk, type SigningKey } from './checkpoint';

/**
 * The Worker's checkpoint signing key, from the CHECKPOINT_SIGNING_KEY secret. Its public half is
 * recorded in D1 the first time it signs, so after a rotation GET /v1/checkpoints/key still lists
 * the keys that signed older checkpoints.
 */
export async function loadSigningKey(db: D1Database, privateJwkJson: string | undefined, now: Date): Promise<SigningKey> {
  if (!privateJwkJson) throw new Error('The CHECKPOINT_SIGNING_KEY secret is not set: checkpoints cannot be signed.');
  const key = await importSigningKey(privateJwkJson);
  await db
    .prepare('INSERT INTO signing_keys (key_id, public_jwk, first_used_at) VALUES (?, ?, ?) ON CONFLICT (key_id) DO NOTHING')
    .bind(key.keyId, JSON.stringify(key.publicJwk), now.toISOString())
    .run();
  return key;
}

/** The keys verifiers should trust: every key that has signed, and the current one before it has signed anything (so verifiers can pin it from day one). */
export async function verifierKeys(db: D1Database, privateJwkJson: string | undefined): Promise<{ currentKeyId: string | null; keys: { keyId: string; publicJwk: PublicJwk; firstUsedAt: string | null }[] }> {
  const keys: { keyId: string; publicJwk: PublicJwk; firstUsedAt: string | null }[] = await loadPublicKeys(db);
  const current = privateJwkJson ? await importSigningKey(privateJwkJson) : null;
  if (current && !keys.some((k) => k.keyId === current.keyId)) keys.push({ keyId: current.keyId, publicJwk: current.publicJwk, firstUsedAt: null });
  return { currentKeyId: current?.keyId ?? null, keys };
}

/** Every public key that has signed a checkpoint, oldest first. */
export async function loadPublicKeys(db: D1Database): Promise<{ keyId: string; publicJwk: PublicJwk; firstUsedAt: string }[]> {
  const { results } = await db.prepare('SELECT key_id, public_jwk, first_used_at FROM signing_keys ORDER BY first_used_at, key_id').all<{ key_id: string; public_jwk: string; first_used_at: string }>();
  return results.map((r) => ({ keyId: r.key_id, publicJwk: publicJwkSchema.parse(JSON.parse(r.public_jwk)), firstUsedAt: r.first_used_at }));
}
