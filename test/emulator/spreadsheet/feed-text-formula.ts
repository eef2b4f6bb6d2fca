import { wallTime } from "../runtime/zoned-time";
import type { StoredValue } from "./cell-value";
import type { SheetModel } from "./sheet-model";

/**
 * The second cross-sheet formula the emulator evaluates, at read time: a whole range of another
 * sheet joined into one text cell, each cell tagged with its type —
 *   =LET(r,'<name>'!A1:<col>,TEXTJOIN(UNICHAR(9247),FALSE,ARRAYFORMULA(IFERROR(
 *     IF(ISNUMBER(r),"n"&r,IF(ISLOGICAL(r),"b"&r,"s"&r)),"e"))))
 * evaluated as Sheets does (LET https://support.google.com/docs/answer/13190535, TEXTJOIN
 * https://support.google.com/docs/answer/7013992, UNICHAR https://support.google.com/docs/answer/9149520):
 * - the open-ended range A1:<col> reads to the sheet's last row, row by row;
 * - a number joins as its text (at most 15 significant digits, as Sheets writes numbers into
 *   text); a date is a number (its day count from 1899-12-30, with the time as a fraction) —
 *   ISNUMBER is true for dates; a boolean as TRUE / FALSE; an empty cell as ""; an error value
 *   is caught by IFERROR;
 * - a result longer than 50,000 characters is an error: the cell reads "#VALUE!" ("Text result
 *   of TEXTJOIN is longer than the limit of 50000 characters");
 * - a name that is no sheet reads "#REF!"; renaming a sheet rewrites the formulas that name it;
 *   deleting it turns the reference into #REF! (renameFeedTextReference, breakFeedTextReference).
 * Only this exact shape is evaluated; the sheet read is taken as stored.
 */
const TAIL =
  ',TEXTJOIN(UNICHAR(9247),FALSE,ARRAYFORMULA(IFERROR(IF(ISNUMBER(r),"n"&r,IF(ISLOGICAL(r),"b"&r,"s"&r)),"e"))))';
const escaped = TAIL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const FEED_TEXT = new RegExp(
  `^=LET\\(r,(?:'((?:[^']|'')+)'|([A-Za-z0-9_]+))!A1:([A-Z]{1,3})${escaped}$`,
);
const BROKEN = new RegExp(`^=LET\\(r,#REF!${escaped}$`);
export const TEXT_RESULT_LIMIT = 50_000;
const SEPARATOR = String.fromCharCode(9247);
const ERRORS = /^#(REF!|N\/A|VALUE!|NAME\?|ERROR!|DIV\/0!|NUM!|NULL!)$/;

interface FeedTextReference {
  name: string;
  /** The range's last column, as written (A1:<letters>). */
  letters: string;
  columns: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** What a feed-text formula reads; null for a broken one; undefined for other formulas. */
export function feedTextReference(formula: string): FeedTextReference | null | undefined {
  if (BROKEN.test(formula)) return null;
  const m = FEED_TEXT.exec(formula);
  if (!m) return undefined;
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "");
  const letters = m[3] ?? "A";
  return { name, letters, columns: columnNumber(letters) };
}

/** A number as Sheets writes it into text: at most 15 significant digits. */
function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

/** Day numbers already worked out, by zone and instant (Intl is slow; plans share dates). */
const serials = new Map<string, number>();

/** A Date as Sheets' number: days since 1899-12-30 in the spreadsheet's zone, time as a fraction. */
function serialOf(date: Date, timeZone: string): number {
  const key = `${timeZone}|${date.getTime()}`;
  let serial = serials.get(key);
  if (serial === undefined) {
    const w = wallTime(date.getTime(), timeZone);
    const day = Date.UTC(w.year, w.month - 1, w.day) / 86_400_000 + 25_569;
    serial = day + (w.hour * 3600 + w.minute * 60 + w.second) / 86_400;
    if (serials.size > 100_000) serials.clear();
    serials.set(key, serial);
  }
  return serial;
}

function tagged(v: StoredValue | undefined, timeZone: string): string {
  if (v === undefined || v === null || v === "") return "s";
  if (v instanceof Date) return `n${numberText(serialOf(v, timeZone))}`;
  if (typeof v === "number") return `n${numberText(v)}`;
  if (typeof v === "boolean") return `b${v ? "TRUE" : "FALSE"}`;
  const text = String(v);
  return ERRORS.test(text) ? "e" : `s${text}`;
}

/** The value of a feed-text formula over `source` (undefined: no such sheet). */
export function feedTextValue(
  ref: FeedTextReference | null,
  source: SheetModel | undefined,
  timeZone: string,
): string {
  if (!ref || !source) return "#REF!";
  const values = source.grid.rawValues(1, 1, source.maxRows, ref.columns).flat();
  const text = values.map((v) => tagged(v, timeZone)).join(SEPARATOR);
  return text.length > TEXT_RESULT_LIMIT ? "#VALUE!" : text;
}

/** A feed-text formula after its sheet was renamed from `from` to `to` (others unchanged). */
export function renameFeedTextReference(formula: string, from: string, to: string): string {
  const ref = feedTextReference(formula);
  if (!ref || ref.name.toLowerCase() !== from.toLowerCase()) return formula;
  return `=LET(r,'${to.replace(/'/g, "''")}'!A1:${ref.letters}${TAIL}`;
}

/** A feed-text formula after the sheet `name` was deleted: its reference becomes #REF!. */
export function breakFeedTextReference(formula: string, name: string): string {
  const ref = feedTextReference(formula);
  if (!ref || ref.name.toLowerCase() !== name.toLowerCase()) return formula;
  return `=LET(r,#REF!${TAIL}`;
}
