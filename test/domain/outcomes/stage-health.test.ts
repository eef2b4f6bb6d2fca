/** The one rule for plans the add-on no longer follows up: paused, closed and archived plans. */
import { describe, expect, it } from "vitest";
import { isLive, lifecycleOf, stageHealth } from "../../../src/domain/outcomes/lifecycle";
import { planHealth } from "../../../src/domain/plan/health";
import { summarizePlan } from "../../../src/domain/plan/summarize-plan";
import { PLAN_STATUSES, type PlanStatus } from "../../../src/domain/plan/vocabulary";
import { buildDigest } from "../../../src/domain/review/digest";
import { needsNudge, planNudges } from "../../../src/domain/review/nudge";
import { action, checkIn, goal, plan, TZ } from "../support/parsed-plan-fixture";

/** A plan that would be Stalled with an overdue action if it were followed up. */
const neglected = (planStatus: PlanStatus | null) =>
  plan({
    header: { planStatus, startDate: new Date("2026-01-05T00:00:00Z"), cadence: "Weekly" },
    goals: [goal(1)],
    actions: [action(1, "Not started", "2026-01-20")],
    checkIns: [checkIn("2026-01-06")],
  });

const TODAY = "2026-03-02";

describe("stageHealth", () => {
  it("gives every stage but Active its own health; a blank status counts as Active", () => {
    expect(PLAN_STATUSES.map((s) => stageHealth(lifecycleOf(s)))).toEqual([
      null,
      "Paused",
      "Complete",
      "Closed",
      "Complete",
      "Closed",
    ]);
    expect(stageHealth(lifecycleOf(null))).toBeNull();
    expect(PLAN_STATUSES.filter((s) => isLive(lifecycleOf(s)))).toEqual(["Active"]);
  });

  it("an active plan left alone is Stalled; paused, closed or archived it never is", () => {
    expect(planHealth(neglected("Active"), TODAY, TZ)).toBe("Stalled");
    expect(planHealth(neglected(null), TODAY, TZ)).toBe("Stalled");
    expect(planHealth(neglected("Paused"), TODAY, TZ)).toBe("Paused");
    expect(planHealth(neglected("Closed – completed"), TODAY, TZ)).toBe("Complete");
    expect(planHealth(neglected("Closed – ended early"), TODAY, TZ)).toBe("Closed");
    expect(planHealth(neglected("Archived – ended early"), TODAY, TZ)).toBe("Closed");
  });

  it("gets no nudge and never needs attention in a digest when not followed up", () => {
    const summaries = PLAN_STATUSES.map((s, i) => ({
      ...summarizePlan({ ...neglected(s), planId: `plan-${i}` }, i, TODAY, TZ),
      reviewerEmail: "rita@example.com",
    }));
    expect(summaries.map(needsNudge)).toEqual([true, false, false, false, false, false]);
    const nudges = planNudges({
      periodKey: "2026-02-23",
      summaries,
      ledger: [],
      remainingQuota: 100,
      programName: "P",
      spreadsheetUrl: "https://docs.google.com/spreadsheets/d/x/edit",
    });
    expect(nudges.toSend.map((n) => n.planId)).toEqual(["plan-0"]);
    const digest = buildDigest({
      programName: "P",
      reviewerEmail: "rita@example.com",
      period: { key: "2026-02-23", start: "2026-02-23", end: "2026-03-08" },
      pairs: summaries,
      previousCompletion: new Map(),
      spreadsheetUrl: "https://docs.google.com/spreadsheets/d/x/edit",
      timeZone: TZ,
      today: TODAY,
    });
    expect(digest.subject).toContain("1 pair needs attention");
  });
});
