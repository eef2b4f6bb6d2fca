import type { Runtime } from "../runtime/runtime";
import type { Rect } from "./a1";
import type { Range } from "./range";
import type { Sheet } from "./sheet";
import type { SelectionRecord, SheetModel } from "./sheet-model";

/**
 * A user's selection: each sheet keeps its own (a new sheet starts at A1), and the active
 * sheet's is what getActiveRange and getCurrentCell return.
 * https://developers.google.com/apps-script/reference/spreadsheet/selection
 */
export function selectionOf(sheet: SheetModel): SelectionRecord {
  return (
    sheet.selection ?? {
      rect: { row: 1, column: 1, numRows: 1, numColumns: 1 },
      current: { row: 1, column: 1 },
    }
  );
}

/**
 * Selects rect on the sheet; the current cell is `current` when it lies inside rect, else the
 * top-left cell ("with the top left cell in the range as the current cell":
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#setActiveSelection(Range)).
 */
export function select(sheet: SheetModel, rect: Rect, current?: { row: number; column: number }) {
  const inside =
    current !== undefined &&
    current.row >= rect.row &&
    current.row < rect.row + rect.numRows &&
    current.column >= rect.column &&
    current.column < rect.column + rect.numColumns;
  sheet.selection = {
    rect: {
      row: rect.row,
      column: rect.column,
      numRows: rect.numRows,
      numColumns: rect.numColumns,
    },
    current: inside ? { ...current } : { row: rect.row, column: rect.column },
  };
}

/** What a Selection needs: the active sheet and ranges on it. */
export interface SelectionHost {
  activeSheetApi(): Sheet;
}

/** SpreadsheetApp.getSelection() / Sheet.getSelection(). */
export class Selection {
  constructor(
    private readonly rt: Runtime,
    private readonly host: SelectionHost,
  ) {}

  getActiveSheet(): Sheet {
    this.rt.track("Selection", "getActiveSheet");
    return this.host.activeSheetApi();
  }

  getActiveRange(): Range {
    this.rt.track("Selection", "getActiveRange");
    const sheet = this.host.activeSheetApi();
    return sheet.rangeAt(selectionOf(sheet.model).rect);
  }

  getCurrentCell(): Range {
    this.rt.track("Selection", "getCurrentCell");
    const sheet = this.host.activeSheetApi();
    const { row, column } = selectionOf(sheet.model).current;
    return sheet.rangeAt({ row, column, numRows: 1, numColumns: 1 });
  }
}
