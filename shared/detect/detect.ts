import { findSpans, type Region } from './find-spans';
import { findNameWords } from './names/name-words';
import { hasInvisible, originalEnd, originalStart, stripInvisible, type VisibleText } from './invisible-chars';
import { anchorsOf, type PageMemory } from './page-memory';
import { collectAnchors, emptyAnchors, findAnchorRecurrences } from './propagate';
import { resolveOverlaps } from './resolve-overlaps';
import type { SpanSink } from './span';
import type { PhiType } from '../phi-types';
import type { DetectContext, PhiSpan } from './types';

/** Between joined texts: a line break for the finders that stop at lines, NUL so no pattern bridges it. */
const SEPARATOR = '\n\u0000\n';

/** Finds PHI in plain text. Deterministic; spans are sorted and non-overlapping, offsets into `text`. */
export function detect(text: string, context?: DetectContext): PhiSpan[] {
  const spans: PhiSpan[] = [];
  const page = findPageSpans([{ text, context }]);
  forEachBlockSpan(page, (_block, start, end, span) => spans.push({ start, end, type: span.type, confidence: span.confidence, text: text.slice(start, end) }));
  return spans;
}

interface JoinedRegion extends Region {
  visible: VisibleText;
}

/** A page's spans in the coordinates of its joined text, and where each input sits in that text. */
export interface PageSpans {
  spans: readonly PhiSpan[];
  regions: readonly JoinedRegion[];
}

/**
 * Detects over several texts from one page, joined so every finder runs once: each text on its
 * own terms first (its labels apply to it alone), then every high-confidence name or identifier is
 * looked for again everywhere (patient-anchored propagation), including those `memory` kept from
 * earlier calls on the same page, which it then also keeps.
 */
export function findPageSpans(inputs: readonly { text: string; context?: DetectContext | undefined }[], memory?: PageMemory): PageSpans {
  const regions: JoinedRegion[] = [];
  let joined = inputs.map((input) => input.text).join(SEPARATOR);
  // Invisible characters are rare: one test on the whole page spares a test per block.
  const strip = hasInvisible(joined);
  let length = 0;
  for (const input of inputs) {
    const visible: VisibleText = strip ? stripInvisible(input.text) : { text: input.text, offsets: null };
    regions.push({ start: length, end: length + visible.text.length, context: input.context, visible });
    length += visible.text.length + SEPARATOR.length;
  }
  if (strip) joined = regions.map((region) => region.visible.text).join(SEPARATOR);
  const words = findNameWords(joined);
  const spans = findSpans(joined, regions, words);
  const anchors = memory ? anchorsOf(memory) : emptyAnchors();
  collectAnchors(spans, anchors);
  if (anchors.nameWords.size > 0 || anchors.identifiers.size > 0) {
    const recurrences: SpanSink = [];
    findAnchorRecurrences(joined, words, anchors, recurrences);
    if (recurrences.length > 0) return { spans: resolveOverlaps([...spans, ...recurrences], joined), regions };
  }
  return { spans, regions };
}

/** Policy can turn PHI types off; spans of those types are still found (they shape overlaps) but not reported. */
function typeEnabled(context: DetectContext | undefined, type: PhiType): boolean {
  const enabled = context?.options?.phiTypes;
  return !enabled || enabled.includes(type);
}

/**
 * Clips each span to the inputs it covers and calls `visit` with the input's index and the span's
 * [start, end) in that input's own text, in order (a span over two inputs is visited once in each).
 */
export function forEachBlockSpan(page: PageSpans, visit: (block: number, start: number, end: number, span: PhiSpan) => void): void {
  const { regions, spans } = page;
  let r = 0;
  for (const span of spans) {
    while (r < regions.length && regions[r]!.end <= span.start) r++;
    for (let i = r; i < regions.length && regions[i]!.start < span.end; i++) {
      const region = regions[i]!;
      const start = Math.max(span.start, region.start) - region.start;
      const end = Math.min(span.end, region.end) - region.start;
      if (end <= start || !typeEnabled(region.context, span.type)) continue;
      const offsets = region.visible.offsets;
      if (offsets) visit(i, originalStart(offsets, start), originalEnd(offsets, end), span);
      else visit(i, start, end, span);
    }
  }
}
