/** Every figure below is worked out by hand from program-fixture.ts (the sums are in comments). */
import { describe, expect, it } from "vitest";
import { type PairOutcomes, pairOutcomes } from "../../../src/domain/outcomes/pair-outcomes";
import { pickQuotes, programOutcomes } from "../../../src/domain/outcomes/program-outcomes";
import { TZ } from "./fixtures";
import { PROGRAM, TODAY } from "./program-fixture";

const pairs = PROGRAM.map((p, i) => pairOutcomes(p, 100 + i, TODAY, TZ));
const pair = (id: string) => pairs.find((p) => p.planId === id) as PairOutcomes;

describe("pairOutcomes", () => {
  it("A, active past the mid-point: the mid-point is overdue and waits for the mentor", () => {
    const a = pair("pA");
    expect(a.nextCheckpoint).toEqual({ name: "Mid-point", due: "2026-04-06", state: "Overdue" });
    expect(a.overdueCheckpoints).toBe(1);
    // 5 Jan → 1 May = 116 days; 5 check-ins; fortnightly → 8 expected.
    expect(a.checkIns).toEqual({
      held: 5,
      elapsedDays: 116,
      perMonth: 5 / (116 / 30),
      expected: 8,
      rate: 5 / 8,
    });
    expect(a.attainment.rate).toBeNull();
    expect(a.daysToGoal).toEqual([60]); // 5 Jan → 6 Mar
    expect(a.satisfaction.Mentee).toEqual({ latest: 6, mean: 7, count: 2 });
    expect(a.satisfaction.Mentor).toEqual({ latest: 9, mean: 9, count: 1 });
    expect(a.latestFit).toEqual({ Mentee: "Not sure", Mentor: "Yes" });
    expect(a.meanGrowth).toBeNull(); // Delegation not re-rated yet
    expect(a.problems).toEqual([]);
  });

  it("B, closed: counted up to its target end, fully evaluated, no next checkpoint", () => {
    const b = pair("pB");
    expect(b.nextCheckpoint).toBeNull();
    // 6 Oct → 6 Apr = 182 days; 9 held; weekly → 26 expected.
    expect(b.checkIns).toMatchObject({ held: 9, elapsedDays: 182, expected: 26, rate: 9 / 26 });
    expect(b.skills.map((s) => [s.skill, s.growth, s.gapClosed])).toEqual([
      ["Delegation", 2, 1],
      ["Feedback", 1, 0.5],
      ["Strategy", 0, 0],
    ]);
    expect(b.meanGrowth).toBe(1);
    expect(b.meanGapClosed).toBe(0.5);
    expect(b.attainment).toEqual({
      assessed: 3,
      attained: 2,
      partly: 1,
      notAttained: 0,
      rate: 2 / 3,
    });
    expect(b.daysToGoal).toEqual([60, 121]);
    expect(b.medianDaysToGoal).toBe(90.5);
    expect(b.satisfaction.Mentee).toEqual({ latest: 10, mean: 28 / 3, count: 3 });
  });

  it("C, paused after a No on fit: no next checkpoint, the No named", () => {
    const c = pair("pC");
    expect(c.nextCheckpoint).toBeNull();
    expect(c.overdueCheckpoints).toBe(0);
    expect(c.checkIns).toMatchObject({ held: 1, elapsedDays: 27, perMonth: 1, rate: null });
    expect(c.problems).toEqual([
      {
        message:
          'Mentee answered No to "Is this pairing working?" at Fit check: consider re-matching',
        row: 70,
      },
    ]);
  });

  it("E, just started: the fit check is upcoming, nothing measured yet", () => {
    const e = pair("pE");
    expect(e.nextCheckpoint).toEqual({ name: "Fit check", due: "2026-05-27", state: "Upcoming" });
    expect(e.checkIns).toEqual({ held: 0, elapsedDays: 4, perMonth: 0, expected: 0, rate: null });
    expect(e.scores).toEqual([]);
  });
});

describe("programOutcomes", () => {
  const t = programOutcomes(pairs);

  it("participation", () => {
    expect(t.pairs).toBe(5);
    expect(t.byStage).toEqual({ Active: 2, Paused: 1, Closed: 1, Archived: 1 });
    expect(t.closures).toEqual({ Completed: 1, "Ended early": 1 });
    expect(t.checkInsHeld).toBe(5 + 9 + 1 + 2 + 0);
    // Rates of A, B, D (C and E expect none yet); per month of all five.
    expect(t.checkInRate).toBeCloseTo((5 / 8 + 9 / 26 + 2 / 9) / 3, 12);
    expect(t.checkInsPerMonth).toBeCloseTo((150 / 116 + 270 / 182 + 1 + 60 / 132 + 0) / 5, 12);
  });

  it("goals, time to goal and skill growth, pooled", () => {
    expect(t.goals).toEqual({ assessed: 5, attained: 2, partly: 2, notAttained: 1, rate: 0.4 });
    expect(t.goalsTimed).toBe(3);
    expect(t.medianDaysToGoal).toBe(60); // 60, 60, 121
    expect(t.skillsRerated).toBe(4);
    expect(t.meanGrowth).toBe(1); // (2 + 1 + 0 + 1) / 4
    expect(t.meanGapClosed).toBe(0.5); // (1 + 0.5 + 0 + 0.5) / 4
  });

  it("satisfaction, NPS, fit and career outcomes", () => {
    expect(t.satisfaction.Mentee).toEqual({ mean: 52 / 7, count: 7 });
    expect(t.satisfaction.Mentor).toEqual({ mean: 42 / 5, count: 5 });
    // 12 answers: 6 of 9–10, 3 of 0–6 → 25.
    expect(t.nps).toBe(25);
    expect(t.npsAnswers).toBe(12);
    expect(t.fit).toEqual({ Yes: 9, "Not sure": 2, No: 1 });
    expect(t.careerOutcomes).toMatchObject({
      Promotion: 1,
      "New responsibilities": 1,
      "Leadership opportunity": 0,
      Recognition: 0,
      "Colleague feedback": 1,
    });
    expect(t.pairsWithCareerOutcome).toBe(2);
  });

  it("quotes: latest checkpoints first, one per pair before a second, fuller first", () => {
    expect(t.quotes.map((q) => q.text)).toEqual([
      "Practising difficult conversations before having them",
      "Shadowing meetings",
      "Someone outside my team to think with",
      "Regular rhythm of meetings",
      "Honest feedback on my first team plan",
    ]);
    expect(t.quotes[0]).toEqual({
      text: "Practising difficult conversations before having them",
      respondent: "Mentee",
      checkpoint: "Final review",
    });
  });

  it("quotes are clipped and never repeated", () => {
    const long = "x".repeat(300);
    const [p] = pairs;
    const twice = [
      {
        ...(p as PairOutcomes),
        quotes: [{ text: long, respondent: "Mentee" as const, checkpoint: "Fit check" }],
      },
      {
        ...(p as PairOutcomes),
        planId: "other",
        quotes: [
          { text: long.toUpperCase(), respondent: "Mentor" as const, checkpoint: "Fit check" },
        ],
      },
    ];
    const quotes = pickQuotes(twice);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toHaveLength(240);
    expect(quotes[0]?.text.endsWith("…")).toBe(true);
  });

  it("an empty program has counts of zero and no figures", () => {
    const none = programOutcomes([]);
    expect(none.pairs).toBe(0);
    expect(none.goals.rate).toBeNull();
    expect(none.nps).toBeNull();
    expect(none.checkInRate).toBeNull();
    expect(none.quotes).toEqual([]);
  });
});
