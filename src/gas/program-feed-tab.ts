/**
 * The program feed tab (src/domain/dashboard/program-feed.ts): hidden, marked like the Dashboard (role
 * "feed") so the refresh's one metadata search finds it, one row per plan: the plan id, then
 * `=TOROW('<tab>'!A1:H)` spilling the tab's cells to the right. Sheets keeps each formula on its
 * tab when the tab is renamed, grows it when rows are inserted inside the tab, and shows #REF!
 * when the tab is deleted (https://support.google.com/docs/answer/13188200).
 *
 * Read in blocks of FEED_READ_ROWS rows (no single response is huge); written in one setValues.
 */
import {
  FEED_FIRST_VALUE_COLUMN,
  FEED_WIDTH,
  feedColumnsFor,
  planGridFromFeedRow,
} from "../domain/dashboard/program-feed";
import { columnLetter } from "../domain/sheet/a1-notation";
import { createAddonTab, defineAddonTab, retireAddonTab } from "./addon-tabs";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const FEED_SHEET_NAME = "Plan feed (used by the add-on)";
const FEED_HEADER = [
  "Plan id",
  `Plan tab, row by row (=TOROW of its columns A:${columnLetter(FEED_WIDTH)})`,
];

/** What is wrong with the feed's first row (columns deleted or moved by hand), or null. */
function feedShapeProblem(values: readonly unknown[][]): string | null {
  const header = values[0] ?? [];
  return header[0] === FEED_HEADER[0] && header[1] === FEED_HEADER[1]
    ? null
    : "its first two columns were changed";
}

export const FEED_TAB = defineAddonTab({
  role: "feed",
  usualName: FEED_SHEET_NAME,
  label: "the plan feed tab",
  position: "last",
  hidden: true,
  shapeProblem: feedShapeProblem,
});
export const FEED_ROLE = FEED_TAB.role;
/** Feed rows start below the header. */
export const FEED_FIRST_ROW = 2;
/** Rows per getValues: 200 rows of ~1,050 cells, about 210,000 cells a response. */
export const FEED_READ_ROWS = 200;
/**
 * Tab rows a feed row has room for: plan tabs are made at about 130 rows; pairs insert rows.
 * A tab that outgrows it reads #REF! on the feed and is read directly instead.
 */
export const FEED_TAB_ROWS = 250;
/** Sheets' new tab: 1000 × 26 (Spreadsheet.insertSheet). */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

export interface FeedRow {
  /** 1-based row on the feed tab. */
  row: number;
  planId: string;
  /** The plan tab's values rebuilt from the spill, or null when the row is not usable. */
  grid: unknown[][] | null;
}

export interface FeedRead {
  rows: FeedRow[];
  /** What is wrong with the tab's shape (then `rows` is empty and the tab must be rebuilt). */
  problem: string | null;
}

/**
 * Every feed row, in blocks of FEED_READ_ROWS rows: one getValues per block, the first block
 * from row 1 so the header is checked at no extra call.
 */
export function readFeed(sheet: Sheet): FeedRead {
  const data = sheet.getDataRange();
  const lastRow = data.getNumRows();
  const width = data.getNumColumns();
  const rows: FeedRow[] = [];
  // The first block also holds the header rows above FEED_FIRST_ROW.
  for (let start = 1; start <= lastRow; ) {
    const size = start === 1 ? FEED_FIRST_ROW - 1 + FEED_READ_ROWS : FEED_READ_ROWS;
    const count = Math.min(size, lastRow - start + 1);
    const values = sheet.getRange(start, 1, count, width).getValues();
    if (start === 1) {
      const problem = feedShapeProblem(values);
      if (problem) return { rows: [], problem };
      rows.push(...feedRowsOf(FEED_FIRST_ROW, values.slice(FEED_FIRST_ROW - 1)));
    } else {
      rows.push(...feedRowsOf(start, values));
    }
    start += count;
  }
  return { rows, problem: null };
}

/** The feed's columns fall short of a plan tab's spill (deleted by hand): the count missing. */
export function missingFeedColumns(sheet: Sheet): number {
  return Math.max(0, feedColumnsFor(FEED_TAB_ROWS) - sheet.getMaxColumns());
}

/** Gives the feed back the columns a spill needs; says so. */
export function widenFeed(sheet: Sheet, missing: number): string {
  sheet.insertColumnsAfter(sheet.getMaxColumns(), missing);
  return `The plan feed tab had lost ${missing} columns; they were added back.`;
}

/** Stops using a feed changed by hand (left as it is); the next write makes a new one. */
export function retireFeed(sheet: Sheet, problem: string): string {
  const name = sheet.getName();
  retireAddonTab(sheet);
  return `The plan feed tab "${name}" had been changed by hand (${problem}); the add-on no longer uses it and left it as it is. A new one is made at the next refresh.`;
}

function feedRowsOf(start: number, values: unknown[][]): FeedRow[] {
  return values.map((line, i) => ({
    row: start + i,
    planId: typeof line[0] === "string" ? line[0].trim() : String(line[0] ?? ""),
    grid: line.length > 1 ? planGridFromFeedRow(line.slice(FEED_FIRST_VALUE_COLUMN - 1)) : null,
  }));
}

/** One row to write: a plan id and its formula, or blanks (a freed row). */
export type FeedLine = [planId: string, formula: string];

export interface FeedWrite {
  /** The feed tab, or null to make it. */
  sheet: Sheet | null;
  /** Feed rows as read (to know where rows end and which to rewrite). */
  rows: readonly FeedRow[];
  /** Rows to free (plans gone, duplicates, rows being rewritten). */
  drop: ReadonlySet<number>;
  /** Rows to add. */
  add: readonly FeedLine[];
}

export interface FeedWritten {
  sheet: Sheet;
  /** The 1-based feed row of each added line, in order. */
  addedRows: number[];
  /** The last row written, and the tab's rows. */
  lastRow: number;
  maxRows: number;
}

/**
 * Writes the feed's changes in one setValues: kept rows after the first freed one are moved up
 * (their formulas read back first with one getFormulas), added rows follow, and rows left over
 * are blanked. A new feed tab is made hidden, marked and wide enough first.
 */
export function writeFeed(spreadsheet: Spreadsheet, change: FeedWrite): FeedWritten | null {
  const { rows, drop, add } = change;
  let sheet = change.sheet;
  let maxRows: number;
  if (!sheet) {
    const made = createAddonTab(spreadsheet, FEED_TAB);
    // No free name: the plans are read from their tabs, as without a feed.
    if (!made.sheet) return null;
    sheet = made.sheet;
    sheet.insertColumnsAfter(NEW_SHEET_COLUMNS, feedColumnsFor(FEED_TAB_ROWS) - NEW_SHEET_COLUMNS);
    maxRows = NEW_SHEET_ROWS;
  } else {
    maxRows = sheet.getMaxRows();
  }
  const lastRow = rows.length > 0 ? Math.max(...rows.map((r) => r.row)) : FEED_FIRST_ROW - 1;
  const dropped = rows.filter((r) => drop.has(r.row)).map((r) => r.row);
  const first = dropped.length > 0 ? Math.min(...dropped) : lastRow + 1;
  const kept = rows.filter((r) => r.row >= first && !drop.has(r.row));
  let keptLines: FeedLine[] = [];
  if (kept.length > 0) {
    const formulas = sheet.getRange(first, 1, lastRow - first + 1, 2).getFormulas();
    keptLines = kept.map((r) => [r.planId, formulas[r.row - first]?.[1] ?? ""]);
  }
  const lines: FeedLine[] = [...keptLines, ...add];
  const addedRows = add.map((_, i) => first + keptLines.length + i);
  const end = Math.max(lastRow, first + lines.length - 1);
  while (lines.length < end - first + 1) lines.push(["", ""]);
  if (end > maxRows) {
    sheet.insertRowsAfter(maxRows, end - maxRows);
    maxRows = end;
  }
  const header: FeedLine[] = change.sheet ? [] : [FEED_HEADER as FeedLine];
  const top = change.sheet ? first : 1;
  if (lines.length > 0 || header.length > 0) {
    sheet.getRange(top, 1, header.length + lines.length, 2).setValues([...header, ...lines]);
  }
  return { sheet, addedRows, lastRow: end, maxRows };
}

/** Appends rows below `lastRow` in one setValues (the tab grown first when they do not fit). */
export function appendFeedRows(
  sheet: Sheet,
  lastRow: number,
  maxRows: number,
  lines: readonly FeedLine[],
): void {
  const end = lastRow + lines.length;
  if (end > maxRows) sheet.insertRowsAfter(maxRows, end - maxRows);
  sheet.getRange(lastRow + 1, 1, lines.length, 2).setValues(lines.map((l) => [...l]));
}

/** Reads back rows just written (contiguous), in blocks: their grids, or null. */
export function readFeedRows(sheet: Sheet, firstRow: number, count: number): FeedRow[] {
  // As wide as the content (spills included), not the whole tab.
  const width = sheet.getDataRange().getNumColumns();
  const rows: FeedRow[] = [];
  for (let start = firstRow; start < firstRow + count; start += FEED_READ_ROWS) {
    const n = Math.min(FEED_READ_ROWS, firstRow + count - start);
    rows.push(...feedRowsOf(start, sheet.getRange(start, 1, n, width).getValues()));
  }
  return rows;
}

/** Blanks rows that read the wrong tab or nothing usable: one setValues over their span. */
export function clearFeedRows(
  sheet: Sheet,
  firstRow: number,
  lines: readonly FeedLine[],
  clear: ReadonlySet<number>,
): void {
  if (clear.size === 0) return;
  const values = lines.map((line, i) => (clear.has(firstRow + i) ? ["", ""] : [...line]));
  sheet.getRange(firstRow, 1, values.length, 2).setValues(values);
}
