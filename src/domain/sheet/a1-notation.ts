/**
 * A1 notation for 1-based rows and columns, the way Apps Script's getRange(a1) reads it.
 * Absolute forms ($A$1) are for formulas that must keep pointing at a block when rows move.
 */

/** 1 → "A", 26 → "Z", 27 → "AA". */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1) {
    throw new RangeError(`Column must be a positive integer, got ${column}.`);
  }
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function checkRow(row: number): void {
  if (!Number.isInteger(row) || row < 1) {
    throw new RangeError(`Row must be a positive integer, got ${row}.`);
  }
}

/** "B7" (or "$B$7" when absolute). */
export function cellA1(row: number, column: number, absolute = false): string {
  checkRow(row);
  const d = absolute ? "$" : "";
  return `${d}${columnLetter(column)}${d}${row}`;
}

/** "A3:H9" for a block; a single cell stays "A3". */
export function rangeA1(
  row: number,
  column: number,
  lastRow: number,
  lastColumn: number,
  absolute = false,
): string {
  if (lastRow < row || lastColumn < column) {
    throw new RangeError(`Empty range: rows ${row}..${lastRow}, columns ${column}..${lastColumn}.`);
  }
  const start = cellA1(row, column, absolute);
  if (row === lastRow && column === lastColumn) return start;
  return `${start}:${cellA1(lastRow, lastColumn, absolute)}`;
}

/** One column of a block of rows, absolute: "$G$40:$G$60" (for formulas). */
export function columnBlockA1(column: number, firstRow: number, lastRow: number): string {
  return rangeA1(firstRow, column, lastRow, column, true);
}

/** The 1-based bounds of an A1 range ("B7", "A3:H9", "$B$7:$C$9"). */
export function parseRangeA1(a1: string): {
  row: number;
  column: number;
  lastRow: number;
  lastColumn: number;
} {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(a1.trim().toUpperCase());
  if (!m) throw new RangeError(`Not an A1 range: "${a1}".`);
  const col = (letters: string) =>
    [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
  const row = Number(m[2]);
  const column = col(m[1] as string);
  const lastRow = m[4] ? Number(m[4]) : row;
  const lastColumn = m[3] ? col(m[3]) : column;
  if (row < 1 || lastRow < row || lastColumn < column) {
    throw new RangeError(`Not a forward A1 range: "${a1}".`);
  }
  return { row, column, lastRow, lastColumn };
}
