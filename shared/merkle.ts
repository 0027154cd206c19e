import { sha256 } from '@noble/hashes/sha2.js';

/**
 * RFC 6962 Merkle tree hashing (Certificate Transparency), as used by RFC 9162 and every CT log:
 * an append-only log whose signed root commits to every entry and its position. Pure: the Worker,
 * the offline verifier (scripts/verify-log.ts) and the dashboard all use these same functions.
 *
 * Hashes are 32-byte Uint8Arrays. Tree sizes and indices are plain numbers (safe up to 2^53).
 */

export type Hash = Uint8Array;

const LEAF_PREFIX = 0x00;
const NODE_PREFIX = 0x01;

/** MTH({}) = SHA-256 of the empty string. */
export const EMPTY_ROOT: Hash = sha256(new Uint8Array(0));

/** SHA-256(0x00 || data): the domain prefix stops a leaf being passed off as an inner node. */
export function leafHash(data: Uint8Array): Hash {
  const input = new Uint8Array(data.length + 1);
  input[0] = LEAF_PREFIX;
  input.set(data, 1);
  return sha256(input);
}

/** SHA-256(0x01 || left || right). */
export function nodeHash(left: Hash, right: Hash): Hash {
  const input = new Uint8Array(1 + left.length + right.length);
  input[0] = NODE_PREFIX;
  input.set(left, 1);
  input.set(right, 1 + left.length);
  return sha256(input);
}

/**
 * A compact range [0, size): the roots of the perfect subtrees that make up a tree of `size`
 * leaves, largest (leftmost) first, one per 1-bit of `size`. It is all that is needed to append
 * more leaves and to compute the root, so appending never rereads old leaves.
 */
export interface CompactRange {
  size: number;
  hashes: Hash[];
}

export const EMPTY_RANGE: CompactRange = { size: 0, hashes: [] };

/** A perfect subtree of the tree: leaves [index * 2^level, (index + 1) * 2^level). */
export interface Subtree {
  level: number;
  index: number;
}

/** The range after appending one leaf hash; the input is not changed. */
export function appendLeaf(range: CompactRange, leaf: Hash): CompactRange {
  return appendLeafReportingSubtrees(range, leaf).range;
}

/**
 * appendLeaf, also returning the perfect subtrees (level >= 1) the new leaf completed with their
 * roots, lowest first: a store of them makes proofs cost O(log n) reads instead of O(n).
 */
export function appendLeafReportingSubtrees(range: CompactRange, leaf: Hash): { range: CompactRange; completed: (Subtree & { hash: Hash })[] } {
  const hashes = range.hashes.slice();
  const completed: (Subtree & { hash: Hash })[] = [];
  let merged = leaf;
  // Each trailing 1-bit of the size is a perfect subtree as tall as `merged`: they combine.
  for (let size = range.size, level = 1; size % 2 === 1; size = Math.floor(size / 2), level++) {
    merged = nodeHash(hashes.pop()!, merged);
    completed.push({ level, index: Math.floor(range.size / 2 ** level), hash: merged });
  }
  hashes.push(merged);
  return { range: { size: range.size + 1, hashes }, completed };
}

/** True when `range` has exactly one hash per 1-bit of its size (a well-formed range). */
export function isWellFormedRange(range: CompactRange): boolean {
  let bits = 0;
  for (let size = range.size; size > 0; size = Math.floor(size / 2)) bits += size % 2;
  return Number.isSafeInteger(range.size) && range.size >= 0 && range.hashes.length === bits && range.hashes.every((h) => h.length === 32);
}

/** MTH of the tree the range describes: the subtree roots folded from the right. */
export function rangeRoot(range: CompactRange): Hash {
  return foldSubtrees(range.hashes);
}

/**
 * MTH of consecutive perfect subtrees given their roots, largest (leftmost) first, as a compact
 * range or perfectSubtrees() lists them: folded from the right.
 */
export function foldSubtrees(roots: readonly Hash[]): Hash {
  if (roots.length === 0) return EMPTY_ROOT;
  let root = roots.at(-1)!;
  for (let i = roots.length - 2; i >= 0; i--) root = nodeHash(roots[i]!, root);
  return root;
}

/** MTH(D[n]) over leaf hashes, in O(n) hashing. */
export function rootHash(leaves: readonly Hash[]): Hash {
  let range = EMPTY_RANGE;
  for (const leaf of leaves) range = appendLeaf(range, leaf);
  return rangeRoot(range);
}

/** The largest power of two smaller than n (n > 1): where RFC 6962 splits a tree. */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** A run of leaves [start, end) whose MTH is one entry of a proof. */
export type LeafRange = readonly [start: number, end: number];

/**
 * The leaf ranges whose MTHs make PATH(m, D[n]) of RFC 6962 §2.1.1, the audit path of leaf `index`
 * in a tree of `size`, in proof order (bottom-up). Index arithmetic only: no hashing.
 */
export function inclusionProofRanges(index: number, size: number): LeafRange[] {
  if (!Number.isInteger(index) || index < 0 || index >= size) throw new RangeError('The leaf index is outside the tree.');
  const ranges: LeafRange[] = [];
  let [start, end] = [0, size];
  // Walks from the root down; the siblings are found top-down, the path lists them bottom-up.
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (index < start + k) {
      ranges.push([start + k, end]);
      end = start + k;
    } else {
      ranges.push([start, start + k]);
      start += k;
    }
  }
  return ranges.reverse();
}

/**
 * The leaf ranges whose MTHs make PROOF(m, D[n]) of RFC 6962 §2.1.2: the tree of the first
 * `oldSize` leaves is a prefix of the tree of `size`. In proof order; index arithmetic only.
 */
export function consistencyProofRanges(oldSize: number, size: number): LeafRange[] {
  if (!Number.isInteger(oldSize) || oldSize < 0 || oldSize > size) throw new RangeError('The old tree size must be between 0 and the tree size.');
  if (oldSize === 0 || oldSize === size) return [];
  const ranges: LeafRange[] = [];
  let [start, end, m] = [0, size, oldSize];
  let oldTreeIsWholeSubtree = true; // SUBPROOF's `b`: the old tree's root need not be sent
  while (m !== end - start) {
    const k = splitPoint(end - start);
    if (m <= k) {
      ranges.push([start + k, end]);
      end = start + k;
    } else {
      ranges.push([start, start + k]);
      start += k;
      m -= k;
      oldTreeIsWholeSubtree = false;
    }
  }
  if (!oldTreeIsWholeSubtree) ranges.push([start, end]);
  return ranges.reverse();
}

/** The audit path of leaf `index` in the tree made of `leaves`. Costs O(n) hashing. */
export function inclusionProof(leaves: readonly Hash[], index: number): Hash[] {
  return inclusionProofRanges(index, leaves.length).map(([start, end]) => rootHash(leaves.slice(start, end)));
}

/** The consistency proof from the tree of the first `oldSize` leaves to the tree of `leaves`. O(n). */
export function consistencyProof(leaves: readonly Hash[], oldSize: number): Hash[] {
  return consistencyProofRanges(oldSize, leaves.length).map(([start, end]) => rootHash(leaves.slice(start, end)));
}

/**
 * A proof range as perfect subtrees, largest first: MTH of the range is their roots folded from
 * the right (as for a compact range). Proof ranges start on a multiple of a power of two at least
 * their length, so this is the binary decomposition of their length.
 */
export function perfectSubtrees([start, end]: LeafRange): Subtree[] {
  const subtrees: Subtree[] = [];
  while (start < end) {
    let level = 0;
    while (start % 2 ** (level + 1) === 0 && start + 2 ** (level + 1) <= end) level++;
    subtrees.push({ level, index: start / 2 ** level });
    start += 2 ** level;
  }
  return subtrees;
}

/** RFC 9162 §2.1.3.2: does `proof` show `leaf` at `index` in the tree of `treeSize` with `root`? */
export function verifyInclusion(leaf: Hash, index: number, treeSize: number, proof: readonly Hash[], root: Hash): boolean {
  if (!Number.isInteger(index) || !Number.isInteger(treeSize) || index < 0 || index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn / 2, Math.floor(sn / 2)];
    } else {
      r = nodeHash(r, p);
    }
    [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  }
  return sn === 0 && equalHashes(r, root);
}

/** RFC 9162 §2.1.4.2: does `proof` show the tree (oldSize, oldRoot) is a prefix of (newSize, newRoot)? */
export function verifyConsistency(oldSize: number, newSize: number, oldRoot: Hash, newRoot: Hash, proof: readonly Hash[]): boolean {
  if (!Number.isInteger(oldSize) || !Number.isInteger(newSize) || oldSize < 0 || oldSize > newSize) return false;
  if (oldSize === newSize) return proof.length === 0 && equalHashes(oldRoot, newRoot);
  if (oldSize === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : [...proof];
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn / 2, Math.floor(sn / 2)];
    } else {
      sr = nodeHash(sr, c);
    }
    [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  }
  return sn === 0 && equalHashes(fr, oldRoot) && equalHashes(sr, newRoot);
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && splitPoint(n * 2) === n;
}

export function equalHashes(a: Hash, b: Hash): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
