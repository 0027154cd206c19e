/** Page-author markers that say "never show this" (FullStory's and common session-replay conventions). */
const AUTHOR_MARKERS = ['[data-private]', '.fs-mask'];

/**
 * One selector for every subtree masked whole: the page author's markers plus the user's or
 * admin's rules for this site. A rule that is not a valid selector is dropped with a warning
 * (it must not disable the others).
 */
export function privateSelectorFor(doc: Document, customSelectors: readonly string[]): string {
  const valid = customSelectors.filter((selector) => {
    try {
      doc.createDocumentFragment().querySelector(selector);
      return true;
    } catch {
      console.warn('[PHI Shield] ignoring a masking rule that is not a valid CSS selector');
      return false;
    }
  });
  return [...AUTHOR_MARKERS, ...valid].join(', ');
}
