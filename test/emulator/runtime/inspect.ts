import { parseA1, rectA1 } from "../spreadsheet/a1";
import type { StoredValue } from "../spreadsheet/cell-value";
import type { ChartDraft } from "../spreadsheet/chart";
import { displayValue } from "../spreadsheet/display-format";
import type { CellFormat } from "../spreadsheet/grid";
import type {
  ConditionalRuleRecord,
  ProtectionRecord,
  SheetModel,
} from "../spreadsheet/sheet-model";
import type { MetadataRecord, SpreadsheetModel } from "../spreadsheet/spreadsheet-model";

export interface CellView {
  value: StoredValue;
  display: string;
  formula: string;
  format: CellFormat;
}

/**
 * Read-only views of the workbook for tests and the playground. Nothing here is counted as a
 * service call: it is the test looking at the sheet, not the script.
 */
export class Inspector {
  constructor(private readonly model: () => SpreadsheetModel) {}

  /** The spreadsheet's id (each document of a shared project has its own). */
  spreadsheetId(): string {
    return this.model().id;
  }

  private sheet(name: string): SheetModel {
    const sheet = this.model().byName(name);
    if (!sheet)
      throw new Error(`No sheet named "${name}" (sheets: ${this.sheetNames().join(", ")}).`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.model().sheets.map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.model().byName(name) !== undefined;
  }

  /** The values from A1 to the last row and column with content ([] for an empty sheet). */
  sheetValues(name: string): StoredValue[][] {
    const s = this.sheet(name);
    const rows = s.grid.lastRow();
    const cols = s.grid.lastColumn();
    return rows && cols ? s.grid.values(1, 1, rows, cols) : [];
  }

  displayValues(name: string): string[][] {
    const s = this.sheet(name);
    return this.sheetValues(name).map((line, i) =>
      line.map((v, j) =>
        displayValue(v, s.grid.format(i + 1, j + 1)?.numberFormat, this.model().timeZone),
      ),
    );
  }

  formulas(name: string): string[][] {
    const s = this.sheet(name);
    return this.sheetValues(name).map((line, i) =>
      line.map((_, j) => s.grid.formula(i + 1, j + 1)),
    );
  }

  cell(name: string, a1: string): CellView {
    const s = this.sheet(name);
    const rect = parseA1(a1, s.maxRows, s.maxColumns);
    if (!rect) throw new Error(`Not a cell: ${a1}`);
    const value = s.grid.value(rect.row, rect.column);
    const format = { ...s.grid.format(rect.row, rect.column) };
    return {
      value,
      display: displayValue(value, format.numberFormat, this.model().timeZone),
      formula: s.grid.formula(rect.row, rect.column),
      format,
    };
  }

  lastRow(name: string): number {
    return this.sheet(name).grid.lastRow();
  }

  size(name: string): { maxRows: number; maxColumns: number } {
    const s = this.sheet(name);
    return { maxRows: s.maxRows, maxColumns: s.maxColumns };
  }

  /** The sheet's model itself (frozen rows, widths, hidden, tab color…), read-only by convention. */
  sheetState(name: string): Readonly<SheetModel> {
    return this.sheet(name);
  }

  merges(name: string): string[] {
    return this.sheet(name).merges.map(rectA1);
  }

  protections(name: string): Array<ProtectionRecord & { a1: string | null }> {
    return this.sheet(name).protections.map((p) => ({ ...p, a1: p.rect ? rectA1(p.rect) : null }));
  }

  conditionalRules(name: string): Array<ConditionalRuleRecord & { a1: string[] }> {
    return this.sheet(name).rules.map((r) => ({ ...r, a1: r.ranges.map(rectA1) }));
  }

  charts(name: string): ChartDraft[] {
    return this.sheet(name).charts.map((c) => ({ ...c }));
  }

  /** Developer metadata attached to a sheet (by sheet name), or to the spreadsheet (no name). */
  metadata(name?: string): MetadataRecord[] {
    const sheetId = name === undefined ? null : this.sheet(name).id;
    return this.model()
      .metadata.filter((m) => m.sheetId === sheetId)
      .map((m) => ({ ...m }));
  }
}
