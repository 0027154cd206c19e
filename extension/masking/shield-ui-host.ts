/**
 * A host for the shield's own UI (reveal dialog, notices): a closed shadow root on <html>, outside
 * the page's body, so the page's scripts and styles cannot reach it and the loading or panic blur
 * (on body) does not cover it.
 */
export function createUiHost(doc: Document, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('phi-shield-ui');
  host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; inset: auto 16px 16px auto;';
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `:host { font: 14px/1.4 system-ui, sans-serif; color: #111827; } ${css}`;
  root.append(style);
  doc.documentElement.append(host);
  return { host, root };
}
