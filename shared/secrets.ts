import { sha256Hex } from './sha256';

/**
 * Bearer tokens and enrolment codes: generated here, stored by the Worker only as SHA-256 hashes.
 * Pure so the Worker and the local seeding script make them the same way.
 */

/** 32 random bytes, base64url, with a prefix that makes a leaked token easy to grep for. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `pss_${btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

export const ENROLMENT_CODE_TTL_MS = 7 * 24 * 3600 * 1000;

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O or 1/I: codes are typed by hand

/** A one-time enrolment code such as "K7QX-M2PD-9TWA-HC4E" (80 bits). */
export function newEnrolmentCode(): string {
  const chars = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** Codes are compared case- and dash-insensitively, as people type them. */
export function hashEnrolmentCode(code: string): string {
  return sha256Hex(code.toUpperCase().replace(/[^A-Z0-9]/g, ''));
}
