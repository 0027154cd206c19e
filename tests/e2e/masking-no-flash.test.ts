import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './extension-browser';
import { ocr } from './masking-ocr';
import { framesLeaking, recordScreencast } from './screencast';

const PLANTED = ['Marisol Quintanilla', '04/17/1958', '512-44-8120', '623-11-4455', '734-22-5566', '845-33-6677'];

// A slow EHR page streamed in chunks, as a busy server sends it. The chunks after the first
// 1.5 s arrive after the shield's first scan (it does not wait for a page that never finishes
// parsing), including one value split across two chunks, so the text node grows while masked.
const CHUNKS: [delayMs: number, html: string][] = [
  [0, `<!doctype html><html><head><meta charset="utf-8"><title>Chart</title><style>body{font:22px/1.6 system-ui,sans-serif;margin:24px;color:#111;background:#fff} td{padding:4px 16px}</style></head><body>`],
  [150, `<h1>Encounter summary</h1><p>Blood pressure 128/82 mmHg, heart rate 72 bpm.</p>`],
  [300, `<div>Patient: <strong>Marisol Quintanilla</strong></div><div>DOB: 04/17/1958</div>`],
  [400, `<table><thead><tr><th>Member</th><th>SSN</th></tr></thead><tbody><tr><td>Self</td><td>512-44-8120</td></tr>`],
  [400, `<tr><td>Spouse</td><td>623-11-4455</td></tr>`],
  [700, `<tr><td>Son</td><td>734-22-5566</td></tr></tbody></table>`],
  [400, `<p>Emergency contact SSN: 845-33`],
  [300, `-6677 (on file)</p>`],
  [300, `<p>Heart sounds regular, lungs clear.</p></body></html>`],
];

function startStreamingServer(): Promise<{ url: string; server: Server }> {
  const server = createServer(async (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    for (const [delay, html] of CHUNKS) {
      await new Promise((r) => setTimeout(r, delay));
      // Padding makes Chromium parse and paint each chunk as it arrives instead of buffering it.
      res.write(`${html}<!--${' '.repeat(2048)}-->`);
    }
    res.end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, server })));
}

describe('no flash of PHI while a slow page streams in', () => {
  let browser: ExtensionBrowser;
  let streaming: { url: string; server: Server };

  beforeAll(async () => {
    browser = await launchWithExtension();
    streaming = await startStreamingServer();
  });
  afterAll(async () => {
    streaming?.server.close();
    await browser?.close();
  });

  it('shows no planted PHI to OCR in any screencast frame from the first paint to the end of loading', async () => {
    const page = await browser.context.newPage();
    const frames = await recordScreencast(browser.context, page, async () => {
      await page.goto(streaming.url, { waitUntil: 'load' });
      await page.waitForTimeout(500);
    });
    expect(frames.length).toBeGreaterThan(3);
    expect(framesLeaking(frames, PLANTED)).toEqual([]);
    // The reading works: ordinary text is readable once masked.
    expect(ocr(frames.at(-1)!)).toMatch(/Blood pressure/);
    await page.close();
  });
});
