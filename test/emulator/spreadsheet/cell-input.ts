import { zonedMs } from "../runtime/zoned-time";
import { isDateValue, type StoredValue } from "./cell-value";

/**
 * How Sheets reads a value written by setValue/setValues/appendRow (they parse input the way
 * typing into a cell does, "USER_ENTERED"): see
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object).
 * - "'text" is stored as text without the apostrophe;
 * - "=…" becomes a formula (its value here is '': the emulator does not evaluate formulas, except
 *   =HYPERLINK("url","label") with literal arguments, whose value is its label, as in Sheets:
 *   https://support.google.com/docs/answer/3093313);
 * - "+…" or "-…" that is not a number is parsed as a formula too and fails, so the cell shows
 *   "#ERROR!" (why user text starting with + or - must be written with a leading apostrophe);
 * - numeric text ("12", "-3.5", "1,200", "40%") becomes a number, "TRUE"/"FALSE" a boolean and
 *   ISO dates ("2026-01-05", "2026-01-05 14:30") a Date in the spreadsheet's zone, unless the
 *   cell's number format is "@" (plain text), which keeps every string as typed.
 * Other locale-dependent date forms ("5/1/2026") stay text here: a simplification.
 */
export interface CellInput {
  value: StoredValue;
  formula?: string;
}

export const MAX_CELL_CHARS = 50_000;
const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export function parseInput(
  raw: unknown,
  numberFormat: string | undefined,
  timeZone: string,
  fail: (message: string) => never,
): CellInput {
  if (raw === null || raw === undefined) return { value: "" };
  if (isDateValue(raw)) return { value: new Date(raw.getTime()) };
  if (typeof raw === "number") return { value: Number.isFinite(raw) ? raw : String(raw) };
  if (typeof raw === "boolean") return { value: raw };
  const text = String(raw);
  if (text.length > MAX_CELL_CHARS) {
    fail("Your input contains more than the maximum of 50000 characters in a single cell.");
  }
  if (numberFormat === "@") return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.length > 1 && text.startsWith("=")) return { value: formulaValue(text), formula: text };
  return parseTyped(text, timeZone);
}

const HYPERLINK = /^=\s*HYPERLINK\(\s*"(?:[^"]|"")*"\s*,\s*"((?:[^"]|"")*)"\s*\)\s*$/i;

/** The value of the one formula the emulator evaluates (a literal HYPERLINK), else ''. */
function formulaValue(formula: string): string {
  const label = HYPERLINK.exec(formula)?.[1];
  return label === undefined ? "" : label.replace(/""/g, '"');
}

function parseTyped(text: string, timeZone: string): CellInput {
  const trimmed = text.trim();
  if (trimmed !== "" && /\d/.test(trimmed) && NUMBER.test(trimmed)) {
    return { value: Number(trimmed.replace(/,/g, "")) };
  }
  const percent = PERCENT.exec(trimmed);
  if (percent) return { value: Number(percent[1]) / 100 };
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const date = ISO_DATE.exec(trimmed);
  const [y, m, d, h, min, s] = (date ?? []).slice(1).map((part) => Number(part ?? 0));
  if (date && m !== undefined && m >= 1 && m <= 12 && d !== undefined && d >= 1 && d <= 31) {
    const ms = zonedMs(y ?? 0, m ?? 1, d ?? 1, h ?? 0, min ?? 0, timeZone) + (s ?? 0) * 1000;
    return { value: new Date(ms) };
  }
  if ((text.startsWith("+") || text.startsWith("-")) && text.length > 1) {
    return { value: "#ERROR!", formula: `=${text}` };
  }
  return { value: text };
}
