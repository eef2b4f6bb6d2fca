import type { Runtime, Sharing } from "../runtime/runtime";
import { parseA1, type Rect, splitSheetName } from "./a1";
import type { StoredValue } from "./cell-value";
import type { Grid } from "./grid";
import { allows, Protection } from "./protection";
import { Range } from "./range";
import type { RangeHost } from "./range-base";
import type { RangeResolver } from "./range-ref";
import type { Sheet } from "./sheet";
import type { ProtectionRecord, SheetModel } from "./sheet-model";
import type { SpreadsheetModel } from "./spreadsheet-model";
import { intersects } from "./tracked-rect";

/** What a Sheet needs from its spreadsheet (implemented by Spreadsheet). */
export interface SheetHost extends RangeResolver {
  readonly rt: Runtime;
  readonly model: SpreadsheetModel;
  spreadsheetApi(): unknown;
  sheetApiById(id: number): Sheet | null;
  listValues(ref: unknown): StoredValue[];
  activate(sheet: SheetModel, rect: Rect | null): void;
  /** The active sheet's API object. */
  activeSheetApi(): Sheet;
  sheetApi(model: SheetModel): Sheet;
  /** A copy of the sheet named "Copy of <name>", added at the end. */
  copySheet(model: SheetModel): Sheet;
}

const PROTECTED =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

/**
 * The core of Sheet: identity, getRange, and what its Ranges rely on (liveness, protection,
 * bounds). https://developers.google.com/apps-script/reference/spreadsheet/sheet
 */
export class SheetBase implements RangeHost {
  constructor(
    protected readonly host: SheetHost,
    readonly model: SheetModel,
  ) {}

  get rt(): Runtime {
    return this.host.rt;
  }

  get grid(): Grid {
    return this.model.grid;
  }

  get timeZone(): string {
    return this.host.model.timeZone;
  }

  get ownerEmail(): string {
    return this.rt.settings.ownerEmail;
  }

  get resolver(): RangeResolver {
    return this.host;
  }

  protected track(method: string, cells?: number): void {
    this.rt.track("Sheet", method, cells, this.model);
    this.assertAlive();
  }

  assertAlive(): void {
    if (this.model.deleted) {
      // Emulator wording: the reference does not quote the error for a deleted sheet.
      throw this.rt.error(`The sheet "${this.model.name}" has been deleted.`);
    }
  }

  /** The protections the current user may not edit (none for the owner). */
  private lockedForUser(): ProtectionRecord[] {
    const user = this.rt.settings.userEmail;
    if (user === this.ownerEmail) return [];
    return this.model.protections.filter(
      (p) => !allows(p, user, this.ownerEmail, this.rt.settings.sharing),
    );
  }

  /** Protection as enforced for the current user (the owner may always edit). */
  assertEditable(rect: Rect): void {
    for (const p of this.lockedForUser()) if (covers(p, rect)) throw this.rt.error(PROTECTED);
  }

  /**
   * Inserting rows is a change to the sheet's structure: refused under a sheet protection the
   * user cannot edit (its unprotected ranges let them edit cells, not add rows), and inside a
   * protected range (between its first and last rows); above or below a range it is allowed and
   * the range moves with its rows.
   */
  assertCanInsertRows(at: number): void {
    for (const p of this.lockedForUser()) {
      if (!p.rect || (p.rect.row < at && at <= p.rect.row + p.rect.numRows - 1)) {
        throw this.rt.error(PROTECTED);
      }
    }
  }

  /** Deleting rows: refused under a locked sheet protection, and through a locked range. */
  assertCanDeleteRows(first: number, count: number): void {
    const rows = { row: first, column: 1, numRows: count, numColumns: this.model.maxColumns };
    for (const p of this.lockedForUser()) {
      if (!p.rect || intersects(p.rect, rows)) throw this.rt.error(PROTECTED);
    }
  }

  sheetApi(): Sheet {
    return this as unknown as Sheet;
  }

  sheetId(): number {
    return this.model.id;
  }

  listValues(ref: unknown): StoredValue[] {
    return this.host.listValues(ref);
  }

  activateRange(rect: Rect): void {
    this.host.activate(this.model, rect);
  }

  protectRange(rect: Rect): Protection {
    const record = newProtection(this.host.model, "RANGE", rect, this.rt.settings);
    this.model.protections.push(record);
    return new Protection(this, record);
  }

  removeProtection(record: ProtectionRecord): void {
    this.model.protections = this.model.protections.filter((p) => p !== record);
  }

  wholeSheet(): Rect {
    return { row: 1, column: 1, numRows: this.model.maxRows, numColumns: this.model.maxColumns };
  }

  /** A Range, bounds-checked with Apps Script's error texts. */
  rangeAt(rect: Rect): Range {
    const { row, column, numRows, numColumns } = rect;
    if (row < 1) throw this.rt.error("The starting row of the range is too small.");
    if (column < 1) throw this.rt.error("The starting column of the range is too small.");
    if (numRows < 1) throw this.rt.error("The number of rows in the range must be at least 1.");
    if (numColumns < 1)
      throw this.rt.error("The number of columns in the range must be at least 1.");
    if (row + numRows - 1 > this.model.maxRows || column + numColumns - 1 > this.model.maxColumns) {
      throw this.rt.error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new Range(this, { row, column, numRows, numColumns });
  }

  /** getRange(a1) | getRange(row, column[, numRows[, numColumns]]). */
  getRange(
    ...args: [a: string | number, column?: number, numRows?: number, numColumns?: number]
  ): Range {
    this.track("getRange");
    const a = args[0];
    if (typeof a === "string") return this.rangeAt(this.parseA1(a));
    const given: unknown[] = args.length < 2 ? [a, undefined] : args;
    if (!given.every((n) => typeof n === "number" && Number.isFinite(n))) {
      const types = given.map((n) =>
        typeof n === "number" && Number.isFinite(n) ? "number" : String(n),
      );
      throw this.rt.error(
        `The parameters (${types.join(",")}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
      );
    }
    // Fractions are cut to whole rows and columns.
    const [row = 1, col = 1, rows = 1, cols = 1] = (given as number[]).map(Math.trunc);
    return this.rangeAt({ row, column: col, numRows: rows, numColumns: cols });
  }

  protected parseA1(a1: string): Rect {
    const { sheetName, cells } = splitSheetName(a1);
    const rect = parseA1(cells, this.model.maxRows, this.model.maxColumns);
    if (!rect || (sheetName !== null && sheetName !== this.model.name)) {
      throw this.rt.error("Range not found");
    }
    return rect;
  }

  /** From A1 to the last row and column with content (at least A1). */
  getDataRange(): Range {
    this.track("getDataRange");
    const rows = Math.max(1, this.grid.lastRow());
    const cols = Math.max(1, this.grid.lastColumn());
    return this.rangeAt({ row: 1, column: 1, numRows: rows, numColumns: cols });
  }

  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): StoredValue[][] {
    const rows = numRows === -1 ? this.grid.lastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this.grid.lastColumn() - startColumn + 1 : numColumns;
    this.track("getSheetValues", Math.max(0, rows * cols));
    const rect = this.rangeAt({
      row: startRow,
      column: startColumn,
      numRows: rows,
      numColumns: cols,
    }).rect;
    return this.grid.values(rect.row, rect.column, rect.numRows, rect.numColumns);
  }

  getName(): string {
    this.track("getName");
    return this.model.name;
  }

  setName(name: string): this {
    this.track("setName");
    const clean = validSheetName(String(name), (m) => this.rt.error(m));
    if (this.host.model.nameTaken(clean, this.model)) throw this.rt.error(duplicateName(clean));
    this.host.model.renameSheet(this.model, clean);
    return this;
  }

  getSheetId(): number {
    this.track("getSheetId");
    return this.model.id;
  }

  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    this.track("getIndex");
    return this.host.model.sheets.indexOf(this.model) + 1;
  }

  getParent(): unknown {
    this.rt.track("Sheet", "getParent", undefined, this.model);
    return this.host.spreadsheetApi();
  }

  getLastRow(): number {
    this.track("getLastRow");
    return this.grid.lastRow();
  }

  getLastColumn(): number {
    this.track("getLastColumn");
    return this.grid.lastColumn();
  }

  getMaxRows(): number {
    this.track("getMaxRows");
    return this.model.maxRows;
  }

  getMaxColumns(): number {
    this.track("getMaxColumns");
    return this.model.maxColumns;
  }
}

/** insertSheet and setName: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String) */
export function duplicateName(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

/** Sheet names are 1–100 characters (emulator wording for the errors). */
export function validSheetName(name: string, error: (m: string) => Error): string {
  if (name.trim() === "") throw error("A sheet name cannot be empty.");
  if (name.length > 100) throw error("A sheet name cannot be longer than 100 characters.");
  return name;
}

/**
 * A new protection "mirrors the spreadsheet": its editors are the spreadsheet's (people, groups
 * by their address, the running user) and, when the file is shared with the domain, domain edit
 * is on until turned off (https://developers.google.com/apps-script/reference/spreadsheet/protection).
 */
export function newProtection(
  model: SpreadsheetModel,
  type: "RANGE" | "SHEET",
  rect: Rect | null,
  settings: { ownerEmail: string; userEmail: string; sharing?: Sharing | undefined },
): ProtectionRecord {
  const sharing = settings.sharing;
  const groups = sharing?.groups ?? {};
  // The running user is listed by name unless their access comes only through a group.
  const viaGroupOnly =
    !(sharing?.editors ?? []).includes(settings.userEmail) &&
    Object.values(groups).some((members) => members.includes(settings.userEmail));
  const editors = [
    ...new Set([
      settings.ownerEmail,
      ...(sharing?.editors ?? []),
      ...Object.keys(groups),
      ...(viaGroupOnly ? [] : [settings.userEmail]),
    ]),
  ];
  return {
    id: model.next("protection"),
    type,
    rect: rect ? { ...rect } : null,
    description: "",
    editors,
    domainEdit: Boolean(sharing?.domain),
    warningOnly: false,
    unprotected: [],
    mirrorsSpreadsheet: true,
  };
}

/** Whether a protection covers any cell of rect (a sheet protection minus its unprotected ranges). */
function covers(p: ProtectionRecord, rect: Rect): boolean {
  if (p.rect) return intersects(p.rect, rect);
  if (p.unprotected.length === 0) return true;
  for (let i = 0; i < rect.numRows; i++) {
    for (let j = 0; j < rect.numColumns; j++) {
      const cell = { row: rect.row + i, column: rect.column + j, numRows: 1, numColumns: 1 };
      if (!p.unprotected.some((u) => intersects(u, cell))) return true;
    }
  }
  return false;
}
