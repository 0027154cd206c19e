import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { appendLeaf, rangeRoot } from '../../shared/merkle';
import { sha256Hex } from '../../shared/sha256';
import { checkSignature, keyIdOf, signedCheckpointSchema, signLabelled, verifyLabelled, type PublicJwk, type SignedCheckpoint, type SigningKey } from './checkpoint';
import { compactRangeJsonSchema, eventLeafHash, eventMatchesItsHash, rangeFromJson, type CompactRangeJson } from './tree-codec';

/**
 * One tenant-day in R2, as NDJSON: a header line with the compact range of the tree before the
 * day, one line per event in leaf order, the signed checkpoint, and a seal last: the Worker's
 * signature over the SHA-256 of every line before it. It verifies on its own: the seal (any
 * changed byte, including server fields such as receivedAt that the tree does not cover), then
 * each event's hash from its content, the leaves appended to the header's range giving the root
 * the checkpoint signs, and the checkpoint's signature.
 */

export const ARCHIVE_FORMAT = 'phi-audit-archive/1';

/** R2 keys: one events file and one checkpoint file per tenant per UTC day. */
export const archiveKeys = (tenantId: string, day: string) => ({
  events: `tenants/${tenantId}/events/${day}.ndjson`,
  checkpoint: `tenants/${tenantId}/checkpoints/${day}.json`,
});

const headerSchema = z.strictObject({
  kind: z.literal('header'),
  format: z.literal(ARCHIVE_FORMAT),
  tenantId: z.string().min(1).max(64),
  day: z.iso.date(),
  previous: compactRangeJsonSchema,
});

const eventLineSchema = z.strictObject({
  kind: z.literal('event'),
  leafIndex: z.number().int().min(0),
  eventId: z.number().int().min(1),
  receivedAt: z.string(),
  // Any event type, present or future: only its hash over its own content matters here.
  event: z.looseObject({ hash: z.string() }),
});

const checkpointLineSchema = z.strictObject({ kind: z.literal('checkpoint'), checkpoint: signedCheckpointSchema });

const SEAL_LABEL = 'phi-audit archive';
const sealLineSchema = z.strictObject({ kind: z.literal('seal'), sha256: z.string().regex(/^[0-9a-f]{64}$/), keyId: z.string(), signature: z.string() });

export interface ArchivedEvent {
  leafIndex: number;
  eventId: number;
  receivedAt: string;
  event: { hash: string } & Record<string, unknown>;
}

export interface ArchiveContents {
  tenantId: string;
  day: string;
  previous: CompactRangeJson;
  events: ArchivedEvent[];
  checkpoint: SignedCheckpoint;
}

export async function buildArchive(contents: ArchiveContents, key: SigningKey): Promise<string> {
  const lines: unknown[] = [
    { kind: 'header', format: ARCHIVE_FORMAT, tenantId: contents.tenantId, day: contents.day, previous: contents.previous },
    ...contents.events.map((e) => ({ kind: 'event', ...e })),
    { kind: 'checkpoint', checkpoint: contents.checkpoint },
  ];
  const body = lines.map((line) => JSON.stringify(line)).join('\n') + '\n';
  const seal = { tenantId: contents.tenantId, day: contents.day, sha256: sha256Hex(body), keyId: key.keyId };
  const signature = await signLabelled(SEAL_LABEL, seal, key);
  return `${body}${JSON.stringify({ kind: 'seal', sha256: seal.sha256, keyId: seal.keyId, signature })}\n`;
}

export type ArchiveVerdict =
  | { ok: true; checkpoint: SignedCheckpoint; previous: { size: number; rootHash: string }; events: number }
  | { ok: false; problem: string };

/**
 * Checks an archive file against itself and the signing keys: the format, the seal, every event's
 * hash, leaf order, the recomputed root and the checkpoint's signature. `previous` in a good verdict lets a
 * caller chain consecutive days (it must equal the prior day's checkpoint).
 */
export async function verifyArchive(text: string, keys: readonly PublicJwk[]): Promise<ArchiveVerdict> {
  const lines = text.split('\n').filter((line) => line.length > 0);
  if (lines.length < 3) return { ok: false, problem: 'The archive needs a header, a checkpoint and a seal line.' };
  const parsed = parseLines(lines);
  if (!parsed) return { ok: false, problem: 'The archive is not well-formed NDJSON of a header, events, a checkpoint and a seal.' };
  const { header, events, checkpoint, seal } = parsed;

  if (sha256Hex(lines.slice(0, -1).join('\n') + '\n') !== seal.sha256) return { ok: false, problem: 'The archive was changed after it was sealed.' };
  const sealKey = keys.find((k) => keyIdOf(k) === seal.keyId);
  if (!sealKey) return { ok: false, problem: `No trusted public key has id ${seal.keyId}.` };
  const sealed = { tenantId: header.tenantId, day: header.day, sha256: seal.sha256, keyId: seal.keyId };
  if (!(await verifyLabelled(SEAL_LABEL, sealed, seal.signature, sealKey))) return { ok: false, problem: 'The archive seal has an invalid signature.' };

  let range;
  try {
    range = rangeFromJson(header.previous);
  } catch {
    return { ok: false, problem: 'The header compact range is malformed.' };
  }
  const previous = { size: range.size, rootHash: bytesToHex(rangeRoot(range)) };
  for (const [i, line] of events.entries()) {
    if (!eventMatchesItsHash(line.event)) return { ok: false, problem: `Event ${line.eventId} does not match its hash: its content was changed.` };
    if (line.leafIndex !== previous.size + i) return { ok: false, problem: `Event ${line.eventId} is at leaf ${line.leafIndex}; expected ${previous.size + i}.` };
    range = appendLeaf(range, eventLeafHash(line.event.hash));
  }

  if (checkpoint.tenantId !== header.tenantId) return { ok: false, problem: 'The checkpoint is for another tenant.' };
  if (checkpoint.treeSize !== range.size) return { ok: false, problem: `The archive ends at tree size ${range.size}; the checkpoint signs ${checkpoint.treeSize}.` };
  if (bytesToHex(rangeRoot(range)) !== checkpoint.rootHash) return { ok: false, problem: 'The recomputed root differs from the checkpoint root.' };
  const signature = await checkSignature(checkpoint, keys);
  if (!signature.ok) return signature;
  return { ok: true, checkpoint, previous, events: events.length };
}

function parseLines(lines: string[]) {
  try {
    const header = headerSchema.parse(JSON.parse(lines[0]!));
    const events = lines.slice(1, -2).map((line) => eventLineSchema.parse(JSON.parse(line)));
    const { checkpoint } = checkpointLineSchema.parse(JSON.parse(lines.at(-2)!));
    const seal = sealLineSchema.parse(JSON.parse(lines.at(-1)!));
    return { header, events, checkpoint, seal };
  } catch {
    return null;
  }
}
