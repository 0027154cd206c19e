-- Auditor review: filter columns on events, the auditor access log and dashboard sessions.

-- Filter columns are generated from the stored canonical JSON, so every row has them (old rows
-- too) and ingest needs no change: there is one source of truth for what an event says. VIRTUAL
-- (the only kind ALTER TABLE can add) costs nothing in the table; the indexes below store the
-- values, which is all the filtered queries read before the page of rows they return.
ALTER TABLE events ADD COLUMN user_id TEXT GENERATED ALWAYS AS (json_extract(body, '$.userId')) VIRTUAL;
ALTER TABLE events ADD COLUMN phi_type TEXT GENERATED ALWAYS AS (json_extract(body, '$.phiType')) VIRTUAL;
-- Page events name a site (origin + route); protection and policy changes name an origin.
ALTER TABLE events ADD COLUMN site_origin TEXT GENERATED ALWAYS AS (
  coalesce(json_extract(body, '$.site.origin'), json_extract(body, '$.origin'))) VIRTUAL;
-- Only reveals carry a reveal reason ("reason" on extension_installed means install or update).
ALTER TABLE events ADD COLUMN reason TEXT GENERATED ALWAYS AS (
  CASE WHEN type IN ('value_revealed', 'page_revealed') THEN json_extract(body, '$.reason') END) VIRTUAL;
ALTER TABLE events ADD COLUMN ticket TEXT GENERATED ALWAYS AS (json_extract(body, '$.ticket')) VIRTUAL;

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
-- read only this index: it covers every column they group or filter by, for reveals only.
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
