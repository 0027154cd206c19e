import { browser } from 'wxt/browser';
import { z } from 'zod';

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 09:30');

/** A weekly time window (device local time) in which presentation mode is on: e.g. Mon-Fri 09:00-09:30 for a daily stand-up. */
export const scheduleWindowSchema = z
  .strictObject({
    /** 0 Sunday ... 6 Saturday, as Date.getDay(). */
    days: z.array(z.number().int().min(0).max(6)).min(1, 'must name at least one day').max(7),
    start: timeSchema,
    end: timeSchema,
  })
  .refine((window) => window.start < window.end, { message: 'must end after it starts', path: ['end'] });

export const presentingScheduleSchema = z.array(scheduleWindowSchema).max(20);
export type PresentingSchedule = z.infer<typeof presentingScheduleSchema>;

/** Whether `at` (local time) falls in one of the schedule's windows: from its start minute up to, not including, its end minute. */
export function isScheduledAt(schedule: PresentingSchedule, at: Date): boolean {
  const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  return schedule.some((window) => window.days.includes(at.getDay()) && window.start <= time && time < window.end);
}

// The person's own, on this device (local storage: it outlives the browser session, unlike running captures).
const KEY = 'presentingSchedule';

export async function readSchedule(): Promise<PresentingSchedule> {
  return ((await browser.storage.local.get(KEY))[KEY] as PresentingSchedule | undefined) ?? [];
}

export async function writeSchedule(schedule: PresentingSchedule): Promise<void> {
  await browser.storage.local.set({ [KEY]: schedule });
}
