import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EHR_PAGES_DIR, loadEhrPages } from '../../bench/detect/ehr-pages';
import { emptyScore, precision, recall, scoreDocument, type Labelled } from '../../bench/detect/score';
import { detectBlocks } from './index';

// Floors below what the engine reaches today (recall 1.00, precision 0.92; see docs/detection.md),
// so a regression fails here. The corpus sits beside the repository; CI checks it out there.
const RECALL_FLOOR = 0.99;
const PRECISION_FLOOR = 0.9;

describe('reference EHR pages', () => {
  it('the corpus is present', () => {
    expect(existsSync(EHR_PAGES_DIR), EHR_PAGES_DIR).toBe(true);
  });

  it(`recall >= ${RECALL_FLOOR} and precision >= ${PRECISION_FLOOR} at word level`, { timeout: 60_000 }, () => {
    const score = emptyScore();
    for (const { page, truth } of loadEhrPages()) {
      const results = detectBlocks(page.blocks);
      const predicted: Labelled[] = [];
      const segments: [number, number][] = [];
      page.blocks.forEach((block, b) => {
        block.nodes.forEach((node, n) => segments.push([block.nodeOffsets[n]!, block.nodeOffsets[n]! + node.length]));
        for (const span of results[b]!) {
          const offset = block.nodeOffsets[span.nodeIndex]!;
          predicted.push({ start: offset + span.start, end: offset + span.end, type: span.type });
        }
      });
      scoreDocument(score, page.text, segments, truth, predicted);
    }
    expect(score.overall.truth).toBeGreaterThan(1000);
    expect(recall(score.overall)).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(precision(score.overall)).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });
});
