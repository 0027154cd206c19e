import type { ExtensionStatus } from '../../messages';
import { sendMessage } from '../../send-message';

const el = (selector: string) => document.querySelector<HTMLElement>(selector)!;
const storageError = el('#storage-error');
const syncState = el('#sync-state');

/** The popup's "Audit log" section: storage failures first, then sync state and what is queued. */
export async function renderStatus(): Promise<void> {
  show(await sendMessage<ExtensionStatus>({ kind: 'get-status' }));
  el('#sync-now').onclick = async () => {
    syncState.textContent = 'Syncing…';
    await sendMessage({ kind: 'sync-now' }).catch(() => undefined); // its failure shows in the status
    show(await sendMessage<ExtensionStatus>({ kind: 'get-status' }));
  };
}

function show(status: ExtensionStatus) {
  storageError.hidden = !status.storageError;
  storageError.textContent = status.storageError ?? '';
  el('#queued').textContent = `${status.queuedEvents} ${status.queuedEvents === 1 ? 'event' : 'events'}`;
  el('#stored').textContent = `${status.storedEvents} events, ${formatBytes(status.storedBytes)}`;
  syncState.classList.toggle('error', Boolean(status.enrolled && status.lastError));
  if (!status.enrolled) syncState.textContent = 'Not enrolled: events stay on this device';
  else if (status.lastError) syncState.textContent = `Error: ${status.lastError}`;
  else syncState.textContent = status.lastSyncAt ? `Last synced ${new Date(status.lastSyncAt).toLocaleString()}` : 'Not synced yet';
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
