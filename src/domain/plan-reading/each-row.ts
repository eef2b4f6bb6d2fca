/** Walks the non-blank rows of a found section with a row reader, collecting its problems. */
import type { Problem } from "../plan/plan";
import type { CellReading } from "../sheet/cell-reading";
import type { PlanGrid } from "./grid-reader";
import { PlanRowReader } from "./plan-row-reader";
import type { FoundSection } from "./section-finder";

export function eachRow(
  grid: PlanGrid,
  section: FoundSection | undefined,
  reading: CellReading,
  problems: Problem[],
  read: (row: PlanRowReader) => void,
): void {
  if (!section) return;
  for (let r = section.firstRow; r < section.endRow; r++) {
    if (grid.isBlankRow(r)) continue;
    const row = new PlanRowReader((c) => grid.cell(r, c), section, r, reading);
    read(row);
    problems.push(...row.problems);
  }
}
