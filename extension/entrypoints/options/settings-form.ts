import type { LocalSettings, MaskStyle, SiteSettings } from '../../settings/local-settings';
import { sendMessage } from '../../send-message';

const form = document.querySelector<HTMLFormElement>('#settings-form')!;
const siteList = document.querySelector<HTMLElement>('#site-list')!;
const newSite = document.querySelector<HTMLInputElement>('#new-site')!;
const result = document.querySelector<HTMLElement>('#settings-result')!;

/** Masking style, provider names, and the site list with each site's switch, selectors and terms. */
export async function startSettingsForm(): Promise<void> {
  const settings = await sendMessage<LocalSettings>({ kind: 'get-settings' });
  form.querySelector<HTMLInputElement>(`input[name=maskStyle][value=${settings.maskStyle}]`)!.checked = true;
  form.querySelector<HTMLInputElement>('input[name=maskProviderNames]')!.checked = settings.maskProviderNames;
  for (const site of settings.sites) siteList.append(siteRow(site));

  document.querySelector('#add-site')!.addEventListener('click', () => {
    let origin: string;
    try {
      origin = new URL(newSite.value).origin;
      if (!/^https?:/.test(origin)) throw new Error();
    } catch {
      result.textContent = 'Enter a site as https://host (or http://host).';
      return;
    }
    if (!siteList.querySelector(`[data-origin="${CSS.escape(origin)}"]`)) siteList.append(siteRow({ origin, protectionEnabled: true, customSelectors: [], customTerms: [] }));
    newSite.value = '';
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const next = readForm();
    if (typeof next === 'string') {
      result.textContent = next;
      return;
    }
    result.textContent = 'Saving…';
    try {
      const { recorded } = await sendMessage<{ recorded: number }>({ kind: 'save-settings', settings: next });
      result.textContent = recorded === 0 ? 'Nothing changed.' : `Saved. ${recorded} ${recorded === 1 ? 'change' : 'changes'} recorded in the audit log.`;
    } catch (err) {
      result.textContent = `Not saved: ${err instanceof Error ? err.message : String(err)}`;
    }
  });
}

let rowCount = 0;

function siteRow(site: SiteSettings): HTMLElement {
  const id = `site-${rowCount++}`;
  const row = document.createElement('fieldset');
  row.className = 'site-row';
  row.dataset.origin = site.origin;
  row.innerHTML = `
    <legend></legend>
    <label class="inline"><input type="checkbox" name="protectionEnabled" /> Protect this site</label>
    <label for="${id}-selectors">Always mask (CSS selectors, one a line)</label>
    <textarea id="${id}-selectors" name="customSelectors" rows="2"></textarea>
    <label for="${id}-terms">Always mask (terms, one a line)</label>
    <textarea id="${id}-terms" name="customTerms" rows="2"></textarea>
    <button type="button" class="link">Remove site</button>`;
  row.querySelector('legend')!.textContent = site.origin;
  row.querySelector<HTMLInputElement>('[name=protectionEnabled]')!.checked = site.protectionEnabled;
  row.querySelector<HTMLTextAreaElement>('[name=customSelectors]')!.value = site.customSelectors.join('\n');
  row.querySelector<HTMLTextAreaElement>('[name=customTerms]')!.value = site.customTerms.join('\n');
  row.querySelector('button')!.addEventListener('click', () => row.remove());
  return row;
}

/** The form as settings, or a message saying what to fix. */
function readForm(): LocalSettings | string {
  const lines = (row: Element, name: string) =>
    row.querySelector<HTMLTextAreaElement>(`[name=${name}]`)!.value.split('\n').map((line) => line.trim()).filter(Boolean);
  const sites: SiteSettings[] = [...siteList.querySelectorAll<HTMLElement>('.site-row')].map((row) => ({
    origin: row.dataset.origin!,
    protectionEnabled: row.querySelector<HTMLInputElement>('[name=protectionEnabled]')!.checked,
    customSelectors: lines(row, 'customSelectors'),
    customTerms: lines(row, 'customTerms'),
  }));
  for (const site of sites) {
    const invalid = site.customSelectors.find((selector) => !isValidSelector(selector));
    if (invalid) return `“${invalid}” is not a valid CSS selector (site ${site.origin}).`;
  }
  return {
    maskStyle: new FormData(form).get('maskStyle') as MaskStyle,
    maskProviderNames: form.querySelector<HTMLInputElement>('input[name=maskProviderNames]')!.checked,
    sites,
  };
}

function isValidSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
