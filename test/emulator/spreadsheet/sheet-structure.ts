import { limitError } from "./limits";
import { SheetBase } from "./sheet-base";

/**
 * Sheet structure and appearance: inserting and deleting rows, appending, clearing, frozen
 * rows, sizes, visibility. https://developers.google.com/apps-script/reference/spreadsheet/sheet
 */
export class SheetStructure extends SheetBase {
  /** Refuses growth past the workbook's cell limit or the sheet's column limit (limits.ts). */
  private assertRoom(extraCells: number, columns: number): void {
    const message = limitError(this.host.model, extraCells, columns);
    if (message) throw this.rt.error(message);
  }

  private checkRows(first: number, count: number): void {
    if (
      !Number.isInteger(first) ||
      !Number.isInteger(count) ||
      count < 1 ||
      first < 1 ||
      first + count - 1 > this.model.maxRows
    ) {
      throw this.rt.error("Those rows are out of bounds.");
    }
  }

  /**
   * New rows take the formatting and data validation of the row above (insert…After) or of the
   * row they push down (insert…Before / insertRows), as rows inserted in the Sheets UI do; the
   * reference does not say which, so this follows the UI.
   */
  private insert(method: string, at: number, count: number, inheritFrom: number | null): this {
    this.track(method);
    if (this.rt.enforcesProtection) this.assertCanInsertRows(at);
    this.assertRoom(count * this.model.maxColumns, this.model.maxColumns);
    this.model.insertRows(at, count, inheritFrom);
    return this;
  }

  insertRows(rowIndex: number, numRows = 1): this {
    this.checkRows(rowIndex, 1);
    return this.insert("insertRows", rowIndex, numRows, rowIndex);
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.checkRows(beforePosition, 1);
    return this.insert("insertRowsBefore", beforePosition, howMany, beforePosition);
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.checkRows(afterPosition, 1);
    return this.insert("insertRowsAfter", afterPosition + 1, howMany, afterPosition);
  }

  insertRowBefore(beforePosition: number): this {
    this.checkRows(beforePosition, 1);
    return this.insert("insertRowBefore", beforePosition, 1, beforePosition);
  }

  insertRowAfter(afterPosition: number): this {
    this.checkRows(afterPosition, 1);
    return this.insert("insertRowAfter", afterPosition + 1, 1, afterPosition);
  }

  /**
   * Columns are inserted for the cells only (values, formulas, formats): merges, protections,
   * conditional formats and charts do not move, so inserting left of any of them is refused
   * here rather than emulated wrongly.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsAfter(Integer,Integer)
   */
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.track("insertColumnsAfter");
    if (
      !Number.isInteger(afterPosition) ||
      !Number.isInteger(howMany) ||
      howMany < 1 ||
      afterPosition < 1 ||
      afterPosition > this.model.maxColumns
    ) {
      throw this.rt.error("Those columns are out of bounds.");
    }
    const m = this.model;
    const attached = m.merges.length + m.protections.length + m.rules.length + m.charts.length > 0;
    if (afterPosition < m.maxColumns && attached) {
      throw new Error(
        "Emulator: inserting columns left of merges, protections, rules or charts is not emulated.",
      );
    }
    if (this.rt.enforcesProtection)
      this.assertEditable({ row: 1, column: 1, numRows: m.maxRows, numColumns: m.maxColumns });
    this.assertRoom(howMany * m.maxRows, m.maxColumns + howMany);
    m.grid.insertColumns(afterPosition + 1, howMany);
    m.maxColumns += howMany;
    return this;
  }

  /**
   * Deletes columns (https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteColumns(Integer,Integer)).
   * As with inserts, only columns right of every merge, protected range, rule and chart are
   * emulated; "Those columns are out of bounds." is the error for a bad position.
   */
  deleteColumns(columnPosition: number, howMany: number): this {
    this.track("deleteColumns");
    const m = this.model;
    if (
      !Number.isInteger(columnPosition) ||
      !Number.isInteger(howMany) ||
      howMany < 1 ||
      columnPosition < 1 ||
      columnPosition + howMany - 1 > m.maxColumns
    ) {
      throw this.rt.error("Those columns are out of bounds.");
    }
    if (howMany >= m.maxColumns) {
      // Emulator wording, by analogy with the documented-in-logs message for rows.
      throw this.rt.error("Sorry, it is not possible to delete all non-frozen columns.");
    }
    const reaches = (rect: { column: number; numColumns: number }) =>
      rect.column + rect.numColumns - 1 >= columnPosition;
    const attached = [
      ...m.merges,
      ...m.protections.flatMap((p) => [...(p.rect ? [p.rect] : []), ...p.unprotected]),
      ...m.rules.flatMap((r) => r.ranges),
    ];
    if (attached.some(reaches) || m.charts.length > 0) {
      throw new Error(
        "Emulator: deleting columns under merges, protections, rules or charts is not emulated.",
      );
    }
    if (this.rt.enforcesProtection)
      this.assertEditable({ row: 1, column: 1, numRows: m.maxRows, numColumns: m.maxColumns });
    m.grid.deleteColumns(columnPosition, howMany);
    m.maxColumns -= howMany;
    return this;
  }

  deleteRow(rowPosition: number): this {
    return this.remove("deleteRow", rowPosition, 1);
  }

  deleteRows(rowPosition: number, howMany: number): this {
    return this.remove("deleteRows", rowPosition, howMany);
  }

  private remove(method: string, first: number, count: number): this {
    this.track(method);
    this.checkRows(first, count);
    if (this.model.maxRows - count <= this.model.frozenRows) {
      throw this.rt.error("Sorry, it is not possible to delete all non-frozen rows.");
    }
    if (this.rt.enforcesProtection) this.assertCanDeleteRows(first, count);
    this.model.deleteRows(first, count);
    return this;
  }

  /** Writes after the last row with content, growing the sheet when it is full. */
  appendRow(rowContents: unknown[]): this {
    this.track("appendRow");
    if (!Array.isArray(rowContents)) {
      throw this.rt.error(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    }
    const row = this.grid.lastRow() + 1;
    const width = Math.max(1, rowContents.length);
    const grownRows = Math.max(row, this.model.maxRows);
    const grownColumns = Math.max(width, this.model.maxColumns);
    this.assertRoom(
      grownRows * grownColumns - this.model.maxRows * this.model.maxColumns,
      grownColumns,
    );
    if (row > this.model.maxRows) this.model.maxRows = row;
    if (width > this.model.maxColumns) this.model.maxColumns = width;
    const values = rowContents.length ? [rowContents] : [[""]];
    this.rangeAt({ row, column: 1, numRows: 1, numColumns: width }).applyValues(values);
    return this;
  }

  /** Clears contents and formats of the whole sheet. */
  clear(): this {
    this.track("clear");
    this.wholeRange().clear();
    return this;
  }

  clearContents(): this {
    this.track("clearContents");
    this.wholeRange().clearContent();
    return this;
  }

  clearFormats(): this {
    this.track("clearFormats");
    this.wholeRange().clearFormat();
    return this;
  }

  clearNotes(): this {
    this.track("clearNotes");
    this.wholeRange().clearNote();
    return this;
  }

  /** The whole sheet, for the clear* calls (their range calls are not counted separately). */
  private wholeRange() {
    if (this.rt.enforcesProtection) this.assertEditable(this.wholeSheet());
    const range = this.rangeAt(this.wholeSheet());
    return {
      clear: () => this.rt.direct(() => range.clear()),
      clearContent: () => this.rt.direct(() => range.clearContent()),
      clearFormat: () => this.rt.direct(() => range.clearFormat()),
      clearNote: () => this.rt.direct(() => range.clearNote()),
    };
  }

  setFrozenRows(rows: number): this {
    this.track("setFrozenRows");
    this.model.frozenRows = rows;
    return this;
  }

  getFrozenRows(): number {
    this.track("getFrozenRows");
    return this.model.frozenRows;
  }

  setFrozenColumns(columns: number): this {
    this.track("setFrozenColumns");
    this.model.frozenColumns = columns;
    return this;
  }

  getFrozenColumns(): number {
    this.track("getFrozenColumns");
    return this.model.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.track("setColumnWidth");
    this.model.columnWidths[columnPosition] = width;
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.track("setColumnWidths");
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths[c] = width;
    return this;
  }

  /** Sheets' default column width is 100 pixels. */
  getColumnWidth(columnPosition: number): number {
    this.track("getColumnWidth");
    return this.model.columnWidths[columnPosition] ?? 100;
  }

  setRowHeight(rowPosition: number, height: number): this {
    this.track("setRowHeight");
    this.model.rowHeights[rowPosition] = height;
    return this;
  }

  /** Sheets' default row height is 21 pixels. */
  getRowHeight(rowPosition: number): number {
    this.track("getRowHeight");
    return this.model.rowHeights[rowPosition] ?? 21;
  }

  /** Recorded only: the emulator has no fonts to measure. */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this.track("autoResizeColumns");
    if (startColumn < 1 || numColumns < 1) throw this.rt.error("Those columns are out of bounds.");
    return this;
  }

  hideSheet(): this {
    this.track("hideSheet");
    const visible = this.host.model.sheets.filter((s) => !s.hidden && s !== this.model);
    if (visible.length === 0) throw this.rt.error("You can't hide all the sheets in a document.");
    this.model.hidden = true;
    return this;
  }

  showSheet(): this {
    this.track("showSheet");
    this.model.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    this.track("isSheetHidden");
    return this.model.hidden;
  }

  activate(): this {
    this.track("activate");
    this.host.activate(this.model, null);
    return this;
  }

  setTabColor(color: string | null): this {
    this.track("setTabColor");
    this.model.tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    this.track("getTabColor");
    return this.model.tabColor;
  }
}
