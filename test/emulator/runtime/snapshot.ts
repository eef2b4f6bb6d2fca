import type { MailState } from "../mail/mail";
import type { PropertyStores } from "../properties/properties";
import type { TriggerStore } from "../script/script-app";
import type { StoredCell } from "../spreadsheet/grid";
import { SheetModel } from "../spreadsheet/sheet-model";
import { SpreadsheetModel } from "../spreadsheet/spreadsheet-model";
import type { UiRecord } from "../ui/ui";
import type { RuntimeSettings } from "./runtime";

/**
 * A JSON-able picture of a whole environment, so the playground can persist its workbook
 * across restarts. Dates are written as {"$date": "<ISO>"} and come back as Dates.
 */
export interface Snapshot {
  version: 1;
  clock: number;
  settings: RuntimeSettings;
  spreadsheet: {
    id: string;
    name: string;
    timeZone: string;
    activeSheetId: number;
    sequence: SpreadsheetModel["sequence"];
    metadata: SpreadsheetModel["metadata"];
    sheets: SheetSnapshot[];
  };
  properties: PropertyStores;
  triggers: TriggerStore;
  mail: MailState;
  uuidCount: number;
  ui: Pick<UiRecord, "menus" | "sidebars" | "dialogs" | "alerts" | "toasts">;
}

interface SheetSnapshot {
  id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  merges: SheetModel["merges"];
  protections: SheetModel["protections"];
  rules: SheetModel["rules"];
  charts: SheetModel["charts"];
  cells: StoredCell[];
  /** Absent in snapshots written before named ranges and selections were emulated. */
  namedRanges?: SheetModel["namedRanges"];
  selection?: SheetModel["selection"];
}

/** Dates → {"$date": iso}, recursively; everything else copied. */
export function encodeDates(value: unknown): unknown {
  if (Object.prototype.toString.call(value) === "[object Date]")
    return { $date: (value as Date).toISOString() };
  if (Array.isArray(value)) return value.map(encodeDates);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, encodeDates(v)]),
    );
  }
  return value;
}

export function decodeDates(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeDates);
  if (value && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === "$date")
      return new Date(String((value as { $date: string }).$date));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeDates(v)]));
  }
  return value;
}

export function sheetSnapshot(s: SheetModel): SheetSnapshot {
  return {
    id: s.id,
    name: s.name,
    maxRows: s.maxRows,
    maxColumns: s.maxColumns,
    hidden: s.hidden,
    frozenRows: s.frozenRows,
    frozenColumns: s.frozenColumns,
    tabColor: s.tabColor,
    columnWidths: s.columnWidths,
    rowHeights: s.rowHeights,
    merges: s.merges,
    protections: s.protections,
    rules: s.rules,
    charts: s.charts,
    cells: s.grid.cells(),
    namedRanges: s.namedRanges,
    selection: s.selection,
  };
}

export function spreadsheetOf(snapshot: Snapshot["spreadsheet"]): SpreadsheetModel {
  const model = new SpreadsheetModel(snapshot.id, snapshot.name, snapshot.timeZone);
  model.activeSheetId = snapshot.activeSheetId;
  model.sequence = { ...snapshot.sequence };
  model.metadata = snapshot.metadata.map((m) => ({ ...m }));
  model.sheets = snapshot.sheets.map((s) => {
    const sheet = new SheetModel(s.id, s.name, s.maxRows, s.maxColumns);
    sheet.hidden = s.hidden;
    sheet.frozenRows = s.frozenRows;
    sheet.frozenColumns = s.frozenColumns;
    sheet.tabColor = s.tabColor;
    sheet.columnWidths = { ...s.columnWidths };
    sheet.rowHeights = { ...s.rowHeights };
    sheet.merges = s.merges;
    sheet.protections = s.protections;
    sheet.rules = s.rules;
    sheet.charts = s.charts;
    sheet.namedRanges = s.namedRanges ?? [];
    sheet.selection = s.selection ?? null;
    for (const cell of s.cells) sheet.grid.restore(cell);
    return sheet;
  });
  return model;
}
