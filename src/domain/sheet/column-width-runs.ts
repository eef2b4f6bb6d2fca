/**
 * Column widths as runs of equal widths, so a tab's widths cost one
 * Sheet.setColumnWidths(startColumn, numColumns, width) call per run instead of one
 * setColumnWidth per column
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setColumnWidths(Integer,Integer,Integer)).
 */

export interface ColumnWidthRun {
  /** 1-based first column of the run. */
  startColumn: number;
  numColumns: number;
  width: number;
}

/** Widths from column A, grouped into runs of neighbouring columns that share a width. */
export function columnWidthRuns(widths: readonly number[]): ColumnWidthRun[] {
  const runs: ColumnWidthRun[] = [];
  widths.forEach((width, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width) last.numColumns += 1;
    else runs.push({ startColumn: i + 1, numColumns: 1, width });
  });
  return runs;
}
