/**
 * The spreadsheet's owner (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getOwner()):
 * null for a file in a shared drive, read as "".
 */
export function spreadsheetOwnerEmail(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): string {
  return spreadsheet.getOwner()?.getEmail() ?? "";
}
