/**
 * Build steps only: unpacks one pinned npm package into a temporary folder with `npm pack`, after
 * checking the tarball's integrity, for word lists the project reads at build time but does not
 * depend on (build-name-dictionary.ts, build-name-shape.ts).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Calls `read` with the folder holding the package's files (`package/...`), then deletes it. */
export function withPackedPackage<T>(spec: string, integrity: string, read: (dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'npm-pack-'));
  try {
    const tarball = path.join(dir, execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim());
    const actual = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    if (actual !== integrity) throw new Error(`${spec}: integrity ${actual}, expected ${integrity}`);
    execFileSync('tar', ['xzf', tarball, '-C', dir]);
    return read(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
