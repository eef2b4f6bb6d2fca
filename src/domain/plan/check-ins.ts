/**
 * The check-in log as the roll-up reads it. A check-in dated after today is a meeting planned
 * ahead, not one that happened, so "last check-in" only looks at days up to today.
 */
import { type DayKey, dayKey } from "../sheet/calendar";
import type { CheckIn } from "./plan";

/** Check-ins on or before today, oldest first (sheet order kept for the same day). */
export function pastCheckIns(
  checkIns: readonly CheckIn[],
  today: DayKey,
  timeZone: string,
): CheckIn[] {
  return checkIns
    .map((c, i) => ({ c, i, day: dayKey(c.date, timeZone) }))
    .filter((x) => x.day <= today)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.i - b.i))
    .map((x) => x.c);
}

/** The latest check-in on or before today, or null. */
export function lastCheckIn(
  checkIns: readonly CheckIn[],
  today: DayKey,
  timeZone: string,
): CheckIn | null {
  const past = pastCheckIns(checkIns, today, timeZone);
  return past[past.length - 1] ?? null;
}
