import type { AuditDb, DeviceIdentity } from './audit-db';

/** The id this installation chains its events under, created once on first use. */
export async function deviceIdentity(db: AuditDb): Promise<DeviceIdentity> {
  return db.transaction('rw', db.meta, async () => {
    const existing = await db.getMeta('device');
    if (existing) return existing;
    const created = { deviceId: crypto.randomUUID(), createdAt: new Date().toISOString() };
    await db.setMeta('device', created);
    return created;
  });
}
