import type { Worker } from 'playwright-core';
import { effectivePolicy } from '../../extension/policy/effective-policy';
import { DEFAULT_POLICY_SETTINGS, policySettingsSchema, type PolicySettings, type TenantPolicy } from '../../shared/policy';

/**
 * Gives the extension a tenant policy with these settings, as the device stores it after a fetch:
 * the tenant's policy and the policy in force computed from it by the extension's own code (the
 * background recomputes the second from the first whenever it re-reads IT's settings, so both are
 * written). The settings are checked against the policy schema first, so a test cannot give the
 * device a policy no server would send.
 */
export function storeTenantPolicy(serviceWorker: Worker, settings: Partial<PolicySettings>): Promise<void> {
  const central: TenantPolicy = { version: 1, updatedAt: null, settings: policySettingsSchema.parse({ ...DEFAULT_POLICY_SETTINGS, ...settings }) };
  return serviceWorker.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('phi-shield-audit');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('meta', 'readwrite');
      for (const row of rows) tx.objectStore('meta').put(row);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, [{ key: 'tenantPolicy', value: central }, { key: 'managedPolicy', value: effectivePolicy(central, null) }]);
}
