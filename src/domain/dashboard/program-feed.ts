/**
 * The program feed: a hidden tab with one row per plan, column A the plan id and column B
 * `=TOROW('<tab>'!A1:H)`, which Sheets spills to the right, the plan tab flattened row by row
 * (https://support.google.com/docs/answer/13188200). Reading the feed in a few getValues
 * replaces one getValues per plan tab; this file turns a feed row back into the tab's grid.
 */
import type { PlanSummary } from "../plan/plan-summary";
import { PLAN_TAB_COLUMNS } from "../plan-tab/sections";
import { columnLetter } from "../sheet/a1-notation";

/** Plan tabs are read over all their columns (A:H while the widest section has 8). */
export const FEED_WIDTH = PLAN_TAB_COLUMNS;
/** Column A holds the plan id; the spill starts in column B. */
export const FEED_FIRST_VALUE_COLUMN = 2;

/** The formula of a plan's feed row; an apostrophe in the tab name is doubled, as Sheets quotes it. */
export function feedFormula(sheetName: string): string {
  if (sheetName === "") throw new Error("A feed row needs the plan tab's name.");
  return `=TOROW('${sheetName.replace(/'/g, "''")}'!A1:${columnLetter(FEED_WIDTH)})`;
}

/** Values Sheets shows for a formula that failed (https://support.google.com/docs/answer/3093355). */
const ERROR_VALUE = /^#(REF!|N\/A|VALUE!|NAME\?|ERROR!|DIV\/0!|NUM!|NULL!|SPILL!)$/;

export function isErrorValue(value: unknown): boolean {
  return typeof value === "string" && ERROR_VALUE.test(value);
}

/**
 * The plan tab's values rebuilt from its flattened cells (`width` cells per tab row), trimmed
 * like Sheet.getDataRange: trailing blank rows and trailing blank columns are dropped, so the
 * parser sees what a direct read of the tab would give. Null when the row is not usable (an
 * error value instead of the spill, or nothing at all): the caller reads the tab directly.
 */
export function planGridFromFeedRow(
  row: readonly unknown[],
  width = FEED_WIDTH,
): unknown[][] | null {
  if (!Number.isInteger(width) || width < 1) throw new RangeError(`Bad feed width ${width}.`);
  if (row.some(isErrorValue)) return null;
  const grid: unknown[][] = [];
  for (let start = 0; start < row.length; start += width) {
    const line = row.slice(start, start + width);
    while (line.length < width) line.push("");
    grid.push(line);
  }
  const blank = (v: unknown) => v === "" || v === null || v === undefined;
  while (grid.length > 0 && (grid[grid.length - 1] ?? []).every(blank)) grid.pop();
  if (grid.length === 0) return null;
  let columns = 0;
  for (const line of grid) {
    for (let j = line.length - 1; j >= columns; j--) {
      if (!blank(line[j])) {
        columns = j + 1;
        break;
      }
    }
  }
  return grid.map((line) => line.slice(0, columns));
}

/** The cell a tab's (row, column) lands in on the feed row (all 1-based). */
export function feedColumnOf(row: number, column: number, width = FEED_WIDTH): number {
  return FEED_FIRST_VALUE_COLUMN + width * (row - 1) + (column - 1);
}

/** Columns a feed needs for tabs of `tabRows` rows. */
export function feedColumnsFor(tabRows: number, width = FEED_WIDTH): number {
  return FEED_FIRST_VALUE_COLUMN - 1 + width * tabRows;
}

type Pair = Pick<
  PlanSummary,
  "menteeName" | "mentorName" | "reviewerEmail" | "focusArea" | "startDate"
>;
const TEXT_KEYS = ["menteeName", "mentorName", "reviewerEmail", "focusArea"] as const;

/** Whether the Dashboard's last word on a plan names its pair (enough to recognise its tab). */
export function knowsPair(lastKnown: Partial<Pair> | undefined): boolean {
  return Boolean(lastKnown?.menteeName || lastKnown?.mentorName);
}

/**
 * Whether a plan read through the feed is the pair the Dashboard last showed for that plan id:
 * every field the Dashboard showed must agree. A feed row written with a tab name that has since
 * gone to another plan fails this; a pair who edited their names since the last refresh fails
 * too, and is simply read directly this once.
 */
export function matchesLastKnown(summary: Pair, lastKnown: Partial<Pair> | undefined): boolean {
  if (!lastKnown) return true;
  const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
  for (const key of TEXT_KEYS) {
    const known = lastKnown[key];
    if (known && text(known) !== text(summary[key])) return false;
  }
  const start = lastKnown.startDate;
  if (start && start.getTime() !== summary.startDate?.getTime()) return false;
  return true;
}
