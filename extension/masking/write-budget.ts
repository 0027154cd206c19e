/** Swaps of one target allowed per second before the shield stops writing it. */
const WRITES_PER_SECOND = 30;

/**
 * Guards against pages that write back every change to their own title or attributes: the
 * page's observer and the shield's would otherwise swap the value in turn, for ever, and freeze
 * the tab. A target swapped too often in one second is left as the page wants it (a visible
 * warning says so): a frozen EHR is worse than one attribute or the tab title unmasked.
 */
export class WriteBudget {
  private readonly writes = new WeakMap<object, { windowStart: number; count: number }>();
  private warned = false;

  allow(target: object): boolean {
    const now = performance.now();
    const entry = this.writes.get(target);
    if (!entry || now - entry.windowStart > 1_000) {
      this.writes.set(target, { windowStart: now, count: 1 });
      return true;
    }
    entry.count++;
    if (entry.count <= WRITES_PER_SECOND) return true;
    if (!this.warned) {
      this.warned = true;
      console.warn('[PHI Shield] this page rewrites a masked title or attribute as fast as it is masked; it is left unmasked to keep the page working');
    }
    return false;
  }
}
