// The Reviews view's status lines: active or not, next and last review in the
// spreadsheet's time zone, the remaining daily mail quota.
import { describe, expect, it } from "vitest";
import {
  checkPreviewEmail,
  formatInstant,
  lastReviewSummary,
  nextReviewSummary,
  previewCandidates,
  quotaSummary,
  scheduleSummary,
} from "../../sidebar/review-status";
import type { TriggerStatus } from "../../src/domain/sidebar-contract/replies";
import { SETTINGS } from "./fixtures";

const mine: TriggerStatus = {
  installed: true,
  installedByMe: true,
  installedBy: "coordinator@example.com",
  nextReviewDue: "2025-03-11T13:00:00.000Z",
};

describe("formatInstant", () => {
  it("shows the wall-clock time of the spreadsheet's zone, not the browser's", () => {
    expect(formatInstant("2025-03-11T13:00:00.000Z", "Europe/Madrid")).toBe(
      "Tue 11 Mar 2025, 14:00",
    );
    expect(formatInstant("2025-03-11T13:00:00.000Z", "America/New_York")).toBe(
      "Tue 11 Mar 2025, 09:00",
    );
  });

  it("falls back to the text it got for a bad date or zone", () => {
    expect(formatInstant("not a date", "Europe/Madrid")).toBe("not a date");
    expect(formatInstant("2025-03-11T13:00:00Z", "Mars/Olympus")).toBe("2025-03-11T13:00:00Z");
  });
});

describe("scheduleSummary", () => {
  it("says when reviews run when they are on and installed", () => {
    expect(scheduleSummary(SETTINGS, mine)).toBe(
      "Reviews are on: every two weeks on Tuesday at 14:00.",
    );
  });

  it("says reviews are off", () => {
    const off = { installed: false, installedByMe: false, installedBy: null, nextReviewDue: null };
    expect(scheduleSummary({ ...SETTINGS, reviewsEnabled: false }, off)).toBe(
      "Reviews are off: no digests are sent automatically.",
    );
  });

  it("names the other coordinator whose scheduler sends the reviews (triggers run as their creator)", () => {
    const other = { ...mine, installedByMe: false, installedBy: "boss@example.com" };
    expect(scheduleSummary(SETTINGS, other)).toBe(
      "Reviews are on: every two weeks on Tuesday at 14:00, sent by the scheduler of another coordinator (boss@example.com).",
    );
  });

  it("says plainly when no scheduler runs, and who must do what", () => {
    const none = { installed: false, installedByMe: false, installedBy: null, nextReviewDue: null };
    expect(scheduleSummary(SETTINGS, none)).toBe(
      "Reviews are on, but no scheduler runs for this program: a coordinator must save the settings to start it.",
    );
    const stopped = {
      ...none,
      running: false,
      notRunning: "The scheduler x@example.com set up has not run…",
    };
    expect(scheduleSummary(SETTINGS, stopped)).toBe(stopped.notRunning);
    // A scheduler kept for the daily refresh while reviews are off.
    expect(scheduleSummary({ ...SETTINGS, reviewsEnabled: false }, mine)).toBe(
      "Reviews are off: no digests are sent automatically.",
    );
  });
});

describe("next and last review, quota", () => {
  it("shows the next review in the spreadsheet's zone, or none", () => {
    expect(nextReviewSummary(mine, "Europe/Madrid")).toBe(
      "Next review due: Tue 11 Mar 2025, 14:00",
    );
    expect(nextReviewSummary({ ...mine, nextReviewDue: null }, "Europe/Madrid")).toBe(
      "Next review due: none scheduled",
    );
  });

  it("shows what the last run sent, deferred and failed (zero counts left out)", () => {
    const last = {
      ranAt: "2025-02-25T13:00:05Z",
      period: "2025-02-25",
      sent: 4,
      deferred: 2,
      failed: 0,
    };
    expect(lastReviewSummary(last, "Europe/Madrid")).toBe(
      "Last review: Tue 25 Feb 2025, 14:00 (period 2025-02-25): 4 sent, 2 deferred",
    );
    expect(lastReviewSummary({ ...last, deferred: 0, failed: 1 }, "UTC")).toBe(
      "Last review: Tue 25 Feb 2025, 13:00 (period 2025-02-25): 4 sent, 1 failed",
    );
    expect(lastReviewSummary(null, "UTC")).toBe("Last review: none yet");
  });

  it("shows the remaining mail quota", () => {
    expect(quotaSummary(96)).toBe("Mail quota left today: 96 recipients");
    expect(quotaSummary(1)).toBe("Mail quota left today: 1 recipient");
    expect(quotaSummary(null)).toBe("Mail quota left today: unknown");
  });
});

describe("previewCandidates", () => {
  it("offers the coordinator and the program reviewers once each", () => {
    expect(
      previewCandidates({
        userEmail: "Coordinator@Example.com",
        settings: { ...SETTINGS, programReviewers: ["hr@example.com", "coordinator@example.com"] },
      }),
    ).toEqual(["coordinator@example.com", "hr@example.com"]);
  });

  it("skips an unknown user email (Session may return none)", () => {
    expect(previewCandidates({ userEmail: "", settings: SETTINGS })).toEqual([
      "hr@example.com",
      "lead@example.com",
    ]);
  });
});

describe("checkPreviewEmail", () => {
  it("accepts an email the way the server will read it (trimmed, lower case)", () => {
    expect(checkPreviewEmail("  Boss@Example.com ")).toEqual({
      ok: true,
      email: "boss@example.com",
    });
  });

  it("refuses anything else with the schema's message", () => {
    expect(checkPreviewEmail("")).toEqual({
      ok: false,
      message: "Reviewer email is required.",
    });
    expect(checkPreviewEmail("boss at example")).toMatchObject({ ok: false });
  });
});
