-- Integrity and retention: each tenant's accepted events form an RFC 6962 Merkle tree whose signed
-- checkpoints auditors verify offline; each day's events are archived to R2 (see worker/integrity).

-- One leaf per appended event, in append order. Kept after the event itself is pruned from D1, so
-- inclusion proofs find an event's leaf and proofs stay computable without reading the archive.
-- leaf_hash = hex SHA-256(0x00 || event hash bytes).
CREATE TABLE merkle_leaves (
  tenant_id TEXT NOT NULL,
  leaf_index INTEGER NOT NULL,
  event_id INTEGER NOT NULL UNIQUE,
  leaf_hash TEXT NOT NULL,
  PRIMARY KEY (tenant_id, leaf_index)
) WITHOUT ROWID;

-- Roots of the tree's perfect subtrees of 256 leaves and more (level >= 8: about one row per 128
-- leaves), written as appends complete them: a proof reads O(log n) of these plus at most a few
-- hundred leaves, never the whole tree.
CREATE TABLE merkle_nodes (
  tenant_id TEXT NOT NULL,
  level INTEGER NOT NULL,
  node_index INTEGER NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (tenant_id, level, node_index)
) WITHOUT ROWID;

-- The tree's compact range (roots of its perfect subtrees, JSON array of hex): appending a day
-- never rereads old leaves.
CREATE TABLE merkle_trees (
  tenant_id TEXT PRIMARY KEY,
  tree_size INTEGER NOT NULL,
  compact_range TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Public halves of every key that has signed a checkpoint: rotation keeps old checkpoints verifiable.
CREATE TABLE signing_keys (
  key_id TEXT PRIMARY KEY,
  public_jwk TEXT NOT NULL,
  first_used_at TEXT NOT NULL
);

-- One signed checkpoint per tenant per archived day. `signed` is the checkpoint exactly as signed
-- (JSON with its signature); the other columns are for querying and for the archive lifecycle:
-- archived (both R2 objects written) -> verified (archive re-read, root recomputed, signature
-- checked) -> pruned (the day's events deleted from D1; leaves stay).
CREATE TABLE checkpoints (
  tenant_id TEXT NOT NULL,
  tree_size INTEGER NOT NULL,
  previous_size INTEGER NOT NULL,
  -- The compact range of the tree before this day: the archive's header, so a day's archive
  -- verifies on its own against this checkpoint.
  previous_range TEXT NOT NULL,
  day TEXT NOT NULL,
  root_hash TEXT NOT NULL,
  signed TEXT NOT NULL,
  archive_key TEXT,
  archived_at TEXT,
  verified_at TEXT,
  pruned_at TEXT,
  PRIMARY KEY (tenant_id, tree_size),
  UNIQUE (tenant_id, day)
);
