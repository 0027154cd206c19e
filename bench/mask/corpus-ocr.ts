/**
 * Corpus readability: `npx tsx bench/mask/corpus-ocr.ts` (after a build; PHI_OUT_DIR selects it).
 * Every page of ../shared/corpus/ehr-pages, full-page screenshot, tesseract, with and without the
 * extension in the same run: how much ground-truth PHI a viewer could read (the leak rate is
 * what OCR reads with the extension over what it reads without), and how much other text stays
 * readable. The figures in docs/masking.md come from here. Slow (two OCR passes per page).
 * `--dir DIR` reads another folder of pages in the corpus's format (`<page>.html` + `<page>.gt.json`),
 * e.g. the other EHR layouts `npx tsx bench/detect/probe.ts --write DIR` writes. `--show-leaks`
 * prints the ground-truth strings OCR still read with the extension (the pages here are synthetic).
 */
import { startStaticServer } from '../../scripts/static-server';
import { CORPUS_DIR, corpusPages, readPage, type PageReading } from '../../tests/e2e/masking-corpus';
import { EXTENSION_DIR, launchChromium } from './launch';

const showLeaks = process.argv.includes('--show-leaks');
const dirFlag = process.argv.indexOf('--dir');
const pagesDir = dirFlag >= 0 ? folderArgument(process.argv[dirFlag + 1]) : CORPUS_DIR;

function folderArgument(value: string | undefined): string {
  if (!value) throw new Error('--dir needs a folder');
  return value;
}

async function main() {
  const corpus = await startStaticServer([pagesDir]);
  const plain = await launchChromium();
  const shielded = await launchChromium(EXTENSION_DIR);
  const [plainPage, shieldedPage] = await Promise.all([plain.context.newPage(), shielded.context.newPage()]);
  const totals = { phi: 0, phiReadWithout: 0, phiReadWith: 0, other: 0, otherReadWithout: 0, otherReadWith: 0 };
  try {
    for (const page of corpusPages(pagesDir)) {
      const url = `${corpus.url}/${page.file}`;
      await plainPage.goto(url);
      const without: PageReading = await readPage(plainPage, page);
      await shieldedPage.goto(url);
      await shieldedPage.locator('html[data-phi-shield~="ready"]').waitFor({ state: 'attached' });
      const withShield: PageReading = await readPage(shieldedPage, page);
      totals.phi += page.phi.length;
      totals.phiReadWithout += without.phiRead.length;
      totals.phiReadWith += withShield.phiRead.length;
      totals.other += without.otherWords.length;
      totals.otherReadWithout += without.otherRead.length;
      totals.otherReadWith += withShield.otherRead.length;
      console.log(`${page.file}: PHI read ${withShield.phiRead.length}/${without.phiRead.length} (with/without); other words ${withShield.otherRead.length}/${without.otherRead.length}`);
      // Synthetic pages only (Synthea, faker), so naming what leaked exposes no one.
      if (showLeaks && withShield.phiRead.length > 0) console.log(`  read with the extension: ${withShield.phiRead.map((value) => JSON.stringify(value)).join(', ')}`);
    }
  } finally {
    await Promise.all([plain.close(), shielded.close()]);
    corpus.server.close();
  }
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  console.log(`PHI strings: ${totals.phi}; OCR reads ${totals.phiReadWithout} without the extension, ${totals.phiReadWith} with it: leak rate ${pct(totals.phiReadWith, totals.phiReadWithout)}`);
  console.log(`Other words: ${totals.other}; OCR reads ${totals.otherReadWithout} without, ${totals.otherReadWith} with: ${pct(totals.otherReadWith, totals.otherReadWithout)} of the readable non-PHI text stays readable`);
  console.log(JSON.stringify({ bench: 'mask-corpus-ocr', ...totals }));
}

await main();
