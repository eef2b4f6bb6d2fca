/**
 * The Review log tab: the audit trail of every review email (ledger.ts says what a row means),
 * one of the add-on's tabs (addon-tabs.ts): found by its mark only, made with a free name, and
 * rebuilt when its shape was changed by hand. Rows are appended in batches and updated in place
 * (sending → sent). A tab deleted while a run writes to it stops the writes, not the run: what
 * was sent is also kept in the document's properties (sent-record-store.ts).
 */
import {
  REVIEW_LOG_HEADER,
  REVIEW_LOG_SHEET_NAME,
  reviewLogShapeProblem,
} from "../domain/review/ledger";
import {
  type AddonTabs,
  createAddonTab,
  defineAddonTab,
  isOutsideSheetError,
  rebuiltMessage,
  retireAddonTab,
} from "./addon-tabs";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Row = (string | number | Date)[];

export const REVIEW_LOG_TAB = defineAddonTab({
  role: "review-log",
  usualName: REVIEW_LOG_SHEET_NAME,
  label: "the Review log",
  position: "last",
  hidden: false,
  shapeProblem: reviewLogShapeProblem,
});

export interface ReviewLogTab {
  /** The tab's sheet id, or null when no log could be made. */
  sheetId: number | null;
  /** The tab's values (header included; index 0 is row 1). */
  values: unknown[][];
  /** True when this execution made the tab (first use, or after the old one was retired). */
  made: boolean;
  /** What was repaired or could not be done, in coordinator words. */
  notes: string[];
  /** Appends rows at the end; returns the 1-based row of the first (null: not written). */
  append(rows: Row[]): number | null;
  /** Rewrites one row in place. */
  update(row: number, values: Row): void;
  /** Commits pending writes now (once, at the end of a run). */
  commit(): void;
}

const LOST_DURING_RUN =
  "The Review log could not be written during this run (deleted or changed meanwhile): what was sent is kept by the add-on, and the next run makes a new log.";

function newLogSheet(spreadsheet: Spreadsheet): { sheet: Sheet | null; note: string | null } {
  const made = createAddonTab(spreadsheet, REVIEW_LOG_TAB);
  if (!made.sheet) return { sheet: null, note: made.message };
  const sheet = made.sheet;
  const header = sheet.getRange(1, 1, 1, REVIEW_LOG_HEADER.length);
  header.setValues([[...REVIEW_LOG_HEADER]]);
  header.setFontWeight("bold");
  sheet.setFrozenRows(1);
  // A hand edit can make the ledger resend or withhold an email: warn before anyone edits it.
  sheet
    .protect()
    .setDescription("Review log: what was sent to whom. Edited by the add-on only.")
    .setWarningOnly(true);
  return { sheet, note: null };
}

/**
 * The log, found by its mark among `tabs` (one read of its values), or made now: when there is
 * none, or when its shape was changed by hand (the old tab is left to the user, unmarked).
 */
export function openReviewLog(spreadsheet: Spreadsheet, tabs: AddonTabs): ReviewLogTab {
  const notes: string[] = [];
  let sheet = tabs.get(REVIEW_LOG_TAB.role) ?? null;
  let values: unknown[][] = [];
  let made = false;
  if (sheet) {
    values = sheet.getDataRange().getValues();
    const problem = reviewLogShapeProblem(values);
    if (problem) {
      const oldName = sheet.getName();
      retireAddonTab(sheet);
      const fresh = newLogSheet(spreadsheet);
      notes.push(
        fresh.sheet
          ? rebuiltMessage(REVIEW_LOG_TAB, oldName, problem, fresh.sheet.getName())
          : (fresh.note ?? ""),
      );
      sheet = fresh.sheet;
      values = fresh.sheet ? [[...REVIEW_LOG_HEADER]] : [];
      made = fresh.sheet !== null;
    }
  } else {
    const fresh = newLogSheet(spreadsheet);
    if (fresh.note) notes.push(fresh.note);
    sheet = fresh.sheet;
    values = fresh.sheet ? [[...REVIEW_LOG_HEADER]] : [];
    made = fresh.sheet !== null;
  }
  return logTab(spreadsheet, sheet, values, made, notes);
}

/** "Those rows are out of bounds.": a row position past the sheet's end (rows deleted by hand). */
function isRowsOutOfBoundsError(error: unknown): boolean {
  return /rows are out of bounds/i.test(String((error as Error)?.message ?? error));
}

function isLogGone(spreadsheet: Spreadsheet, sheetId: number, error: unknown): boolean {
  if (isOutsideSheetError(error) || isRowsOutOfBoundsError(error)) return true;
  return spreadsheet.getSheetById(sheetId) === null;
}

function logTab(
  spreadsheet: Spreadsheet,
  sheet: Sheet | null,
  values: unknown[][],
  made: boolean,
  notes: string[],
): ReviewLogTab {
  let nextRow = values.length + 1;
  let usable = sheet !== null;
  const sheetId = sheet ? sheet.getSheetId() : null;
  /**
   * A write the tab refuses because a user deleted it, or cut rows or columns off it, while the
   * run was writing stops further writes, never the run. Any other error is not the log's.
   */
  let pending = false;
  const attempt = (write: (s: Sheet) => void) => {
    if (!usable || !sheet) return false;
    try {
      write(sheet);
      pending = true;
      return true;
    } catch (error) {
      if (sheetId === null || !isLogGone(spreadsheet, sheetId, error)) throw error;
      usable = false;
      notes.push(LOST_DURING_RUN);
      return false;
    }
  };
  return {
    sheetId,
    values,
    made,
    notes,
    append(rows) {
      const first = nextRow;
      if (rows.length === 0) return first;
      const written = attempt((s) => {
        // Writing past the sheet's last row is an error in Sheets. Rows inserted right below
        // the last one written always make room, without a read of the sheet's size (a round
        // trip); they take the format of the row above (the bold header, on a new log), so
        // their weight is set too.
        try {
          s.insertRowsAfter(first - 1, rows.length);
        } catch (error) {
          // Rows cut off by hand since the log was read: grow it from where it now ends.
          if (!isRowsOutOfBoundsError(error)) throw error;
          const maxRows = s.getMaxRows();
          s.insertRowsAfter(maxRows, first - 1 + rows.length - maxRows);
        }
        s.getRange(first, 1, rows.length, REVIEW_LOG_HEADER.length)
          .setValues(rows)
          .setFontWeight("normal");
      });
      if (!written) return null;
      nextRow += rows.length;
      return first;
    },
    update(row, cells) {
      attempt((s) => s.getRange(row, 1, 1, REVIEW_LOG_HEADER.length).setValues([cells]));
    },
    commit() {
      // Nothing written since the last commit: no flush (it is a round trip of its own).
      if (!pending) return;
      attempt(() => SpreadsheetApp.flush());
      pending = false;
    },
  };
}

/** The log's values without making it (for the sidebar and the preview): [] when there is none. */
export function readReviewLogValues(tabs: AddonTabs): unknown[][] {
  const sheet = tabs.get(REVIEW_LOG_TAB.role);
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues();
  return reviewLogShapeProblem(values) ? [] : values;
}
