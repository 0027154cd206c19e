/** @jsxImportSource hono/jsx */
import type { Verdict } from '../integrity/checkpoint';
import type { IntegrityAlert } from '../integrity/integrity-alerts';
import type { ListedCheckpoint } from '../integrity/tree-store';
import { ColumnHeads } from './layout';

/** A proof computed and verified on the server: what was checked, the verdict, and the proof's hashes. */
export interface ProofCheck {
  title: string;
  verdict: Verdict;
  facts: [label: string, value: string][];
  proof: string[];
}

/**
 * The tenant's Merkle log: signed checkpoints and their archive state, inclusion and consistency
 * checks run by the server (the page has no script) and what the integrity job flagged.
 */
export function IntegrityPage(props: { checkpoints: ListedCheckpoint[]; pages: { after: number; later: number | null }; alerts: IntegrityAlert[]; check: ProofCheck | null; problem: string | null; query: { event?: string; from?: string; to?: string } }) {
  return (
    <>
      <h2>Verify the log</h2>
      <p class="muted">The server builds the proof from D1 and checks it against the signed checkpoint with the published keys, as the offline verifier does.</p>
      <div class="grid2">
        <form method="get" action="/audit/integrity" class="filters" aria-label="Verify inclusion">
          <label>
            Event id
            <input type="number" name="event" min={1} required value={props.query.event} />
          </label>
          <button type="submit" class="primary">
            Verify inclusion
          </button>
        </form>
        <form method="get" action="/audit/integrity" class="filters" aria-label="Verify consistency">
          <label>
            From tree size
            <input type="number" name="from" min={1} required value={props.query.from} />
          </label>
          <label>
            To tree size
            <input type="number" name="to" min={1} required value={props.query.to} />
          </label>
          <button type="submit" class="primary">
            Verify consistency
          </button>
        </form>
      </div>
      {props.problem && (
        <p class="problems" role="alert">
          {props.problem}
        </p>
      )}
      {props.check && <ProofResult check={props.check} />}
      <h2>Signed checkpoints</h2>
      <CheckpointTable checkpoints={props.checkpoints} />
      <p class="pager">
        {props.pages.after > 0 && <a href="/audit/integrity">Earliest checkpoints</a>}
        {props.pages.later !== null && <a href={`/audit/integrity?after=${props.pages.later}`}>Later checkpoints</a>}
      </p>
      <h2>Integrity job alerts</h2>
      <AlertTable alerts={props.alerts} />
    </>
  );
}

function ProofResult(props: { check: ProofCheck }) {
  const { check } = props;
  return (
    <section aria-labelledby="result-heading" class="card">
      <h3 id="result-heading">{check.title}</h3>
      {check.verdict.ok ? (
        <p role="status">
          <span class="badge ok">verified</span> {check.verdict.detail}
        </p>
      ) : (
        <p role="alert">
          <span class="badge bad">failed</span> {check.verdict.problem}
        </p>
      )}
      <dl>
        {check.facts.map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd class="mono">{value}</dd>
          </>
        ))}
      </dl>
      <h3>Proof ({check.proof.length} hashes)</h3>
      <ol class="mono">
        {check.proof.map((hash) => (
          <li>{hash}</li>
        ))}
      </ol>
    </section>
  );
}

function CheckpointTable(props: { checkpoints: ListedCheckpoint[] }) {
  if (props.checkpoints.length === 0) return <p class="muted">No checkpoint signed yet: the integrity job signs one a day.</p>;
  return (
    <div class="scroll">
      <table>
        <caption class="visually-hidden">Signed checkpoints, oldest first</caption>
        <ColumnHeads columns={['Day', 'Tree size', 'Root', 'Signing key', 'Archived', 'Verified', 'Pruned']} />
        <tbody>
          {props.checkpoints.map(({ day, checkpoint, archivedAt, verifiedAt, prunedAt }) => (
            <tr>
              <td>{day}</td>
              <td class="num">{checkpoint.treeSize}</td>
              <td class="mono">{checkpoint.rootHash}</td>
              <td class="mono">{checkpoint.keyId}</td>
              <td>{archivedAt ?? 'no'}</td>
              <td>{verifiedAt ?? 'no'}</td>
              <td>{prunedAt ?? 'no'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AlertTable(props: { alerts: IntegrityAlert[] }) {
  if (props.alerts.length === 0) return <p class="muted">None: the job has found nothing wrong.</p>;
  return (
    <table>
      <caption class="visually-hidden">Integrity job alerts, newest first</caption>
      <ColumnHeads columns={['When (UTC)', 'Kind', 'Detail']} />
      <tbody>
        {props.alerts.map((a) => (
          <tr>
            <td class="mono">{a.at.replace('T', ' ').slice(0, 19)}</td>
            <td>
              <span class="badge bad">{a.kind.replace(/_/g, ' ')}</span>
            </td>
            <td>{a.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
