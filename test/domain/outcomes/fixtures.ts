/** Builders for hand-worked outcome examples (dates are days in TZ). */

import type { CheckpointRow } from "../../../src/domain/outcomes/checkpoint";
import type {
  CareerOutcome,
  EvaluatedGoal,
  SkillRating,
} from "../../../src/domain/outcomes/evaluation";
import type { FeedbackEntry } from "../../../src/domain/outcomes/feedback";
import { lifecycleOf } from "../../../src/domain/outcomes/lifecycle";
import type { OutcomePlan } from "../../../src/domain/outcomes/pair-outcomes";
import type { CheckIn } from "../../../src/domain/plan/plan";
import { type DayKey, dateOfDay } from "../../../src/domain/sheet/calendar";

export const TZ = "Europe/London";
export const day = (key: DayKey): Date => dateOfDay(key, TZ);

export const checkIn = (on: DayKey): CheckIn => ({
  date: day(on),
  attended: "Both",
  discussed: "",
  progressNotes: "",
  blockers: "",
  menteeRating: null,
});

export const standardRows = (firstRow = 40): CheckpointRow[] =>
  ["Fit check", "Mid-point", "Final review"].map((name, i) => ({
    name,
    goalNumber: null,
    month: null,
    status: "Open",
    doneOn: null,
    row: firstRow + i,
  }));

export function answer(
  checkpoint: string,
  respondent: FeedbackEntry["respondent"],
  parts: Partial<FeedbackEntry> = {},
): FeedbackEntry {
  return {
    checkpoint,
    respondent,
    fit: null,
    satisfaction: null,
    helped: "",
    change: "",
    ...parts,
  };
}

export const goal = (number: number, parts: Partial<EvaluatedGoal> = {}): EvaluatedGoal => ({
  number,
  text: `Goal ${number}`,
  status: "In progress",
  attained: null,
  doneOn: null,
  ...parts,
});

export const skill = (
  name: string,
  baseline: number | null,
  target: number | null,
  end: number | null,
): SkillRating => ({ skill: name, baseline, target, end });

export const outcome = (kind: CareerOutcome["kind"], on: DayKey | null = null): CareerOutcome => ({
  kind,
  details: `${kind} details`,
  date: on ? day(on) : null,
});

export function outcomePlan(parts: Partial<OutcomePlan> = {}): OutcomePlan {
  return {
    planId: "p1",
    sheetName: "Plan · Ana",
    header: {
      mentee: { name: "Ana", email: "ana@example.org" },
      mentor: { name: "Bea", email: "bea@example.org" },
      startDate: day("2026-01-05"),
      targetEndDate: day("2026-07-05"),
      cadence: "Every two weeks",
    },
    lifecycle: lifecycleOf("Active"),
    goals: [],
    checkIns: [],
    skills: [],
    checkpointRows: standardRows(),
    feedback: [],
    careerOutcomes: [],
    ...parts,
  };
}
