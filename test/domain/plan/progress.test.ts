import { describe, expect, it } from "vitest";
import {
  goalProgress,
  isOverdue,
  PROGRESS_CAP,
  planCompletion,
} from "../../../src/domain/plan/progress";
import { dateOfDay, dayKey } from "../../../src/domain/sheet/calendar";
import { action, goal } from "../support/parsed-plan-fixture";

describe("goalProgress (docs/design.md Definitions)", () => {
  it("is 1 for a Done goal, whatever its actions say", () => {
    expect(goalProgress(goal(1, "Done"), [action(1, "Not started")])).toBe(1);
    expect(goalProgress(goal(1, "Done"), [])).toBe(1);
  });

  it("is done actions over active actions: 2 done of 4 active (a 5th is Dropped) = 0.5", () => {
    const actions = [
      action(1, "Done"),
      action(1, "Done"),
      action(1, "In progress"),
      action(1, "Blocked"),
      action(1, "Dropped"),
      action(2, "Done"), // another goal's action does not count
    ];
    expect(goalProgress(goal(1), actions)).toBe(0.5);
  });

  it("is capped below 1 while the goal itself is not marked Done", () => {
    const actions = [action(1, "Done"), action(1, "Done"), action(1, "Dropped")];
    expect(goalProgress(goal(1, "In progress"), actions)).toBe(PROGRESS_CAP);
    expect(PROGRESS_CAP).toBe(0.99);
  });

  it("is 0 with no actions, or only dropped ones", () => {
    expect(goalProgress(goal(1), [])).toBe(0);
    expect(goalProgress(goal(1), [action(1, "Dropped"), action(2, "Done")])).toBe(0);
  });

  it("ignores actions with no goal #", () => {
    expect(goalProgress(goal(1), [action(null, "Done"), action(1, "Not started")])).toBe(0);
  });
});

describe("planCompletion", () => {
  it("is the mean over active goals; Dropped goals do not count", () => {
    const goals = [goal(1, "Done"), goal(2), goal(3), goal(4, "Dropped")];
    const actions = [
      action(2, "Done"),
      action(2, "Not started"), // goal 2: 1/2
      // goal 3: no actions → 0
      action(4, "Done"), // goal 4 is dropped: ignored even though all done
    ];
    // (1 + 0.5 + 0) / 3
    expect(planCompletion({ goals, actions })).toBeCloseTo(0.5, 12);
  });

  it("is 0 for an empty plan and for a plan whose goals are all dropped", () => {
    expect(planCompletion({ goals: [], actions: [] })).toBe(0);
    expect(planCompletion({ goals: [goal(1, "Dropped")], actions: [action(1, "Done")] })).toBe(0);
  });

  it("is 1 only when every active goal is Done", () => {
    expect(planCompletion({ goals: [goal(1, "Done"), goal(2, "Dropped")], actions: [] })).toBe(1);
    const almost = { goals: [goal(1, "Done"), goal(2)], actions: [action(2, "Done")] };
    expect(planCompletion(almost)).toBeCloseTo((1 + 0.99) / 2, 12);
  });
});

describe("isOverdue", () => {
  const tz = "Europe/London";
  it("is true for an open action due before today, false when due today or later", () => {
    expect(isOverdue(action(1, "In progress", "2026-03-09"), "2026-03-10", tz)).toBe(true);
    expect(isOverdue(action(1, "Blocked", "2026-03-09"), "2026-03-10", tz)).toBe(true);
    expect(isOverdue(action(1, "Not started", "2026-03-10"), "2026-03-10", tz)).toBe(false);
    expect(isOverdue(action(1, "Not started", "2026-03-11"), "2026-03-10", tz)).toBe(false);
  });

  it("is false for Done and Dropped actions, and for actions without a due date", () => {
    expect(isOverdue(action(1, "Done", "2026-01-01"), "2026-03-10", tz)).toBe(false);
    expect(isOverdue(action(1, "Dropped", "2026-01-01"), "2026-03-10", tz)).toBe(false);
    expect(isOverdue(action(1, "Not started", null), "2026-03-10", tz)).toBe(false);
  });

  it("uses the spreadsheet's day around midnight in Pacific/Auckland (UTC+13 in March)", () => {
    const tz = "Pacific/Auckland";
    const due = action(1, "Not started", "2026-03-10", tz); // the cell: Auckland midnight = 2026-03-09T11:00Z
    expect(due.dueDate?.toISOString()).toBe("2026-03-09T11:00:00.000Z");
    const lateEvening = dayKey(new Date("2026-03-10T10:30:00Z"), tz); // 23:30 on the 10th there
    const justAfterMidnight = dayKey(new Date("2026-03-10T11:30:00Z"), tz); // 00:30 on the 11th
    expect([lateEvening, justAfterMidnight]).toEqual(["2026-03-10", "2026-03-11"]);
    expect(isOverdue(due, lateEvening, tz)).toBe(false);
    expect(isOverdue(due, justAfterMidnight, tz)).toBe(true);
    // Read in the wrong zone, the same cell would be the 9th in Los Angeles, hence overdue a day early.
    expect(isOverdue(due, "2026-03-10", "America/Los_Angeles")).toBe(true);
  });

  it("uses the spreadsheet's day in America/Los_Angeles when UTC is already tomorrow", () => {
    const tz = "America/Los_Angeles";
    const due = { ...action(1, "Not started"), dueDate: dateOfDay("2026-03-10", tz) };
    const now = new Date("2026-03-11T06:30:00Z"); // 23:30 PDT on the 10th
    expect(dayKey(now, tz)).toBe("2026-03-10");
    expect(isOverdue(due, dayKey(now, tz), tz)).toBe(false);
    expect(isOverdue(due, dayKey(new Date("2026-03-11T07:30:00Z"), tz), tz)).toBe(true);
  });
});
