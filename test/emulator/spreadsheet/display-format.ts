import { DAY_NAMES, MONTH_NAMES, wallTime } from "../runtime/zoned-time";
import { isDateValue, type StoredValue } from "./cell-value";

/**
 * A small renderer of Sheets number formats, for Range.getDisplayValues: enough to show what a
 * user would see for text, numbers ("0", "0.00", "#,##0", "0%") and dates ("yyyy-mm-dd",
 * "d mmm yyyy", "dd/mm/yyyy hh:mm"). Formats it does not know fall back to plain rendering.
 * Format tokens: https://developers.google.com/sheets/api/guides/formats
 */
export const DEFAULT_NUMBER_FORMAT = "0.###############";

const MONTHS = MONTH_NAMES;
const DAYS = DAY_NAMES;

export function displayValue(value: StoredValue, format: string | undefined, tz: string): string {
  if (value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (isDateValue(value)) return formatDate(value, format, tz);
  return formatNumber(value, format);
}

function plainNumber(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function formatNumber(n: number, format: string | undefined): string {
  if (!format || format === DEFAULT_NUMBER_FORMAT || format === "General" || format === "@") {
    return plainNumber(n);
  }
  const percent = format.endsWith("%");
  const core = percent ? format.slice(0, -1) : format;
  const m = /^(#,##)?0(\.(0+))?$/.exec(core);
  if (!m) return plainNumber(n);
  const decimals = m[3]?.length ?? 0;
  const fixed = (percent ? n * 100 : n).toFixed(decimals);
  const grouped = m[1] ? fixed.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : fixed;
  return percent ? `${grouped}%` : grouped;
}

const DATE_TOKEN = /yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|"[^"]*"|\\.|./gi;

function formatDate(date: Date, format: string | undefined, tz: string): string {
  const w = wallTime(date.getTime(), tz);
  const pattern =
    format && /[ydhs]/i.test(format)
      ? format
      : w.hour || w.minute || w.second
        ? "yyyy-mm-dd hh:mm:ss"
        : "yyyy-mm-dd";
  const tokens = pattern.match(DATE_TOKEN) ?? [];
  const twelveHour = /am\/pm|a\/p/i.test(pattern);
  const pad = (n: number) => String(n).padStart(2, "0");
  let out = "";
  let afterHour = false;
  tokens.forEach((raw, i) => {
    const t = raw.toLowerCase();
    const nextIsSeconds = /^s/.test((tokens[i + 1] === ":" ? tokens[i + 2] : tokens[i + 1]) ?? "");
    const hour = twelveHour ? ((w.hour + 11) % 12) + 1 : w.hour;
    if (t === "yyyy") out += String(w.year);
    else if (t === "yy") out += pad(w.year % 100);
    else if (t === "mmmm") out += MONTHS[w.month - 1];
    else if (t === "mmm") out += MONTHS[w.month - 1]?.slice(0, 3);
    else if (t === "mm" || t === "m") {
      const minute = afterHour || nextIsSeconds;
      const n = minute ? w.minute : w.month;
      out += t === "mm" ? pad(n) : String(n);
    } else if (t === "dddd") out += DAYS[w.weekday - 1];
    else if (t === "ddd") out += DAYS[w.weekday - 1]?.slice(0, 3);
    else if (t === "dd") out += pad(w.day);
    else if (t === "d") out += String(w.day);
    else if (t === "hh") out += pad(hour);
    else if (t === "h") out += String(hour);
    else if (t === "ss") out += pad(w.second);
    else if (t === "s") out += String(w.second);
    else if (t === "am/pm") out += w.hour < 12 ? "AM" : "PM";
    else if (t === "a/p") out += w.hour < 12 ? "A" : "P";
    else if (raw.startsWith('"')) out += raw.slice(1, -1);
    else if (raw.startsWith("\\")) out += raw.slice(1);
    else out += raw;
    if (t === "hh" || t === "h") afterHour = true;
    else if (/[a-z]/.test(t)) afterHour = false;
  });
  return out;
}
