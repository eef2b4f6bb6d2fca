/**
 * The Dashboard tab. Created once with all its formatting (bold headers, number formats,
 * totals colours, conditional colours for health and problems, frozen title, widths, the
 * chart), over a block of plan rows reserved ahead; after that a refresh writes only its values
 * (old rows beyond the new table are overwritten with blanks in the same setValues, so nothing
 * stale is left and no clear call is needed).
 *
 * When the table outgrows the block, rows are inserted inside it: Sheets widens the ranges of
 * the chart and of the conditional formats over inserted rows, and new rows take the format of
 * the row above, so growing costs one call and no formatting. The chart's range tells how many
 * rows are covered; a chart the user deleted is made again.
 */
import {
  DASHBOARD_HEADER_ROW,
  DASHBOARD_SHEET_NAME,
  type DashboardModel,
  dashboardShapeProblem,
} from "../domain/dashboard/layout";
import { listedReviewers, readDashboardPlanIds } from "../domain/dashboard/listing";
import {
  DASHBOARD_COLUMN_WIDTH,
  DASHBOARD_COLUMN_WIDTHS,
  type DASHBOARD_COLUMNS,
  DASHBOARD_FROZEN_COLUMNS,
  type DashboardColumn,
  dashboardColumn,
  HEALTH_COLOURS,
  PLAN_ROW_NUMBER_FORMATS,
  PROBLEM_COLOUR,
} from "../domain/dashboard/row";
import type { Health } from "../domain/plan/vocabulary";
import { rangeA1 } from "../domain/sheet/a1-notation";
import { GENERAL_FORMAT } from "../domain/sheet/number-formats";
import {
  type AddonTabs,
  createAddonTab,
  defineAddonTab,
  findAddonTabs,
  isOutsideSheetError,
  rebuiltMessage,
  retireAddonTab,
} from "./addon-tabs";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Plan rows the chart and the conditional colours cover from the start, and grow by. */
const PLAN_ROWS_BLOCK = 200;

export const DASHBOARD_TAB = defineAddonTab({
  role: "dashboard",
  usualName: DASHBOARD_SHEET_NAME,
  label: "the Dashboard",
  position: "first",
  hidden: false,
  shapeProblem: dashboardShapeProblem,
});
export const DASHBOARD_ROLE = DASHBOARD_TAB.role;

export interface DashboardSnapshot {
  /** The Dashboard, or null when the program has none yet. */
  sheet: Sheet | null;
  /** Its values as last written (empty when there is no Dashboard yet). */
  values: unknown[][];
}

/**
 * The Dashboard, by its mark: a renamed Dashboard is still found, and a tab of the user's that
 * happens to be called "Dashboard" is never taken for it.
 */
export function locateDashboard(
  spreadsheet: Spreadsheet,
  tabs: AddonTabs = findAddonTabs(spreadsheet),
): Sheet | null {
  return tabs.get(DASHBOARD_ROLE) ?? null;
}

/** @param tabs the add-on's tabs, when already found (findProgramTabs) */
export function readDashboard(spreadsheet: Spreadsheet, tabs?: AddonTabs): DashboardSnapshot {
  const sheet = locateDashboard(spreadsheet, tabs);
  return { sheet, values: sheet ? sheet.getDataRange().getValues() : [] };
}

/**
 * Plan id → reviewer as the Dashboard lists them, reading only those two columns (two reads of
 * a cell a plan, where the whole table is 22 cells a plan: docs/performance.md "Preview"); a
 * Dashboard whose table was changed by hand is read whole. Empty without a Dashboard.
 * @param tabs the add-on's tabs, when already found (findProgramTabs)
 */
export function readListedReviewers(
  spreadsheet: Spreadsheet,
  tabs?: AddonTabs,
): Map<string, string> {
  const sheet = locateDashboard(spreadsheet, tabs);
  if (!sheet) return new Map();
  const rows = sheet.getDataRange().getLastRow() - DASHBOARD_HEADER_ROW + 1;
  if (rows >= 1) {
    const column = (name: DashboardColumn) =>
      sheet.getRange(DASHBOARD_HEADER_ROW, dashboardColumn(name), rows, 1).getValues();
    const listed = listedReviewers(column("Plan id"), column("Reviewer"));
    if (listed) return listed;
  }
  const whole = readDashboardPlanIds(sheet.getDataRange().getValues());
  return new Map(whole.map((l) => [l.planId, l.lastKnown.reviewerEmail ?? ""]));
}

/** Plan rows to cover: whole blocks, so the sheet grows rarely. */
function reservedPlanRows(planRows: number): number {
  return Math.max(1, Math.ceil(planRows / PLAN_ROWS_BLOCK)) * PLAN_ROWS_BLOCK;
}

/** A column of the plan table over `rows` plan rows (charts skip the empty ones). */
function planColumn(
  sheet: Sheet,
  model: DashboardModel,
  rows: number,
  name: (typeof DASHBOARD_COLUMNS)[number],
) {
  const column = dashboardColumn(name);
  return sheet.getRange(model.firstPlanRow, column, rows, 1);
}

const CHART = { title: "Completion per plan", row: 2, column: 4, width: 640, height: 240 };

function insertCompletionChart(sheet: Sheet, model: DashboardModel, rows: number): void {
  sheet.insertChart(
    sheet
      .newChart()
      .asBarChart()
      .addRange(planColumn(sheet, model, rows, "Mentee"))
      .addRange(planColumn(sheet, model, rows, "Completion"))
      .setOption("title", model.chart?.title ?? CHART.title)
      .setOption("legend", { position: "none" })
      .setPosition(CHART.row, CHART.column, 0, 0)
      .setOption("width", CHART.width)
      .setOption("height", CHART.height)
      .build(),
  );
}

/**
 * Health and problem colours as conditional formats over the covered plan rows: they follow
 * the text, so a coordinator who sorts the table keeps the right colours.
 */
function colourPlanRows(sheet: Sheet, model: DashboardModel, rows: number): void {
  const health = planColumn(sheet, model, rows, "Health");
  const problems = planColumn(sheet, model, rows, "Problems");
  const problemsColumn = dashboardColumn("Problems");
  const problemsTop = rangeA1(
    model.firstPlanRow,
    problemsColumn,
    model.firstPlanRow,
    problemsColumn,
  );
  sheet.setConditionalFormatRules([
    ...(Object.keys(HEALTH_COLOURS) as Health[]).map((text) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(text)
        .setBackground(HEALTH_COLOURS[text])
        .setRanges([health])
        .build(),
    ),
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=LEN(${problemsTop})>0`)
      .setBackground(PROBLEM_COLOUR)
      .setRanges([problems])
      .build(),
  ]);
}

/** The model's values, padded with blanks over `previousRows` rows of an older, longer table. */
function paddedValues(model: DashboardModel, previousRows: number): unknown[][] {
  const blank = () => new Array<unknown>(model.columns).fill("");
  return Array.from(
    { length: Math.max(model.rows, previousRows) },
    (_, r) => model.values[r] ?? blank(),
  );
}

/** Number formats down to `lastRow`: the model's, then a plan row's for the rows to come. */
function numberFormats(model: DashboardModel, lastRow: number): string[][] {
  return Array.from(
    { length: lastRow },
    (_, r) =>
      model.numberFormats[r] ??
      (r + 1 >= model.firstPlanRow
        ? [...PLAN_ROW_NUMBER_FORMATS]
        : new Array<string>(model.columns).fill(GENERAL_FORMAT)),
  );
}

/**
 * A new Dashboard with all its formatting, first in the tab strip under a free name; removed
 * again if any step fails. Null (with why) when no name is free.
 */
function createDashboard(
  spreadsheet: Spreadsheet,
  model: DashboardModel,
): { sheet: Sheet } | { sheet: null; message: string } {
  const made = createAddonTab(spreadsheet, DASHBOARD_TAB);
  if (!made.sheet) return made;
  const sheet = made.sheet;
  try {
    const covered = reservedPlanRows(model.planRows);
    const lastRow = model.firstPlanRow + covered - 1;
    const maxRows = sheet.getMaxRows();
    if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
    sheet.getRange(1, 1, model.rows, model.columns).setValues(model.values);
    // Formats on every row, so rows an insert appends show dates and percentages.
    const formatted = Math.max(lastRow, maxRows);
    sheet
      .getRange(1, 1, formatted, model.columns)
      .setNumberFormats(numberFormats(model, formatted));
    const head = sheet.getRange(1, 1, model.headerRow, model.columns);
    head.setFontWeights(model.fontWeights.slice(0, model.headerRow));
    head.setBackgrounds(model.backgrounds.slice(0, model.headerRow) as string[][]);
    // Only the title: the totals above the table would fill the screen if frozen.
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(DASHBOARD_FROZEN_COLUMNS);
    sheet.setColumnWidths(1, model.columns, DASHBOARD_COLUMN_WIDTH);
    for (const [name, width] of Object.entries(DASHBOARD_COLUMN_WIDTHS)) {
      sheet.setColumnWidth(dashboardColumn(name as DashboardColumn), width);
    }
    colourPlanRows(sheet, model, covered);
    insertCompletionChart(sheet, model, covered);
    return { sheet };
  } catch (error) {
    // A Dashboard that could not be made whole is removed: the next refresh makes it again.
    spreadsheet.deleteSheet(sheet);
    throw error;
  }
}

/** Plan rows the chart covers (its first range), or null when there is no chart. */
function coveredPlanRows(sheet: Sheet): number | null {
  const [chart] = sheet.getCharts();
  const [range] = chart ? chart.getRanges() : [];
  return range ? range.getNumRows() : null;
}

export type WrittenDashboard =
  /** `note`: what was repaired on the way (a Dashboard changed by hand, rebuilt). */
  { sheet: Sheet; note: string | null } | { sheet: null; message: string };

/**
 * Writes the model: a new, fully formatted Dashboard the first time; afterwards its values in
 * one setValues, one read of the chart to know the rows covered, and one insert of rows when
 * the table outgrows them. A Dashboard whose shape was changed by hand (its table header
 * moved: rows or columns deleted above or inside it) is retired and a new one made, said in
 * `note`; so is one the write fails on.
 */
export function writeDashboard(
  spreadsheet: Spreadsheet,
  snapshot: DashboardSnapshot,
  model: DashboardModel,
): WrittenDashboard {
  if (snapshot.sheet === null) {
    const made = createDashboard(spreadsheet, model);
    return made.sheet ? { sheet: made.sheet, note: null } : made;
  }
  const old = snapshot.sheet;
  let problem = snapshot.values.length > 0 ? dashboardShapeProblem(snapshot.values) : null;
  if (problem === null) {
    try {
      updateDashboard(old, snapshot, model);
      return { sheet: old, note: null };
    } catch (error) {
      // Smaller than its table (rows or columns cut by hand below the header): rebuilt too.
      if (!isOutsideSheetError(error)) throw error;
      problem = "rows or columns of its table were deleted";
    }
  }
  const oldName = old.getName();
  retireAddonTab(old);
  const made = createDashboard(spreadsheet, model);
  if (!made.sheet) return made;
  return {
    sheet: made.sheet,
    note: rebuiltMessage(DASHBOARD_TAB, oldName, problem, made.sheet.getName()),
  };
}

function updateDashboard(sheet: Sheet, snapshot: DashboardSnapshot, model: DashboardModel): void {
  const needed = reservedPlanRows(model.planRows);
  const covered = coveredPlanRows(sheet);
  // Rows inserted below the first plan row push the old table down by this many.
  let pushedDown = 0;
  if (covered === null) {
    // The chart was deleted: rows for the block after the old table, then colours and chart.
    const lastOld = Math.max(model.headerRow, snapshot.values.length);
    const lastNeeded = model.firstPlanRow + needed - 1;
    if (lastNeeded > lastOld) sheet.insertRowsAfter(lastOld, lastNeeded - lastOld);
    colourPlanRows(sheet, model, needed);
    insertCompletionChart(sheet, model, needed);
  } else if (covered < needed) {
    // Inside the covered rows, so the chart and the colours widen with them.
    pushedDown = needed - covered;
    sheet.insertRowsAfter(model.firstPlanRow, pushedDown);
  }
  const values = paddedValues(model, snapshot.values.length + pushedDown);
  sheet.getRange(1, 1, values.length, model.columns).setValues(values);
}

/**
 * After plans are made: their rows at the end of the table (a refresh re-sorts them). One plan
 * is one appendRow; a batch is one write below the last row.
 */
export function appendDashboardRows(dashboard: Sheet, rows: readonly unknown[][]): void {
  if (rows.length === 1) {
    dashboard.appendRow(rows[0] as unknown[]);
    return;
  }
  const width = Math.max(...rows.map((r) => r.length));
  const last = dashboard.getLastRow();
  dashboard.getRange(last + 1, 1, rows.length, width).setValues(rows as unknown[][]);
}

/** Rewrites the title cell (the program was renamed); nothing when there is no Dashboard yet. */
export function writeDashboardTitle(spreadsheet: Spreadsheet, title: string): void {
  const sheet = locateDashboard(spreadsheet);
  if (sheet) sheet.getRange(1, 1).setValue(title);
}
