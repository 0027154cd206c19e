import type { AuditDb } from '../audit/audit-db';
import { fetchPolicy, type PolicyFetchResult } from '../policy/fetch-policy';
import { managedState, type ManagedState } from '../policy/policy-state';
import { refreshPresenting } from '../presenting/update-presenting';
import { notifySettingsChanged } from './notify-tabs';

export function handleGetManagedState(db: AuditDb): Promise<ManagedState> {
  return managedState(db);
}

/**
 * Fetches the tenant policy on each sync run; when it changed what pages obey, presentation mode is
 * re-evaluated at once (an always-on policy shows its badge and event now, not at the next minute
 * tick) and tabs re-read their settings.
 */
export async function syncPolicy(db: AuditDb): Promise<PolicyFetchResult> {
  const result = await fetchPolicy(db);
  if (result.status === 'updated' && result.applied) await Promise.all([refreshPresenting(db), notifySettingsChanged()]);
  return result;
}
