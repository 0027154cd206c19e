import { addSpan, isWordChar, type SpanSink } from '../span';

const UUID_TAIL_AT = /-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/y;
const HEX8_BEFORE = /^[0-9a-fA-F]{8}$/;

/**
 * Record UUIDs (FHIR resource ids, encounter ids): each one leads back to a patient's chart.
 * Found from dashes (indexOf is far faster than a regex scan); a dash is tried only when the next
 * three dashes of a UUID are where they must be.
 */
export function findUuids(text: string, sink: SpanSink): void {
  for (let dash = text.indexOf('-', 8); dash >= 0; dash = text.indexOf('-', dash + 1)) {
    if (text.charCodeAt(dash + 5) !== 45 || text.charCodeAt(dash + 10) !== 45 || text.charCodeAt(dash + 15) !== 45) continue;
    UUID_TAIL_AT.lastIndex = dash;
    if (!UUID_TAIL_AT.test(text)) continue;
    const start = dash - 8;
    const end = UUID_TAIL_AT.lastIndex;
    if (!HEX8_BEFORE.test(text.slice(start, dash)) || isWordChar(text, start - 1) || isWordChar(text, end)) continue;
    addSpan(sink, start, end, 'ID', 0.75);
    dash = end;
  }
}
