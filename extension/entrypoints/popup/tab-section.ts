import { browser } from 'wxt/browser';
import type { PhiType } from '../../../shared/phi-types';
import { PHI_TYPE_LABELS } from '../../audit/event-labels';
import type { ContentMessage, ShieldCommand } from '../../masking/content-messages';
import type { TabState } from '../../messages';
import { sendMessage } from '../../send-message';

const el = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const site = el('#tab-site');
const status = el('#tab-status');
const counts = el<HTMLTableElement>('#masked-counts');
const protectLabel = el('#protect-label');
const protect = el<HTMLInputElement>('#protect-site');
const protectManaged = el('#protect-managed');
const controls = el('#page-controls');
const error = el('#tab-error');

/** The popup's "This tab" section: what was masked, the site's switch, reveal and panic. */
export async function renderTab(tabId: number | undefined, hideCounts = false): Promise<void> {
  if (tabId === undefined) return show(null);
  show(await sendMessage<TabState>({ kind: 'get-tab-state', tabId }), hideCounts);

  protect.onchange = async () => {
    error.textContent = '';
    protect.disabled = true;
    try {
      show(await sendMessage<TabState>({ kind: 'set-site-protection', tabId, enabled: protect.checked }), hideCounts);
    } catch (err) {
      protect.checked = !protect.checked;
      error.textContent = err instanceof Error ? err.message : String(err);
    } finally {
      protect.disabled = false;
    }
  };
  el('#reveal').onclick = () => sendCommand(tabId, 'toggle-reveal-mode');
  el('#panic').onclick = () => sendCommand(tabId, 'panic-mask');
  el('#pick-element').onclick = () => sendToPage(tabId, { kind: 'start-picker' }, { frameId: 0 });
}

function show(state: TabState | null, hideCounts = false) {
  const known = state?.site ?? null;
  site.textContent = known ? `${new URL(known.origin).host}${known.route}` : '';
  protectLabel.hidden = !known;
  protectManaged.hidden = !known || !state!.protectionLocked;
  controls.hidden = !known || !state!.protectionEnabled;
  counts.hidden = true;
  if (!state || !known) {
    status.textContent = 'This page is not protected: the extension does not run here.';
    return;
  }
  protect.checked = state.protectionEnabled;
  protect.disabled = state.protectionLocked;
  protectLabel.title = state.protectionLocked ? 'Your organisation’s policy keeps protection on.' : '';
  if (!state.protectionEnabled) {
    status.textContent = 'Protection is off for this site.';
    return;
  }
  if (hideCounts) {
    status.textContent = 'Protected. Counts are hidden while presenting.';
    return;
  }
  const rows = Object.entries(state.counts).filter(([, n]) => n > 0) as [PhiType, number][];
  const total = rows.reduce((sum, [, n]) => sum + n, 0);
  status.textContent = total === 0 ? 'Protected: nothing to mask found.' : `Protected: ${total} ${total === 1 ? 'value' : 'values'} masked.`;
  counts.tBodies[0]!.replaceChildren(
    ...rows.map(([type, n]) => {
      const row = document.createElement('tr');
      row.append(cell('th', PHI_TYPE_LABELS[type]), cell('td', String(n)));
      row.cells[0]!.setAttribute('scope', 'row');
      row.cells[1]!.className = 'num';
      return row;
    }),
  );
  counts.hidden = rows.length === 0;
}

function cell(tag: 'th' | 'td', text: string) {
  const c = document.createElement(tag);
  c.textContent = text;
  return c;
}

/** Panic and reveal mode are the page's own controls (the same as its shortcuts); the page asks for the reason. */
function sendCommand(tabId: number, command: ShieldCommand) {
  return sendToPage(tabId, { kind: 'shield-command', command });
}

/** The element picker runs in the top frame only (`frameId: 0`): one outline, one rule for the tab's site. */
async function sendToPage(tabId: number, message: ContentMessage, options?: { frameId: number }) {
  error.textContent = '';
  try {
    await browser.tabs.sendMessage(tabId, message, options);
    window.close();
  } catch {
    error.textContent = 'The page did not answer: reload it and try again.';
  }
}
