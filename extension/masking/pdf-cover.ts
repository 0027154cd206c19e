import { createUiHost } from './shield-ui-host';
import type { ShieldState } from './shield-state';

/** Marks the cover; the manifest stylesheet (entrypoints/content/style.css) shows it only while the PDF is hidden. */
export const PDF_COVER_ATTRIBUTE = 'data-phi-shield-pdf-cover';

const CSS = `
section { max-width: 420px; padding: 18px 20px; font: 15px/1.4 system-ui, sans-serif; color: #111827; background: #fff; border-radius: 8px; box-shadow: 0 8px 24px #0006; }
h2 { font-size: 17px; margin: 0 0 8px; }
p { margin: 0 0 14px; }
`;

/** A document the browser shows in its PDF viewer (a tab or a frame navigated straight to a PDF). */
export function isPdfDocument(doc: Document): boolean {
  return doc.contentType === 'application/pdf';
}

/**
 * Hides a PDF shown by the browser's viewer: its text is drawn inside the viewer's own frames,
 * where no content script runs, so it cannot be scanned and is hidden whole (fail closed). The
 * `pdf` state token lets the manifest stylesheet hide the body and show this cover, which says
 * why and offers `openWithReason` (the page reveal: a reason first, logged, masked again after
 * the policy's timeout). Called before the first scan shows the page (state `ready`), so the
 * PDF is never shown in between. The `reveal` and `off` state tokens (reveal mode, the site's
 * off switch) lift those rules: the PDF shows and the cover hides.
 */
export function coverPdfDocument(doc: Document, state: ShieldState, openWithReason: () => void): void {
  state.set('pdf', true);
  const show = () => {
    const { host, root } = createUiHost(doc, CSS);
    host.setAttribute(PDF_COVER_ATTRIBUTE, '');
    // The whole viewport, so the hidden viewer under it cannot be clicked blind either.
    Object.assign(host.style, { inset: '0', background: '#282828', alignItems: 'center', justifyContent: 'center' });
    host.style.display = 'none'; // until the manifest stylesheet shows it (display: flex): not while revealed or off
    const section = doc.createElement('section');
    section.setAttribute('aria-labelledby', 'phi-shield-pdf-title');
    section.innerHTML = `
      <h2 id="phi-shield-pdf-title">PDF hidden: it may contain PHI</h2>
      <p>PHI Shield cannot mask text inside the browser's PDF viewer, so the whole document is hidden while protection is on for this site. Opening it asks for a reason, which is recorded in the audit log.</p>
      <button type="button">Open the PDF…</button>`;
    section.querySelector('button')!.addEventListener('click', openWithReason);
    root.append(section);
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', show, { once: true });
  else show();
}
