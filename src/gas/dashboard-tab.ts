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
  PROBLEM_COLOUR,
} from "../domain/dashboard-row";
import type { Health } from "../domain/vocabulary";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Plan rows the chart and the conditional colours cover from the start (grown when exceeded). */
const PLAN_ROWS_BLOCK = 200;

export interface DashboardSnapshot {
  sheet: Sheet | null;
  /** Its values as last written (empty when there is no Dashboard yet). */
  values: unknown[][];
}

export function findDashboardSheet(spreadsheet: Spreadsheet): Sheet | null {
  return spreadsheet.getSheetByName(DASHBOARD_SHEET_NAME);
}

export function readDashboard(spreadsheet: Spreadsheet): DashboardSnapshot {
  const sheet = findDashboardSheet(spreadsheet);
  return { sheet, values: sheet ? sheet.getDataRange().getValues() : [] };
}

/** The block to write: the model, padded with blanks over whatever the old table covered. */
function padded(
  model: DashboardModel,
  previousRows: number,
): {
  values: unknown[][];
  formats: string[][];
} {
  const rows = Math.max(model.rows, previousRows);
  const blank = () => new Array<unknown>(model.columns).fill("");
  const general = () => new Array<string>(model.columns).fill(GENERAL_FORMAT);
  return {
    values: Array.from({ length: rows }, (_, r) => model.values[r] ?? blank()),
    formats: Array.from({ length: rows }, (_, r) => model.numberFormats[r] ?? general()),
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
    const block = padded(model, snapshot.values.length);
    const rows = Math.max(
      block.values.length,
      model.firstPlanRow + reservedPlanRows(model.planRows),
    );
    // A new sheet has 1000 rows; a big program needs more before anything is written there.
    if (created || reservedPlanRows(model.planRows) > reservedPlanRows(previousPlanRows)) {
      const maxRows = sheet.getMaxRows();
      if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    }
    const range = sheet.getRange(1, 1, block.values.length, model.columns);
    range.setValues(block.values);
    range.setNumberFormats(block.formats);
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
export function appendDashboardRow(sheet: Sheet, row: unknown[]): void {
  sheet.appendRow(row);
}
