import { buildConsistencyProof, buildInclusionProof } from '../integrity/build-proofs';
import { verifierKeys } from '../integrity/signing-key';
import { consistencyResponseSchema, inclusionResponseSchema, verifyConsistencyResponse, verifyInclusionResponse } from '../integrity/verify-proofs';
import type { ProofCheck } from './integrity-page';

/**
 * The integrity page's checks: the same proof the API returns, verified here by the offline
 * verifier's code against the published keys, so a tampered event, leaf or subtree shows as failed.
 */

async function trustedKeys(db: D1Database, signingKeyJson: string | undefined) {
  return (await verifierKeys(db, signingKeyJson)).keys.map((k) => k.publicJwk);
}

export async function inclusionCheck(db: D1Database, signingKeyJson: string | undefined, tenantId: string, eventId: number): Promise<ProofCheck> {
  const built = await buildInclusionProof(db, tenantId, eventId);
  const title = `Inclusion of event ${eventId}`;
  const facts: ProofCheck['facts'] = [
    ['Leaf index', String(built.leafIndex)],
    ['Leaf hash', built.leafHash],
    ['Checkpoint', `tree of ${built.checkpoint.treeSize}, root ${built.checkpoint.rootHash}, key ${built.checkpoint.keyId}`],
    ['Event in D1', built.event ? 'yes: its content is hashed again' : 'no: pruned to the archive, checked from its leaf'],
  ];
  const response = inclusionResponseSchema.safeParse(built);
  // A stored event that lost its shape (e.g. its hash field edited) is a failed check, not an error.
  if (!response.success) return { title, verdict: { ok: false, problem: `Event ${eventId} as stored is not a well-formed event: it was changed.` }, facts, proof: built.proof };
  return { title, verdict: await verifyInclusionResponse(response.data, await trustedKeys(db, signingKeyJson)), facts, proof: built.proof };
}

export async function consistencyCheck(db: D1Database, signingKeyJson: string | undefined, tenantId: string, fromSize: number, toSize: number): Promise<ProofCheck> {
  const built = consistencyResponseSchema.parse(await buildConsistencyProof(db, tenantId, fromSize, toSize));
  return {
    title: `Consistency of the tree of ${fromSize} with the tree of ${toSize}`,
    verdict: await verifyConsistencyResponse(built, await trustedKeys(db, signingKeyJson)),
    facts: [
      ['From root', built.from.rootHash],
      ['To root', built.to.rootHash],
    ],
    proof: built.proof,
  };
}
