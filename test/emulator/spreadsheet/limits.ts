import type { SpreadsheetModel } from "./spreadsheet-model";

/**
 * Google Sheets' size limits (https://support.google.com/docs/answer/37603: "up to 10 million
 * cells or 18,278 columns"), with the error Sheets gives when an edit would pass the cell limit.
 */
export const MAX_CELLS = 10_000_000;
export const MAX_COLUMNS = 18_278;
export const TOO_MANY_CELLS = `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`;
/** Emulator wording, by analogy with the cell limit's message. */
export const TOO_MANY_COLUMNS = `This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS} columns.`;

/** Every sheet's grid counts, whatever it holds (deleted sheets do not). */
export function workbookCells(model: SpreadsheetModel): number {
  let total = 0;
  for (const s of model.sheets) if (!s.deleted) total += s.maxRows * s.maxColumns;
  return total;
}

/** The message when `extraCells` more cells (or a sheet `columns` wide) would break a limit, else null. */
export function limitError(
  model: SpreadsheetModel,
  extraCells: number,
  columns = 0,
): string | null {
  if (columns > MAX_COLUMNS) return TOO_MANY_COLUMNS;
  return workbookCells(model) + extraCells > MAX_CELLS ? TOO_MANY_CELLS : null;
}
