/**
 * Why a plan has its health, in a few words a coordinator or reviewer can act on ("no check-in
 * for 45 days (every two weeks)", "3 overdue actions", "30 points behind the timeline"). It
 * follows the rule in plan/health.ts step by step, with the same thresholds, so the reason
 * always names what decided the label; the Dashboard, the digest and the sidebar all show it.
 */
import { isLive, lifecycleOf } from "../outcomes/lifecycle";
import { type DayKey, dayKey, daysBetween } from "../sheet/calendar";
import { lastCheckIn } from "./check-ins";
import { elapsedShare, planHealth } from "./health";
import type { ParsedPlan } from "./plan";
import { isActiveGoal, isOverdue, planCompletion } from "./progress";
import type { Cadence, Health } from "./vocabulary";

type HealthInput = Pick<ParsedPlan, "header" | "goals" | "actions" | "checkIns">;

export interface ExplainedHealth {
  health: Health;
  /** A few words, lower case, no full stop; "" when there is nothing to add. */
  reason: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const CADENCE_WORDS: Record<Cadence, string> = {
  Weekly: "weekly",
  "Every two weeks": "every two weeks",
  Monthly: "monthly",
};

/** @param overdueCheckpoints checkpoints past their due day (outcomes/plan-checkpoints.ts) */
export function explainHealth(
  plan: HealthInput,
  today: DayKey,
  timeZone: string,
  overdueCheckpoints = 0,
): ExplainedHealth {
  const health = planHealth(plan, today, timeZone, overdueCheckpoints);
  // Paused or closed by its status: the label says it all (docs/design.md "Plan lifecycle").
  if (!isLive(lifecycleOf(plan.header.planStatus))) return { health, reason: "" };
  const elapsed = elapsedShare(plan.header.startDate, plan.header.targetEndDate, today, timeZone);
  const completion = planCompletion(plan);
  const behind = elapsed === null ? 0 : Math.round((elapsed - completion) * 100);
  switch (health) {
    case "Complete":
      return { health, reason: `${plural(plan.goals.filter(isActiveGoal).length, "goal")} done` };
    case "Stalled": {
      const last = lastCheckIn(plan.checkIns, today, timeZone);
      const cadence = plan.header.cadence;
      const rhythm = cadence
        ? ` (${CADENCE_WORDS[cadence]} cadence)`
        : " (no cadence set: read as monthly)";
      if (last) {
        const days = daysBetween(dayKey(last.date, timeZone), today);
        return { health, reason: `no check-in for ${plural(days, "day")}${rhythm}` };
      }
      const start = plan.header.startDate;
      const days = start ? daysBetween(dayKey(start, timeZone), today) : 0;
      return { health, reason: `no check-in in the ${plural(days, "day")} since the start` };
    }
    case "At risk": {
      const overdue = plan.actions.filter((a) => isOverdue(a, today, timeZone)).length;
      if (overdueCheckpoints > 0) {
        const late = [
          plural(overdueCheckpoints, "overdue checkpoint"),
          ...(overdue > 0 ? [plural(overdue, "overdue action")] : []),
        ];
        return { health, reason: late.join(", ") };
      }
      if (overdue > 0) return { health, reason: plural(overdue, "overdue action") };
      return { health, reason: `${plural(behind, "point")} behind the timeline` };
    }
    case "On track":
      return {
        health,
        reason:
          elapsed === null
            ? ""
            : `${Math.round(completion * 100)}% done, ${Math.round(elapsed * 100)}% of the time gone`,
      };
    default:
      return { health, reason: "" };
  }
}

/**
 * How a health label is shown wherever it appears (Dashboard, digest, sidebar):
 * "Stalled — no check-in for 45 days (every two weeks cadence)", or the label alone.
 */
export function healthWithReason(health: string, reason: string): string {
  return health === "" || reason === "" ? health : `${health} — ${reason}`;
}
