import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run zip` as a release would run it, into a scratch dir: both packages, their manifests,
 * and Mozilla's linter on the Firefox one.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);
const outDir = mkdtempSync(path.join(tmpdir(), 'phi-zip-'));
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

/**
 * Every permission the manifest may ask for, with the source that proves it is used. A new
 * permission fails this test until it is listed here with its use.
 */
const PERMISSION_USES: Record<string, RegExp> = {
  storage: /browser\.storage\./,
  alarms: /browser\.alarms\./,
  // The audit log lives in IndexedDB (Dexie) and must not be evicted under storage pressure.
  unlimitedStorage: /extends Dexie/,
};

interface Manifest {
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  background: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string } };
}

const manifest = (browser: string): Manifest => JSON.parse(readFileSync(path.join(outDir, `${browser}-mv3`, 'manifest.json'), 'utf8'));

function extensionSources(dir = path.join(ROOT, 'extension')): string {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

beforeAll(async () => {
  await run('npm', ['run', '--silent', 'zip'], { cwd: ROOT, env: { ...process.env, PHI_OUT_DIR: outDir } });
}, 120_000);

describe('npm run zip', () => {
  it('produces the Chrome/Edge and Firefox packages (and Firefox review sources) at the package version', () => {
    const zips = readdirSync(outDir).filter((f) => f.endsWith('.zip')).sort();
    expect(zips).toEqual([`phi-screen-shield-${version}-chrome.zip`, `phi-screen-shield-${version}-firefox.zip`, `phi-screen-shield-${version}-sources.zip`]);
    expect(manifest('chrome').version).toBe(version);
    expect(manifest('firefox').version).toBe(version);
  });

  it.each(['chrome', 'firefox'])('the %s manifest asks only for permissions the code uses, and no host permissions', (browser) => {
    const m = manifest(browser);
    expect([...(m.permissions ?? [])].sort()).toEqual(Object.keys(PERMISSION_USES).sort());
    const sources = extensionSources();
    for (const [permission, use] of Object.entries(PERMISSION_USES)) expect(sources, permission).toMatch(use);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  it('builds each browser its own background and settings: a service worker for Chrome, scripts and an add-on id for Firefox', () => {
    expect(manifest('chrome').background.service_worker).toBe('background.js');
    expect(manifest('chrome').browser_specific_settings).toBeUndefined();
    expect(manifest('firefox').background).toMatchObject({ scripts: ['background.js'] });
    expect(manifest('firefox').browser_specific_settings?.gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
  });

  it('the Firefox package passes web-ext lint with no errors', async () => {
    const { stdout } = await run(path.join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', path.join(outDir, 'firefox-mv3'), '--output', 'json', '--no-config-discovery'], { cwd: ROOT });
    const report = JSON.parse(stdout) as { summary: { errors: number }; errors: { code: string }[] };
    expect(report.errors.map((e) => e.code)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 60_000);
});
