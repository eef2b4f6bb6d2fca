/**
 * Builds a tab's grids (values, number formats, weights, backgrounds) row by row, so the layout
 * code reads top to bottom like the tab it describes and every grid has the same shape.
 */

import type { CellValue } from "../sheet/cell-value";
import { GENERAL_FORMAT } from "../sheet/number-formats";

export interface CellSpec {
  value?: CellValue;
  /** Number format; "General" when omitted. */
  format?: string;
}

interface RowStyle {
  bold?: boolean;
  /** Background of every cell of the row (null: none). */
  background?: string | null;
}

export class GridBuilder {
  readonly values: CellValue[][] = [];
  readonly numberFormats: string[][] = [];
  readonly fontWeights: ("bold" | "normal")[][] = [];
  readonly backgrounds: (string | null)[][] = [];

  constructor(readonly columns: number) {}

  get rowCount(): number {
    return this.values.length;
  }

  /** Appends a row; returns its 1-based row number. Missing cells are empty. */
  addRow(cells: readonly CellSpec[] = [], style: RowStyle = {}): number {
    if (cells.length > this.columns) {
      throw new RangeError(`Row has ${cells.length} cells; the tab has ${this.columns} columns.`);
    }
    const values: CellValue[] = [];
    const formats: string[] = [];
    for (let c = 0; c < this.columns; c++) {
      const cell = cells[c];
      values.push(cell?.value ?? "");
      formats.push(cell?.format ?? GENERAL_FORMAT);
    }
    this.values.push(values);
    this.numberFormats.push(formats);
    this.fontWeights.push(
      Array.from({ length: this.columns }, () => (style.bold ? "bold" : "normal")),
    );
    this.backgrounds.push(Array.from({ length: this.columns }, () => style.background ?? null));
    return this.rowCount;
  }

  /** Styles one cell after the fact (1-based). */
  styleCell(row: number, column: number, style: RowStyle): void {
    const r = row - 1;
    const c = column - 1;
    const weights = this.fontWeights[r];
    const backgrounds = this.backgrounds[r];
    if (!weights || !backgrounds || c < 0 || c >= this.columns) {
      throw new RangeError(`No cell at row ${row}, column ${column}.`);
    }
    if (style.bold !== undefined) weights[c] = style.bold ? "bold" : "normal";
    if (style.background !== undefined) backgrounds[c] = style.background;
  }
}
