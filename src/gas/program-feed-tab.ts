/**
 * The program feed tab (src/domain/dashboard/program-feed.ts): hidden, marked like the Dashboard
 * (role "plan-feed") so the refresh's one metadata search finds it, one row per plan
 * (FEED_COLUMN): the plan id, one formula giving the whole plan tab as one text cell (or
 * UNCHANGED_MARK while the tab is as last read), the plan's snapshot and the text as last read.
 * Sheets keeps each formula on its tab when the tab is renamed, reads rows inserted inside the
 * tab, and shows #REF! when the tab is deleted.
 *
 * Sized to what it holds (docs/performance.md "Cells"): 4 columns, and as many rows as it has
 * plans (a new tab is cut from Sheets' 1000 × 26 down to that; later rows are added as needed).
 * Read in blocks of FEED_READ_ROWS rows: a refresh reads the id, text and snapshot columns; a
 * reader that needs every plan's wording (reviews, outcomes) reads the copies too. Feed tabs of
 * earlier layouts (OLD_FEED_ROLES) are deleted when found.
 */
import { FEED_COLUMN, FEED_WIDTH, feedFormula } from "../domain/dashboard/program-feed";
import { rowRuns } from "../domain/sheet/row-runs";
import { markAddonTab } from "./addon-tabs";
import { insertSheetWithFreeNameOrFail } from "./insert-sheet";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const FEED_ROLE = "plan-feed";
/**
 * Earlier layouts, deleted on sight by a refresh: "feed", a spill of every tab (about 2 M
 * cells); "feed-text", the text alone, read whole on every refresh.
 */
export const OLD_FEED_ROLES = ["feed", "feed-text"] as const;
export const FEED_SHEET_NAME = "Plan feed (used by the add-on)";
const FEED_HEADER = [
  "Plan id",
  "Plan tab as text (= while unchanged)",
  "Plan snapshot",
  "Text as last read",
];
/** Feed rows start below the header. */
export const FEED_FIRST_ROW = 2;
/** Rows per getValues: 200 plans of ~10,000 characters each, about 2 MB a response. */
export const FEED_READ_ROWS = 200;
/** Sheets' new tab: 1000 × 26 (Spreadsheet.insertSheet). */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;
/** Columns a refresh reads: the id, the text (or the mark) and the snapshot. */
const INDEX_WIDTH = FEED_COLUMN.snapshot;

export interface FeedRow {
  /** 1-based row on the feed tab. */
  row: number;
  planId: string;
  /** The text column's value: the tab as text, UNCHANGED_MARK, an error value or blank. */
  text: unknown;
  /** The snapshot column's value. */
  snapshot: unknown;
  /** The copy column's value, when it was read. */
  copy?: unknown;
}

function feedRowsOf(start: number, values: unknown[][]): FeedRow[] {
  return values.map((line, i) => {
    const id = line[FEED_COLUMN.planId - 1];
    const row: FeedRow = {
      row: start + i,
      planId: typeof id === "string" ? id.trim() : String(id ?? ""),
      text: line[FEED_COLUMN.text - 1],
      snapshot: line[FEED_COLUMN.snapshot - 1],
    };
    if (line.length >= FEED_COLUMN.copy) row.copy = line[FEED_COLUMN.copy - 1];
    return row;
  });
}

/**
 * Every feed row, in blocks of FEED_READ_ROWS rows: one getValues per block; with the copies of
 * the text when `withCopies` (the wording of plans whose text shows the mark).
 */
export function readFeed(sheet: Sheet, withCopies: boolean): FeedRow[] {
  const lastRow = sheet.getDataRange().getNumRows();
  return readFeedRows(sheet, FEED_FIRST_ROW, lastRow - FEED_FIRST_ROW + 1, withCopies);
}

/** Reads `count` rows from `firstRow`, in blocks: one getValues per block. */
export function readFeedRows(
  sheet: Sheet,
  firstRow: number,
  count: number,
  withCopies: boolean,
): FeedRow[] {
  const width = withCopies ? FEED_WIDTH : INDEX_WIDTH;
  const rows: FeedRow[] = [];
  for (let start = firstRow; start < firstRow + count; start += FEED_READ_ROWS) {
    const n = Math.min(FEED_READ_ROWS, firstRow + count - start);
    rows.push(...feedRowsOf(start, sheet.getRange(start, 1, n, width).getValues()));
  }
  return rows;
}

/** Reads these rows (the index columns): one getValues per run of consecutive rows. */
export function readFeedRowsAt(sheet: Sheet, rows: Iterable<number>): Map<number, FeedRow> {
  const read = new Map<number, FeedRow>();
  for (const [first, count] of rowRuns(rows)) {
    for (const row of readFeedRows(sheet, first, count, false)) read.set(row.row, row);
  }
  return read;
}

/** The copies of the text on these rows: one getValues per run of consecutive rows. */
export function readFeedCopies(sheet: Sheet, rows: Iterable<number>): Map<number, unknown> {
  const copies = new Map<number, unknown>();
  for (const [first, count] of rowRuns(rows)) {
    const values = sheet.getRange(first, FEED_COLUMN.copy, count, 1).getValues();
    values.forEach((line, i) => {
      copies.set(first + i, line[0]);
    });
  }
  return copies;
}

/** A plan to give a feed row: its id and its tab's name. */
export interface FeedEntry {
  planId: string;
  sheetName: string;
}

export interface FeedWrite {
  /** The feed tab, or null to make it. */
  sheet: Sheet | null;
  /** Feed rows as read (to know where rows end). */
  rows: readonly FeedRow[];
  /** Rows free to reuse (plans gone, duplicates, rows being rewritten). */
  free: ReadonlySet<number>;
  /** Rows to add. */
  add: readonly FeedEntry[];
}

export interface FeedWritten {
  sheet: Sheet;
  /** The 1-based feed row of each added entry, in order. */
  addedRows: number[];
  /** The last row written, and the tab's rows. */
  lastRow: number;
  maxRows: number;
}

type FeedLine = unknown[];
const BLANK_LINE: FeedLine = ["", "", "", ""];
const newLine = (entry: FeedEntry, row: number): FeedLine => [
  entry.planId,
  feedFormula(entry.sheetName, row),
  "",
  "",
];

/** Runs of free rows a write reuses at most: each is one setValues (and one read back). */
export const MAX_REUSED_RUNS = 4;

/** The free rows a write reuses: those of the first MAX_REUSED_RUNS runs. */
export function reusedRows(free: ReadonlySet<number>): number[] {
  return rowRuns(free)
    .slice(0, MAX_REUSED_RUNS)
    .flatMap(([first, count]) => Array.from({ length: count }, (_, i) => first + i));
}

/**
 * Writes added rows: into free rows first (the first MAX_REUSED_RUNS runs of them, their
 * unused rows blanked), then below the last row; one setValues per run. Rows that stay are
 * never moved, so their snapshots and copies stay with them. A new feed tab is made hidden,
 * marked and wide enough first.
 */
export function writeFeed(spreadsheet: Spreadsheet, change: FeedWrite): FeedWritten {
  const { rows, add } = change;
  let sheet = change.sheet;
  let maxRows: number;
  const lines = new Map<number, FeedLine>();
  if (!sheet) {
    sheet = insertFeedSheet(spreadsheet);
    sheet.hideSheet();
    markAddonTab(sheet, FEED_ROLE);
    sheet.deleteColumns(FEED_WIDTH + 1, NEW_SHEET_COLUMNS - FEED_WIDTH);
    // Rows for the header and the plans it holds now; more are added when needed.
    const rowsNeeded = Math.max(FEED_FIRST_ROW, FEED_FIRST_ROW - 1 + add.length);
    if (rowsNeeded < NEW_SHEET_ROWS) sheet.deleteRows(rowsNeeded + 1, NEW_SHEET_ROWS - rowsNeeded);
    maxRows = Math.min(rowsNeeded, NEW_SHEET_ROWS);
    lines.set(1, FEED_HEADER);
  } else {
    maxRows = sheet.getMaxRows();
  }
  const lastRow = rows.length > 0 ? Math.max(...rows.map((r) => r.row)) : FEED_FIRST_ROW - 1;
  const reused = reusedRows(change.free);
  const addedRows = add.map((_, i) => reused[i] ?? lastRow + 1 + (i - reused.length));
  for (const r of reused) lines.set(r, BLANK_LINE);
  add.forEach((entry, i) => {
    const row = addedRows[i] as number;
    lines.set(row, newLine(entry, row));
  });
  const end = Math.max(lastRow, ...addedRows);
  if (end > maxRows) {
    sheet.insertRowsAfter(maxRows, end - maxRows);
    maxRows = end;
  }
  for (const [first, count] of rowRuns(lines.keys())) {
    const values = Array.from({ length: count }, (_, i) => lines.get(first + i) as FeedLine);
    sheet.getRange(first, 1, count, FEED_WIDTH).setValues(values);
  }
  return { sheet, addedRows, lastRow: end, maxRows };
}

/** Appends rows below `lastRow` in one setValues (the tab grown first when they do not fit). */
export function appendFeedRows(
  sheet: Sheet,
  lastRow: number,
  maxRows: number,
  entries: readonly FeedEntry[],
): void {
  const end = lastRow + entries.length;
  if (end > maxRows) sheet.insertRowsAfter(maxRows, end - maxRows);
  sheet
    .getRange(lastRow + 1, 1, entries.length, FEED_WIDTH)
    .setValues(entries.map((e, i) => newLine(e, lastRow + 1 + i)));
}

/** What a refresh keeps of a plan it read whole: its snapshot and the text it read. */
export interface FeedKeep {
  row: number;
  snapshot: string;
  copy: string;
}

/**
 * Stores snapshots and copies: one setValues per run of consecutive rows (at most
 * FEED_READ_ROWS rows each), `maxCalls` at most; rows past it are kept by a later refresh.
 * From then on the row's formula shows the mark until the tab changes.
 */
export function keepFeedSnapshots(
  sheet: Sheet,
  keeps: readonly FeedKeep[],
  maxCalls: number,
): void {
  const byRow = new Map(keeps.map((k) => [k.row, k]));
  const runs = rowRuns(byRow.keys()).flatMap(([first, count]) =>
    Array.from({ length: Math.ceil(count / FEED_READ_ROWS) }, (_, i): [number, number] => [
      first + i * FEED_READ_ROWS,
      Math.min(FEED_READ_ROWS, count - i * FEED_READ_ROWS),
    ]),
  );
  for (const [first, count] of runs.slice(0, Math.max(0, maxCalls))) {
    const values = Array.from({ length: count }, (_, i) => {
      const k = byRow.get(first + i) as FeedKeep;
      return [k.snapshot, k.copy];
    });
    sheet.getRange(first, FEED_COLUMN.snapshot, count, 2).setValues(values);
  }
}

/** Blanks rows that read the wrong tab or nothing usable: one setValues per run of rows. */
export function clearFeedRows(sheet: Sheet, clear: ReadonlySet<number>): void {
  for (const [first, count] of rowRuns(clear)) {
    sheet.getRange(first, 1, count, FEED_WIDTH).setValues(Array(count).fill(BLANK_LINE));
  }
}

/** A new feed tab, last; "(2)"… when a tab of the user's already has the name. */
function insertFeedSheet(spreadsheet: Spreadsheet): Sheet {
  return insertSheetWithFreeNameOrFail(spreadsheet, FEED_SHEET_NAME, spreadsheet.getNumSheets())
    .sheet;
}
