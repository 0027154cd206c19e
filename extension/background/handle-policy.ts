import type { AuditDb } from '../audit/audit-db';
import { fetchPolicy, type PolicyFetchResult } from '../policy/fetch-policy';
import { managedState, type ManagedState } from '../policy/policy-state';
import { notifySettingsChanged } from './notify-tabs';

export function handleGetManagedState(db: AuditDb): Promise<ManagedState> {
  return managedState(db);
}

/** Fetches the tenant policy on each sync run; tabs re-read their settings when it changed what they obey. */
export async function syncPolicy(db: AuditDb): Promise<PolicyFetchResult> {
  const result = await fetchPolicy(db);
  if (result.status === 'updated' && result.applied) await notifySettingsChanged();
  return result;
}
