import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPage } from '../../bench/detect/html-blocks';
import { generateHoldoutPages } from '../../bench/detect/holdout-pages';
import { generateProbePages } from '../../bench/detect/probe-pages';
import { generateUnseenPages } from '../../bench/detect/unseen-pages';
import { generateBlindPages } from '../../bench/detect/blind-pages';
import { generateFifthPages } from '../../bench/detect/fifth-pages';
import { generateSixthPages } from '../../bench/detect/sixth-pages';
import { startStaticServer } from '../../scripts/static-server';
import { detectBlocks } from '../../shared/detect';
import { launchWithExtension, maskedTexts, shieldReady, type ExtensionBrowser } from './extension-browser';
import { CORPUS_DIR } from './masking-corpus';

/**
 * The detection benchmark scores pages through an HTML stand-in for the extension's DOM walker
 * (bench/detect/html-blocks.ts). Its figures hold for the product only if the extension, reading the
 * live DOM, masks the same text: every text the stand-in's spans cover, and nothing else.
 */
describe('the extension masks what the benchmark stand-in masks', () => {
  let browser: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  const generated = mkdtempSync(path.join(tmpdir(), 'phi-parity-'));

  beforeAll(async () => {
    for (const page of [...generateProbePages(), ...generateHoldoutPages(), ...generateUnseenPages(), ...generateBlindPages(), ...generateFifthPages(), ...generateSixthPages()]) writeFileSync(path.join(generated, `${page.name}.html`), page.html);
    server = await startStaticServer([CORPUS_DIR, generated]);
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    server?.server.close();
    rmSync(generated, { recursive: true, force: true });
  });

  const pagesIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.html')).map((file) => path.join(dir, file));

  it.each([
    ['the reference corpus', () => pagesIn(CORPUS_DIR)],
    ["the detection probe's, held-out, unseen and three blind sets' layouts", () => pagesIn(generated)],
  ])('on %s', async (_, pages) => {
    const tab = await browser.context.newPage();
    const differences: string[] = [];
    let masked = 0;
    for (const file of pages()) {
      const standIn = standInMaskedTexts(readFileSync(file, 'utf8'));
      await tab.goto(`${server.url}/${path.basename(file)}`);
      await shieldReady(tab);
      const extension = (await maskedTexts(tab)).map(normalise);
      masked += extension.length;
      for (const text of without(standIn, extension)) differences.push(`${path.basename(file)}: only the stand-in masks "${text}"`);
      for (const text of without(extension, standIn)) differences.push(`${path.basename(file)}: only the extension masks "${text}"`);
    }
    expect(masked).toBeGreaterThan(100);
    expect(differences).toEqual([]);
    await tab.close();
  });
});

function standInMaskedTexts(html: string): string[] {
  const { blocks } = extractPage(html);
  return detectBlocks(blocks).flatMap((spans, b) => spans.map((s) => normalise(blocks[b]!.nodes[s.nodeIndex]!.slice(s.start, s.end))));
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The texts of `texts` left after taking out one of `others` for each. */
function without(texts: string[], others: string[]): string[] {
  const left = new Map<string, number>();
  for (const text of others) left.set(text, (left.get(text) ?? 0) + 1);
  return texts.filter((text) => {
    const count = left.get(text) ?? 0;
    left.set(text, count - 1);
    return count <= 0;
  });
}
