import { describe, expect, it } from "vitest";
import type { BulkState } from "../../../src/domain/intake/bulk-progress";
import {
  dueWork,
  latestWeeklyMoment,
  SCHEDULER_STALE_AFTER_MS,
  schedulerAlive,
  schedulerWanted,
} from "../../../src/domain/scheduler/due-work";
import {
  parseStored,
  type SchedulerState,
  schedulerOwnerSchema,
  schedulerRunSchema,
} from "../../../src/domain/scheduler/scheduler-state";

const TZ = "Pacific/Auckland";
const HOUR = 3_600_000;
const settings = {
  reviewsEnabled: true,
  reviewWeekday: "MONDAY" as const,
  reviewHour: 9,
  dailyDashboardRefresh: true,
};
const fresh = (over: Partial<SchedulerState> = {}): SchedulerState => ({
  ...schedulerOwnerSchema.parse({}),
  ...schedulerRunSchema.parse({}),
  owner: "c@example.org",
  ...over,
});
/** Monday 12 January 2026, 09:00 in Auckland (NZDT, UTC+13) is Sunday 20:00 UTC. */
const MONDAY_9_AKL = new Date("2026-01-11T20:00:00Z");

describe("latestWeeklyMoment", () => {
  it("is the configured weekday and hour in the spreadsheet's zone, at or before now", () => {
    expect(latestWeeklyMoment(MONDAY_9_AKL, settings, TZ).toISOString()).toBe(
      "2026-01-11T20:00:00.000Z",
    );
    // Just before: still last week's, unless within the trigger's early slack.
    expect(
      latestWeeklyMoment(new Date(MONDAY_9_AKL.getTime() - HOUR), settings, TZ).toISOString(),
    ).toBe("2026-01-04T20:00:00.000Z");
    expect(
      latestWeeklyMoment(
        new Date(MONDAY_9_AKL.getTime() - 10 * 60_000),
        settings,
        TZ,
      ).toISOString(),
    ).toBe("2026-01-11T20:00:00.000Z");
  });
});

describe("dueWork", () => {
  it("a weekly pass is due once per weekly moment after installation", () => {
    const installed = fresh({ installedAt: MONDAY_9_AKL.getTime() - 2 * 24 * HOUR });
    expect(dueWork(MONDAY_9_AKL, settings, installed, TZ, null).review).toBe("weekly");
    const afterPass = { ...installed, lastReviewPassAt: MONDAY_9_AKL.getTime() };
    expect(
      dueWork(new Date(MONDAY_9_AKL.getTime() + HOUR), settings, afterPass, TZ, null).review,
    ).toBeNull();
    const nextWeek = new Date(MONDAY_9_AKL.getTime() + 7 * 24 * HOUR);
    expect(dueWork(nextWeek, settings, afterPass, TZ, null).review).toBe("weekly");
  });

  it("installed after this week's moment, the first pass is next week's", () => {
    const late = fresh({ installedAt: MONDAY_9_AKL.getTime() + HOUR });
    expect(
      dueWork(new Date(MONDAY_9_AKL.getTime() + 2 * HOUR), settings, late, TZ, null).review,
    ).toBeNull();
  });

  it("a cut run continues hourly while mail quota is left, and waits while it is not", () => {
    const cut = fresh({
      installedAt: 0,
      lastReviewPassAt: MONDAY_9_AKL.getTime(),
      reviewPending: true,
    });
    const later = new Date(MONDAY_9_AKL.getTime() + HOUR);
    expect(dueWork(later, settings, cut, TZ, 5).review).toBe("continue");
    expect(dueWork(later, settings, cut, TZ, null).review).toBe("continue");
    expect(dueWork(later, settings, cut, TZ, 0).review).toBeNull();
    expect(dueWork(later, { ...settings, reviewsEnabled: false }, cut, TZ, 5).review).toBeNull();
  });

  it("the Dashboard refresh is due once a day from 06:00 in the spreadsheet's zone", () => {
    const s = fresh({ installedAt: 0 });
    const fiveAm = new Date("2026-01-13T16:00:00Z"); // Wednesday 05:00 NZDT
    expect(dueWork(fiveAm, settings, s, TZ, null).dashboardRefresh).toBe(false);
    const sixAm = new Date("2026-01-13T17:00:00Z");
    expect(dueWork(sixAm, settings, s, TZ, null).dashboardRefresh).toBe(true);
    const done = { ...s, dashboardRefreshedDay: "2026-01-14" };
    expect(dueWork(sixAm, settings, done, TZ, null).dashboardRefresh).toBe(false);
    expect(
      dueWork(sixAm, { ...settings, dailyDashboardRefresh: false }, s, TZ, null).dashboardRefresh,
    ).toBe(false);
  });
});

describe("a plan run (intake's bulk creation)", () => {
  const now = new Date("2026-01-13T12:00:00Z");
  const run = (state: BulkState, updatedAgoMs = HOUR) => ({
    state,
    total: 40,
    created: 10,
    skipped: 0,
    stopRequested: false,
    updatedAt: now.getTime() - updatedAgoMs,
    message: "",
  });
  const off = { ...settings, reviewsEnabled: false, dailyDashboardRefresh: false };

  it("continues when the time budget paused it, never when a coordinator stopped it", () => {
    const due = (r: ReturnType<typeof run> | null) =>
      dueWork(now, off, fresh(), TZ, null, r).planCreation;
    expect(due(run("paused"))).toBe(true);
    expect(due(run("stopped"))).toBe(false);
    expect(due(run("done"))).toBe(false);
    expect(due(null)).toBe(false);
    // A run still going (its record written within the execution limit) is left to itself …
    expect(due(run("running", 5 * 60_000))).toBe(false);
    // … one whose execution died without its last write is continued.
    expect(due(run("running", 6 * 60_000 + 1))).toBe(true);
  });
});

describe("who runs it", () => {
  it("a scheduler is wanted when reviews or the daily refresh are on", () => {
    expect(schedulerWanted({ ...settings, reviewsEnabled: false })).toBe(true);
    expect(schedulerWanted({ ...settings, dailyDashboardRefresh: false })).toBe(true);
    expect(
      schedulerWanted({ ...settings, reviewsEnabled: false, dailyDashboardRefresh: false }),
    ).toBe(false);
  });

  it("another coordinator's scheduler counts as stopped after three missed hourly runs", () => {
    const now = new Date("2026-01-13T12:00:00Z");
    const ran = fresh({ lastRunAt: now.getTime() - HOUR });
    expect(schedulerAlive(ran, now)).toBe(true);
    const silent = fresh({ lastRunAt: now.getTime() - SCHEDULER_STALE_AFTER_MS - 1 });
    expect(schedulerAlive(silent, now)).toBe(false);
    expect(schedulerAlive(fresh({ installedAt: now.getTime() }), now)).toBe(true);
    expect(schedulerAlive(fresh({ owner: "", lastRunAt: now.getTime() }), now)).toBe(false);
  });

  it("stored records that are not JSON or not the right shape read as empty", () => {
    expect(parseStored(schedulerRunSchema, "not json")).toEqual(schedulerRunSchema.parse({}));
    expect(parseStored(schedulerOwnerSchema, '{"owner":42}')).toEqual({
      owner: "",
      installedAt: null,
    });
    expect(parseStored(schedulerOwnerSchema, '{"owner":"a@b.org","installedAt":5}')).toEqual({
      owner: "a@b.org",
      installedAt: 5,
    });
  });
});
