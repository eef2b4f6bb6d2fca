/**
 * insertSheet under a free name: "Dashboard", then "Dashboard (2)", "(3)"… while Sheets refuses
 * the name because a tab already has it. Trying is cheaper than listing every tab first.
 */
import { nextSheetNameCandidate } from "../domain/sheet/sheet-name";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const MAX_NAME_ATTEMPTS = 50;

const isNameTaken = (error: unknown) =>
  /already exists/i.test(String((error as Error)?.message ?? error));

/** @param template copy this sheet (insertSheet's `template` option) */
export function insertSheetWithFreeName(
  spreadsheet: Spreadsheet,
  baseName: string,
  index: number,
  template?: Sheet,
): { sheet: Sheet; sheetName: string } {
  for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
    const sheetName = nextSheetNameCandidate(baseName, attempt);
    try {
      const sheet = template
        ? spreadsheet.insertSheet(sheetName, index, { template })
        : spreadsheet.insertSheet(sheetName, index);
      return { sheet, sheetName };
    } catch (error) {
      if (!isNameTaken(error)) throw error;
    }
  }
  throw new Error(`Could not find a free tab name for "${baseName}".`);
}
