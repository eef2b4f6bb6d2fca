/**
 * The Dashboard tab as data: program totals at the top, then one row per plan (dashboard/row.ts)
 * with the pairs needing attention first, health colours, and a chart of completion per plan.
 * The app layer writes it in a few batched calls (values, formats, weights, backgrounds, chart).
 */

import type { PlanSummary } from "../plan/plan-summary";
import { HEALTHS, type Health } from "../plan/vocabulary";
import { rangeA1 } from "../sheet/a1-notation";
import type { CellValue } from "../sheet/cell-value";
import { asLiteralText } from "../sheet/literal-text";
import {
  DATE_TIME_FORMAT,
  GENERAL_FORMAT,
  INTEGER_FORMAT,
  PERCENT_FORMAT,
  RATING_FORMAT,
} from "../sheet/number-formats";
import { singleLine } from "../sheet/single-line";
import {
  DASHBOARD_COLUMNS,
  type DashboardRow,
  dashboardColumn,
  dashboardRow,
  deletedTabRow,
  HEALTH_COLOURS,
} from "./row";

export const DASHBOARD_SHEET_NAME = "Dashboard";

/** "Checked in recently" means at most this many days ago. */
const RECENT_CHECK_IN_DAYS = 14;

export const TOTAL_LABELS = {
  pairs: "Pairs",
  meanCompletion: "Mean completion",
  onTrack: "On track",
  atRisk: "At risk",
  stalled: "Stalled",
  complete: "Complete",
  openActions: "Open actions",
  overdueActions: "Overdue actions",
  recentCheckIns: `Pairs with a check-in in the last ${RECENT_CHECK_IN_DAYS} days`,
  meanRating: "Mean mentee rating (last check-ins)",
  withProblems: "Plans with problems",
  refreshedAt: "Last refreshed",
} as const;

/** Row 1 is the title; the totals follow, one per row, label in A and figure in B. */
const TOTAL_ORDER = [
  "refreshedAt",
  "pairs",
  "meanCompletion",
  "onTrack",
  "atRisk",
  "stalled",
  "complete",
  "openActions",
  "overdueActions",
  "recentCheckIns",
  "meanRating",
  "withProblems",
] as const satisfies readonly (keyof typeof TOTAL_LABELS)[];

/** 1-based row of the plan table's header; plan rows start on the next row. */
export const DASHBOARD_HEADER_ROW = TOTAL_ORDER.length + 3;
export const DASHBOARD_FIRST_PLAN_ROW = DASHBOARD_HEADER_ROW + 1;

export interface MissingPlan {
  planId: string;
  sheetName: string;
  lastKnown?: Partial<PlanSummary>;
  /** Why the row has no figures; "tab was deleted" unless said otherwise. */
  problem?: string;
}

interface DashboardInput {
  programName: string;
  summaries: readonly PlanSummary[];
  /** Plans listed on the Dashboard before whose tab is gone (see readDashboardPlanIds). */
  missing: readonly MissingPlan[];
  refreshedAt: Date;
  timeZone: string;
}

interface DashboardChart {
  title: string;
  /** Mentee names of the plan rows (the categories). */
  a1Labels: string;
  /** Completion of the plan rows (0–100 %). */
  a1Values: string;
  /** Where to anchor it: right of the totals, clear of the table. */
  position: { row: number; column: number; width: number; height: number };
}

export interface DashboardModel {
  sheetName: string;
  /** Size of the written block (A1 to rows × columns): clear anything below or right of it. */
  rows: number;
  columns: number;
  values: CellValue[][];
  /** 1-based cells holding formulas (the plan links). They are in `values` too: Range.setValues
   * stores a string starting with "=" as a formula; setFormulas with these gives the same. */
  formulas: { row: number; column: number; formula: string }[];
  numberFormats: string[][];
  fontWeights: ("bold" | "normal")[][];
  backgrounds: (string | null)[][];
  headerRow: number;
  firstPlanRow: number;
  planRows: number;
  /** Health colours as conditional-format rules on the Health column (text is exactly…), for
   * callers that prefer rules that follow the cells when a user sorts the table. */
  healthRules: { a1: string; text: Health; background: string }[];
  /** Null when there are no plan rows to chart. */
  chart: DashboardChart | null;
  /** Totals as numbers, for messages and tests. */
  totals: DashboardTotals;
}

interface DashboardTotals {
  pairs: number;
  /** null with no pairs (shown blank). */
  meanCompletion: number | null;
  byHealth: Record<Health, number>;
  openActions: number;
  overdueActions: number;
  /** Share of pairs whose last check-in is at most RECENT_CHECK_IN_DAYS days ago; null with no pairs. */
  recentCheckInShare: number | null;
  /** Mean of the pairs' last mentee ratings; null when none is rated. */
  meanRating: number | null;
  withProblems: number;
}

const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

function dashboardTotals(
  summaries: readonly PlanSummary[],
  missing: readonly MissingPlan[] = [],
): DashboardTotals {
  const byHealth = Object.fromEntries(HEALTHS.map((h) => [h, 0])) as Record<Health, number>;
  for (const s of summaries) byHealth[s.health] += 1;
  const pairs = summaries.length;
  const recent = summaries.filter(
    (s) => s.daysSinceCheckIn !== null && s.daysSinceCheckIn <= RECENT_CHECK_IN_DAYS,
  ).length;
  return {
    pairs,
    meanCompletion: mean(summaries.map((s) => s.completion)),
    byHealth,
    openActions: summaries.reduce((n, s) => n + (s.actionsActive - s.actionsDone), 0),
    overdueActions: summaries.reduce((n, s) => n + s.overdueActions.length, 0),
    recentCheckInShare: pairs === 0 ? null : recent / pairs,
    meanRating: mean(summaries.flatMap((s) => (s.lastRating === null ? [] : [s.lastRating]))),
    withProblems: summaries.filter((s) => s.problems.length > 0).length + missing.length,
  };
}

/** Attention order: deleted tabs, Stalled, At risk, On track, Complete. */
const RANK: Record<Health, number> = {
  Stalled: 1,
  "At risk": 2,
  "On track": 3,
  Complete: 4,
  Paused: 5,
  Closed: 6,
};

/** Pairs needing attention first; then lower completion; then mentee name; then plan id. */
function compareDashboardRows(a: DashboardRow, b: DashboardRow): number {
  const rank = (r: DashboardRow) => (r.health === null ? 0 : RANK[r.health]);
  const name = (r: DashboardRow) => r.menteeName.trim().toLowerCase();
  return (
    rank(a) - rank(b) ||
    (a.completion ?? 0) - (b.completion ?? 0) ||
    (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0) ||
    (a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : 0)
  );
}

const TITLE_SUFFIX = " · Dashboard";

/** The Dashboard's title cell (A1), as written. */
export function dashboardTitle(programName: string): string {
  return asLiteralText(`${singleLine(programName)}${TITLE_SUFFIX}`);
}

/** The program name a Dashboard's title shows, or null when the title is not ours. */
export function programNameOfTitle(title: unknown): string | null {
  if (typeof title !== "string" || !title.endsWith(TITLE_SUFFIX)) return null;
  return title.slice(0, -TITLE_SUFFIX.length);
}

/**
 * What is wrong with a Dashboard's shape, from its values, or null: its plan table's header
 * must be on DASHBOARD_HEADER_ROW with DASHBOARD_COLUMNS in order (rows or columns deleted,
 * inserted or moved by hand would make a refresh write over the wrong cells).
 */
export function dashboardShapeProblem(values: readonly unknown[][]): string | null {
  const header = values[DASHBOARD_HEADER_ROW - 1] ?? [];
  const moved = DASHBOARD_COLUMNS.findIndex((name, i) => header[i] !== name);
  if (moved < 0) return null;
  return values.length < DASHBOARD_HEADER_ROW
    ? "rows above its plan table were deleted"
    : `its plan table's column "${DASHBOARD_COLUMNS[moved]}" is missing or moved`;
}

export function layoutDashboard(input: DashboardInput): DashboardModel {
  const width = DASHBOARD_COLUMNS.length;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const fontWeights: ("bold" | "normal")[][] = [];
  const backgrounds: (string | null)[][] = [];
  const push = (
    cells: CellValue[],
    formats: string[] = [],
    bold: boolean[] = [],
    colours: (string | null)[] = [],
  ) => {
    values.push(Array.from({ length: width }, (_, c) => cells[c] ?? ""));
    numberFormats.push(Array.from({ length: width }, (_, c) => formats[c] ?? GENERAL_FORMAT));
    fontWeights.push(Array.from({ length: width }, (_, c) => (bold[c] ? "bold" : "normal")));
    backgrounds.push(Array.from({ length: width }, (_, c) => colours[c] ?? null));
  };

  const totals = dashboardTotals(input.summaries, input.missing);
  const blankIfNull = (n: number | null): CellValue => n ?? "";
  const totalCells: Record<(typeof TOTAL_ORDER)[number], [CellValue, string, string | null]> = {
    refreshedAt: [input.refreshedAt, DATE_TIME_FORMAT, null],
    pairs: [totals.pairs, INTEGER_FORMAT, null],
    meanCompletion: [blankIfNull(totals.meanCompletion), PERCENT_FORMAT, null],
    onTrack: [totals.byHealth["On track"], INTEGER_FORMAT, HEALTH_COLOURS["On track"]],
    atRisk: [totals.byHealth["At risk"], INTEGER_FORMAT, HEALTH_COLOURS["At risk"]],
    stalled: [totals.byHealth.Stalled, INTEGER_FORMAT, HEALTH_COLOURS.Stalled],
    complete: [totals.byHealth.Complete, INTEGER_FORMAT, HEALTH_COLOURS.Complete],
    openActions: [totals.openActions, INTEGER_FORMAT, null],
    overdueActions: [totals.overdueActions, INTEGER_FORMAT, null],
    recentCheckIns: [blankIfNull(totals.recentCheckInShare), PERCENT_FORMAT, null],
    meanRating: [blankIfNull(totals.meanRating), RATING_FORMAT, null],
    withProblems: [totals.withProblems, INTEGER_FORMAT, null],
  };

  push([dashboardTitle(input.programName)], [], [true]);
  for (const key of TOTAL_ORDER) {
    const [figure, format, colour] = totalCells[key];
    const label =
      key === "refreshedAt" ? `${TOTAL_LABELS.refreshedAt} (${input.timeZone})` : TOTAL_LABELS[key];
    push([label, figure], [GENERAL_FORMAT, format], [true, false], [colour, null]);
  }
  push([]);
  push(
    [...DASHBOARD_COLUMNS],
    [],
    DASHBOARD_COLUMNS.map(() => true),
  );

  const rows = [
    ...input.summaries.map((s) => dashboardRow(s, input.timeZone)),
    ...input.missing.map((m) => deletedTabRow(m, input.timeZone)),
  ].sort(compareDashboardRows);
  const formulas: DashboardModel["formulas"] = [];
  for (const row of rows) {
    push(row.values, row.numberFormats, [], row.backgrounds);
    if (row.linkFormula) {
      formulas.push({
        row: values.length,
        column: dashboardColumn("Plan"),
        formula: row.linkFormula,
      });
    }
  }

  const first = DASHBOARD_FIRST_PLAN_ROW;
  const last = first + rows.length - 1;
  const healthColumn = dashboardColumn("Health");
  const column = (name: Parameters<typeof dashboardColumn>[0]) =>
    rangeA1(first, dashboardColumn(name), last, dashboardColumn(name));
  return {
    sheetName: DASHBOARD_SHEET_NAME,
    rows: values.length,
    columns: width,
    values,
    formulas,
    numberFormats,
    fontWeights,
    backgrounds,
    headerRow: DASHBOARD_HEADER_ROW,
    firstPlanRow: first,
    planRows: rows.length,
    healthRules:
      rows.length === 0
        ? []
        : (Object.keys(HEALTH_COLOURS) as Health[]).map((text) => ({
            a1: rangeA1(first, healthColumn, last, healthColumn),
            text,
            background: HEALTH_COLOURS[text],
          })),
    chart:
      rows.length === 0
        ? null
        : {
            title: "Completion per plan",
            a1Labels: column("Mentee"),
            a1Values: column("Completion"),
            position: { row: 2, column: 4, width: 640, height: 240 },
          },
    totals,
  };
}
