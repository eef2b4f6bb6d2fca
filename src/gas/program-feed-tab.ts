/**
 * The program feed tab (src/domain/dashboard/program-feed.ts): hidden, marked like the Dashboard
 * (role "plan-feed") so the refresh's one metadata search finds it, one row per plan
 * (FEED_COLUMN): the plan's snapshot, the plan id, one formula giving the whole plan tab as one
 * text cell (or UNCHANGED_MARK while the tab is as last read), and the text as last read.
 * Sheets keeps each formula on its tab when the tab is renamed, reads rows inserted inside the
 * tab, and shows #REF! when the tab is deleted.
 *
 * Sized to what it holds (docs/performance.md "Cells"): 4 columns, and as many rows as it has
 * plans (a new tab is cut from Sheets' 1000 × 26 down to that; later rows are added as needed).
 * Read in blocks of FEED_READ_ROWS rows: a refresh reads the snapshot, id and text columns; a
 * reader that needs every plan's wording (reviews, outcomes) the id, text and copy columns.
 * Feed tabs of earlier layouts (OLD_FEED_ROLES) are deleted when found.
 */
import { FEED_COLUMN, FEED_WIDTH, feedFormula } from "../domain/dashboard/program-feed";
import { rowRuns } from "../domain/sheet/row-runs";
import { isOutsideSheetError, markAddonTab } from "./addon-tabs";
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
/** A row of the feed tab from its cells by column (FEED_COLUMN). */
function feedLine(cells: Record<keyof typeof FEED_COLUMN, unknown>): unknown[] {
  const line: unknown[] = Array(FEED_WIDTH).fill("");
  for (const [key, column] of Object.entries(FEED_COLUMN)) {
    line[column - 1] = cells[key as keyof typeof FEED_COLUMN];
  }
  return line;
}
const FEED_HEADER = feedLine({
  snapshot: "Plan snapshot",
  planId: "Plan id",
  text: "Plan tab as text (= while unchanged)",
  copy: "Text as last read",
});
/** Feed rows start below the header. */
export const FEED_FIRST_ROW = 2;
/** Rows per getValues: 200 plans of ~10,000 characters each, about 2 MB a response. */
export const FEED_READ_ROWS = 200;
/** Characters a read of the feed aims at: FEED_READ_ROWS whole texts. */
const FEED_READ_CHARS = FEED_READ_ROWS * 10_000;
/** Rows of one read at most, however short they are. */
const FEED_READ_ROWS_MAX = 2_000;
/** Sheets' new tab: 1000 × 26 (Spreadsheet.insertSheet). */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;
/** Columns a refresh reads: the snapshot, the id and the text (or the mark). */
const INDEX_COLUMNS = [FEED_COLUMN.snapshot, FEED_COLUMN.text] as const;
/** Columns a reader of every plan's words reads: the id, the text (or the mark) and the copy. */
const WORDING_COLUMNS = [FEED_COLUMN.planId, FEED_COLUMN.copy] as const;

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

type ColumnSpan = readonly [first: number, last: number];

/** Feed rows from the values of columns `span`, their first line on row `start`. */
function feedRowsOf(start: number, values: unknown[][], span: ColumnSpan): FeedRow[] {
  const [first, last] = span;
  const has = (column: number) => column >= first && column <= last;
  return values.map((line, i) => {
    const id = line[FEED_COLUMN.planId - first];
    const row: FeedRow = {
      row: start + i,
      planId: typeof id === "string" ? id.trim() : String(id ?? ""),
      text: line[FEED_COLUMN.text - first],
      snapshot: has(FEED_COLUMN.snapshot) ? line[FEED_COLUMN.snapshot - first] : "",
    };
    if (has(FEED_COLUMN.copy)) row.copy = line[FEED_COLUMN.copy - first];
    return row;
  });
}

/**
 * Every feed row, one getValues per block of rows: of the snapshot, id and text columns; or,
 * `withCopies` (readers that need every plan's wording), of the id, text and copy columns
 * (snapshots are not read then: copies stand in for them). The first block is FEED_READ_ROWS
 * rows; each next one as many as make about FEED_READ_CHARS at the size of the rows read so far
 * (rows that show the mark and a snapshot are a fifth of a text's size, so a refresh of an
 * unedited program reads about 1,000 of them at a time).
 */
export function readFeed(sheet: Sheet, withCopies: boolean): { rows: FeedRow[]; reads: number } {
  const lastRow = sheet.getDataRange().getNumRows();
  const span = withCopies ? WORDING_COLUMNS : INDEX_COLUMNS;
  const rows: FeedRow[] = [];
  let reads = 0;
  let chars = 0;
  for (let start = FEED_FIRST_ROW; start <= lastRow; ) {
    const size =
      rows.length === 0
        ? FEED_READ_ROWS
        : Math.min(
            FEED_READ_ROWS_MAX,
            Math.max(
              FEED_READ_ROWS,
              Math.floor(FEED_READ_CHARS / Math.max(1, chars / rows.length)),
            ),
          );
    const n = Math.min(size, lastRow - start + 1);
    const block = readBlock(sheet, start, n, span);
    reads++;
    for (const v of block.values.flat()) chars += String(v ?? "").length;
    rows.push(...block.rows);
    start += n;
  }
  return { rows, reads };
}

/** One getValues: `count` rows from `start`, columns `span`, as read and as feed rows. */
function readBlock(sheet: Sheet, start: number, count: number, span: ColumnSpan) {
  const values = sheet.getRange(start, span[0], count, span[1] - span[0] + 1).getValues();
  return { values, rows: feedRowsOf(start, values, span) };
}

/** Runs of these rows, none longer than FEED_READ_ROWS (a response or a write of ~2 MB). */
function blocksOf(rows: Iterable<number>, maxGap = 0): [number, number][] {
  return rowRuns(rows, maxGap).flatMap(([first, count]) =>
    Array.from({ length: Math.ceil(count / FEED_READ_ROWS) }, (_, i): [number, number] => [
      first + i * FEED_READ_ROWS,
      Math.min(FEED_READ_ROWS, count - i * FEED_READ_ROWS),
    ]),
  );
}

/**
 * A read of copies takes in up to this many rows it does not need (about 8,000 characters each,
 * 7–20 ms in the model) rather than make one more round trip (87 ms).
 */
const COPY_READ_GAP = 4;

/**
 * Reads these rows (the index columns): one getValues per run of consecutive rows
 * (FEED_READ_ROWS rows at most).
 */
export function readFeedRowsAt(sheet: Sheet, rows: Iterable<number>): Map<number, FeedRow> {
  const read = new Map<number, FeedRow>();
  for (const [first, count] of blocksOf(rows)) {
    for (const row of readBlock(sheet, first, count, INDEX_COLUMNS).rows) read.set(row.row, row);
  }
  return read;
}

/**
 * The copies of the text on these rows, and the getValues it took: one per run of them (runs a
 * few rows apart read as one; FEED_READ_ROWS rows at most).
 */
export function readFeedCopies(
  sheet: Sheet,
  rows: Iterable<number>,
): { copies: Map<number, unknown>; reads: number } {
  const wanted = new Set(rows);
  const copies = new Map<number, unknown>();
  const blocks = blocksOf(wanted, COPY_READ_GAP);
  for (const [first, count] of blocks) {
    const values = sheet.getRange(first, FEED_COLUMN.copy, count, 1).getValues();
    values.forEach((line, i) => {
      if (wanted.has(first + i)) copies.set(first + i, line[0]);
    });
  }
  return { copies, reads: blocks.length };
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
const BLANK_LINE: FeedLine = Array(FEED_WIDTH).fill("");
const newLine = (entry: FeedEntry, row: number): FeedLine =>
  feedLine({
    snapshot: "",
    planId: entry.planId,
    text: feedFormula(entry.sheetName, row),
    copy: "",
  });

/** Runs of free rows a write reuses at most: each is one setValues (and one read back). */
const MAX_REUSED_RUNS = 4;

/** The runs of free rows a write reuses: the first MAX_REUSED_RUNS. */
export function reusedRuns(free: ReadonlySet<number>): [first: number, count: number][] {
  return rowRuns(free).slice(0, MAX_REUSED_RUNS);
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
  const reused = reusedRuns(change.free).flatMap(([first, count]) =>
    Array.from({ length: count }, (_, i) => first + i),
  );
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

/**
 * Gives plans just made their feed rows, below the last (the tab grown when they do not fit):
 * the next reader (a refresh, Suggest matches, a review run) then reads them with the rest of
 * the program instead of one getValues each. A feed changed by hand (columns deleted) is left
 * to the next refresh, which retires it: making plans never fails for the feed's sake.
 */
export function appendPlansToFeed(sheet: Sheet, entries: readonly FeedEntry[]): void {
  if (entries.length === 0) return;
  try {
    const lastRow = Math.max(sheet.getLastRow(), FEED_FIRST_ROW - 1);
    appendFeedRows(sheet, lastRow, sheet.getMaxRows(), entries);
  } catch (error) {
    if (!isOutsideSheetError(error)) throw error;
  }
}

/** What a refresh keeps of a plan it read whole: its snapshot and the text it read. */
export interface FeedKeep {
  row: number;
  snapshot: string;
  copy: string;
}

/**
 * Stores snapshots and copies: two setValues per run of consecutive rows (at most
 * FEED_READ_ROWS rows each), `maxCalls` calls at most; rows past it are kept by a later refresh.
 * From then on the row's formula shows the mark until the tab changes.
 */
export function keepFeedSnapshots(
  sheet: Sheet,
  keeps: readonly FeedKeep[],
  maxCalls: number,
): void {
  const byRow = new Map(keeps.map((k) => [k.row, k]));
  // Two columns apart: two setValues a run.
  const runs = blocksOf(byRow.keys()).slice(0, Math.max(0, Math.floor(maxCalls / 2)));
  for (const [first, count] of runs) {
    const at = (i: number) => byRow.get(first + i) as FeedKeep;
    const column = (key: "snapshot" | "copy") =>
      Array.from({ length: count }, (_, i) => [at(i)[key]]);
    sheet.getRange(first, FEED_COLUMN.snapshot, count, 1).setValues(column("snapshot"));
    sheet.getRange(first, FEED_COLUMN.copy, count, 1).setValues(column("copy"));
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
