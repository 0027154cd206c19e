/**
 * What scan-phases.ts evaluates in a fresh isolated world of a corpus page, bundled as the content
 * script bundles it: evaluating the bundle initialises the engine (its module-level tables) and
 * the masking code, as the masking module's import does in every page. Then each phase is one
 * call, timed inside the page (scan-phases.ts reads the results).
 */
import { createPageMemory, detectBlocks } from '../../shared/detect';
import { PROTECTIVE_DEFAULTS } from '../../extension/masking/page-settings';
import { DETECT_BATCH, PageShield } from '../../extension/masking/page-shield';
import { privateSelectorFor } from '../../extension/masking/private-selector';
import { ShadowRoots } from '../../extension/masking/shadow-roots';
import { scanSubtree } from '../../extension/masking/text-blocks';

export interface ScanPhases {
  /** The masking walk: blocks with their labels, fields, attributes, images (page-structure's label rules included). */
  walk: number;
  /** The engine's detection of those blocks, in batches with the page memory, as the first scan calls it. */
  detect: number;
  blocks: number;
}

const timed = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};

const shadowRoots = new ShadowRoots();

Object.assign(globalThis, {
  /** The walk and the detection, each cold (the first call in this world), as the first scan calls them. */
  phiScanPhases(): ScanPhases {
    const [found, walk] = timed(() => scanSubtree(document.body, { privateSelector: privateSelectorFor(document, []), shadowRootOf: shadowRoots.rootOf }));
    const memory = createPageMemory();
    const [, detect] = timed(() => {
      for (let start = 0; start < found.blocks.length; start += DETECT_BATCH) detectBlocks(found.blocks.slice(start, start + DETECT_BATCH).map((b) => b.block), memory);
    });
    return { walk, detect, blocks: found.blocks.length };
  },
  /** The whole first scan as the masking module runs it (walk, detection, highlights, attributes, fields), cold. */
  phiFirstScan(): number {
    return timed(() => new PageShield(document, PROTECTIVE_DEFAULTS, shadowRoots).start())[1];
  },
});
