/**
 * A short message in the corner of the spreadsheet, for actions started from the menu
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String)).
 */
export function showNotice(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  message: string,
): void {
  spreadsheet.toast(message, "Mentoring Action Plan", 8);
}
