import { describe, expect, it } from "vitest";
import { planHealth } from "../../../src/domain/plan/health";
import { explainHealth, healthWithReason } from "../../../src/domain/plan/health-reason";
import { action, checkIn, day, goal, plan, TZ } from "../support/parsed-plan-fixture";

const TODAY = "2026-03-20";
const explained = (p: ReturnType<typeof plan>) => {
  const e = explainHealth(p, TODAY, TZ);
  // The label is always the rule's own.
  expect(e.health).toBe(planHealth(p, TODAY, TZ));
  return healthWithReason(e.health, e.reason);
};

describe("explainHealth: the reason beside each label", () => {
  it("Stalled: days since the last check-in and the cadence they are measured against", () => {
    const p = plan({
      goals: [goal(1)],
      header: { startDate: day("2026-01-05"), cadence: "Every two weeks" },
      checkIns: [checkIn("2026-02-03")],
    });
    expect(explained(p)).toBe("Stalled — no check-in for 45 days (every two weeks cadence)");
  });

  it("Stalled with no check-in at all: days since the start", () => {
    const p = plan({ goals: [goal(1)], header: { startDate: day("2026-02-20") } });
    expect(explained(p)).toBe("Stalled — no check-in in the 28 days since the start");
  });

  it("At risk from overdue actions: how many", () => {
    const p = plan({
      goals: [goal(1)],
      header: { startDate: day("2026-03-01"), targetEndDate: day("2026-09-01") },
      checkIns: [checkIn("2026-03-16")],
      actions: [
        action(1, "Not started", "2026-03-10"),
        action(1, "In progress", "2026-03-12"),
        action(1, "Done", "2026-03-01"),
        action(1, "Not started", "2026-03-19"),
      ],
    });
    expect(explained(p)).toBe("At risk — 3 overdue actions");
  });

  it("At risk from the timeline: points behind", () => {
    const p = plan({
      goals: [goal(1)],
      header: { startDate: day("2026-01-01"), targetEndDate: day("2026-05-01") },
      checkIns: [checkIn("2026-03-16")],
    });
    // 78 of 120 days gone (65 %), nothing done.
    expect(explained(p)).toBe("At risk — 65 points behind the timeline");
  });

  it("On track and Complete say how far along the pair is", () => {
    const onTrack = plan({
      goals: [goal(1)],
      header: { startDate: day("2026-03-10"), targetEndDate: day("2026-06-18") },
      checkIns: [checkIn("2026-03-16")],
    });
    expect(explained(onTrack)).toBe("On track — 0% done, 10% of the time gone");
    const done = plan({ goals: [goal(1, "Done"), goal(2, "Done"), goal(3, "Dropped")] });
    expect(explained(done)).toBe("Complete — 2 goals done");
  });

  it("shows the label alone when there is no reason (or no label)", () => {
    expect(healthWithReason("On track", "")).toBe("On track");
    expect(healthWithReason("", "anything")).toBe("");
  });
});
