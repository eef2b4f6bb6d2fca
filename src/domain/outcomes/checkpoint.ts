/**
 * Checkpoints: the points in a plan where the pair stops to look at how it is going. Three come
 * with every plan, due relative to its dates (docs/design.md "Checkpoints"):
 * - Fit check: a week after the first check-in, and at the latest 30 days after the start
 *   (a pair that has not met yet is asked anyway);
 * - Mid-point: half-way from the start date to the target end date (rounded to a whole day);
 * - Final review: the target end date.
 * Templates add milestones ("achieve X by month 3"), each tied to a goal and due that many
 * months after the start (Sheets' EDATE). This file is the one definition of the due days; the
 * plan tab's Due date formulas show the same (checkpoint-formulas.ts).
 */

import { pastCheckIns } from "../plan/check-ins";
import type { CheckIn, Problem } from "../plan/plan";
import {
  addDays,
  addMonths,
  type DayKey,
  dayKey,
  daysBetween,
  earliestDay,
} from "../sheet/calendar";
import { matchWord } from "../sheet/label-match";

export const STANDARD_CHECKPOINTS = ["Fit check", "Mid-point", "Final review"] as const;
export type StandardCheckpoint = (typeof STANDARD_CHECKPOINTS)[number];
export type CheckpointKind = StandardCheckpoint | "Milestone";

/** The Status dropdown of a CHECKPOINTS row. */
export const CHECKPOINT_STATUSES = ["Open", "Done", "Skipped"] as const;
export type CheckpointStatus = (typeof CHECKPOINT_STATUSES)[number];

export const FIT_CHECK_DAYS_AFTER_FIRST_CHECK_IN = 7;
export const FIT_CHECK_LATEST_DAYS = 30;
/** A checkpoint is "due" from this many days before its due day. */
export const DUE_SOON_DAYS = 7;

/** A CHECKPOINTS row as read from the tab. */
export interface CheckpointRow {
  name: string;
  goalNumber: number | null;
  /** Months after the start, for a milestone. */
  month: number | null;
  status: CheckpointStatus | null;
  doneOn: Date | null;
  /** 1-based sheet row. */
  row?: number;
}

export interface ScheduleInput {
  startDate: Date | null;
  targetEndDate: Date | null;
  checkIns: readonly CheckIn[];
}

export interface Checkpoint {
  name: string;
  kind: CheckpointKind;
  goalNumber: number | null;
  /** Null when the plan's dates do not give one. */
  due: DayKey | null;
  status: CheckpointStatus;
  doneOn: Date | null;
  /** 1-based sheet row of its CHECKPOINTS row; null when the row is missing. */
  row: number | null;
}

export function checkpointKind(name: string): CheckpointKind {
  return matchWord(name, STANDARD_CHECKPOINTS) ?? "Milestone";
}

/** The due day of a checkpoint of `kind` (for a milestone, of its row), or null. */
export function checkpointDueDay(
  kind: CheckpointKind,
  row: Pick<CheckpointRow, "month"> | null,
  plan: ScheduleInput,
  today: DayKey,
  timeZone: string,
): DayKey | null {
  const start = plan.startDate ? dayKey(plan.startDate, timeZone) : null;
  const end = plan.targetEndDate ? dayKey(plan.targetEndDate, timeZone) : null;
  switch (kind) {
    case "Fit check": {
      if (!start) return null;
      const latest = addDays(start, FIT_CHECK_LATEST_DAYS);
      const first = pastCheckIns(plan.checkIns, today, timeZone)
        .map((c) => dayKey(c.date, timeZone))
        .find((d) => d >= start);
      if (!first) return latest;
      const afterFirst = addDays(first, FIT_CHECK_DAYS_AFTER_FIRST_CHECK_IN);
      return earliestDay(afterFirst, latest);
    }
    case "Mid-point": {
      if (!start || !end) return null;
      const length = daysBetween(start, end);
      return length > 0 ? addDays(start, Math.round(length / 2)) : null;
    }
    case "Final review":
      return end;
    case "Milestone":
      return start && row?.month ? addMonths(start, row.month) : null;
  }
}

/**
 * The plan's checkpoints in due order (undated last): the three standard ones always, even when
 * a pair deleted a row (named as a problem: its feedback can still be tracked), and every
 * milestone row. A standard checkpoint listed twice counts once. A tab with no checkpoint rows at
 * all has no CHECKPOINTS section (it is optional: plan-tab/sections.ts), so nothing is named.
 */
export function planCheckpoints(
  rows: readonly CheckpointRow[],
  plan: ScheduleInput,
  today: DayKey,
  timeZone: string,
): { checkpoints: Checkpoint[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const checkpoints: Checkpoint[] = [];
  const of = (kind: CheckpointKind, row: CheckpointRow | null, name: string): Checkpoint => ({
    name,
    kind,
    goalNumber: row?.goalNumber ?? null,
    due: checkpointDueDay(kind, row, plan, today, timeZone),
    status: row?.status ?? "Open",
    doneOn: row?.doneOn ?? null,
    row: row?.row ?? null,
  });
  for (const kind of STANDARD_CHECKPOINTS) {
    const found = rows.filter((r) => checkpointKind(r.name) === kind);
    const [first, ...again] = found;
    if (!first && rows.length > 0) {
      problems.push({ message: `Checkpoint "${kind}" row missing in CHECKPOINTS` });
    }
    for (const r of again) {
      problems.push({
        message: `Checkpoint "${kind}" is listed twice (row ${first?.row} counts, row ${r.row} is ignored)`,
        ...(r.row === undefined ? {} : { row: r.row }),
      });
    }
    checkpoints.push(of(kind, first ?? null, kind));
  }
  for (const r of rows) {
    if (checkpointKind(r.name) !== "Milestone") continue;
    const cp = of("Milestone", r, r.name);
    if (r.month === null) {
      problems.push({
        message: `Milestone "${r.name}" in row ${r.row} has no month`,
        ...(r.row === undefined ? {} : { row: r.row }),
      });
    }
    checkpoints.push(cp);
  }
  const order = (c: Checkpoint) => c.due ?? "9999-99-99";
  checkpoints.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return { checkpoints, problems };
}

export const CHECKPOINT_STATES = [
  "Done",
  "Skipped",
  "Overdue",
  "Due",
  "Upcoming",
  "Not scheduled",
] as const;
export type CheckpointState = (typeof CHECKPOINT_STATES)[number];

/**
 * Where a checkpoint stands today. `finished` says whether its work is done some other way (both
 * people answered its feedback, its milestone's goal is Done): see plan-checkpoints.ts.
 * Overdue: not done or skipped, and its due day is before today (like an overdue action).
 */
export function checkpointState(
  checkpoint: Checkpoint,
  today: DayKey,
  finished = false,
): CheckpointState {
  if (checkpoint.status === "Done" || checkpoint.doneOn !== null || finished) return "Done";
  if (checkpoint.status === "Skipped") return "Skipped";
  if (checkpoint.due === null) return "Not scheduled";
  if (checkpoint.due < today) return "Overdue";
  return daysBetween(today, checkpoint.due) <= DUE_SOON_DAYS ? "Due" : "Upcoming";
}
