import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { verifyConsistency, verifyInclusion } from '../../shared/merkle';
import { checkSignature, signedCheckpointSchema, type PublicJwk, type Verdict } from './checkpoint';
import { eventLeafHash, eventMatchesItsHash } from './tree-codec';

/**
 * Offline checks of what the proof routes return, trusting nothing but the public keys: the
 * checkpoint signatures, the event's own hash, and the RFC 6962 proof. Shared by the CLI verifier
 * and anything else that verifies (the auditor dashboard can run the same code in the browser).
 */

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const inclusionResponseSchema = z.object({
  eventId: z.number().int(),
  leafIndex: z.number().int().min(0),
  leafHash: hex64,
  event: z.looseObject({ hash: hex64 }).nullable(),
  checkpoint: signedCheckpointSchema,
  proof: z.array(hex64).max(64),
});
export const consistencyResponseSchema = z.object({ from: signedCheckpointSchema, to: signedCheckpointSchema, proof: z.array(hex64).max(128) });

export type InclusionResponse = z.infer<typeof inclusionResponseSchema>;
export type ConsistencyResponse = z.infer<typeof consistencyResponseSchema>;

/**
 * The event (when still in D1) hashes to its stated hash, that hash is the leaf, and the leaf is at
 * `leafIndex` in the signed tree. A pruned event (event null) is checked from its leaf hash; its
 * content is checked against the archive instead.
 */
export async function verifyInclusionResponse(response: InclusionResponse, keys: readonly PublicJwk[]): Promise<Verdict> {
  const signature = await checkSignature(response.checkpoint, keys);
  if (!signature.ok) return signature;
  if (response.event) {
    if (!eventMatchesItsHash(response.event)) return { ok: false, problem: `Event ${response.eventId}'s content does not match its hash: it was changed.` };
    if (bytesToHex(eventLeafHash(response.event.hash)) !== response.leafHash) return { ok: false, problem: `Event ${response.eventId}'s hash is not the leaf the log holds for it.` };
  }
  const { treeSize, rootHash } = response.checkpoint;
  if (!verifyInclusion(hexToBytes(response.leafHash), response.leafIndex, treeSize, response.proof.map(hexToBytes), hexToBytes(rootHash)))
    return { ok: false, problem: `The inclusion proof for event ${response.eventId} does not lead to the signed root of tree ${treeSize}.` };
  return { ok: true, detail: `event ${response.eventId} is leaf ${response.leafIndex} of the signed tree of ${treeSize}` };
}

/** Both checkpoints are signed, belong to one tenant, and the older tree is a prefix of the newer. */
export async function verifyConsistencyResponse(response: ConsistencyResponse, keys: readonly PublicJwk[]): Promise<Verdict> {
  for (const checkpoint of [response.from, response.to]) {
    const signature = await checkSignature(checkpoint, keys);
    if (!signature.ok) return signature;
  }
  const { from, to } = response;
  if (from.tenantId !== to.tenantId) return { ok: false, problem: 'The two checkpoints belong to different tenants.' };
  if (!verifyConsistency(from.treeSize, to.treeSize, hexToBytes(from.rootHash), hexToBytes(to.rootHash), response.proof.map(hexToBytes)))
    return { ok: false, problem: `The tree of ${to.treeSize} does not extend the tree of ${from.treeSize}: history was rewritten.` };
  return { ok: true, detail: `the tree of ${from.treeSize} is a prefix of the tree of ${to.treeSize}` };
}
