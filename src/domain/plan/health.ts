/**
 * A plan's health (docs/design.md "Definitions"), decided in this order, first match wins:
 * 0. Paused, Complete or Closed when the plan's status says so (outcomes/lifecycle.ts);
 * 1. Complete — it has active goals and every one is Done (even if check-ins stopped: the work
 *    is finished);
 * 2. Stalled — the last check-in was more than twice the meeting cadence ago, or there has been
 *    no check-in at all 21 days (three weeks) or more after the start date;
 * 3. At risk — an action or a checkpoint is overdue, or completion is more than 25 points behind the elapsed
 *    share of the timeline (start → target end date);
 * 4. On track.
 * Edge cases: a start date in the future makes nothing stalled or behind yet (elapsed share 0),
 * though an overdue action still counts; without a start date the "no check-in" rule is
 * skipped, and without both dates (or with the end not after the start) the timeline rule is
 * skipped. An unknown cadence is read as the longest one (Monthly), so a typo in the header
 * never raises a false alarm. Check-ins dated after today are plans, not meetings (check-ins.ts).
 */
import { lifecycleOf, stageHealth } from "../outcomes/lifecycle";
import { type DayKey, dayKey, daysBetween } from "../sheet/calendar";
import { lastCheckIn } from "./check-ins";
import type { ParsedPlan } from "./plan";
import { isActiveGoal, isOverdue, planCompletion } from "./progress";
import { CADENCES, type Cadence, type Health } from "./vocabulary";

const NO_CHECK_IN_STALL_DAYS = 21;
const AT_RISK_POINTS_BEHIND = 0.25;
const FALLBACK_CADENCE: Cadence = "Monthly";
/** Float slack so that exactly 25 points behind is not "more than 25". */
const EPSILON = 1e-9;

type HealthInput = Pick<ParsedPlan, "header" | "goals" | "actions" | "checkIns">;

/**
 * How much of the timeline start → target end has passed by today, 0..1, or null when the
 * dates do not make a timeline.
 */
export function elapsedShare(
  startDate: Date | null,
  targetEndDate: Date | null,
  today: DayKey,
  timeZone: string,
): number | null {
  if (!startDate || !targetEndDate) return null;
  const start = dayKey(startDate, timeZone);
  const length = daysBetween(start, dayKey(targetEndDate, timeZone));
  if (length <= 0) return null;
  return Math.min(1, Math.max(0, daysBetween(start, today) / length));
}

function isStalled(plan: HealthInput, today: DayKey, timeZone: string): boolean {
  const last = lastCheckIn(plan.checkIns, today, timeZone);
  if (last) {
    const cadenceDays = CADENCES[plan.header.cadence ?? FALLBACK_CADENCE];
    return daysBetween(dayKey(last.date, timeZone), today) > 2 * cadenceDays;
  }
  const start = plan.header.startDate;
  return start !== null && daysBetween(dayKey(start, timeZone), today) >= NO_CHECK_IN_STALL_DAYS;
}

/** @param overdueCheckpoints checkpoints past their due day (outcomes/plan-checkpoints.ts) */
function isAtRisk(
  plan: HealthInput,
  today: DayKey,
  timeZone: string,
  overdueCheckpoints = 0,
): boolean {
  if (overdueCheckpoints > 0) return true;
  if (plan.actions.some((a) => isOverdue(a, today, timeZone))) return true;
  const elapsed = elapsedShare(plan.header.startDate, plan.header.targetEndDate, today, timeZone);
  return elapsed !== null && elapsed - planCompletion(plan) > AT_RISK_POINTS_BEHIND + EPSILON;
}

export function planHealth(
  plan: HealthInput,
  today: DayKey,
  timeZone: string,
  overdueCheckpoints = 0,
): Health {
  // A plan that is paused or closed is not followed up: never Stalled or At risk.
  const byStage = stageHealth(lifecycleOf(plan.header.planStatus));
  if (byStage) return byStage;
  const active = plan.goals.filter(isActiveGoal);
  if (active.length > 0 && active.every((g) => g.status === "Done")) return "Complete";
  if (isStalled(plan, today, timeZone)) return "Stalled";
  if (isAtRisk(plan, today, timeZone, overdueCheckpoints)) return "At risk";
  return "On track";
}
