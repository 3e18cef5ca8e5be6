import cron from "node-cron";

/** When digests go out: a cron expression read in an IANA time zone. */
export interface DigestSchedule {
  readonly cron: string;
  readonly timezone: string;
}

/** Whether an instant is a digest slot (to the minute), in the schedule's zone. */
export type SlotMatcher = (date: Date) => boolean;

/**
 * Uses node-cron's own matcher, so the slots the bot computes (for catch-up) are exactly the
 * times node-cron fires at, daylight-saving changes included.
 */
export function slotMatcher(schedule: DigestSchedule): SlotMatcher {
  const task = cron.createTask(schedule.cron, () => undefined, { timezone: schedule.timezone });
  return (date) => task.match(date);
}

/** The minute an instant falls in: a slot's identity, whatever second a trigger fired at. */
export function floorToMinute(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 60_000) * 60_000);
}

/**
 * The most recent slot at or before `now`, no older than `withinHours`, or null. Used at start to
 * post a digest the bot missed while it was down (node-cron itself does not catch up).
 */
export function latestSlot(matches: SlotMatcher, now: Date, withinHours: number): Date | null {
  const newest = floorToMinute(now).getTime();
  for (let minutes = 0; minutes <= withinHours * 60; minutes++) {
    const candidate = new Date(newest - minutes * 60_000);
    if (matches(candidate)) return candidate;
  }
  return null;
}
