/**
 * Reads back the plans a Dashboard listed, so that a refresh can keep a row for a plan whose
 * tab has since been deleted ("tab was deleted") instead of letting it vanish silently. The
 * table is found by its header text, not a fixed row, and nothing here throws.
 */

import { LIFECYCLE_STATUSES, type LifecycleStatus } from "../outcomes/lifecycle";
import { healthWithReason } from "../plan/health-reason";
import type { PlanSummary } from "../plan/plan-summary";
import { cellText, isBlankCell, readWord } from "../sheet/cell-reading";
import { isDate } from "../sheet/cell-value";
import { labelMatches } from "../sheet/label-match";
import { DASHBOARD_COLUMNS, type DashboardColumn } from "./row";

export interface DashboardListing {
  planId: string;
  /** The tab's name as the Dashboard last showed it. */
  sheetName: string;
  /** 1-based row on the Dashboard. */
  row: number;
  /** What the row said about the pair (names, reviewer, focus, dates). */
  lastKnown: Partial<PlanSummary>;
  /** The row's Problems text, as written. */
  problems: string;
  /** The row's health with its reason ("Stalled — no check-in for 45 days …"), or "". */
  health: string;
  /** The plan's lifecycle status as the row showed it, or "" (blank or not a status). */
  status: LifecycleStatus | "";
  /** "Mid-point · due 2026-04-06 (overdue)", or "". */
  nextCheckpoint: string;
}

const HYPERLINK = /^=\s*HYPERLINK\(\s*"(?:[^"]|"")*"\s*[,;]\s*"((?:[^"]|"")*)"\s*\)\s*$/i;

/** The label of a =HYPERLINK("…","label") formula, or undefined. */
export function hyperlinkLabel(formula: string): string | undefined {
  const m = HYPERLINK.exec(formula.trim());
  return m ? (m[1] ?? "").replace(/""/g, '"') : undefined;
}

const textOf = cellText;

function statusOf(cell: unknown): LifecycleStatus | "" {
  const read = readWord(cell, LIFECYCLE_STATUSES);
  return read.kind === "value" ? read.value : "";
}

/**
 * @param values the Dashboard's getValues() grid (A1 onwards)
 * @param formulas its getFormulas() grid, if read: the Plan cell's link label is taken from it
 *   when the value is blank
 * Each plan id is listed once (its first row).
 */
export function readDashboardPlanIds(values: unknown, formulas?: unknown): DashboardListing[] {
  if (!Array.isArray(values)) return [];
  const cellAt = (grid: unknown, r: number, c: number): unknown => {
    if (!Array.isArray(grid)) return "";
    const row: unknown = grid[r];
    return Array.isArray(row) ? row[c] : "";
  };
  const headerRow = values.findIndex(
    (row) =>
      Array.isArray(row) &&
      row.some((v) => typeof v === "string" && labelMatches(v, "Plan id")) &&
      row.some((v) => typeof v === "string" && labelMatches(v, "Mentee")),
  );
  if (headerRow < 0) return [];
  const header = values[headerRow] as unknown[];
  const col = (name: DashboardColumn) =>
    header.findIndex((v) => typeof v === "string" && labelMatches(v, name));
  const c = Object.fromEntries(DASHBOARD_COLUMNS.map((n) => [n, col(n)])) as Record<
    DashboardColumn,
    number
  >;

  const seen = new Set<string>();
  const out: DashboardListing[] = [];
  for (let r = headerRow + 1; r < values.length; r++) {
    const get = (name: DashboardColumn) => (c[name] < 0 ? "" : cellAt(values, r, c[name]));
    const planId = textOf(get("Plan id"));
    if (planId === "" || seen.has(planId)) continue;
    seen.add(planId);
    let sheetName = textOf(get("Plan"));
    const formula = c.Plan < 0 ? "" : textOf(cellAt(formulas, r, c.Plan));
    // A value that is still the formula text (or a blank value) gives its label instead.
    sheetName =
      hyperlinkLabel(sheetName) ?? (sheetName === "" ? (hyperlinkLabel(formula) ?? "") : sheetName);
    const date = (name: DashboardColumn) => {
      const v = get(name);
      return isDate(v) ? new Date(v.getTime()) : null;
    };
    const lastKnown: Partial<PlanSummary> = { planId, sheetName };
    const texts = [
      ["menteeName", "Mentee"],
      ["mentorName", "Mentor"],
      ["reviewerEmail", "Reviewer"],
      ["focusArea", "Focus"],
    ] as const;
    for (const [key, name] of texts) {
      const v = get(name);
      if (!isBlankCell(v)) lastKnown[key] = textOf(v);
    }
    const start = date("Start");
    const end = date("Target end");
    if (start) lastKnown.startDate = start;
    if (end) lastKnown.targetEndDate = end;
    out.push({
      planId,
      sheetName,
      row: r + 1,
      lastKnown,
      problems: textOf(get("Problems")),
      health: healthWithReason(textOf(get("Health")), textOf(get("Why"))),
      status: statusOf(get("Status")),
      nextCheckpoint: textOf(get("Next checkpoint")),
    });
  }
  return out;
}

/**
 * Plan id → its reviewer as the Dashboard lists them, from the Plan id and Reviewer columns read
 * alone, each from its header cell down (what a preview needs of the table's 22 columns). Null
 * when a header is not the one the layout puts there (a Dashboard changed by hand: read it
 * whole with readDashboardPlanIds). Each plan id counts once (its first row).
 */
export function listedReviewers(
  planIdColumn: readonly unknown[][],
  reviewerColumn: readonly unknown[][],
): Map<string, string> | null {
  const header = (column: readonly unknown[][]) => textOf(column[0]?.[0]);
  if (!labelMatches(header(planIdColumn), "Plan id")) return null;
  if (!labelMatches(header(reviewerColumn), "Reviewer")) return null;
  const out = new Map<string, string>();
  for (let r = 1; r < planIdColumn.length; r++) {
    const planId = textOf(planIdColumn[r]?.[0]);
    if (planId === "" || out.has(planId)) continue;
    out.set(planId, textOf(reviewerColumn[r]?.[0]));
  }
  return out;
}
