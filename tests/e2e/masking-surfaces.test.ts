import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AuditEvent } from '../../shared/events';
import { launchWithExtension, maskedTexts, openMaskedPage, shieldReady, type ExtensionBrowser } from './extension-browser';
import { dumpExtensionIndexedDb } from './leak-scan';
import { ocr, readableIn } from './masking-ocr';

// PHI planted on tests/e2e/pages/masking/surfaces.html and its frames, by surface.
const SHADOW_SSNS = ['623-11-4455', '734-22-5566', '845-33-6677'];
const FRAME_SSNS = { same: '956-44-7788', cross: '278-66-9900', blank: '167-55-8899' };
const PLANTED = ['Marisol Quintanilla', '04/17/1958', '512-44-8120', '03/22/1949', 'Tobias Vandermeer', '2027-03-26', 'Ilsabet Zorvanek', 'QX-7731-Z', 'Quendrith', 'Marlowby', '508-555-0143', '816-99-1234', ...SHADOW_SSNS, ...Object.values(FRAME_SSNS)];

describe('masking every surface of a page', () => {
  const stack = inject('stack');
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await openMaskedPage(browser, `${stack.pagesUrl}/masking/surfaces.html`);
  });
  afterAll(() => browser?.close());

  it('masks text, including a value split across elements, without changing the page text', async () => {
    await expect.poll(() => maskedTexts(page)).toEqual(expect.arrayContaining(['Marisol Quintanilla', '04/17/1958', '512-44', '-8120']));
    expect(await page.locator('#split').innerText()).toBe('SSN: 512-44-8120');
    expect(await maskedTexts(page)).not.toEqual(expect.arrayContaining([expect.stringContaining('128/82')]));
    // Added after the first scan, as an inline element and a text node.
    await expect.poll(() => maskedTexts(page)).toEqual(expect.arrayContaining(['816-', '99-1234']));
  });

  it('masks values laid out beside their labels with no text between them (a flex row)', async () => {
    await expect.poll(() => maskedTexts(page)).toEqual(expect.arrayContaining(['03/22/1949', 'Tobias Vandermeer']));
    expect(await maskedTexts(page)).not.toEqual(expect.arrayContaining([expect.stringContaining('Guarantor')]));
  });

  it('reads a name in a page header as the patient, masked wherever it recurs', async () => {
    await expect.poll(() => maskedTexts(page)).toEqual(expect.arrayContaining(['Lucinda', 'Lucinda']));
    expect((await maskedTexts(page)).filter((text) => text.includes('Lucinda'))).toHaveLength(2);
  });

  it('ends a block at a line break, so values on either side of a <br> are read apart', async () => {
    await expect.poll(() => maskedTexts(page)).toEqual(expect.arrayContaining(['2027-03-26']));
  });

  it('reads an ARIA grid column header as the label of the values under it', async () => {
    await expect.poll(() => maskedTexts(page)).toEqual(expect.arrayContaining(['Ilsabet Zorvanek', 'QX-7731-Z']));
    expect(await maskedTexts(page)).not.toEqual(expect.arrayContaining(['Guarantor', 'Member ID']));
  });

  it('reads a table header cell as a label, not as the value of the header before it', async () => {
    await expect.poll(async () => (await maskedTexts(page)).filter((text) => text === 'Ilsabet Zorvanek')).toHaveLength(2);
    expect(await maskedTexts(page)).not.toEqual(expect.arrayContaining([expect.stringContaining('Last Visit')]));
  });

  it("reads a spreadsheet grid's first row, not its column letters, as the labels of the cells under it", async () => {
    await expect.poll(() => maskedTexts(page)).toEqual(expect.arrayContaining(['Quendrith', 'Marlowby']));
    expect(await maskedTexts(page)).not.toEqual(expect.arrayContaining(['LastName', 'ok']));
  });

  it('swaps PHI out of title, aria-label and alt, and covers the patient photo but not the logo', async () => {
    const attributes = await page.evaluate(() => ({
      title: document.getElementById('abbr')!.title,
      ariaLabel: document.getElementById('call')!.getAttribute('aria-label'),
      photoCovered: document.getElementById('photo')!.hasAttribute('data-phi-shield-cover'),
      logoCovered: document.getElementById('logo')!.hasAttribute('data-phi-shield-cover'),
    }));
    expect(attributes).toMatchObject({ photoCovered: true, logoCovered: false });
    expect(attributes.title).toMatch(/^Born █+$/);
    expect(attributes.ariaLabel).toMatch(/^Call patient at █+$/);
  });

  it('masks the tab title', async () => {
    const title = await page.title();
    expect(title).toContain('Chart of');
    expect(readableIn(title, PLANTED)).toEqual([]);
  });

  it('masks form fields that hold PHI or are labelled as PHI, and a field while PHI is typed into it', async () => {
    const masked = (id: string) => page.locator(`#${id}`).evaluate((e) => e.hasAttribute('data-phi-shield-field') && getComputedStyle(e).getPropertyValue('-webkit-text-security') === 'square');
    for (const id of ['ssn-field', 'dob-field', 'note-field']) expect(await masked(id), id).toBe(true);
    expect(await page.locator('#patient-select').evaluate((e) => getComputedStyle(e).color)).toBe('rgba(0, 0, 0, 0)');
    expect(await masked('reason-field')).toBe(false);
    expect(await masked('search-field')).toBe(false);
    await page.locator('#search-field').pressSequentially('SSN 512-44-8120');
    expect(await masked('search-field')).toBe(true);
    // The page still reads what was typed: masking is paint-only.
    expect(await page.locator('#search-field').inputValue()).toBe('SSN 512-44-8120');
  });

  it('masks contenteditable text, including text typed into it', async () => {
    await expect.poll(() => maskedTexts(page)).toContain('508-555-0143');
    await page.locator('#editable').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' DOB 09/30/1961');
    await expect.poll(() => maskedTexts(page)).toContain('09/30/1961');
  });

  it('masks page-author markers (data-private, .fs-mask) whole', async () => {
    await expect.poll(() => maskedTexts(page)).toEqual(expect.arrayContaining(['Room 12 West, bed B', 'Locker code 7731']));
  });

  it('masks inside open and closed shadow roots, including one attached after the first scan', async () => {
    await expect.poll(() => maskedTexts(page)).toEqual(expect.arrayContaining(SHADOW_SSNS));
    // The closed roots stayed closed for the page.
    expect(await page.evaluate(() => document.getElementById('closed-host')!.shadowRoot)).toBeNull();
  });

  it('covers canvas, embedded content and PDF frames (their pixels cannot be read for PHI)', async () => {
    for (const id of ['canvas', 'embed', 'pdf']) {
      expect(await page.locator(`#${id}`).evaluate((e) => getComputedStyle(e).opacity), id).toBe('0');
    }
  });

  it('masks same-origin, cross-origin and about:blank iframes', async () => {
    const frameText = async (ssn: string) => {
      for (const frame of page.frames()) {
        const texts = await maskedTexts(frame).catch((): string[] => []);
        if (texts.includes(ssn)) return true;
      }
      return false;
    };
    for (const [kind, ssn] of Object.entries(FRAME_SSNS)) await expect.poll(() => frameText(ssn), { message: kind }).toBe(true);
  });

  it('starts masking an empty frame only when content arrives, and masks that content before it is painted', async () => {
    const ward = await openMaskedPage(browser, `${stack.pagesUrl}/masking/empty-frame.html`);
    const frame = ward.frames().find((f) => f !== ward.mainFrame())!;
    // The masking module registers its highlight when it starts: not yet, the frame is empty.
    expect(await frame.evaluate(() => CSS.highlights.has('phi-shield-mask'))).toBe(false);
    const atNextFrame = await frame.evaluate(
      () =>
        new Promise<{ masked: number; state: string | null }>((resolve) => {
          document.body.innerHTML = '<p>Mother SSN: 167-55-8899</p>';
          // Animation frame callbacks run before the paint that would first show the text.
          requestAnimationFrame(() => resolve({ masked: CSS.highlights.get('phi-shield-mask')?.size ?? 0, state: document.documentElement.getAttribute('data-phi-shield') }));
        }),
    );
    expect(atNextFrame.masked).toBeGreaterThan(0);
    expect(atNextFrame.state).toContain('ready');
    expect(await maskedTexts(frame)).toContain(FRAME_SSNS.blank);
    await ward.close();
  });

  it('logs the page and each frame that masked something, not a frame that showed no PHI', async () => {
    const chart = await browser.context.newPage();
    await chart.goto(`${stack.pagesUrl}/masking/frames-audit.html`);
    const routesLogged = async () => {
      const tables = JSON.parse(await dumpExtensionIndexedDb(browser.serviceWorker)) as Record<string, AuditEvent[]>;
      return (tables['phi-shield-audit/events'] ?? []).flatMap((e) => (e.type === 'page_protected' ? [e.site.route] : []));
    };
    await expect.poll(routesLogged, { timeout: 10_000 }).toEqual(expect.arrayContaining(['/masking/frames-audit.html', '/masking/frame-same-origin.html']));
    // Every frame reports within REPORT_WITHIN_MS (2 s) of being masked, or when it is left.
    await chart.close();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await routesLogged()).not.toContain('/masking/frame-plain.html');
  });

  it("posts nothing into the page's windows: their message listeners hear nothing from the extension", async () => {
    const listening = await browser.context.newPage();
    await listening.addInitScript(() => {
      const heard: unknown[] = [];
      (window as Window & { heard?: unknown[] }).heard = heard;
      window.addEventListener('message', (event) => heard.push(event.data));
    });
    await listening.goto(`${stack.pagesUrl}/masking/surfaces.html`);
    await shieldReady(listening);
    const frames = listening.frames();
    expect(frames.length).toBeGreaterThan(1);
    for (const frame of frames) expect(await frame.evaluate(() => (window as Window & { heard?: unknown[] }).heard), frame.url()).toEqual([]);
    await listening.close();
  });

  it('leaves no planted PHI readable by OCR on a screenshot, while ordinary text stays readable', async () => {
    await page.locator('#search-field').fill('');
    const text = ocr(await page.screenshot({ fullPage: true }));
    expect(text).toMatch(/Blood pressure/);
    expect(readableIn(text, PLANTED)).toEqual([]);
  });

  it('does not loop with a page that writes back every change to its title and attributes', async () => {
    const fighting = await openMaskedPage(browser, `${stack.pagesUrl}/masking/fighting.html`);
    // The tab is not frozen by an endless swap: it answers, and its own scripts still run.
    await fighting.locator('#counter').click();
    await expect(fighting.locator('#counter').textContent()).resolves.toBe('1');
    await expect.poll(() => maskedTexts(fighting)).toContain('512-44-8120');
    await fighting.close();
  });
});

describe('masking styles and site rules', () => {
  const stack = inject('stack');
  let browser: ExtensionBrowser;
  let page: Page;

  /** Saves settings the way the options page does; open pages are told to read theirs again. */
  const saveSettings = async (settings: { maskStyle: 'block' | 'blur' | 'placeholder'; sites?: { customSelectors: string[]; customTerms: string[] }[] }) => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const sites = (settings.sites ?? []).map((site) => ({ origin: stack.pagesUrl, protectionEnabled: true, ...site }));
    const reply = await options.evaluate(
      (message) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(message),
      { kind: 'save-settings', settings: { maskStyle: settings.maskStyle, maskProviderNames: false, sites } },
    );
    await options.close();
    expect(reply).toMatchObject({ ok: true });
  };

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await openMaskedPage(browser, `${stack.pagesUrl}/masking/surfaces.html`);
  });
  afterAll(() => browser?.close());

  it('blur: text smeared by a text-shadow is still unreadable to OCR', async () => {
    await saveSettings({ maskStyle: 'blur' });
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.getElementById('photo')!).filter)).toBe('blur(14px)');
    const text = ocr(await page.screenshot({ fullPage: true }));
    expect(text).toMatch(/Blood pressure/);
    expect(readableIn(text, PLANTED)).toEqual([]);
  });

  it('placeholder: attribute values and the tab title read as consistent stand-ins', async () => {
    await saveSettings({ maskStyle: 'placeholder' });
    await expect.poll(() => page.title()).toMatch(/^Chart of \[NAME 1\] born \[DATE 1\]$/);
    expect(await page.locator('#abbr').getAttribute('title')).toBe('Born [DATE 1]');
  });

  it("masks whole what the site's selector rules point at, and the site's own terms", async () => {
    await saveSettings({ maskStyle: 'block', sites: [{ customSelectors: ['#non-phi'], customTerms: ['Chief complaint'] }] });
    await expect.poll(() => maskedTexts(page)).toEqual(expect.arrayContaining(['Blood pressure 128/82 mmHg, heart rate 72 bpm.', 'Chief complaint']));
  });
});
