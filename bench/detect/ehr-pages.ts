/** Loads the reference corpus of EHR pages (HTML + ground truth) from shared/corpus/ehr-pages. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPhiType } from '../../shared/phi-types';
import { extractPage, type Page } from './html-blocks';
import type { Labelled } from './score';

export interface CorpusPage {
  name: string;
  page: Page;
  truth: Labelled[];
}

/** The corpus lives beside the repository: <repo>/../shared/corpus/ehr-pages. */
export const EHR_PAGES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/ehr-pages');

interface GroundTruth {
  spans: { type: string; flatStart: number; flatEnd: number }[];
}

export function loadEhrPages(dir = EHR_PAGES_DIR): CorpusPage[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const page = extractPage(readFileSync(path.join(dir, file), 'utf8'));
      const truthFile = JSON.parse(readFileSync(path.join(dir, file.replace(/\.html$/, '.gt.json')), 'utf8')) as GroundTruth;
      const truth: Labelled[] = [];
      for (const span of truthFile.spans) {
        if (!isPhiType(span.type)) throw new Error(`unknown PHI type in ${file}`);
        truth.push({ start: span.flatStart, end: span.flatEnd, type: span.type });
      }
      return { name: file.replace(/\.html$/, ''), page, truth };
    });
}
