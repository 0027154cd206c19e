/** The Navigation API (Chromium 102+), which TypeScript's DOM library does not describe yet. */
interface WindowWithNavigation extends Window {
  navigation?: EventTarget;
}

/**
 * Calls `onChange` after each same-document navigation (an SPA route change through
 * history.pushState, replaceState or back/forward), which the isolated world cannot see as calls.
 */
export function onRouteChange(doc: Document, onChange: () => void): void {
  (doc.defaultView as WindowWithNavigation | null)?.navigation?.addEventListener('navigatesuccess', onChange);
}
