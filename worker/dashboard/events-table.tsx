/** @jsxImportSource hono/jsx */
import { ColumnHeads } from './layout';
import { REVEAL_REASONS } from '../../shared/reveal-reasons';
import type { StoredEvent } from '../audit/search-events';

/** What an event says beyond its columns, in a few words. Never a value: events hold none. */
export function eventSummary(event: StoredEvent): string {
  switch (event.type) {
    case 'page_protected':
      return Object.entries(event.counts)
        .map(([type, n]) => `${type} ${n}`)
        .join(', ');
    case 'value_revealed':
    case 'page_revealed':
      return [event.type === 'value_revealed' ? event.phiType : 'whole page', event.reason ? REVEAL_REASONS[event.reason].label : 'no reason', event.ticket ? `ticket ${event.ticket}` : 'no ticket', ...(event.whilePresenting ? ['while presenting'] : [])].join(' · ');
    case 'reveal_ended':
      return `reveal #${event.revealSeq} ended after ${(event.durationMs / 1000).toFixed(1)} s`;
    case 'panic_changed':
      return event.active ? 'panic mask on' : 'panic mask off';
    case 'site_protection_changed':
      return `protection ${event.enabled ? 'on' : 'OFF'} for ${event.origin}`;
    case 'policy_changed':
      return `${event.source} policy: ${event.changed.join(', ')}${event.origin ? ` (${event.origin})` : ''}`;
    case 'masking_failed':
      return `could not mask ${event.failure.replace(/_/g, ' ')} ×${event.count}`;
    case 'presenting_started':
    case 'presenting_stopped':
      return `${event.type === 'presenting_started' ? 'presenting on' : 'presenting off'} (${event.source})`;
    case 'reveal_refused':
      return `${event.scope === 'page' ? 'whole page' : (event.phiType ?? 'value')} refused while ${event.cause}`;
    case 'extension_installed':
      return event.reason === 'install' ? `installed ${event.version}` : `updated ${event.previousVersion ?? '?'} → ${event.version}`;
  }
}

function siteOf(event: StoredEvent): string {
  if ('site' in event) return `${event.site.origin}${event.site.route}`;
  if ('origin' in event && typeof event.origin === 'string') return event.origin;
  return '';
}

export function EventsTable(props: { events: StoredEvent[]; caption: string }) {
  return (
    <div class="scroll">
      <table>
        <caption class="visually-hidden">{props.caption}</caption>
        <ColumnHeads columns={['Occurred (device, UTC)', 'Received', 'User', 'Device · seq', 'Event', 'Site', 'Detail']} />
        <tbody>
          {props.events.map((e) => (
            <tr>
              <td class="mono">{e.occurredAt.replace('T', ' ').slice(0, 19)}</td>
              <td class="mono">{e.receivedAt.replace('T', ' ').slice(0, 19)}</td>
              <td class="nowrap">{e.userId ?? <span class="muted">none</span>}</td>
              <td class="mono">
                <a href={`/audit/events?device=${e.deviceId}`} title={e.deviceId}>
                  {e.deviceId.slice(0, 8)}
                </a>{' '}
                · {e.seq}
              </td>
              <td class="nowrap">{e.type.replace(/_/g, ' ')}</td>
              <td class="mono">{siteOf(e)}</td>
              <td>{eventSummary(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
