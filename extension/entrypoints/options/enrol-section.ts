import type { ExtensionStatus } from '../../messages';
import { sendMessage } from '../../send-message';

const form = document.querySelector<HTMLFormElement>('#enrol-form')!;
const state = document.querySelector<HTMLElement>('#enrolment-state')!;
const result = document.querySelector<HTMLElement>('#enrol-result')!;
const storageError = document.querySelector<HTMLElement>('#storage-error')!;

/** Enrolment (server URL + code) and the device's state, including any storage failure. */
export async function startEnrolSection(): Promise<void> {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    result.textContent = 'Enrolling…';
    try {
      await sendMessage({ kind: 'enrol', serverUrl: String(data.get('serverUrl')), code: String(data.get('code')) });
      result.textContent = 'Enrolled.';
      form.reset();
      await showEnrolment();
    } catch (err) {
      result.textContent = `Enrolment failed: ${err instanceof Error ? err.message : 'unknown error'}`;
    }
  });
  await showEnrolment();
}

async function showEnrolment() {
  const status = await sendMessage<ExtensionStatus>({ kind: 'get-status' });
  state.textContent = status.enrolled
    ? `Enrolled with ${status.serverUrl} as ${status.userId} (device ${status.deviceId}).`
    : 'Not enrolled: events are kept on this device until you enrol.';
  storageError.hidden = !status.storageError;
  storageError.textContent = status.storageError ?? '';
}
