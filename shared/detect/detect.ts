import { findSpans, type Region } from './find-spans';
import { findNameWords } from './names/name-words';
import { hasInvisible, stripInvisible, toOriginalRange, type VisibleText } from './invisible-chars';
import { anchorsOf, type PageMemory } from './page-memory';
import { collectAnchors, emptyAnchors, findAnchorRecurrences } from './propagate';
import { resolveOverlaps } from './resolve-overlaps';
import type { SpanSink } from './span';
import type { DetectContext, PhiSpan } from './types';

/** Between joined texts: a line break for the finders that stop at lines, NUL so no pattern bridges it. */
const SEPARATOR = '\n\u0000\n';

/** Finds PHI in plain text. Deterministic; spans are sorted and non-overlapping, offsets into `text`. */
export function detect(text: string, context?: DetectContext): PhiSpan[] {
  return detectAll([{ text, context }])[0]!;
}

interface JoinedRegion extends Region {
  visible: VisibleText;
}

/**
 * Detects over several texts from one page, joined so every finder runs once: each text on its
 * own terms first (its labels apply to it alone), then every high-confidence name or identifier is
 * looked for again everywhere (patient-anchored propagation), including those `memory` kept from
 * earlier calls on the same page, which it then also keeps. One span list per input.
 */
export function detectAll(inputs: readonly { text: string; context?: DetectContext | undefined }[], memory?: PageMemory): PhiSpan[][] {
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
    if (recurrences.length > 0) return splitByRegion(inputs, regions, resolveOverlaps([...spans, ...recurrences], joined));
  }
  return splitByRegion(inputs, regions, spans);
}

/** Clips the joined text's spans to each region and maps them back to that input's own offsets. */
function splitByRegion(inputs: readonly { text: string }[], regions: readonly JoinedRegion[], spans: readonly PhiSpan[]): PhiSpan[][] {
  const perRegion: PhiSpan[][] = regions.map(() => []);
  let r = 0;
  for (const span of spans) {
    while (r < regions.length && regions[r]!.end <= span.start) r++;
    for (let i = r; i < regions.length && regions[i]!.start < span.end; i++) {
      const region = regions[i]!;
      const start = Math.max(span.start, region.start) - region.start;
      const end = Math.min(span.end, region.end) - region.start;
      if (end <= start) continue;
      const [originalStart, originalEnd] = toOriginalRange(region.visible, start, end);
      perRegion[i]!.push({ start: originalStart, end: originalEnd, type: span.type, confidence: span.confidence, text: inputs[i]!.text.slice(originalStart, originalEnd) });
    }
  }
  return perRegion;
}
