/**
 * Reading one cell of a plan tab as the kind of value its column holds. Each reader says
 * whether the cell was blank, held a usable value, or could not be understood, so the caller
 * can name the problem. Nothing here throws, whatever the cell holds.
 */
import { addDays, dateOfDay, dayKey } from "./calendar";
import { isDate } from "./cell-value";
import { matchWord } from "./label-match";

export type CellRead<T> =
  | { kind: "blank" }
  | { kind: "value"; value: T }
  /** `shown` is a short, quotable form of what the cell held (for messages). */
  | { kind: "unreadable"; shown: string };

const BLANK = { kind: "blank" } as const;
const value = <T>(v: T): CellRead<T> => ({ kind: "value", value: v });

/** A short form of a cell for a message: text as typed (clipped), anything else by its kind. */
export function showCell(raw: unknown): string {
  if (typeof raw === "string") {
    const t = raw.trim();
    return t.length > 40 ? `${t.slice(0, 39)}…` : t;
  }
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  if (isDate(raw)) return "a date";
  return "an unreadable value";
}

const unreadable = (raw: unknown): CellRead<never> => ({
  kind: "unreadable",
  shown: showCell(raw),
});

/** Sheets gives '' for an empty cell; null and undefined (never from Sheets) count as empty too. */
export function isBlankCell(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

/**
 * Free text. Numbers and booleans read as they display; a date reads as its day (YYYY-MM-DD)
 * in the spreadsheet's zone. Objects, NaN and the like cannot be read.
 */
/** A cell as plain text for matching: trimmed text, a number's digits, '' for anything else. */
export function cellText(raw: unknown): string {
  return typeof raw === "string" ? raw.trim() : typeof raw === "number" ? String(raw) : "";
}

export function readText(raw: unknown, timeZone: string): CellRead<string> {
  if (isBlankCell(raw)) return BLANK;
  if (typeof raw === "string") return value(raw.trim());
  if (typeof raw === "number") return Number.isFinite(raw) ? value(String(raw)) : unreadable(raw);
  if (typeof raw === "boolean") return value(raw ? "TRUE" : "FALSE");
  if (isDate(raw)) return value(dayKey(raw, timeZone));
  return unreadable(raw);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * How a tab's cells are read: the spreadsheet's zone, and whether a bare whole number in a date
 * cell is a Sheets day number. A direct getValues gives Dates for date cells; values that come
 * through a formula (the program feed, program-feed.ts) may arrive as the day numbers Sheets
 * stores, and date cells are validated as dates, so there a number can only be a day.
 */
export interface CellReading {
  timeZone: string;
  serialDays: boolean;
}

/** Day 0 of Sheets' date numbers (https://support.google.com/docs/answer/3092969: DATE). */
const SERIAL_EPOCH = "1899-12-30";
/** 9999-12-31, the last day Sheets can show. */
const MAX_SERIAL = 2_958_466;

/**
 * A calendar day. A real date cell arrives as a Date (possibly from another realm, hence
 * isDate). Text is accepted only as an unambiguous ISO day, "2026-02-01", read as that day in
 * the spreadsheet's zone: Sheets already turns dates typed in the user's locale into Dates, so
 * text like "01/02/2026" reaching us means Sheets itself did not understand it, and guessing
 * day-before-month would be wrong for half the world. Numbers (serials) are not accepted either.
 */
export function readDay(raw: unknown, timeZone: string, serialDays = false): CellRead<Date> {
  if (isBlankCell(raw)) return BLANK;
  if (isDate(raw)) return value(new Date(raw.getTime()));
  if (
    serialDays &&
    typeof raw === "number" &&
    Number.isInteger(raw) &&
    raw > 0 &&
    raw < MAX_SERIAL
  ) {
    return value(dateOfDay(addDays(SERIAL_EPOCH, raw), timeZone));
  }
  if (typeof raw === "string" && isCalendarDay(raw.trim())) {
    return value(dateOfDay(raw.trim(), timeZone));
  }
  return unreadable(raw);
}

/** A whole number ≥ `min`; numbers stored as text ("3") count. */
function readWhole(raw: unknown, min: number): CellRead<number> {
  if (isBlankCell(raw)) return BLANK;
  let n: number = Number.NaN;
  if (typeof raw === "number") n = raw;
  else if (typeof raw === "string" && /^\d+(\.0*)?$/.test(raw.trim())) n = Number(raw.trim());
  return Number.isInteger(n) && n >= min ? value(n) : unreadable(raw);
}

/** A whole number ≥ 1; numbers stored as text ("3") count. */
export function readWholeNumber(raw: unknown): CellRead<number> {
  return readWhole(raw, 1);
}

/**
 * A whole number from `min` to `max` (a 1–5 rating or level, a 0–10 satisfaction); text like
 * "4" counts.
 */
export function readScale(raw: unknown, min: number, max: number): CellRead<number> {
  const n = readWhole(raw, Math.min(0, min));
  if (n.kind !== "value") return n;
  return n.value >= min && n.value <= max ? n : unreadable(raw);
}

/** One of a fixed list of words, case and spacing forgiven. */
export function readWord<T extends string>(raw: unknown, choices: readonly T[]): CellRead<T> {
  if (isBlankCell(raw)) return BLANK;
  const word = typeof raw === "string" ? matchWord(raw, choices) : undefined;
  return word === undefined ? unreadable(raw) : value(word);
}

/** A yes/no cell: "Yes"/"No" in any case, or a checkbox (true/false). */
export function readYesNo(raw: unknown): CellRead<boolean> {
  if (typeof raw === "boolean") return value(raw);
  const word = readWord(raw, ["Yes", "No", "TRUE", "FALSE"] as const);
  if (word.kind !== "value") return word;
  return value(word.value === "Yes" || word.value === "TRUE");
}
