import type { PageSettings } from '../messages';
import { HIGHLIGHT_NAME } from './highlight-mask';
import { STATE_ATTRIBUTE } from './shield-state';

export type MaskStyle = PageSettings['maskStyle'];

/** Marks a form field whose value is masked. */
export const FIELD_ATTRIBUTE = 'data-phi-shield-field';
/** Marks an image (patient photo, or in PHI context) that is covered. */
export const COVER_ATTRIBUTE = 'data-phi-shield-cover';
/** Marks the shield's cover over a PDF document (pdf-cover.ts): shown only while this sheet masks. */
export const PDF_COVER_ATTRIBUTE = 'data-phi-shield-pdf-cover';

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
html[${STATE_ATTRIBUTE}~='pdf'] body { opacity: 0 !important; }
[${PDF_COVER_ATTRIBUTE}] { display: flex !important; }
`;
}

/**
 * One constructed stylesheet per document, adopted by the document and by every shadow root the
 * shield masks in (a document's styles never reach into shadow trees). Changing the look or
 * revealing the page rewrites this one sheet, which updates every root at once.
 */
export class MaskStyleSheet {
  private readonly sheet: CSSStyleSheet;
  private style: MaskStyle = 'block';
  private revealed = false;

  constructor(doc: Document) {
    this.sheet = new (doc.defaultView!.CSSStyleSheet)();
    this.render();
  }

  /** Adopts the sheet into `root` unless it is there already (pages may reassign their own sheets). */
  adoptInto(root: Document | ShadowRoot): void {
    if (!root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  setStyle(style: MaskStyle): void {
    this.style = style;
    this.render();
  }

  setRevealed(revealed: boolean): void {
    this.revealed = revealed;
    this.render();
  }

  private render(): void {
    this.sheet.replaceSync(this.revealed ? '' : rulesFor(this.style));
  }
}
