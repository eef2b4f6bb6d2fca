/**
 * A plan tab model turned into a live sheet for tests: HyperFormula evaluates the model's
 * formulas over its values the way Sheets would, and `readBack` returns what getValues() would
 * then give (Dates for date-formatted numbers, text without the apostrophe escape), so tests can
 * feed it to the real parser and compare the formulas with the domain's own definitions.
 */
import { DetailedCellError, type CellValue as HfCellValue, HyperFormula } from "hyperformula";
import type { PlanTabModel } from "../../../src/domain/plan-tab/tab-model";
import { parseRangeA1 } from "../../../src/domain/sheet/a1-notation";
import {
  addDays,
  type DayKey,
  dateOfDay,
  dayKey,
  daysBetween,
} from "../../../src/domain/sheet/calendar";
import { type CellValue, isDate } from "../../../src/domain/sheet/cell-value";
import { DATE_FORMAT } from "../../../src/domain/sheet/number-formats";

/** Sheets' (and HyperFormula's default) day zero. */
const EPOCH: DayKey = "1899-12-30";

export function serialOfDay(key: DayKey): number {
  return daysBetween(EPOCH, key);
}

export function dayOfSerial(serial: number): DayKey {
  return addDays(EPOCH, Math.floor(serial));
}

/** What Sheets stores for a value written with setValues ('…' escape dropped). */
export function storedBySheets(value: CellValue): CellValue {
  return typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
}

export class PlanTabSheet {
  readonly hf: HyperFormula;
  /** Number formats by row, kept in step with inserted rows (for reading dates back). */
  private formats: string[][];

  constructor(
    readonly model: PlanTabModel,
    readonly timeZone: string,
    values: CellValue[][] = model.values,
  ) {
    const data = values.map((row) =>
      row.map((v) => {
        if (v === "") return null;
        if (isDate(v)) return serialOfDay(dayKey(v, timeZone));
        return v; // "'…" strings: HyperFormula, like Sheets, keeps the rest as text
      }),
    );
    for (const { a1, formula } of model.formulas) {
      const { row, column } = parseRangeA1(a1);
      const cells = data[row - 1];
      if (!cells || cells[column - 1] !== null) throw new Error(`Formula cell ${a1} is not empty`);
      cells[column - 1] = formula;
    }
    // Sheets evaluates SUMPRODUCT's comparisons over ranges as arrays; HyperFormula needs this flag.
    this.hf = HyperFormula.buildFromArray(data, {
      licenseKey: "gpl-v3",
      useArrayArithmetic: true,
    });
    this.formats = model.numberFormats.map((r) => [...r]);
  }

  /** Inserts empty rows before 1-based `row`, like Sheet.insertRowsBefore (formats copied from above). */
  insertRowsBefore(row: number, count: number): void {
    this.hf.addRows(0, [row - 1, count]);
    const above = this.formats[row - 2] ?? [];
    this.formats.splice(row - 1, 0, ...Array.from({ length: count }, () => [...above]));
  }

  set(a1: string, value: CellValue): void {
    const { row, column } = parseRangeA1(a1);
    this.setAt(row, column, value);
  }

  setAt(row: number, column: number, value: CellValue): void {
    const content =
      value === "" ? null : isDate(value) ? serialOfDay(dayKey(value, this.timeZone)) : value;
    this.hf.setCellContents({ sheet: 0, row: row - 1, col: column - 1 }, [[content]]);
  }

  setDayAt(row: number, column: number, key: DayKey): void {
    this.setAt(row, column, dateOfDay(key, this.timeZone));
  }

  /** The computed value of a cell; throws on a formula error so tests see it. */
  valueAt(row: number, column: number): HfCellValue {
    const v = this.hf.getCellValue({ sheet: 0, row: row - 1, col: column - 1 });
    if (v instanceof DetailedCellError) {
      throw new Error(`Formula error at row ${row}, column ${column}: ${v.value} ${v.message}`);
    }
    return v;
  }

  value(a1: string): HfCellValue {
    const { row, column } = parseRangeA1(a1);
    return this.valueAt(row, column);
  }

  /** The formula of a cell after any row moves, e.g. "=AVERAGE($F$27:$F$40)". */
  formula(a1: string): string | undefined {
    const { row, column } = parseRangeA1(a1);
    return this.hf.getCellFormula({ sheet: 0, row: row - 1, col: column - 1 });
  }

  get rowCount(): number {
    return this.hf.getSheetDimensions(0).height;
  }

  /** What getValues() would return for the whole tab now. */
  readBack(): CellValue[][] {
    const { height, width } = this.hf.getSheetDimensions(0);
    const out: CellValue[][] = [];
    for (let r = 1; r <= height; r++) {
      const row: CellValue[] = [];
      for (let c = 1; c <= Math.max(width, this.model.columns); c++) {
        const v = this.valueAt(r, c);
        if (v === null) row.push("");
        else if (typeof v === "number" && this.formats[r - 1]?.[c - 1] === DATE_FORMAT) {
          row.push(dateOfDay(dayOfSerial(v), this.timeZone));
        } else row.push(v as CellValue); // valueAt throws on errors
      }
      out.push(row);
    }
    return out;
  }
}
