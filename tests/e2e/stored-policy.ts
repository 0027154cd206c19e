import path from 'node:path';
import { build } from 'esbuild';
import type { Worker } from 'playwright-core';
import { DEFAULT_POLICY_SETTINGS, policySettingsSchema, type PolicySettings, type TenantPolicy } from '../../shared/policy';
import { ROOT } from './paths';

const GLOBAL_NAME = 'phiShieldTestPolicy';

/**
 * Gives the extension a tenant policy with these settings, as a fetch of it does: the extension's
 * own applyPolicy runs in its service worker (tests/e2e/policy-in-worker.ts, bundled here), stores
 * it, recomputes the policy in force and records policy_changed. Through Dexie, so the
 * background's settings cache learns of it as it learns of its own writes; a raw IndexedDB write
 * would leave pages the cached policy. The settings are checked against the policy schema first,
 * so a test cannot give the device a policy no server would send.
 */
export async function storeTenantPolicy(serviceWorker: Worker, settings: Partial<PolicySettings>): Promise<void> {
  const central: TenantPolicy = { version: 1, updatedAt: null, settings: policySettingsSchema.parse({ ...DEFAULT_POLICY_SETTINGS, ...settings }) };
  // A string, not a function: the bundle defines its own names, which a function would not see.
  await serviceWorker.evaluate(`${await policyScript()}\n${GLOBAL_NAME}.applyTenantPolicy(${JSON.stringify(central)})`);
}

let bundled: Promise<string> | undefined;

function policyScript(): Promise<string> {
  bundled ??= build({ entryPoints: [path.join(ROOT, 'tests/e2e/policy-in-worker.ts')], bundle: true, write: false, format: 'iife', globalName: GLOBAL_NAME, minify: true }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}
