import { PHI_TYPES } from '../../shared/phi-types';
import type { PageSettings } from '../messages';

/**
 * Whether two settings mask a page alike: the same look, provider-name rule, PHI types (absent
 * means every type), site rules and terms. Reveal rules, the digest key and the presenting
 * indicator change no mask, so a page need not be scanned again for them.
 */
export function sameMasking(a: PageSettings, b: PageSettings): boolean {
  return (
    a.maskStyle === b.maskStyle &&
    a.maskProviderNames === b.maskProviderNames &&
    sameList(a.customSelectors, b.customSelectors) &&
    sameList(a.customTerms, b.customTerms) &&
    sameSet(a.phiTypes ?? PHI_TYPES, b.phiTypes ?? PHI_TYPES)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((value) => set.has(value));
}
