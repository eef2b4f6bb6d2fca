/**
 * The Outcomes tab and the impact report tab: made by the add-on, marked with its developer
 * metadata (found by the mark, never by name: addon-tabs.ts), and rewritten whole on every
 * refresh. Reads come first (the sheet's size, the chart), then the writes run back to back
 * (clear, values, number formats, weights, chart), so a refresh of either tab is two or three
 * round trips whatever the program's size (docs/performance.md).
 */
import type { CellValue } from "../domain/sheet/cell-value";
import { type AddonTabs, markAddonTab } from "./addon-tabs";
import { insertSheetWithFreeNameOrFail } from "./insert-sheet";

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
  const { sheet } = insertSheetWithFreeNameOrFail(
    spreadsheet,
    spec.baseName,
    spreadsheet.getNumSheets(),
  );
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

/** Sheets' error for a range beyond the sheet (getRange checks it before any round trip). */
const OUTSIDE = /outside the dimensions of the sheet/i;

/** The block the model fills, growing the sheet first when it is too small (two reads, a write). */
function blockFor(sheet: Sheet, model: TableTabModel): GoogleAppsScript.Spreadsheet.Range {
  try {
    return sheet.getRange(1, 1, model.rows, model.columns);
  } catch (error) {
    if (!OUTSIDE.test(String((error as Error)?.message ?? error))) throw error;
    const rows = sheet.getMaxRows();
    const columns = sheet.getMaxColumns();
    if (model.rows > rows) sheet.insertRowsAfter(rows, model.rows - rows);
    if (model.columns > columns) sheet.insertColumnsAfter(columns, model.columns - columns);
    return sheet.getRange(1, 1, model.rows, model.columns);
  }
}

/**
 * Writes a whole tab: made (and marked) the first time, afterwards cleared and rewritten, the
 * chart updated in place (or made again if the user deleted it, or removed when there is nothing
 * to chart). The sheet's size is read only when the model does not fit it.
 */
export function writeTableTab(
  spreadsheet: Spreadsheet,
  tabs: AddonTabs,
  spec: TableTabSpec,
  model: TableTabModel,
  chart: ChartSpec | null | undefined = undefined,
): Sheet {
  const sheet = tabs.get(spec.role) ?? createTab(spreadsheet, spec);
  // A tab without a chart (the report) never asks for one.
  const [existing] = chart === undefined ? [] : sheet.getCharts();
  const block = model.rows > 0 ? blockFor(sheet, model) : null;
  sheet.clear();
  if (block) {
    block.setValues(model.values);
    block.setNumberFormats(model.numberFormats);
    block.setFontWeights(model.fontWeights);
  }
  if (chart && existing) {
    sheet.updateChart(buildChart(sheet, existing.modify().clearRanges(), chart).build());
  } else if (chart) sheet.insertChart(buildChart(sheet, sheet.newChart(), chart).build());
  else if (existing) sheet.removeChart(existing);
  return sheet;
}
