import type { AuditEventType } from '../../../shared/events';
import { describeEvent, EVENT_TYPE_LABELS } from '../../audit/event-labels';
import { eventOrigin } from '../../audit/query-log';
import type { LocalChainReport } from '../../audit/verify-local-chain';
import type { LogPage, MessageOf } from '../../messages';
import { sendMessage } from '../../send-message';

const PAGE_SIZE = 50;
const filters = document.querySelector<HTMLFormElement>('#log-filters')!;
const body = document.querySelector<HTMLTableElement>('#log-table')!.tBodies[0]!;
const summary = document.querySelector<HTMLElement>('#log-summary')!;
const older = document.querySelector<HTMLButtonElement>('#log-older')!;
const chainCheck = document.querySelector<HTMLElement>('#chain-check')!;

/** The device's own log, newest first, filtered by event type, site and dates. */
export async function startLogViewer(): Promise<void> {
  const typeSelect = filters.querySelector<HTMLSelectElement>('select[name=type]')!;
  for (const [type, label] of Object.entries(EVENT_TYPE_LABELS)) typeSelect.add(new Option(label, type));

  let query = readFilters();
  let nextBeforeSeq: number | null = null;
  let shown = 0;

  const load = async (append: boolean) => {
    let page: LogPage;
    try {
      page = await sendMessage<LogPage>({ ...query, ...(append && nextBeforeSeq ? { beforeSeq: nextBeforeSeq } : {}) });
    } catch (err) {
      summary.textContent = `Could not read the log: ${err instanceof Error ? err.message : String(err)}`;
      return;
    }
    if (!append) body.replaceChildren();
    for (const event of page.events) {
      const row = body.insertRow();
      const origin = eventOrigin(event);
      const route = 'site' in event ? event.site.route : '';
      const values = [String(event.seq), new Date(event.occurredAt).toLocaleString(), EVENT_TYPE_LABELS[event.type], origin ? `${new URL(origin).host}${route}` : '—', describeEvent(event)];
      for (const value of values) row.insertCell().textContent = value;
      row.cells[0]!.className = 'num';
      const queued = page.firstQueuedSeq !== null && event.seq >= page.firstQueuedSeq;
      row.insertCell().textContent = queued ? 'queued' : 'synced';
    }
    shown = (append ? shown : 0) + page.events.length;
    nextBeforeSeq = page.nextBeforeSeq;
    older.hidden = nextBeforeSeq === null;
    summary.textContent = shown === 0 ? 'No events match.' : `Showing ${shown} ${shown === 1 ? 'event' : 'events'}${nextBeforeSeq ? ' (more below)' : ''}.`;
  };

  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    query = readFilters();
    void load(false);
  });
  older.addEventListener('click', () => void load(true));
  await Promise.all([load(false), showChainCheck()]);
}

/** The whole stored log checked as a hash chain, as an auditor would. */
async function showChainCheck() {
  const report = await sendMessage<LocalChainReport>({ kind: 'verify-log' });
  chainCheck.classList.toggle('alert', !report.intact);
  if (report.intact) {
    chainCheck.textContent = report.events === 0 ? 'Hash chain: no events yet.' : `Hash chain intact: events #${report.firstSeq} to #${report.lastSeq} (${report.events}) hash and link correctly.`;
  } else {
    const { kind, seq } = report.problem;
    chainCheck.textContent = `Hash chain BROKEN at event #${seq} (${kind.replaceAll('_', ' ')}): the log on this device was altered.`;
  }
}

function readFilters(): MessageOf<'query-log'> {
  const data = new FormData(filters);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const day = (name: string, plusDays = 0) => {
    const value = text(name);
    if (!value) return undefined;
    const date = new Date(`${value}T00:00:00`); // the person's own day, in local time
    date.setDate(date.getDate() + plusDays);
    return date.toISOString();
  };
  const origin = text('origin');
  return {
    kind: 'query-log',
    limit: PAGE_SIZE,
    ...(text('type') ? { type: text('type') as AuditEventType } : {}),
    ...(origin ? { origin: safeOrigin(origin) } : {}),
    ...(day('since') ? { since: day('since') } : {}),
    ...(day('until', 1) ? { until: day('until', 1) } : {}),
  };
}

function safeOrigin(value: string): string {
  try {
    return new URL(value).origin;
  } catch {
    return value; // the background refuses it with a clear message
  }
}
