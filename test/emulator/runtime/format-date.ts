import { DAY_NAMES, MONTH_NAMES, wallTime } from "./zoned-time";

/**
 * Utilities.formatDate's SimpleDateFormat patterns (Java's letters, the subset a script needs):
 * yyyy yy MMMM MMM MM M dd d EEEE EEE HH H hh h mm m ss s SSS a z Z, and 'quoted text'.
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 */
const MONTHS = MONTH_NAMES;
const DAYS = DAY_NAMES;

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Offset from UTC in minutes at an instant. */
function offsetMinutes(ms: number, timeZone: string): number {
  const w = wallTime(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** "GMT", "BST", "EST"…: Intl's short name, in the locale that names the zone (not "GMT+1"). */
function zoneName(ms: number, timeZone: string): string {
  for (const locale of ["en-GB", "en-US"]) {
    const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" })
      .formatToParts(new Date(ms))
      .find((p) => p.type === "timeZoneName")?.value;
    if (part && !/^(GMT|UTC)[+-]/.test(part)) return part;
  }
  const off = offsetMinutes(ms, timeZone);
  return off === 0
    ? "GMT"
    : `GMT${off < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(off) / 60), 2)}:${pad(Math.abs(off) % 60, 2)}`;
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const ms = date.getTime();
  const w = wallTime(ms, timeZone);
  const tokens = pattern.match(/'[^']*'|''|([A-Za-z])\1*|[^A-Za-z']+/g) ?? [];
  return tokens
    .map((t) => {
      if (t === "''") return "'";
      if (t.startsWith("'")) return t.slice(1, -1);
      const n = t.length;
      switch (t[0]) {
        case "y":
          return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        case "M":
          return n >= 4
            ? MONTHS[w.month - 1]
            : n === 3
              ? MONTHS[w.month - 1]?.slice(0, 3)
              : pad(w.month, n);
        case "d":
          return pad(w.day, n);
        case "E":
          return n >= 4 ? DAYS[w.weekday - 1] : DAYS[w.weekday - 1]?.slice(0, 3);
        case "u":
          return String(w.weekday);
        case "H":
          return pad(w.hour, n);
        case "h":
          return pad(((w.hour + 11) % 12) + 1, n);
        case "a":
          return w.hour < 12 ? "AM" : "PM";
        case "m":
          return pad(w.minute, n);
        case "s":
          return pad(w.second, n);
        case "S":
          return pad(((ms % 1000) + 1000) % 1000, 3).slice(0, Math.max(n, 3));
        case "z":
          return zoneName(ms, timeZone);
        case "Z": {
          const off = offsetMinutes(ms, timeZone);
          return `${off < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(off) / 60), 2)}${pad(Math.abs(off) % 60, 2)}`;
        }
        default:
          if (/[A-Za-z]/.test(t)) throw new Error(`Illegal pattern character '${t[0]}'`);
          return t;
      }
    })
    .join("");
}
