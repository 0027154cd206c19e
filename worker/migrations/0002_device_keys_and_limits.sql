-- Device key pairs and short-lived access tokens, the tenant digest key, clock skew per device,
-- and the per-device rate limit.

-- The tenant's HMAC key for value digests (shared/value-digest.ts), handed to its devices at
-- enrolment so digests correlate across them. Created on first enrolment when absent.
ALTER TABLE tenants ADD COLUMN digest_key TEXT;

-- The device's ECDSA P-256 public key (JWK JSON: kty, crv, x, y). Its private key never leaves the
-- device (WebCrypto, non-extractable); it signs token challenges.
ALTER TABLE devices ADD COLUMN public_key TEXT;
-- Server clock minus device clock when the device last synced, in ms (positive: the device is
-- behind). Auditors read it beside each event's occurred_at (device clock) and received_at.
ALTER TABLE devices ADD COLUMN clock_skew_ms INTEGER;
ALTER TABLE devices ADD COLUMN clock_skew_at TEXT;
CREATE INDEX devices_tenant ON devices (tenant_id, id);

-- Access tokens are issued per device every few minutes: revoke and clean-up find them by subject.
CREATE INDEX credentials_subject ON credentials (tenant_id, subject);

-- One-time nonces a device signs to get an access token. A nonce instead of a timestamp window:
-- a device whose clock is hours off must still be able to authenticate.
CREATE TABLE token_challenges (
  challenge TEXT PRIMARY KEY,
  device_id TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX token_challenges_device ON token_challenges (device_id);

-- Fixed-window request counters, one row per limited key (e.g. "events:<device id>").
CREATE TABLE rate_limits (
  key TEXT PRIMARY KEY,
  window_start INTEGER NOT NULL,
  count INTEGER NOT NULL
);

-- The auditor's security view: a tenant's refused batches in order.
CREATE INDEX security_events_tenant ON security_events (tenant_id, id);
