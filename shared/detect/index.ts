/**
 * PHI detection engine: pure text in, typed and scored spans out. No DOM, browser API, network or
 * file access, so the same code runs in the content script, a Worker and Node. See docs/detection.md.
 */
export { detect } from './detect';
export { detectBlocks } from './detect-blocks';
export { createPageMemory, type PageMemory } from './page-memory';
export { DETECTOR_VERSION } from './version';
export type { BlockRole, DetectContext, DetectOptions, NodeSpan, PhiSpan, TextBlock } from './types';
