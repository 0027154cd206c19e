import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { normalise, ocr } from './masking-ocr';
import { ROOT } from './paths';

/** The reference corpus of EHR screens with ground-truth PHI (see its README). */
export const CORPUS_DIR = path.join(ROOT, '../shared/corpus/ehr-pages');

export interface CorpusPage {
  file: string;
  /** Distinct PHI strings on the page, from its ground truth. */
  phi: string[];
}

/** Pages with ground truth in `dir` (the reference corpus by default; any folder in its format). */
export function corpusPages(dir = CORPUS_DIR): CorpusPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gt.json'))
    .sort()
    .map((gt) => {
      const truth = JSON.parse(readFileSync(path.join(dir, gt), 'utf8')) as { spans: { text: string }[] };
      return { file: gt.replace('.gt.json', '.html'), phi: [...new Set(truth.spans.map((s) => s.text))] };
    });
}

export interface PageReading {
  /** Ground-truth PHI strings OCR read on the screenshot. */
  phiRead: string[];
  /** Words of the page's other text (4+ letters, not part of any PHI string) and those OCR read. */
  otherWords: string[];
  otherRead: string[];
}

/** Screenshots the whole page and reads it with OCR: what a viewer of the screen could read. */
export async function readPage(page: Page, corpusPage: CorpusPage): Promise<PageReading> {
  const text = normalise(ocr(await page.screenshot({ fullPage: true })));
  const phiWords = new Set(corpusPage.phi.flatMap((value) => value.toLowerCase().split(/[^\p{L}]+/u)));
  const pageText = await page.evaluate(() => document.body.innerText);
  const otherWords = [...new Set(pageText.toLowerCase().match(/\p{L}{4,}/gu) ?? [])].filter((w) => !phiWords.has(w));
  return {
    phiRead: corpusPage.phi.filter((value) => normalise(value).length >= 4 && text.includes(normalise(value))),
    otherWords,
    otherRead: otherWords.filter((w) => text.includes(w)),
  };
}
