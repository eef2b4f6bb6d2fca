/**
 * The program feed tab (src/domain/dashboard/program-feed.ts): hidden, marked like the Dashboard
 * (role "feed-text") so the refresh's one metadata search finds it, one row per plan: the plan
 * id, then one formula giving the whole plan tab as one text cell. Sheets keeps each formula on
 * its tab when the tab is renamed, reads rows inserted inside the tab, and shows #REF! when the
 * tab is deleted.
 *
 * Sized to what it holds (docs/performance.md "Cells"): 2 columns, and as many rows as it has
 * plans (a new tab is cut from Sheets' 1000 × 26 down to that; later rows are added as needed).
 * Read in blocks of FEED_READ_ROWS rows; written in one setValues. A feed tab of the earlier
 * layout (role "feed": a spill of every tab, about 2 M cells) is deleted when one is found.
 */
import { type FeedGrid, planGridFromFeedText } from "../domain/dashboard/program-feed";
import { markAddonTab } from "./addon-tabs";
import { insertSheetWithFreeNameOrFail } from "./insert-sheet";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const FEED_ROLE = "feed-text";
/** The earlier layout's role: its tab is deleted on sight (it held about 2 M cells). */
export const OLD_FEED_ROLE = "feed";
export const FEED_SHEET_NAME = "Plan feed (used by the add-on)";
const FEED_HEADER = ["Plan id", "Plan tab as text (one formula a plan)"];
/** Feed rows start below the header. */
export const FEED_FIRST_ROW = 2;
const FEED_COLUMNS = FEED_HEADER.length;
/** Rows per getValues: 200 plans of ~10,000 characters each, about 2 MB a response. */
export const FEED_READ_ROWS = 200;
/** Sheets' new tab: 1000 × 26 (Spreadsheet.insertSheet). */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

export interface FeedRow {
  /** 1-based row on the feed tab. */
  row: number;
  planId: string;
  /** The plan tab's values rebuilt from the row's text, or null when it is not usable. */
  feed: FeedGrid | null;
}

/** Every feed row, in blocks of FEED_READ_ROWS rows: one getValues per block. */
export function readFeed(sheet: Sheet): FeedRow[] {
  const lastRow = sheet.getDataRange().getNumRows();
  return readFeedRows(sheet, FEED_FIRST_ROW, lastRow - FEED_FIRST_ROW + 1);
}

function feedRowsOf(start: number, values: unknown[][]): FeedRow[] {
  return values.map((line, i) => {
    const planId = typeof line[0] === "string" ? line[0].trim() : String(line[0] ?? "");
    return { row: start + i, planId, feed: planGridFromFeedText(line[1], planId) };
  });
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
export function writeFeed(spreadsheet: Spreadsheet, change: FeedWrite): FeedWritten {
  const { rows, drop, add } = change;
  let sheet = change.sheet;
  let maxRows: number;
  if (!sheet) {
    sheet = insertFeedSheet(spreadsheet);
    sheet.hideSheet();
    markAddonTab(sheet, FEED_ROLE);
    sheet.deleteColumns(FEED_COLUMNS + 1, NEW_SHEET_COLUMNS - FEED_COLUMNS);
    // Rows for the header and the plans it holds now; more are added when needed.
    const rowsNeeded = Math.max(FEED_FIRST_ROW, FEED_FIRST_ROW - 1 + add.length);
    if (rowsNeeded < NEW_SHEET_ROWS) sheet.deleteRows(rowsNeeded + 1, NEW_SHEET_ROWS - rowsNeeded);
    maxRows = Math.min(rowsNeeded, NEW_SHEET_ROWS);
  } else {
    maxRows = sheet.getMaxRows();
  }
  const lastRow = rows.length > 0 ? Math.max(...rows.map((r) => r.row)) : FEED_FIRST_ROW - 1;
  const dropped = rows.filter((r) => drop.has(r.row)).map((r) => r.row);
  const first = dropped.length > 0 ? Math.min(...dropped) : lastRow + 1;
  const kept = rows.filter((r) => r.row >= first && !drop.has(r.row));
  let keptLines: FeedLine[] = [];
  if (kept.length > 0) {
    const formulas = sheet.getRange(first, 1, lastRow - first + 1, FEED_COLUMNS).getFormulas();
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
    sheet
      .getRange(top, 1, header.length + lines.length, FEED_COLUMNS)
      .setValues([...header, ...lines]);
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
  sheet.getRange(lastRow + 1, 1, lines.length, FEED_COLUMNS).setValues(lines.map((l) => [...l]));
}

/** Reads back rows just written (contiguous), in blocks: their grids, or null. */
export function readFeedRows(sheet: Sheet, firstRow: number, count: number): FeedRow[] {
  const rows: FeedRow[] = [];
  for (let start = firstRow; start < firstRow + count; start += FEED_READ_ROWS) {
    const n = Math.min(FEED_READ_ROWS, firstRow + count - start);
    rows.push(...feedRowsOf(start, sheet.getRange(start, 1, n, FEED_COLUMNS).getValues()));
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
  sheet.getRange(firstRow, 1, values.length, FEED_COLUMNS).setValues(values);
}

/** A new feed tab, last; "(2)"… when a tab of the user's already has the name. */
function insertFeedSheet(spreadsheet: Spreadsheet): Sheet {
  return insertSheetWithFreeNameOrFail(spreadsheet, FEED_SHEET_NAME, spreadsheet.getNumSheets())
    .sheet;
}
