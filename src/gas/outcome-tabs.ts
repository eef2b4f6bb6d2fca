/**
 * The Outcomes tab and the impact report tab: made by the add-on, marked with its developer
 * metadata (found by the mark, never by name: addon-tabs.ts), and rewritten whole on every
 * refresh. Reads come first (the sheet's size, the chart), then the writes run back to back
 * (clear, values, number formats, weights, chart), so a refresh of either tab is two or three
 * round trips whatever the program's size (docs/performance.md).
 */
import type { CellValue } from "../domain/sheet/cell-value";
import { type AddonTabs, markAddonTab } from "./addon-tabs";
import { insertTabWithFreeName } from "./intake-tabs";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const OUTCOMES_ROLE = "outcomes";
export const IMPACT_REPORT_ROLE = "impact-report";

/** What both tabs are made of (OutcomesModel and ImpactReportModel fit it). */
export interface TableTabModel {
  rows: number;
  columns: number;
  values: CellValue[][];
  numberFormats: string[][];
  fontWeights: ("bold" | "normal")[][];
}

export interface ChartSpec {
  title: string;
  a1Labels: string;
  a1Series: readonly string[];
  position: { row: number; column: number; width: number; height: number };
}

export interface TableTabSpec {
  role: string;
  /** The name a new tab gets (or "<name> (2)"… when taken). */
  baseName: string;
  /** Column widths (px) of a new tab, from column A. */
  columnWidths: readonly number[];
  frozenRows: number;
}

function createTab(spreadsheet: Spreadsheet, spec: TableTabSpec): Sheet {
  const { sheet } = insertTabWithFreeName(spreadsheet, spec.baseName, spreadsheet.getNumSheets());
  try {
    markAddonTab(sheet, spec.role);
    spec.columnWidths.forEach((width, i) => {
      sheet.setColumnWidth(i + 1, width);
    });
    sheet.setFrozenRows(spec.frozenRows);
    return sheet;
  } catch (error) {
    spreadsheet.deleteSheet(sheet);
    throw error;
  }
}

type ChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

function buildChart(sheet: Sheet, start: ChartBuilder, chart: ChartSpec) {
  let builder = start.asColumnChart().addRange(sheet.getRange(chart.a1Labels));
  for (const a1 of chart.a1Series) builder = builder.addRange(sheet.getRange(a1));
  return builder
    .setOption("title", chart.title)
    .setPosition(chart.position.row, chart.position.column, 0, 0)
    .setOption("width", chart.position.width)
    .setOption("height", chart.position.height);
}

/**
 * Writes a whole tab: made (and marked) the first time, afterwards cleared and rewritten, the
 * chart updated in place (or made again if the user deleted it, or removed when there is nothing
 * to chart). Returns the sheet.
 */
export function writeTableTab(
  spreadsheet: Spreadsheet,
  tabs: AddonTabs,
  spec: TableTabSpec,
  model: TableTabModel,
  chart: ChartSpec | null = null,
): Sheet {
  const sheet = tabs.get(spec.role) ?? createTab(spreadsheet, spec);
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  const [existing] = sheet.getCharts();
  if (model.rows > maxRows) sheet.insertRowsAfter(maxRows, model.rows - maxRows);
  if (model.columns > maxColumns) sheet.insertColumnsAfter(maxColumns, model.columns - maxColumns);
  sheet.clear();
  if (model.rows > 0) {
    const range = sheet.getRange(1, 1, model.rows, model.columns);
    range.setValues(model.values);
    range.setNumberFormats(model.numberFormats);
    range.setFontWeights(model.fontWeights);
  }
  if (chart && existing) {
    sheet.updateChart(buildChart(sheet, existing.modify().clearRanges(), chart).build());
  } else if (chart) sheet.insertChart(buildChart(sheet, sheet.newChart(), chart).build());
  else if (existing) sheet.removeChart(existing);
  return sheet;
}
