import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'playwright-core';

/** Every planted value found in `haystack` (case-insensitive). */
export function plantedIn(haystack: string, planted: readonly string[]): string[] {
  const lower = haystack.toLowerCase();
  return planted.filter((value) => lower.includes(value.toLowerCase()));
}

/** All bytes under a directory as latin1 text (SQLite pages, WAL files), for a raw search. */
export function readTree(dir: string): string {
  let text = '';
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    text += statSync(file).isDirectory() ? readTree(file) : readFileSync(file).toString('latin1');
  }
  return text;
}

/** Every record of every object store of every IndexedDB database the extension owns, as JSON. */
export function dumpExtensionIndexedDb(serviceWorker: Worker): Promise<string> {
  return serviceWorker.evaluate(async () => {
    const request = (r: IDBRequest) => new Promise<unknown>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const dump: Record<string, unknown> = {};
    for (const info of await indexedDB.databases()) {
      const db = (await request(indexedDB.open(info.name!))) as IDBDatabase;
      for (const store of db.objectStoreNames) {
        dump[`${info.name}/${store}`] = await request(db.transaction(store).objectStore(store).getAll());
      }
      db.close();
    }
    return JSON.stringify(dump);
  });
}
