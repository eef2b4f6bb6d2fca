import type { Rect } from "./a1";

/**
 * A rectangle the sheet keeps up to date when rows are inserted or deleted (merges, protected
 * ranges, conditional format ranges, chart ranges), as Sheets moves them with the cells.
 */
export interface TrackedRect extends Rect {
  removed?: boolean;
}

/** Rows `at`…`at+count-1` were inserted: rectangles below move down, ones spanning grow. */
export function shiftForInsert(rect: TrackedRect, at: number, count: number): void {
  if (at <= rect.row) rect.row += count;
  else if (at <= rect.row + rect.numRows - 1) rect.numRows += count;
}

/** Rows `at`…`at+count-1` were deleted: rectangles shrink, move up, or are removed. */
export function shiftForDelete(rect: TrackedRect, at: number, count: number): void {
  const end = at + count - 1;
  const bottom = rect.row + rect.numRows - 1;
  if (end < rect.row) {
    rect.row -= count;
    return;
  }
  if (at > bottom) return;
  const overlap = Math.min(end, bottom) - Math.max(at, rect.row) + 1;
  rect.numRows -= overlap;
  if (at < rect.row) rect.row = at;
  if (rect.numRows <= 0) rect.removed = true;
}

/** Columns `at`…`at+count-1` were inserted: rectangles right of them move, ones spanning widen. */
export function shiftColumnsForInsert(rect: TrackedRect, at: number, count: number): void {
  if (at <= rect.column) rect.column += count;
  else if (at <= rect.column + rect.numColumns - 1) rect.numColumns += count;
}

/** Columns `at`…`at+count-1` were deleted: rectangles narrow, move left, or are removed. */
export function shiftColumnsForDelete(rect: TrackedRect, at: number, count: number): void {
  const end = at + count - 1;
  const right = rect.column + rect.numColumns - 1;
  if (end < rect.column) {
    rect.column -= count;
    return;
  }
  if (at > right) return;
  const overlap = Math.min(end, right) - Math.max(at, rect.column) + 1;
  rect.numColumns -= overlap;
  if (at < rect.column) rect.column = at;
  if (rect.numColumns <= 0) rect.removed = true;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row <= b.row + b.numRows - 1 &&
    b.row <= a.row + a.numRows - 1 &&
    a.column <= b.column + b.numColumns - 1 &&
    b.column <= a.column + a.numColumns - 1
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

export function copyRect(rect: Rect): TrackedRect {
  return { row: rect.row, column: rect.column, numRows: rect.numRows, numColumns: rect.numColumns };
}
