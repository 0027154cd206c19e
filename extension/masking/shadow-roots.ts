import { browser } from 'wxt/browser';

/**
 * Dispatched (bubbling, composed) on a host by the main-world patch of attachShadow
 * (entrypoints/shadow-patch.content.ts), so the shield learns of every shadow root, open or
 * closed, when it is attached: roots attached after a host was scanned (custom elements defined
 * late) would otherwise never be seen.
 */
export const SHADOW_ATTACHED_EVENT = 'phi-shield:shadow-attached';

/**
 * The elements a shadow root can be attached to, by script or by the parser (the DOM standard's
 * "valid shadow host name"), besides custom elements: only these are worth asking the extension
 * API about, so a table's thousands of cells cost nothing.
 */
const SHADOW_HOST_NAMES = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span',
]);

/**
 * Finds shadow roots for the shield. Open roots are `host.shadowRoot`; closed ones come from the
 * extension API `dom.openOrClosedShadowRoot` (below), asked for every element that can host a root while
 * the walk passes it: declarative roots (`<template shadowrootmode="closed">`) are made by the
 * parser without attachShadow, so nothing announces them. Roots attached by script after their
 * host was walked are announced by the main-world patch instead. Listening starts at
 * document_start, before the shield has loaded: roots announced until then are kept and handed
 * over, in order, by `deliverTo`.
 */
export class ShadowRoots {
  private readonly early: ShadowRoot[] = [];
  private onRoot: ((root: ShadowRoot) => void) | null = null;

  /** Listens for announcements on a document or a shadow root (a nested host's event reaches only the root above it unretargeted). */
  listen(target: Document | ShadowRoot): void {
    target.addEventListener(SHADOW_ATTACHED_EVENT, this.onAttached, true);
  }

  /** From now on every root found goes to `onRoot`, starting with those found so far. */
  deliverTo(onRoot: (root: ShadowRoot) => void): void {
    this.onRoot = onRoot;
    for (const root of this.early.splice(0)) onRoot(root);
  }

  rootOf = (host: Element): ShadowRoot | null => {
    if (host.shadowRoot) return host.shadowRoot;
    if (!(host instanceof HTMLElement) || !canHostShadow(host)) return null;
    return openOrClosedShadowRoot(host);
  };

  private readonly onAttached = (event: Event): void => {
    const root = event.target instanceof Element ? this.rootOf(event.target) : null;
    if (!root) return;
    // Announced before the shield has walked it: hosts attached inside it are announced from here on.
    this.listen(root);
    if (this.onRoot) this.onRoot(root);
    else this.early.push(root);
  };
}

/**
 * Chrome (88+) and Safari have the `dom` API; Firefox has none and gives content scripts the
 * `element.openOrClosedShadowRoot` property instead (Firefox 63+). Without this, every walk would
 * throw on Firefox and leave the page hidden.
 */
function openOrClosedShadowRoot(element: HTMLElement): ShadowRoot | null {
  if (browser.dom) return browser.dom.openOrClosedShadowRoot(element) ?? null;
  return (element as HTMLElement & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
}

function canHostShadow(element: HTMLElement): boolean {
  return element.localName.includes('-') || SHADOW_HOST_NAMES.has(element.localName);
}
