-- Auditor review: filter columns on events, the auditor access log and dashboard sessions.

-- Filter columns are generated from the stored canonical JSON, so every row has them and ingest
-- needs no change: there is one source of truth for what an event says. STORED, not VIRTUAL:
-- grouping 330,000 reveals by user read each row's JSON when virtual (7x slower, measured in
-- bench/worker-query.ts). ALTER TABLE can only add virtual columns, so the table is rebuilt,
-- ids (the ingest order) kept.
CREATE TABLE events_with_filters (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_id TEXT NOT NULL,
  device_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  type TEXT NOT NULL,
  occurred_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  hash TEXT NOT NULL,
  body TEXT NOT NULL,
  user_id TEXT GENERATED ALWAYS AS (json_extract(body, '$.userId')) STORED,
  phi_type TEXT GENERATED ALWAYS AS (json_extract(body, '$.phiType')) STORED,
  -- Page events name a site (origin + route); protection and policy changes name an origin.
  site_origin TEXT GENERATED ALWAYS AS (coalesce(json_extract(body, '$.site.origin'), json_extract(body, '$.origin'))) STORED,
  -- Only reveals carry a reveal reason ("reason" on extension_installed means install or update).
  reason TEXT GENERATED ALWAYS AS (CASE WHEN type IN ('value_revealed', 'page_revealed') THEN json_extract(body, '$.reason') END) STORED,
  ticket TEXT GENERATED ALWAYS AS (json_extract(body, '$.ticket')) STORED,
  UNIQUE (tenant_id, device_id, seq)
);
INSERT INTO events_with_filters (id, tenant_id, device_id, seq, type, occurred_at, received_at, hash, body)
  SELECT id, tenant_id, device_id, seq, type, occurred_at, received_at, hash, body FROM events;
DROP TABLE events;
ALTER TABLE events_with_filters RENAME TO events;
CREATE INDEX events_tenant_order ON events (tenant_id, id);

-- Keyset pages are "tenant, one filter, id > cursor ORDER BY id": each index answers one filter
-- in order, without a sort. Filters combined use the most selective index and check the rest.
CREATE INDEX events_tenant_user ON events (tenant_id, user_id, id);
CREATE INDEX events_tenant_type ON events (tenant_id, type, id);
CREATE INDEX events_tenant_device ON events (tenant_id, device_id, id);
CREATE INDEX events_tenant_phi_type ON events (tenant_id, phi_type, id);
CREATE INDEX events_tenant_site ON events (tenant_id, site_origin, id);
CREATE INDEX events_tenant_reason ON events (tenant_id, reason, id);
CREATE INDEX events_tenant_occurred ON events (tenant_id, occurred_at);
-- The reveal aggregates (per user and day, site, PHI type, reason, without a ticket, off hours)
-- scan this index in time order: it holds every column they group or filter by, for reveals only.
CREATE INDEX events_reveals ON events (tenant_id, type, occurred_at, user_id, device_id, site_origin, phi_type, reason, ticket)
  WHERE type IN ('value_revealed', 'page_revealed');

-- Every auditor API call and dashboard view: who, which action, with which filters (filter values
-- are ids, types, origins and times, never PHI), when.
CREATE TABLE audit_access_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_id TEXT NOT NULL,
  subject TEXT NOT NULL,
  action TEXT NOT NULL,
  query TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX audit_access_log_tenant ON audit_access_log (tenant_id, id);

-- Dashboard sessions: only the SHA-256 of the session id is stored, never the auditor token. The
-- session names its credential (by the hash credentials already keys on) so revoking or expiring
-- the auditor's token ends the session too.
CREATE TABLE audit_sessions (
  id_hash TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX audit_sessions_expiry ON audit_sessions (expires_at);
