import { describe, expect, it } from "vitest";
import { elapsedShare, planHealth } from "../../../src/domain/plan/health";
import { dayKey } from "../../../src/domain/sheet/calendar";
import { action, checkIn, day, goal, plan, TZ } from "../support/parsed-plan-fixture";

const TODAY = "2026-03-20";

describe("planHealth: Complete", () => {
  it("is Complete when every active goal is Done (a Dropped one aside), even with no check-ins", () => {
    const p = plan({
      header: { startDate: day("2025-10-01"), targetEndDate: day("2026-01-01") },
      goals: [goal(1, "Done"), goal(2, "Done"), goal(3, "Dropped")],
      actions: [action(2, "Not started", "2026-01-01")], // overdue, but the goals are done
    });
    expect(planHealth(p, TODAY, TZ)).toBe("Complete");
  });

  it("is not Complete without active goals (empty plan, or all dropped)", () => {
    const start = { startDate: day("2026-03-15") };
    expect(planHealth(plan({ header: start }), TODAY, TZ)).toBe("On track");
    const allDropped = plan({ header: start, goals: [goal(1, "Dropped")] });
    expect(planHealth(allDropped, TODAY, TZ)).toBe("On track");
  });
});

describe("planHealth: Stalled", () => {
  const base = { goals: [goal(1)], header: { startDate: day("2026-01-05") } };

  it("Weekly cadence: 15 days since the last check-in is Stalled, 14 is not", () => {
    const last15 = plan({ ...base, checkIns: [checkIn("2026-02-01"), checkIn("2026-03-05")] });
    const last14 = plan({ ...base, checkIns: [checkIn("2026-03-06"), checkIn("2026-02-01")] });
    expect(planHealth(last15, TODAY, TZ)).toBe("Stalled");
    expect(planHealth(last14, TODAY, TZ)).toBe("On track");
  });

  it("Monthly cadence allows 60 days between check-ins", () => {
    const h = { ...base.header, cadence: "Monthly" as const };
    expect(
      planHealth(plan({ ...base, header: h, checkIns: [checkIn("2026-01-19")] }), TODAY, TZ),
    ).toBe("On track"); // 60 days
    expect(
      planHealth(plan({ ...base, header: h, checkIns: [checkIn("2026-01-18")] }), TODAY, TZ),
    ).toBe("Stalled"); // 61 days
  });

  it("an unknown cadence is read as Monthly (no false alarm from a typo)", () => {
    const h = { ...base.header, cadence: null };
    expect(
      planHealth(plan({ ...base, header: h, checkIns: [checkIn("2026-02-01")] }), TODAY, TZ),
    ).toBe("On track");
  });

  it("no check-in at all: Stalled from 21 days after the start, not on day 20", () => {
    const started = (key: string) => plan({ goals: [goal(1)], header: { startDate: day(key) } });
    expect(planHealth(started("2026-02-27"), TODAY, TZ)).toBe("Stalled"); // 21 days
    expect(planHealth(started("2026-02-28"), TODAY, TZ)).toBe("On track"); // 20 days
  });

  it("a check-in dated in the future does not count as the last one", () => {
    const p = plan({ ...base, checkIns: [checkIn("2026-02-01"), checkIn("2026-03-25")] });
    expect(planHealth(p, TODAY, TZ)).toBe("Stalled");
  });

  it("Stalled wins over At risk", () => {
    const p = plan({ ...base, actions: [action(1, "Not started", "2026-03-01")] });
    expect(planHealth(p, TODAY, TZ)).toBe("Stalled");
  });
});

describe("planHealth: At risk", () => {
  const recent = [checkIn("2026-03-18")];

  it("is At risk with any overdue action", () => {
    const p = plan({
      goals: [goal(1)],
      actions: [action(1, "Done", "2026-03-01"), action(1, "Blocked", "2026-03-19")],
      checkIns: recent,
    });
    expect(planHealth(p, TODAY, TZ)).toBe("At risk");
  });

  it("is At risk when completion is more than 25 points behind the elapsed timeline", () => {
    // 2026-01-01 → 2026-04-11 is 100 days; 2026-02-20 is day 50: half the timeline has passed.
    const header = { startDate: day("2026-01-01"), targetEndDate: day("2026-04-11") };
    expect(elapsedShare(header.startDate, header.targetEndDate, "2026-02-20", TZ)).toBe(0.5);
    const withCompletion = (done: number, of: number) =>
      plan({
        header,
        goals: [goal(1)],
        actions: Array.from({ length: of }, (_, i) => action(1, i < done ? "Done" : "Not started")),
        checkIns: [checkIn("2026-02-19")],
      });
    expect(planHealth(withCompletion(1, 4), "2026-02-20", TZ)).toBe("On track"); // exactly 25 behind
    expect(planHealth(withCompletion(1, 5), "2026-02-20", TZ)).toBe("At risk"); // 30 behind
  });

  it("a future start date: nothing elapsed, nothing stalled, so On track", () => {
    const p = plan({
      header: { startDate: day("2026-04-01"), targetEndDate: day("2026-07-01") },
      goals: [goal(1)],
      actions: [action(1, "Not started", "2026-04-15")],
    });
    expect(elapsedShare(p.header.startDate, p.header.targetEndDate, TODAY, TZ)).toBe(0);
    expect(planHealth(p, TODAY, TZ)).toBe("On track");
  });

  it("without dates only the check-in and overdue rules apply", () => {
    expect(elapsedShare(null, day("2026-07-01"), TODAY, TZ)).toBeNull();
    expect(elapsedShare(day("2026-07-01"), day("2026-07-01"), TODAY, TZ)).toBeNull();
    expect(planHealth(plan({ goals: [goal(1)] }), TODAY, TZ)).toBe("On track");
  });

  it("past the target end date the whole timeline has elapsed", () => {
    expect(elapsedShare(day("2025-01-01"), day("2025-06-01"), TODAY, TZ)).toBe(1);
    const p = plan({
      header: { startDate: day("2025-01-01"), targetEndDate: day("2025-06-01") },
      goals: [goal(1, "Done"), goal(2)],
      actions: [action(2, "Done"), action(2, "Done")],
      checkIns: recent,
    });
    // completion (1 + 0.99) / 2 = 0.995: 0.5 points behind, On track
    expect(planHealth(p, TODAY, TZ)).toBe("On track");
    expect(planHealth({ ...p, goals: [goal(1), goal(2)] }, TODAY, TZ)).toBe("At risk");
  });
});

describe("planHealth in the spreadsheet's time zone", () => {
  it("Pacific/Auckland: the same instant is a different day than in Los Angeles", () => {
    const tz = "Pacific/Auckland";
    // Weekly cadence, last check-in on 2026-03-06 (Auckland). At 2026-03-20T10:30Z it is
    // 23:30 on the 20th in Auckland (14 days: fine) and 00:30 on the 21st an hour later (15: Stalled).
    const p = plan({ goals: [goal(1)], checkIns: [checkIn("2026-03-06", null, tz)] });
    const at = (iso: string) => dayKey(new Date(iso), tz);
    expect(at("2026-03-20T10:30:00Z")).toBe("2026-03-20");
    expect(planHealth(p, at("2026-03-20T10:30:00Z"), tz)).toBe("On track");
    expect(planHealth(p, at("2026-03-20T11:30:00Z"), tz)).toBe("Stalled");
  });
});
