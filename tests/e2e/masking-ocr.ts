import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What tesseract reads on a PNG screenshot: the honest test of "can a viewer read it". */
export function ocr(png: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'phi-ocr-'));
  try {
    const file = path.join(dir, 'shot.png');
    writeFileSync(file, png);
    // One thread: tesseract's OpenMP threads only contend on a 2-core machine (measured 4x faster).
    return execFileSync('tesseract', [file, 'stdout'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Letters and digits only, lower case: "512-44-8120" and "512 44 8120" read the same. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The planted values OCR could read in `text`, compared on letters and digits only. */
export function readableIn(text: string, planted: readonly string[]): string[] {
  const flat = normalise(text);
  return planted.filter((value) => flat.includes(normalise(value)));
}
