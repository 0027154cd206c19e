/**
 * Bundled by stored-policy.ts and run inside the extension's service worker: a fetched tenant
 * policy applied by the extension's own code (policy/apply-policy.ts), through Dexie as every
 * write of the extension is.
 */
import './zod-without-eval';
import { AuditDb } from '../../extension/audit/audit-db';
import { applyPolicy } from '../../extension/policy/apply-policy';
import type { TenantPolicy } from '../../shared/policy';

export async function applyTenantPolicy(central: TenantPolicy): Promise<void> {
  const db = new AuditDb();
  try {
    await applyPolicy(db, { central });
  } finally {
    db.close();
  }
}
