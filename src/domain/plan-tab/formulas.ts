/**
 * The plan tab's live formulas: goal progress, completion, overdue actions, last check-in.
 * They compute the definitions of docs/design.md as progress.ts, check-ins.ts and plan-reading/parse-plan-tab.ts do (those
 * stay the authority for the Dashboard and the reviews; these give the pair a live view):
 * - a goal or action row counts when it holds more than template filler (plan-reading/parse-plan-tab's rule):
 *   numbers, owners and the "Not started" status alone do not make a row;
 * - goal progress: 1 when Done; otherwise done actions of the goal over its active (not
 *   Dropped) actions, capped at 0.99; 0 with no actions; Dropped goals show "" (not counted);
 * - completion: mean progress of active goals, 0 with none (AVERAGE skips the "" cells);
 * - overdue: not Done or Dropped, due date before TODAY() (TODAY is in the spreadsheet's zone);
 * - last check-in: latest check-in date on or before today.
 * Ranges run from each section's title row to its last row, so rows the pair inserts inside a
 * section fall inside every range (Sheets grows a range when rows are inserted within it).
 * SUMPRODUCT evaluates its comparisons over whole ranges in Sheets without ARRAYFORMULA.
 */
import { PROGRESS_CAP } from "../plan/progress";
import { cellA1, columnBlockA1 } from "../sheet/a1-notation";
import { COLUMN } from "./sections";
import type { SectionBlock } from "./tab-model";

const GOAL_COLUMNS = COLUMN.goals;
const ACTION_COLUMNS = COLUMN.actions;
const PROGRESS_COLUMNS = COLUMN.progress;

function whole(block: SectionBlock, column: number): string {
  return columnBlockA1(column, block.titleRow, block.lastRow);
}

/** Progress of the goal on `row` of the GOALS section. */
export function goalProgressFormula(row: number, actions: SectionBlock): string {
  const cell = (column: number) => `$${cellA1(row, column)}`;
  const num = cell(GOAL_COLUMNS.number);
  const status = cell(GOAL_COLUMNS.status);
  const onlyFiller =
    `AND(${cell(GOAL_COLUMNS.text)}="",${cell(GOAL_COLUMNS.successCriteria)}="",` +
    `${cell(GOAL_COLUMNS.targetDate)}="",OR(${status}="",${status}="Not started"))`;
  const col = (column: number) => whole(actions, column);
  const ofGoal = `(${col(ACTION_COLUMNS.goalNumber)}=${num})`;
  const actionStatus = col(ACTION_COLUMNS.status);
  const isEntry =
    `((${col(ACTION_COLUMNS.text)}<>"")+(${col(ACTION_COLUMNS.dueDate)}<>"")` +
    `+(${col(ACTION_COLUMNS.resources)}<>"")+(${col(ACTION_COLUMNS.doneOn)}<>"")` +
    `+(${actionStatus}<>"")*(${actionStatus}<>"Not started")>0)`;
  const entries = `SUMPRODUCT(${ofGoal}*${isEntry})`;
  const done = `SUMPRODUCT(${ofGoal}*(${actionStatus}="Done"))`;
  const dropped = `SUMPRODUCT(${ofGoal}*(${actionStatus}="Dropped"))`;
  return (
    `=IF(${onlyFiller},"",IF(${status}="Done",1,IF(${status}="Dropped","",` +
    `IF(${num}="",0,IFERROR(MIN(${PROGRESS_CAP},${done}/(${entries}-${dropped})),0)))))`
  );
}

/** Mean of the goals' Progress cells: Dropped and empty goals hold "" and AVERAGE skips text. */
export function completionFormula(goals: SectionBlock): string {
  return `=IFERROR(AVERAGE(${whole(goals, GOAL_COLUMNS.progress)}),0)`;
}

export function overdueActionsFormula(actions: SectionBlock): string {
  const status = whole(actions, ACTION_COLUMNS.status);
  const due = whole(actions, ACTION_COLUMNS.dueDate);
  return `=COUNTIFS(${status},"<>Done",${status},"<>Dropped",${due},"<"&TODAY())`;
}

/** Prefix of the summary's list of late actions (what the red rows mean, said in text). */
const LATE_ACTIONS_PREFIX = "Late actions: #";

/**
 * The numbers of the overdue actions as text ("Late actions: #2, #5"), empty when none: the
 * red highlight is never the only sign (https://www.w3.org/WAI/WCAG22/Understanding/use-of-color).
 * Same rule as overdueActionsFormula.
 */
export function lateActionsFormula(actions: SectionBlock): string {
  const status = whole(actions, ACTION_COLUMNS.status);
  const due = whole(actions, ACTION_COLUMNS.dueDate);
  const number = whole(actions, ACTION_COLUMNS.number);
  const late = `ISNUMBER(${due})*(${due}<TODAY())*(${status}<>"Done")*(${status}<>"Dropped")`;
  return `=IFERROR("${LATE_ACTIONS_PREFIX}"&TEXTJOIN(", #",TRUE(),FILTER(${number},${late})),"")`;
}

export const NO_CHECK_IN_YET = "None yet";

export function lastCheckInFormula(progress: SectionBlock): string {
  const dates = whole(progress, PROGRESS_COLUMNS.date);
  const past = `${dates},"<="&TODAY()`;
  return `=IF(COUNTIFS(${past})=0,"${NO_CHECK_IN_YET}",MAXIFS(${dates},${past}))`;
}

/**
 * Conditional-format formula for the ACTIONS content block, relative to its first row:
 * the same "overdue" rule as overdueActionsFormula, per row.
 */
export function overdueActionRowFormula(firstRow: number): string {
  const c = (column: number) => `$${cellA1(firstRow, column)}`;
  const status = c(ACTION_COLUMNS.status);
  const due = c(ACTION_COLUMNS.dueDate);
  return `=AND(ISNUMBER(${due}),${due}<TODAY(),${status}<>"Done",${status}<>"Dropped")`;
}

/** Finished (Done or Dropped) actions are greyed out. */
export function closedActionRowFormula(firstRow: number): string {
  const status = `$${cellA1(firstRow, ACTION_COLUMNS.status)}`;
  return `=OR(${status}="Done",${status}="Dropped")`;
}

/** Done goals are shaded green. */
export function doneGoalRowFormula(firstRow: number): string {
  return `=$${cellA1(firstRow, GOAL_COLUMNS.status)}="Done"`;
}
