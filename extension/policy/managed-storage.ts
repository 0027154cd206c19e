import { browser } from 'wxt/browser';
import { itPolicySchema, type ItPolicy } from './it-policy';

export type ManagedStorageRead =
  | { ok: true; enrol: { serverUrl: string; code: string } | null; settings: ItPolicy | null }
  | { ok: false; error: string };

/**
 * IT's browser policy for this extension (chrome.storage.managed, declared by
 * public/managed_schema.json): where to enrol, and settings to lock. The enrolment code is kept
 * apart from the settings so it is never stored. Invalid policy is refused whole, naming the
 * fields, so the settings in force stay as they were.
 */
export async function readManagedStorage(): Promise<ManagedStorageRead> {
  let raw: Record<string, unknown>;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    return { ok: false, error: 'The browser policy for this extension could not be read.' };
  }
  const parsed = itPolicySchema.safeParse(raw);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'policy'))].join(', ');
    return { ok: false, error: `The browser policy for this extension is invalid (${fields}); the settings in force are unchanged.` };
  }
  const { serverUrl, enrolmentCode, ...settings } = parsed.data;
  return {
    ok: true,
    enrol: serverUrl && enrolmentCode ? { serverUrl, code: enrolmentCode } : null,
    settings: Object.keys(settings).length > 0 ? settings : null,
  };
}
