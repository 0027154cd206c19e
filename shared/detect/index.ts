import type { DetectContext, NodeSpan, PhiSpan, TextBlock } from './types';

export type { DetectContext, NodeSpan, PhiSpan, TextBlock } from './types';

/** Bumped whenever detection behaviour changes; recorded in audit events. */
export const DETECTOR_VERSION = '0.1.0';

const SSN = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g;
const DATE = /\b(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/(?:\d{4}|\d{2})\b|\b\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b/g;
const NAME_LABEL = /\b(?:[Pp]atient|[Nn]ame|[Pp]t)\s*:\s*((?:[A-Z][a-z'-]+)(?:\s+[A-Z][a-z'-]+){0,3})/g;

/** Finds PHI in plain text. Deterministic; spans are sorted and non-overlapping. */
export function detect(text: string, _context?: DetectContext): PhiSpan[] {
  const spans: PhiSpan[] = [];
  for (const m of text.matchAll(SSN)) spans.push(span(m.index, m[0], 'SSN', 0.95));
  for (const m of text.matchAll(DATE)) spans.push(span(m.index, m[0], 'DATE', 0.9));
  for (const m of text.matchAll(NAME_LABEL)) {
    const name = m[1]!;
    spans.push(span(m.index + m[0].length - name.length, name, 'NAME', 0.8));
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Detects over a block's joined text and maps each span back onto the nodes it covers. */
export function detectBlocks(blocks: TextBlock[]): NodeSpan[][] {
  return blocks.map((block) => {
    const text = block.nodes.join('');
    const out: NodeSpan[] = [];
    for (const s of detect(text, block.context)) {
      let offset = 0;
      block.nodes.forEach((node, nodeIndex) => {
        const start = Math.max(s.start, offset);
        const end = Math.min(s.end, offset + node.length);
        if (start < end) out.push({ nodeIndex, start: start - offset, end: end - offset, type: s.type, confidence: s.confidence });
        offset += node.length;
      });
    }
    return out;
  });
}

function span(start: number, text: string, type: PhiSpan['type'], confidence: number): PhiSpan {
  return { start, end: start + text.length, type, confidence, text };
}
