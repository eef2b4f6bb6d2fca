import { copyValue, type StoredValue } from "./cell-value";
import { feedTextReference, feedTextValue, type OwnCell } from "./feed-text-formula";
import type { SheetModel } from "./sheet-model";

/**
 * The one cross-sheet formula the emulator evaluates, at read time: `=TOROW('<name>'!A1:H)` (or
 * an unquoted name). TOROW "transforms an array or range of cells into a single row", row by row
 * (https://support.google.com/docs/answer/13188200); an open-ended A1:H reads to the sheet's
 * last row. Its result spills to the right of the formula's cell. As in Sheets:
 * - a spill that would overwrite a non-empty cell, or run past the sheet's last column, is not
 *   expanded: the formula's cell reads "#REF!" ("Array result was not expanded because it would
 *   overwrite data" / "…please insert more columns") and nothing spills;
 * - a name that is no sheet reads "#REF!";
 * - renaming a sheet rewrites the formulas that name it; deleting it turns them into
 *   `=TOROW(#REF!)`, which reads "#REF!" (renameTorowReferences, breakTorowReferences).
 * The sheet read is taken as stored: TOROW results in it are not evaluated again.
 */
const TOROW = /^=\s*TOROW\(\s*(?:'((?:[^']|'')+)'|([A-Za-z0-9_]+))!A1:H\s*\)\s*$/i;
const BROKEN = /^=\s*TOROW\(\s*#REF!\s*\)\s*$/i;
/** Columns A:H. */
const WIDTH = 8;
export const REF_ERROR = "#REF!";

export type SheetLookup = (name: string) => SheetModel | undefined;

/** The sheet name a TOROW formula reads, null for a broken one, undefined for other formulas. */
export function torowSheetName(formula: string): string | null | undefined {
  if (BROKEN.test(formula)) return null;
  const m = TOROW.exec(formula);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "");
}

/** A sheet name as a formula writes it: quoted, with apostrophes doubled. */
function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The values cross-sheet formulas in one row put on top of the stored ones: 1-based column →
 * value (TOROW spills; feed-text formulas, feed-text-formula.ts, fill their own cell).
 * Undefined when the row holds no such formula (the common case, kept cheap).
 */
export function rowSpill(
  formulas: readonly (string | undefined)[],
  stored: readonly (StoredValue | undefined)[],
  maxColumns: number,
  lookup: SheetLookup,
  timeZone = "UTC",
  /** A cell of this sheet (what a feed-text formula's EXACT reads). */
  own?: OwnCell,
): Map<number, StoredValue> | undefined {
  let out: Map<number, StoredValue> | undefined;
  formulas.forEach((formula, j) => {
    if (!formula) return;
    const name = torowSheetName(formula);
    if (name === undefined) {
      const ref = feedTextReference(formula);
      if (ref === undefined) return;
      out ??= new Map();
      out.set(j + 1, feedTextValue(ref, ref ? lookup(ref.name) : undefined, timeZone, own));
      return;
    }
    out ??= new Map();
    const source = name === null ? undefined : lookup(name);
    if (!source) {
      out.set(j + 1, REF_ERROR);
      return;
    }
    const values = source.grid.rawValues(1, 1, source.maxRows, WIDTH).flat();
    const last = j + values.length; // 1-based column of the last spilled cell
    let blocked = last > maxColumns;
    for (let k = j + 1; !blocked && k < last; k++) {
      if (stored[k] !== undefined || formulas[k]) blocked = true;
    }
    if (blocked) {
      out.set(j + 1, REF_ERROR);
      return;
    }
    values.forEach((v, i) => {
      out?.set(j + 1 + i, copyValue(v));
    });
  });
  return out;
}

/** A TOROW formula after its sheet was renamed from `from` to `to` (others unchanged). */
export function renameTorowReference(formula: string, from: string, to: string): string {
  const name = torowSheetName(formula);
  if (!name || name.toLowerCase() !== from.toLowerCase()) return formula;
  return `=TOROW(${quoted(to)}!A1:H)`;
}

/** A TOROW formula after the sheet `name` was deleted: `=TOROW(#REF!)` if it read that sheet. */
export function breakTorowReference(formula: string, name: string): string {
  const read = torowSheetName(formula);
  if (!read || read.toLowerCase() !== name.toLowerCase()) return formula;
  return `=TOROW(${REF_ERROR})`;
}
