import { describe, expect, it } from "vitest";
import {
  alternativesText,
  type MatchRow,
  matchRowValues,
  parseAlternatives,
} from "../../../src/domain/intake/match-row";
import { ENDED, MATCHES_HEADERS } from "../../../src/domain/intake/matches-columns";
import { planLabel, readDecision, readMatches } from "../../../src/domain/intake/matches-read";
import { nextMatchesRows } from "../../../src/domain/intake/rematch";
import { matchRow } from "./intake-fixtures";

/** What Sheets stores for a written value: the literal-text apostrophe is not kept. */
const stored = (v: unknown) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v);

describe("Matches rows", () => {
  it("read back exactly what was written, found by header after columns move", () => {
    const rows: MatchRow[] = [
      matchRow({
        menteeEmail: "kim@x.io",
        menteeName: "=Kim",
        mentorName: "Sam Lee",
        mentorEmail: "sam@x.io",
        score: 72,
        reasons: "offers 1 of 1 skill to grow · 1 of 1 place left",
        alternatives: [
          { name: "Lee Park", email: "lee@x.io", score: 60 },
          { name: "Bo (Finance)", email: "bo@x.io", score: 5 },
        ],
        decision: "Accept",
        plan: '=HYPERLINK("#gid=7","Plan · Kim")',
        planId: "plan-0123456789ab",
        note: "Plan created.",
      }),
    ];
    const values = [[...MATCHES_HEADERS], ...rows.map((r) => matchRowValues(r).map(stored))];
    const formulas = values.map((row) =>
      row.map((v) => (typeof v === "string" && v.startsWith("=HYPERLINK") ? v : "")),
    );
    // The coordinator moves the Decision column to the front and adds a column of their own.
    const moved = values.map((row, i) => [
      i === 0 ? "My notes" : "call Kim",
      row[7],
      ...row.slice(0, 7),
      ...row.slice(8),
    ]);
    const movedFormulas = formulas.map((row) => ["", row[7], ...row.slice(0, 7), ...row.slice(8)]);
    const read = readMatches(moved as unknown[][], movedFormulas as string[][]);
    if (!read.ok) throw new Error(read.message);
    expect(read.rows).toEqual([{ ...rows[0], row: 2, plan: '=HYPERLINK("#gid=7","Plan · Kim")' }]);
    expect([read.columns.decision, read.columns.mentee, read.columns.planId]).toEqual([1, 2, 12]);
    expect(planLabel('=HYPERLINK("#gid=7","Plan · Kim")')).toBe("Plan · Kim");
  });

  it("forgives how a decision is written and flags what is not one", () => {
    expect(["accepted", " ACCEPT ", "swap", "Rejected", "", "rematch"].map(readDecision)).toEqual([
      "Accept",
      "Accept",
      "Swap",
      "Reject",
      "Suggested",
      ENDED,
    ]);
    expect(["Re-match", "ended", "Ended - re-match", "ENDED — RE-MATCH"].map(readDecision)).toEqual(
      [ENDED, ENDED, ENDED, ENDED],
    );
    expect(readDecision("maybe")).toBeNull();
  });

  it("round-trips alternatives, including names with brackets", () => {
    const alts = [
      { name: "Sam (Ops)", email: "sam@x.io", score: 70 },
      { name: "Lee", email: "lee@x.io", score: null },
      { name: "Bo", email: "bo@x.io", score: 40, full: true },
    ];
    expect(parseAlternatives(alternativesText(alts))).toEqual(alts);
  });

  it("says when the header is gone", () => {
    expect(
      readMatches([
        ["a", "b"],
        ["kim@x.io", "Accept"],
      ]),
    ).toMatchObject({ ok: false });
    expect(readMatches([])).toEqual({ ok: true, rows: [], columns: {} });
  });
});

describe("re-matching", () => {
  const made = matchRow({
    menteeEmail: "kim@x.io",
    mentorEmail: "sam@x.io",
    decision: "Accept",
    planId: "plan-000000000001",
    plan: "Plan · Kim",
  });

  it("keeps decided rows and replaces undecided suggestions", () => {
    const pending = matchRow({ menteeEmail: "ana@x.io", mentorEmail: "lee@x.io" });
    const rejected = matchRow({
      menteeEmail: "bo@x.io",
      mentorEmail: "lee@x.io",
      decision: "Reject",
    });
    const odd = matchRow({ menteeEmail: "al@x.io", decision: null });
    const next = nextMatchesRows([made, pending, rejected, odd], []);
    expect(next).toEqual([made, rejected, odd]);
  });
});
