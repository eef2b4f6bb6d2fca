/**
 * Wall-clock time in an IANA time zone, via Intl. The emulator keeps its own copy (rather than
 * importing src/domain/calendar.ts) so that the domain code is never tested against itself.
 */

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function wallTime(ms: number, timeZone: string): WallTime {
  const out: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, weekday: 0 };
  for (const part of formatter(timeZone).formatToParts(new Date(ms))) {
    if (part.type === "weekday") out.weekday = WEEKDAYS[part.value] ?? 0;
    else if (part.type in out) out[part.type as keyof WallTime] = Number(part.value);
  }
  return out;
}

/** The instant a wall-clock time happens in a zone (the earlier one across a DST fold). */
export function zonedMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wanted;
  for (let i = 0; i < 3; i++) {
    const w = wallTime(guess, timeZone);
    const seen = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
    if (seen === wanted) break;
    guess += wanted - seen;
  }
  return guess;
}

/** "YYYY-MM-DD" of an instant in a zone. */
export function dayKeyOf(ms: number, timeZone: string): string {
  const w = wallTime(ms, timeZone);
  return `${String(w.year).padStart(4, "0")}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;
}

/** The calendar date `days` after (y, m, d), as [y, m, d]. */
export function addCalendarDays(
  year: number,
  month: number,
  day: number,
  days: number,
): [number, number, number] {
  const t = new Date(Date.UTC(year, month - 1, day + days));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/** English month and weekday names (Monday first), for formatted dates. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
export const DAY_NAMES = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;
