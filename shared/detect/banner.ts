/**
 * What marks an element as a page header or patient banner: `<header>`, role=banner, or a "banner"
 * or "patient-header" class. A name inside one is the chart's patient, which the engine then looks
 * for everywhere on the page. Asked by the extension's DOM walker and by the benchmark's HTML
 * stand-in, so both read a page alike.
 */
const BANNER_CLASS = /\b(?:banner|patient-?header)\b/i;

/** How many ancestors up a banner may be: a layout wrapped in one header is not all banner. */
export const BANNER_DEPTH = 6;

export function marksBanner(tagName: string, role: string | null | undefined, className: string | null | undefined): boolean {
  return tagName === 'header' || role === 'banner' || (!!className && BANNER_CLASS.test(className));
}
