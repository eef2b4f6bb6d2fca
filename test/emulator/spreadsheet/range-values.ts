import { rectA1 } from "./a1";
import { type CellInput, parseInput } from "./cell-input";
import { copyValue, type StoredValue } from "./cell-value";
import { displayValue } from "./display-format";
import { RangeBase } from "./range-base";
import { satisfies } from "./validation-check";

/** Characters of text a read returns (numbers, dates and booleans are not counted). */
function textLength(values: readonly (readonly StoredValue[])[]): number {
  let n = 0;
  for (const line of values) for (const v of line) if (typeof v === "string") n += v.length;
  return n;
}

/** Range values and formulas: reading, writing as Sheets parses input, clearing. */
export class RangeValues extends RangeBase {
  getValue(): StoredValue {
    const value = copyValue(this.grid.value(this.rect.row, this.rect.column));
    this.track("getValue", 1, textLength([[value]]));
    return value;
  }

  /** A fresh 2-D copy: '' for empty cells, Dates as new Date objects. */
  getValues(): StoredValue[][] {
    const { row, column, numRows, numColumns } = this.rect;
    const values = this.grid.values(row, column, numRows, numColumns);
    this.track("getValues", this.size, textLength(values));
    return values;
  }

  getDisplayValue(): string {
    this.track("getDisplayValue", 1);
    return this.display(this.rect.row, this.rect.column);
  }

  getDisplayValues(): string[][] {
    this.track("getDisplayValues", this.size);
    return this.collect((r, c) => this.display(r, c));
  }

  /** Sets every cell of the range to the same value (as the reference says). */
  setValue(value: unknown): this {
    this.trackWrite("setValue");
    this.write(() => value);
    return this;
  }

  setValues(values: unknown[][]): this {
    this.trackWrite("setValues");
    const checked = this.checkGrid(values, "setValues");
    this.write((i, j) => checked[i]?.[j]);
    return this;
  }

  /**
   * Emulator-internal (not an Apps Script method): setValues without counting a call of its own,
   * for Sheet.appendRow, which counts once as itself.
   */
  applyValues(values: unknown[][]): void {
    if (this.rt.enforcesProtection) this.host.assertEditable(this.rect);
    const checked = this.checkGrid(values, "setValues");
    this.write((i, j) => checked[i]?.[j]);
  }

  getFormula(): string {
    this.track("getFormula", 1);
    return this.grid.formula(this.rect.row, this.rect.column);
  }

  getFormulas(): string[][] {
    this.track("getFormulas", this.size);
    return this.collect((r, c) => this.grid.formula(r, c));
  }

  setFormula(formula: string): this {
    this.trackWrite("setFormula");
    this.write(() => formula);
    return this;
  }

  setFormulas(formulas: string[][]): this {
    this.trackWrite("setFormulas");
    const checked = this.checkGrid(formulas, "setFormulas");
    this.write((i, j) => checked[i]?.[j]);
    return this;
  }

  isBlank(): boolean {
    this.track("isBlank");
    let blank = true;
    this.each((r, c) => {
      if (this.grid.value(r, c) !== "" || this.grid.formula(r, c) !== "") blank = false;
    });
    return blank;
  }

  /** Clears values and formulas, keeping formats and data validation. */
  clearContent(): this {
    this.trackWrite("clearContent");
    this.each((r, c) => this.grid.set(r, c, { value: "" }));
    return this;
  }

  protected collect<T>(fn: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    this.each((r, c, i) => {
      if (!out[i]) out[i] = [];
      out[i]?.push(fn(r, c));
    });
    return out;
  }

  private display(r: number, c: number): string {
    const format = this.grid.format(r, c)?.numberFormat;
    return displayValue(this.grid.value(r, c), format, this.host.timeZone);
  }

  /**
   * Parses every input first and checks data validation that rejects input, then writes: a
   * failing write changes nothing.
   */
  private write(inputAt: (i: number, j: number) => unknown): void {
    const fail = (message: string): never => {
      throw this.rt.error(message);
    };
    const parsed: CellInput[] = [];
    this.each((r, c, i, j) => {
      const format = this.grid.format(r, c);
      const input = parseInput(inputAt(i, j), format?.numberFormat, this.host.timeZone, fail);
      const rule = format?.validation;
      if (rule && !rule.allowInvalid && this.rt.validatesInput) {
        const ok = satisfies(rule, input.value, (ref) => this.host.listValues(ref));
        if (!ok) {
          const cell = rectA1({ row: r, column: c, numRows: 1, numColumns: 1 });
          fail(
            `The data you entered in cell ${cell} violates the data validation rules set on this cell.`,
          );
        }
      }
      parsed.push(input);
    });
    let k = 0;
    this.each((r, c) => {
      this.grid.set(r, c, parsed[k++] ?? { value: "" });
    });
  }
}
