import type { BrowserContext, Page } from 'playwright-core';

/** One load, in ms since navigation start, in the page's own clock. */
export interface LoadTiming {
  domInteractive: number;
  domContentLoaded: number;
  load: number;
  /** When the shield marked the page masked (`ready`), or the load event if later or never. */
  ready: number;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Records when the shield marks the page ready. Added to every context, with or without the
 * extension, so each pays for the same init script and observer and only the extension differs.
 */
export async function instrumentLoads(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as Window & { phiShieldReadyAt?: number };
    new MutationObserver(() => {
      if (w.phiShieldReadyAt === undefined && document.documentElement?.getAttribute('data-phi-shield')?.split(' ').includes('ready')) {
        w.phiShieldReadyAt = performance.now();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-phi-shield'] });
  });
}

/** Navigates to `url` until the load event and, where a shield runs, until it has masked the page. */
export async function timedLoad(page: Page, url: string): Promise<LoadTiming> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as Window & { phiShieldReadyAt?: number }).phiShieldReadyAt !== undefined || !document.documentElement.hasAttribute('data-phi-shield'));
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const readyAt = (window as Window & { phiShieldReadyAt?: number }).phiShieldReadyAt ?? 0;
    return { domInteractive: nav.domInteractive, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, ready: Math.max(nav.loadEventEnd, readyAt) };
  });
}

/**
 * Loads `url` `runs` times in every tab, each run in a random order, so machine noise and whatever
 * a previous load left running fall on every tab alike. Not A B C, C B A: there the build in the
 * middle came out 0.05-0.18x worse than an equal build listed last (load-variants.ts, copies of one
 * build, and two builds with their places swapped), likely because it never followed its own
 * load while the tabs at the ends did half the time. Returns each tab's loads.
 */
export async function interleavedLoads(tabs: Page[], url: string, runs: number): Promise<LoadTiming[][]> {
  const loads: LoadTiming[][] = tabs.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (const i of shuffled(tabs.map((_, i) => i))) loads[i]!.push(await timedLoad(tabs[i]!, url));
  }
  return loads;
}

/** The values in a random order (Fisher-Yates), in place. */
export function shuffled<T>(values: T[]): T[] {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
  return values;
}
