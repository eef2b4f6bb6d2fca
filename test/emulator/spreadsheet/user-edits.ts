import type { Runtime } from "../runtime/runtime";
import type { Range } from "./range";
import type { Sheet } from "./sheet";
import type { Spreadsheet } from "./spreadsheet";

/**
 * Edits "as a user would" in the Sheets UI: typed input is parsed like setValue (so "12" is a
 * number and "=A1" a formula), rows are inserted and tabs renamed or deleted. Nothing is counted
 * and authorization does not apply. A value typed into one cell meets the cell's data validation
 * (a rule set to reject input refuses it); `edit` stands for a paste, which the emulator lets
 * through so tests can build the malformed tabs users end up with. Protection applies to the
 * current user exactly as it does to the script's edits.
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

  /**
   * One value typed into a cell (or into every cell of a range), or a 2-D block pasted at a1.
   * Returns the range edited.
   */
  edit(sheetName: string, a1: string, value: unknown): Range {
    const sheet = this.sheet(sheetName);
    return this.rt.asUser(() => {
      if (Array.isArray(value) && value.every(Array.isArray)) {
        const start = sheet.getRange(a1);
        const rows = value.length;
        const cols = (value[0] as unknown[] | undefined)?.length ?? 0;
        return sheet
          .getRange(start.rect.row, start.rect.column, rows, cols)
          .setValues(value as unknown[][]);
      }
      return sheet.getRange(a1).setValue(value);
    });
  }

  /** The range at a1 on the named sheet, as the user points at it. */
  range(sheetName: string, a1: string): Range {
    const sheet = this.sheet(sheetName);
    return this.rt.direct(() => sheet.getRange(a1));
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
    this.rt.asUser(() => sheet.insertRowsAfter(afterRow, count));
  }

  /** Right-click → "Insert N rows above". */
  insertRowsBefore(sheetName: string, beforeRow: number, count = 1): void {
    const sheet = this.sheet(sheetName);
    this.rt.asUser(() => sheet.insertRowsBefore(beforeRow, count));
  }

  deleteRows(sheetName: string, row: number, count = 1): void {
    const sheet = this.sheet(sheetName);
    this.rt.asUser(() => sheet.deleteRows(row, count));
  }

  clear(sheetName: string, a1: string): Range {
    const sheet = this.sheet(sheetName);
    return this.rt.asUser(() => sheet.getRange(a1).clearContent());
  }

  merge(sheetName: string, a1: string): void {
    const sheet = this.sheet(sheetName);
    this.rt.asUser(() => sheet.getRange(a1).merge());
  }

  renameSheet(oldName: string, newName: string): void {
    const sheet = this.sheet(oldName);
    this.rt.asUser(() => sheet.setName(newName));
  }

  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    this.rt.asUser(() => this.spreadsheet.deleteSheet(sheet));
  }

  insertSheet(name: string): void {
    this.rt.asUser(() => this.spreadsheet.insertSheet(name));
  }

  /**
   * Tab menu → "Duplicate": "Copy of <name>" right after it, with the cells, formats, merges,
   * conditional formats and sizes, visible; the sheet's developer metadata goes with it (the
   * Sheets API documents a duplicate as a copy of the sheet's contents,
   * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#duplicatesheetrequest,
   * and developer metadata as staying with what it is attached to,
   * https://developers.google.com/sheets/api/guides/metadata; the emulator copies it, the case
   * an add-on must survive). Returns the copy's name.
   */
  duplicateSheet(name: string): string {
    const original = this.sheet(name).model;
    const model = this.spreadsheet.model;
    let copyName = `Copy of ${name}`;
    for (let n = 2; model.nameTaken(copyName); n++) copyName = `Copy of ${name} ${n}`;
    const copy = model.addSheet(copyName, model.sheets.indexOf(original) + 1);
    copy.copyFrom(original);
    copy.hidden = false;
    for (const m of model.metadata.filter((r) => r.sheetId === original.id)) {
      model.metadata.push({ ...m, id: model.next("metadata"), sheetId: copy.id });
    }
    return copyName;
  }

  /** Tab menu → "Hide sheet" (the last visible tab cannot be hidden). */
  hideSheet(name: string): void {
    const sheet = this.sheet(name);
    this.rt.direct(() => sheet.hideSheet());
  }

  /** View → "Hidden sheets" → the tab: shown again. */
  showSheet(name: string): void {
    const sheet = this.sheet(name);
    this.rt.direct(() => sheet.showSheet());
  }

  /** Dragging a tab to another place in the tab strip (0-based index). */
  moveSheet(name: string, index: number): void {
    const sheet = this.sheet(name).model;
    const sheets = this.spreadsheet.model.sheets.filter((s) => s !== sheet);
    sheets.splice(Math.max(0, Math.min(index, sheets.length)), 0, sheet);
    this.spreadsheet.model.sheets = sheets;
  }

  /** Right-click a column → "Delete columns": what is attached to the cells moves with them. */
  deleteColumns(name: string, column: number, count = 1): void {
    const model = this.sheet(name).model;
    if (column < 1 || column + count - 1 > model.maxColumns || count >= model.maxColumns) {
      throw new Error(`Cannot delete columns ${column}…${column + count - 1} of "${name}".`);
    }
    model.deleteColumns(column, count);
  }

  /** Right-click a column → "Insert N columns right". */
  insertColumnsAfter(name: string, column: number, count = 1): void {
    const model = this.sheet(name).model;
    if (column < 1 || column > model.maxColumns) {
      throw new Error(`Cannot insert after column ${column} of "${name}".`);
    }
    model.insertColumns(column + 1, count);
  }

  /**
   * Not a Sheets UI action: another script (or the Sheets API) removed the developer metadata
   * attached to a sheet, the way a copy made outside Sheets' own Duplicate arrives.
   */
  removeSheetMetadata(name: string): void {
    const id = this.sheet(name).model.id;
    const model = this.spreadsheet.model;
    model.metadata = model.metadata.filter((m) => m.sheetId !== id);
  }
}
