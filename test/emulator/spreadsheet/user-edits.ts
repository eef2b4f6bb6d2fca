import type { Runtime } from "../runtime/runtime";
import type { Sheet } from "./sheet";
import type { Spreadsheet } from "./spreadsheet";

/**
 * Edits "as a user would" in the Sheets UI: typed input is parsed like setValue (so "12" is a
 * number and "=A1" a formula), rows are inserted and tabs renamed or deleted. Nothing is counted
 * and authorization does not apply. A value typed into one cell meets the cell's data validation
 * (a rule set to reject input refuses it); `edit` stands for a paste, which the emulator lets
 * through so tests can build the malformed tabs users end up with.
 */
export class UserEdits {
  constructor(
    private readonly rt: Runtime,
    private readonly spreadsheet: Spreadsheet,
  ) {}

  private sheet(name: string): Sheet {
    const sheet = this.rt.direct(() => this.spreadsheet.getSheetByName(name));
    if (!sheet) throw new Error(`No sheet named "${name}".`);
    return sheet;
  }

  /** One value typed into a cell (or into every cell of a range), or a 2-D block pasted at a1. */
  edit(sheetName: string, a1: string, value: unknown): void {
    const sheet = this.sheet(sheetName);
    this.rt.direct(() => {
      if (Array.isArray(value) && value.every(Array.isArray)) {
        const start = sheet.getRange(a1);
        const rows = value.length;
        const cols = (value[0] as unknown[] | undefined)?.length ?? 0;
        sheet
          .getRange(start.rect.row, start.rect.column, rows, cols)
          .setValues(value as unknown[][]);
      } else {
        sheet.getRange(a1).setValue(value);
      }
    });
  }

  /**
   * Text typed into one cell and committed with Enter: parsed like setValue, and refused with
   * the cell left as it was when a rule that rejects input fails.
   */
  type(sheetName: string, a1: string, text: string): void {
    const sheet = this.sheet(sheetName);
    this.rt.typed(() => sheet.getRange(a1).setValue(text));
  }

  /** Right-click → "Insert N rows below" (they take the formatting of the row above). */
  insertRowsAfter(sheetName: string, afterRow: number, count = 1): void {
    const sheet = this.sheet(sheetName);
    this.rt.direct(() => sheet.insertRowsAfter(afterRow, count));
  }

  /** Right-click → "Insert N rows above". */
  insertRowsBefore(sheetName: string, beforeRow: number, count = 1): void {
    const sheet = this.sheet(sheetName);
    this.rt.direct(() => sheet.insertRowsBefore(beforeRow, count));
  }

  deleteRows(sheetName: string, row: number, count = 1): void {
    const sheet = this.sheet(sheetName);
    this.rt.direct(() => sheet.deleteRows(row, count));
  }

  clear(sheetName: string, a1: string): void {
    const sheet = this.sheet(sheetName);
    this.rt.direct(() => sheet.getRange(a1).clearContent());
  }

  merge(sheetName: string, a1: string): void {
    const sheet = this.sheet(sheetName);
    this.rt.direct(() => sheet.getRange(a1).merge());
  }

  renameSheet(oldName: string, newName: string): void {
    const sheet = this.sheet(oldName);
    this.rt.direct(() => sheet.setName(newName));
  }

  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    this.rt.direct(() => this.spreadsheet.deleteSheet(sheet));
  }

  insertSheet(name: string): void {
    this.rt.direct(() => this.spreadsheet.insertSheet(name));
  }
}
