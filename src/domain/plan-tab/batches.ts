/**
 * Reshapes a PlanTabModel for the fewest Apps Script calls: formulas merged into the values grid
 * (setValues treats "=…" strings as formulas, like typing them), formulas grouped into
 * rectangles (one setFormulas each), and validations as a whole-grid rule map (one
 * setDataValidations call; the writer builds each distinct spec once).
 */
import { parseRangeA1, rangeA1 } from "../sheet/a1-notation";
import type { PlanTabModel, TabCellValue, ValidationSpec } from "./tab-model";

/** The values grid with every formula in its cell: one setValues writes the whole tab. */
export function valuesWithFormulas(model: PlanTabModel): TabCellValue[][] {
  const grid = model.values.map((row) => [...row]);
  for (const { a1, formula } of model.formulas) {
    const { row, column } = parseRangeA1(a1);
    const cells = grid[row - 1];
    if (!cells || column > cells.length)
      throw new RangeError(`Formula cell ${a1} is outside the tab.`);
    if (cells[column - 1] !== "") throw new Error(`Formula cell ${a1} also holds a value.`);
    cells[column - 1] = formula;
  }
  return grid;
}

/** Formulas grouped into filled rectangles (horizontal runs, stacked when they line up). */
export function formulaRanges(model: PlanTabModel): { a1: string; formulas: string[][] }[] {
  const byCell = new Map<string, string>();
  for (const { a1, formula } of model.formulas) {
    const { row, column } = parseRangeA1(a1);
    byCell.set(`${row}:${column}`, formula);
  }
  const runs: { row: number; first: number; last: number; formulas: string[] }[] = [];
  for (let row = 1; row <= model.rows; row++) {
    let run: (typeof runs)[number] | null = null;
    for (let column = 1; column <= model.columns; column++) {
      const f = byCell.get(`${row}:${column}`);
      if (f === undefined) {
        run = null;
      } else if (run) {
        run.last = column;
        run.formulas.push(f);
      } else {
        run = { row, first: column, last: column, formulas: [f] };
        runs.push(run);
      }
    }
  }
  const blocks: {
    row: number;
    lastRow: number;
    first: number;
    last: number;
    formulas: string[][];
  }[] = [];
  for (const r of runs) {
    const prev = blocks[blocks.length - 1];
    if (prev && prev.lastRow === r.row - 1 && prev.first === r.first && prev.last === r.last) {
      prev.lastRow = r.row;
      prev.formulas.push(r.formulas);
    } else {
      blocks.push({
        row: r.row,
        lastRow: r.row,
        first: r.first,
        last: r.last,
        formulas: [r.formulas],
      });
    }
  }
  return blocks.map((b) => ({
    a1: rangeA1(b.row, b.first, b.lastRow, b.last),
    formulas: b.formulas,
  }));
}

/** Every cell's validation spec (or null), for one setDataValidations over the whole tab. */
export function validationGrid(model: PlanTabModel): (ValidationSpec | null)[][] {
  const grid: (ValidationSpec | null)[][] = Array.from({ length: model.rows }, () =>
    Array.from({ length: model.columns }, () => null),
  );
  for (const spec of model.validations) {
    const r = parseRangeA1(spec.a1);
    for (let row = r.row; row <= r.lastRow; row++) {
      for (let column = r.column; column <= r.lastColumn; column++) {
        const cells = grid[row - 1];
        if (!cells || column > model.columns)
          throw new RangeError(`Validation ${spec.a1} is outside the tab.`);
        if (cells[column - 1])
          throw new Error(`Two validations cover ${rangeA1(row, column, row, column)}.`);
        cells[column - 1] = spec;
      }
    }
  }
  return grid;
}
