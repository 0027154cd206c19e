import { browser } from 'wxt/browser';
import type { PresentingSource } from '../../shared/events';
import type { AuditDb } from '../audit/audit-db';
import type { MessageOf } from '../messages';
import { captureAliveMessage } from '../presenting/capture-messages';
import { isScheduledAt, presentingScheduleSchema, readSchedule, writeSchedule, type PresentingSchedule } from '../presenting/presenting-schedule';
import { liveCaptures, MAX_CAPTURES, presentingReason, readPresentingState, type CaptureRecord } from '../presenting/presenting-state';
import { presentationPolicy, updatePresenting } from '../presenting/update-presenting';
import { Refusal } from '../refusal';

/** The manifest command (wxt.config.ts) of the presenting switch's shortcut. */
export const TOGGLE_PRESENTING_COMMAND = 'toggle-presenting';

/** What the popup shows about presentation mode. */
export interface PresentingStatus {
  presenting: boolean;
  /** Why it is on; null when off. */
  source: PresentingSource | null;
  /** Screen captures running now (not dismissed). */
  captures: number;
  manual: boolean;
  /** Whether the person's switch may turn it off now (policy, schedule). */
  mayTurnOff: boolean;
  schedule: PresentingSchedule;
}

/** A page's content script saw a screen, window or tab capture start. */
export async function handleCaptureStarted(db: AuditDb, { captureId }: MessageOf<'capture-started'>, where: CaptureRecord): Promise<void> {
  await updatePresenting(db, 'detected', (state) => {
    if (!(captureId in state.captures) && Object.keys(state.captures).length >= MAX_CAPTURES) throw new Refusal('Too many screen captures reported at once.');
    state.captures[captureId] = where;
  });
}

/** A capture ended. Only the frame that reported it can end it, so another page cannot loosen masking. */
export async function handleCaptureEnded(db: AuditDb, { captureId }: MessageOf<'capture-ended'>, where: CaptureRecord): Promise<void> {
  await updatePresenting(db, 'detected', (state) => {
    const capture = state.captures[captureId];
    if (capture?.tabId !== where.tabId || capture.frameId !== where.frameId) return;
    delete state.captures[captureId];
  });
}

/**
 * The person's switch (popup, shortcut). Off also sets aside the captures running now (a share
 * that shows no PHI), unless policy keeps presentation mode on; a new capture turns it on again.
 */
export async function handleSetPresenting(db: AuditDb, { on }: MessageOf<'set-presenting'>): Promise<PresentingStatus> {
  await updatePresenting(db, 'manual', (state, policy, scheduled) => {
    if (on) {
      state.manual = true;
      return;
    }
    if (policy.alwaysOn) throw new Refusal('Your organisation’s policy keeps presentation mode on.');
    if (scheduled) throw new Refusal('Your presenting schedule keeps presentation mode on now: change the schedule in the extension’s settings.');
    if (!policy.usersMayTurnOff && liveCaptures(state).length > 0) throw new Refusal('Your organisation’s policy keeps presentation mode on while the screen is shared.');
    state.manual = false;
    state.dismissed = Object.keys(state.captures);
  });
  return handleGetPresenting(db);
}

export async function handleGetPresenting(db: AuditDb): Promise<PresentingStatus> {
  const [state, policy, schedule] = await Promise.all([readPresentingState(), presentationPolicy(db), readSchedule()]);
  const scheduled = isScheduledAt(schedule, new Date());
  const source = presentingReason(state, policy, scheduled);
  const captures = liveCaptures(state).length;
  const mayTurnOff = !policy.alwaysOn && !scheduled && (policy.usersMayTurnOff || captures === 0);
  return { presenting: source !== null, source, captures, manual: state.manual, mayTurnOff, schedule };
}

/** Options page: the person's presenting schedule, applied at once. */
export async function handleSetPresentingSchedule(db: AuditDb, { schedule }: MessageOf<'set-presenting-schedule'>): Promise<PresentingStatus> {
  const parsed = presentingScheduleSchema.safeParse(schedule);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [index, field] = issue.path;
    throw new Refusal(`The schedule was not saved: window ${Number(index ?? 0) + 1}${field === undefined ? '' : ` (${String(field)})`} ${issue.message}.`);
  }
  await writeSchedule(parsed.data);
  await updatePresenting(db, 'schedule', () => undefined);
  return handleGetPresenting(db);
}

/** The hotkey: flips presentation mode (where policy keeps it on, it stays on; the popup says why). */
export async function togglePresenting(db: AuditDb): Promise<void> {
  const { presenting } = await handleGetPresenting(db);
  await handleSetPresenting(db, { kind: 'set-presenting', on: !presenting }).catch(() => undefined);
}

/** A closed tab's captures are over. */
export async function forgetTabCaptures(db: AuditDb, tabId: number): Promise<void> {
  const state = await readPresentingState();
  if (!Object.values(state.captures).some((capture) => capture.tabId === tabId)) return;
  await updatePresenting(db, 'detected', (next) => {
    for (const [id, capture] of Object.entries(next.captures)) if (capture.tabId === tabId) delete next.captures[id];
  });
}

/**
 * A tab started loading a page: captures of documents that are gone are over (their content
 * script normally says so on pagehide; this catches a page that could not). A document that still
 * answers keeps its captures, so an SPA route change does not loosen masking.
 */
export async function checkTabCaptures(db: AuditDb, tabId: number): Promise<void> {
  const state = await readPresentingState();
  const ofTab = Object.entries(state.captures).filter(([, capture]) => capture.tabId === tabId);
  if (ofTab.length === 0) return;
  const gone: string[] = [];
  for (const [id, capture] of ofTab) {
    const alive = await browser.tabs
      .sendMessage(tabId, captureAliveMessage(id), capture.documentId ? { documentId: capture.documentId } : { frameId: capture.frameId })
      .then((answer) => answer === true, () => false);
    if (!alive) gone.push(id);
  }
  if (gone.length === 0) return;
  await updatePresenting(db, 'detected', (next) => {
    for (const id of gone) delete next.captures[id];
  });
}
