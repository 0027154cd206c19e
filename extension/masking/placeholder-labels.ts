import type { PhiType } from '../../shared/phi-types';

/**
 * Consistent stand-ins for masked values ("[NAME 1]", "[DATE 2]"): the same value gets the same
 * label everywhere on the page, so a screen share reads naturally without showing the value.
 * Values are kept only in this page's memory, normalised as the value digest normalises them.
 */
export class PlaceholderLabels {
  private readonly byType = new Map<PhiType, Map<string, number>>();

  labelFor(type: PhiType, value: string): string {
    const normalised = value.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const numbers = this.byType.get(type) ?? new Map<string, number>();
    this.byType.set(type, numbers);
    let n = numbers.get(normalised);
    if (n === undefined) {
      n = numbers.size + 1;
      numbers.set(normalised, n);
    }
    return `[${type} ${n}]`;
  }
}
