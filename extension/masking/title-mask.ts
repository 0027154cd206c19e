import type { PhiType } from '../../shared/phi-types';
import type { MaskStyle } from './mask-style-sheet';
import { maskText } from './masked-text';
import type { PlaceholderLabels } from './placeholder-labels';
import type { WriteBudget } from './write-budget';

/**
 * The tab title shows in the tab strip, window lists and screen-share pickers, so PHI in it is
 * replaced; the original is kept to restore on reveal. Writing the masked title back is our own
 * change and is recognised, so a page that keeps setting its title never loops with the shield.
 */
export class TitleMask {
  private original: string | null = null;
  private masked: string | null = null;
  private types: PhiType[] = [];
  private revealed = false;

  constructor(
    private readonly doc: Document,
    private readonly placeholders: PlaceholderLabels,
    private readonly style: MaskStyle,
    private readonly budget: WriteBudget,
  ) {}

  update(): void {
    const title = this.doc.title;
    if (title === this.masked || (this.revealed && title === this.original)) return;
    const masked = maskText(title, { labels: [] }, this.style, this.placeholders);
    this.original = masked ? title : null;
    this.masked = masked?.text ?? null;
    this.types = masked?.types ?? [];
    if (masked && !this.revealed && this.budget.allow(this.doc)) this.doc.title = masked.text;
  }

  setRevealed(revealed: boolean): void {
    this.revealed = revealed;
    if (this.original !== null && this.masked !== null) this.doc.title = revealed ? this.original : this.masked;
  }

  counts(into: Partial<Record<PhiType, number>>): void {
    for (const type of this.types) into[type] = (into[type] ?? 0) + 1;
  }
}
