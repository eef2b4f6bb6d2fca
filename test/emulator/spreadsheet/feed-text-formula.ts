import { wallTime } from "../runtime/zoned-time";
import type { StoredValue } from "./cell-value";
import type { SheetModel } from "./sheet-model";

/**
 * The second cross-sheet formula the emulator evaluates, at read time: a whole range of another
 * sheet joined into one text cell, each cell tagged with its type —
 *   =LET(r,'<name>'!A1:<col>,TEXTJOIN(UNICHAR(9247),FALSE,ARRAYFORMULA(IFERROR(
 *     IF(ISNUMBER(r),"n"&r,IF(ISLOGICAL(r),"b"&r,"s"&r)),"e"))))
 * or, naming that text t, showing a mark instead of it while it is EXACTly a cell's text —
 *   =LET(r,'<name>'!A1:<col>,t,TEXTJOIN(…),IF(EXACT(t,D7),"=",t))
 * evaluated as Sheets does (LET https://support.google.com/docs/answer/13190535, TEXTJOIN
 * https://support.google.com/docs/answer/7013992, UNICHAR https://support.google.com/docs/answer/9149520,
 * EXACT https://support.google.com/docs/answer/3098241, IF https://support.google.com/docs/answer/3093364):
 * - the open-ended range A1:<col> reads to the sheet's last row, row by row;
 * - a number joins as its text (at most 15 significant digits, as Sheets writes numbers into
 *   text); a date is a number (its day count from 1899-12-30, with the time as a fraction) —
 *   ISNUMBER is true for dates; a boolean as TRUE / FALSE; an empty cell as ""; an error value
 *   is caught by IFERROR;
 * - a result longer than 50,000 characters is an error: the cell reads "#VALUE!" ("Text result
 *   of TEXTJOIN is longer than the limit of 50000 characters"); an error in t is the formula's
 *   result whatever EXACT compares it with;
 * - EXACT compares case and every character; a cell it reads is taken as its text (an empty
 *   cell is "");
 * - a name that is no sheet reads "#REF!"; renaming a sheet rewrites the formulas that name it;
 *   deleting it turns the reference into #REF! (renameFeedTextReference, breakFeedTextReference).
 * Only these exact shapes are evaluated; the sheets read are taken as stored.
 */
const JOIN =
  'TEXTJOIN(UNICHAR(9247),FALSE,ARRAYFORMULA(IFERROR(IF(ISNUMBER(r),"n"&r,IF(ISLOGICAL(r),"b"&r,"s"&r)),"e")))';
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const REFERENCE = "(?:'((?:[^']|'')+)'|([A-Za-z0-9_]+))!A1:([A-Z]{1,3})";
const TAIL = `(?:,${literally(JOIN)}\\)|,t,${literally(JOIN)},IF\\(EXACT\\(t,([A-Z]{1,3})([0-9]+)\\),"((?:[^"]|"")*)",t\\)\\))`;
const FEED_TEXT = new RegExp(`^=LET\\(r,${REFERENCE}${TAIL}$`);
const BROKEN = new RegExp(`^=LET\\(r,#REF!${TAIL}$`);
/** The part of the formula that names the sheet read. */
const HEAD = new RegExp(`^=LET\\(r,(?:${REFERENCE}|#REF!)`);
export const TEXT_RESULT_LIMIT = 50_000;
const SEPARATOR = String.fromCharCode(9247);
const ERRORS = /^#(REF!|N\/A|VALUE!|NAME\?|ERROR!|DIV\/0!|NUM!|NULL!)$/;

interface FeedTextReference {
  name: string;
  /** The range's last column, as written (A1:<letters>). */
  letters: string;
  columns: number;
  /** The cell whose text makes the formula show `mark` instead of the text, if any. */
  unchangedIf?: { row: number; column: number; mark: string };
}

/** A cell of the formula's own sheet, as stored. */
export type OwnCell = (row: number, column: number) => StoredValue | undefined;

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
  const ref: FeedTextReference = { name, letters, columns: columnNumber(letters) };
  if (m[4] !== undefined) {
    const mark = (m[6] ?? "").replace(/""/g, '"');
    ref.unchangedIf = { row: Number(m[5]), column: columnNumber(m[4]), mark };
  }
  return ref;
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
  own?: OwnCell,
): string {
  if (!ref || !source) return "#REF!";
  const values = source.grid.rawValues(1, 1, source.maxRows, ref.columns).flat();
  const text = values.map((v) => tagged(v, timeZone)).join(SEPARATOR);
  if (text.length > TEXT_RESULT_LIMIT) return "#VALUE!";
  const test = ref.unchangedIf;
  if (test && own && cellText(own(test.row, test.column)) === text) return test.mark;
  return text;
}

/** A cell as EXACT reads it: its text. */
function cellText(v: StoredValue | undefined): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return numberText(v);
  return String(v);
}

/** A feed-text formula after its sheet was renamed from `from` to `to` (others unchanged). */
export function renameFeedTextReference(formula: string, from: string, to: string): string {
  const ref = feedTextReference(formula);
  if (!ref || ref.name.toLowerCase() !== from.toLowerCase()) return formula;
  return formula.replace(HEAD, () => `=LET(r,'${to.replace(/'/g, "''")}'!A1:${ref.letters}`);
}

/** A feed-text formula after the sheet `name` was deleted: its reference becomes #REF!. */
export function breakFeedTextReference(formula: string, name: string): string {
  const ref = feedTextReference(formula);
  if (!ref || ref.name.toLowerCase() !== name.toLowerCase()) return formula;
  return formula.replace(HEAD, "=LET(r,#REF!");
}
