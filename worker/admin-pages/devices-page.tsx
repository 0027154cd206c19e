/** @jsxImportSource hono/jsx */
import type { DeviceRow } from '../policy/tenant-admin';
import { ClockSkew } from '../dashboard/chain-pages';
import { ColumnHeads, Notice } from '../dashboard/layout';

/** Devices with last sync, policy version and chain status, a revoke button each, and a form for enrolment codes. */
export function DevicesPage(props: { devices: DeviceRow[]; policyVersion: number; problem?: string | undefined; done?: string | undefined; code?: { code: string; userId: string; expiresAt: string } | undefined }) {
  return (
    <>
      <Notice problem={props.problem} done={props.done} />
      <section aria-labelledby="enrol-heading">
        <h3 id="enrol-heading">Enrol a device</h3>
        {props.code && (
          <p role="status">
            Enrolment code for <strong>{props.code.userId}</strong>: <code>{props.code.code}</code> (one use, until {props.code.expiresAt}). It is shown only now.
          </p>
        )}
        <form method="post" action="/admin/enrolment-codes">
          <label>
            User id
            <input name="userId" required maxlength={128} autocomplete="off" />
          </label>
          <button type="submit">Create enrolment code</button>
        </form>
      </section>
      <section aria-labelledby="devices-heading">
        <h3 id="devices-heading">Devices</h3>
        {props.devices.length === 0 ? (
          <p>No device has enrolled yet.</p>
        ) : (
          <table>
            <caption class="muted">The current policy is version {props.policyVersion}.</caption>
            <ColumnHeads columns={['Device', 'User', 'Enrolled', 'Last sync', 'Clock', 'Policy', 'Chain', 'Status']} />
            <tbody>
              {props.devices.map((d) => (
                <tr>
                  <th scope="row">
                    <code>{d.deviceId}</code>
                  </th>
                  <td>{d.userId}</td>
                  <td>{d.enrolledAt}</td>
                  <td>{d.lastSyncAt ?? 'never'}</td>
                  <td>{d.clockSkew ? <ClockSkew {...d.clockSkew} /> : 'not reported'}</td>
                  <td>{d.policyVersion === null ? 'not fetched' : d.policyVersion === props.policyVersion ? `v${d.policyVersion} (current)` : `v${d.policyVersion} (behind)`}</td>
                  <td>
                    {d.chain.contiguous ? 'intact' : 'gaps'}: {d.chain.storedEvents} events to #{d.chain.acceptedSeq}
                    {d.chain.refusedBatches > 0 && `, ${d.chain.refusedBatches} refused batches`}
                  </td>
                  <td>
                    {d.revokedAt ? (
                      `revoked ${d.revokedAt}`
                    ) : (
                      <form method="post" action={`/admin/devices/${d.deviceId}/revoke`}>
                        <button type="submit" aria-label={`Revoke device ${d.deviceId} of ${d.userId}`}>
                          Revoke
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
