/**
 * Making a tab under a name that may be taken: "Roster", then "Roster (2)"… (insert-sheet.ts,
 * the one home of the free-name search).
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer)
 */
import { insertSheetWithFreeName, noFreeNameMessage } from "./insert-sheet";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function insertTabWithFreeName(
  spreadsheet: Spreadsheet,
  baseName: string,
  index: number,
): { sheet: Sheet; sheetName: string } {
  const made = insertSheetWithFreeName(spreadsheet, baseName, index);
  if (!made) throw new Error(noFreeNameMessage(baseName));
  return made;
}
