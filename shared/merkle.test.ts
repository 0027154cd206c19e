import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import {
  appendLeaf,
  appendLeafReportingSubtrees,
  consistencyProof,
  consistencyProofRanges,
  foldSubtrees,
  EMPTY_RANGE,
  inclusionProof,
  inclusionProofRanges,
  isWellFormedRange,
  leafHash,
  perfectSubtrees,
  rangeRoot,
  rootHash,
  verifyConsistency,
  verifyInclusion,
  type Hash,
} from './merkle';

/**
 * The RFC 6962 test vectors of the certificate-transparency reference implementations
 * (merkle_tree_test.cc, and transparency-dev/merkle's verifier tests): eight leaves, the roots of
 * the trees of their first 1..8 leaves, and audit/consistency paths. Each vector is also checked
 * against a naive recursive MTH written here from the RFC's definition, so a mistyped vector
 * cannot pass and the implementation is never its own oracle.
 */
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(hexToBytes);
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const EMPTY_TREE_ROOT = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

// Leaf numbers in the published vectors are 1-based; `index` here is 0-based.
const INCLUSION_VECTORS: { index: number; treeSize: number; path: string[] }[] = [
  { index: 0, treeSize: 1, path: [] },
  {
    index: 0,
    treeSize: 8,
    path: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    index: 5,
    treeSize: 8,
    path: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  { index: 2, treeSize: 3, path: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
  {
    index: 1,
    treeSize: 5,
    path: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
];

const CONSISTENCY_VECTORS: { oldSize: number; newSize: number; proof: string[] }[] = [
  { oldSize: 1, newSize: 1, proof: [] },
  {
    oldSize: 1,
    newSize: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    oldSize: 6,
    newSize: 8,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    oldSize: 2,
    newSize: 5,
    proof: ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b'],
  },
];

/** MTH straight from RFC 6962 §2.1, over raw leaf data: the independent oracle. */
function naiveMth(data: readonly Uint8Array[]): Uint8Array {
  if (data.length === 0) return sha256(new Uint8Array(0));
  if (data.length === 1) return sha256(new Uint8Array([0, ...data[0]!]));
  let k = 1;
  while (k * 2 < data.length) k *= 2;
  return sha256(new Uint8Array([1, ...naiveMth(data.slice(0, k)), ...naiveMth(data.slice(k))]));
}

const leafHashes = LEAVES.map(leafHash);
const hex = (hashes: readonly Hash[]) => hashes.map(bytesToHex);
const fromHex = (hashes: readonly string[]) => hashes.map(hexToBytes);
const rootOf = (size: number) => hexToBytes(ROOTS[size - 1]!);

describe('RFC 6962 tree hashing', () => {
  it('the vectors agree with a naive MTH written from the RFC', () => {
    expect(bytesToHex(naiveMth([]))).toBe(EMPTY_TREE_ROOT);
    ROOTS.forEach((root, i) => expect(bytesToHex(naiveMth(LEAVES.slice(0, i + 1))), `size ${i + 1}`).toBe(root));
    // Each path entry is the MTH of some run of leaves: every one must be reachable by the oracle.
    const subtreeRoots = new Set<string>();
    for (let start = 0; start < LEAVES.length; start++)
      for (let end = start + 1; end <= LEAVES.length; end++) subtreeRoots.add(bytesToHex(naiveMth(LEAVES.slice(start, end))));
    for (const h of [...INCLUSION_VECTORS.flatMap((v) => v.path), ...CONSISTENCY_VECTORS.flatMap((v) => v.proof)]) expect(subtreeRoots).toContain(h);
  });

  it.each(ROOTS.map((root, i) => ({ size: i + 1, root })))('root of the first $size leaves', ({ size, root }) => {
    expect(bytesToHex(rootHash(leafHashes.slice(0, size)))).toBe(root);
  });

  it('the empty tree hashes to SHA-256 of nothing', () => {
    expect(bytesToHex(rootHash([]))).toBe(EMPTY_TREE_ROOT);
  });

  it('a compact range appended one leaf at a time gives every intermediate root and stays well formed', () => {
    let range = EMPTY_RANGE;
    for (let size = 1; size <= 8; size++) {
      range = appendLeaf(range, leafHashes[size - 1]!);
      expect(isWellFormedRange(range)).toBe(true);
      expect(bytesToHex(rangeRoot(range))).toBe(ROOTS[size - 1]);
    }
    expect(isWellFormedRange({ size: 6, hashes: range.hashes.slice(0, 1) })).toBe(false);
  });
});

describe('inclusion proofs', () => {
  it.each(INCLUSION_VECTORS)('leaf $index in a tree of $treeSize: the published path', ({ index, treeSize, path }) => {
    expect(hex(inclusionProof(leafHashes.slice(0, treeSize), index))).toEqual(path);
    expect(verifyInclusion(leafHashes[index]!, index, treeSize, fromHex(path), rootOf(treeSize))).toBe(true);
  });

  it('every leaf of every tree up to 8 proves and verifies', () => {
    for (let size = 1; size <= 8; size++)
      for (let index = 0; index < size; index++) {
        const proof = inclusionProof(leafHashes.slice(0, size), index);
        expect(verifyInclusion(leafHashes[index]!, index, size, proof, rootOf(size)), `${index} in ${size}`).toBe(true);
      }
  });

  it.each([
    { name: 'another leaf', change: (v: InclusionCase) => ({ ...v, leaf: leafHashes[4]! }) },
    { name: 'a wrong index', change: (v: InclusionCase) => ({ ...v, index: 4 }) },
    { name: 'an index past the tree', change: (v: InclusionCase) => ({ ...v, index: 8 }) },
    { name: 'a tree size of another shape', change: (v: InclusionCase) => ({ ...v, treeSize: 6 }) },
    { name: 'a flipped bit in the path', change: (v: InclusionCase) => ({ ...v, proof: [flip(v.proof[0]!), ...v.proof.slice(1)] }) },
    { name: 'a truncated path', change: (v: InclusionCase) => ({ ...v, proof: v.proof.slice(0, 2) }) },
    { name: 'an extended path', change: (v: InclusionCase) => ({ ...v, proof: [...v.proof, v.root] }) },
    { name: 'another root', change: (v: InclusionCase) => ({ ...v, root: rootOf(7) }) },
  ])('rejects $name', ({ change }) => {
    const valid: InclusionCase = { leaf: leafHashes[5]!, index: 5, treeSize: 8, proof: inclusionProof(leafHashes, 5), root: rootOf(8) };
    const c = change(valid);
    expect(verifyInclusion(c.leaf, c.index, c.treeSize, c.proof, c.root)).toBe(false);
  });
});

interface InclusionCase {
  leaf: Hash;
  index: number;
  treeSize: number;
  proof: Hash[];
  root: Hash;
}

describe('consistency proofs', () => {
  it.each(CONSISTENCY_VECTORS)('from $oldSize to $newSize: the published proof', ({ oldSize, newSize, proof }) => {
    expect(hex(consistencyProof(leafHashes.slice(0, newSize), oldSize))).toEqual(proof);
    expect(verifyConsistency(oldSize, newSize, rootOf(oldSize), rootOf(newSize), fromHex(proof))).toBe(true);
  });

  it('every pair of sizes up to 8 proves and verifies', () => {
    for (let newSize = 1; newSize <= 8; newSize++)
      for (let oldSize = 1; oldSize <= newSize; oldSize++) {
        const proof = consistencyProof(leafHashes.slice(0, newSize), oldSize);
        expect(verifyConsistency(oldSize, newSize, rootOf(oldSize), rootOf(newSize), proof), `${oldSize} -> ${newSize}`).toBe(true);
      }
  });

  it('rejects a proof against a rewritten history', () => {
    // A tree of 8 whose leaf 2 was replaced: its root is not consistent with the old tree of 6.
    const rewritten = leafHashes.map((h, i) => (i === 2 ? leafHash(hexToBytes('ff')) : h));
    const proof = consistencyProof(rewritten, 6);
    expect(verifyConsistency(6, 8, rootOf(6), rootHash(rewritten), proof)).toBe(false);
  });

  it.each([
    { name: 'a flipped bit in the proof', change: (p: Hash[]) => ({ proof: [flip(p[0]!), ...p.slice(1)], oldSize: 6, newSize: 8 }) },
    { name: 'a truncated proof', change: (p: Hash[]) => ({ proof: p.slice(1), oldSize: 6, newSize: 8 }) },
    { name: 'swapped sizes', change: (p: Hash[]) => ({ proof: p, oldSize: 8, newSize: 6 }) },
    { name: 'a wrong old size', change: (p: Hash[]) => ({ proof: p, oldSize: 5, newSize: 8 }) },
    { name: 'an empty proof', change: () => ({ proof: [], oldSize: 6, newSize: 8 }) },
  ])('rejects $name', ({ change }) => {
    const c = change(consistencyProof(leafHashes, 6));
    expect(verifyConsistency(c.oldSize, c.newSize, rootOf(6), rootOf(8), c.proof)).toBe(false);
  });
});

function flip(hash: Hash): Hash {
  const copy = hash.slice();
  copy[0] = copy[0]! ^ 1;
  return copy;
}

describe('proofs from stored perfect subtrees', () => {
  // 37 leaves: enough for ragged right edges at several levels.
  const data = Array.from({ length: 37 }, (_, i) => new Uint8Array([i, i * 7]));
  const hashes = data.map(leafHash);

  it('appending reports every perfect subtree exactly when it completes, with its root', () => {
    let range = EMPTY_RANGE;
    const reported = new Map<string, string>();
    for (const leaf of hashes) {
      const step = appendLeafReportingSubtrees(range, leaf);
      for (const s of step.completed) reported.set(`${s.level}/${s.index}`, bytesToHex(s.hash));
      range = step.range;
    }
    const expected = new Map<string, string>();
    for (let level = 1; 2 ** level <= data.length; level++)
      for (let index = 0; (index + 1) * 2 ** level <= data.length; index++)
        expected.set(`${level}/${index}`, bytesToHex(naiveMth(data.slice(index * 2 ** level, (index + 1) * 2 ** level))));
    expect(reported).toEqual(expected);
  });

  it('every proof range folds from its perfect subtrees to its MTH', () => {
    const rootOfSubtree = (level: number, index: number) => naiveMth(data.slice(index * 2 ** level, (index + 1) * 2 ** level));
    for (let size = 1; size <= data.length; size++) {
      const ranges = [
        ...Array.from({ length: size }, (_, i) => inclusionProofRanges(i, size)).flat(),
        ...Array.from({ length: size }, (_, m) => consistencyProofRanges(m + 1, size)).flat(),
      ];
      for (const [start, end] of ranges) {
        const folded = foldSubtrees(perfectSubtrees([start, end]).map((s) => rootOfSubtree(s.level, s.index)));
        expect(bytesToHex(folded), `[${start}, ${end}) in ${size}`).toBe(bytesToHex(naiveMth(data.slice(start, end))));
      }
    }
  });
});
