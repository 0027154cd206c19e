/**
 * Baseline: the `redact-pii` package in its local, regex-only mode (SyncRedactor; no Google DLP).
 * It returns redacted text, not spans, so spans are recovered by aligning the output with the input.
 */
import { SyncRedactor } from 'redact-pii';

const MARKER = '\uE000';
const redactor = new SyncRedactor({ globalReplaceWith: MARKER });

export function redact(text: string): string {
  return redactor.redact(text);
}

/** [start, end) ranges of `original` that `redacted` replaced with the marker. */
export function alignRedactions(original: string, redacted: string): [number, number][] {
  const spans: [number, number][] = [];
  let o = 0;
  let r = 0;
  while (r < redacted.length) {
    if (redacted[r] !== MARKER) {
      if (original[o] === redacted[r]) {
        o++;
        r++;
        continue;
      }
      break;
    }
    // The replaced text ends where the literal text after the marker resumes in the original.
    let literalEnd = r + 1;
    while (literalEnd < redacted.length && redacted[literalEnd] !== MARKER && literalEnd - r <= 24) literalEnd++;
    const literal = redacted.slice(r + 1, literalEnd);
    const resume = literal.length === 0 ? original.length : original.indexOf(literal, o + 1);
    if (resume < 0) break;
    spans.push([o, resume]);
    o = resume;
    r++;
  }
  return spans;
}
