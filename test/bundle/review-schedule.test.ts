/**
 * The review schedule through the bundle: saveSettings turns reviews on or off and keeps exactly
 * one runScheduledReview trigger (and one daily dashboard refresh when asked), whatever is
 * clicked; a trigger made by another coordinator is reported, never duplicated. Triggers are per
 * user: getProjectTriggers "gets all installable triggers associated with the current project
 * and current user" (https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()).
 */
import { describe, expect, it } from "vitest";
import type { SaveSettingsResult } from "../../src/domain/sidebar-contract/replies";
import { COORDINATOR, DAY, ReviewProgram, subjectPeriod, WEEK } from "./review-fixture";

const OTHER = "second.coordinator@example.org";

function program() {
  const p = new ReviewProgram(); // Tuesday 6 January 2026, 10:00
  p.insert({ mentee: "Ann", mentor: "Mo", reviewer: "rita@example.com" });
  p.insert({ mentee: "Bea", mentor: "Max", reviewer: "sam@example.com" });
  return p;
}

describe("turning reviews on and off", () => {
  it("reviews on installs one weekly trigger at the chosen weekday and hour, in the spreadsheet's zone", () => {
    const p = program();
    expect(p.sidebar().schedule).toEqual({
      installed: false,
      installedByMe: false,
      installedBy: null,
      nextReviewDue: null,
    });
    const saved = p.scheduleReviews({ reviewWeekday: "WEDNESDAY", reviewHour: 14 });
    expect(saved).toMatchObject({
      ok: true,
      message: "Settings saved. Review emails are scheduled.",
      schedule: {
        installed: true,
        installedByMe: true,
        installedBy: COORDINATOR,
        nextReviewDue: "2026-01-07T14:00:00.000Z",
      },
    });
    const [trigger, ...more] = p.reviewTriggers();
    expect(more).toEqual([]);
    expect(trigger).toMatchObject({
      owner: COORDINATOR,
      timeZone: "Europe/London",
      schedule: { kind: "weeks", every: 1, weekday: 3, hour: 14 },
      nextFireAt: new Date("2026-01-07T14:00:00Z"),
    });
    // The first run is that Wednesday at 14:00, and it sends the period.
    p.env.advanceTime(2 * DAY);
    expect(p.env.triggerRuns.map((r) => r.ranAt.toISOString())).toEqual([
      "2026-01-07T14:00:00.000Z",
    ]);
    expect(p.env.outbox.map((m) => [m.to, subjectPeriod(m.subject)])).toEqual([
      ["hr@example.com", "29 Dec 2025 – 11 Jan 2026"],
      ["rita@example.com", "29 Dec 2025 – 11 Jan 2026"],
      ["sam@example.com", "29 Dec 2025 – 11 Jan 2026"],
    ]);
  });

  it("saving three times (or with a new weekday) still leaves exactly one trigger, at the last settings", () => {
    const p = program();
    p.scheduleReviews();
    p.scheduleReviews();
    p.scheduleReviews({ reviewWeekday: "FRIDAY", reviewHour: 8 });
    const triggers = p.reviewTriggers();
    expect(triggers).toHaveLength(1);
    expect(triggers[0]?.schedule).toMatchObject({ kind: "weeks", weekday: 5, hour: 8 });
    expect(p.env.triggers).toHaveLength(1);
  });

  it("reviews off deletes the trigger, and a run that still fires sends nothing", () => {
    const p = program();
    p.scheduleReviews();
    const off = p.saveSettings({ programName: "Leaders 2026", reviewsEnabled: false });
    expect(off).toMatchObject({
      ok: true,
      message: "Settings saved. Review emails are off.",
      schedule: { installed: false, installedBy: null, nextReviewDue: null },
    });
    expect(p.env.triggers).toEqual([]);
    expect(p.sidebar().schedule.installed).toBe(false);
    p.env.advanceTime(2 * WEEK);
    expect(p.env.triggerRuns).toEqual([]);
    expect(p.runScheduled().message).toBe("Review emails are off: nothing was sent.");
    expect(p.env.outbox).toEqual([]);
  });

  it("the daily dashboard refresh is one more trigger, also kept to one", () => {
    const p = program();
    p.scheduleReviews({ dailyDashboardRefresh: true });
    p.scheduleReviews({ dailyDashboardRefresh: true });
    const handlers = p.env.triggers.map((t) => t.handler).sort();
    expect(handlers).toEqual(["refreshDashboard", "runScheduledReview"]);
    expect(p.env.triggers.find((t) => t.handler === "refreshDashboard")?.schedule).toMatchObject({
      kind: "days",
      every: 1,
      hour: 6,
    });
    p.env.advanceTime(DAY);
    expect(p.env.triggerRuns.map((r) => [r.handler, r.error ?? null])).toEqual([
      ["refreshDashboard", null],
    ]);
    p.scheduleReviews({ dailyDashboardRefresh: false });
    expect(p.env.triggers.map((t) => t.handler)).toEqual(["runScheduledReview"]);
  });

  it("invalid settings change nothing and say what is wrong, field by field", () => {
    const p = program();
    p.scheduleReviews();
    const before = p.env.triggers;
    const bad = p.saveSettings({
      programName: "",
      reviewsEnabled: false,
      reviewWeekday: "FUNDAY" as never,
      reviewHour: 25,
      programReviewers: ["not an email"],
    }) as Extract<SaveSettingsResult, { ok: false }>;
    expect(bad.ok).toBe(false);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual([
      "programName",
      "programReviewers.0",
      "reviewHour",
      "reviewWeekday",
    ]);
    expect(bad.fieldErrors["programReviewers.0"]).toBe(
      "Reviewer email must be a valid email address.",
    );
    expect(p.env.triggers).toEqual(before);
    expect(p.sidebar().settings).toMatchObject({
      reviewsEnabled: true,
      programName: "Leaders 2026",
    });
  });
});

describe("robust to trigger jitter and settings changes", () => {
  it("a run within 15 minutes before the hour counts, a second run in the period adds nothing", () => {
    // "nearMinute … plus or minus 15 minutes":
    // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#nearMinute(Integer)
    const p = program();
    p.scheduleReviews({ programReviewers: [] });
    p.advanceTo("2026-01-12T08:40:00Z");
    expect(p.runScheduled()).toMatchObject({ sent: 0, message: "No review emails were due." });
    p.advanceTo("2026-01-12T08:47:00Z");
    expect(p.runScheduled()).toMatchObject({ period: "2026-01-12", sent: 2 });
    p.advanceTo("2026-01-12T09:55:00Z"); // the trigger's own run, and a late duplicate
    expect(p.runScheduled().sent).toBe(0);
    p.advanceTo("2026-01-19T09:30:00Z"); // the period's second week
    expect(p.env.outbox.map((m) => m.to)).toEqual(["rita@example.com", "sam@example.com"]);
  });

  it("a weekday changed mid-period does not resend the period; the next goes on the new day", () => {
    const p = program();
    p.scheduleReviews({ programReviewers: [] });
    p.advanceTo("2026-01-13T10:00:00Z"); // Monday 12 Jan sent the period
    p.scheduleReviews({ programReviewers: [], reviewWeekday: "WEDNESDAY" });
    p.advanceTo("2026-01-27T10:00:00Z"); // Wednesdays 14 and 21 Jan: same period
    expect(p.env.outbox).toHaveLength(2);
    p.advanceTo("2026-01-28T10:00:00Z");
    expect(p.env.outbox.slice(2).map((m) => [m.to, m.sentAt.toISOString()])).toEqual([
      ["rita@example.com", "2026-01-28T09:00:00.000Z"],
      ["sam@example.com", "2026-01-28T09:00:00.000Z"],
    ]);
    expect(p.env.triggerRuns.map((r) => r.ranAt.toISOString().slice(0, 10))).toEqual([
      "2026-01-12",
      "2026-01-14",
      "2026-01-21",
      "2026-01-28",
    ]);
  });
});

describe("a trigger made by another coordinator", () => {
  it("is reported, not duplicated, and keeps sending with the settings saved later", () => {
    const p = program();
    p.env.setUser(OTHER);
    p.scheduleReviews();
    p.env.setUser(COORDINATOR);
    // The coordinator cannot see the other user's trigger, yet saving does not add a second one.
    const saved = p.scheduleReviews({ reviewHour: 11 });
    expect(saved).toMatchObject({
      ok: true,
      message: `Settings saved. Review emails are sent by the schedule ${OTHER} set up, which runs on Mondays at 09:00: only ${OTHER} can move it to Mondays at 11:00, by saving these settings.`,
      schedule: { installed: true, installedByMe: false, installedBy: OTHER },
    });
    p.scheduleReviews(); // back to Mondays at 9
    expect(p.env.triggers.map((t) => [t.handler, t.owner])).toEqual([
      ["runScheduledReview", OTHER],
    ]);
    expect(p.sidebar().schedule).toMatchObject({
      installed: true,
      installedByMe: false,
      installedBy: OTHER,
    });
    // Their trigger runs as them and sends each reviewer the period once.
    p.env.advanceTime(WEEK);
    expect(p.env.triggerRuns.map((r) => [r.handler, r.error ?? null])).toEqual([
      ["runScheduledReview", null],
    ]);
    expect(p.env.outbox.map((m) => m.to).sort()).toEqual([
      "hr@example.com",
      "rita@example.com",
      "sam@example.com",
    ]);
  });

  it("a new weekday or hour cannot move their trigger: the coordinator is told who can", () => {
    const p = program();
    p.env.setUser(OTHER);
    p.scheduleReviews(); // Mondays at 9
    p.env.setUser(COORDINATOR);
    expect(p.scheduleReviews({ reviewWeekday: "FRIDAY", reviewHour: 14 }).message).toBe(
      `Settings saved. Review emails are sent by the schedule ${OTHER} set up, which runs on Mondays at 09:00: only ${OTHER} can move it to Fridays at 14:00, by saving these settings.`,
    );
    expect(p.reviewTriggers().map((t) => t.schedule)).toMatchObject([{ weekday: 1, hour: 9 }]);
    // When they save the same settings, their one trigger moves.
    p.env.setUser(OTHER);
    p.scheduleReviews({ reviewWeekday: "FRIDAY", reviewHour: 14 });
    p.env.setUser(COORDINATOR);
    expect(p.reviewTriggers().map((t) => [t.owner, t.schedule])).toMatchObject([
      [OTHER, { weekday: 5, hour: 14 }],
    ]);
    expect(p.scheduleReviews({ reviewWeekday: "FRIDAY", reviewHour: 14 }).message).toBe(
      `Settings saved. Review emails are sent by the schedule ${OTHER} set up.`,
    );
  });

  it("reviews turned off by someone else: their trigger stays (it is theirs) but sends nothing", () => {
    const p = program();
    p.env.setUser(OTHER);
    p.scheduleReviews();
    p.env.setUser(COORDINATOR);
    const off = p.saveSettings({ programName: "Leaders 2026", reviewsEnabled: false });
    expect(off).toMatchObject({ ok: true, schedule: { installed: true, installedBy: OTHER } });
    p.env.advanceTime(WEEK);
    expect(p.env.triggerRuns).toHaveLength(1);
    expect(p.env.outbox).toEqual([]);
    // When its owner saves, their trigger goes and nobody is shown as holding one.
    p.env.setUser(OTHER);
    p.saveSettings({ programName: "Leaders 2026", reviewsEnabled: false });
    p.env.setUser(COORDINATOR);
    expect(p.env.triggers).toEqual([]);
    expect(p.sidebar().schedule).toMatchObject({ installed: false, installedBy: null });
    // Now the coordinator may take over.
    p.scheduleReviews();
    expect(p.env.triggers.map((t) => t.owner)).toEqual([COORDINATOR]);
  });
});
