import { describe, expect, it } from "vitest";
import { summarizePlan } from "../../../src/domain/plan/summarize-plan";
import { action, checkIn, day, goal, plan, TZ } from "../support/parsed-plan-fixture";

describe("summarizePlan", () => {
  const p = plan({
    planId: "plan-1234abcd",
    sheetName: "Plan · Ana López",
    header: { startDate: day("2026-02-02"), targetEndDate: day("2026-05-03") },
    goals: [goal(1, "Done"), goal(2), goal(3), goal(4, "Dropped")],
    actions: [
      action(1, "Done", "2026-02-10"),
      action(2, "Done", "2026-02-20"),
      action(2, "In progress", "2026-03-01"), // 19 days late
      action(2, "Blocked", "2026-03-15"), // 5 days late
      action(3, "Dropped", "2026-02-01"), // dropped: neither active nor overdue
      action(4, "Not started", "2026-03-19"), // 1 day late (its goal is dropped; the action is not)
      action(3, "Not started", "2026-03-20"), // due today: not late
    ],
    checkIns: [
      checkIn("2026-02-09", 3),
      checkIn("2026-03-09", 4),
      checkIn("2026-03-13", null), // the last check-in, without a rating
      checkIn("2026-03-27", 5), // planned ahead: ignored
    ],
    nextSteps: [
      { step: "Book the course", owner: "Mentee", byWhen: day("2026-03-25"), done: false },
      { step: "Intro to Sam", owner: "Mentor", byWhen: null, done: true },
      { step: "Shadow a 1:1", owner: "Both", byWhen: null, done: false },
    ],
    problems: [{ message: "Due date in row 31 is not a date", row: 31 }],
  });
  const s = summarizePlan(p, 42, "2026-03-20", TZ);

  it("counts active goals and actions, done ones apart", () => {
    expect([s.goalsDone, s.goalsActive]).toEqual([1, 3]);
    expect([s.actionsDone, s.actionsActive]).toEqual([2, 6]);
  });

  it("computes completion by the definition: (1 + 1/3 + 0) / 3", () => {
    expect(s.completion).toBeCloseTo((1 + 1 / 3 + 0) / 3, 12);
  });

  it("lists overdue actions most late first, with days late in the spreadsheet's zone", () => {
    expect(s.overdueActions.map((o) => [o.goalNumber, o.daysLate])).toEqual([
      [2, 19],
      [2, 5],
      [4, 1],
    ]);
    expect(s.overdueActions[0]?.dueDate.getTime()).toBe(day("2026-03-01").getTime());
    expect(s.overdueActions[0]?.owner).toBe("Mentee");
  });

  it("takes the last past check-in, and the last rating given", () => {
    expect(s.lastCheckIn?.getTime()).toBe(day("2026-03-13").getTime());
    expect(s.daysSinceCheckIn).toBe(7);
    expect(s.lastRating).toBe(4);
  });

  it("is At risk (overdue actions) and keeps the pair, ids, open next steps and problems", () => {
    expect(s.health).toBe("At risk");
    expect(s).toMatchObject({
      planId: "plan-1234abcd",
      sheetName: "Plan · Ana López",
      sheetId: 42,
      menteeName: "Ana López",
      menteeEmail: "ana@example.org",
      mentorName: "Bea Okafor",
      mentorEmail: "bea@example.org",
      reviewerEmail: "hr@example.org",
      focusArea: "People management",
    });
    expect(s.nextSteps.map((n) => n.step)).toEqual(["Book the course", "Shadow a 1:1"]);
    expect(s.problems).toEqual([{ message: "Due date in row 31 is not a date", row: 31 }]);
  });

  it("an empty plan: zeros, no check-in, nothing late", () => {
    const e = summarizePlan(
      plan({ header: { startDate: day("2026-03-18") } }),
      null,
      "2026-03-20",
      TZ,
    );
    expect(e).toMatchObject({
      sheetId: null,
      goalsDone: 0,
      goalsActive: 0,
      actionsDone: 0,
      actionsActive: 0,
      completion: 0,
      overdueActions: [],
      lastCheckIn: null,
      daysSinceCheckIn: null,
      lastRating: null,
      health: "On track",
      healthReason: "",
    });
  });

  it("all done: completion 1 and Complete", () => {
    const done = plan({ goals: [goal(1, "Done"), goal(2, "Done")], actions: [action(1, "Done")] });
    const d = summarizePlan(done, 1, "2026-03-20", TZ);
    expect([d.completion, d.health, d.goalsDone, d.goalsActive]).toEqual([1, "Complete", 2, 2]);
  });

  it("days since the last check-in count calendar days in the spreadsheet's zone", () => {
    const tz = "Pacific/Auckland";
    const q = plan({ goals: [goal(1)], checkIns: [checkIn("2026-03-19", 5, tz)] });
    expect(summarizePlan(q, 1, "2026-03-20", tz).daysSinceCheckIn).toBe(1);
    // The same check-in cell read as if Los Angeles: the instant falls on the 18th there.
    expect(summarizePlan(q, 1, "2026-03-20", "America/Los_Angeles").daysSinceCheckIn).toBe(2);
  });
});
