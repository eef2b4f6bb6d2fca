/**
 * One row of the Dashboard's plan table, built from a PlanSummary. Inserting a plan appends
 * exactly this row and a refresh writes one per plan, so the two always agree.
 */

import type { FitAnswer } from "../outcomes/feedback";
import type { PairOutcomes } from "../outcomes/pair-outcomes";
import type { PlanSummary } from "../plan/plan-summary";
import type { Health } from "../plan/vocabulary";
import { type DayKey, dateOfDay, dayKey } from "../sheet/calendar";
import type { CellValue } from "../sheet/cell-value";
import { asLiteralText } from "../sheet/literal-text";
import {
  DATE_FORMAT,
  GENERAL_FORMAT,
  INTEGER_FORMAT,
  PERCENT_FORMAT,
} from "../sheet/number-formats";

export const DASHBOARD_COLUMNS = [
  "Plan",
  "Mentee",
  "Mentor",
  "Reviewer",
  "Focus",
  "Start",
  "Target end",
  "Goals done",
  "Goals active",
  "Actions done",
  "Actions active",
  "Completion",
  "Overdue actions",
  "Last check-in",
  "Days since check-in",
  "Health",
  "Why",
  "Next checkpoint",
  "Satisfaction (mentee)",
  "Fit",
  "Problems",
  "Plan id",
] as const;
export type DashboardColumn = (typeof DASHBOARD_COLUMNS)[number];

/** Width of a Dashboard column in pixels unless DASHBOARD_COLUMN_WIDTHS says otherwise. */
export const DASHBOARD_COLUMN_WIDTH = 120;
/**
 * Wider columns: the first also holds the totals' labels above the table, which must show
 * whole; Why and Problems hold sentences.
 */
export const DASHBOARD_COLUMN_WIDTHS: Partial<Record<DashboardColumn, number>> = {
  Plan: 280,
  Why: 280,
  Problems: 320,
};
/** Plan, Mentee and Mentor stay in view while the table is scrolled right to Health and Problems. */
export const DASHBOARD_FROZEN_COLUMNS = 3;

/** 1-based column of a header in the plan table. */
export const dashboardColumn = (name: DashboardColumn): number =>
  DASHBOARD_COLUMNS.indexOf(name) + 1;

export const HEALTH_COLOURS: Record<Health, string> = {
  Stalled: "#f4cccc",
  "At risk": "#fce5cd",
  "On track": "#d9ead3",
  Complete: "#cfe2f3",
  Paused: "#eeeeee",
  Closed: "#eeeeee",
};
export const PROBLEM_COLOUR = "#fff2cc";

const DELETED_TAB_PROBLEM = "tab was deleted";

/** At most this many problems are spelled out in a row; the rest are counted. */
const PROBLEMS_SHOWN = 8;

const FORMATS: Record<DashboardColumn, string> = {
  Plan: GENERAL_FORMAT,
  Mentee: GENERAL_FORMAT,
  Mentor: GENERAL_FORMAT,
  Reviewer: GENERAL_FORMAT,
  Focus: GENERAL_FORMAT,
  Start: DATE_FORMAT,
  "Target end": DATE_FORMAT,
  "Goals done": INTEGER_FORMAT,
  "Goals active": INTEGER_FORMAT,
  "Actions done": INTEGER_FORMAT,
  "Actions active": INTEGER_FORMAT,
  Completion: PERCENT_FORMAT,
  "Overdue actions": INTEGER_FORMAT,
  "Last check-in": DATE_FORMAT,
  "Days since check-in": INTEGER_FORMAT,
  Health: GENERAL_FORMAT,
  Why: GENERAL_FORMAT,
  "Next checkpoint": GENERAL_FORMAT,
  "Satisfaction (mentee)": INTEGER_FORMAT,
  Fit: GENERAL_FORMAT,
  Problems: GENERAL_FORMAT,
  "Plan id": GENERAL_FORMAT,
};

/** The number formats of a plan row, column by column (also for rows not yet filled). */
export const PLAN_ROW_NUMBER_FORMATS: readonly string[] = DASHBOARD_COLUMNS.map((c) => FORMATS[c]);

export interface DashboardRow {
  /** One value per DASHBOARD_COLUMNS entry. The Plan cell holds the link formula, if any. */
  values: CellValue[];
  /** The =HYPERLINK formula of the Plan cell (also in values), or null for a deleted tab. */
  linkFormula: string | null;
  numberFormats: string[];
  backgrounds: (string | null)[];
  /** For sorting: the pair's health, or null when the tab is gone. */
  health: Health | null;
  completion: number | null;
  menteeName: string;
  planId: string;
}

/** A formula string literal: double quotes doubled, so a tab named `a"b` cannot break out. */
const formulaString = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * A link to a tab of this spreadsheet. Relative ("#gid=…") so that a copy of the spreadsheet
 * links to its own tabs, not the original's.
 */
export function planLinkFormula(sheetId: number, sheetName: string): string {
  return `=HYPERLINK(${formulaString(`#gid=${sheetId}`)},${formulaString(sheetName)})`;
}

/** A date cell shows a day: the midnight of the value's day in the spreadsheet's zone. */
function dayCell(date: Date | null | undefined, timeZone: string): CellValue {
  return date ? dateOfDay(dayKey(date, timeZone) as DayKey, timeZone) : "";
}

function problemsText(messages: readonly string[]): string {
  if (messages.length <= PROBLEMS_SHOWN) return messages.join("; ");
  const rest = messages.length - PROBLEMS_SHOWN;
  return `${messages.slice(0, PROBLEMS_SHOWN).join("; ")}; … and ${rest} more`;
}

function build(
  cells: Record<DashboardColumn, CellValue>,
  meta: Pick<DashboardRow, "linkFormula" | "health" | "completion" | "menteeName" | "planId">,
): DashboardRow {
  const values = DASHBOARD_COLUMNS.map((c) => cells[c]);
  const backgrounds = DASHBOARD_COLUMNS.map((c): string | null => {
    if (c === "Health" && meta.health) return HEALTH_COLOURS[meta.health];
    if (c === "Problems" && cells.Problems !== "") return PROBLEM_COLOUR;
    return null;
  });
  return {
    values,
    numberFormats: DASHBOARD_COLUMNS.map((c) => FORMATS[c]),
    backgrounds,
    ...meta,
  };
}

/** "Mid-point · due 2026-04-06 (overdue)": the next checkpoint of an active plan. */
export function nextCheckpointText(next: PairOutcomes["nextCheckpoint"]): string {
  if (!next) return "";
  const when = next.due ? ` · due ${next.due}` : "";
  const state = next.state === "Overdue" ? " (overdue)" : "";
  return `${next.name}${when}${state}`;
}

/** The least reassuring of the latest fit answers: No, then Not sure, then Yes. */
export function worstFit(latest: PairOutcomes["latestFit"]): FitAnswer | null {
  const answers = [latest.Mentee, latest.Mentor];
  return (["No", "Not sure", "Yes"] as const).find((a) => answers.includes(a)) ?? null;
}

function outcomeCells(
  o: PairOutcomes,
): Pick<Record<DashboardColumn, CellValue>, "Next checkpoint" | "Satisfaction (mentee)" | "Fit"> {
  return {
    "Next checkpoint": nextCheckpointText(o.nextCheckpoint),
    "Satisfaction (mentee)": o.satisfaction.Mentee.latest ?? "",
    Fit: worstFit(o.latestFit) ?? "",
  };
}

/** The row of a plan whose tab was read. User text is stored as literal text (sheet/literal-text.ts). */
export function dashboardRow(summary: PlanSummary, timeZone: string): DashboardRow {
  const text = (s: string) => asLiteralText(s);
  const link =
    summary.sheetId === null ? null : planLinkFormula(summary.sheetId, summary.sheetName);
  return build(
    {
      Plan: link ?? text(summary.sheetName),
      Mentee: text(summary.menteeName),
      Mentor: text(summary.mentorName),
      Reviewer: text(summary.reviewerEmail),
      Focus: text(summary.focusArea),
      Start: dayCell(summary.startDate, timeZone),
      "Target end": dayCell(summary.targetEndDate, timeZone),
      "Goals done": summary.goalsDone,
      "Goals active": summary.goalsActive,
      "Actions done": summary.actionsDone,
      "Actions active": summary.actionsActive,
      Completion: summary.completion,
      "Overdue actions": summary.overdueActions.length,
      "Last check-in": dayCell(summary.lastCheckIn, timeZone),
      "Days since check-in": summary.daysSinceCheckIn ?? "",
      Health: summary.health,
      Why: summary.healthReason,
      ...outcomeCells(summary.outcomes),
      Problems: text(problemsText(summary.problems.map((p) => p.message))),
      "Plan id": text(summary.planId),
    },
    {
      linkFormula: link,
      health: summary.health,
      completion: summary.completion,
      menteeName: summary.menteeName,
      planId: summary.planId,
    },
  );
}

/** Just the values of a plan's row (what an insert appends with setValues). */
export function dashboardRowValues(summary: PlanSummary, timeZone: string): CellValue[] {
  return dashboardRow(summary, timeZone).values;
}

/**
 * The row of a plan listed on the Dashboard before whose tab is gone: what was last known of
 * the pair, no figures (they would be stale), and the problem said plainly.
 */
export function deletedTabRow(
  missing: {
    planId: string;
    sheetName: string;
    lastKnown?: Partial<PlanSummary>;
    problem?: string;
  },
  timeZone: string,
): DashboardRow {
  const known = missing.lastKnown ?? {};
  const text = (s: string | undefined) => asLiteralText(s ?? "");
  return build(
    {
      Plan: text(missing.sheetName),
      Mentee: text(known.menteeName),
      Mentor: text(known.mentorName),
      Reviewer: text(known.reviewerEmail),
      Focus: text(known.focusArea),
      Start: dayCell(known.startDate, timeZone),
      "Target end": dayCell(known.targetEndDate, timeZone),
      "Goals done": "",
      "Goals active": "",
      "Actions done": "",
      "Actions active": "",
      Completion: "",
      "Overdue actions": "",
      "Last check-in": "",
      "Days since check-in": "",
      Health: "",
      Why: "",
      "Next checkpoint": "",
      "Satisfaction (mentee)": "",
      Fit: "",
      Problems: text(missing.problem ?? DELETED_TAB_PROBLEM),
      "Plan id": text(missing.planId),
    },
    {
      linkFormula: null,
      health: null,
      completion: null,
      menteeName: known.menteeName ?? "",
      planId: missing.planId,
    },
  );
}
