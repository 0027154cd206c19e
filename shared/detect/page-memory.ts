import { emptyAnchors, type Anchors } from './propagate';

declare const pageMemoryBrand: unique symbol;

/**
 * What detection has learnt about one page's patient (high-confidence name words and identifiers),
 * carried from one detectBlocks call to the next so an incremental scan of changed blocks still
 * masks "Kulas" after the banner that said "Patient: Wendolyn Kulas" was scanned earlier.
 *
 * Opaque on purpose: it holds PHI, has no enumerable properties (JSON.stringify gives "{}"), and
 * must stay in the page that created it. Make a new one when the page shows another patient.
 */
export interface PageMemory {
  readonly [pageMemoryBrand]: true;
}

const anchorsByMemory = new WeakMap<PageMemory, Anchors>();

export function createPageMemory(): PageMemory {
  const memory = Object.freeze({}) as PageMemory;
  anchorsByMemory.set(memory, emptyAnchors());
  return memory;
}

/** The anchors a memory holds; a memory not made by createPageMemory is refused, not silently ignored. */
export function anchorsOf(memory: PageMemory): Anchors {
  const anchors = anchorsByMemory.get(memory);
  if (!anchors) throw new TypeError('detectBlocks: memory must come from createPageMemory()');
  return anchors;
}
