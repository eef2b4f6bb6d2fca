/**
 * Goal progress, plan completion and overdue actions: the one implementation of docs/design.md
 * "Definitions" that the plan tab's summary, the Dashboard and the review digests all use.
 */
import { type DayKey, dayKey } from "../sheet/calendar";
import type { Action, Goal, ParsedPlan } from "./plan";

/** A goal not marked Done never shows as finished, however many of its actions are done. */
export const PROGRESS_CAP = 0.99;

export const isActiveGoal = (goal: Goal): boolean => goal.status !== "Dropped";
export const isActiveAction = (action: Action): boolean => action.status !== "Dropped";

/**
 * 1 when the goal is Done; otherwise its done actions over its active (not Dropped) actions,
 * capped at PROGRESS_CAP; 0 when it has no active actions. Actions belong to a goal through
 * their "Goal #" column.
 */
export function goalProgress(goal: Goal, actions: readonly Action[]): number {
  if (goal.status === "Done") return 1;
  const active = actions.filter((a) => a.goalNumber === goal.number && isActiveAction(a));
  if (active.length === 0) return 0;
  const done = active.filter((a) => a.status === "Done").length;
  return Math.min(done / active.length, PROGRESS_CAP);
}

/** Mean progress of the active (not Dropped) goals; 0 when there are none. Always in 0..1. */
export function planCompletion(plan: Pick<ParsedPlan, "goals" | "actions">): number {
  const goals = plan.goals.filter(isActiveGoal);
  if (goals.length === 0) return 0;
  const sum = goals.reduce((total, goal) => total + goalProgress(goal, plan.actions), 0);
  return sum / goals.length;
}

/**
 * Not Done or Dropped, and due on a day before `today`, both days in the spreadsheet's zone
 * (an action due today is not overdue yet).
 */
export function isOverdue(action: Action, today: DayKey, timeZone: string): boolean {
  if (action.status === "Done" || action.status === "Dropped" || !action.dueDate) return false;
  return dayKey(action.dueDate, timeZone) < today;
}
