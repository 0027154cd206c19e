import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Lower-case hex SHA-256 of a string. Synchronous on purpose: the extension hashes an audit event
 * inside the IndexedDB transaction that stores it, and IndexedDB transactions commit as soon as
 * they wait on anything else (such as WebCrypto's promises).
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
