import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server';
import { launchWithExtension, shieldReady, type ExtensionBrowser } from './extension-browser';
import { CORPUS_DIR, corpusPages, readPage, type CorpusPage, type PageReading } from './masking-corpus';

/** One page per patient, rotating through the views, so every view is read. */
function onePagePerPatient(pages: CorpusPage[]): CorpusPage[] {
  const views = ['chart', 'encounters', 'notes'];
  const patients = [...new Set(pages.map((p) => p.file.split('.')[0]))];
  return patients.map((patient, i) => pages.find((p) => p.file === `${patient}.${views[i % views.length]}.html`)!);
}

describe('no ground-truth PHI readable on the EHR corpus', () => {
  let browser: ExtensionBrowser;
  let corpus: Awaited<ReturnType<typeof startStaticServer>>;

  beforeAll(async () => {
    corpus = await startStaticServer([CORPUS_DIR]);
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    corpus?.server.close();
  });

  // OCR is slow: four pages here, one per patient and every view among them; bench/mask/corpus-ocr.ts
  // reads all twelve, with and without the extension, for docs/masking.md.
  it('OCR of a full-page screenshot of corpus pages reads none of their PHI', async () => {
    const page = await browser.context.newPage();
    const readings: (PageReading & { file: string; phi: number })[] = [];
    for (const corpusPage of onePagePerPatient(corpusPages())) {
      await page.goto(`${corpus.url}/${corpusPage.file}`);
      await shieldReady(page);
      readings.push({ file: corpusPage.file, phi: corpusPage.phi.length, ...(await readPage(page, corpusPage)) });
    }
    const phi = readings.reduce((n, r) => n + r.phi, 0);
    const leaked = readings.flatMap((r) => r.phiRead.map((value) => `${r.file}: ${value}`));
    const other = readings.reduce((n, r) => n + r.otherWords.length, 0);
    const otherRead = readings.reduce((n, r) => n + r.otherRead.length, 0);
    console.log(`corpus: ${readings.length} pages, ${leaked.length}/${phi} PHI strings readable; ${otherRead}/${other} other words readable`);
    expect(otherRead).toBeGreaterThan(0); // OCR worked on these screenshots
    expect(leaked).toEqual([]);
    await page.close();
  });
});
