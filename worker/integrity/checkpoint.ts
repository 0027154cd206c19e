import { z } from 'zod';
import { canonicalJson } from '../../shared/canonical-json';
import { sha256Hex } from '../../shared/sha256';

/**
 * A checkpoint commits a tenant's log: "the first `treeSize` events have this Merkle root", signed
 * with the Worker's Ed25519 key. Pure WebCrypto, so the Worker signs and the offline verifier
 * (scripts/verify-log.ts, or a browser) checks with the same code.
 */

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const checkpointSchema = z.strictObject({
  v: z.literal(1),
  tenantId: z.string().min(1).max(64),
  treeSize: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  rootHash: hex64,
  timestamp: z.iso.datetime({ offset: false }),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
});

export const signedCheckpointSchema = checkpointSchema.extend({ signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/) });

export type Checkpoint = z.infer<typeof checkpointSchema>;
export type SignedCheckpoint = z.infer<typeof signedCheckpointSchema>;

/** An Ed25519 public key as JWK: what GET /v1/checkpoints/key publishes. */
export const publicJwkSchema = z.strictObject({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
export type PublicJwk = z.infer<typeof publicJwkSchema>;

const ED25519 = { name: 'Ed25519' } as const;

/**
 * The bytes that are signed: a label (so a signature means nothing elsewhere) and the canonical
 * JSON of the fields. Copied into a plain ArrayBuffer-backed array, which WebCrypto's types (DOM
 * and workerd) both accept.
 */
function labelledBytes(label: string, fields: object): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new TextEncoder().encode(`${label}\n${canonicalJson(fields)}`));
}

/** An Ed25519 signature (base64url) over `fields` under `label`. */
export async function signLabelled(label: string, fields: object, key: SigningKey): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.sign(ED25519, key.privateKey, labelledBytes(label, fields))));
}

export async function verifyLabelled(label: string, fields: object, signature: string, publicJwk: PublicJwk): Promise<boolean> {
  const key = await crypto.subtle.importKey('jwk', publicJwk, ED25519, false, ['verify']);
  return crypto.subtle.verify(ED25519, key, fromBase64Url(signature), labelledBytes(label, fields));
}

const CHECKPOINT_LABEL = 'phi-audit checkpoint';
const signedFields = ({ v, tenantId, treeSize, rootHash, timestamp, keyId }: Checkpoint) => ({ v, tenantId, treeSize, rootHash, timestamp, keyId });

/** A short, stable name for a public key: the first 16 hex digits of SHA-256 of its `x`. */
export function keyIdOf(jwk: PublicJwk): string {
  return sha256Hex(jwk.x).slice(0, 16);
}

export interface SigningKey {
  privateKey: CryptoKey;
  publicJwk: PublicJwk;
  keyId: string;
}

/** A new Ed25519 private key as JWK JSON: the value of the CHECKPOINT_SIGNING_KEY secret. */
export async function generateSigningKeyJwk(): Promise<string> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  return JSON.stringify(await crypto.subtle.exportKey('jwk', pair.privateKey));
}

/** Imports the private JWK (the CHECKPOINT_SIGNING_KEY secret); its public half is derived from it. */
export async function importSigningKey(privateJwkJson: string): Promise<SigningKey> {
  let jwk: JsonWebKey;
  try {
    jwk = JSON.parse(privateJwkJson) as JsonWebKey;
  } catch {
    throw new Error('CHECKPOINT_SIGNING_KEY is not JSON: it must be an Ed25519 private JWK.');
  }
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.d || !jwk.x) throw new Error('CHECKPOINT_SIGNING_KEY must be an Ed25519 private JWK (kty OKP, crv Ed25519, d, x).');
  const privateKey = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', d: jwk.d, x: jwk.x }, ED25519, false, ['sign']);
  const publicJwk: PublicJwk = { kty: 'OKP', crv: 'Ed25519', x: jwk.x };
  return { privateKey, publicJwk, keyId: keyIdOf(publicJwk) };
}

export async function signCheckpoint(checkpoint: Omit<Checkpoint, 'keyId' | 'v'>, key: SigningKey): Promise<SignedCheckpoint> {
  const full: Checkpoint = { v: 1, ...checkpoint, keyId: key.keyId };
  return { ...full, signature: await signLabelled(CHECKPOINT_LABEL, signedFields(full), key) };
}

/** True when `signed` carries a valid signature by `publicJwk` and names that key. */
export async function verifyCheckpointSignature(signed: SignedCheckpoint, publicJwk: PublicJwk): Promise<boolean> {
  if (signed.keyId !== keyIdOf(publicJwk)) return false;
  return verifyLabelled(CHECKPOINT_LABEL, signedFields(signed), signed.signature, publicJwk);
}

export type Verdict = { ok: true; detail: string } | { ok: false; problem: string };

/** Finds the checkpoint's key among the trusted ones and checks its signature. */
export async function checkSignature(checkpoint: SignedCheckpoint, keys: readonly PublicJwk[]): Promise<Verdict> {
  const key = keys.find((k) => keyIdOf(k) === checkpoint.keyId);
  if (!key) return { ok: false, problem: `No trusted public key has id ${checkpoint.keyId}.` };
  if (!(await verifyCheckpointSignature(checkpoint, key))) return { ok: false, problem: `The checkpoint at tree size ${checkpoint.treeSize} has an invalid signature.` };
  return { ok: true, detail: `checkpoint ${checkpoint.treeSize} signed by ${checkpoint.keyId}` };
}

function toBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
