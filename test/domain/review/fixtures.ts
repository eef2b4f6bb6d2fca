/** Plan summaries for review tests: a healthy default, overridden per test. */

import type { PlanSummary } from "../../../src/domain/plan/plan-summary";
import { dateOfDay } from "../../../src/domain/sheet/calendar";
import { quietOutcomes } from "../support/pair-outcomes-fixture";

export const TZ = "Europe/Berlin";
export const SHEET_URL = "https://docs.google.com/spreadsheets/d/abc123/edit";

export const day = (key: string, timeZone = TZ) => dateOfDay(key, timeZone);

let counter = 0;

export function summary(overrides: Partial<PlanSummary> = {}): PlanSummary {
  counter += 1;
  return {
    planId: `plan-${counter}`,
    sheetName: `Plan ${counter}`,
    sheetId: 1000 + counter,
    menteeName: `Mentee ${counter}`,
    menteeEmail: `mentee${counter}@example.com`,
    mentorName: `Mentor ${counter}`,
    mentorEmail: `mentor${counter}@example.com`,
    reviewerEmail: "rita@example.com",
    focusArea: "Move into management",
    startDate: day("2026-01-05"),
    targetEndDate: day("2026-06-30"),
    goalsDone: 1,
    goalsActive: 3,
    actionsDone: 4,
    actionsActive: 9,
    completion: 0.4,
    overdueActions: [],
    lastCheckIn: day("2026-01-20"),
    daysSinceCheckIn: 4,
    lastRating: 4,
    health: "On track",
    healthReason: "",
    nextSteps: [],
    problems: [],
    outcomes: quietOutcomes(),
    ...overrides,
  };
}
