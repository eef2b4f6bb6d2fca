/** Small builders for hand-worked ParsedPlan examples (dates are days in the given zone). */

import type { Action, CheckIn, Goal, ParsedPlan, PlanHeader } from "../../../src/domain/plan/plan";
import type { ActionStatus, GoalStatus } from "../../../src/domain/plan/vocabulary";
import { type DayKey, dateOfDay } from "../../../src/domain/sheet/calendar";

export const TZ = "Europe/London";

export const day = (key: DayKey, timeZone = TZ): Date => dateOfDay(key, timeZone);

export function goal(number: number, status: GoalStatus = "In progress"): Goal {
  return {
    number,
    text: `Goal ${number}`,
    successCriteria: "",
    targetDate: null,
    status,
    attained: null,
    doneOn: null,
  };
}

export function action(
  goalNumber: number | null,
  status: ActionStatus = "Not started",
  due: DayKey | null = null,
  timeZone = TZ,
): Action {
  return {
    number: null,
    goalNumber,
    text: `Action for goal ${goalNumber}`,
    owner: "Mentee",
    dueDate: due === null ? null : day(due, timeZone),
    resources: "",
    status,
    doneOn: null,
  };
}

export function checkIn(on: DayKey, menteeRating: number | null = null, timeZone = TZ): CheckIn {
  return {
    date: day(on, timeZone),
    attended: "Both",
    discussed: "",
    progressNotes: "",
    blockers: "",
    menteeRating,
  };
}

export function header(overrides: Partial<PlanHeader> = {}): PlanHeader {
  return {
    mentee: { name: "Ana López", email: "ana@example.org" },
    mentor: { name: "Bea Okafor", email: "bea@example.org" },
    reviewerEmail: "hr@example.org",
    focusArea: "People management",
    startDate: null,
    targetEndDate: null,
    cadence: "Weekly",
    mode: "Video",
    learningStyle: "Learning by doing",
    planStatus: "Active",
    statusSince: null,
    statusReason: "",
    ...overrides,
  };
}

export function plan(
  parts: Partial<Omit<ParsedPlan, "header">> & { header?: Partial<PlanHeader> } = {},
): ParsedPlan {
  return {
    planId: parts.planId ?? "plan-0000000a",
    sheetName: parts.sheetName ?? "Plan · Ana López",
    header: header(parts.header),
    goals: parts.goals ?? [],
    actions: parts.actions ?? [],
    checkIns: parts.checkIns ?? [],
    nextSteps: parts.nextSteps ?? [],
    skills: parts.skills ?? [],
    checkpointRows: parts.checkpointRows ?? [],
    feedback: parts.feedback ?? [],
    careerOutcomes: parts.careerOutcomes ?? [],
    problems: parts.problems ?? [],
  };
}
