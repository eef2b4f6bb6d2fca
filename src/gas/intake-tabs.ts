/**
 * Making a tab under a name that may be taken: "Roster", then "Roster (2)"… (Sheets refuses a
 * taken name with an error; trying is cheaper than listing every tab).
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer)
 */
import { nextSheetNameCandidate } from "../domain/sheet/sheet-name";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const MAX_NAME_ATTEMPTS = 50;

const isNameTaken = (error: unknown) =>
  /already exists/i.test(String((error as Error)?.message ?? error));

export function insertTabWithFreeName(
  spreadsheet: Spreadsheet,
  baseName: string,
  index: number,
): { sheet: Sheet; sheetName: string } {
  for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
    const sheetName = nextSheetNameCandidate(baseName, attempt);
    try {
      return { sheet: spreadsheet.insertSheet(sheetName, index), sheetName };
    } catch (error) {
      if (!isNameTaken(error)) throw error;
    }
  }
  throw new Error(`No free tab name for "${baseName}": rename some of those tabs and try again.`);
}
