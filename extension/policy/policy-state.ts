import type { LockableSetting } from '../../shared/policy';
import type { AuditDb } from '../audit/audit-db';
import type { MaskStyle } from '../settings/local-settings';

/** Where the device's policy came from, kept so a failure to get it is visible rather than silent. */
export interface PolicyState {
  lastFetchAt: string | null;
  /** The last failure to fetch the tenant policy or read IT's managed settings; null once one succeeds. */
  lastError: string | null;
}

/** What the popup and options page show: which settings are managed, and by which policy. */
export interface ManagedState {
  /** The tenant policy version in force; null before the first fetch (or when not enrolled). */
  version: number | null;
  /** Settings a person cannot change here. */
  locked: LockableSetting[];
  /** The values of the locked settings (the options page shows them). */
  lockedValues: { maskStyle?: MaskStyle; maskProviderNames?: boolean };
  /** Policy keeps protection on for the sites it protects. */
  protectionLocked: boolean;
  /** IT set some settings through browser policy. */
  itManaged: boolean;
  lastFetchAt: string | null;
  lastError: string | null;
}

export async function managedState(db: AuditDb): Promise<ManagedState> {
  const [managed, it, state] = await Promise.all([db.getMeta('managedPolicy'), db.getMeta('itPolicy'), db.getMeta('policyState')]);
  return {
    version: managed?.version ?? null,
    locked: (['maskStyle', 'maskProviderNames'] as const).filter((key) => managed?.[key] !== undefined),
    lockedValues: { maskStyle: managed?.maskStyle, maskProviderNames: managed?.maskProviderNames },
    protectionLocked: managed?.protectionLocked ?? false,
    itManaged: it !== undefined,
    lastFetchAt: state?.lastFetchAt ?? null,
    lastError: state?.lastError ?? null,
  };
}

export async function notePolicyResult(db: AuditDb, result: { fetchedAt?: string; error: string | null }): Promise<void> {
  const previous = await db.getMeta('policyState');
  await db.setMeta('policyState', { lastFetchAt: result.fetchedAt ?? previous?.lastFetchAt ?? null, lastError: result.error });
}
