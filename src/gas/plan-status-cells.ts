/**
 * Writing a plan tab's Plan status cells (status, since, reason: one setValues) and hiding or
 * showing an archived plan's tab
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideSheet()).
 */
import type { CellValue } from "../domain/sheet/cell-value";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function writePlanStatusCells(
  sheet: Sheet,
  place: { row: number; column: number },
  cells: readonly CellValue[],
): void {
  sheet.getRange(place.row, place.column, 1, cells.length).setValues([[...cells]]);
}

export function setTabHidden(sheet: Sheet, hidden: boolean): void {
  if (hidden) sheet.hideSheet();
  else sheet.showSheet();
}
