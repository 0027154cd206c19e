/**
 * Every span the engine finds, one line each, for proving an optimisation changes nothing:
 * `npx tsx bench/detect/span-dump.ts > before.txt`, change the engine, run it again, `diff`.
 * Covers the benchmark's generated corpus, a second corpus from another seed, the EHR pages, and
 * each generated document scanned again in two halves with one page memory (propagation).
 * Synthetic values only (generated corpus and Synthea pages), so printing them exposes no PHI.
 */
import { existsSync } from 'node:fs';
import { createPageMemory, detectBlocks, type TextBlock } from '../../shared/detect/index';
import { EHR_PAGES_DIR, loadEhrPages } from './ehr-pages';
import { generateCorpus } from './generate';

const BENCHMARK_SEED = 20_240_601;
const SECOND_SEED = 7;
const DOCUMENTS = 600;

function dump(name: string, blocks: TextBlock[], detect: (blocks: TextBlock[]) => ReturnType<typeof detectBlocks>): void {
  detect(blocks).forEach((spans, b) => {
    for (const s of spans) {
      const node = blocks[b]!.nodes[s.nodeIndex]!;
      console.log(`${name}\t${b}\t${s.nodeIndex}\t${s.start}\t${s.end}\t${s.type}\t${s.confidence}\t${JSON.stringify(node.slice(s.start, s.end))}`);
    }
  });
}

/** The blocks scanned in two calls sharing a memory, as the extension scans a page that grows. */
function inHalves(blocks: TextBlock[]): ReturnType<typeof detectBlocks> {
  const memory = createPageMemory();
  const half = blocks.length >> 1;
  return [...detectBlocks(blocks.slice(0, half), memory), ...detectBlocks(blocks.slice(half), memory)];
}

for (const seed of [BENCHMARK_SEED, SECOND_SEED]) {
  generateCorpus(seed, DOCUMENTS).forEach(({ blocks }, i) => {
    dump(`gen${seed}/${i}`, blocks, (b) => detectBlocks(b));
    dump(`gen${seed}/${i}/halves`, blocks, inHalves);
  });
}
if (existsSync(EHR_PAGES_DIR)) for (const { name, page } of loadEhrPages()) dump(`ehr/${name}`, page.blocks, (b) => detectBlocks(b));
