import { browser } from 'wxt/browser';

/**
 * Dispatched (bubbling, composed) on a host by the main-world patch of attachShadow
 * (entrypoints/shadow-patch.content.ts), so the shield learns of every shadow root, open or
 * closed, when it is attached: roots attached after a host was scanned (custom elements defined
 * late) would otherwise never be seen.
 */
export const SHADOW_ATTACHED_EVENT = 'phi-shield:shadow-attached';

/**
 * Finds shadow roots for the shield. Open roots are `host.shadowRoot`; closed ones come from the
 * extension API `dom.openOrClosedShadowRoot`, asked only for hosts the patch announced (asking
 * for every element of a large page would cost a call per element). Listening starts at
 * document_start, before the shield has loaded: roots announced until then are kept and handed
 * over, in order, by `deliverTo`.
 */
export class ShadowRoots {
  private readonly closed = new WeakMap<Element, ShadowRoot>();
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

  rootOf = (host: Element): ShadowRoot | null => host.shadowRoot ?? this.closed.get(host) ?? null;

  private readonly onAttached = (event: Event): void => {
    const host = event.target;
    if (!(host instanceof HTMLElement)) return;
    const root = host.shadowRoot ?? browser.dom.openOrClosedShadowRoot(host);
    if (!root) return;
    if (root.mode === 'closed') this.closed.set(host, root);
    this.listen(root);
    if (this.onRoot) this.onRoot(root);
    else this.early.push(root);
  };
}
