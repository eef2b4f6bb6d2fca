/**
 * Review periods: fixed 14-day windows of calendar days in the spreadsheet's time zone, anchored
 * at a Monday epoch. A period's key is its first day ("2026-01-12"), so it is stable whatever the
 * review weekday, the trigger's jitter or a settings change, and keys sort as strings.
 */
import { addDays, type DayKey, dayKey, daysBetween, isoWeekday } from "../sheet/calendar";

/** A Monday: every period starts on a Monday, 14·n days from here. */
export const PERIOD_EPOCH: DayKey = "2024-01-01";
export const PERIOD_DAYS = 14;

export interface ReviewPeriod {
  /** The period's stable key: its first day. */
  key: DayKey;
  start: DayKey;
  /** Last day, inclusive. */
  end: DayKey;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(key: string): boolean {
  const m = DAY_KEY.exec(key);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The period a calendar day belongs to. */
export function periodOfDay(day: DayKey): ReviewPeriod {
  const offset = daysBetween(PERIOD_EPOCH, day);
  const index = Math.floor(offset / PERIOD_DAYS);
  const start = addDays(PERIOD_EPOCH, index * PERIOD_DAYS);
  return { key: start, start, end: addDays(start, PERIOD_DAYS - 1) };
}

/** The period `now` falls in, in the spreadsheet's time zone. */
export function currentPeriod(now: Date, timeZone: string): ReviewPeriod {
  return periodOfDay(dayKey(now, timeZone));
}

/** The period with this key, or null when the key is not a period's first day. */
export function periodFromKey(key: string): ReviewPeriod | null {
  if (!isRealDay(key)) return null;
  const period = periodOfDay(key);
  return period.key === key ? period : null;
}

/** The period `count` periods after `period` (before, when negative). */
export function shiftPeriod(period: ReviewPeriod, count: number): ReviewPeriod {
  return periodOfDay(addDays(period.start, count * PERIOD_DAYS));
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function dayParts(key: DayKey): { y: number; m: number; d: number } {
  const [y, m, d] = key.split("-").map(Number) as [number, number, number];
  return { y, m, d };
}

/** "12 Jan 2026". */
export function dayLabel(key: DayKey): string {
  const { y, m, d } = dayParts(key);
  return `${d} ${MONTHS[m - 1] ?? "?"} ${y}`;
}

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** "Monday 19 Jan": a day near enough that the year goes without saying. */
export function weekdayLabel(key: DayKey): string {
  const { m, d } = dayParts(key);
  return `${WEEKDAYS[isoWeekday(key) - 1] ?? "?"} ${d} ${MONTHS[m - 1] ?? "?"}`;
}

/** "12–25 Jan 2026", "26 Jan – 8 Feb 2026", "29 Dec 2025 – 11 Jan 2026". */
export function periodLabel(period: ReviewPeriod): string {
  const a = dayParts(period.start);
  const b = dayParts(period.end);
  const month = (m: number) => MONTHS[m - 1] ?? "?";
  if (a.y !== b.y) return `${dayLabel(period.start)} – ${dayLabel(period.end)}`;
  if (a.m !== b.m) return `${a.d} ${month(a.m)} – ${b.d} ${month(b.m)} ${b.y}`;
  return `${a.d}–${b.d} ${month(b.m)} ${b.y}`;
}
