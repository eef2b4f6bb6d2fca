import type { CellInput } from "./cell-input";
import { copyValue, type StoredValue } from "./cell-value";
import type { ValidationRecord } from "./validation-record";

/** Per-cell formatting. `note` and `validation` live here too but survive clearFormat(). */
export interface CellFormat {
  numberFormat?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontColor?: string;
  fontSize?: number;
  background?: string;
  wrap?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  border?: boolean;
  note?: string;
  validation?: ValidationRecord;
}

interface Row {
  v: (StoredValue | undefined)[];
  f?: (string | undefined)[];
  fmt?: (CellFormat | undefined)[];
}

export interface StoredCell {
  row: number;
  column: number;
  value: StoredValue;
  formula?: string;
  format?: CellFormat;
}

/**
 * A sheet's cells, stored as one sparse array per touched row (1-based coordinates outside,
 * 0-based inside). Reading a 120 × 8 block is a few array lookups per cell; inserting or
 * deleting rows is one splice.
 */
export class Grid {
  private rows: (Row | undefined)[] = [];
  /**
   * What formulas in a row show on top of the stored values, 1-based column → value (set by the
   * spreadsheet: TOROW spills read other sheets, torow-formula.ts). Only rows with formulas ask.
   */
  evaluator?: (
    formulas: readonly (string | undefined)[],
    stored: readonly (StoredValue | undefined)[],
    /** The row's 1-based number. */
    row: number,
  ) => ReadonlyMap<number, StoredValue> | undefined;

  private shown(r: number): ReadonlyMap<number, StoredValue> | undefined {
    const row = this.rows[r - 1];
    return row?.f && this.evaluator ? this.evaluator(row.f, row.v, r) : undefined;
  }

  private row(r: number): Row {
    let row = this.rows[r - 1];
    if (!row) {
      row = { v: [] };
      this.rows[r - 1] = row;
    }
    return row;
  }

  /** The value a cell shows (a spilled formula result included). */
  value(r: number, c: number): StoredValue {
    const spilled = this.shown(r)?.get(c);
    if (spilled !== undefined) return spilled;
    return this.rows[r - 1]?.v[c - 1] ?? "";
  }

  /** A copy of the values of a block as shown (Dates copied, '' for empty, spills included). */
  values(r0: number, c0: number, numRows: number, numColumns: number): StoredValue[][] {
    return this.block(r0, c0, numRows, numColumns, true);
  }

  /** A copy of the stored values of a block, formula results not evaluated. */
  rawValues(r0: number, c0: number, numRows: number, numColumns: number): StoredValue[][] {
    return this.block(r0, c0, numRows, numColumns, false);
  }

  private block(
    r0: number,
    c0: number,
    numRows: number,
    numColumns: number,
    evaluate: boolean,
  ): StoredValue[][] {
    const out: StoredValue[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const cells = this.rows[r0 - 1 + i]?.v;
      const spill = evaluate ? this.shown(r0 + i) : undefined;
      const line: StoredValue[] = new Array(numColumns);
      for (let j = 0; j < numColumns; j++) {
        const v = spill?.get(c0 + j) ?? cells?.[c0 - 1 + j];
        line[j] = v === undefined ? "" : copyValue(v);
      }
      out[i] = line;
    }
    return out;
  }

  /** Rewrites every formula (renamed or deleted sheets); `fn` returns the formula unchanged or new. */
  mapFormulas(fn: (formula: string) => string): void {
    for (const row of this.rows) {
      if (!row?.f) continue;
      row.f = row.f.map((f) => (f ? fn(f) : f));
    }
  }

  /** Inserts `count` empty columns so the first new one is column `at` (cells to the right move). */
  insertColumns(at: number, count: number): void {
    for (const row of this.rows) {
      if (!row) continue;
      for (const list of [row.v, row.f, row.fmt]) {
        if (list && list.length >= at) list.splice(at - 1, 0, ...new Array(count));
      }
    }
  }

  /** Removes `count` columns from column `at` (cells to the right move left). */
  deleteColumns(at: number, count: number): void {
    for (const row of this.rows) {
      if (!row) continue;
      for (const list of [row.v, row.f, row.fmt]) {
        if (list && list.length >= at) list.splice(at - 1, count);
      }
    }
  }

  formula(r: number, c: number): string {
    return this.rows[r - 1]?.f?.[c - 1] ?? "";
  }

  set(r: number, c: number, input: CellInput): void {
    const row = this.row(r);
    row.v[c - 1] = input.value === "" ? undefined : input.value;
    if (input.formula) {
      row.f ??= [];
      row.f[c - 1] = input.formula;
    } else if (row.f) {
      row.f[c - 1] = undefined;
    }
  }

  format(r: number, c: number): Readonly<CellFormat> | undefined {
    return this.rows[r - 1]?.fmt?.[c - 1];
  }

  /** Sets (or, with undefined, removes) format properties of one cell. */
  patchFormat(r: number, c: number, patch: Partial<CellFormat>): void {
    const row = this.row(r);
    row.fmt ??= [];
    const next: CellFormat = { ...row.fmt[c - 1] };
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === null) delete next[key as keyof CellFormat];
      else (next as Record<string, unknown>)[key] = value;
    }
    row.fmt[c - 1] = Object.keys(next).length > 0 ? next : undefined;
  }

  /** Removes the visual formatting of a cell, keeping its note and data validation. */
  clearFormat(r: number, c: number): void {
    const current = this.rows[r - 1]?.fmt?.[c - 1];
    if (!current) return;
    this.patchFormat(r, c, {
      numberFormat: undefined,
      fontWeight: undefined,
      fontStyle: undefined,
      fontColor: undefined,
      fontSize: undefined,
      background: undefined,
      wrap: undefined,
      horizontalAlignment: undefined,
      verticalAlignment: undefined,
      border: undefined,
    });
  }

  /**
   * Inserts `count` empty rows so the first new one is row `at`. New rows take the formats and
   * data validation (not the values) of row `inheritFrom` (given in pre-insertion numbering),
   * as rows inserted in the Sheets UI do.
   */
  insertRows(at: number, count: number, inheritFrom: number | null): void {
    const template = inheritFrom === null ? undefined : this.rows[inheritFrom - 1]?.fmt;
    const fresh: (Row | undefined)[] = [];
    for (let i = 0; i < count; i++) {
      fresh.push(
        template ? { v: [], fmt: template.map((f) => (f ? { ...f } : undefined)) } : undefined,
      );
    }
    if (this.rows.length < at - 1) this.rows.length = at - 1;
    // concat, not splice(…, ...fresh): spreading 400,000 rows into arguments overflows the stack.
    this.rows = this.rows.slice(0, at - 1).concat(fresh, this.rows.slice(at - 1));
  }

  deleteRows(at: number, count: number): void {
    if (this.rows.length >= at) this.rows.splice(at - 1, count);
  }

  /** Drops everything at or beyond `maxRows`+1 (used when a sheet shrinks). */
  truncate(maxRows: number): void {
    if (this.rows.length > maxRows) this.rows.length = maxRows;
  }

  /** The last row holding a value or a formula (0 when empty). */
  lastRow(): number {
    for (let i = this.rows.length - 1; i >= 0; i--) {
      const row = this.rows[i];
      if (row && (hasAny(row.v) || (row.f !== undefined && hasAny(row.f)))) return i + 1;
    }
    return 0;
  }

  /** The last column holding a value, a formula or a spilled formula result (0 when empty). */
  lastColumn(): number {
    let last = 0;
    this.rows.forEach((row, i) => {
      if (!row) return;
      last = Math.max(last, lastIndex(row.v), row.f ? lastIndex(row.f) : 0);
      for (const [c, v] of this.shown(i + 1) ?? []) if (v !== "" && c > last) last = c;
    });
    return last;
  }

  /** Every cell holding a value, a formula or a format, for snapshots and inspection. */
  cells(): StoredCell[] {
    const out: StoredCell[] = [];
    this.rows.forEach((row, i) => {
      if (!row) return;
      const width = Math.max(row.v.length, row.f?.length ?? 0, row.fmt?.length ?? 0);
      for (let j = 0; j < width; j++) {
        const value = row.v[j];
        const formula = row.f?.[j];
        const format = row.fmt?.[j];
        if (value === undefined && !formula && !format) continue;
        const cell: StoredCell = { row: i + 1, column: j + 1, value: value ?? "" };
        if (formula) cell.formula = formula;
        if (format) cell.format = { ...format };
        out.push(cell);
      }
    });
    return out;
  }

  /** Puts back a cell read from cells() (snapshots). */
  restore(cell: StoredCell): void {
    this.set(cell.row, cell.column, { value: cell.value, formula: cell.formula });
    if (cell.format) this.patchFormat(cell.row, cell.column, cell.format);
  }
}

function hasAny(list: readonly unknown[]): boolean {
  for (const x of list) if (x !== undefined) return true;
  return false;
}

function lastIndex(list: readonly unknown[]): number {
  for (let j = list.length - 1; j >= 0; j--) if (list[j] !== undefined) return j + 1;
  return 0;
}
