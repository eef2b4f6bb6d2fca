/**
 * Where a plan is in its life, from its "Plan status" cell: the ONE rule for whether the add-on
 * still follows a plan up (docs/design.md "Close": paused and closed plans get no reminders and
 * never "need attention"). Health, nudges, digests and the Dashboard all ask this function, so a
 * new status (a lifecycle step) is decided here once.
 */
import type { PlanStatus } from "./vocabulary";

/**
 * active: followed up (health computed, nudges, "needs attention") · paused: on hold, shown as
 * Paused · complete: finished, shown as Complete · closed: ended, shown as Closed.
 */
export type PlanPhase = "active" | "paused" | "complete" | "closed";

const PHASE_OF_STATUS: Record<PlanStatus, PlanPhase> = {
  Active: "active",
  Paused: "paused",
  Complete: "complete",
  Closed: "closed",
};

/**
 * The phase of a plan status. A blank or unreadable status counts as active: the parser names
 * the unknown value as a Problem, and a typo must never silence a pair that needs attention.
 */
export function planPhase(status: PlanStatus | null | undefined): PlanPhase {
  return status ? PHASE_OF_STATUS[status] : "active";
}

/** Whether the add-on follows the plan up: health rules, reminders, "needs attention". */
export function isFollowedUp(status: PlanStatus | null | undefined): boolean {
  return planPhase(status) === "active";
}
