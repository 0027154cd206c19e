import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { AuditEvent } from '../../shared/events';
import type { LocalSettings } from '../settings/local-settings';
import type { ManagedPolicy } from '../settings/managed-policy';
import type { TenantPolicy } from '../../shared/policy';
import type { ItPolicy } from '../policy/it-policy';
import type { PolicyState } from '../policy/policy-state';

/**
 * The device's audit log. Owned by the background service worker only: IndexedDB opened from a
 * content script would belong to the page's origin.
 *
 * - events: every event, keyed by its chain sequence number (kept after sync until retention prunes it).
 * - outbox: seqs not yet acknowledged by the server; written in the same transaction as the event.
 * - meta: small singletons (device identity, enrolment, chain head, sync state, settings).
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

/** Bytes the stored events take (their JSON), kept with every write so retention need not scan. */
export interface StorageUsage {
  eventBytes: number;
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
  storage: StorageUsage;
  /** The newest event retention deleted: the stored log verifies as a chain continuing from it. */
  prunedThrough: { seq: number; hash: string };
  /** This device's random hex HMAC key for value digests until enrolment brings the tenant's. */
  deviceDigestKey: string;
  settings: LocalSettings;
  /** Written by central policy sync (a later issue); overrides local settings where set. */
  managedPolicy: ManagedPolicy;
  /** The tenant policy as last fetched (extension/policy/fetch-policy.ts). */
  tenantPolicy: TenantPolicy;
  /** IT's settings from chrome.storage.managed (extension/policy/managed-storage.ts). */
  itPolicy: ItPolicy;
  /** When the tenant policy was last fetched, and why the last fetch or managed read failed. */
  policyState: PolicyState;
}

export type MetaKey = keyof MetaValues;
type MetaRow = { [K in MetaKey]: { key: K; value: MetaValues[K] } }[MetaKey];

/** What one event adds to storage: its JSON length, a close and cheap stand-in for its bytes on disk. */
export function eventBytes(event: AuditEvent): number {
  return JSON.stringify(event).length;
}

export class AuditDb extends Dexie {
  events!: EntityTable<AuditEvent, 'seq'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = 'phi-shield-audit') {
    super(name);
    // Every version stays declared: Dexie upgrades a database of any earlier version step by step.
    this.version(1).stores({ events: 'seq, type, occurredAt', outbox: 'seq', meta: 'key' });
    this.version(2).upgrade(countEventBytes);
  }

  async getMeta<K extends MetaKey>(key: K): Promise<MetaValues[K] | undefined> {
    const row = await this.meta.get(key);
    return row?.value as MetaValues[K] | undefined;
  }

  async setMeta<K extends MetaKey>(key: K, value: MetaValues[K]): Promise<void> {
    await this.meta.put({ key, value } as MetaRow);
  }
}

/** v2 keeps a running total of event bytes for retention; a v1 log gets its total counted once. */
async function countEventBytes(tx: Transaction): Promise<void> {
  let total = 0;
  await tx.table<AuditEvent>('events').each((event) => {
    total += eventBytes(event);
  });
  await tx.table('meta').put({ key: 'storage', value: { eventBytes: total } satisfies StorageUsage });
}
