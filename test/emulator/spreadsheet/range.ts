import type { Emulates } from "../runtime/gas-shape";
import type { Rect } from "./a1";
import { DataValidation, isDataValidation } from "./data-validation";
import type { Grid } from "./grid";
import type { Protection } from "./protection";
import { RangeFormats } from "./range-formats";
import { contains, copyRect, intersects } from "./tracked-rect";
import type { ValidationRecord } from "./validation-record";

type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** True when any cell of the block has a value or a formula. */
function hasData(grid: Grid, rect: Rect): boolean {
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
      if (grid.value(r, c) !== "" || grid.formula(r, c) !== "") return true;
    }
  }
  return false;
}

function dataRegion(
  grid: Grid,
  start: Rect,
  bounds: { maxRows: number; maxColumns: number },
  dimension: unknown,
): Rect {
  const r = { ...start };
  const rows = dimension !== "COLUMNS";
  const columns = dimension !== "ROWS";
  for (let grew = true; grew; ) {
    grew = false;
    const width = { column: r.column, numColumns: r.numColumns };
    const height = { row: r.row, numRows: r.numRows };
    if (rows && r.row > 1 && hasData(grid, { row: r.row - 1, numRows: 1, ...width })) {
      r.row--;
      r.numRows++;
      grew = true;
    }
    const below = r.row + r.numRows;
    if (rows && below <= bounds.maxRows && hasData(grid, { row: below, numRows: 1, ...width })) {
      r.numRows++;
      grew = true;
    }
    if (
      columns &&
      r.column > 1 &&
      hasData(grid, { column: r.column - 1, numColumns: 1, ...height })
    ) {
      r.column--;
      r.numColumns++;
      grew = true;
    }
    const right = r.column + r.numColumns;
    if (
      columns &&
      right <= bounds.maxColumns &&
      hasData(grid, { column: right, numColumns: 1, ...height })
    ) {
      r.numColumns++;
      grew = true;
    }
  }
  return r;
}

const MERGE_ERROR = "You must select all cells in a merged range to merge or unmerge them.";

/**
 * Range: https://developers.google.com/apps-script/reference/spreadsheet/range
 * Coordinates, values, formulas and formats come from the layers below (range-base,
 * range-values, range-formats); this layer adds merges, data validation, checkboxes,
 * protection and navigation.
 */
export class Range
  extends RangeFormats
  implements
    Emulates<
      GasRange,
      | "getValue"
      | "getValues"
      | "setValue"
      | "setValues"
      | "getDisplayValue"
      | "getDataRegion"
      | "getWidth"
      | "getHeight"
      | "getDisplayValues"
      | "getFormula"
      | "getFormulas"
      | "setFormula"
      | "setFormulas"
      | "isBlank"
      | "clearContent"
      | "clear"
      | "clearFormat"
      | "clearNote"
      | "clearDataValidations"
      | "getA1Notation"
      | "getRow"
      | "getColumn"
      | "getNumRows"
      | "getNumColumns"
      | "getLastRow"
      | "getLastColumn"
      | "getSheet"
      | "getCell"
      | "offset"
      | "activate"
      | "getNumberFormat"
      | "getNumberFormats"
      | "setNumberFormat"
      | "setNumberFormats"
      | "getFontWeight"
      | "getFontWeights"
      | "setFontWeight"
      | "setFontWeights"
      | "getFontStyle"
      | "setFontStyle"
      | "getFontSize"
      | "setFontSize"
      | "setFontColor"
      | "setFontColors"
      | "getBackground"
      | "getBackgrounds"
      | "setBackground"
      | "setBackgrounds"
      | "getWrap"
      | "getWraps"
      | "setWrap"
      | "setWraps"
      | "getHorizontalAlignment"
      | "setHorizontalAlignment"
      | "setHorizontalAlignments"
      | "getVerticalAlignment"
      | "setVerticalAlignment"
      | "getNote"
      | "getNotes"
      | "setNote"
      | "setNotes"
      | "setBorder"
      | "merge"
      | "mergeAcross"
      | "mergeVertically"
      | "breakApart"
      | "getMergedRanges"
      | "isPartOfMerge"
      | "setDataValidation"
      | "setDataValidations"
      | "getDataValidation"
      | "getDataValidations"
      | "insertCheckboxes"
      | "removeCheckboxes"
      | "protect"
    >
{
  getCell(row: number, column: number): Range {
    this.count("getCell");
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numColumns) {
      throw this.rt.error("Cell reference out of range");
    }
    return this.at({
      row: this.rect.row + row - 1,
      column: this.rect.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    this.count("offset");
    return this.at({
      row: this.rect.row + rowOffset,
      column: this.rect.column + columnOffset,
      numRows: numRows ?? this.rect.numRows,
      numColumns: numColumns ?? this.rect.numColumns,
    });
  }

  activate(): this {
    this.track("activate");
    this.host.activateRange(this.rect);
    return this;
  }

  /**
   * The range grown in the four cardinal directions (or only along `dimension`) to cover every
   * adjacent cell with data, as Ctrl+A does; itself when surrounded by empty cells.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#getDataRegion()
   */
  getDataRegion(dimension?: unknown): Range {
    this.track("getDataRegion");
    if (dimension !== undefined && dimension !== "ROWS" && dimension !== "COLUMNS") {
      throw this.rt.error(
        `The parameters (${String(dimension)}) don't match the method signature for SpreadsheetApp.Range.getDataRegion.`,
      );
    }
    return this.at(dataRegion(this.grid, this.rect, this.host.model, dimension));
  }

  private at(rect: Rect): Range {
    return this.host.rangeAt(rect) as Range;
  }

  // Merges: https://developers.google.com/apps-script/reference/spreadsheet/range#merge()

  merge(): this {
    this.trackWrite("merge");
    this.mergeRects([copyRect(this.rect)]);
    return this;
  }

  mergeAcross(): this {
    this.trackWrite("mergeAcross");
    const { row, column, numRows, numColumns } = this.rect;
    const rows = Array.from({ length: numRows }, (_, i) => ({
      row: row + i,
      column,
      numRows: 1,
      numColumns,
    }));
    this.mergeRects(rows);
    return this;
  }

  mergeVertically(): this {
    this.trackWrite("mergeVertically");
    const { row, column, numRows, numColumns } = this.rect;
    const cols = Array.from({ length: numColumns }, (_, j) => ({
      row,
      column: column + j,
      numRows,
      numColumns: 1,
    }));
    this.mergeRects(cols);
    return this;
  }

  breakApart(): this {
    this.trackWrite("breakApart");
    this.assertWholeMerges();
    this.host.model.merges = this.host.model.merges.filter((m) => !contains(this.rect, m));
    return this;
  }

  getMergedRanges(): Range[] {
    this.track("getMergedRanges");
    return this.host.model.merges
      .filter((m) => intersects(m, this.rect))
      .map((m) => this.at(copyRect(m)));
  }

  isPartOfMerge(): boolean {
    this.track("isPartOfMerge");
    return this.host.model.merges.some((m) => intersects(m, this.rect));
  }

  private assertWholeMerges(): void {
    if (this.host.model.merges.some((m) => intersects(m, this.rect) && !contains(this.rect, m))) {
      throw this.rt.error(MERGE_ERROR);
    }
  }

  /** Replaces merges inside the range; only each merge's top-left value survives, as in Sheets. */
  private mergeRects(rects: Rect[]): void {
    this.assertWholeMerges();
    const model = this.host.model;
    model.merges = model.merges.filter((m) => !contains(this.rect, m));
    for (const rect of rects) {
      if (rect.numRows * rect.numColumns < 2) continue;
      model.merges.push(copyRect(rect));
      for (let i = 0; i < rect.numRows; i++) {
        for (let j = 0; j < rect.numColumns; j++) {
          if (i || j) this.grid.set(rect.row + i, rect.column + j, { value: "" });
        }
      }
    }
  }

  // Data validation: https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidation(DataValidation)

  setDataValidation(rule: unknown): this {
    this.trackWrite("setDataValidation");
    const record = this.ruleRecord(rule, "setDataValidation");
    this.each((r, c) => this.grid.patchFormat(r, c, { validation: record }));
    return this;
  }

  setDataValidations(rules: unknown[][]): this {
    this.trackWrite("setDataValidations");
    const checked = this.checkGrid(rules, "setDataValidations");
    const records = checked.map((line) =>
      line.map((rule) => this.ruleRecord(rule, "setDataValidations")),
    );
    this.each((r, c, i, j) => this.grid.patchFormat(r, c, { validation: records[i]?.[j] }));
    return this;
  }

  getDataValidation(): DataValidation | null {
    this.track("getDataValidation");
    return this.ruleAt(this.rect.row, this.rect.column);
  }

  getDataValidations(): (DataValidation | null)[][] {
    this.track("getDataValidations");
    return this.collect((r, c) => this.ruleAt(r, c));
  }

  clearDataValidations(): this {
    this.trackWrite("clearDataValidations");
    this.each((r, c) => this.grid.patchFormat(r, c, { validation: undefined }));
    return this;
  }

  /** "Sets the value of all cells in the range to false" (or the given unchecked value). */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    this.trackWrite("insertCheckboxes");
    const values = checkedValue === undefined ? [] : [checkedValue, uncheckedValue ?? ""];
    const record: ValidationRecord = Object.freeze({
      criteria: "CHECKBOX",
      values: Object.freeze(values),
      allowInvalid: false,
      helpText: null,
    });
    const unchecked = checkedValue === undefined ? false : (uncheckedValue ?? "");
    this.each((r, c) => {
      this.grid.patchFormat(r, c, { validation: record });
      this.grid.set(r, c, { value: unchecked as string | boolean });
    });
    return this;
  }

  /** Clears checkbox validation, and the value of cells holding the checked or unchecked value. */
  removeCheckboxes(): this {
    this.trackWrite("removeCheckboxes");
    this.each((r, c) => {
      const rule = this.grid.format(r, c)?.validation;
      if (rule?.criteria !== "CHECKBOX") return;
      const [on, off] = rule.values.length ? rule.values : [true, false];
      const v = this.grid.value(r, c);
      if (v === on || v === off) this.grid.set(r, c, { value: "" });
      this.grid.patchFormat(r, c, { validation: undefined });
    });
    return this;
  }

  private ruleRecord(rule: unknown, method: string): ValidationRecord | undefined {
    if (rule === null || rule === undefined) return undefined;
    if (!isDataValidation(rule)) {
      throw this.rt.error(
        `The parameters (Object) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    return rule.record;
  }

  private ruleAt(r: number, c: number): DataValidation | null {
    const record = this.grid.format(r, c)?.validation;
    return record ? new DataValidation(this.rt, this.host.resolver, record) : null;
  }

  // Protection: https://developers.google.com/apps-script/reference/spreadsheet/range#protect()

  protect(): Protection {
    this.track("protect");
    return this.host.protectRange(copyRect(this.rect));
  }
}
