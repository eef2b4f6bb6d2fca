/**
 * Digests and nudges name the checkpoints that are due, point each person at the row they must
 * fill, and say nothing for a paused or closed plan.
 */
import { describe, expect, it } from "vitest";
import { pairOutcomes } from "../../../src/domain/outcomes/pair-outcomes";
import { buildDigest } from "../../../src/domain/review/digest";
import { buildNudge, needsNudge } from "../../../src/domain/review/nudge";
import { periodOfDay } from "../../../src/domain/review/period";
import { PROGRAM, TODAY } from "../outcomes/program-fixture";
import { SHEET_URL, summary } from "./fixtures";

const TZ = "Europe/London";
const plan = (id: string) => PROGRAM.find((p) => p.planId === id) ?? (PROGRAM[0] as never);
const withOutcomes = (id: string, rows: Record<string, number> = {}) => {
  const p = plan(id);
  const feedback = p.feedback.map((f, i) => ({
    ...f,
    row: rows[`${f.checkpoint}/${f.respondent}`] ?? 60 + i,
  }));
  return summary({
    planId: id,
    sheetId: 77,
    menteeEmail: "ana@example.org",
    mentorEmail: "mo@example.org",
    overdueActions: [],
    health: "At risk",
    outcomes: pairOutcomes({ ...p, feedback }, 77, TODAY, TZ),
  });
};

describe("checkpoint reminders", () => {
  // Ana: the Mid-point (due 6 Apr) is overdue and only the mentor's answer is missing.
  const ana = withOutcomes("pA", { "Mid-point/Mentor": 63 });

  it("a nudge goes to whoever owes the answer, with a link to their row", () => {
    expect(needsNudge(ana)).toBe(true);
    const nudge = buildNudge(ana, "Leaders 2026", SHEET_URL);
    expect(nudge?.recipients).toEqual(["mo@example.org"]);
    expect(nudge?.text).toContain("- Checkpoint Mid-point (overdue since 6 Apr 2026):");
    expect(nudge?.text).toContain(
      `    Mentor: feedback, row 63: ${SHEET_URL.replace(/#.*$/, "")}#gid=77&range=A63`,
    );
    expect(nudge?.html).toContain(`#gid=77&amp;range=A63" style="color:#1a73e8;">Open row 63</a>`);
  });

  it("a plan behind as well nudges both people", () => {
    const stalled = { ...ana, health: "Stalled" as const, daysSinceCheckIn: 40 };
    expect(buildNudge(stalled, "P", SHEET_URL)?.recipients).toEqual([
      "ana@example.org",
      "mo@example.org",
    ]);
  });

  it("the reviewer's digest names the due checkpoint and a No on fit", () => {
    const cai = withOutcomes("pC");
    const digest = buildDigest({
      programName: "Leaders 2026",
      reviewerEmail: "rita@example.com",
      period: periodOfDay("2026-04-27"),
      pairs: [ana, cai],
      previousCompletion: new Map(),
      spreadsheetUrl: SHEET_URL,
      timeZone: TZ,
      today: TODAY,
    });
    expect(digest.text).toContain("  Checkpoints due:");
    expect(digest.text).toContain(
      "    - Mid-point (overdue 6 Apr 2026) — waiting for Mentor: feedback",
    );
    expect(digest.text).toContain(
      '  Fit: Mentee answered No to "Is this pairing working?" at Fit check: consider re-matching',
    );
    expect(digest.html).toContain("Checkpoints due");
    expect(digest.html).toContain("consider re-matching");
  });

  it("paused, closed and archived plans get no checkpoint nudge", () => {
    for (const id of ["pB", "pC", "pD"]) {
      const s = withOutcomes(id);
      expect(s.outcomes.dueCheckpoints).toEqual([]);
      expect(needsNudge({ ...s, health: "Stalled" })).toBe(false);
    }
  });
});
