import type { TenantPolicy } from '../../shared/policy';
import type { AuditDb } from '../audit/audit-db';
import { recordEvent } from '../audit/record-event';
import { effectivePolicy, policyChangeEvent } from './effective-policy';
import type { ItPolicy } from './it-policy';

/**
 * Stores a new tenant policy or IT settings, recomputes the policy in force (the 'managedPolicy'
 * the settings resolution reads) and records a policy_changed event naming what changed, in one
 * transaction: a policy change that cannot be audited is not applied. Returns whether anything a
 * page obeys may have changed (the caller then tells the tabs).
 */
export async function applyPolicy(db: AuditDb, update: { central: TenantPolicy } | { it: ItPolicy | null }): Promise<boolean> {
  return db.transaction('rw', db.events, db.outbox, db.meta, async () => {
    if ('central' in update) await db.setMeta('tenantPolicy', update.central);
    else if (update.it) await db.setMeta('itPolicy', update.it);
    else await db.meta.delete('itPolicy');

    const [central, it, before] = await Promise.all([db.getMeta('tenantPolicy'), db.getMeta('itPolicy'), db.getMeta('managedPolicy')]);
    const after = effectivePolicy(central ?? null, it ?? null);
    if (JSON.stringify(after) === JSON.stringify(before ?? null)) return false;
    if (after) await db.setMeta('managedPolicy', after);
    else await db.meta.delete('managedPolicy');
    const draft = policyChangeEvent(before ?? null, after);
    if (draft) await recordEvent(db, draft);
    return true;
  });
}
