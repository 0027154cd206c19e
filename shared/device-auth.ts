import { z } from 'zod';

/**
 * How a device proves who it is: an ECDSA P-256 key pair made with WebCrypto on the device (the
 * private key non-extractable), the public key registered at enrolment, and a one-time server
 * challenge signed for each short-lived access token. Shared so both sides sign and verify the
 * same bytes.
 */

export const DEVICE_KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const DEVICE_SIGNATURE_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;

const base64url = (length: number) => z.string().length(length).regex(/^[A-Za-z0-9_-]+$/, 'must be base64url');

/** A P-256 public key as JWK, only the fields that define it (32-byte coordinates). */
export const publicKeyJwkSchema = z.strictObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: base64url(43),
  y: base64url(43),
});
export type PublicKeyJwk = z.infer<typeof publicKeyJwkSchema>;

export const tokenChallengeSchema = base64url(43);
/** An IEEE P1363 signature (r || s, 64 bytes), as WebCrypto makes it. */
export const deviceSignatureSchema = base64url(86);

/** The bytes a device signs for a token: a fixed context, its id and the server's one-time challenge. */
export function tokenChallengeMessage(deviceId: string, challenge: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(new TextEncoder().encode(`phi-shield/token/v1\n${deviceId}\n${challenge}`));
}

export function toBase64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The registrable part of a public key (WebCrypto's JWK adds ext and key_ops). */
export async function exportPublicKeyJwk(publicKey: CryptoKey): Promise<PublicKeyJwk> {
  // Workers' types widen exportKey's result; 'jwk' always gives a JsonWebKey.
  const { kty, crv, x, y } = (await crypto.subtle.exportKey('jwk', publicKey)) as JsonWebKey;
  return publicKeyJwkSchema.parse({ kty, crv, x, y });
}

export async function signTokenChallenge(privateKey: CryptoKey, deviceId: string, challenge: string): Promise<string> {
  return toBase64url(new Uint8Array(await crypto.subtle.sign(DEVICE_SIGNATURE_ALGORITHM, privateKey, tokenChallengeMessage(deviceId, challenge))));
}
