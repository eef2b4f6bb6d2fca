/**
 * Finds each section of a plan tab by its title label, wherever pairs have moved it, and the
 * columns of its table by their header text, so inserted rows, blank rows and extra or
 * reordered columns change nothing. When a title was renamed or deleted but the table's header
 * row is still there, the section is found by that row instead (and the missing title is still
 * reported). When the header row is gone, the template's column order is assumed.
 */
import { labelMatches } from "./label-match";
import type { Problem } from "./plan";
import { SECTION_COLUMNS, SECTION_TITLES, type SectionKey } from "./plan-sections";
import type { PlanGrid } from "./plan-tab-grid";

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

/** Which sections' titles a row carries: its first text cell must be the title. */
function titleOf(grid: PlanGrid, row: number): SectionKey | undefined {
  const first = grid.textCells(row)[0];
  if (!first) return undefined;
  return KEYS.find((k) => labelMatches(first.text, SECTION_TITLES[k]));
}

/** The columns of `key`'s table that a row names, by header text (first match wins). */
function headerColumns(grid: PlanGrid, row: number, key: SectionKey): Map<string, number> {
  const found = new Map<string, number>();
  const cells = grid.textCells(row);
  for (const header of SECTION_COLUMNS[key]) {
    const cell = cells.find((c) => labelMatches(c.text, header));
    if (cell) found.set(header, cell.column);
  }
  return found;
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
  const titleRows = new Map<SectionKey, number[]>();
  for (let r = 0; r < grid.rowCount; r++) {
    const key = titleOf(grid, r);
    if (key) titleRows.set(key, [...(titleRows.get(key) ?? []), r]);
  }

  const starts: Start[] = [];
  const usedRows = new Set<number>();
  // A title followed by its header row beats a stray cell that happens to say "Goals".
  for (const key of KEYS) {
    const candidates = (titleRows.get(key) ?? []).map((title) => {
      const next = nextNonBlankRow(grid, title);
      const isHeader = next !== undefined && headerColumns(grid, next, key).size > 0;
      return { key, marker: title, headerRow: isHeader ? next : undefined };
    });
    const chosen = candidates.find((c) => c.headerRow !== undefined) ?? candidates[0];
    if (chosen) {
      starts.push(chosen);
      usedRows.add(chosen.marker);
      if (chosen.headerRow !== undefined) usedRows.add(chosen.headerRow);
    }
  }
  // Untitled sections: look for a row naming at least half of the table's headers.
  for (const key of KEYS) {
    if (starts.some((s) => s.key === key)) continue;
    const threshold = Math.ceil(SECTION_COLUMNS[key].length / 2);
    for (let r = 0; r < grid.rowCount; r++) {
      if (usedRows.has(r) || headerColumns(grid, r, key).size < threshold) continue;
      starts.push({ key, marker: r, headerRow: r });
      usedRows.add(r);
      break;
    }
    // The starting point is not read, so its absence costs nothing worth reporting.
    if (key !== "startingPoint")
      problems.push({ message: `${SECTION_TITLES[key]} header missing` });
  }

  starts.sort((a, b) => a.marker - b.marker);
  const sections: Partial<Record<SectionKey, FoundSection>> = {};
  starts.forEach((start, i) => {
    const endRow = starts[i + 1]?.marker ?? grid.rowCount;
    const title = SECTION_TITLES[start.key];
    let columns: Map<string, number>;
    if (start.headerRow !== undefined) {
      columns = headerColumns(grid, start.headerRow, start.key);
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
