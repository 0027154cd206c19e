import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { eventHash, type UnsignedEvent } from '../../shared/events';
import { isWellFormedRange, leafHash, type CompactRange } from '../../shared/merkle';

/**
 * How the log's tree meets text: an event's leaf, and a compact range as JSON. One place, so the
 * Worker, the archive and the offline verifier cannot disagree.
 */

/** Subtrees of 2^8 = 256 leaves and taller are stored (merkle_nodes); smaller ones are hashed from leaves. */
export const STORED_SUBTREE_LEVEL = 8;

/** The leaf for an audit event: its canonical hash (events.hash, 32 bytes) is the leaf data. */
export function eventLeafHash(eventHashHex: string): Uint8Array {
  if (!/^[0-9a-f]{64}$/.test(eventHashHex)) throw new Error('An event hash must be 64 lower-case hex characters.');
  return leafHash(hexToBytes(eventHashHex));
}

/** True when a stored event (any type, with its `hash`) still hashes to that hash: unchanged. */
export function eventMatchesItsHash(event: { hash: unknown }): boolean {
  const { hash, ...unsigned } = event;
  return eventHash(unsigned as UnsignedEvent) === hash;
}

export const compactRangeJsonSchema = z.strictObject({
  size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  hashes: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(64),
});
export type CompactRangeJson = z.infer<typeof compactRangeJsonSchema>;

export function rangeToJson(range: CompactRange): CompactRangeJson {
  return { size: range.size, hashes: range.hashes.map(bytesToHex) };
}

export function rangeFromJson(json: CompactRangeJson): CompactRange {
  const range = { size: json.size, hashes: json.hashes.map(hexToBytes) };
  if (!isWellFormedRange(range)) throw new Error('The compact range does not have one hash per 1-bit of its size.');
  return range;
}
