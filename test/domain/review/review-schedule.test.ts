import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LedgerEntry } from "../../../src/domain/review/ledger";
import { currentPeriod, periodOfDay } from "../../../src/domain/review/period";
import {
  isReviewDue,
  nextReviewDue,
  reviewMoment,
  TRIGGER_EARLY_SLACK_MINUTES,
} from "../../../src/domain/review/review-schedule";
import {
  addDays,
  dayKey,
  isoWeekday,
  wallClock,
  zonedInstant,
} from "../../../src/domain/sheet/calendar";
import {
  settingsSchema,
  WEEKDAY_NAMES,
  type Weekday,
} from "../../../src/domain/sidebar-contract/schemas";

const TZ = "Europe/Berlin";
const at = (day: string, hour: number, minute = 0, tz = TZ) => zonedInstant(day, tz, hour, minute);
const settings = (weekday: Weekday = "MONDAY", hour = 9, enabled = true) =>
  settingsSchema.parse({ reviewsEnabled: enabled, reviewWeekday: weekday, reviewHour: hour });

function sentRow(periodKey: string, recipient = "rita@example.com"): LedgerEntry {
  return {
    row: 2,
    time: at(periodKey, 9),
    kind: "review",
    periodKey,
    recipient,
    planIds: ["p1"],
    status: "sent",
    reason: "",
    completion: new Map(),
    run: at(periodKey, 9),
  };
}

// Periods used below: 2026-01-12 … 2026-01-25, then 2026-01-26 … 2026-02-08.
describe("isReviewDue", () => {
  it("is due at the first configured weekday and hour of the period, not before", () => {
    const s = settings("WEDNESDAY", 9);
    expect(reviewMoment(periodOfDay("2026-01-12"), s, TZ)).toEqual(at("2026-01-14", 9));
    expect(isReviewDue(at("2026-01-12", 9), s, null, TZ)).toBe(false);
    expect(isReviewDue(at("2026-01-14", 8, 30), s, null, TZ)).toBe(false);
    expect(isReviewDue(at("2026-01-14", 9, 20), s, null, TZ)).toBe(true);
  });

  it("accepts a run up to 15 minutes early (nearMinute is ± 15 minutes)", () => {
    const s = settings("MONDAY", 9);
    const early = 60 - TRIGGER_EARLY_SLACK_MINUTES;
    expect(isReviewDue(at("2026-01-12", 8, early), s, null, TZ)).toBe(true);
    expect(isReviewDue(at("2026-01-12", 8, early - 1), s, null, TZ)).toBe(false);
  });

  it("a weekly trigger firing in both weeks of a period sends in the first week only", () => {
    const s = settings("MONDAY", 9);
    const week1 = at("2026-01-12", 9, 37);
    const week2 = at("2026-01-19", 9, 37);
    expect(isReviewDue(week1, s, "2025-12-29", TZ)).toBe(true);
    // After week 1's run logged the period:
    expect(isReviewDue(week2, s, "2026-01-12", TZ)).toBe(false);
  });

  it("a run that missed week 1 sends the period in week 2", () => {
    const s = settings("MONDAY", 9);
    expect(isReviewDue(at("2026-01-19", 9, 37), s, "2025-12-29", TZ)).toBe(true);
  });

  it("a late run (next day, or the last evening of the period) is still due", () => {
    const s = settings("FRIDAY", 17);
    expect(isReviewDue(at("2026-01-17", 2), s, "2025-12-29", TZ)).toBe(true);
    expect(isReviewDue(at("2026-01-25", 23, 59), s, "2025-12-29", TZ)).toBe(true);
  });

  it("uses the current settings when the weekday changes mid-period", () => {
    // Not yet sent, weekday moved from Monday to Thursday on Tuesday: due from Thursday 9:00.
    const thursday = settings("THURSDAY", 9);
    expect(isReviewDue(at("2026-01-13", 10), thursday, "2025-12-29", TZ)).toBe(false);
    expect(isReviewDue(at("2026-01-15", 9, 5), thursday, "2025-12-29", TZ)).toBe(true);
    // Moved to an earlier weekday than today: due at the next run.
    const monday = settings("MONDAY", 9);
    expect(isReviewDue(at("2026-01-15", 9, 5), monday, "2025-12-29", TZ)).toBe(true);
    // Already sent this period: a settings change never resends it.
    expect(isReviewDue(at("2026-01-22", 9, 5), thursday, "2026-01-12", TZ)).toBe(false);
  });

  it("is never due when reviews are off, or when the log already holds a later period", () => {
    expect(isReviewDue(at("2026-01-12", 10), settings("MONDAY", 9, false), null, TZ)).toBe(false);
    expect(isReviewDue(at("2026-01-12", 10), settings(), "2026-01-26", TZ)).toBe(false);
  });

  it("handles an hour that does not exist on a DST day (02:00 on 2026-03-29 in Berlin)", () => {
    const s = settings("SUNDAY", 2);
    // 2026-03-23 … 2026-04-05; the first Sunday is 2026-03-29, when 02:00 jumps to 03:00.
    expect(isReviewDue(at("2026-03-29", 1, 30), s, "2026-03-09", TZ)).toBe(false);
    expect(isReviewDue(at("2026-03-29", 3, 10), s, "2026-03-09", TZ)).toBe(true);
  });

  it("a weekly trigger over eight weeks sends exactly four periods, 14 days apart", () => {
    const s = settings("TUESDAY", 8);
    let last: string | null = null;
    const sends: Date[] = [];
    for (let week = 0; week < 8; week++) {
      // Fires within the hour after 08:00, at a different minute each week.
      const fired = at(addDays("2026-01-13", 7 * week), 8, (week * 17) % 60);
      if (isReviewDue(fired, s, last, TZ)) {
        sends.push(fired);
        last = currentPeriod(fired, TZ).key;
      }
    }
    expect(sends.map((d) => dayKey(d, TZ))).toEqual([
      "2026-01-13",
      "2026-01-27",
      "2026-02-10",
      "2026-02-24",
    ]);
  });

  it("property: any weekday, hour, zone and jitter: each period sent once, none skipped", () => {
    const zones = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Auckland", "UTC"];
    fc.assert(
      fc.property(
        fc.constantFrom(...WEEKDAY_NAMES),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 400 }),
        fc.array(fc.integer({ min: -TRIGGER_EARLY_SLACK_MINUTES, max: 59 }), {
          minLength: 30,
          maxLength: 30,
        }),
        (weekday, hour, tz, startOffset, jitter) => {
          const s = settings(weekday, hour);
          // The first trigger day: the configured weekday on or after a random day.
          let first = addDays("2025-06-02", startOffset);
          while (WEEKDAY_NAMES[isoWeekday(first) - 1] !== weekday) first = addDays(first, 1);
          let last: string | null = null;
          const sentPeriods: string[] = [];
          const firedPeriods = new Set<string>();
          jitter.forEach((minutes, week) => {
            const fired = new Date(
              zonedInstant(addDays(first, 7 * week), tz, hour).getTime() + minutes * 60_000,
            );
            firedPeriods.add(currentPeriod(fired, tz).key);
            if (isReviewDue(fired, s, last, tz)) {
              last = currentPeriod(fired, tz).key;
              sentPeriods.push(last);
            }
          });
          // Never twice in a period, and every period the trigger ran in was sent.
          expect(new Set(sentPeriods).size).toBe(sentPeriods.length);
          expect(sentPeriods).toEqual([...firedPeriods].sort());
          expect(sentPeriods.length).toBeGreaterThanOrEqual(14);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("nextReviewDue", () => {
  const s = settings("WEDNESDAY", 9);

  it("is null when reviews are off", () => {
    expect(nextReviewDue(at("2026-01-12", 9), settings("WEDNESDAY", 9, false), [], TZ)).toBeNull();
  });

  it("is this period's moment before it, and stays so within the trigger's hour", () => {
    expect(nextReviewDue(at("2026-01-12", 9), s, [], TZ)).toEqual(at("2026-01-14", 9));
    expect(nextReviewDue(at("2026-01-14", 9, 40), s, [], TZ)).toEqual(at("2026-01-14", 9));
  });

  it("is the second weekly run when the first one was missed", () => {
    expect(nextReviewDue(at("2026-01-15", 12), s, [sentRow("2025-12-29")], TZ)).toEqual(
      at("2026-01-21", 9),
    );
  });

  it("is the next period's moment once this period is sent", () => {
    expect(nextReviewDue(at("2026-01-14", 10), s, [sentRow("2026-01-12")], TZ)).toEqual(
      at("2026-01-28", 9),
    );
  });

  it("is the next period's moment when both runs of this period have passed", () => {
    expect(nextReviewDue(at("2026-01-24", 12), s, [], TZ)).toEqual(at("2026-01-28", 9));
  });

  it("keeps the wall-clock hour across a DST change", () => {
    const due = nextReviewDue(at("2026-03-20", 12), s, [sentRow("2026-03-09")], TZ);
    expect(due).not.toBeNull();
    const w = wallClock(due as Date, TZ);
    expect([dayKey(due as Date, TZ), w.hour, w.minute]).toEqual(["2026-03-25", 9, 0]);
  });
});
