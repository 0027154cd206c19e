/** @jsxImportSource hono/jsx */
import type { UserRow } from '../policy/tenant-admin';
import { ColumnHeads, Notice } from '../dashboard/layout';

/** Users with their devices and auditor access; adding users and issuing or revoking auditor tokens. */
export function UsersPage(props: { users: UserRow[]; problem?: string | undefined; done?: string | undefined; issued?: { userId: string; token: string } | undefined }) {
  return (
    <>
      <Notice problem={props.problem} done={props.done} />
      {props.issued && (
        <p role="status">
          Auditor token for <strong>{props.issued.userId}</strong>: <code>{props.issued.token}</code>. Copy it now: it is shown only once and stored only as a hash.
        </p>
      )}
      <form method="post" action="/admin/users">
        <label>
          New user id (a staff id, not a name)
          <input name="userId" required maxlength={128} autocomplete="off" />
        </label>
        <button type="submit">Add user</button>
      </form>
      {props.users.length === 0 ? (
        <p>No users yet.</p>
      ) : (
        <table>
          <ColumnHeads columns={['User', 'Added', 'Active devices', 'Auditor access']} />
          <tbody>
            {props.users.map((u) => (
              <tr>
                <th scope="row">{u.userId}</th>
                <td>{u.createdAt}</td>
                <td>{u.activeDevices}</td>
                <td>
                  <form method="post" action={`/admin/users/${encodeURIComponent(u.userId)}/auditor`}>
                    <button type="submit" aria-label={`Issue an auditor token to ${u.userId}`}>
                      Issue auditor token
                    </button>
                  </form>
                  {u.auditor && (
                    <form method="post" action={`/admin/users/${encodeURIComponent(u.userId)}/auditor/revoke`}>
                      <button type="submit" aria-label={`Revoke auditor access of ${u.userId}`}>
                        Revoke auditor access
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
