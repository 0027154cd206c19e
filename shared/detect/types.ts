import type { PhiType } from '../phi-types';

/** One PHI occurrence: [start, end) offsets into the text that was scanned. */
export interface PhiSpan {
  start: number;
  end: number;
  type: PhiType;
  /** 0..1: how sure the engine is. Masking uses a policy threshold. */
  confidence: number;
  text: string;
}

/** What the page around a piece of text says about it (labels, column headers, field names). */
export interface DetectContext {
  /** Nearby label or column header text, e.g. "DOB", "Patient", "MRN". */
  labels?: string[];
}

/**
 * A block of text as the DOM layer sees it: the text of consecutive inline nodes joined, so a
 * value split across elements is one match, with the context its labels give.
 */
export interface TextBlock {
  /** The text of each node, in order; joined they form the block's text. */
  nodes: string[];
  context?: DetectContext;
}

/** A span mapped back to one node of a block: [start, end) inside nodes[nodeIndex]. */
export interface NodeSpan {
  nodeIndex: number;
  start: number;
  end: number;
  type: PhiType;
  confidence: number;
}
