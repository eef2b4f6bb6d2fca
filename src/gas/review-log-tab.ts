/**
 * The Review log tab: the audit trail of every review email (ledger.ts says what a row means).
 * Rows are appended in batches and updated in place (sending → sent); the "sending" row is
 * flushed before its email goes out, so a run that dies mid-send leaves a trace that stops
 * the email from ever being sent twice.
 */
import { REVIEW_LOG_HEADER, REVIEW_LOG_SHEET_NAME } from "../domain/review/ledger";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Row = (string | number | Date)[];

export interface ReviewLogTab {
  /** The tab's values (header included; index 0 is row 1). */
  values: unknown[][];
  /** Appends rows at the end; returns the 1-based row of the first. */
  append(rows: Row[]): number;
  /** Rewrites one row in place. */
  update(row: number, values: Row): void;
  /** Commits pending writes now (before an email goes out). */
  commit(): void;
}

function ensureSheet(spreadsheet: Spreadsheet): Sheet {
  const existing = spreadsheet.getSheetByName(REVIEW_LOG_SHEET_NAME);
  if (existing) return existing;
  const sheet = spreadsheet.insertSheet(REVIEW_LOG_SHEET_NAME, spreadsheet.getNumSheets());
  sheet.getRange(1, 1, 1, REVIEW_LOG_HEADER.length).setValues([[...REVIEW_LOG_HEADER]]);
  sheet.getRange(1, 1, 1, REVIEW_LOG_HEADER.length).setFontWeight("bold");
  sheet.setFrozenRows(1);
  // A hand edit can make the ledger resend or withhold an email: warn before anyone edits it.
  sheet
    .protect()
    .setDescription("Review log: what was sent to whom. Edited by the add-on only.")
    .setWarningOnly(true);
  return sheet;
}

/** Reads the log (creating it on first use): one getValues. */
export function openReviewLog(spreadsheet: Spreadsheet): ReviewLogTab {
  const sheet = ensureSheet(spreadsheet);
  const values = sheet.getDataRange().getValues();
  let nextRow = values.length + 1;
  let maxRows: number | undefined;
  return {
    values,
    append(rows) {
      const first = nextRow;
      if (rows.length > 0) {
        // Writing past the sheet's last row is an error in Sheets: grow it first.
        maxRows ??= sheet.getMaxRows();
        const lastNeeded = first + rows.length - 1;
        if (lastNeeded > maxRows) {
          sheet.insertRowsAfter(maxRows, lastNeeded - maxRows + 100);
          maxRows = lastNeeded + 100;
        }
        sheet.getRange(first, 1, rows.length, REVIEW_LOG_HEADER.length).setValues(rows);
        nextRow += rows.length;
      }
      return first;
    },
    update(row, cells) {
      sheet.getRange(row, 1, 1, REVIEW_LOG_HEADER.length).setValues([cells]);
    },
    commit() {
      SpreadsheetApp.flush();
    },
  };
}

/** Reads the log without creating it (for the sidebar). */
export function readReviewLogValues(spreadsheet: Spreadsheet): unknown[][] {
  const sheet = spreadsheet.getSheetByName(REVIEW_LOG_SHEET_NAME);
  return sheet ? sheet.getDataRange().getValues() : [];
}
