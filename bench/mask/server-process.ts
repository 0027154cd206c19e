/**
 * The bench's pages served from a child process: a server in the bench's own process answers only
 * when Playwright's event loop lets it, and the browser with the extension sends Playwright more
 * to handle (service worker, extension frames), which would delay that browser's page resources.
 * `npx tsx bench/mask/server-process.ts dir...` prints the server's URL; `serveInChild` runs it.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { startStaticServer } from '../../scripts/static-server';

export async function serveInChild(roots: string[]): Promise<{ url: string; close(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, ...roots], { stdio: ['pipe', 'pipe', 'inherit'] });
  const firstLine = await createInterface({ input: child.stdout! })[Symbol.asyncIterator]().next();
  if (firstLine.done) throw new Error(`The page server did not start (roots: ${roots.join(', ')})`);
  return { url: firstLine.value, close: () => child.kill() };
}

if (process.argv[1] === import.meta.filename) {
  const { url } = await startStaticServer(process.argv.slice(2));
  console.log(url);
  // The bench holds our stdin open: when it ends (the bench finished or died), so do we.
  process.stdin.on('end', () => process.exit()).resume();
}
