import type { Rect } from "./a1";
import type { ChartDraft } from "./chart";
import { Grid } from "./grid";
import {
  shiftColumnsForDelete,
  shiftColumnsForInsert,
  shiftForDelete,
  shiftForInsert,
  type TrackedRect,
} from "./tracked-rect";

export interface ProtectionRecord {
  id: number;
  type: "RANGE" | "SHEET";
  /** The protected range (RANGE), or null for the whole sheet (SHEET). */
  rect: TrackedRect | null;
  description: string;
  editors: string[];
  domainEdit: boolean;
  warningOnly: boolean;
  unprotected: TrackedRect[];
  /** True until the script changes the editors: every spreadsheet editor may still edit. */
  mirrorsSpreadsheet: boolean;
}

/** A user's selection on a sheet: the active range and the current (highlighted) cell in it. */
export interface SelectionRecord {
  rect: Rect;
  current: { row: number; column: number };
}

/** A named range: Data → Named ranges, or Spreadsheet.setNamedRange. */
export interface NamedRangeRecord {
  name: string;
  rect: TrackedRect;
}

export interface ConditionalRuleRecord {
  ranges: TrackedRect[];
  criteria: string;
  values: unknown[];
  format: {
    background?: string;
    fontColor?: string;
    bold?: boolean;
    italic?: boolean;
    strikethrough?: boolean;
    underline?: boolean;
  };
}

/** The state of one sheet: its cells and everything attached to it. Plain data, no API. */
export class SheetModel {
  readonly grid = new Grid();
  hidden = false;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  columnWidths: Record<number, number> = {};
  rowHeights: Record<number, number> = {};
  merges: TrackedRect[] = [];
  protections: ProtectionRecord[] = [];
  rules: ConditionalRuleRecord[] = [];
  charts: ChartDraft[] = [];
  namedRanges: NamedRangeRecord[] = [];
  /** What the user last selected on this sheet; null until then (Sheets starts at A1). */
  selection: SelectionRecord | null = null;
  /** Set once the sheet is deleted: its Sheet and Range objects then refuse every call. */
  deleted = false;

  constructor(
    readonly id: number,
    public name: string,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  /** Every rectangle that moves with the cells. */
  private tracked(): TrackedRect[] {
    const out: TrackedRect[] = [...this.merges];
    for (const p of this.protections) {
      if (p.rect) out.push(p.rect);
      out.push(...p.unprotected);
    }
    for (const r of this.rules) out.push(...r.ranges);
    for (const c of this.charts) out.push(...c.refs.filter((r) => r.sheetId === this.id));
    for (const n of this.namedRanges) out.push(n.rect);
    return out;
  }

  /**
   * Takes a template sheet's data: cells (values, formulas, formats, validation, notes), size,
   * visibility, merges, conditional formats, frozen rows and columns, sizes. Protections, developer metadata
   * and charts are not data of the cells and are not copied.
   */
  copyFrom(template: SheetModel): void {
    for (const cell of template.grid.cells()) this.grid.restore(cell);
    this.maxRows = template.maxRows;
    this.maxColumns = template.maxColumns;
    // A copy of a hidden sheet is hidden too (why scripts show sheets made from a hidden template).
    this.hidden = template.hidden;
    this.frozenRows = template.frozenRows;
    this.frozenColumns = template.frozenColumns;
    this.columnWidths = { ...template.columnWidths };
    this.rowHeights = { ...template.rowHeights };
    this.merges = template.merges.map((m) => ({ ...m }));
    this.rules = template.rules.map((r) => ({
      ranges: r.ranges.map((x) => ({ ...x })),
      criteria: r.criteria,
      values: [...r.values],
      format: { ...r.format },
    }));
  }

  insertRows(at: number, count: number, inheritFrom: number | null): void {
    this.grid.insertRows(at, count, inheritFrom);
    this.maxRows += count;
    for (const rect of this.tracked()) shiftForInsert(rect, at, count);
  }

  /**
   * Columns inserted or deleted as a user does in the Sheets UI: merges, protected ranges,
   * conditional format ranges and chart ranges move, narrow or go with the cells.
   */
  insertColumns(at: number, count: number): void {
    this.grid.insertColumns(at, count);
    this.maxColumns += count;
    for (const rect of this.tracked()) shiftColumnsForInsert(rect, at, count);
  }

  deleteColumns(at: number, count: number): void {
    this.grid.deleteColumns(at, count);
    this.maxColumns -= count;
    for (const rect of this.tracked()) shiftColumnsForDelete(rect, at, count);
    this.dropRemoved();
  }

  deleteRows(at: number, count: number): void {
    this.grid.deleteRows(at, count);
    this.maxRows -= count;
    for (const rect of this.tracked()) shiftForDelete(rect, at, count);
    this.dropRemoved();
  }

  /** Attached rectangles whose cells are all gone go too. */
  private dropRemoved(): void {
    const kept = (rect: TrackedRect) => !rect.removed;
    this.merges = this.merges.filter(kept);
    this.protections = this.protections.filter((p) => !p.rect?.removed);
    for (const p of this.protections) p.unprotected = p.unprotected.filter(kept);
    for (const r of this.rules) r.ranges = r.ranges.filter(kept);
    this.rules = this.rules.filter((r) => r.ranges.length > 0);
    for (const c of this.charts) c.refs = c.refs.filter(kept);
    this.namedRanges = this.namedRanges.filter((n) => kept(n.rect));
  }
}
