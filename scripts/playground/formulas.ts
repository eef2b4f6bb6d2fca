/**
 * Formula evaluation for the playground's grid. The emulator stores formulas but reads them as
 * '' (as documented in test/emulator/README.md), so the page would show empty summary cells and
 * could not draw the add-on's conditional formats. HyperFormula (the engine the domain tests
 * already use for the plan tab's formulas) evaluates one sheet at a time here, with TODAY() and
 * NOW() pinned to the emulator's clock in the spreadsheet's time zone.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { dayKey, daysBetween, wallClock } from "../../src/domain/sheet/calendar";
import { isDateValue, type StoredValue } from "../../test/emulator";

/** Sheets' day zero: serial 0 is 1899-12-30. */
const EPOCH_DAY = "1899-12-30";

/** A cell's computed value, or the text of a formula error ("#DIV/0!"). */
export type Computed = string | number | boolean | null | { error: string };

/** Sheets' serial number of an instant, in a time zone (days, with the time as a fraction). */
export function serialOf(date: Date, timeZone: string): number {
  const days = daysBetween(EPOCH_DAY, dayKey(date, timeZone));
  const w = wallClock(date, timeZone);
  return days + (w.hour * 3600 + w.minute * 60 + w.second) / 86_400;
}

/** TODAY() and NOW() as constants of the emulated present (no string literal holds them). */
export function pinClock(formula: string, now: Date, timeZone: string): string {
  const today = Math.floor(serialOf(now, timeZone));
  const instant = serialOf(now, timeZone);
  return mapOutsideStrings(formula, (code) =>
    code.replace(/\bTODAY\(\s*\)/gi, String(today)).replace(/\bNOW\(\s*\)/gi, String(instant)),
  );
}

/** Applies `fn` to the parts of a formula outside "string literals" ("" is an escaped quote). */
function mapOutsideStrings(formula: string, fn: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join("");
}

const CELL_REF = /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)([0-9]+)(?![0-9A-Za-z_(])/g;

/**
 * A formula moved by (rows, columns), as Sheets applies a conditional-format formula written for
 * the range's top-left cell to every other cell: relative references move, $-anchored ones stay.
 * https://support.google.com/docs/answer/78413 ("Use advanced conditional formatting")
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return mapOutsideStrings(formula, (code) =>
    code.replace(
      CELL_REF,
      (_all, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
        const column = colAbs ? letters : lettersOf(numberOf(letters) + columns);
        const row = rowAbs ? digits : String(Number(digits) + rows);
        return `${before}${colAbs}${column}${rowAbs}${row}`;
      },
    ),
  );
}

function numberOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function lettersOf(column: number): string {
  let out = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  }
  return out;
}

function computed(value: unknown): Computed {
  if (value instanceof DetailedCellError) return { error: value.value };
  if (value === undefined) return null;
  return value as Computed;
}

/** One sheet's values and formulas, evaluated. */
export class SheetFormulas {
  private readonly hf: HyperFormula;
  private readonly cache = new Map<string, Computed>();

  constructor(
    values: StoredValue[][],
    formulas: string[][],
    private readonly now: Date,
    private readonly timeZone: string,
  ) {
    const data: RawCellContent[][] = values.map((line, r) =>
      line.map((value, c) => {
        const formula = formulas[r]?.[c];
        if (formula) return pinClock(formula, now, timeZone);
        if (value === "") return null;
        if (isDateValue(value)) return serialOf(value, timeZone);
        // A leading apostrophe keeps text as text ("12", "=x" typed as text stay strings).
        if (typeof value === "string") return `'${value}`;
        return value;
      }),
    );
    // Sheets evaluates SUMPRODUCT's comparisons over ranges as arrays; HyperFormula needs this.
    this.hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3", useArrayArithmetic: true });
  }

  /** The computed value of a formula cell (1-based). */
  valueAt(row: number, column: number): Computed {
    return computed(this.hf.getCellValue({ sheet: 0, row: row - 1, col: column - 1 }));
  }

  /**
   * Whether a conditional-format formula holds at (row, column), the formula being written for
   * the range's top-left cell (anchorRow, anchorColumn).
   */
  holds(
    formula: string,
    anchor: { row: number; column: number },
    at: { row: number; column: number },
  ): boolean {
    const shifted = shiftFormula(formula, at.row - anchor.row, at.column - anchor.column);
    let result = this.cache.get(shifted);
    if (result === undefined) {
      const pinned = pinClock(
        shifted.startsWith("=") ? shifted : `=${shifted}`,
        this.now,
        this.timeZone,
      );
      try {
        result = computed(this.hf.calculateFormula(pinned, 0) as unknown);
      } catch {
        result = { error: "#ERROR!" };
      }
      this.cache.set(shifted, result);
    }
    // Sheets applies the format when the formula is TRUE (or a non-zero number).
    return result === true || (typeof result === "number" && result !== 0);
  }

  destroy(): void {
    this.hf.destroy();
  }
}
