import { detectBlocks, type DetectContext } from '../../shared/detect';
import type { PhiType } from '../../shared/phi-types';
import type { MaskStyle } from './mask-style-sheet';
import type { PlaceholderLabels } from './placeholder-labels';

/** A string (attribute value, tab title) with its PHI replaced, and what was replaced. */
export interface MaskedText {
  text: string;
  types: PhiType[];
}

/**
 * Replaces the PHI in a plain string, for places that hold text rather than nodes (attributes,
 * the tab title): blocks of '█' the value's length, or consistent placeholders.
 * Returns null when there is no PHI. `wholeValue` masks everything (a private element's attribute).
 */
export function maskText(text: string, context: DetectContext, style: MaskStyle, placeholders: PlaceholderLabels, wholeValue = false): MaskedText | null {
  const spans = wholeValue ? [{ start: 0, end: text.length, type: 'ID' as PhiType }] : (detectBlocks([{ nodes: [text], context }])[0] ?? []);
  if (spans.length === 0 || text.trim() === '') return null;
  let out = '';
  let at = 0;
  for (const span of spans) {
    const value = text.slice(span.start, span.end);
    out += text.slice(at, span.start) + (style === 'placeholder' ? placeholders.labelFor(span.type, value) : '█'.repeat(Math.min(value.length, 12)));
    at = span.end;
  }
  return { text: out + text.slice(at), types: spans.map((s) => s.type) };
}
