/** @jsxImportSource hono/jsx */
import { describeClockSkew } from './clock-skew';
import { ColumnHeads } from './layout';
import type { ChainPageReport, DeviceChainSummary } from '../audit/verify-device-chain';

/** How far the device's clock was off at its last sync that said when it sent, flagged beyond a minute (its event times are then off too). */
export function ClockSkew(props: { ms: number; at: string }) {
  return (
    <>
      <span class={Math.abs(props.ms) > 60_000 ? 'badge warn' : undefined}>{describeClockSkew(props.ms)}</span> <span class="muted">as of {props.at.replace('T', ' ').slice(0, 16)}</span>
    </>
  );
}

/** Every device with what D1 holds of its chain; full verification is one click away. */
export function ChainTable(props: { devices: DeviceChainSummary[] }) {
  if (props.devices.length === 0) return <p class="muted">No devices enrolled.</p>;
  return (
    <div class="scroll">
      <table>
        <caption class="visually-hidden">Chain status per device</caption>
        <thead>
          <tr>
            <th scope="col">Device</th>
            <th scope="col">User</th>
            <th scope="col">Status</th>
            <th scope="col" class="num">
              Accepted head
            </th>
            <th scope="col" class="num">
              Stored events
            </th>
            <th scope="col" class="num">
              Refused batches
            </th>
            <th scope="col">Device clock</th>
            <th scope="col">Full check</th>
          </tr>
        </thead>
        <tbody>
          {props.devices.map((d) => (
            <tr>
              <td class="mono" title={d.deviceId}>
                {d.deviceId}
                {d.revokedAt ? <span class="badge warn"> revoked</span> : null}
              </td>
              <td>{d.userId}</td>
              <td>
                {d.contiguous && d.refusedBatches === 0 ? (
                  <span class="badge ok">contiguous</span>
                ) : d.contiguous ? (
                  <span class="badge warn">refused batches</span>
                ) : (
                  <span class="badge bad">gaps or truncated</span>
                )}
              </td>
              <td class="num">{d.acceptedSeq}</td>
              <td class="num">{d.storedEvents}</td>
              <td class="num">{d.refusedBatches}</td>
              <td>{d.clockSkew ? <ClockSkew {...d.clockSkew} /> : <span class="muted">not reported</span>}</td>
              <td>
                <a href={`/audit/chain/${d.deviceId}`} aria-label={`Verify hashes of device ${d.deviceId}`}>
                  Verify hashes
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const PROBLEM_TEXT = {
  gap: 'missing events before this one',
  broken_link: 'does not link to the event before it',
  bad_hash: 'content does not match its hash (edited)',
} as const;

/** One page of full verification of a device's chain, with the link to the next page. */
export function ChainReportView(props: { report: ChainPageReport }) {
  const r = props.report;
  const whole = r.problems.length === 0 && r.reachesHead !== false && r.clock.aheadOfServer === 0;
  return (
    <>
      <h2>
        Device <span class="mono">{r.deviceId}</span>
      </h2>
      <p>
        Checked {r.checked} events{r.lastCheckedSeq !== null ? `, seq ${r.firstCheckedSeq}–${r.lastCheckedSeq}` : ''}:{' '}
        {whole ? <span class="badge ok">no problems on this page</span> : <span class="badge bad">{r.problems.length} problem(s)</span>}
      </p>
      {r.firstStoredSeq !== null && r.firstStoredSeq > 1 && (
        <p class="muted">D1 holds this device's events from seq {r.firstStoredSeq}: earlier ones are archived or missing, and the first stored event's link is taken as the start.</p>
      )}
      {r.problems.length > 0 && (
        <table>
          <caption class="visually-hidden">Chain problems</caption>
          <ColumnHeads columns={['Seq', 'Problem']} />
          <tbody>
            {r.problems.map((p) => (
              <tr>
                <td class="mono">{p.seq}</td>
                <td>{p.kind === 'gap' ? `${PROBLEM_TEXT.gap} (expected seq ${p.expectedSeq})` : PROBLEM_TEXT[p.kind]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ul>
        <li>
          Device clock ahead of the server by more than 2 minutes: {r.clock.aheadOfServer} event(s){r.clock.maxAheadMs > 0 ? `, at most ${Math.round(r.clock.maxAheadMs / 1000)} s` : ''}.
        </li>
        <li>Device clock running backwards between consecutive events: {r.clock.backwards} time(s).</li>
        {r.reachesHead !== null && <li>{r.reachesHead ? 'The stored chain ends at the head the server accepted.' : 'The stored chain does not reach the head the server accepted: events at its end are missing.'}</li>}
      </ul>
      <p class="pager">
        {r.nextSeq !== null ? <a href={`/audit/chain/${r.deviceId}?afterSeq=${r.nextSeq}`}>Check the next events (after seq {r.nextSeq})</a> : <span>End of the chain.</span>}
        <a href="/audit/chain">All devices</a>
      </p>
    </>
  );
}
