/**
 * insertSheet under a free name: "Dashboard", then "Dashboard (2)", "(3)"… while Sheets refuses
 * the name because a tab already has it. Trying is cheaper than listing every tab first. After
 * MAX_NAME_ATTEMPTS taken names the caller gets null and says why (noFreeNameMessage), never an
 * exception.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer,Object)
 */
import { nextSheetNameCandidate } from "../domain/sheet/sheet-name";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Names tried for a new tab ("Name", "Name (2)" … "Name (50)"). */
export const MAX_NAME_ATTEMPTS = 50;

const isNameTaken = (error: unknown) =>
  /already exists/i.test(String((error as Error)?.message ?? error));

/** @param template copy this sheet (insertSheet's `template` option) */
export function insertSheetWithFreeName(
  spreadsheet: Spreadsheet,
  baseName: string,
  index: number,
  template?: Sheet,
): { sheet: Sheet; sheetName: string } | null {
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
  return null;
}

/** Why no tab could be made: every name tried was taken. */
export function noFreeNameMessage(baseName: string): string {
  return `No free tab name for "${baseName}": "${baseName}" and ${MAX_NAME_ATTEMPTS - 1} numbered variants are all taken. Rename or delete some of those tabs, then try again.`;
}

/** insertSheetWithFreeName for callers that report failures as errors (intake's tabs). */
export function insertSheetWithFreeNameOrFail(
  spreadsheet: Spreadsheet,
  baseName: string,
  index: number,
): { sheet: Sheet; sheetName: string } {
  const made = insertSheetWithFreeName(spreadsheet, baseName, index);
  if (!made) throw new Error(noFreeNameMessage(baseName));
  return made;
}
