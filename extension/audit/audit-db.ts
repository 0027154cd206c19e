import Dexie, { type EntityTable } from 'dexie';
import type { AuditEvent } from '../../shared/events';

/**
 * The device's audit log. Owned by the background service worker only: IndexedDB opened from a
 * content script would belong to the page's origin.
 *
 * - events: every event, keyed by its chain sequence number.
 * - outbox: seqs not yet acknowledged by the server; written in the same transaction as the event.
 * - meta: small singletons (device identity, enrolment, chain head, sync state).
 */
export interface OutboxEntry {
  seq: number;
}

export interface DeviceIdentity {
  deviceId: string;
  createdAt: string;
}

export interface Enrolment {
  serverUrl: string;
  userId: string;
  /** The tenant's hex HMAC key for value digests, when the server sends one. */
  digestKey?: string;
}

export interface SyncState {
  lastSyncAt: string | null;
  lastError: string | null;
  failures: number;
  /** After a failure, no attempt before this time (backoff, or the server's Retry-After). */
  retryAt?: string | null;
}

/** A short-lived device access token; expiresAt is on this device's clock (ms), so skew cannot fool it. */
export interface AccessToken {
  token: string;
  expiresAt: number;
}

/** Server clock minus device clock, as measured at the last sync (ms; positive: the device is behind). */
export interface ClockSkew {
  skewMs: number;
  measuredAt: string;
}

interface MetaValues {
  device: DeviceIdentity;
  enrolment: Enrolment;
  chainHead: { seq: number; hash: string };
  sync: SyncState;
  /** The device's ECDSA key pair; the private key is non-extractable (stored by structured clone). */
  deviceKeys: CryptoKeyPair;
  accessToken: AccessToken;
  clockSkew: ClockSkew;
}

export type MetaKey = keyof MetaValues;
type MetaRow = { [K in MetaKey]: { key: K; value: MetaValues[K] } }[MetaKey];

export class AuditDb extends Dexie {
  events!: EntityTable<AuditEvent, 'seq'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = 'phi-shield-audit') {
    super(name);
    this.version(1).stores({ events: 'seq, type, occurredAt', outbox: 'seq', meta: 'key' });
  }

  async getMeta<K extends MetaKey>(key: K): Promise<MetaValues[K] | undefined> {
    const row = await this.meta.get(key);
    return row?.value as MetaValues[K] | undefined;
  }

  async setMeta<K extends MetaKey>(key: K, value: MetaValues[K]): Promise<void> {
    await this.meta.put({ key, value } as MetaRow);
  }
}
