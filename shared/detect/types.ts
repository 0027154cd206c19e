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

/** Where on the page a block sits, when the DOM layer can tell. A banner holds the chart's patient. */
export type BlockRole = 'banner' | 'heading' | 'cell' | 'field' | 'text';

/** Policy switches that change what counts as PHI. */
export interface DetectOptions {
  /** Mask clinicians' names ("Dr. Ann Lee", "Attending: ..."). Off by default: Safe Harbor is about the patient. */
  maskProviderNames?: boolean;
  /** The PHI types to report (policy may turn some off); absent: every type. */
  phiTypes?: readonly PhiType[];
}

/** What the page around a piece of text says about it (labels, column headers, field names). */
export interface DetectContext {
  /** Nearby label or column header text, e.g. "DOB", "Patient", "MRN". */
  labels?: string[];
  /** An input's name/id attribute, e.g. "patient_dob". Treated like a label. */
  fieldName?: string;
  /** The aria-label of the element or its nearest labelled ancestor. Treated like a label. */
  ariaLabel?: string;
  role?: BlockRole;
  options?: DetectOptions;
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
