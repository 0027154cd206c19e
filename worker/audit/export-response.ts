import { z } from 'zod';
import { canonicalJson } from '../../shared/canonical-json';
import { csvHeader, csvRow } from './csv-row';
import type { EventFilter } from './event-filter';
import { chainRefusalToFhir, toFhirAuditEvent, type ChainRefusal, type FhirAuditEvent, type FhirBundle } from './fhir-audit-event';
import { eachEvent, type StoredEvent } from './search-events';

export const EXPORT_FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  ndjson: { contentType: 'application/x-ndjson', extension: 'ndjson' },
  fhir: { contentType: 'application/fhir+json', extension: 'fhir.json' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const exportFormatSchema = z.enum(Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]]);

/** Each format as a prefix, one text per record (the first preceded by `beforeFirst`), and a suffix. */
interface Writer {
  prefix: string;
  beforeFirst: string;
  items: AsyncGenerator<string>;
  separator: string;
  suffix(empty: boolean): string;
}

async function* map<T>(source: AsyncIterable<T>, f: (item: T) => string): AsyncGenerator<string> {
  for await (const item of source) yield f(item);
}

function writerFor(db: D1Database, tenantId: string, filter: EventFilter, format: ExportFormat, now: Date): Writer {
  const events = eachEvent(db, tenantId, filter);
  switch (format) {
    case 'csv':
      return { prefix: csvHeader(), beforeFirst: '', items: map(events, csvRow), separator: '', suffix: () => '' };
    case 'ndjson':
      return { prefix: '', beforeFirst: '', items: map(events, (event) => `${canonicalJson(event)}\n`), separator: '', suffix: () => '' };
    case 'fhir': {
      // The bundle is written as a stream: its JSON head, one entry per record, its tail. FHIR JSON
      // has no empty arrays, so an empty selection is a bundle without `entry`.
      const head: Omit<FhirBundle, 'entry'> = { resourceType: 'Bundle', type: 'collection', timestamp: now.toISOString() };
      const entry = (resource: FhirAuditEvent) => JSON.stringify({ fullUrl: `urn:uuid:${resource.id}`, resource });
      return { prefix: JSON.stringify(head).slice(0, -1), beforeFirst: ',"entry":[', items: fhirEntries(db, tenantId, filter, events, entry), separator: ',', suffix: (empty) => (empty ? '}' : ']}') };
    }
  }
}

/** The events, then the batches refused at ingest as chain problems (security alerts), where the filter can apply to them. */
async function* fhirEntries(db: D1Database, tenantId: string, filter: EventFilter, events: AsyncIterable<StoredEvent>, entry: (resource: FhirAuditEvent) => string): AsyncGenerator<string> {
  yield* map(events, (event) => entry(toFhirAuditEvent(event)));
  for (const refusal of await chainRefusals(db, tenantId, filter)) yield entry(chainRefusalToFhir(refusal));
}

/** Refused batches carry a device and a time only: a filter on anything else selects none. */
async function chainRefusals(db: D1Database, tenantId: string, filter: EventFilter): Promise<ChainRefusal[]> {
  if (filter.user || filter.type || filter.phiType || filter.site || filter.reason) return [];
  const conditions = ['tenant_id = ?'];
  const params: string[] = [tenantId];
  for (const [value, condition] of [
    [filter.device, 'device_id = ?'],
    [filter.from, 'at >= ?'],
    [filter.to, 'at < ?'],
  ] as const) {
    if (value === undefined) continue;
    conditions.push(condition);
    params.push(value);
  }
  const { results } = await db
    .prepare(`SELECT id, device_id, kind, detail, at FROM security_events WHERE ${conditions.join(' AND ')} ORDER BY id LIMIT ${MAX_REFUSALS}`)
    .bind(...params)
    .all<{ id: number; device_id: string; kind: string; detail: string; at: string }>();
  return results.map((r) => ({ id: r.id, tenantId, deviceId: r.device_id, kind: r.kind, detail: r.detail, at: r.at }));
}

/** Refusals are rare (each is a device out of step or tampering): a bound, not a page loop. */
const MAX_REFUSALS = 10_000;

/**
 * Every record matching `filter`, streamed in ingest order a D1 page at a time, so an export of
 * any size runs in constant memory and starts downloading at once.
 */
export function exportResponse(db: D1Database, tenantId: string, filter: EventFilter, format: ExportFormat, now = new Date()): Response {
  const writer = writerFor(db, tenantId, filter, format, now);
  const encoder = new TextEncoder();
  let first = true;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(writer.prefix));
    },
    async pull(controller) {
      // Up to 500 records per chunk: one D1 page.
      const chunk: string[] = [];
      for (let i = 0; i < 500; i++) {
        const next = await writer.items.next();
        if (next.done) {
          controller.enqueue(encoder.encode(chunk.join('') + writer.suffix(first)));
          controller.close();
          return;
        }
        chunk.push((first ? writer.beforeFirst : writer.separator) + next.value);
        first = false;
      }
      controller.enqueue(encoder.encode(chunk.join('')));
    },
  });
  const { contentType, extension } = EXPORT_FORMATS[format];
  const filename = `audit-events-${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}.${extension}`;
  return new Response(stream, {
    headers: { 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' },
  });
}
