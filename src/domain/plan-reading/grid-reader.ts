/**
 * A plan tab's getValues() grid made safe to walk: anything that is not a list of rows, or a
 * row that is not a list of cells, is noted as a Problem and then read as blank. Row numbers in
 * messages are 1-based sheet rows: the grid is assumed to start at A1 (the caller reads the
 * data range, which always does).
 */

import type { Problem } from "../plan/plan";
import { isBlankCell } from "../sheet/cell-reading";

export interface PlanGrid {
  /** Number of rows (0-based indices below). */
  readonly rowCount: number;
  /** The raw cell, or '' when the row or cell does not exist. */
  cell(row: number, column: number): unknown;
  /** Number of cells in a row (0 for a row that could not be read). */
  width(row: number): number;
  isBlankRow(row: number): boolean;
  /** The row's string cells, with their column index (for finding labels). */
  textCells(row: number): { column: number; text: string }[];
}

export function readGrid(values: unknown): { grid: PlanGrid; problems: Problem[] } {
  const problems: Problem[] = [];
  const rows: (readonly unknown[] | null)[] = [];
  if (!Array.isArray(values)) {
    problems.push({ message: "Tab could not be read (no rows of cells)" });
  } else {
    for (let i = 0; i < values.length; i++) {
      const row: unknown = values[i];
      if (Array.isArray(row)) rows.push(row);
      else {
        // Sheets never returns such a row; whatever it held is lost, so say so.
        rows.push(null);
        problems.push({ message: `Row ${i + 1} could not be read`, row: i + 1 });
      }
    }
  }
  const cell = (r: number, c: number): unknown => {
    const row = rows[r];
    if (!row || c < 0 || c >= row.length) return "";
    return row[c];
  };
  return {
    problems,
    grid: {
      rowCount: rows.length,
      cell,
      width: (r) => rows[r]?.length ?? 0,
      isBlankRow: (r) => {
        const row = rows[r];
        if (!row) return true;
        for (let c = 0; c < row.length; c++) if (!isBlankCell(row[c])) return false;
        return true;
      },
      textCells: (r) => {
        const row = rows[r];
        const out: { column: number; text: string }[] = [];
        if (!row) return out;
        for (let c = 0; c < row.length; c++) {
          const v = row[c];
          if (typeof v === "string" && v.trim() !== "") out.push({ column: c, text: v });
        }
        return out;
      },
    },
  };
}
