import { describe, expect, it } from "vitest";
import {
  careerOutcomeCounts,
  checkInActivity,
  daysToGoals,
  fitCounts,
  goalAttainment,
  median,
  netPromoterScore,
  satisfaction,
  skillGrowth,
} from "../../../src/domain/outcomes/metrics";
import { checkIn, day, goal, outcome, skill, TZ } from "./fixtures";

describe("skill growth", () => {
  it("is the level at the end minus the starting level, and the share of the target gap closed", () => {
    expect(skillGrowth(skill("Delegation", 2, 4, 3))).toEqual({ growth: 1, gapClosed: 0.5 });
    expect(skillGrowth(skill("Delegation", 2, 5, 4))).toEqual({ growth: 2, gapClosed: 2 / 3 });
  });

  it("never closes more than the whole gap; falls back the same way it grows", () => {
    expect(skillGrowth(skill("Delegation", 2, 4, 5))).toEqual({ growth: 3, gapClosed: 1 });
    expect(skillGrowth(skill("Delegation", 3, 5, 2))).toEqual({ growth: -1, gapClosed: -0.5 });
  });

  it("has no gap share when the target was not above the start, and nothing until re-rated", () => {
    expect(skillGrowth(skill("Delegation", 3, 3, 4))).toEqual({ growth: 1, gapClosed: null });
    expect(skillGrowth(skill("Delegation", 3, null, 4))).toEqual({ growth: 1, gapClosed: null });
    expect(skillGrowth(skill("Delegation", 2, 4, null))).toEqual({ growth: null, gapClosed: null });
    expect(skillGrowth(skill("Delegation", null, 4, 3))).toEqual({ growth: null, gapClosed: null });
  });
});

describe("goal attainment and time to goal", () => {
  const start = day("2026-01-05");
  const goals = [
    goal(1, { attained: "Yes", doneOn: day("2026-02-04") }),
    goal(2, { attained: "Yes", doneOn: day("2026-03-06") }),
    goal(3, { attained: "Partly" }),
    goal(4, { attained: "No", doneOn: day("2025-12-01") }),
    goal(5),
    goal(6, { status: "Dropped", attained: "Yes", doneOn: day("2026-01-10") }),
  ];

  it("counts the active goals marked Yes / Partly / No; attainment is Yes over those", () => {
    expect(goalAttainment(goals)).toEqual({
      assessed: 4,
      attained: 2,
      partly: 1,
      notAttained: 1,
      rate: 0.5,
    });
    expect(goalAttainment([goal(1)]).rate).toBeNull();
  });

  it("days to goal: start to done-on of active goals, a done-on before the start left out", () => {
    expect(daysToGoals(goals, start, TZ)).toEqual([30, 60]);
    expect(daysToGoals(goals, null, TZ)).toEqual([]);
  });

  it("median: the middle value, or the mean of the middle two", () => {
    expect(median([30, 60])).toBe(45);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([])).toBeNull();
  });
});

describe("check-in activity", () => {
  const plan = {
    startDate: day("2026-01-05"),
    targetEndDate: day("2026-07-05"),
    cadence: "Every two weeks" as const,
    checkIns: ["2025-12-20", "2026-01-12", "2026-01-26", "2026-02-09", "2026-03-20"].map(checkIn),
  };

  it("counts check-ins from the start to today; per month and against the cadence", () => {
    // 5 Jan → 1 Mar is 55 days: 3 check-ins held, 55/14 → 3 expected.
    const a = checkInActivity(plan, "2026-03-01", TZ);
    expect(a).toEqual({ held: 3, elapsedDays: 55, perMonth: 3 / (55 / 30), expected: 3, rate: 1 });
  });

  it("stops counting when the plan stopped, and at the target end", () => {
    const weekly = { ...plan, cadence: "Weekly" as const, stoppedOn: day("2026-02-01") };
    // 27 days: 2 held, the first month counted whole, 3 weeks expected.
    expect(checkInActivity(weekly, "2026-06-01", TZ)).toEqual({
      held: 2,
      elapsedDays: 27,
      perMonth: 2,
      expected: 3,
      rate: 2 / 3,
    });
    const ended = checkInActivity({ ...plan, cadence: null }, "2026-12-01", TZ);
    expect(ended).toMatchObject({ held: 4, elapsedDays: 181, expected: 6 }); // Monthly
  });

  it("has no rates before the start or without a start date", () => {
    expect(checkInActivity(plan, "2026-01-01", TZ)).toMatchObject({ perMonth: null, rate: null });
    expect(checkInActivity({ ...plan, startDate: null }, "2026-03-01", TZ)).toEqual({
      held: 0,
      elapsedDays: 0,
      perMonth: null,
      expected: 0,
      rate: null,
    });
    // Day 10 of a fortnightly plan: none expected yet.
    expect(checkInActivity(plan, "2026-01-15", TZ)).toMatchObject({ expected: 0, rate: null });
  });
});

describe("satisfaction, NPS, fit and career outcomes", () => {
  it("satisfaction: the latest answer and the mean", () => {
    expect(satisfaction([7, 9, 8])).toEqual({ latest: 8, mean: 8, count: 3 });
    expect(satisfaction([])).toEqual({ latest: null, mean: null, count: 0 });
  });

  it("NPS-style score: % of 9–10 minus % of 0–6", () => {
    expect(netPromoterScore([10, 9, 8, 7, 6, 0])).toBe(0);
    expect(netPromoterScore([10, 10, 9, 5])).toBe(50);
    expect(netPromoterScore([0, 3])).toBe(-100);
    expect(netPromoterScore([7, 8])).toBe(0);
    expect(netPromoterScore([])).toBeNull();
  });

  it("counts fit answers and career outcomes by kind", () => {
    expect(fitCounts(["Yes", "No", "Yes", "Not sure"])).toEqual({ Yes: 2, "Not sure": 1, No: 1 });
    const counts = careerOutcomeCounts([
      outcome("Promotion"),
      outcome("Recognition"),
      outcome("Promotion"),
    ]);
    expect(counts.Promotion).toBe(2);
    expect(counts.Recognition).toBe(1);
    expect(counts["Project delivered"]).toBe(0);
  });
});
