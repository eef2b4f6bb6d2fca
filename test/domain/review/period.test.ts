import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  currentPeriod,
  dayLabel,
  PERIOD_DAYS,
  PERIOD_EPOCH,
  periodFromKey,
  periodLabel,
  periodOfDay,
  shiftPeriod,
} from "../../../src/domain/review/period";
import { addDays, daysBetween, isoWeekday, zonedInstant } from "../../../src/domain/sheet/calendar";

describe("review periods", () => {
  it("are 14-day windows starting on Mondays from the epoch", () => {
    expect(isoWeekday(PERIOD_EPOCH)).toBe(1);
    expect(periodOfDay("2024-01-01")).toEqual({
      key: "2024-01-01",
      start: "2024-01-01",
      end: "2024-01-14",
    });
    expect(periodOfDay("2024-01-14").key).toBe("2024-01-01");
    expect(periodOfDay("2024-01-15").key).toBe("2024-01-15");
    expect(periodOfDay("2023-12-31").key).toBe("2023-12-18");
  });

  it("every day lies in exactly the period that starts on a Monday at most 13 days before", () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 6000 }), (offset) => {
        const d = addDays(PERIOD_EPOCH, offset);
        const p = periodOfDay(d);
        const into = daysBetween(p.start, d);
        expect(into).toBeGreaterThanOrEqual(0);
        expect(into).toBeLessThan(PERIOD_DAYS);
        expect(isoWeekday(p.start)).toBe(1);
        expect(daysBetween(p.start, p.end)).toBe(PERIOD_DAYS - 1);
        expect(Math.abs(daysBetween(PERIOD_EPOCH, p.start) % PERIOD_DAYS)).toBe(0);
        expect(periodFromKey(p.key)).toEqual(p);
      }),
    );
  });

  it("keeps one key across a year end", () => {
    // 2025-12-29 is a period start (52 periods after the epoch); it runs into 2026.
    const p = periodOfDay("2025-12-31");
    expect(p.key).toBe("2025-12-29");
    expect(periodOfDay("2026-01-11").key).toBe("2025-12-29");
    expect(periodOfDay("2026-01-12").key).toBe("2026-01-12");
    expect(periodOfDay("2025-12-28").key).toBe("2025-12-15");
    expect(periodLabel(p)).toBe("29 Dec 2025 – 11 Jan 2026");
  });

  it("takes the calendar day in the spreadsheet's zone, not UTC", () => {
    // 00:30 Monday 12 Jan in Berlin is still Sunday 11 Jan in UTC: a different period.
    const lateSunday = zonedInstant("2026-01-11", "Europe/Berlin", 23, 30);
    const earlyMonday = zonedInstant("2026-01-12", "Europe/Berlin", 0, 30);
    expect(currentPeriod(lateSunday, "Europe/Berlin").key).toBe("2025-12-29");
    expect(currentPeriod(earlyMonday, "Europe/Berlin").key).toBe("2026-01-12");
    expect(currentPeriod(earlyMonday, "UTC").key).toBe("2025-12-29");
    // Far east of UTC: Monday morning in Auckland is Sunday in UTC.
    const aucklandMonday = zonedInstant("2026-01-12", "Pacific/Auckland", 8);
    expect(currentPeriod(aucklandMonday, "Pacific/Auckland").key).toBe("2026-01-12");
    expect(currentPeriod(aucklandMonday, "UTC").key).toBe("2025-12-29");
  });

  it("keeps keys stable across DST changes (periods are counted in calendar days)", () => {
    // Clocks change inside these periods: US 2026-03-08 (a period's last day), Europe 2026-03-29,
    // Europe 2026-10-25, US 2026-11-01 (a period's last day), Sydney 2026-04-05 and 2026-10-04.
    const starts = [
      "2026-02-23",
      "2026-03-09",
      "2026-03-23",
      "2026-10-05",
      "2026-10-19",
      "2026-11-02",
    ];
    for (const tz of ["Europe/Berlin", "America/New_York", "Australia/Sydney"]) {
      for (const start of starts) {
        const p = periodOfDay(start);
        expect(p.key).toBe(start);
        for (let i = 0; i < PERIOD_DAYS; i++) {
          const d = addDays(p.start, i);
          for (const hour of [0, 1, 2, 3, 12, 23]) {
            expect(currentPeriod(zonedInstant(d, tz, hour), tz).key).toBe(p.key);
          }
        }
        // The last minute before and the first minute of the period, in local time.
        const before = new Date(zonedInstant(p.start, tz).getTime() - 60_000);
        expect(currentPeriod(before, tz).key).toBe(shiftPeriod(p, -1).key);
        expect(currentPeriod(zonedInstant(p.start, tz), tz).key).toBe(p.key);
      }
    }
  });

  it("rejects keys that are not a period's first day", () => {
    expect(periodFromKey("2026-01-13")).toBeNull();
    expect(periodFromKey("2026-02-30")).toBeNull();
    expect(periodFromKey("Jan 12")).toBeNull();
    expect(periodFromKey("2026-01-12")?.end).toBe("2026-01-25");
  });

  it("shifts by whole periods", () => {
    const p = periodOfDay("2026-01-12");
    expect(shiftPeriod(p, 1).key).toBe("2026-01-26");
    expect(shiftPeriod(p, -1).key).toBe("2025-12-29");
    expect(shiftPeriod(p, 26).key).toBe("2027-01-11");
  });

  it("labels periods within a month, across months and across years", () => {
    expect(periodLabel(periodOfDay("2026-01-12"))).toBe("12–25 Jan 2026");
    expect(periodLabel(periodOfDay("2026-01-26"))).toBe("26 Jan – 8 Feb 2026");
    expect(dayLabel("2026-02-08")).toBe("8 Feb 2026");
  });
});
