import type { PageSettings } from '../messages';
import { HIGHLIGHT_NAME } from './highlight-mask';

export type MaskStyle = PageSettings['maskStyle'];

/** Marks a form field whose value is masked. */
export const FIELD_ATTRIBUTE = 'data-phi-shield-field';
/** Marks an image (patient photo, or in PHI context) that is covered. */
export const COVER_ATTRIBUTE = 'data-phi-shield-cover';

const BLOCK = '#1f2937';

/**
 * The masking rules for one look. `::highlight()` accepts only colours, shadows and decorations,
 * so text "blur" is drawn as transparent glyphs with a wide text-shadow: the word's shape smears
 * into an unreadable cloud. 'placeholder' draws text as blocks (the labels such as "[NAME 1]"
 * replace attribute and title values, which can hold text; see attribute-mask.ts).
 */
function rulesFor(style: MaskStyle): string {
  const text =
    style === 'blur'
      ? `color: transparent !important; background-color: transparent !important; text-shadow: 0 0 9px #374151, 0 0 4px #374151 !important;`
      : `color: transparent !important; background-color: ${BLOCK} !important; text-shadow: none !important;`;
  const cover = style === 'blur' ? 'blur(14px)' : 'brightness(0)';
  return `
::highlight(${HIGHLIGHT_NAME}) { ${text} text-decoration: none !important; }
:is(input, textarea)[${FIELD_ATTRIBUTE}] { -webkit-text-security: square !important; }
select[${FIELD_ATTRIBUTE}] { color: transparent !important; text-shadow: none !important; background-color: ${BLOCK} !important; }
img[${COVER_ATTRIBUTE}] { filter: ${cover} !important; }
:is(canvas, embed, object, iframe[src$='.pdf' i], iframe[src*='.pdf?' i], iframe[src*='.pdf#' i]) { opacity: 0 !important; outline: 2px dashed #6b7280 !important; }
`;
}

/** On <html>: the chosen look, which the manifest stylesheet (entrypoints/content/style.css) follows in the document. */
export const STYLE_ATTRIBUTE = 'data-phi-shield-style';

/**
 * The mask's look. In the document it comes from the manifest stylesheet, there before the page's
 * first style computation: a sheet adopted at the first scan made the browser recompute every
 * element's style (its `::highlight()` rule matches any element), which doubled the style and
 * layout time of a large corpus page (measured in a trace). The look is a token on <html>, and
 * reveal and off are the shield state's tokens, so a change costs one recalculation when it
 * happens; a page cannot remove a manifest stylesheet either. Shadow roots, which document styles
 * never reach, adopt one constructed sheet with the same rules; changing the look or revealing
 * rewrites it, which updates every root at once.
 */
export class MaskStyleSheet {
  private readonly sheet: CSSStyleSheet;
  private style: MaskStyle = 'block';
  private revealed = false;
  private rendered: string | null = null;

  constructor(private readonly doc: Document) {
    this.sheet = new (doc.defaultView!.CSSStyleSheet)();
    this.render();
  }

  /** Adopts the sheet into a shadow root unless it is there already (pages may reassign their own sheets). */
  adoptInto(root: ShadowRoot): void {
    if (!root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  setStyle(style: MaskStyle): void {
    this.style = style;
    // Written only when it changes, and absent for the default look: any write to it recomputes
    // every element's highlight style.
    const html = this.doc.documentElement;
    if ((html.getAttribute(STYLE_ATTRIBUTE) ?? 'block') === style) return this.render();
    if (style === 'block') html.removeAttribute(STYLE_ATTRIBUTE);
    else html.setAttribute(STYLE_ATTRIBUTE, style);
    this.render();
  }

  setRevealed(revealed: boolean): void {
    this.revealed = revealed;
    this.render();
  }

  private render(): void {
    const rules = this.revealed ? '' : rulesFor(this.style);
    if (rules === this.rendered) return; // a rewrite recomputes styles in every root that adopted it
    this.sheet.replaceSync(rules);
    this.rendered = rules;
  }
}
