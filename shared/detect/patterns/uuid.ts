import { addSpan, isWordChar, type SpanSink } from '../span';

// Anchored on the first dash so the regex engine skips ahead to dashes instead of trying every hex letter.
const UUID_TAIL = /-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g;
const HEX8_BEFORE = /^[0-9a-fA-F]{8}$/;

/** Record UUIDs (FHIR resource ids, encounter ids): each one leads back to a patient's chart. */
export function findUuids(text: string, sink: SpanSink): void {
  UUID_TAIL.lastIndex = 0;
  for (let m = UUID_TAIL.exec(text); m; m = UUID_TAIL.exec(text)) {
    const start = m.index - 8;
    const end = m.index + m[0].length;
    if (start < 0 || !HEX8_BEFORE.test(text.slice(start, m.index)) || isWordChar(text, start - 1) || isWordChar(text, end)) continue;
    addSpan(sink, text, start, end, 'ID', 0.75);
  }
}
