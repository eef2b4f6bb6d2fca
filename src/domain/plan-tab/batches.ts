/**
 * Reshapes a PlanTabModel for the fewest Apps Script calls: formulas merged into the values grid
 * (setValues treats "=…" strings as formulas, like typing them, so one setValues writes both),
 * and validations as a whole-grid rule map (one setDataValidations call; the writer builds each
 * distinct spec once).
 */
import { parseRangeA1, rangeA1 } from "../sheet/a1-notation";
import type { CellValue } from "../sheet/cell-value";
import type { PlanTabModel, ValidationSpec } from "./tab-model";

/** The values grid with every formula in its cell: one setValues writes the whole tab. */
export function valuesWithFormulas(model: PlanTabModel): CellValue[][] {
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
