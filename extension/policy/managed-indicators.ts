import type { LockableSetting } from '../../shared/policy';
import { sendMessage } from '../send-message';
import type { ManagedState } from './policy-state';

export const MANAGED_TEXT = 'Managed by your organisation';

/**
 * Marks the options page's locked settings: each shows the organisation's value, says it is
 * managed, and does not change when clicked or typed at. The controls stay in the form (not
 * `disabled`) so a save still sends them; the background keeps locked values whatever arrives.
 */
export async function showManagedSettings(form: HTMLFormElement, summary: HTMLElement): Promise<void> {
  const state = await sendMessage<ManagedState>({ kind: 'get-managed-state' });
  const parts: string[] = [];
  if (state.version !== null) parts.push(`Your organisation’s policy (version ${state.version}) applies on this device.`);
  if (state.protectionLocked) parts.push('Your organisation keeps protection on for the sites it protects.');
  if (state.itManaged) parts.push('Some settings are set by your IT department’s browser policy.');
  if (state.lastError) parts.push(`The policy could not be updated: ${state.lastError}`);
  summary.textContent = parts.join(' ');
  summary.hidden = parts.length === 0;

  for (const setting of state.locked) {
    const controls = [...form.querySelectorAll<HTMLInputElement>(`input[name=${setting}]`)];
    showValue(controls, setting, state.lockedValues);
    for (const control of controls) lockControl(control);
    const note = document.createElement('span');
    note.className = 'hint';
    note.id = `${setting}-managed`;
    note.textContent = MANAGED_TEXT;
    const group = controls[0]?.closest('fieldset') ?? controls[0]?.closest('label');
    group?.append(note);
    for (const control of controls) control.setAttribute('aria-describedby', note.id);
  }
}

function showValue(controls: HTMLInputElement[], setting: LockableSetting, values: ManagedState['lockedValues']) {
  for (const control of controls) {
    control.checked = control.type === 'radio' ? control.value === values[setting] : values[setting] === true;
  }
}

/** aria-disabled rather than disabled: announced as unavailable, yet still sent with the form. */
function lockControl(control: HTMLInputElement) {
  control.setAttribute('aria-disabled', 'true');
  const checked = control.checked;
  control.addEventListener('click', (event) => event.preventDefault());
  // Arrow keys move a radio group's selection without a click.
  control.addEventListener('keydown', (event) => {
    if (event.key.startsWith('Arrow') || event.key === ' ') event.preventDefault();
  });
  control.addEventListener('change', () => {
    control.checked = checked;
  });
}
