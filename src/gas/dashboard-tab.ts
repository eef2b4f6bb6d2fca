/**
 * The Dashboard tab. Created once with all its formatting (bold headers, totals colours,
 * conditional colours for health and problems, frozen header, widths, the chart); after that a
 * refresh writes only values and number formats — two calls — and touches the chart only when
 * the number of plans changed. Old rows beyond the new table are overwritten with blanks in the
 * same setValues, so nothing stale is left and no clear call is needed.
 */
import { rangeA1 } from "../domain/a1-notation";
import { DASHBOARD_SHEET_NAME, type DashboardModel } from "../domain/dashboard";
import {
  type DASHBOARD_COLUMNS,
  dashboardColumn,
  GENERAL_FORMAT,
  HEALTH_COLOURS,
  PLAN_ROW_NUMBER_FORMATS,
  PROBLEM_COLOUR,
} from "../domain/dashboard-row";
import type { Health } from "../domain/vocabulary";
import { type AddonTabs, findAddonTabs, markAddonTab } from "./addon-tabs";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Plan rows the chart and the conditional colours cover from the start (grown when exceeded). */
const PLAN_ROWS_BLOCK = 200;

export const DASHBOARD_ROLE = "dashboard";

export interface DashboardLocation {
  sheet: Sheet | null;
  /** False for a tab found by its name only (made before tabs were marked): marked when written. */
  marked: boolean;
}

export interface DashboardSnapshot extends DashboardLocation {
  /** Its values as last written (empty when there is no Dashboard yet). */
  values: unknown[][];
}

/**
 * The Dashboard, by its mark (so a renamed Dashboard is still found); by name only when no tab
 * is marked, which costs one more call but only until the next write marks it.
 */
export function locateDashboard(
  spreadsheet: Spreadsheet,
  tabs: AddonTabs = findAddonTabs(spreadsheet),
): DashboardLocation {
  const marked = tabs.get(DASHBOARD_ROLE);
  if (marked) return { sheet: marked, marked: true };
  return { sheet: spreadsheet.getSheetByName(DASHBOARD_SHEET_NAME), marked: false };
}

export function readDashboard(spreadsheet: Spreadsheet): DashboardSnapshot {
  const location = locateDashboard(spreadsheet);
  return {
    ...location,
    values: location.sheet ? location.sheet.getDataRange().getValues() : [],
  };
}

/**
 * The block to write: the model's values, padded with blanks over whatever the old table
 * covered; its number formats, with every plan row up to `formatRows` given a plan row's
 * formats, so a row an insert appends later shows dates and percentages right away.
 */
function padded(
  model: DashboardModel,
  previousRows: number,
  formatRows: number,
): {
  values: unknown[][];
  formats: string[][];
} {
  const rows = Math.max(model.rows, previousRows);
  const blank = () => new Array<unknown>(model.columns).fill("");
  const formatsOf = (r: number) =>
    model.numberFormats[r] ??
    (r + 1 >= model.firstPlanRow
      ? [...PLAN_ROW_NUMBER_FORMATS]
      : new Array<string>(model.columns).fill(GENERAL_FORMAT));
  return {
    values: Array.from({ length: rows }, (_, r) => model.values[r] ?? blank()),
    formats: Array.from({ length: Math.max(rows, formatRows) }, (_, r) => formatsOf(r)),
  };
}

/** Rows reserved for plans: whole blocks, so the chart changes only when a block fills up. */
function reservedPlanRows(planRows: number): number {
  return Math.max(1, Math.ceil(planRows / PLAN_ROWS_BLOCK)) * PLAN_ROWS_BLOCK;
}

/** A column of the plan table over the reserved rows (charts skip the empty ones). */
function planColumn(sheet: Sheet, model: DashboardModel, name: (typeof DASHBOARD_COLUMNS)[number]) {
  const column = dashboardColumn(name);
  const last = model.firstPlanRow + reservedPlanRows(model.planRows) - 1;
  return sheet.getRange(rangeA1(model.firstPlanRow, column, last, column));
}

function chartRanges(sheet: Sheet, model: DashboardModel) {
  return [planColumn(sheet, model, "Mentee"), planColumn(sheet, model, "Completion")];
}

const CHART = { title: "Completion per plan", row: 2, column: 4, width: 640, height: 240 };

function insertCompletionChart(sheet: Sheet, model: DashboardModel): void {
  let builder = sheet
    .newChart()
    .asBarChart()
    .setOption("title", model.chart?.title ?? CHART.title)
    .setOption("legend", { position: "none" })
    .setPosition(CHART.row, CHART.column, 0, 0)
    .setOption("width", CHART.width)
    .setOption("height", CHART.height);
  for (const range of chartRanges(sheet, model)) builder = builder.addRange(range);
  sheet.insertChart(builder.build());
}

/** The header's formatting, applied when the tab is created: it never changes afterwards. */
function formatNewDashboard(sheet: Sheet, model: DashboardModel): void {
  const head = sheet.getRange(1, 1, model.headerRow, model.columns);
  head.setFontWeights(model.fontWeights.slice(0, model.headerRow));
  head.setBackgrounds(model.backgrounds.slice(0, model.headerRow) as string[][]);
  // Only the title: the totals above the table would fill the screen if frozen.
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, model.columns, 120);
}

/**
 * Health and problem colours as conditional formats over the reserved plan rows: they follow
 * the text, so a coordinator who sorts the table keeps the right colours.
 */
function colourPlanRows(sheet: Sheet, model: DashboardModel): void {
  const health = planColumn(sheet, model, "Health");
  const problems = planColumn(sheet, model, "Problems");
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

/**
 * Writes the model. Creates and formats the tab on first use; otherwise values and number
 * formats in one block, and the chart's ranges when the number of plan rows changed.
 */
export function writeDashboard(
  spreadsheet: Spreadsheet,
  snapshot: DashboardSnapshot,
  model: DashboardModel,
  previousPlanRows: number,
): Sheet {
  const created = snapshot.sheet === null;
  const sheet = snapshot.sheet ?? spreadsheet.insertSheet(DASHBOARD_SHEET_NAME, 0);
  try {
    if (!snapshot.marked) markAddonTab(sheet, DASHBOARD_ROLE);
    const reservedLastRow = model.firstPlanRow + reservedPlanRows(model.planRows) - 1;
    const block = padded(model, snapshot.values.length, reservedLastRow);
    const rows = Math.max(block.values.length, reservedLastRow);
    // A new sheet has 1000 rows; a big program needs more before anything is written there.
    if (created || reservedPlanRows(model.planRows) > reservedPlanRows(previousPlanRows)) {
      const maxRows = sheet.getMaxRows();
      if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    }
    sheet.getRange(1, 1, block.values.length, model.columns).setValues(block.values);
    sheet.getRange(1, 1, block.formats.length, model.columns).setNumberFormats(block.formats);
    if (created) {
      formatNewDashboard(sheet, model);
      colourPlanRows(sheet, model);
      insertCompletionChart(sheet, model);
    } else if (reservedPlanRows(model.planRows) !== reservedPlanRows(previousPlanRows)) {
      colourPlanRows(sheet, model);
      const [chart] = sheet.getCharts();
      if (!chart) insertCompletionChart(sheet, model);
      else {
        let builder = chart.modify().clearRanges();
        for (const r of chartRanges(sheet, model)) builder = builder.addRange(r);
        sheet.updateChart(builder.build());
      }
    }
    return sheet;
  } catch (error) {
    // A Dashboard that could not be made whole is removed: the next refresh makes it again.
    if (created) spreadsheet.deleteSheet(sheet);
    throw error;
  }
}

/** After an insert: the new plan's row at the end of the table (a refresh re-sorts it). */
export function appendDashboardRow(
  dashboard: DashboardLocation & { sheet: Sheet },
  row: unknown[],
) {
  if (!dashboard.marked) markAddonTab(dashboard.sheet, DASHBOARD_ROLE);
  dashboard.sheet.appendRow(row);
}
