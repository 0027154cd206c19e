/** @jsxImportSource hono/jsx */
import { ColumnHeads } from './layout';
import type { AccessLogEntry } from '../audit/access-log';

/** Who used the audit log, how, when: filter values are ids, codes, origins and times, never PHI. */
export function AccessTable(props: { entries: AccessLogEntry[] }) {
  if (props.entries.length === 0) return <p class="muted">No use recorded yet.</p>;
  return (
    <div class="scroll">
      <table>
        <caption class="visually-hidden">Access log</caption>
        <ColumnHeads columns={['When (UTC)', 'Who', 'What', 'Query']} />
        <tbody>
          {props.entries.map((e) => (
            <tr>
              <td class="mono">{e.at.replace('T', ' ').slice(0, 19)}</td>
              <td>{e.subject}</td>
              <td>{e.action.replace(/_/g, ' ')}</td>
              <td class="mono">
                {Object.entries(e.query)
                  .map(([k, v]) => `${k}=${String(v)}`)
                  .join(' ') || '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
