/**
 * The program's one scheduler through the bundle. An editor add-on may have "only one trigger of
 * each type, per user, per document" and time-driven triggers at most hourly
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions), and
 * getProjectTriggers returns the user's triggers in every document using the add-on
 * (https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()):
 * so one hourly trigger per coordinator per program does every timed job, found through
 * getUserTriggers(spreadsheet) only.
 */
import { describe, expect, it } from "vitest";
import type { SaveSettingsResult } from "../../src/domain/sidebar-contract/replies";
import { COORDINATOR, DAY, HOUR, ReviewProgram, subjectPeriod, WEEK } from "./review-fixture";

const OTHER = "second.coordinator@example.org";
const TRIGGER_CALLS = [
  "ScriptApp.newTrigger",
  "ScriptApp.deleteTrigger",
  "ClockTriggerBuilder.create",
];

function program(options: ConstructorParameters<typeof ReviewProgram>[0] = {}) {
  const p = new ReviewProgram(options); // Tuesday 6 January 2026, 10:00
  p.insert({ mentee: "Ann", mentor: "Mo", reviewer: "rita@example.com" });
  p.insert({ mentee: "Bea", mentor: "Max", reviewer: "sam@example.com" });
  return p;
}

const triggerCalls = (byMethod: Record<string, number>) =>
  TRIGGER_CALLS.filter((m) => (byMethod[m] ?? 0) > 0);

describe("one scheduler per coordinator per program", () => {
  it("reviews on installs one hourly trigger; its weekly pass sends the period at the chosen weekday and hour", () => {
    const p = program();
    expect(p.sidebar().schedule).toMatchObject({ installed: false, running: false });
    const saved = p.scheduleReviews({ reviewWeekday: "WEDNESDAY", reviewHour: 14 });
    expect(saved).toMatchObject({
      ok: true,
      message: "Settings saved. The program's scheduler runs as you.",
      schedule: { installed: true, installedByMe: true, installedBy: COORDINATOR, running: true },
    });
    const [trigger, ...more] = p.schedulerTriggers();
    expect(more).toEqual([]);
    expect(trigger).toMatchObject({ owner: COORDINATOR, schedule: { kind: "hours", every: 1 } });
    p.env.advanceTime(2 * DAY);
    expect(p.env.triggerRuns.filter((r) => r.error)).toEqual([]);
    expect(
      p.env.outbox.map((m) => [m.to, subjectPeriod(m.subject), m.sentAt.toISOString()]),
    ).toEqual([
      ["hr@example.com", "29 Dec 2025 – 11 Jan 2026", "2026-01-07T14:00:00.000Z"],
      ["rita@example.com", "29 Dec 2025 – 11 Jan 2026", "2026-01-07T14:00:00.000Z"],
      ["sam@example.com", "29 Dec 2025 – 11 Jan 2026", "2026-01-07T14:00:00.000Z"],
    ]);
  });

  it("saving unchanged or changed settings again makes no trigger calls: the handler reads the settings each hour", () => {
    const p = program();
    p.scheduleReviews();
    const id = p.schedulerTriggers()[0]?.id;
    const again = p.env.calls.measure(() => p.scheduleReviews());
    expect(triggerCalls(again.byMethod)).toEqual([]);
    const moved = p.env.calls.measure(() =>
      p.scheduleReviews({ reviewWeekday: "FRIDAY", reviewHour: 8, dailyDashboardRefresh: true }),
    );
    expect(triggerCalls(moved.byMethod)).toEqual([]);
    expect(p.env.triggers.map((t) => t.id)).toEqual([id]);
    // Friday 9 January 08:00: the pass goes on the new day and hour.
    p.advanceTo("2026-01-09T09:30:00Z");
    expect(p.env.outbox.map((m) => m.sentAt.toISOString())).toEqual([
      "2026-01-09T08:00:00.000Z",
      "2026-01-09T08:00:00.000Z",
      "2026-01-09T08:00:00.000Z",
    ]);
  });

  it("reviews and the daily refresh both off delete the trigger; reviews off alone keeps it for the refresh", () => {
    const p = program();
    p.scheduleReviews({ dailyDashboardRefresh: true });
    const reviewsOff = p.saveSettings({
      programName: "Leaders 2026",
      reviewsEnabled: false,
      dailyDashboardRefresh: true,
    });
    expect(reviewsOff).toMatchObject({ ok: true, schedule: { installedByMe: true } });
    expect(p.schedulerTriggers()).toHaveLength(1);
    p.env.advanceTime(2 * WEEK);
    expect(p.env.outbox).toEqual([]);
    const off = p.saveSettings({ programName: "Leaders 2026", reviewsEnabled: false });
    expect(off).toMatchObject({
      ok: true,
      message: "Settings saved. Review emails and the daily refresh are off.",
      schedule: { installed: false, installedBy: null, nextReviewDue: null },
    });
    expect(p.env.triggers).toEqual([]);
    expect(p.sidebar().schedule).toMatchObject({ installed: false, running: false });
    expect(p.sidebar().schedule.notRunning).toBeUndefined();
  });

  it("the daily Dashboard refresh rides on the same trigger, once a day from 06:00", () => {
    const p = program();
    p.scheduleReviews({ dailyDashboardRefresh: true });
    expect(p.env.triggers).toHaveLength(1);
    const dashboardWrites = () =>
      p.env.calls.log.filter((c) => c.service === "Range" && c.method === "setValues").length;
    p.advanceTo("2026-01-07T05:30:00Z");
    const beforeSix = dashboardWrites();
    const six = p.env.calls.measure(() => p.advanceTo("2026-01-07T06:30:00Z"));
    expect(dashboardWrites()).toBeGreaterThan(beforeSix);
    // One scheduler execution: the refresh shares its workbook, so the zone is read once.
    const since = Date.parse("2026-01-07T05:30:00Z");
    expect(p.env.triggerRuns.filter((r) => r.ranAt.getTime() > since)).toHaveLength(1);
    expect(six.byMethod["Spreadsheet.getSpreadsheetTimeZone"]).toBe(1);
    const afterSix = dashboardWrites();
    p.advanceTo("2026-01-07T23:30:00Z");
    expect(dashboardWrites()).toBe(afterSix);
    expect(p.env.triggerRuns.filter((r) => r.error)).toEqual([]);
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
    expect(p.env.triggers).toEqual(before);
    expect(p.sidebar().settings).toMatchObject({
      reviewsEnabled: true,
      programName: "Leaders 2026",
    });
  });

  it("a run within 15 minutes before the hour counts; later runs that hour add nothing", () => {
    // "nearMinute … plus or minus 15 minutes":
    // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#nearMinute(Integer)
    const p = program();
    p.scheduleReviews({ programReviewers: [] });
    p.env.clock.set(new Date("2026-01-12T08:40:00Z"));
    expect(p.runScheduler().did).toEqual([]);
    p.env.clock.set(new Date("2026-01-12T08:47:00Z"));
    expect(p.runScheduler().did).toEqual([
      expect.stringContaining("review (weekly): Review emails: 2 sent"),
    ]);
    p.env.clock.set(new Date("2026-01-12T08:55:00Z"));
    expect(p.runScheduler().did).toEqual([]);
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
  });
});

describe("a run cut short finishes within the next hours", () => {
  it("cut by the send deadline: the emails not reached go on the next hourly run", () => {
    const p = program();
    p.scheduleReviews();
    p.env.mail.setSendLatency(2.6 * 60_000); // the third send would pass the 5-minute deadline
    p.advanceTo("2026-01-12T11:00:00Z");
    const times = p.env.outbox.map((m) => m.sentAt.getTime());
    expect(p.env.outbox.map((m) => m.to).sort()).toEqual([
      "hr@example.com",
      "rita@example.com",
      "sam@example.com",
    ]);
    const first = Math.min(...times);
    const last = Math.max(...times);
    expect(new Date(first).toISOString().slice(0, 13)).toBe("2026-01-12T09");
    expect(last - first).toBeLessThan(2 * HOUR);
    expect(last - first).toBeGreaterThan(30 * 60_000); // really a later run
    expect(p.env.triggerRuns.filter((r) => r.error)).toEqual([]);
  });

  it("cut by the mail quota: the rest goes when the quota returns, 24 hours after the day's first send", () => {
    const p = program();
    p.scheduleReviews();
    p.advanceTo("2026-01-12T08:00:00Z");
    p.env.mail.setQuota(1); // the window opened at 08:00 with one recipient left
    p.advanceTo("2026-01-12T10:00:00Z");
    expect(p.env.outbox).toHaveLength(1);
    p.advanceTo("2026-01-13T07:30:00Z");
    expect(p.env.outbox).toHaveLength(1);
    p.advanceTo("2026-01-13T08:30:00Z");
    expect(p.env.outbox.map((m) => [m.to, m.sentAt.toISOString()]).slice(1)).toEqual([
      ["rita@example.com", "2026-01-13T08:00:00.000Z"],
      ["sam@example.com", "2026-01-13T08:00:00.000Z"],
    ]);
    p.advanceTo("2026-01-14T10:00:00Z");
    expect(p.env.outbox).toHaveLength(3);
  });
});

describe("another coordinator", () => {
  it("whose scheduler runs is reported and not duplicated; it follows settings saved later", () => {
    const p = program();
    p.saveSettings({ programName: "Leaders 2026", coordinators: [OTHER] });
    p.env.setUser(OTHER);
    p.scheduleReviews({ coordinators: [OTHER] });
    p.env.setUser(COORDINATOR);
    const saved = p.scheduleReviews({ coordinators: [OTHER], reviewHour: 11 });
    expect(saved).toMatchObject({
      ok: true,
      message: `Settings saved. The program's scheduler runs as ${OTHER} and follows these settings.`,
      schedule: { installed: true, installedByMe: false, installedBy: OTHER, running: true },
    });
    expect(p.env.triggers.map((t) => t.owner)).toEqual([OTHER]);
    p.advanceTo("2026-01-12T12:00:00Z");
    expect(p.env.outbox.map((m) => m.sentAt.toISOString().slice(11, 16))).toEqual([
      "11:00",
      "11:00",
      "11:00",
    ]);
    expect(p.env.triggerRuns.every((r) => !r.error)).toBe(true);
  });

  it("whose scheduler stopped: the sidebar says so and who must act; the next coordinator to save takes it over", () => {
    const p = program();
    p.saveSettings({ programName: "Leaders 2026", coordinators: [OTHER] });
    p.env.setUser(OTHER);
    p.scheduleReviews({ coordinators: [OTHER] });
    // They remove the add-on's trigger (or their account goes): it never runs again.
    for (const t of p.env.globals.ScriptApp.getProjectTriggers())
      p.env.globals.ScriptApp.deleteTrigger(t);
    p.env.setUser(COORDINATOR);
    p.env.advanceTime(5 * HOUR);
    const status = p.sidebar().schedule;
    expect(status).toMatchObject({ installed: false, running: false, installedBy: null });
    expect(status.notRunning).toContain(`The scheduler ${OTHER} set up has not run`);
    expect(status.notRunning).toContain(
      "A coordinator must open Settings and save them to start it",
    );
    const saved = p.scheduleReviews({ coordinators: [OTHER] });
    expect(saved.message).toBe(
      `Settings saved. The program's scheduler runs as you. It had stopped running as ${OTHER}: it now runs as you.`,
    );
    expect(p.env.triggers.map((t) => t.owner)).toEqual([COORDINATOR]);
    p.advanceTo("2026-01-12T10:00:00Z");
    expect(p.env.outbox).toHaveLength(3);
  });

  it("whose stale trigger comes back after a takeover removes itself: one scheduler per program", () => {
    const p = program();
    p.saveSettings({ programName: "Leaders 2026", coordinators: [OTHER] });
    p.env.setUser(OTHER);
    p.scheduleReviews({ coordinators: [OTHER] });
    p.env.auth.requireReauthorization(OTHER); // their runs stop short (and stop beating)
    p.env.setUser(COORDINATOR);
    p.env.advanceTime(5 * HOUR);
    p.scheduleReviews({ coordinators: [OTHER] });
    expect(p.env.triggers.map((t) => t.owner).sort()).toEqual([COORDINATOR, OTHER]);
    p.env.auth.reauthorize(OTHER);
    p.env.advanceTime(2 * HOUR);
    expect(p.env.triggers.map((t) => t.owner)).toEqual([COORDINATOR]);
    p.advanceTo("2026-01-12T10:00:00Z");
    expect(p.env.outbox.filter((m) => m.subject.includes("authoriz"))).toHaveLength(1);
    expect(p.env.outbox.filter((m) => m.to === "rita@example.com")).toHaveLength(1);
  });
});

describe("two programs of one coordinator", () => {
  it("settings saved in both: one trigger per document, both send, and B's survives A's changes", () => {
    const a = program({ name: "Program A" });
    const b = new ReviewProgram({ sharedWith: a, name: "Program B" });
    b.insert({ mentee: "Cy", mentor: "Cal", reviewer: "uma@example.com" });
    expect(() => a.scheduleReviews({ dailyDashboardRefresh: true })).not.toThrow();
    expect(() => b.scheduleReviews({ dailyDashboardRefresh: true })).not.toThrow();
    expect(a.schedulerTriggers()).toHaveLength(1);
    expect(b.schedulerTriggers()).toHaveLength(1);
    const bTrigger = b.schedulerTriggers()[0]?.id;
    a.scheduleReviews({ reviewWeekday: "TUESDAY", dailyDashboardRefresh: false });
    a.saveSettings({ programName: "Leaders 2026", reviewsEnabled: false });
    a.scheduleReviews({ dailyDashboardRefresh: true });
    expect(b.schedulerTriggers().map((t) => t.id)).toEqual([bTrigger]);
    a.advanceTo("2026-01-12T10:00:00Z");
    expect(a.env.triggerRuns.filter((r) => r.error)).toEqual([]);
    const to = a.env.outbox.map((m) => m.to).sort();
    expect(to).toEqual([
      "hr@example.com",
      "hr@example.com",
      "rita@example.com",
      "sam@example.com",
      "uma@example.com",
    ]);
    expect(new Set(a.env.triggerRuns.map((r) => r.documentId)).size).toBe(2);
  });
});

describe("the trigger's own conditions", () => {
  it("re-authorization required: one notice a day to the trigger's owner with the URL, nothing else, no crash", () => {
    const p = program();
    p.scheduleReviews({ dailyDashboardRefresh: true });
    p.env.auth.requireReauthorization(COORDINATOR);
    p.advanceTo("2026-01-13T10:00:00Z"); // seven days, with a Monday review pass due
    expect(p.env.triggerRuns.length).toBe(7 * 24);
    expect(p.env.triggerRuns.filter((r) => r.error)).toEqual([]);
    const notices = p.env.outbox;
    expect(notices.map((m) => m.to)).toEqual(Array(7).fill(COORDINATOR));
    expect(notices[0]?.body).toContain(
      "https://script.google.com/macros/d/emulated-script-id/authorize",
    );
    const gaps = notices
      .slice(1)
      .map((m, i) => m.sentAt.getTime() - (notices[i]?.sentAt.getTime() ?? 0));
    expect(gaps.every((g) => g >= DAY)).toBe(true);
    // Authorized again: the next hour's run does what is due.
    p.env.auth.reauthorize(COORDINATOR);
    p.env.advanceTime(2 * HOUR);
    expect(p.env.outbox.filter((m) => m.to === "rita@example.com")).toHaveLength(1);
  });

  it("without a document lock (outside a document's context) the run takes the script lock", () => {
    const p = program();
    p.scheduleReviews();
    p.env.globals.LockService.documentContext = false;
    p.advanceTo("2026-01-12T10:00:00Z");
    expect(p.env.triggerRuns.filter((r) => r.error)).toEqual([]);
    expect(p.env.outbox).toHaveLength(3);
  });
});
