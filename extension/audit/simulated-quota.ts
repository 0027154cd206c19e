import type { AuditDb } from './audit-db';

/**
 * For tests: makes every write to `db` fail as IndexedDB does when the origin is over quota, until
 * `quota.full` is set to false. Dexie middleware applies from the database's opening, so pass a
 * handle that has not been opened yet.
 */
export function simulateFullQuota(db: AuditDb): { full: boolean } {
  const quota = { full: true };
  db.use({
    stack: 'dbcore',
    name: 'quota',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return { ...table, mutate: (req) => (quota.full ? Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')) : table.mutate(req)) };
      },
    }),
  });
  return quota;
}
