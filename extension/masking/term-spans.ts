import type { NodeSpan } from '../../shared/detect';

/**
 * Where a site's always-masked terms occur in a block's nodes (case-insensitive, per node).
 * Typed ID: the term is the site's own identifier-like text, not one the engine typed.
 */
export function termSpans(nodes: readonly string[], terms: readonly string[]): NodeSpan[] {
  const spans: NodeSpan[] = [];
  nodes.forEach((text, nodeIndex) => {
    const lower = text.toLowerCase();
    for (const term of terms) {
      const needle = term.toLowerCase();
      for (let at = lower.indexOf(needle); needle && at !== -1; at = lower.indexOf(needle, at + needle.length)) {
        spans.push({ nodeIndex, start: at, end: at + needle.length, type: 'ID', confidence: 1 });
      }
    }
  });
  return spans;
}
