/**
 * One plan rolled up into a PlanSummary: the single place the Dashboard and the review digests
 * get their numbers from, so the two can never disagree.
 */
import { outcomePlanOf, pairOutcomes } from "../outcomes/pair-outcomes";
import { type DayKey, dayKey, daysBetween } from "../sheet/calendar";
import { lastCheckIn, pastCheckIns } from "./check-ins";
import { explainHealth } from "./health-reason";
import type { ParsedPlan } from "./plan";
import type { OverdueAction, PlanSummary } from "./plan-summary";
import { isActiveAction, isActiveGoal, isOverdue, planCompletion } from "./progress";

/**
 * @param sheetId the tab's gid for links (null when unknown)
 * @param today the day of the roll-up in the spreadsheet's zone (dayKey(now, timeZone))
 * Overdue actions come most late first (sheet order among equals); open next steps keep sheet
 * order; the last rating is that of the latest past check-in that has one.
 */
export function summarizePlan(
  plan: ParsedPlan,
  sheetId: number | null,
  today: DayKey,
  timeZone: string,
): PlanSummary {
  const goals = plan.goals.filter(isActiveGoal);
  const actions = plan.actions.filter(isActiveAction);
  const overdueActions: OverdueAction[] = plan.actions
    .filter((a) => isOverdue(a, today, timeZone))
    .map((a) => {
      const dueDate = a.dueDate as Date; // isOverdue implies a due date
      return {
        goalNumber: a.goalNumber,
        text: a.text,
        owner: a.owner,
        dueDate,
        daysLate: daysBetween(dayKey(dueDate, timeZone), today),
      };
    })
    .map((o, i) => ({ o, i }))
    .sort((a, b) => b.o.daysLate - a.o.daysLate || a.i - b.i)
    .map(({ o }) => o);
  const outcomes = pairOutcomes(outcomePlanOf(plan), sheetId, today, timeZone);
  const last = lastCheckIn(plan.checkIns, today, timeZone);
  const verdict = explainHealth(plan, today, timeZone, outcomes.overdueCheckpoints);
  const rated = pastCheckIns(plan.checkIns, today, timeZone).filter((c) => c.menteeRating !== null);

  return {
    planId: plan.planId,
    sheetName: plan.sheetName,
    sheetId,
    menteeName: plan.header.mentee.name,
    menteeEmail: plan.header.mentee.email,
    mentorName: plan.header.mentor.name,
    mentorEmail: plan.header.mentor.email,
    reviewerEmail: plan.header.reviewerEmail,
    focusArea: plan.header.focusArea,
    startDate: plan.header.startDate,
    targetEndDate: plan.header.targetEndDate,
    goalsDone: goals.filter((g) => g.status === "Done").length,
    goalsActive: goals.length,
    actionsDone: actions.filter((a) => a.status === "Done").length,
    actionsActive: actions.length,
    completion: planCompletion(plan),
    overdueActions,
    lastCheckIn: last?.date ?? null,
    daysSinceCheckIn: last ? daysBetween(dayKey(last.date, timeZone), today) : null,
    lastRating: rated[rated.length - 1]?.menteeRating ?? null,
    health: verdict.health,
    healthReason: verdict.reason,
    nextSteps: plan.nextSteps
      .filter((s) => !s.done)
      .map((s) => ({ step: s.step, owner: s.owner, byWhen: s.byWhen })),
    problems: [...plan.problems, ...outcomes.problems].map((p) => ({ ...p })),
    outcomes,
  };
}
