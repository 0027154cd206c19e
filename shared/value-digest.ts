import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * A keyed digest of a PHI value, so an auditor can see "the same value was revealed 40 times"
 * without ever seeing it. HMAC-SHA256 with a tenant key (a plain hash of an SSN or a date is
 * trivially brute-forced). Values are normalised first so "512-44-8120" and "512 44 8120" match.
 * Computed in the content script: the value itself never leaves the page.
 */
export function valueDigest(keyHex: string, value: string): string {
  const normalised = value.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return bytesToHex(hmac(sha256, hexToBytes(keyHex), utf8ToBytes(normalised)));
}

function hexToBytes(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2}){16,64}$/.test(hex)) throw new Error('A digest key must be 16 to 64 bytes of lower-case hex.');
  return Uint8Array.from(hex.match(/../g)!, (byte) => parseInt(byte, 16));
}
