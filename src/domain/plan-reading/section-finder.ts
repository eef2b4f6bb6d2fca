/**
 * Finds each section of a plan tab by its title label, wherever pairs have moved it, and the
 * columns of its table by their header text, so inserted rows, blank rows and extra or
 * reordered columns change nothing. When a title was renamed or deleted but the table's header
 * row is still there, the section is found by that row instead (and the missing title is still
 * reported). When the header row is gone, the template's column order is assumed.
 */

import type { Problem } from "../plan/plan";
import {
  isOptionalSection,
  SECTION_COLUMNS,
  SECTION_TITLES,
  type SectionKey,
} from "../plan-tab/sections";
import { labelKey } from "../sheet/label-match";
import type { PlanGrid } from "./grid-reader";

export interface FoundSection {
  key: SectionKey;
  /** 0-based grid row of the first data row. */
  firstRow: number;
  /** 0-based grid row after the last data row. */
  endRow: number;
  /** 0-based column of each header it found (or assumed, when the header row is missing). */
  columns: Map<string, number>;
}

export interface SectionLayout {
  sections: Partial<Record<SectionKey, FoundSection>>;
  /** 0-based row where the first section starts: the plan header block lies above it. */
  headerBlockEnd: number;
  problems: Problem[];
}

const KEYS = Object.keys(SECTION_TITLES) as SectionKey[];

const TITLE_BY_KEY = new Map(KEYS.map((k) => [labelKey(SECTION_TITLES[k]), k] as const));
const HEADERS_BY_KEY = Object.fromEntries(
  KEYS.map((k) => [k, new Map(SECTION_COLUMNS[k].map((h) => [labelKey(h), h] as const))]),
) as Record<SectionKey, Map<string, string>>;

/**
 * What each row says, worked out once per row: the section whose title it carries (its first
 * text cell must be the title), and the columns of each table its cells name (first match wins).
 */
class RowLabels {
  private readonly cache: (
    | { title?: SectionKey; headers: Record<SectionKey, Map<string, number>> }
    | undefined
  )[] = [];

  constructor(private readonly grid: PlanGrid) {}

  private of(row: number) {
    let entry = this.cache[row];
    if (!entry) {
      const cells = this.grid
        .textCells(row)
        .map((c) => ({ column: c.column, key: labelKey(c.text) }));
      const headers = {} as Record<SectionKey, Map<string, number>>;
      for (const k of KEYS) {
        const found = new Map<string, number>();
        for (const cell of cells) {
          const header = HEADERS_BY_KEY[k].get(cell.key);
          if (header !== undefined && !found.has(header)) found.set(header, cell.column);
        }
        headers[k] = found;
      }
      const first = cells[0];
      entry = { title: first ? TITLE_BY_KEY.get(first.key) : undefined, headers };
      this.cache[row] = entry;
    }
    return entry;
  }

  title(row: number): SectionKey | undefined {
    return this.of(row).title;
  }

  headers(row: number, key: SectionKey): Map<string, number> {
    return this.of(row).headers[key];
  }
}

/**
 * True when a row is `key`'s header row: it names some of its columns, and no more of another
 * table's (the ACTIONS header names GOALS' "#" and "Status" too, but far more of its own).
 */
function isHeaderRowOf(labels: RowLabels, row: number, key: SectionKey): boolean {
  const own = labels.headers(row, key).size;
  return own > 0 && KEYS.every((k) => k === key || labels.headers(row, k).size <= own);
}

function nextNonBlankRow(grid: PlanGrid, after: number): number | undefined {
  for (let r = after + 1; r < grid.rowCount; r++) if (!grid.isBlankRow(r)) return r;
  return undefined;
}

interface Start {
  key: SectionKey;
  /** The row that marks the section's start (its title, or its header row when untitled). */
  marker: number;
  headerRow: number | undefined;
}

export function findSections(
  grid: PlanGrid,
  /** Columns the reader needs, per section: only those are reported when missing. */
  needed: Partial<Record<SectionKey, readonly string[]>>,
): SectionLayout {
  const problems: Problem[] = [];
  const labels = new RowLabels(grid);
  const titleRows = new Map<SectionKey, number[]>();
  for (let r = 0; r < grid.rowCount; r++) {
    const key = labels.title(r);
    if (key) titleRows.set(key, [...(titleRows.get(key) ?? []), r]);
  }

  const candidates: Start[] = KEYS.flatMap((key) =>
    (titleRows.get(key) ?? []).map((title) => {
      const next = nextNonBlankRow(grid, title);
      const isHeader = next !== undefined && isHeaderRowOf(labels, next, key);
      return { key, marker: title, headerRow: isHeader ? next : undefined };
    }),
  );
  const starts: Start[] = [];
  const usedRows = new Set<number>();
  const choose = (start: Start) => {
    starts.push(start);
    usedRows.add(start.marker);
    if (start.headerRow !== undefined) usedRows.add(start.headerRow);
  };
  const found = (key: SectionKey) => starts.some((s) => s.key === key);
  // First, titles followed by their header row: they beat a stray cell that happens to say
  // "Goals", and a header row ("Progress" moved to column A) is never taken for a title.
  for (const key of KEYS) {
    const c = candidates.find(
      (c) =>
        c.key === key &&
        c.headerRow !== undefined &&
        !usedRows.has(c.marker) &&
        !usedRows.has(c.headerRow),
    );
    if (c) choose(c);
  }
  // Then titles whose header row is gone.
  for (const key of KEYS) {
    if (found(key)) continue;
    const c = candidates.find((c) => c.key === key && !usedRows.has(c.marker));
    if (c) choose({ ...c, headerRow: undefined });
  }
  // Untitled sections: look for a row naming at least half of the table's headers.
  for (const key of KEYS) {
    if (found(key)) continue;
    const threshold = Math.ceil(SECTION_COLUMNS[key].length / 2);
    for (let r = 0; r < grid.rowCount; r++) {
      if (usedRows.has(r) || labels.headers(r, key).size < threshold) continue;
      if (!isHeaderRowOf(labels, r, key)) continue;
      starts.push({ key, marker: r, headerRow: r });
      usedRows.add(r);
      break;
    }
    if (!isOptionalSection(key))
      problems.push({ message: `${SECTION_TITLES[key]} header missing` });
  }

  starts.sort((a, b) => a.marker - b.marker);
  const sections: Partial<Record<SectionKey, FoundSection>> = {};
  starts.forEach((start, i) => {
    const endRow = starts[i + 1]?.marker ?? grid.rowCount;
    const title = SECTION_TITLES[start.key];
    let columns: Map<string, number>;
    if (start.headerRow !== undefined) {
      columns = labels.headers(start.headerRow, start.key);
      for (const header of needed[start.key] ?? []) {
        if (!columns.has(header)) {
          problems.push({
            message: `${title} column "${header}" missing`,
            row: start.headerRow + 1,
          });
        }
      }
    } else {
      columns = new Map(SECTION_COLUMNS[start.key].map((h, c) => [h, c] as [string, number]));
      if (needed[start.key]) {
        problems.push({
          message: `${title} column headers missing (read in the template's column order)`,
          row: start.marker + 1,
        });
      }
    }
    const firstRow = (start.headerRow ?? start.marker) + 1;
    sections[start.key] = { key: start.key, firstRow, endRow, columns };
  });

  return { sections, headerBlockEnd: starts[0]?.marker ?? grid.rowCount, problems };
}
