import type { BrowserContext, Page } from 'playwright-core';
import { ocr, readableIn } from './masking-ocr';

/** Every frame Chromium paints on `page` while `during` runs (a CDP screencast), then a screenshot of the end state. */
export async function recordScreencast(context: BrowserContext, page: Page, during: () => Promise<void>): Promise<Buffer[]> {
  const cdp = await context.newCDPSession(page);
  const frames: Buffer[] = [];
  cdp.on('Page.screencastFrame', ({ data, sessionId }) => {
    frames.push(Buffer.from(data, 'base64'));
    void cdp.send('Page.screencastFrameAck', { sessionId }).catch(() => undefined);
  });
  await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
  await during();
  await cdp.send('Page.stopScreencast');
  await cdp.detach();
  frames.push(await page.screenshot());
  return frames;
}

/**
 * The frames (by index) on which OCR reads any planted value. OCR is slow: it reads at most eight
 * frames spread over the recording, always including the last.
 */
export function framesLeaking(frames: Buffer[], planted: readonly string[]): { frame: number; leaked: string[] }[] {
  const sample = [...new Set([...Array.from({ length: 7 }, (_, i) => Math.floor((i * (frames.length - 1)) / 7)), frames.length - 1])];
  return sample.map((i) => ({ frame: i, leaked: readableIn(ocr(frames[i]!), planted) })).filter((f) => f.leaked.length > 0);
}
