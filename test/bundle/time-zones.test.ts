/**
 * A program whose spreadsheet is in Pacific/Auckland run by a script whose manifest says
 * America/Los_Angeles: Apps Script evaluates Date's local-time methods in the script's zone
 * (https://developers.google.com/apps-script/manifest), the add-on must schedule, date and label
 * everything in the spreadsheet's (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()).
 * The two zones are 21 hours apart in January, and both far from UTC.
 */
import { describe, expect, it } from "vitest";
import { ReviewProgram, subjectPeriod } from "./review-fixture";

const NZ = "Pacific/Auckland";
const wallNZ = (d: Date) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: NZ,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(d);

describe("spreadsheet in Auckland, script in Los Angeles", () => {
  // Tuesday 6 January 2026, 10:00 in Auckland (NZDT, UTC+13); Monday 5 Jan, 13:00 in Los Angeles.
  const p = new ReviewProgram({
    now: new Date("2026-01-05T21:00:00Z"),
    timeZone: NZ,
    scriptTimeZone: "America/Los_Angeles",
  });
  const ann = p.insert({ mentee: "Ann", mentor: "Mo", reviewer: "rita@example.com" });
  p.insert({ mentee: "Bea", mentor: "Max", reviewer: "sam@example.com" });
  p.scheduleReviews({ dailyDashboardRefresh: true, programReviewers: [] });
  p.logCheckIn(ann.sheetName, "2026-01-06", "First meeting");
  p.advanceTo("2026-02-03T00:00:00Z"); // four weeks on

  it("runs without an error", () => {
    expect(p.runErrors()).toEqual([]);
  });

  it("sends each review pass at 09:00 on Mondays in Auckland, each period once per reviewer", () => {
    expect(p.env.outbox.length).toBeGreaterThanOrEqual(4);
    for (const m of p.env.outbox) expect(wallNZ(m.sentAt)).toBe("Mon 09:00");
    for (const to of ["rita@example.com", "sam@example.com"]) {
      const periods = p.digestsTo(to).map((m) => subjectPeriod(m.subject));
      expect(new Set(periods).size).toBe(periods.length);
      expect(periods.length).toBe(2);
    }
  });

  it("the sidebar's today and next review are Auckland's", () => {
    const state = p.sidebar();
    expect(state.spreadsheetTimeZone).toBe(NZ);
    // 3 Feb 2026 00:00 UTC is 13:00 on 3 Feb in Auckland (and still 2 Feb in Los Angeles).
    expect(state.today).toBe("2026-02-03");
    const next = state.schedule.nextReviewDue;
    expect(next).not.toBeNull();
    expect(wallNZ(new Date(next ?? ""))).toBe("Mon 09:00");
  });

  it("the check-in logged on 6 January (Auckland) counts as that day's", () => {
    const digest = p.digestsTo("rita@example.com")[0];
    expect(digest?.body).toContain("Ann");
    expect(digest?.body).toContain("as of 12 Jan 2026");
    expect(digest?.body).toContain("Last check-in: 6 Jan 2026 (6 days ago)");
  });
});
