/**
 * The Matches tab: the suggestions, the coordinator's decisions and the plans made, found by its
 * mark. Written whole by "Suggest matches" (one setValues, the dropdowns in one call) and, while
 * plans are made, only in its ledger columns (Plan, Note, Plan id), where the columns stand in
 * the header read (a coordinator may have moved them).
 */
import type { MatchRow } from "../domain/intake/match-row";
import { matchRowValues, mentorLabel } from "../domain/intake/match-row";
import {
  DECISIONS,
  MATCHES_COLUMNS,
  MATCHES_HEADERS,
  matchesColumn,
} from "../domain/intake/matches-columns";
import { type AddonTabs, markAddonTab } from "./addon-tabs";
import { insertSheetWithFreeNameOrFail } from "./insert-sheet";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export const MATCHES_ROLE = "matches";
export const MATCHES_SHEET_NAME = "Matches";

export function findMatchesTab(tabs: AddonTabs): Sheet | null {
  return tabs.get(MATCHES_ROLE) ?? null;
}

export function createMatchesTab(spreadsheet: Spreadsheet): Sheet {
  const { sheet } = insertSheetWithFreeNameOrFail(
    spreadsheet,
    MATCHES_SHEET_NAME,
    spreadsheet.getNumSheets(),
  );
  try {
    const header = sheet.getRange(1, 1, 1, MATCHES_HEADERS.length);
    header.setValues([[...MATCHES_HEADERS]]);
    header.setFontWeight("bold");
    sheet.setFrozenRows(1);
    MATCHES_COLUMNS.forEach((c, i) => {
      sheet.setColumnWidth(i + 1, c.width);
    });
    markAddonTab(sheet, MATCHES_ROLE);
    return sheet;
  } catch (error) {
    spreadsheet.deleteSheet(sheet);
    throw error;
  }
}

/** Values and formulas (a plan's link is a formula, kept when the tab is rewritten). */
export function readMatchesTab(sheet: Sheet): { values: unknown[][]; formulas: string[][] } {
  const range = sheet.getDataRange();
  return { values: range.getValues(), formulas: range.getFormulas() };
}

/**
 * The whole tab in the add-on's column order: header, rows, blanks over rows of an older,
 * longer table; the Decision dropdown and each row's Swap to dropdown (its alternatives).
 */
export function writeMatchesRows(
  sheet: Sheet,
  rows: readonly MatchRow[],
  previousRows: number,
): void {
  const width = MATCHES_HEADERS.length;
  const blank = () => new Array<unknown>(width).fill("");
  const total = Math.max(rows.length + 1, previousRows);
  const values = Array.from({ length: total }, (_, r) =>
    r === 0
      ? [...MATCHES_HEADERS]
      : r <= rows.length
        ? matchRowValues(rows[r - 1] as MatchRow)
        : blank(),
  );
  sheet.getRange(1, 1, total, width).setValues(values);
  if (rows.length === 0) return;
  const decision = SpreadsheetApp.newDataValidation()
    .requireValueInList([...DECISIONS], true)
    .setAllowInvalid(false)
    .build();
  const swaps = new Map<string, DataValidation>();
  const grid = rows.map((r) => {
    const options = r.alternatives.map(mentorLabel);
    const key = options.join("\n");
    let swap = swaps.get(key) ?? null;
    if (!swap && options.length > 0) {
      // A name typed by hand is read too (review-matches.ts), so it warns rather than refuses.
      swap = SpreadsheetApp.newDataValidation()
        .requireValueInList(options, true)
        .setAllowInvalid(true)
        .build();
      swaps.set(key, swap);
    }
    return [decision, swap];
  });
  // Decision and Swap to are neighbours: both dropdown columns in one call.
  sheet
    .getRange(2, matchesColumn("decision") + 1, rows.length, 2)
    .setDataValidations(grid as DataValidation[][]);
}

/** The ledger cells of one row: what a plan run writes. */
export interface LedgerCells {
  row: number;
  plan: string;
  note: string;
  planId: string;
}

/**
 * The ledger columns over the rows from the first to the last update, in one write when the
 * three columns are neighbours (as the add-on writes them), else one write per column. Rows in
 * between keep `current` (their cells as read).
 */
export function writeLedger(
  sheet: Sheet,
  columns: { plan: number; note: number; planId: number },
  updates: readonly LedgerCells[],
  current: (row: number) => Omit<LedgerCells, "row">,
): void {
  if (updates.length === 0) return;
  const byRow = new Map(updates.map((u) => [u.row, u]));
  const first = Math.min(...byRow.keys());
  const last = Math.max(...byRow.keys());
  const cellsOf = (row: number) => byRow.get(row) ?? current(row);
  const order = (["plan", "note", "planId"] as const)
    .slice()
    .sort((a, b) => columns[a] - columns[b]);
  const adjacent = order.every((k, i) => i === 0 || columns[k] === columns[order[0] as "plan"] + i);
  const rows = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  if (adjacent) {
    sheet
      .getRange(first, columns[order[0] as "plan"] + 1, rows.length, 3)
      .setValues(rows.map((row) => order.map((k) => cellsOf(row)[k])));
    return;
  }
  for (const k of order) {
    sheet
      .getRange(first, columns[k] + 1, rows.length, 1)
      .setValues(rows.map((row) => [cellsOf(row)[k]]));
  }
}
