/**
 * A template's suggested goals as the new-plan form's goals, with target dates counted from the
 * start date. The server's templates and the sidebar's template choices both have this shape,
 * so the sidebar and the tests turn templates into goals the same way.
 */
import { dateAfter } from "../sheet/calendar";
import type { TemplateChoice } from "../sidebar-contract/replies";
import type { GoalDraft } from "../sidebar-contract/schemas";

/** Target dates are "" while `startDate` is not a date yet (the coordinator is still typing). */
export function goalsFromTemplate(
  template: Pick<TemplateChoice, "goals">,
  startDate: string,
): GoalDraft[] {
  return template.goals.map((goal) => ({
    text: goal.text,
    successCriteria: goal.successCriteria,
    targetDate: dateAfter(startDate, goal.targetInDays),
    actions: goal.actions.map((action) => ({ ...action })),
  }));
}
