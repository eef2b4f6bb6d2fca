/**
 * Commits the script's pending spreadsheet writes now. Apps Script batches writes and applies
 * them at the next read, flush or the end of the execution; a write that must be in the sheet
 * before something else happens (a ledger entry before the work it records) needs this.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()
 */
export function flushWrites(): void {
  SpreadsheetApp.flush();
}
