import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
// resolve, not join: PHI_OUT_DIR may be absolute (WXT resolves outDir the same way).
export const EXTENSION_DIR = path.resolve(ROOT, process.env.PHI_OUT_DIR ?? '.output', 'chrome-mv3');
