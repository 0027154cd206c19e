/**
 * The page-wide masking state, kept as tokens on <html data-phi-shield="...">, which the
 * manifest stylesheet reads before first paint:
 * - no attribute: the content script has not started; the page stays hidden (a CSS failsafe
 *   shows it after a few seconds, so a page whose script died is not left unusable);
 * - `loading`: started, first scan not done: the page stays hidden (opacity 0);
 * - `ready`: the first scan masked the page; from now on masks follow mutations;
 * - `panic`: the shortcut blurred the whole page; `reveal`: reveal mode; `off`: protection is off here;
 * - `pdf`: the browser's PDF viewer shows this document; it stays hidden whole while masked (pdf-cover.ts).
 */
export type ShieldToken = 'loading' | 'ready' | 'panic' | 'reveal' | 'off' | 'pdf';

export const STATE_ATTRIBUTE = 'data-phi-shield';

export class ShieldState {
  private readonly tokens = new Set<ShieldToken>();

  constructor(private readonly doc: Document) {}

  has(token: ShieldToken): boolean {
    return this.tokens.has(token);
  }

  set(token: ShieldToken, on: boolean): void {
    if (on) this.tokens.add(token);
    else this.tokens.delete(token);
    this.write();
  }

  /** Writes the tokens now, or as soon as <html> exists (at document_start it may not yet). */
  private write(): void {
    const html = this.doc.documentElement;
    if (html) {
      html.setAttribute(STATE_ATTRIBUTE, [...this.tokens].join(' '));
      return;
    }
    const observer = new MutationObserver(() => {
      if (!this.doc.documentElement) return;
      observer.disconnect();
      this.write();
    });
    observer.observe(this.doc, { childList: true });
  }
}
