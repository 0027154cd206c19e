import { z } from 'zod';
import { canonicalJson } from '../../shared/canonical-json';
import { csvHeader, csvRow } from './csv-row';
import type { EventFilter } from './event-filter';
import { toFhirAuditEvent, type FhirBundle } from './fhir-audit-event';
import { eachEvent, type StoredEvent } from './search-events';

export const EXPORT_FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  ndjson: { contentType: 'application/x-ndjson', extension: 'ndjson' },
  fhir: { contentType: 'application/fhir+json', extension: 'fhir.json' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const exportFormatSchema = z.enum(Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]]);

/** Each format as a prefix, one text per event (the first preceded by `beforeFirst`), and a suffix. */
interface Writer {
  prefix: string;
  beforeFirst: string;
  item(event: StoredEvent): string;
  separator: string;
  suffix(empty: boolean): string;
}

function writerFor(format: ExportFormat, now: Date): Writer {
  switch (format) {
    case 'csv':
      return { prefix: csvHeader(), beforeFirst: '', item: csvRow, separator: '', suffix: () => '' };
    case 'ndjson':
      return { prefix: '', beforeFirst: '', item: (event) => `${canonicalJson(event)}\n`, separator: '', suffix: () => '' };
    case 'fhir': {
      // The bundle is written as a stream: its JSON head, one entry per event, its tail. FHIR JSON
      // has no empty arrays, so an empty selection is a bundle without `entry`.
      const head: Omit<FhirBundle, 'entry'> = { resourceType: 'Bundle', type: 'collection', timestamp: now.toISOString() };
      return {
        prefix: JSON.stringify(head).slice(0, -1),
        beforeFirst: ',"entry":[',
        item: (event) => {
          const resource = toFhirAuditEvent(event);
          return JSON.stringify({ fullUrl: `urn:uuid:${resource.id}`, resource });
        },
        separator: ',',
        suffix: (empty) => (empty ? '}' : ']}'),
      };
    }
  }
}

/**
 * Every event matching `filter`, streamed in ingest order a page at a time, so an export of any
 * size runs in constant memory and starts downloading at once.
 */
export function exportResponse(db: D1Database, tenantId: string, filter: EventFilter, format: ExportFormat, now = new Date()): Response {
  const writer = writerFor(format, now);
  const encoder = new TextEncoder();
  const events = eachEvent(db, tenantId, filter);
  let first = true;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(writer.prefix));
    },
    async pull(controller) {
      // Up to 500 events per chunk: one D1 page.
      const chunk: string[] = [];
      for (let i = 0; i < 500; i++) {
        const next = await events.next();
        if (next.done) {
          controller.enqueue(encoder.encode(chunk.join('') + writer.suffix(first)));
          controller.close();
          return;
        }
        chunk.push((first ? writer.beforeFirst : writer.separator) + writer.item(next.value));
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
