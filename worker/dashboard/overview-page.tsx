/** @jsxImportSource hono/jsx */
import { REVEAL_REASONS, type RevealReason } from '../../shared/reveal-reasons';
import type { AccessLogEntry } from '../audit/access-log';
import type { RevealAggregates } from '../audit/reveal-aggregates';
import type { DeviceChainSummary } from '../audit/verify-device-chain';
import { viewQueryString, type DashboardQuery } from './dashboard-query';
import { ChainTable } from './chain-pages';
import { ExportLinks, FilterForm } from './filter-form';
import { AccessTable } from './access-log-page';
import { TimelineChart } from './timeline-chart';

/** The event types the overview counts as security alerts. */
export const SECURITY_EVENT_TYPES = ['masking_failed', 'site_protection_changed', 'panic_changed'] as const;

export interface OverviewData {
  query: DashboardQuery;
  aggregates: RevealAggregates;
  typeCounts: Record<string, number>;
  devices: DeviceChainSummary[];
  recentAccess: AccessLogEntry[];
}

/** Links to the same view narrowed by one more filter. */
const narrow = (query: DashboardQuery, extra: Partial<DashboardQuery>) => `/audit${viewQueryString({ ...query, ...extra })}`;

export function OverviewPage({ query, aggregates: a, typeCounts, devices, recentAccess }: OverviewData) {
  const brokenDevices = devices.filter((d) => !d.contiguous || d.refusedBatches > 0);
  const securityAlerts = (typeCounts.masking_failed ?? 0) + (typeCounts.site_protection_changed ?? 0) + (typeCounts.panic_changed ?? 0);
  const offHoursUsers = a.perUser.filter((u) => u.offHours > 0).sort((x, y) => y.offHours - x.offHours);
  const noTicketUsers = a.perUser.filter((u) => u.withoutTicket > 0).sort((x, y) => y.withoutTicket - x.withoutTicket);
  return (
    <>
      <h2 id="filters">Filters</h2>
      <FilterForm action="/audit" query={query} sites={a.perSite.map((s) => s.site)} />
      <ExportLinks query={query} />

      <section aria-labelledby="summary-h">
        <h2 id="summary-h" class="visually-hidden">
          Summary
        </h2>
        <div class="cards">
          <Card label="Reveals" n={a.total} />
          <Card label="Reveals without a ticket" n={a.withoutTicket} />
          <Card label="Reveals off hours (weekends, before 07:00 or after 19:00 UTC)" n={a.offHours} />
          <Card label="Devices whose chain needs attention" n={brokenDevices.length} alert={brokenDevices.length > 0} />
        </div>
      </section>

      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h">Reveals per {a.timelineUnit}</h2>
        <TimelineChart buckets={a.timeline} unit={a.timelineUnit} />
      </section>

      <section aria-labelledby="anomalies-h">
        <h2 id="anomalies-h">Flagged for review</h2>
        <ul class="anomalies">
          {a.farAbovePeers.map((u) => (
            <li>
              <span class="badge bad">far above peers</span> <a href={narrow(query, { user: u.userId ?? undefined })}>{u.userId ?? 'no user'}</a> revealed {u.reveals} values; the median user revealed {u.peerMedian} (score {u.score}).
            </li>
          ))}
          {brokenDevices.map((d) => (
            <li>
              <span class="badge bad">chain</span> device <a href={`/audit/chain/${d.deviceId}`}>{d.deviceId.slice(0, 8)}</a> ({d.userId}):{' '}
              {d.contiguous ? '' : `D1 holds ${d.storedEvents} events for seqs ${d.firstSeq ?? '–'}–${d.lastSeq ?? '–'} of ${d.acceptedSeq} accepted. `}
              {d.refusedBatches ? `${d.refusedBatches} batch(es) refused at ingest as a gap or broken chain.` : ''}
            </li>
          ))}
          {securityAlerts > 0 && (
            <li>
              <span class="badge warn">security</span> {typeCounts.masking_failed ?? 0} masking failures, {typeCounts.site_protection_changed ?? 0} protection changes, {typeCounts.panic_changed ?? 0} panic switches:{' '}
              <a href={narrow(query, { type: 'masking_failed' })}>failures</a>, <a href={narrow(query, { type: 'site_protection_changed' })}>protection changes</a>
            </li>
          )}
          {noTicketUsers.slice(0, 5).map((u) => (
            <li>
              <span class="badge warn">no ticket</span> <a href={narrow(query, { user: u.userId ?? undefined })}>{u.userId ?? 'no user'}</a>: {u.withoutTicket} of {u.reveals} reveals without a ticket.
            </li>
          ))}
          {offHoursUsers.slice(0, 5).map((u) => (
            <li>
              <span class="badge warn">off hours</span> <a href={narrow(query, { user: u.userId ?? undefined })}>{u.userId ?? 'no user'}</a>: {u.offHours} reveals outside working hours.
            </li>
          ))}
        </ul>
        {a.farAbovePeers.length + brokenDevices.length + securityAlerts + noTicketUsers.length + offHoursUsers.length === 0 && <p class="muted">Nothing flagged for these filters.</p>}
      </section>

      <div class="grid2">
        <section aria-labelledby="users-h">
          <h2 id="users-h">Reveals per user</h2>
          <Table
            caption="Reveals per user"
            head={['User', 'Reveals', 'No ticket', 'Off hours', 'Devices']}
            rows={a.perUser.map((u) => [<a href={narrow(query, { user: u.userId ?? undefined })}>{u.userId ?? 'no user'}</a>, u.reveals, u.withoutTicket, u.offHours, u.devices])}
          />
        </section>
        <section aria-labelledby="sites-h">
          <h2 id="sites-h">Reveals per site</h2>
          <Table caption="Reveals per site" head={['Site', 'Reveals']} rows={a.perSite.map((s) => [<a href={narrow(query, { site: s.site })}>{s.site}</a>, s.reveals])} />
        </section>
      </div>
      <div class="grid2">
        <section aria-labelledby="phi-h">
          <h2 id="phi-h">Reveals per PHI type</h2>
          <Table
            caption="Reveals per PHI type"
            head={['PHI type', 'Reveals']}
            rows={a.perPhiType.map((p) => [p.phiType ? <a href={narrow(query, { phiType: p.phiType as DashboardQuery['phiType'] })}>{p.phiType}</a> : 'whole page', p.reveals])}
          />
        </section>
        <section aria-labelledby="reason-h">
          <h2 id="reason-h">Reveals per reason</h2>
          <Table
            caption="Reveals per reason"
            head={['Reason', 'Reveals']}
            rows={a.perReason.map((r) => [r.reason ? <a href={narrow(query, { reason: r.reason as RevealReason })}>{REVEAL_REASONS[r.reason as RevealReason].label}</a> : 'none given', r.reveals])}
          />
        </section>
      </div>

      <details>
        <summary>Reveals per user per day ({a.perUserPerDay.length} rows)</summary>
        <Table caption="Reveals per user per day" head={['Day (UTC)', 'User', 'Reveals']} numericFrom={2} rows={a.perUserPerDay.map((r) => [r.day, r.userId ?? 'no user', r.reveals])} />
      </details>

      <section aria-labelledby="chain-h">
        <h2 id="chain-h">Chain status per device</h2>
        <ChainTable devices={devices} />
      </section>

      <section aria-labelledby="access-h">
        <h2 id="access-h">Recent use of the audit log</h2>
        <AccessTable entries={recentAccess} />
        <p>
          <a href="/audit/access-log">Full access log</a>
        </p>
      </section>
    </>
  );
}

function Card(props: { label: string; n: number; alert?: boolean }) {
  return (
    <div class={props.alert ? 'card alert' : 'card'}>
      <div class="n">{props.n.toLocaleString('en-US')}</div>
      <div class="label">{props.label}</div>
    </div>
  );
}

/** A table whose columns from `numericFrom` on (default 1) are numbers. */
export function Table(props: { caption: string; head: string[]; rows: unknown[][]; numericFrom?: number }) {
  const numeric = (i: number) => i >= (props.numericFrom ?? 1);
  if (props.rows.length === 0) return <p class="muted">None.</p>;
  return (
    <div class="scroll">
      <table>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.head.map((h, i) => (
              <th scope="col" class={numeric(i) ? 'num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              {row.map((cell, i) => (
                <td class={numeric(i) ? 'num' : undefined}>{cell as string}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
