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

/** Rows the conditional colours cover: far beyond any program, set once at creation. */
const COLOURED_ROWS = 5000;

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

function chartRanges(sheet: Sheet, model: DashboardModel) {
  if (!model.chart) return [];
  return [sheet.getRange(model.chart.a1Labels), sheet.getRange(model.chart.a1Values)];
}

function insertCompletionChart(sheet: Sheet, model: DashboardModel): void {
  if (!model.chart) return;
  let builder = sheet
    .newChart()
    .asBarChart()
    .setOption("title", model.chart.title)
    .setOption("legend", { position: "none" })
    .setPosition(model.chart.position.row, model.chart.position.column, 0, 0)
    .setOption("width", model.chart.position.width)
    .setOption("height", model.chart.position.height);
  for (const range of chartRanges(sheet, model)) builder = builder.addRange(range);
  sheet.insertChart(builder.build());
}

/** The formatting that never changes between refreshes, applied when the tab is created. */
function formatNewDashboard(sheet: Sheet, model: DashboardModel): void {
  const head = sheet.getRange(1, 1, model.headerRow, model.columns);
  head.setFontWeights(model.fontWeights.slice(0, model.headerRow));
  head.setBackgrounds(model.backgrounds.slice(0, model.headerRow) as string[][]);
  const first = model.firstPlanRow;
  const last = first + COLOURED_ROWS - 1;
  const column = (name: (typeof DASHBOARD_COLUMNS)[number]) =>
    sheet.getRange(rangeA1(first, dashboardColumn(name), last, dashboardColumn(name)));
  const health = column("Health");
  const problems = column("Problems");
  const problemsTop = `${rangeA1(first, dashboardColumn("Problems"), first, dashboardColumn("Problems"))}`;
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
  sheet.setFrozenRows(model.headerRow);
  sheet.setColumnWidths(1, model.columns, 120);
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
  const block = padded(model, snapshot.values.length);
  const range = sheet.getRange(1, 1, block.values.length, model.columns);
  range.setValues(block.values);
  range.setNumberFormats(block.formats);
  if (created) {
    formatNewDashboard(sheet, model);
    insertCompletionChart(sheet, model);
  } else if (previousPlanRows !== model.planRows) {
    const [chart] = sheet.getCharts();
    if (!chart) insertCompletionChart(sheet, model);
    else if (model.chart) {
      let builder = chart.modify().clearRanges();
      for (const r of chartRanges(sheet, model)) builder = builder.addRange(r);
      sheet.updateChart(builder.build());
    } else sheet.removeChart(chart);
  }
  return sheet;
}

/** After an insert: the new plan's row at the end of the table (a refresh re-sorts it). */
export function appendDashboardRow(sheet: Sheet, row: unknown[]): void {
  sheet.appendRow(row);
}
