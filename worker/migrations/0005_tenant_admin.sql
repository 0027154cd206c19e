-- Tenant administration: the tenant policy devices obey, the tenant's users, and the log of every
-- admin change.

-- One policy per tenant. `settings` is the JSON shared/policy.ts validates; `version` goes up by
-- one with every change and is the ETag devices fetch it with. No row: version 0, the defaults.
CREATE TABLE tenant_policies (
  tenant_id TEXT PRIMARY KEY REFERENCES tenants(id),
  version INTEGER NOT NULL,
  settings TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

-- The people enrolment codes and auditor credentials are issued to. Ids are staff identifiers
-- chosen by the admin (e.g. "jdoe"), never patient data.
CREATE TABLE users (
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;

-- Every admin change: who (the admin's subject), what, to which target, when, and a detail that
-- names settings and versions, never values (a masked term may look like a patient's name).
CREATE TABLE admin_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_id TEXT NOT NULL,
  subject TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  detail TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX admin_audit_tenant ON admin_audit (tenant_id, id);

-- The policy version each device last fetched and when it first got it, so an admin sees a change
-- reach the fleet.
ALTER TABLE devices ADD COLUMN policy_version INTEGER;
ALTER TABLE devices ADD COLUMN policy_fetched_at TEXT;

-- Admin pages sessions (worker/admin-pages): only the SHA-256 of the session id and of the admin
-- token are stored, so revoking the token ends its sessions.
CREATE TABLE admin_sessions (
  id_hash TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
