import type { PhiType } from '../../shared/phi-types';
import { contextOf } from './label-context';
import type { MaskStyle } from './mask-style-sheet';
import { maskText } from './masked-text';
import type { PlaceholderLabels } from './placeholder-labels';
import { MASKED_ATTRIBUTES } from './text-blocks';
import type { WriteBudget } from './write-budget';

interface Swapped {
  original: string;
  masked: string;
  types: PhiType[];
}

/**
 * Attributes that are drawn or shown as tooltips (title, alt, aria-label, placeholder) cannot be
 * highlighted, so a value holding PHI is swapped for its masked form and the original kept here to
 * restore on reveal. A mutation that writes back the masked value is our own and is ignored, so
 * pages that rewrite their attributes never loop with the shield.
 */
export class AttributeMask {
  private readonly swapped = new Map<Element, Map<string, Swapped>>();
  private revealed = false;

  constructor(
    private readonly placeholders: PlaceholderLabels,
    private readonly style: MaskStyle,
    private readonly budget: WriteBudget,
  ) {}

  /** Masks the element's attributes that hold PHI; `whole` masks every value (a private element). */
  update(element: Element, whole: boolean): PhiType[] {
    const types: PhiType[] = [];
    for (const name of MASKED_ATTRIBUTES) {
      const value = element.getAttribute(name);
      const entries = this.swapped.get(element);
      const known = entries?.get(name);
      // A blank value holds nothing to mask, so its labels are not read either: a table with an
      // empty title on every row (the corpus's encounter lists) paid a label walk and a detection for each.
      if (value === null || value.trim() === '') {
        entries?.delete(name);
        continue;
      }
      if (known && value === (this.revealed ? known.original : known.masked)) {
        types.push(...known.types);
        continue;
      }
      const masked = maskText(value, contextOf(element), this.style, this.placeholders, whole);
      if (!masked) {
        entries?.delete(name);
        continue;
      }
      const entry = { original: value, masked: masked.text, types: masked.types };
      this.swapped.set(element, (entries ?? new Map()).set(name, entry));
      if (!this.revealed && this.budget.allow(element)) element.setAttribute(name, masked.text);
      types.push(...masked.types);
    }
    return types;
  }

  setRevealed(revealed: boolean): void {
    this.revealed = revealed;
    this.forgetDetached();
    for (const [element, entries] of this.swapped) {
      for (const [name, entry] of entries) element.setAttribute(name, revealed ? entry.original : entry.masked);
    }
  }

  /** Restores every original value and forgets them (protection switched off). */
  restoreAll(): void {
    this.setRevealed(true);
    this.swapped.clear();
  }

  forgetDetached(): void {
    for (const element of this.swapped.keys()) if (!element.isConnected) this.swapped.delete(element);
  }

  counts(into: Partial<Record<PhiType, number>>): void {
    for (const entries of this.swapped.values()) for (const entry of entries.values()) for (const type of entry.types) into[type] = (into[type] ?? 0) + 1;
  }
}
