/**
 * The program feed: a hidden tab with one row per plan (FEED_COLUMN): the plan id; one formula
 * that turns the whole plan tab into ONE text cell — every cell of columns A to the plan tab's
 * last column (PLAN_TAB_COLUMNS), row by row, tagged with its type and joined by a separator
 * (TEXTJOIN, https://support.google.com/docs/answer/7013992; LET,
 * https://support.google.com/docs/answer/13190535); the plan's snapshot (plan-snapshot.ts);
 * and a copy of the text as the add-on last read it. The formula shows UNCHANGED_MARK instead
 * of the text while the text is EXACTly that copy (https://support.google.com/docs/answer/3098241),
 * so a refresh reads a few characters and the snapshot for a plan nobody edited, and the whole
 * text only for the plans that changed (docs/performance.md "Refresh"). Reading the feed in a
 * few getValues replaces one getValues per plan tab, and the feed holds 4 cells a plan (a spill
 * of the tab would hold as many cells as the tab, about 1,200: docs/performance.md "Cells").
 * This file writes the formula and turns its text back into the tab's grid.
 *
 * Sheets caps a formula's text result at 50,000 characters (TEXTJOIN then shows #VALUE!): such a
 * tab, like a deleted one (#REF!), is read directly.
 */
import { isPlanId } from "../plan/plan-id";
import type { PlanSummary } from "../plan/plan-summary";
import { PLAN_TAB_COLUMNS } from "../plan-tab/sections";
import { columnLetter } from "../sheet/a1-notation";

/** Between two cells in the feed's text: ␟ (U+241F), which nobody types in a plan. */
export const FEED_SEPARATOR = "\u241F";
const SEPARATOR_CODE = 0x241f;

/** Each cell's type tag: number (dates are day numbers), boolean, text; "e" for an error. */
const TAG = { number: "n", boolean: "b", text: "s", error: "e" } as const;

/**
 * The feed tab's columns, 1-based: one home for the layout the formula and the tab share. In
 * this order a refresh reads the snapshot, id and text (A:C) and a reader of every plan's words
 * the id, text and copy (B:D), each in one range.
 */
export const FEED_COLUMN = { snapshot: 1, planId: 2, text: 3, copy: 4 } as const;
export const FEED_WIDTH = 4;
/** What the text column shows while the plan tab is as the copy column says. */
export const UNCHANGED_MARK = "=";

/** The copy's cell on a feed row, as the formula names it ("D17"). */
const copyCell = (row: number) => `${columnLetter(FEED_COLUMN.copy)}${row}`;

/**
 * The formula of a plan's feed row `row`; an apostrophe in the tab name is doubled, as Sheets
 * quotes it.
 */
export function feedFormula(sheetName: string, row: number, columns = PLAN_TAB_COLUMNS): string {
  if (sheetName === "") throw new Error("A feed row needs the plan tab's name.");
  if (!Number.isInteger(row) || row < 1) throw new RangeError(`Bad feed row ${row}.`);
  const range = `'${sheetName.replace(/'/g, "''")}'!A1:${columnLetter(columns)}`;
  const { number: n, boolean: b, text: s, error: e } = TAG;
  return (
    `=LET(r,${range},t,TEXTJOIN(UNICHAR(${SEPARATOR_CODE}),FALSE,ARRAYFORMULA(IFERROR(` +
    `IF(ISNUMBER(r),"${n}"&r,IF(ISLOGICAL(r),"${b}"&r,"${s}"&r)),"${e}"))),` +
    `IF(EXACT(t,${copyCell(row)}),"${UNCHANGED_MARK}",t))`
  );
}
/** Values Sheets shows for a formula that failed (https://support.google.com/docs/answer/3093355). */
const ERROR_VALUE = /^#(REF!|N\/A|VALUE!|NAME\?|ERROR!|DIV\/0!|NUM!|NULL!|SPILL!)$/;

export function isErrorValue(value: unknown): boolean {
  return typeof value === "string" && ERROR_VALUE.test(value);
}

/** One tagged cell back to its value; undefined when the tag is unknown (not our text). */
function decodeCell(field: string): unknown {
  const tag = field.charAt(0);
  const rest = field.slice(1);
  switch (tag) {
    case TAG.text:
      return rest;
    case TAG.number: {
      const n = Number(rest);
      return rest.trim() !== "" && Number.isFinite(n) ? n : undefined;
    }
    case TAG.boolean:
      return rest === "TRUE" ? true : rest === "FALSE" ? false : undefined;
    case TAG.error:
      return rest === "" ? "#ERROR!" : undefined;
    default:
      return undefined;
  }
}

export interface FeedGrid {
  /** The plan tab's values, trimmed like Sheet.getDataRange (dates as day numbers). */
  grid: unknown[][];
  /**
   * The plan ids the tab itself shows (plan-layout.ts writes its own in row 1): the row's own
   * id, and any other text shaped like a plan id.
   */
  shownPlanIds: ReadonlySet<string>;
}

/**
 * What a feed row proves about the plan it is filed under: "proven" when its tab shows that plan
 * id and no other; "contradicted" when it shows another plan's id (the row reads another plan's
 * tab, after renames); "silent" when it shows none (a tab made before tabs showed their id).
 */
export type FeedProof = "proven" | "contradicted" | "silent";

export function feedProof(feed: FeedGrid, planId: string): FeedProof {
  const ids = feed.shownPlanIds;
  if ([...ids].some((id) => id !== planId)) return "contradicted";
  return ids.has(planId) ? "proven" : "silent";
}

/**
 * The plan tab's grid rebuilt from its feed text (`width` cells per tab row), trimmed like
 * Sheet.getDataRange: trailing blank rows and trailing blank columns are dropped, so the parser
 * sees what a direct read of the tab would give. Null when the text is not usable (an error
 * value instead of the text, nothing, a cell count that is not whole rows — a separator typed
 * into a plan — or a tag that is not ours): the caller reads the tab directly.
 */
export function planGridFromFeedText(
  text: unknown,
  planId: string,
  width = PLAN_TAB_COLUMNS,
): FeedGrid | null {
  if (!Number.isInteger(width) || width < 1) throw new RangeError(`Bad feed width ${width}.`);
  if (typeof text !== "string" || text === "" || isErrorValue(text)) return null;
  const fields = text.split(FEED_SEPARATOR);
  if (fields.length % width !== 0) return null;
  const grid: unknown[][] = [];
  const shownPlanIds = new Set<string>();
  for (let start = 0; start < fields.length; start += width) {
    const line: unknown[] = [];
    for (let j = start; j < start + width; j++) {
      const value = decodeCell(fields[j] ?? "");
      if (value === undefined) return null;
      if (typeof value === "string" && value !== "" && (value === planId || isPlanId(value))) {
        shownPlanIds.add(value);
      }
      line.push(value);
    }
    grid.push(line);
  }
  const blank = (v: unknown) => v === "";
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
  return { grid: grid.map((line) => line.slice(0, columns)), shownPlanIds };
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
