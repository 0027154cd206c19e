import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, process.env.PHI_OUT_DIR ?? '.output', 'chrome-mv3');
