/**
 * The plan tab's live formulas: goal progress, completion, overdue actions, last check-in.
 * They compute the DESIGN.md definitions (also implemented in the roll-up for the Dashboard and
 * the reviews, which stay the authority; these only give the pair a live view in their tab):
 * - goal progress: 1 when Done; otherwise done actions of the goal over its active (not Dropped)
 *   actions, capped below 1 (0.99); 0 with no actions; Dropped goals show "" and do not count;
 * - completion: mean progress of active goals (0 with none);
 * - overdue: action not Done or Dropped, due date before TODAY() (the spreadsheet's zone).
 * An action row counts when its Action text is filled in; a goal row when its Goal text is.
 * Ranges run from each section's title row to its last row, so rows the pair inserts inside a
 * section are inside every range (Sheets grows a range when rows are inserted within it).
 */
import { cellA1, columnBlockA1 } from "./a1-notation";
import type { SectionBlock } from "./plan-tab-model";

/** 1-based columns of the sections' tables (SECTION_COLUMNS order). */
export const GOAL_COLUMNS = {
  number: 1,
  text: 2,
  criteria: 3,
  targetDate: 4,
  status: 5,
  progress: 6,
};
export const ACTION_COLUMNS = {
  number: 1,
  goalNumber: 2,
  text: 3,
  owner: 4,
  dueDate: 5,
  resources: 6,
  status: 7,
  doneOn: 8,
};
export const PROGRESS_COLUMNS = { date: 1, rating: 6 };

/** Just below 1: an unfinished goal never shows 100 %. */
export const UNFINISHED_GOAL_CAP = 0.99;

function whole(block: SectionBlock, column: number): string {
  return columnBlockA1(column, block.titleRow, block.lastRow);
}

/** Progress of the goal on `row` of the GOALS section. */
export function goalProgressFormula(row: number, actions: SectionBlock): string {
  const num = `$${cellA1(row, GOAL_COLUMNS.number)}`;
  const text = `$${cellA1(row, GOAL_COLUMNS.text)}`;
  const status = `$${cellA1(row, GOAL_COLUMNS.status)}`;
  const goalOf = whole(actions, ACTION_COLUMNS.goalNumber);
  const actionText = whole(actions, ACTION_COLUMNS.text);
  const actionStatus = whole(actions, ACTION_COLUMNS.status);
  const all = `COUNTIFS(${goalOf},${num},${actionText},"<>")`;
  const done = `COUNTIFS(${goalOf},${num},${actionText},"<>",${actionStatus},"Done")`;
  const dropped = `COUNTIFS(${goalOf},${num},${actionText},"<>",${actionStatus},"Dropped")`;
  return (
    `=IF(${text}="","",IF(${status}="Done",1,IF(${status}="Dropped","",` +
    `IF(${num}="",0,IFERROR(MIN(${UNFINISHED_GOAL_CAP},${done}/(${all}-${dropped})),0)))))`
  );
}

/** Mean of the goals' Progress cells: Dropped and empty goals hold "" and AVERAGE skips text. */
export function completionFormula(goals: SectionBlock): string {
  return `=IFERROR(AVERAGE(${whole(goals, GOAL_COLUMNS.progress)}),0)`;
}

export function overdueActionsFormula(actions: SectionBlock): string {
  const text = whole(actions, ACTION_COLUMNS.text);
  const status = whole(actions, ACTION_COLUMNS.status);
  const due = whole(actions, ACTION_COLUMNS.dueDate);
  return `=COUNTIFS(${text},"<>",${status},"<>Done",${status},"<>Dropped",${due},"<"&TODAY())`;
}

export const NO_CHECK_IN_YET = "None yet";

export function lastCheckInFormula(progress: SectionBlock): string {
  const dates = whole(progress, PROGRESS_COLUMNS.date);
  return `=IF(COUNT(${dates})=0,"${NO_CHECK_IN_YET}",MAX(${dates}))`;
}

/**
 * Conditional-format formula for the ACTIONS content block, relative to its first row:
 * the same "overdue" rule as overdueActionsFormula, per row.
 */
export function overdueActionRowFormula(firstRow: number): string {
  const c = (column: number) => `$${cellA1(firstRow, column)}`;
  const status = c(ACTION_COLUMNS.status);
  const due = c(ACTION_COLUMNS.dueDate);
  return (
    `=AND(${c(ACTION_COLUMNS.text)}<>"",ISNUMBER(${due}),${due}<TODAY(),` +
    `${status}<>"Done",${status}<>"Dropped")`
  );
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
