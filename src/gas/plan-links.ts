/**
 * The Dashboard's links to plan tabs (=HYPERLINK("#gid=…", name) in its Plan column) and the
 * tabs they point to, for plans whose tab the metadata search did not find: the tab may still
 * be there without its hidden plan id (removed by another script, or a copy made outside
 * Sheets' Duplicate). Read only in that case: one getFormulas for the rows, one getSheetById
 * per plan (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheetById(Integer)).
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const GID = /#gid=(\d+)/;

/** The tab each listed row links to, when it still exists: row → sheet. */
export function linkedTabs(
  spreadsheet: Spreadsheet,
  dashboard: Sheet,
  planColumn: number,
  rows: readonly number[],
): Map<number, Sheet> {
  const found = new Map<number, Sheet>();
  if (rows.length === 0) return found;
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const formulas = dashboard.getRange(first, planColumn, last - first + 1, 1).getFormulas();
  for (const row of rows) {
    const gid = GID.exec(formulas[row - first]?.[0] ?? "")?.[1];
    if (gid === undefined) continue;
    const sheet = spreadsheet.getSheetById(Number(gid));
    if (sheet) found.set(row, sheet);
  }
  return found;
}
