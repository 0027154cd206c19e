import { describe, expect, it } from 'vitest';
import { appendToChain, type EventDraft } from '../../shared/events';
import { describeEvent } from './event-labels';

const site = { origin: 'https://ehr.example.org', route: '/Patient/:id' };
const DEVICE = '6f1c2f0e-9a51-4a53-9e2b-3f0d8f0c1a11';

describe('describeEvent', () => {
  it.each<[EventDraft, string]>([
    [{ type: 'page_protected', site, counts: { NAME: 2, SSN: 1, DATE: 0 }, detectorVersion: '1' }, 'Names: 2, Social Security numbers: 1'],
    [{ type: 'page_protected', site, counts: {}, detectorVersion: '1' }, 'nothing masked'],
    [{ type: 'value_revealed', site, phiType: 'DATE', reason: 'emergency', ticket: 'INC-7', valueDigest: 'ab12cd34'.repeat(8) }, 'Dates; Emergency treatment (ticket INC-7); value #ab12cd34'],
    [{ type: 'page_revealed', site }, 'no reason required'],
    [{ type: 'reveal_ended', revealSeq: 4, durationMs: 12_345 }, 'reveal #4 masked again after 12.3 s'],
    [{ type: 'policy_changed', source: 'managed', changed: ['maskStyle', 'sites'] }, 'managed: maskStyle, sites'],
    [{ type: 'masking_failed', site, failure: 'closed_shadow_root', count: 3 }, 'closed shadow root × 3'],
    [{ type: 'extension_installed', reason: 'update', version: '0.2.0', previousVersion: '0.1.0' }, 'updated 0.1.0 → 0.2.0'],
  ])('describes %o', (draft, text) => {
    expect(describeEvent(appendToChain(draft, DEVICE, null, new Date()))).toBe(text);
  });
});
