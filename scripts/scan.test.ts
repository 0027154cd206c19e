import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan, type ScanIo } from './scan';

function run(paths: string[], stdin = ''): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: ScanIo = { readStdin: () => Buffer.from(stdin), writeOut: (l) => out.push(l), writeErr: (l) => err.push(l) };
  return { code: scan(paths, io), out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), 'scan-test-'));
const notes = path.join(dir, 'notes.txt');
writeFileSync(notes, 'Patient: John Smith\nDOB 03/04/1950, SSN 123-45-6789\nBP 120/80\n');
const binary = path.join(dir, 'image.bin');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
const latin1 = path.join(dir, 'latin1.txt');
writeFileSync(latin1, Buffer.from([0x4e, 0x6f, 0x6d, 0x3a, 0x20, 0xe9, 0x0a]));

describe('scan CLI', () => {
  it('prints one JSON object per span with file, offsets, type, text and confidence', () => {
    const { code, out, err } = run([notes]);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const spans = out.map((line) => JSON.parse(line));
    expect(spans.map((s) => [s.type, s.text])).toEqual([
      ['NAME', 'John Smith'],
      ['DATE', '03/04/1950'],
      ['SSN', '123-45-6789'],
    ]);
    for (const span of spans) {
      expect(span.file).toBe(notes);
      expect(typeof span.start).toBe('number');
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.confidence).toBeGreaterThan(0);
    }
  });

  it('reads standard input when no file is given', () => {
    const { code, out } = run([], 'call 316-555-0142');
    expect(code).toBe(0);
    expect(JSON.parse(out[0]!)).toEqual({ file: 'stdin', start: 5, end: 17, type: 'PHONE', text: '316-555-0142', confidence: 0.9 });
  });

  it.each([
    ['missing file', path.join(dir, 'nope.txt'), 'no such file'],
    ['binary file', binary, 'binary file'],
    ['invalid UTF-8', latin1, 'not valid UTF-8'],
    ['directory', dir, 'is a directory'],
  ])('%s: clear error, non-zero exit, other files still scanned', (_name, bad, message) => {
    const { code, out, err } = run([bad, notes]);
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(message);
    expect(out.length).toBe(3);
  });

  it('runs as `tsx scripts/scan.ts` with a real process exit code', { timeout: 60_000 }, () => {
    const tsx = path.resolve('node_modules/.bin/tsx');
    const ok = execFileSync(tsx, ['scripts/scan.ts', notes], { encoding: 'utf8' });
    expect(ok.trim().split('\n')).toHaveLength(3);
    const piped = execFileSync(tsx, ['scripts/scan.ts'], { input: 'MRN: 00123456', encoding: 'utf8' });
    expect(JSON.parse(piped)).toMatchObject({ file: 'stdin', type: 'MRN', text: '00123456' });
    const bad = spawnSync(tsx, ['scripts/scan.ts', path.join(dir, 'missing.txt')], { encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('no such file');
    expect(bad.stdout).toBe('');
  });
});
