/**
 * Finding a table's columns by their headers, the way a coordinator's pasted sheet comes: in any
 * order, with odd capitalisation, spacing or punctuation ("E-mail", "Manager's email"), beside
 * columns the add-on does not know. The roster and the Matches tab are both read this way, so
 * sorting, reordering or inserting columns never shifts what a value means.
 */
import { labelKey } from "../sheet/label-match";

/** One column the add-on knows: the header it writes and other headers people use for it. */
export interface TableColumn<K extends string> {
  key: K;
  header: string;
  aliases?: readonly string[];
}

/** Where a table's header is and which 0-based column holds each known key. */
export interface TableHeader<K extends string> {
  /** 0-based index of the header row in the values read. */
  headerRow: number;
  index: Partial<Record<K, number>>;
  /** Width of the header row (known columns and others). */
  width: number;
}

/** The comparable form of a header: "Manager's E-mail:" → "managersemail". */
export function headerKey(text: string): string {
  return labelKey(text).replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Rows searched for the header: a title or a note may sit above a pasted table. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * The first row (of the first HEADER_SEARCH_ROWS) that names the `required` column and at least
 * `minKnown` known columns; null when there is none. The first of two columns with the same
 * meaning wins; the other is treated as an unknown column.
 */
export function findTableHeader<K extends string>(
  values: readonly (readonly unknown[])[],
  columns: readonly TableColumn<K>[],
  required: K,
  minKnown = 2,
): TableHeader<K> | null {
  const lookup = new Map<string, K>();
  for (const c of columns) {
    for (const name of [c.header, ...(c.aliases ?? [])]) {
      const k = headerKey(name);
      if (!lookup.has(k)) lookup.set(k, c.key);
    }
  }
  const rows = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = values[r] ?? [];
    const index: Partial<Record<K, number>> = {};
    let known = 0;
    row.forEach((cell, c) => {
      const key = lookup.get(headerKey(String(cell ?? "")));
      if (key !== undefined && index[key] === undefined) {
        index[key] = c;
        known++;
      }
    });
    if (index[required] !== undefined && known >= minKnown) {
      return { headerRow: r, index, width: row.length };
    }
  }
  return null;
}

/** A cell as text, trimmed ('' for empty, numbers and booleans as typed, dates as YYYY-MM-DD). */
export function cellString(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Object.prototype.toString.call(value) === "[object Date]") {
    const d = value as Date;
    return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10);
  }
  return String(value).replace(/\s+/g, " ").trim();
}

/** The text of a known column in a row ('' when the column is absent or the cell empty). */
export function columnText<K extends string>(
  row: readonly unknown[],
  header: TableHeader<K>,
  key: K,
): string {
  const c = header.index[key];
  return c === undefined ? "" : cellString(row[c]);
}
