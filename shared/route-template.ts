/**
 * Where an event happened, without identifying anyone: origin plus the path with its query string,
 * fragment and ID-like segments removed. "/Patient/123/chart?mrn=9" becomes "/Patient/:id/chart".
 */
export function routeTemplate(url: string): { origin: string; route: string } {
  const parsed = new URL(url);
  const segments = parsed.pathname
    .split('/')
    .map((segment) => (segment === '' || !isIdLike(decodeSafe(segment)) ? segment : ':id'));
  return { origin: parsed.origin, route: segments.join('/') || '/' };
}

const WORD = /^[A-Za-z][A-Za-z_-]*(?:\.[a-z0-9]{1,5})?$/;

/**
 * Keeps only segments that read as words ("chart", "encounters", "index.html"); anything with a
 * digit, an @, a space or a long run of letters that could be a name or token is replaced. Names in
 * paths ("/patients/john-smith") are rare but possible, so capitalised multi-part slugs go too.
 */
function isIdLike(segment: string): boolean {
  if (segment.length > 40) return true;
  if (!WORD.test(segment)) return true;
  return /^[A-Z][a-z]+[-_][A-Z][a-z]+/.test(segment);
}

function decodeSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
