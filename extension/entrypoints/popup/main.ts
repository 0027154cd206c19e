import type { ExtensionStatus } from '../../messages';
import { sendMessage } from '../../send-message';

const syncState = document.querySelector<HTMLElement>('#sync-state')!;
const queued = document.querySelector<HTMLElement>('#queued')!;

async function render() {
  const status = await sendMessage<ExtensionStatus>({ kind: 'get-status' });
  queued.textContent = String(status.queuedEvents);
  if (!status.enrolled) syncState.textContent = 'Not enrolled';
  else if (status.lastError) syncState.textContent = `Error: ${status.lastError}`;
  else syncState.textContent = status.lastSyncAt ? `Last synced ${new Date(status.lastSyncAt).toLocaleString()}` : 'Not synced yet';
}

document.querySelector('#sync-now')!.addEventListener('click', async () => {
  syncState.textContent = 'Syncing…';
  await sendMessage({ kind: 'sync-now' }).catch(() => undefined);
  await render();
});

void render();
