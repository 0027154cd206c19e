/**
 * PHI scanner for text exports and logs: `npm run scan -- FILE...` (standard input when no file,
 * or for "-"). Prints one JSON object per line per span: file, start, end (UTF-16 offsets into the
 * file's text, as JavaScript strings count), type, text, confidence. Exits 0 when every input
 * was scanned; a missing, unreadable or binary input is reported on stderr (by file name only,
 * never its content) and makes the exit code 1, after the other inputs are scanned.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { detect } from '../shared/detect/index';

export interface ScanIo {
  readStdin: () => Buffer;
  writeOut: (line: string) => void;
  writeErr: (line: string) => void;
}

const STDIN = '-';
const utf8 = new TextDecoder('utf-8', { fatal: true });

export class InputError extends Error {}

/** Text of a buffer, or an InputError if it is not UTF-8 text (a NUL byte or invalid UTF-8). */
export function decodeText(bytes: Buffer, name: string): string {
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${name}: binary file (contains NUL bytes), not scanned`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text, not scanned`);
  }
}

function readInput(path: string, io: ScanIo): string {
  if (path === STDIN) return decodeText(io.readStdin(), 'stdin');
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    throw new InputError(`${path}: ${reason}`);
  }
  return decodeText(bytes, path);
}

/** Scans each path (or stdin) and returns the process exit code. */
export function scan(paths: readonly string[], io: ScanIo): number {
  let failed = false;
  for (const path of paths.length > 0 ? paths : [STDIN]) {
    let text: string;
    try {
      text = readInput(path, io);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.writeErr(`scan: ${error.message}`);
      failed = true;
      continue;
    }
    const file = path === STDIN ? 'stdin' : path;
    for (const span of detect(text)) {
      io.writeOut(JSON.stringify({ file, start: span.start, end: span.end, type: span.type, text: span.text, confidence: span.confidence }));
    }
  }
  return failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lines: string[] = [];
  const code = scan(process.argv.slice(2), {
    readStdin: () => readFileSync(0),
    writeOut: (line) => {
      lines.push(line);
      if (lines.length >= 1000) process.stdout.write(lines.splice(0).join('\n') + '\n');
    },
    writeErr: (line) => process.stderr.write(line + '\n'),
  });
  if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n');
  process.exitCode = code;
}
