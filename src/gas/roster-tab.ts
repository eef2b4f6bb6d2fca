/**
 * The Roster tab: made by the add-on when the coordinator asks (so it is found by its mark,
 * never by name), with the header row, a note on each header saying what to write, and
 * dropdowns where the values are fixed. Dropdowns warn rather than reject
 * (setAllowInvalid(true)): a pasted roster is read tolerantly (roster-read.ts), and a value the
 * reader cannot use is named in the row's Status instead of being refused at paste time.
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)
 */
import { ROSTER_COLUMNS, ROSTER_HEADERS, type RosterKey } from "../domain/intake/roster-columns";
import type { TableHeader } from "../domain/intake/table-header";
import { type AddonTabs, markAddonTab } from "./addon-tabs";
import { insertSheetWithFreeNameOrFail } from "./insert-sheet";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const ROSTER_ROLE = "roster";
export const ROSTER_SHEET_NAME = "Roster";

/** Rows a new Roster has dropdowns on (a cohort rarely passes a few hundred people). */
export const ROSTER_ROWS = 500;

export function findRosterTab(tabs: AddonTabs): Sheet | null {
  return tabs.get(ROSTER_ROLE) ?? null;
}

/** A new Roster: headers with notes, bold and frozen, dropdowns, widths; marked as ours. */
export function createRosterTab(spreadsheet: Spreadsheet): Sheet {
  const { sheet } = insertSheetWithFreeNameOrFail(
    spreadsheet,
    ROSTER_SHEET_NAME,
    spreadsheet.getNumSheets(),
  );
  try {
    const width = ROSTER_HEADERS.length;
    const maxRows = sheet.getMaxRows();
    if (maxRows < ROSTER_ROWS + 1) sheet.insertRowsAfter(maxRows, ROSTER_ROWS + 1 - maxRows);
    const header = sheet.getRange(1, 1, 1, width);
    header.setValues([[...ROSTER_HEADERS]]);
    header.setNotes([ROSTER_COLUMNS.map((c) => c.hint)]);
    header.setFontWeight("bold");
    sheet.setFrozenRows(1);
    const rules = ROSTER_COLUMNS.map((c) =>
      c.choices
        ? SpreadsheetApp.newDataValidation()
            .requireValueInList([...c.choices], true)
            .setAllowInvalid(true)
            .build()
        : null,
    );
    sheet
      .getRange(2, 1, ROSTER_ROWS, width)
      .setDataValidations(Array.from({ length: ROSTER_ROWS }, () => rules) as never);
    sheet.setColumnWidths(1, width, 140);
    markAddonTab(sheet, ROSTER_ROLE);
    return sheet;
  } catch (error) {
    spreadsheet.deleteSheet(sheet);
    throw error;
  }
}

/** The whole roster in one read. */
export function readRosterValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/**
 * The Status column in one write, from the header row down to the last row read (rows without a
 * status are blanked). When the pasted header has no Status column, one is added after it.
 */
export function writeRosterStatuses(
  sheet: Sheet,
  header: TableHeader<RosterKey>,
  lastRow: number,
  statuses: ReadonlyMap<number, string>,
): void {
  const column = (header.index.status ?? header.width) + 1;
  const first = header.headerRow + 1;
  const values = [["Status"]];
  for (let row = first + 1; row <= lastRow; row++) values.push([statuses.get(row) ?? ""]);
  sheet.getRange(first, column, values.length, 1).setValues(values);
}
