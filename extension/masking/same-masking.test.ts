import { describe, expect, it } from 'vitest';
import { PHI_TYPES } from '../../shared/phi-types';
import type { PageSettings } from '../messages';
import { PROTECTIVE_DEFAULTS } from './page-settings';
import { sameMasking } from './same-masking';

describe('sameMasking', () => {
  it.each<[string, Partial<PageSettings>, boolean]>([
    ['the same settings', {}, true],
    ['every PHI type listed, as policy sends them', { phiTypes: [...PHI_TYPES] }, true],
    ['every PHI type in another order', { phiTypes: [...PHI_TYPES].reverse() }, true],
    ['another reveal timeout, reason rule and digest key', { revealTimeoutMs: 5_000, reasonRequired: false, digestKey: 'ab'.repeat(32) }, true],
    ['presenting (the indicator only)', { presenting: { reveal: 'refuse' } }, true],
    ['protection switched off (handled by stopping, not rescanning)', { protectionEnabled: false }, true],
    ['another look', { maskStyle: 'blur' }, false],
    ['provider names masked', { maskProviderNames: true }, false],
    ['a site selector rule', { customSelectors: ['.card'] }, false],
    ['a site term', { customTerms: ['West wing'] }, false],
    ['fewer PHI types', { phiTypes: PHI_TYPES.filter((type) => type !== 'DATE') }, false],
  ])('%s', (_name, change, same) => {
    expect(sameMasking(PROTECTIVE_DEFAULTS, { ...PROTECTIVE_DEFAULTS, ...change })).toBe(same);
  });
});
