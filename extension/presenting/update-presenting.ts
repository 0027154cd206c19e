import type { PresentingSource } from '../../shared/events';
import { DEFAULT_PRESENTATION_POLICY, type PresentationPolicy } from '../../shared/policy';
import type { AuditDb } from '../audit/audit-db';
import type { ManagedPolicy } from '../settings/managed-policy';
import { recordEvent } from '../audit/record-event';
import { auditWrite } from '../background/audit-write';
import { notifySettingsChanged } from '../background/notify-tabs';
import { showPresentingBadge } from './presenting-badge';
import { isScheduledAt, readSchedule } from './presenting-schedule';
import { presentingReason, readPresentingState, writePresentingState, type PresentingState } from './presenting-state';

// Changes run one at a time: two captures reported at once must not overwrite each other's write.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies one change to presentation mode's inputs (`cause` says what kind: a detected capture,
 * the person's switch; null for a re-evaluation, whose cause is whatever had kept it on) and,
 * when that turns presentation mode on or off, records
 * presenting_started/stopped, shows or clears the badge and tells every tab to re-read its
 * settings. `change` may throw a Refusal: nothing is then stored.
 *
 * Turning on is never held back by the audit log: a failure to record is shown (storage alert)
 * and masking still tightens.
 */
export function updatePresenting<T>(db: AuditDb, cause: PresentingSource | null, change: (state: PresentingState, policy: PresentationPolicy, scheduled: boolean) => T): Promise<T> {
  const run = queue.then(async () => {
    const state = structuredClone(await readPresentingState());
    const [policy, scheduled] = await Promise.all([presentationPolicy(db), scheduledNow()]);
    const result = change(state, policy, scheduled);
    state.dismissed = state.dismissed.filter((id) => id in state.captures);
    const reason = presentingReason(state, policy, scheduled);
    const on = reason !== null;
    const changed = on !== state.active;
    const source = reason ?? cause ?? state.reason ?? 'policy';
    state.active = on;
    state.reason = reason;
    await writePresentingState(state);
    if (changed) {
      await Promise.all([
        auditWrite(() => recordEvent(db, { type: on ? 'presenting_started' : 'presenting_stopped', source })).catch(() => undefined),
        showPresentingBadge(on),
        notifySettingsChanged(),
      ]);
    }
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function presentationPolicy(db: AuditDb): Promise<PresentationPolicy> {
  return presentationPolicyOf(await db.getMeta('managedPolicy'));
}

function presentationPolicyOf(managed: ManagedPolicy | null | undefined): PresentationPolicy {
  return managed?.presentation ?? DEFAULT_PRESENTATION_POLICY;
}

async function scheduledNow(): Promise<boolean> {
  return isScheduledAt(await readSchedule(), new Date());
}

/**
 * Whether pages must obey the presentation policy now, under this managed policy (its always-on
 * applies even before the next update). The caller passes the policy it already read.
 */
export async function isPresenting(managed: ManagedPolicy | null): Promise<boolean> {
  return (await readPresentingState()).active || presentationPolicyOf(managed).alwaysOn;
}

/** Alarm that re-evaluates presentation mode each minute: the schedule's windows, and a policy that makes it permanent, take effect. */
export const PRESENTING_ALARM = 'presenting';

/** Re-evaluates presentation mode without changing its inputs (start-up, the minute alarm). */
export function refreshPresenting(db: AuditDb): Promise<void> {
  return updatePresenting(db, null, () => undefined);
}
