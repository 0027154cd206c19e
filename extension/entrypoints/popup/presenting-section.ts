import type { PresentingStatus } from '../../background/handle-presenting';
import { sendMessage } from '../../send-message';

const el = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const toggle = el<HTMLInputElement>('#presenting');
const status = el('#presenting-status');
const error = el('#presenting-error');

const WHY: Record<NonNullable<PresentingStatus['source']>, string> = {
  detected: 'A tab is sharing the screen.',
  manual: 'Switched on by you.',
  schedule: 'On by your schedule.',
  policy: 'Always on: your organisation’s policy.',
};

/**
 * The popup's presenting switch, for sharing from a native app the browser cannot see (Zoom,
 * Teams desktop). Returns whether presentation mode is on, so the rest of the popup hides counts.
 */
export async function renderPresenting(): Promise<boolean> {
  const show = (state: PresentingStatus) => {
    toggle.checked = state.presenting;
    toggle.disabled = state.presenting && !state.mayTurnOff;
    status.textContent = state.source ? WHY[state.source] : 'Off: masking as usual.';
  };
  const state = await sendMessage<PresentingStatus>({ kind: 'get-presenting' });
  show(state);
  toggle.onchange = async () => {
    error.textContent = '';
    toggle.disabled = true;
    try {
      show(await sendMessage<PresentingStatus>({ kind: 'set-presenting', on: toggle.checked }));
      // Counts and the tab's controls follow the mode: draw the popup again.
      location.reload();
    } catch (err) {
      toggle.checked = !toggle.checked;
      toggle.disabled = false;
      error.textContent = err instanceof Error ? err.message : String(err);
    }
  };
  return state.presenting;
}
