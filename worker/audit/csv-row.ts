import type { StoredEvent } from './search-events';

/**
 * One CSV row per event: the fields auditors sort and pivot on as columns, and everything else an
 * event type carries in `details` (JSON), so a row rebuilds the exact event and its hash checks.
 */
export const CSV_COLUMNS = ['receivedAt', 'occurredAt', 'deviceId', 'seq', 'userId', 'type', 'origin', 'route', 'phiType', 'reason', 'ticket', 'prevHash', 'hash', 'details'] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Fields that have their own column when they hold a string or number (`site` is split into origin
 * and route). A null userId stays in `details`: null and absent hash differently.
 */
const OWN_COLUMN_FIELDS = new Set<string>(['receivedAt', 'occurredAt', 'deviceId', 'seq', 'userId', 'type', 'phiType', 'reason', 'ticket', 'prevHash', 'hash']);
const hasOwnColumn = (key: string, value: unknown) => key === 'site' || (OWN_COLUMN_FIELDS.has(key) && (typeof value === 'string' || typeof value === 'number'));

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvRow(event: StoredEvent): string {
  const fields = event as Record<string, unknown>;
  const site = fields.site as { origin: string; route: string } | undefined;
  const details = Object.fromEntries(Object.entries(fields).filter(([key, value]) => !hasOwnColumn(key, value)));
  const cells: Record<CsvColumn, unknown> = {
    receivedAt: event.receivedAt,
    occurredAt: event.occurredAt,
    deviceId: event.deviceId,
    seq: event.seq,
    userId: event.userId,
    type: event.type,
    origin: site?.origin,
    route: site?.route,
    phiType: fields.phiType,
    reason: fields.reason,
    ticket: fields.ticket,
    prevHash: event.prevHash,
    hash: event.hash,
    details: JSON.stringify(details),
  };
  return `${CSV_COLUMNS.map((column) => csvCell(cells[column])).join(',')}\r\n`;
}

/**
 * RFC 4180 quoting. A cell a spreadsheet would run as a formula (= + - @ first) is quoted and
 * prefixed with a tab, which spreadsheets show as blank space and do not evaluate.
 */
function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (/^[=+\-@]/.test(text)) text = `\t${text}`;
  return /[",\r\n\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
