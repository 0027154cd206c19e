import type { Worker } from 'playwright-core';
import { effectivePolicy } from '../../extension/policy/effective-policy';
import { DEFAULT_POLICY_SETTINGS, DEFAULT_PRESENTATION_POLICY, type PresentationPolicy, type TenantPolicy } from '../../shared/policy';

/**
 * Real screen capture, headless: Chromium's fake capture UI picks the screen without asking and a
 * fake device supplies the frames; getDisplayMedia then resolves with a live "screen:" track.
 * (`--auto-accept-this-tab-capture` alone fails here with NotReadableError.)
 */
export const SCREEN_CAPTURE_FLAGS = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', '--auto-select-desktop-capture-source=Entire screen'];

/** What tests/e2e/pages/presenting/share.html leaves on its window. */
declare global {
  interface Window {
    shared?: MediaStream;
    shareError?: string;
  }
}

/**
 * A tenant policy with these presentation settings, as the device stores it after a fetch, and
 * the policy in force computed from it by the extension's own code: the background recomputes the
 * second from the first whenever it re-reads IT's settings, so both are written.
 */
export function setPresentationPolicy(serviceWorker: Worker, presentation: Partial<PresentationPolicy>): Promise<void> {
  const central: TenantPolicy = { version: 1, updatedAt: null, settings: { ...DEFAULT_POLICY_SETTINGS, presentation: { ...DEFAULT_PRESENTATION_POLICY, ...presentation } } };
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
