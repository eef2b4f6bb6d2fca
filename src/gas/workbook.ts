/**
 * The open spreadsheet, with its time zone and URL read at most once per execution
 * (each is a service call, and an execution never sees them change).
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Workbook {
  readonly spreadsheet: Spreadsheet;
  timeZone(): string;
  url(): string;
}

export function openWorkbook(): Workbook {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let timeZone: string | undefined;
  let url: string | undefined;
  return {
    spreadsheet,
    timeZone: () => {
      timeZone ??= spreadsheet.getSpreadsheetTimeZone();
      return timeZone;
    },
    url: () => {
      url ??= spreadsheet.getUrl();
      return url;
    },
  };
}
