/**
 * Calendar days in the spreadsheet's time zone. Sheets stores a date as a day in the
 * spreadsheet's zone and hands it to Apps Script as the instant of that day's midnight there,
 * so "today", "overdue" and "days since" are all computed on day keys ("YYYY-MM-DD") in that zone.
 */

/** A calendar day, "YYYY-MM-DD". */
export type DayKey = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * Wall clocks already worked out, by zone and instant: Intl's formatToParts is the slowest step
 * of reading a program (a plan holds dozens of dates, and plans share them), so each is asked
 * once. Bounded, so a long execution cannot grow it without end.
 */
const wallClocks = new Map<string, Readonly<WallClock>>();
const WALL_CLOCKS_KEPT = 20_000;

/** The wall-clock time of an instant in a time zone. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const key = `${timeZone}|${instant.getTime()}`;
  const known = wallClocks.get(key);
  if (known) return { ...known };
  const parts: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(instant)) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const clock = {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
  if (wallClocks.size >= WALL_CLOCKS_KEPT) wallClocks.clear();
  wallClocks.set(key, clock);
  return { ...clock };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The calendar day of an instant in a time zone. */
export function dayKey(instant: Date, timeZone: string): DayKey {
  const w = wallClock(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

function dayNumber(key: DayKey): number {
  const [y, m, d] = key.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return dayNumber(to) - dayNumber(from);
}

/** The day `days` after `key` (or before, when negative). */
export function addDays(key: DayKey, days: number): DayKey {
  const t = new Date((dayNumber(key) + days) * 86_400_000);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** `days` after a typed "YYYY-MM-DD" date, or "" when it is not one (nothing to count from). */
export function dateAfter(start: string, days: number): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(start) ? addDays(start, days) : "";
}

/** The instant a wall-clock time in a time zone happens (the earlier one across a DST fold). */
export function zonedInstant(key: DayKey, timeZone: string, hour = 0, minute = 0): Date {
  const [y, m, d] = key.split("-").map(Number) as [number, number, number];
  const wanted = Date.UTC(y, m - 1, d, hour, minute);
  // Two passes of "guess, see the offset there, correct" settle on the right instant.
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const w = wallClock(new Date(guess), timeZone);
    const seen = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
    guess += wanted - seen;
  }
  return new Date(guess);
}

/** Midnight of a day in a time zone: the Date Sheets returns for a date cell. */
export function dateOfDay(key: DayKey, timeZone: string): Date {
  return zonedInstant(key, timeZone);
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(key: DayKey): number {
  return ((((dayNumber(key) + 3) % 7) + 7) % 7) + 1;
}

/**
 * The same day of the month `months` later, or the month's last day when it is shorter (what
 * Sheets' EDATE gives: https://support.google.com/docs/answer/3092974).
 */
export function addMonths(key: DayKey, months: number): DayKey {
  const [y, m, d] = key.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The earliest of some days (ISO keys sort as text). */
export function earliestDay(first: DayKey, ...rest: DayKey[]): DayKey {
  return rest.reduce((a, b) => (b.localeCompare(a) < 0 ? b : a), first);
}
