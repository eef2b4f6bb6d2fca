/**
 * A program of five pairs at different stages on 1 May 2026, the figures of which are worked
 * out by hand in program-outcomes.test.ts:
 * A Ana  — active, past the mid-point: fit Yes/Yes, mid-point "Not sure" from the mentee only;
 * B Ben  — closed (completed) with a full evaluation and two career outcomes;
 * C Cai  — paused after a "No" on fit;
 * D Dee  — archived, ended early;
 * E Eve  — just started, nothing logged.
 */

import { lifecycleOf } from "../../../src/domain/outcomes/lifecycle";
import type { OutcomePlan } from "../../../src/domain/outcomes/pair-outcomes";
import type { DayKey } from "../../../src/domain/sheet/calendar";
import { answer, checkIn, day, goal, outcome, outcomePlan, skill } from "./fixtures";

export const TODAY: DayKey = "2026-05-01";

const who = (name: string, mentor: string) => ({
  mentee: { name, email: `${name.toLowerCase()}@example.org` },
  mentor: { name: mentor, email: `${mentor.toLowerCase()}@example.org` },
});

export const PROGRAM: OutcomePlan[] = [
  outcomePlan({
    planId: "pA",
    sheetName: "Plan · Ana",
    header: {
      ...who("Ana", "Mo"),
      startDate: day("2026-01-05"),
      targetEndDate: day("2026-07-05"),
      cadence: "Every two weeks",
    },
    checkIns: ["2026-01-12", "2026-01-26", "2026-02-09", "2026-02-23", "2026-03-09"].map(checkIn),
    feedback: [
      answer("Fit check", "Mentee", {
        fit: "Yes",
        satisfaction: 8,
        helped: "Clear goals from day one",
      }),
      answer("Fit check", "Mentor", { fit: "Yes", satisfaction: 9 }),
      answer("Mid-point", "Mentee", {
        fit: "Not sure",
        satisfaction: 6,
        helped: "Shadowing meetings",
      }),
      answer("Mid-point", "Mentor", {}),
    ],
    skills: [skill("Delegation", 2, 4, null)],
    goals: [goal(1, { status: "Done", doneOn: day("2026-03-06") }), goal(2)],
  }),
  outcomePlan({
    planId: "pB",
    sheetName: "Plan · Ben",
    header: {
      ...who("Ben", "Noor"),
      startDate: day("2025-10-06"),
      targetEndDate: day("2026-04-06"),
      cadence: "Weekly",
    },
    lifecycle: lifecycleOf("Closed – completed", day("2026-04-20")),
    checkIns: [
      "2025-10-13",
      "2025-10-27",
      "2025-11-10",
      "2025-11-24",
      "2025-12-08",
      "2026-01-12",
      "2026-02-09",
      "2026-03-09",
      "2026-04-06",
    ].map(checkIn),
    feedback: [
      answer("Fit check", "Mentee", {
        fit: "Yes",
        satisfaction: 9,
        helped: "Honest feedback on my first team plan",
      }),
      answer("Fit check", "Mentor", { fit: "Yes", satisfaction: 8 }),
      answer("Mid-point", "Mentee", { fit: "Yes", satisfaction: 9 }),
      answer("Mid-point", "Mentor", { fit: "Yes", satisfaction: 9 }),
      answer("Final review", "Mentee", {
        fit: "Yes",
        satisfaction: 10,
        helped: "Practising difficult conversations before having them",
      }),
      answer("Final review", "Mentor", {
        fit: "Yes",
        satisfaction: 9,
        helped: "Regular rhythm of meetings",
      }),
    ],
    skills: [skill("Delegation", 2, 4, 4), skill("Feedback", 3, 5, 4), skill("Strategy", 1, 3, 1)],
    goals: [
      goal(1, { status: "Done", attained: "Yes", doneOn: day("2025-12-05") }),
      goal(2, { status: "Done", attained: "Yes", doneOn: day("2026-02-04") }),
      goal(3, { attained: "Partly" }),
    ],
    careerOutcomes: [outcome("Promotion", "2026-04-01"), outcome("Colleague feedback")],
  }),
  outcomePlan({
    planId: "pC",
    sheetName: "Plan · Cai",
    header: {
      ...who("Cai", "Oli"),
      startDate: day("2026-02-02"),
      targetEndDate: day("2026-08-02"),
      cadence: "Monthly",
    },
    lifecycle: lifecycleOf("Paused", day("2026-03-01"), "Workload"),
    checkIns: [checkIn("2026-02-16")],
    feedback: [answer("Fit check", "Mentee", { fit: "No", satisfaction: 4, row: 70 })],
  }),
  outcomePlan({
    planId: "pD",
    sheetName: "Plan · Dee",
    header: {
      ...who("Dee", "Pat"),
      startDate: day("2025-11-03"),
      targetEndDate: day("2026-05-03"),
      cadence: "Every two weeks",
    },
    lifecycle: lifecycleOf("Archived – ended early", day("2026-03-15"), "Mentee changed role"),
    checkIns: [checkIn("2025-11-10"), checkIn("2025-11-24")],
    feedback: [
      answer("Fit check", "Mentee", {
        fit: "Not sure",
        satisfaction: 6,
        helped: "Someone outside my team to think with",
      }),
      answer("Fit check", "Mentor", { fit: "Yes", satisfaction: 7 }),
    ],
    skills: [skill("Delegation", 2, 4, 3)],
    goals: [goal(1, { attained: "No" }), goal(2, { attained: "Partly" })],
    careerOutcomes: [outcome("New responsibilities")],
  }),
  outcomePlan({
    planId: "pE",
    sheetName: "Plan · Eve",
    header: {
      ...who("Eve", "Quinn"),
      startDate: day("2026-04-27"),
      targetEndDate: day("2026-10-27"),
      cadence: "Weekly",
    },
    feedback: [answer("Fit check", "Mentee"), answer("Fit check", "Mentor")],
  }),
];
