import type { Runtime } from "../runtime/runtime";
import { type Rect, rectA1 } from "./a1";
import type { StoredValue } from "./cell-value";
import type { Grid } from "./grid";
import type { Protection } from "./protection";
import type { RangeRef, RangeResolver } from "./range-ref";
import type { Sheet } from "./sheet";
import type { SheetModel } from "./sheet-model";

/** What a Range needs from its sheet (implemented by Sheet). */
export interface RangeHost {
  readonly rt: Runtime;
  readonly grid: Grid;
  readonly timeZone: string;
  /** Throws when the sheet was deleted. */
  assertAlive(): void;
  /** Throws when the current user may not edit the rectangle (protection). */
  assertEditable(rect: Rect): void;
  /** A new Range on this sheet, bounds-checked like getRange. */
  rangeAt(rect: Rect): unknown;
  sheetApi(): Sheet;
  sheetId(): number;
  /** The values a VALUE_IN_RANGE validation rule refers to. */
  listValues(ref: unknown): StoredValue[];
  readonly model: SheetModel;
  readonly resolver: RangeResolver;
  protectRange(rect: Rect): Protection;
  activateRange(rect: Rect): void;
}

function typeName(x: unknown): string {
  if (x === null) return "null";
  if (Array.isArray(x)) return `${x.length > 0 ? typeName(x[0]) : "Object"}[]`;
  if (typeof x === "string") return "String";
  if (typeof x === "boolean") return "Boolean";
  if (typeof x === "number") return "number";
  return "Object";
}

/**
 * The part of Range every other part builds on: its rectangle, call tracking, and the checks
 * Apps Script makes on 2-D arguments. https://developers.google.com/apps-script/reference/spreadsheet/range
 */
export class RangeBase {
  constructor(
    protected readonly host: RangeHost,
    readonly rect: Rect,
  ) {}

  protected get rt(): Runtime {
    return this.host.rt;
  }

  protected get grid(): Grid {
    return this.host.grid;
  }

  /**
   * Counts the call and checks the sheet still exists; `cells` is what a read returns, `chars`
   * the characters of text in them.
   */
  protected track(method: string, cells?: number, chars?: number): void {
    this.count(method, cells, chars);
    this.host.assertAlive();
  }

  /** Counts the call (naming the sheet it is on, for injected faults). */
  protected count(method: string, cells?: number, chars?: number): void {
    this.rt.track("Range", method, cells, this.host.model, chars);
  }

  /** Cells in the range (what a getValues returns). */
  protected get size(): number {
    return this.rect.numRows * this.rect.numColumns;
  }

  /** Counts a write and checks the user may edit these cells. */
  protected trackWrite(method: string): void {
    this.track(method);
    if (this.rt.enforcesProtection) this.host.assertEditable(this.rect);
  }

  /** Calls fn for every cell, row by row. */
  protected each(fn: (r: number, c: number, i: number, j: number) => void): void {
    const { row, column, numRows, numColumns } = this.rect;
    for (let i = 0; i < numRows; i++) {
      for (let j = 0; j < numColumns; j++) fn(row + i, column + j, i, j);
    }
  }

  /**
   * A 2-D argument checked as Apps Script checks it: the wrong shape of argument is a
   * signature error; the wrong number of rows, then of columns, is a dimension error.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
   */
  protected checkGrid(values: unknown, method: string): unknown[][] {
    if (!Array.isArray(values) || !values.every((line) => Array.isArray(line))) {
      throw this.rt.error(
        `The parameters (${typeName(values)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    const { numRows, numColumns } = this.rect;
    if (values.length !== numRows) {
      throw this.rt.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${numRows}.`,
      );
    }
    for (const line of values as unknown[][]) {
      if (line.length !== numColumns) {
        throw this.rt.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numColumns}.`,
        );
      }
    }
    return values as unknown[][];
  }

  /** The sheet this range is on (uncounted, for the emulator's own use). */
  get sheetModel(): SheetModel {
    return this.host.model;
  }

  toRef(): RangeRef {
    return { sheetId: this.host.sheetId(), ...this.rect };
  }

  getA1Notation(): string {
    this.count("getA1Notation");
    return rectA1(this.rect);
  }

  getRow(): number {
    this.count("getRow");
    return this.rect.row;
  }

  getColumn(): number {
    this.count("getColumn");
    return this.rect.column;
  }

  getNumRows(): number {
    this.count("getNumRows");
    return this.rect.numRows;
  }

  getNumColumns(): number {
    this.count("getNumColumns");
    return this.rect.numColumns;
  }

  /** Same as getNumColumns: https://developers.google.com/apps-script/reference/spreadsheet/range#getWidth() */
  getWidth(): number {
    this.count("getWidth");
    return this.rect.numColumns;
  }

  /** Same as getNumRows: https://developers.google.com/apps-script/reference/spreadsheet/range#getHeight() */
  getHeight(): number {
    this.count("getHeight");
    return this.rect.numRows;
  }

  /** Deprecated alias of getRow that Google's own samples still call. */
  getRowIndex(): number {
    this.count("getRowIndex");
    return this.rect.row;
  }

  /** Deprecated alias of getColumn. */
  getColumnIndex(): number {
    this.count("getColumnIndex");
    return this.rect.column;
  }

  getLastRow(): number {
    this.count("getLastRow");
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    this.count("getLastColumn");
    return this.rect.column + this.rect.numColumns - 1;
  }

  getSheet(): Sheet {
    this.count("getSheet");
    return this.host.sheetApi();
  }
}
