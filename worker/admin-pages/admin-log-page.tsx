/** @jsxImportSource hono/jsx */
import { ColumnHeads } from '../dashboard/layout';
import type { AdminActionEntry } from '../policy/admin-actions';

/** The tenant's admin actions, newest first (on the admin pages and the auditor dashboard, each at its own path). */
export function AdminLogPage(props: { path: string; entries: AdminActionEntry[]; nextCursor: number | null }) {
  return (
    <>
      <table>
        <ColumnHeads columns={['When', 'Admin', 'Action', 'Target', 'Detail']} />
        <tbody>
          {props.entries.map((e) => (
            <tr>
              <td>{e.at}</td>
              <td>{e.subject}</td>
              <td>{e.action.replaceAll('_', ' ')}</td>
              <td>{e.target}</td>
              <td>{Object.keys(e.detail).length > 0 ? JSON.stringify(e.detail) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.nextCursor !== null && <a href={`${props.path}?before=${props.nextCursor}`}>Older entries</a>}
    </>
  );
}
