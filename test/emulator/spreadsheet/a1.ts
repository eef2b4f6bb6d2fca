/**
 * A1 notation: column letters, and parsing "B2", "A1:C3", "A:C", "2:5" (optionally with a
 * 'Sheet name'! prefix) into 1-based rectangles, as Sheet.getRange(a1) accepts.
 */

export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function rectA1(rect: Rect): string {
  const first = `${columnLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return first;
  const lastRow = rect.row + rect.numRows - 1;
  const lastColumn = rect.column + rect.numColumns - 1;
  return `${first}:${columnLetters(lastColumn)}${lastRow}`;
}

/** Splits "'My tab'!A1:B2" into the sheet name (quotes undone) and the cell part. */
export function splitSheetName(a1: string): { sheetName: string | null; cells: string } {
  const bang = a1.lastIndexOf("!");
  if (bang < 0) return { sheetName: null, cells: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) {
    name = name.slice(1, -1).replace(/''/g, "'");
  }
  return { sheetName: name, cells: a1.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

interface Ref {
  column: number | null;
  row: number | null;
}

function parseRef(text: string): Ref | null {
  const m = CELL.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const row = m[2] ? Number(m[2]) : null;
  if (row === 0) return null;
  return { column: m[1] ? columnNumber(m[1]) : null, row };
}

/**
 * The rectangle an A1 string names inside a sheet of the given size, or null when the text is
 * not A1 notation. Open-ended forms ("A:C", "2:5", "A2:C") stretch to the sheet's edge.
 */
export function parseA1(cells: string, maxRows: number, maxColumns: number): Rect | null {
  const parts = cells.split(":");
  if (parts.length > 2) return null;
  const a = parseRef(parts[0] ?? "");
  const b = parts.length === 2 ? parseRef(parts[1] ?? "") : a;
  if (!a || !b) return null;
  if (parts.length === 1 && (a.row === null || a.column === null)) return null;
  const rows = [a.row ?? 1, b.row ?? maxRows];
  const cols = [a.column ?? 1, b.column ?? maxColumns];
  if (a.row === null && b.row !== null) rows[0] = 1;
  const [r1, r2] = [Math.min(rows[0] ?? 1, rows[1] ?? 1), Math.max(rows[0] ?? 1, rows[1] ?? 1)];
  const [c1, c2] = [Math.min(cols[0] ?? 1, cols[1] ?? 1), Math.max(cols[0] ?? 1, cols[1] ?? 1)];
  return { row: r1, column: c1, numRows: r2 - r1 + 1, numColumns: c2 - c1 + 1 };
}
