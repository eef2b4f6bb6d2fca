import { addCalendarDays, wallTime, zonedMs } from "../runtime/zoned-time";

/**
 * When a time-driven trigger fires. Apps Script spreads runs over the hour it was asked for
 * ("nearMinute … plus or minus 15 minutes", atHour picks a time within that hour); the emulator
 * fires exactly at hour:minute so tests are deterministic.
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 */
export type Schedule =
  | { kind: "minutes"; every: number }
  | { kind: "hours"; every: number; minute: number }
  | { kind: "days"; every: number; hour: number; minute: number }
  | { kind: "weeks"; every: number; weekday: number; hour: number; minute: number }
  | { kind: "once"; at: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The first run strictly after `createdMs`. */
export function firstFire(s: Schedule, createdMs: number, timeZone: string): number {
  const w = wallTime(createdMs, timeZone);
  if (s.kind === "once") return s.at;
  if (s.kind === "minutes") return createdMs + s.every * MINUTE;
  if (s.kind === "hours") {
    let t = zonedMs(w.year, w.month, w.day, w.hour, s.minute, timeZone);
    while (t <= createdMs) t += HOUR;
    return t;
  }
  for (let k = 0; k <= 7; k++) {
    const [y, m, d] = addCalendarDays(w.year, w.month, w.day, k);
    const t = zonedMs(y, m, d, s.hour, s.minute, timeZone);
    if (t <= createdMs) continue;
    if (s.kind === "days" || wallTime(t, timeZone).weekday === s.weekday) return t;
  }
  throw new Error("unreachable: a weekday occurs within 8 days");
}

/** The run after the one scheduled at `previousMs`, or null for a one-off trigger. */
export function nextFire(s: Schedule, previousMs: number, timeZone: string): number | null {
  if (s.kind === "once") return null;
  if (s.kind === "minutes") return previousMs + s.every * MINUTE;
  if (s.kind === "hours") return previousMs + s.every * HOUR;
  const w = wallTime(previousMs, timeZone);
  const days = s.kind === "days" ? s.every : 7 * s.every;
  const [y, m, d] = addCalendarDays(w.year, w.month, w.day, days);
  return zonedMs(y, m, d, s.hour, s.minute, timeZone);
}
