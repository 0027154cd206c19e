import { findSpans, withoutNamesOfProviders, type Region } from './find-spans';
import { findNameWords } from './names/name-words';
import { isNodeBoundary, originalEnd, originalStart, scannedIndex, scannedText } from './scanned-text';
import { anchorsOf, type PageMemory } from './page-memory';
import { collectAnchors, emptyAnchors, findAnchorRecurrences } from './propagate';
import { countStartingBefore, mergeSortedSpans, resolveSorted, sortSpans } from './resolve-overlaps';
import type { FoundSpan, SpanSink } from './span';
import type { PhiType } from '../phi-types';
import type { DetectContext, PhiSpan, TextBlock } from './types';
import { classifyLabel } from './labels';
import { BLOCK_SEPARATOR, isDigitCode } from './char-codes';


/** Finds PHI in plain text. Deterministic; spans are sorted and non-overlapping, offsets into `text`. */
export function detect(text: string, context?: DetectContext): PhiSpan[] {
  const spans: PhiSpan[] = [];
  const page = findPageSpans([{ nodes: [text], context }]);
  forEachBlockSpan(page, (_block, start, end, span) => spans.push({ start, end, type: span.type, confidence: span.confidence, text: text.slice(start, end) }));
  return spans;
}

/** A page's spans in the coordinates of its joined text, and where each block sits in that text. */
export interface PageSpans {
  spans: readonly FoundSpan[];
  blocks: readonly TextBlock[];
  /** Where block i starts in the joined text as given; blockStarts[blocks.length] is past the end. */
  blockStarts: readonly number[];
  /** scanned[i] is the index in the joined text of scanned character i (see scannedText); null when the two are the same. */
  scanned: Int32Array | null;
}

/**
 * Detects over a page's blocks, joined so every finder runs once: each block on its own terms
 * first (its labels apply to it alone), then every high-confidence name or identifier is looked
 * for again everywhere (patient-anchored propagation), including those `memory` kept from earlier
 * calls on the same page, which it then also keeps.
 */
export function findPageSpans(blocks: readonly TextBlock[], memory?: PageMemory): PageSpans {
  // Each block's text, joined once with the separator: most blocks are one node, and Array.join
  // costs per element (a flat list of nodes and separators cost twice as much). Not `+=`: that
  // builds a rope, and every finder's charCodeAt is slower on one even once flattened (measured:
  // the whole engine lost its 15% gain).
  const texts: string[] = [];
  // Not an Int32Array: one over 64 bytes is made outside the heap, at 0.2-0.7 µs (16 ns within).
  const blockStarts: number[] = [];
  const boundaries: number[] = [];
  let length = 0;
  for (let b = 0; b < blocks.length; b++) {
    if (b > 0) length += BLOCK_SEPARATOR.length;
    blockStarts.push(length);
    const nodes = blocks[b]!.nodes;
    if (nodes.length === 1) {
      texts.push(nodes[0]!);
      length += nodes[0]!.length;
      continue;
    }
    let lastCode = -1;
    for (const node of nodes) {
      if (node.length === 0) continue;
      if (lastCode >= 0 && isNodeBoundary(lastCode, node.charCodeAt(0))) boundaries.push(length);
      lastCode = node.charCodeAt(node.length - 1);
      length += node.length;
    }
    texts.push(nodes.join(''));
  }
  blockStarts.push(length + BLOCK_SEPARATOR.length);
  const { text, offsets } = scannedText(texts.join(BLOCK_SEPARATOR), boundaries);
  const regions: Region[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    let start = blockStarts[b]!;
    let context = block.context;
    // "<b>First name</b> Thanh Hai", "<label>DOB</label> 02/14/1951": a first node that is a label
    // on its own labels the rest of its block, before the block's own labels.
    const label = block.nodes.length > 1 ? leadingLabel(block.nodes[0]!) : undefined;
    if (label !== undefined) {
      start += block.nodes[0]!.length;
      context = { ...context, labels: [label, ...(context?.labels ?? NO_LABELS)] };
    }
    if (!context) continue;
    const end = blockStarts[b + 1]! - BLOCK_SEPARATOR.length;
    regions.push(offsets ? { start: scannedIndex(offsets, start), end: scannedIndex(offsets, end), context } : { start, end, context });
  }

  const words = findNameWords(text);
  const { spans, unmaskedProviders } = findSpans(text, regions, words);
  const anchors = memory ? anchorsOf(memory) : emptyAnchors();
  collectAnchors(spans, text, words, anchors);
  if (anchors.nameWords.size > 0 || anchors.identifiers.size > 0) {
    const found: SpanSink = [];
    findAnchorRecurrences(text, words, anchors, found);
    // Most recurrences are where a finder already found the anchor: one inside a span at least as
    // confident changes nothing once merged (that span, or the one it merged into, stays as strong
    // and as long), so it is dropped before sorting and merging, and the merge mostly skipped.
    const uncovered = found.filter((recurrence) => !coveredByStronger(spans, recurrence));
    if (uncovered.length === 0) return { spans, blocks, blockStarts, scanned: offsets };
    // A clinician named in full who shares the patient's surname ("Talon Turcotte, PA-C") stays
    // visible; "Dr Kulas" alone may be the patient's own name with a title, and is masked.
    const recurrences = withoutNamesOfProviders(uncovered, unmaskedProviders.filter((provider) => isFullName(text, provider)));
    // Merged into the resolved spans, which stay first on a tie: resolving them again changes nothing.
    if (recurrences.length > 0) return { spans: resolveSorted(mergeSortedSpans(spans, sortSpans(recurrences))), blocks, blockStarts, scanned: offsets };
  }
  return { spans, blocks, blockStarts, scanned: offsets };
}

/** Whether one of `spans` (sorted, non-overlapping) covers `span` with at least its confidence. */
function coveredByStronger(spans: readonly FoundSpan[], span: FoundSpan): boolean {
  const covering = spans[countStartingBefore(spans, span.start + 1) - 1];
  return covering !== undefined && covering.end >= span.end && covering.confidence >= span.confidence;
}

const LEADING_TITLE = /^(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+/;

/** Two words or more after any title: "Dr. Amara Turcotte", not "Dr Kulas". */
function isFullName(text: string, span: FoundSpan): boolean {
  return /\s/.test(text.slice(span.start, span.end).replace(LEADING_TITLE, ''));
}

/** Policy can turn PHI types off; spans of those types are still found (they shape overlaps) but not reported. */
function typeEnabled(context: DetectContext | undefined, type: PhiType): boolean {
  const enabled = context?.options?.phiTypes;
  return !enabled || enabled.includes(type);
}

/**
 * Clips each span to the blocks it covers and calls `visit` with the block's index and the span's
 * [start, end) in that block's own text, in order (a span over two blocks is visited once in each).
 */
export function forEachBlockSpan(page: PageSpans, visit: (block: number, start: number, end: number, span: FoundSpan) => void): void {
  const { blocks, blockStarts, scanned } = page;
  let b = 0;
  for (const span of page.spans) {
    // Back in the coordinates of the joined text as given, if the scanned text differs from it.
    const spanStart = scanned ? originalStart(scanned, span.start) : span.start;
    const spanEnd = scanned ? originalEnd(scanned, span.end) : span.end;
    while (b < blocks.length && blockStarts[b + 1]! - BLOCK_SEPARATOR.length <= spanStart) b++;
    for (let i = b; i < blocks.length && blockStarts[i]! < spanEnd; i++) {
      const blockStart = blockStarts[i]!;
      const start = Math.max(spanStart, blockStart) - blockStart;
      const end = Math.min(spanEnd, blockStarts[i + 1]! - BLOCK_SEPARATOR.length) - blockStart;
      if (end > start && typeEnabled(blocks[i]!.context, span.type)) visit(i, start, end, span);
    }
  }
}

const NO_LABELS: readonly string[] = [];
const LONGEST_LEADING_LABEL = 40;
/** A node that can only be a label: short, no digit, no colon (an inline label's is read as one), and read as one. */
const LABEL_NODE = new RegExp(`^[^\\d:]{2,${LONGEST_LEADING_LABEL}}$`);
/** Blanks a label's node may carry around it ("First name " before its value's node). */
const LABEL_NODE_BLANKS = 8;
/** A form's item number before its label ("11. ", "4a. ", "7) ") and its notes in brackets ("(First, Middle, Last)"). */
const FORM_ITEM_NUMBER = /^\d{1,3}[a-z]?[.)][ \t\u00a0]+/;
const BRACKETED_NOTE = /[ \t\u00a0]*\([^()]*\)/g;
/** A numbered form's label with its notes may run this long ("10. Surviving spouse's name (if wife, give name prior to first marriage)"). */
const LONGEST_FORM_LABEL = 120;

/**
 * The text of a block's first node if it is a PHI label alone ("First name", "MRN", a numbered
 * form's "11. Father's name (First, Middle, Last)", read without its number and notes), else undefined.
 */
function leadingLabel(node: string): string | undefined {
  if (node.length > LONGEST_FORM_LABEL + LABEL_NODE_BLANKS) return undefined;
  let label = node.trim();
  if (label.length > LONGEST_LEADING_LABEL || isDigitCode(label.charCodeAt(0))) label = label.replace(FORM_ITEM_NUMBER, '').replace(BRACKETED_NOTE, '');
  return LABEL_NODE.test(label) && classifyLabel(label) !== undefined ? label : undefined;
}
