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

/**
 * The tip after install: onInstall runs in AuthMode.FULL when the add-on is installed, so it may
 * show a toast; in AuthMode.NONE (run through onOpen) only the menu is allowed. A tip that cannot
 * be shown never fails the install.
 * https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle
 */
export function showInstallTip(event: { authMode?: unknown } | undefined, message: string): void {
  if (!event || event.authMode === ScriptApp.AuthMode.NONE) return;
  try {
    showNotice(SpreadsheetApp.getActiveSpreadsheet(), message);
  } catch {
    // The menu is there; the tip is a courtesy.
  }
}
